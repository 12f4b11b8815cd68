"""The drafting engine: clause templates from ``clause_templates/`` rendered in a
sandbox and assembled into the format-neutral document model.

    document = assemble_agreement(terms)
"""

from drafting.engine.assemble import ClauseRenderError, UnknownOverrideError, assemble_agreement
from drafting.engine.catalogue import Catalogue, CatalogueError, ClauseSpec, default_catalogue, load_catalogue
from drafting.engine.numbering import DanglingReferenceError

__all__ = [
    "Catalogue",
    "CatalogueError",
    "ClauseRenderError",
    "ClauseSpec",
    "DanglingReferenceError",
    "UnknownOverrideError",
    "assemble_agreement",
    "default_catalogue",
    "load_catalogue",
]
