"""DOCX export: the document model written as a Word file a lawyer keeps working in
(house styles, real multi-level numbering, REF cross-references, comments, fields).

Public API: :func:`write_docx` and :func:`docx_bytes`.
"""

from drafting.docx_writer.package import docx_bytes, write_docx

__all__ = ["docx_bytes", "write_docx"]
