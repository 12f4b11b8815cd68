"""DOCX export: the document model written as a Word file a lawyer keeps working in
(house styles, real multi-level numbering, REF cross-references, comments, fields).

Public API: :func:`write_docx` and :func:`docx_bytes`; :func:`write_redline_docx` and
:func:`redline_docx_bytes` for a version compared with an earlier one as tracked changes.
"""

from drafting.docx_writer.package import docx_bytes, write_docx
from drafting.docx_writer.redline import redline_docx_bytes, write_redline_docx

__all__ = ["docx_bytes", "redline_docx_bytes", "write_docx", "write_redline_docx"]
