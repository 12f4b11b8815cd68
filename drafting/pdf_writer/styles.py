"""The PDF's house style: page geometry, colours and every paragraph style.

Sizes, spacing and indents follow the Word house style (``docx_writer.house_style``) so
that both outputs fill their pages alike. Clause numbers hang in the left margin of
their text (reportlab "bullets"), one indent step per level, so the text of 1.1, (a) and
(i) lines up the way a typeset agreement does and the number is read before the text
when the PDF is extracted.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from drafting.paper import page_setup
from drafting.pdf_writer.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts

# The page of the Word export (``drafting.paper``): the same margins on A4 and Letter.
# These constants describe A4; a Letter document gets its own from ``page_setup``.
_A4 = page_setup("A4")
TEXT_WIDTH = _A4.text_width

BODY_SIZE = 10.5
BODY_LEADING = 14.5
SMALL_SIZE = 8.5

INK = HexColor("#1a1a1a")
MUTED = HexColor("#5c5c5c")
RULE = HexColor("#9a9a9a")
TABLE_HEAD = HexColor("#ececec")
NOTE_BACKGROUND = HexColor("#fff7e0")
NOTE_BORDER = HexColor("#d9a400")
DRAFT_RED = HexColor("#b00000")

#: Left edge of the text at each clause level (0 = article heading, 1 = "1.1", ...).
TEXT_INDENT = (36.0, 36.0, 72.0, 108.0)
#: Where the hanging number starts at each level.
NUMBER_INDENT = (0.0, 0.0, 36.0, 72.0)


@dataclass(frozen=True, slots=True)
class Styles:
    cover_marking: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_text: ParagraphStyle
    contents_heading: ParagraphStyle
    toc_entry: ParagraphStyle
    body_title: ParagraphStyle
    unnumbered_heading: ParagraphStyle
    party: ParagraphStyle
    recital: ParagraphStyle
    body: ParagraphStyle
    article_heading: ParagraphStyle
    clause_levels: tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]
    indented: tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle]
    schedule_heading: ParagraphStyle
    schedule_title: ParagraphStyle
    table_caption: ParagraphStyle
    table_head: ParagraphStyle
    table_cell: ParagraphStyle
    table_total: ParagraphStyle
    note: ParagraphStyle
    signature_intro: ParagraphStyle
    signature_text: ParagraphStyle
    header: ParagraphStyle
    header_marking: ParagraphStyle


def _base(name: str, **overrides: object) -> ParagraphStyle:
    settings: dict[str, object] = {
        "fontName": SERIF,
        "fontSize": BODY_SIZE,
        "leading": BODY_LEADING,
        "textColor": INK,
        "alignment": TA_JUSTIFY,
        "spaceAfter": 6,
        "bulletFontName": SERIF,
        "bulletFontSize": BODY_SIZE,
        # A 100,000-character "word" must still wrap instead of running off the page.
        "splitLongWords": 1,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    settings.update(overrides)
    return ParagraphStyle(name, **settings)


@cache
def house_styles() -> Styles:
    """The styles, built once (fonts are registered first: styles name them)."""
    register_fonts()
    body = _base("Body")
    clause_levels = tuple(
        _base(f"Clause{level}", leftIndent=TEXT_INDENT[level], bulletIndent=NUMBER_INDENT[level]) for level in (1, 2, 3)
    )
    indented = tuple(_base(f"Indent{level}", leftIndent=TEXT_INDENT[level]) for level in range(4))
    return Styles(
        cover_marking=_base(
            "CoverMarking", fontName=SERIF_BOLD, fontSize=12, leading=16, textColor=DRAFT_RED, alignment=TA_CENTER
        ),
        cover_title=_base(
            "CoverTitle", fontName=SERIF_BOLD, fontSize=24, leading=30, alignment=TA_CENTER, spaceAfter=18
        ),
        cover_subtitle=_base("CoverSubtitle", fontSize=13, leading=18, alignment=TA_CENTER, spaceAfter=10),
        cover_text=_base("CoverText", fontSize=11, leading=15, alignment=TA_CENTER, textColor=MUTED, spaceAfter=4),
        contents_heading=_base(
            "ContentsHeading", fontName=SERIF_BOLD, fontSize=14, leading=18, alignment=TA_LEFT, spaceAfter=14
        ),
        toc_entry=_base("TocEntry", alignment=TA_LEFT, spaceAfter=0, leftIndent=TEXT_INDENT[0], bulletIndent=0),
        body_title=_base("BodyTitle", fontName=SERIF_BOLD, fontSize=15, leading=20, alignment=TA_CENTER, spaceAfter=16),
        unnumbered_heading=_base(
            "UnnumberedHeading", fontName=SERIF_BOLD, alignment=TA_LEFT, spaceBefore=10, keepWithNext=1
        ),
        party=_base("Party", leftIndent=TEXT_INDENT[1], bulletIndent=0),
        recital=_base("Recital", leftIndent=TEXT_INDENT[1], bulletIndent=0),
        body=body,
        article_heading=_base(
            "ArticleHeading",
            fontName=SERIF_BOLD,
            fontSize=11.5,
            leading=15,
            alignment=TA_LEFT,
            spaceBefore=14,
            spaceAfter=7,
            # Not keepWithNext: the story keeps room for the heading and two lines (as Word does).
            keepWithNext=0,
            leftIndent=TEXT_INDENT[0],
            bulletIndent=NUMBER_INDENT[0],
            bulletFontName=SERIF_BOLD,
            bulletFontSize=11.5,
        ),
        clause_levels=(clause_levels[0], clause_levels[1], clause_levels[2]),
        indented=(indented[0], indented[1], indented[2], indented[3]),
        schedule_heading=_base(
            "ScheduleHeading",
            fontName=SERIF_BOLD,
            fontSize=13,
            leading=17,
            alignment=TA_CENTER,
            spaceAfter=16,
            keepWithNext=1,
        ),
        schedule_title=_base(
            "ScheduleTitle",
            fontName=SERIF_BOLD,
            fontSize=12,
            leading=16,
            alignment=TA_CENTER,
            spaceAfter=16,
            keepWithNext=1,
        ),
        table_caption=_base(
            "TableCaption", fontName=SERIF_BOLD, alignment=TA_LEFT, spaceBefore=4, spaceAfter=4, keepWithNext=1
        ),
        table_head=_base("TableHead", fontName=SERIF_BOLD, fontSize=9.5, leading=12.5, alignment=TA_LEFT, spaceAfter=0),
        table_cell=_base("TableCell", fontSize=9.5, leading=12.5, alignment=TA_LEFT, spaceAfter=0),
        table_total=_base(
            "TableTotal", fontName=SERIF_BOLD, fontSize=9.5, leading=12.5, alignment=TA_LEFT, spaceAfter=0
        ),
        note=_base("Note", fontName=SERIF_ITALIC, fontSize=9, leading=12, alignment=TA_LEFT, spaceAfter=0),
        signature_intro=_base("SignatureIntro", spaceBefore=6, spaceAfter=14, keepWithNext=1),
        signature_text=_base("SignatureText", alignment=TA_LEFT, spaceAfter=2),
        header=_base("Header", fontSize=SMALL_SIZE, leading=10, textColor=MUTED, alignment=TA_LEFT, spaceAfter=0),
        header_marking=_base(
            "HeaderMarking",
            fontName=SERIF_BOLD,
            fontSize=SMALL_SIZE,
            leading=10,
            textColor=DRAFT_RED,
            alignment=TA_RIGHT,
            spaceAfter=0,
        ),
    )
