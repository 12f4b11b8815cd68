"""Pages: the document template, what is drawn around the text on every page, and the
one-pass trick for numbers that are only known at the end.

"Page X of Y" and the page numbers in the table of contents are only known once the
whole document is laid out. reportlab's usual answers cost time: ``multiBuild`` lays the
document out two or three times, and the "NumberedCanvas" recipe holds every page back
until the end (which also points every bookmark at page 1, because bookmarks are bound
to the page being written). Instead, each such number is a named PDF form XObject: the
page draws a reference to the form where the number goes, and the form's content (the
digits) is written after the last page, when the answer is known. One layout pass, pages
written as they are finished, bookmarks correct.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfdoc import PDFStream, PDFZCompress
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from drafting.paper import PageSetup
from drafting.pdf_writer.fonts import SERIF, markup, plain_text
from drafting.pdf_writer.measure import Paragraph as RLParagraph
from drafting.pdf_writer.styles import BODY_SIZE, INK, MUTED, RULE, SMALL_SIZE, house_styles

PAGE_TOTAL_FORM = "PactPageTotal"
#: Room kept for a TOC page number, right-aligned in it.
TOC_NUMBER_WIDTH = 30.0


def toc_form_name(key: str) -> str:
    return f"PactToc{key}"


@dataclass
class LayoutRecord:
    """What the layout learns on its way: the page each anchored heading landed on, and
    which TOC numbers were referenced (so each gets a form)."""

    heading_pages: dict[str, int] = field(default_factory=dict)
    toc_keys: list[str] = field(default_factory=list)


class AgreementCanvas(Canvas):  # type: ignore[misc]
    """A canvas that writes the late-known numbers as forms just before saving."""

    def __init__(self, *args: Any, record: LayoutRecord, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.record = record

    def _number_form(self, name: str, text: str, size: float, *, right_aligned: bool) -> None:
        # The bounding box reaches left of the origin so right-aligned digits are not clipped.
        self.beginForm(name, lowerx=-200, lowery=-10, upperx=200, uppery=30)
        self.setFont(SERIF, size)
        self.setFillColor(MUTED if right_aligned is False else INK)
        if right_aligned:
            self.drawRightString(0, 0, text)
        else:
            self.drawString(0, 0, text)
        self.endForm()

    def save(self) -> None:
        if self._code:
            self.showPage()
        # Every page has been shown, so the page number counter is one past the last page.
        total_pages = self.getPageNumber() - 1
        self._number_form(PAGE_TOTAL_FORM, str(total_pages), SMALL_SIZE, right_aligned=False)
        for key in self.record.toc_keys:
            page = self.record.heading_pages.get(key)
            self._number_form(toc_form_name(key), "" if page is None else str(page), BODY_SIZE, right_aligned=True)
        self._binary_page_streams()
        super().save()

    def _binary_page_streams(self) -> None:
        """Page content compressed but not ASCII85-encoded: binary streams are valid PDF,
        a fifth smaller, and skip reportlab's pure-Python ASCII85 encoder (about a tenth
        of the export time). reportlab only offers this through the process-wide
        ``rl_config.useA85``, read when each page is formatted at save; a page that
        already has its content stream keeps it, so this canvas alone is affected."""
        for page in self._doc.Pages.pages:
            if page.Contents or not page.stream:
                continue
            contents = PDFStream(content=page.stream, filters=[PDFZCompress] if page.compression else None)
            contents.__Comment__ = "page stream"
            page.Contents = contents


class Anchor(Flowable):  # type: ignore[misc]
    """A zero-size mark placed just before a heading: a bookmark, an outline entry and the
    page number for the TOC. Kept with the heading that follows it."""

    def __init__(self, key: str, title: str, record: LayoutRecord, level: int = 0) -> None:
        super().__init__()
        self.key = key
        self.title = plain_text(title, limit=120) or key
        self.record = record
        self.level = level
        self.keepWithNext = True

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        canvas = self.canv
        # A little above the anchor, so a reader following the link sees the heading's top.
        canvas.bookmarkHorizontal(self.key, 0, 24)
        canvas.addOutlineEntry(self.title, self.key, level=self.level, closed=False)
        self.record.heading_pages[self.key] = canvas.getPageNumber()


class TocLine(Flowable):  # type: ignore[misc]
    """One contents entry: the title (with its hanging number), dot leaders, and the page
    number, which is a form filled in at the end. The whole line links to the heading."""

    def __init__(self, key: str, number: str, title: str, record: LayoutRecord) -> None:
        super().__init__()
        self.key = key
        style = house_styles().toc_entry
        self.style = style
        self.paragraph = RLParagraph(markup(plain_text(title, limit=160)), style, bulletText=number or None)
        record.toc_keys.append(key)
        self.spaceBefore = 0.0
        self.spaceAfter = 4.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _, self.height = self.paragraph.wrap(available_width - TOC_NUMBER_WIDTH - 12, available_height)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        self.paragraph.drawOn(canvas, 0, 0)
        line_widths = self.paragraph.getActualLineWidths0()
        # The widths reportlab reports already include the left indent.
        last_line_end = line_widths[-1] if line_widths else self.style.leftIndent
        # Paragraph baselines: the first sits one font size below the top, then one leading per line.
        last_baseline = self.height - self.style.fontSize - (len(line_widths) - 1) * self.style.leading
        leader_start = last_line_end + 6
        leader_end = self.width - TOC_NUMBER_WIDTH
        if leader_end > leader_start:
            canvas.saveState()
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.8)
            canvas.setLineCap(1)
            canvas.setDash([0.01, 3.2])
            canvas.line(leader_start, last_baseline + 1, leader_end, last_baseline + 1)
            canvas.restoreState()
        canvas.saveState()
        canvas.translate(self.width, last_baseline)
        canvas.doForm(toc_form_name(self.key))
        canvas.restoreState()
        canvas.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


class PageDecoration:
    """What every page carries besides the text: the running title and, in a draft, the
    marking (top right, in red). There is deliberately no diagonal watermark: it is text
    too, and every PDF text extractor would splice its letters into the agreement's text.

    The header paragraphs are laid out once and drawn on every page."""

    def __init__(self, running_title: str, draft_marking: str, page: PageSetup) -> None:
        styles = house_styles()
        self.page = page
        self.marking: RLParagraph | None = None
        self.marking_width = 0.0
        if draft_marking:
            self.marking_width = page.text_width * 0.4
            self.marking = _one_line(draft_marking, styles.header_marking, self.marking_width, bold=True)
        self.title = _one_line(running_title, styles.header, page.text_width - self.marking_width - 12)

    def cover_page(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        """The cover carries its marking in the story; nothing else is drawn on it."""

    def body_page(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        page = self.page
        width, left = page.width, page.margin
        header_baseline = page.height - page.header_distance - SMALL_SIZE
        footer_baseline = page.footer_distance
        if self.marking is not None:
            self.marking.drawOn(canvas, left + page.text_width - self.marking_width, header_baseline)
        self.title.drawOn(canvas, left, header_baseline)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, header_baseline - 4, width - page.margin, header_baseline - 4)
        canvas.setFont(SERIF, SMALL_SIZE)
        canvas.setFillColor(MUTED)
        label = f"Page {canvas.getPageNumber()} of "
        # The total is not known yet: centre assuming two digits, then place the form.
        digits_width = canvas.stringWidth("00", SERIF, SMALL_SIZE)
        label_width = canvas.stringWidth(label, SERIF, SMALL_SIZE)
        start = width / 2 - (label_width + digits_width) / 2
        canvas.drawString(start, footer_baseline, label)
        canvas.translate(start + label_width, footer_baseline)
        canvas.doForm(PAGE_TOTAL_FORM)
        canvas.restoreState()


def _one_line(text: str, style: ParagraphStyle, width: float, bold: bool = False) -> RLParagraph:
    """A header paragraph shortened (with an ellipsis) until it fits on one line."""
    limit = 120
    while True:
        paragraph = RLParagraph(markup(plain_text(text, limit=limit), bold=bold), style)
        paragraph.wrap(width, 100)
        if len(paragraph.blPara.lines) <= 1 or limit <= 8:
            return paragraph
        limit = int(limit * 0.85)


def make_doc_template(target: Any, decoration: PageDecoration, **metadata: Any) -> BaseDocTemplate:
    """A document with a "cover" page template (no header or footer) and a "body" one."""
    page = decoration.page
    frame_args: dict[str, float] = {
        "x1": page.margin,
        "y1": page.margin,
        "width": page.text_width,
        "height": page.text_height,
        "leftPadding": 0,
        "rightPadding": 0,
        "topPadding": 0,
        "bottomPadding": 0,
    }
    doc = BaseDocTemplate(
        target,
        pagesize=(page.width, page.height),
        leftMargin=page.margin,
        rightMargin=page.margin,
        topMargin=page.margin,
        bottomMargin=page.margin,
        pageTemplates=[
            PageTemplate("cover", [Frame(id="cover", **frame_args)], onPage=decoration.cover_page),
            PageTemplate("body", [Frame(id="body", **frame_args)], onPage=decoration.body_page),
        ],
        invariant=1,
        # The serif as the canvas's initial font: reportlab would otherwise name Helvetica
        # (never embedded) in every page's preamble, which print shops' and archive
        # checks reject.
        initialFontName=SERIF,
        initialFontSize=BODY_SIZE,
        **metadata,
    )
    return doc


def canvas_maker(record: LayoutRecord, date_formatter: Callable[..., str]) -> Callable[..., AgreementCanvas]:
    def make(*args: Any, **kwargs: Any) -> AgreementCanvas:
        canvas = AgreementCanvas(*args, record=record, **kwargs)
        canvas.setDateFormatter(date_formatter)
        return canvas

    return make
