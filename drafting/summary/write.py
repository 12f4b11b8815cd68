"""Writing the key-terms summary: plain text (tests, the command line), HTML (the
wizard's review page) and one page of Word or PDF beside the agreement.

Files are written atomically and reproducibly: the only date in them is the version's
own (``created``), so the same version gives the same bytes, like the agreement."""

from __future__ import annotations

import datetime as dt
import html
import io
from pathlib import Path

from drafting.files import write_bytes_atomically
from drafting.summary.build import KeyTerms

INTRO = (
    "The agreement's key terms in plain words. It is a reading aid, not part of the agreement: "
    "where they differ, the agreement governs."
)


def heading_of(summary: KeyTerms) -> str:
    return f"Key terms: {summary.title}"


def summary_text(summary: KeyTerms) -> str:
    """The summary as plain text, one line per fact."""
    lines = [heading_of(summary), summary.date_text, INTRO]
    if summary.draft_marking:
        lines.append(f"{summary.draft_marking}: some points are still open.")
    for section in summary.sections:
        lines.append("")
        lines.append(section.heading + (f" — {section.where}" if section.where else ""))
        lines.extend(f"• {line}" for line in section.lines)
    return "\n".join(lines) + "\n"


def summary_html(summary: KeyTerms) -> str:
    """The summary for a Qt rich-text view: user text escaped, never read as markup."""
    parts = [f"<h3>{html.escape(heading_of(summary))}</h3>"]
    if summary.draft_marking:
        parts.append(f"<p><b>{html.escape(summary.draft_marking)}</b></p>")
    for section in summary.sections:
        where = f" <small>— {html.escape(section.where)}</small>" if section.where else ""
        parts.append(f"<p><b>{html.escape(section.heading)}</b>{where}<br>")
        parts.append("<br>".join(html.escape(line) for line in section.lines) + "</p>")
    return "".join(parts)


def write_summary(summary: KeyTerms, path: Path, *, created: dt.datetime | None = None) -> Path:
    """Write the summary as ``.docx`` or ``.pdf`` (by the file's suffix)."""
    moment = created or dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    suffix = Path(path).suffix.lower()
    if suffix == ".docx":
        data = _docx_bytes(summary, moment)
    elif suffix == ".pdf":
        data = _pdf_bytes(summary, moment)
    else:
        raise ValueError(f"the summary is written as .docx or .pdf, not {suffix or 'a file without a suffix'}")
    write_bytes_atomically(Path(path), data)
    return Path(path)


def _docx_bytes(summary: KeyTerms, moment: dt.datetime) -> bytes:
    import docx  # imported on export only, like the agreement's writers
    from docx.shared import Pt

    word = docx.Document()
    normal = word.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(11)
    word.add_heading(heading_of(summary), level=1)
    word.add_paragraph(summary.date_text)
    intro = word.add_paragraph(INTRO)
    intro.runs[0].italic = True
    if summary.draft_marking:
        word.add_paragraph().add_run(f"{summary.draft_marking}: some points are still open.").bold = True
    for section in summary.sections:
        title = word.add_paragraph()
        title.add_run(section.heading).bold = True
        if section.where:
            title.add_run(f" — {section.where}").italic = True
        for line in section.lines:
            word.add_paragraph(line, style="List Bullet")
    properties = word.core_properties
    properties.title = heading_of(summary)
    properties.author = "Pactwright"
    properties.created = moment.replace(tzinfo=None)
    properties.modified = moment.replace(tzinfo=None)
    properties.last_modified_by = "Pactwright"
    properties.revision = 1
    stream = io.BytesIO()
    word.save(stream)
    return _fixed_zip_times(stream.getvalue())


def _fixed_zip_times(data: bytes) -> bytes:
    """python-docx stamps each zip entry with the time of writing: use one fixed time."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def _pdf_bytes(summary: KeyTerms, moment: dt.datetime) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from drafting.pdf_writer.fonts import SERIF, SERIF_BOLD, markup, register_fonts

    register_fonts()
    body = ParagraphStyle("body", fontName=SERIF, fontSize=10.5, leading=13.5)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2)
    title = ParagraphStyle("title", parent=body, fontName=SERIF_BOLD, fontSize=15, leading=19, spaceAfter=4)
    head = ParagraphStyle("head", parent=body, fontName=SERIF_BOLD, spaceBefore=8, spaceAfter=2)
    story = [Paragraph(markup(heading_of(summary), bold=True), title), Paragraph(markup(summary.date_text), body)]
    story.append(Paragraph(markup(INTRO, italic=True), body))
    if summary.draft_marking:
        story.append(Paragraph(markup(f"{summary.draft_marking}: some points are still open.", bold=True), body))
    for section in summary.sections:
        where = f" — {section.where}" if section.where else ""
        story.append(Paragraph(markup(section.heading, bold=True) + markup(where, italic=True), head))
        story.extend(Paragraph(markup(line), bullet, bulletText="•") for line in section.lines)
    story.append(Spacer(1, 4 * mm))
    stream = io.BytesIO()
    page = SimpleDocTemplate(
        stream,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=heading_of(summary),
        author="Pactwright",
        invariant=1,  # no creation time or random id: the same summary gives the same bytes
    )
    page.build(story)
    return stream.getvalue()
