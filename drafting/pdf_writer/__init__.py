"""PDF export: the document model as a print-ready agreement, set with reportlab platypus.

``write_pdf(document, path)`` writes atomically; ``pdf_bytes(document)`` returns the
bytes. The output carries a cover, a table of contents with page numbers, a running
header, "Page X of Y" footers, bookmarks for every article and schedule, document
metadata, and, when ``document.draft_marking`` is set, the marking on every page (plus the
drafting notes, unless asked otherwise). Same input, same bytes: the PDF's dates come
from the document's metadata, not the clock.

Fonts, escaping and the rule for characters no shipped font has: see ``fonts``.
"""

from __future__ import annotations

import io
from pathlib import Path

from drafting.document import AgreementDocument
from drafting.files import write_bytes_atomically
from drafting.pdf_writer.fonts import plain_text, printable_text, register_fonts
from drafting.pdf_writer.pages import LayoutRecord, PageDecoration, canvas_maker, make_doc_template
from drafting.pdf_writer.story import StoryBuilder
from drafting.version import __version__

__all__ = ["pdf_bytes", "printable_text", "write_pdf"]


def pdf_bytes(document: AgreementDocument, *, drafting_notes: bool | None = None) -> bytes:
    """The agreement as PDF bytes. ``drafting_notes`` defaults to "only in a draft"
    (``document.draft_marking`` set): a clean copy for signing never shows them."""
    register_fonts()
    if drafting_notes is None:
        drafting_notes = bool(document.draft_marking)
    metadata = document.metadata
    record = LayoutRecord()
    buffer = io.BytesIO()
    decoration = PageDecoration(running_title=document.cover.title, draft_marking=document.draft_marking)
    doc = make_doc_template(
        buffer,
        decoration,
        title=plain_text(metadata.title, limit=250),
        author=plain_text(metadata.author, limit=250),
        subject=plain_text(metadata.subject, limit=250),
        creator=f"Pactwright {__version__}",
        keywords=[plain_text(keyword, limit=100) for keyword in metadata.keywords],
        lang="en-GB",
    )
    created = metadata.created
    offset = created.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    stamp = created.strftime("D:%Y%m%d%H%M%S") + f"{minutes // 60:+03d}'{abs(minutes) % 60:02d}'"
    story = StoryBuilder(document, record, drafting_notes).build()
    doc.build(story, canvasmaker=canvas_maker(record, lambda *_: stamp))
    return buffer.getvalue()


def write_pdf(document: AgreementDocument, path: Path, *, drafting_notes: bool | None = None) -> None:
    """Write the agreement to ``path`` atomically: a failed export leaves any earlier file intact."""
    data = pdf_bytes(document, drafting_notes=drafting_notes)
    write_bytes_atomically(Path(path), data)
