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
from dataclasses import dataclass
from pathlib import Path

from drafting.document import AgreementDocument
from drafting.files import write_bytes_atomically
from drafting.paper import page_setup
from drafting.pdf_writer.fonts import plain_text, printable_text, register_fonts
from drafting.pdf_writer.pages import LayoutRecord, PageDecoration, canvas_maker, make_doc_template
from drafting.pdf_writer.story import StoryBuilder
from drafting.version import __version__

__all__ = ["RenderedPdf", "heading_pages", "pdf_bytes", "printable_text", "render_pdf", "write_pdf"]


@dataclass(frozen=True, slots=True)
class RenderedPdf:
    """The PDF's bytes and where its layout put each heading: article and schedule ids,
    and ``"signatures"``, mapped to page numbers (what the Word file's contents print)."""

    data: bytes
    heading_pages: dict[str, int]


def pdf_bytes(document: AgreementDocument, *, drafting_notes: bool | None = None) -> bytes:
    """The agreement as PDF bytes. ``drafting_notes`` defaults to "only in a draft"
    (``document.draft_marking`` set): a clean copy for signing never shows them."""
    return render_pdf(document, drafting_notes=drafting_notes).data


def heading_pages(document: AgreementDocument) -> dict[str, int]:
    """The page of each article, schedule and the signatures in the clean PDF (no notes:
    the Word file shows its notes in the margin, so its pages are the clean copy's)."""
    return render_pdf(document, drafting_notes=False).heading_pages


def render_pdf(document: AgreementDocument, *, drafting_notes: bool | None = None) -> RenderedPdf:
    """The PDF and its heading pages (see ``pdf_bytes`` for ``drafting_notes``)."""
    register_fonts()
    if drafting_notes is None:
        drafting_notes = bool(document.draft_marking)
    metadata = document.metadata
    record = LayoutRecord()
    buffer = io.BytesIO()
    page = page_setup(metadata.paper)
    decoration = PageDecoration(document.cover.title, document.draft_marking, page)
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
    builder = StoryBuilder(document, record, drafting_notes, page.text_width)
    doc.build(builder.build(), canvasmaker=canvas_maker(record, lambda *_: stamp))
    pages = {block_id: record.heading_pages.get(key, 0) for block_id, key in builder.anchor_keys().items()}
    return RenderedPdf(buffer.getvalue(), {key: page for key, page in pages.items() if page})


def write_pdf(document: AgreementDocument, path: Path, *, drafting_notes: bool | None = None) -> None:
    """Write the agreement to ``path`` atomically: a failed export leaves any earlier file intact."""
    data = pdf_bytes(document, drafting_notes=drafting_notes)
    write_bytes_atomically(Path(path), data)
