"""The house style: every named paragraph style, the lists that number clauses, parties,
recitals and schedules, and the page set-up. Data for ``build_template`` (which writes
``house_template.docx``) and the style ids the body writer refers to.

One multi-level list numbers the agreement: level 0 is the article heading ("1"), level
1 the clause ("1.1"), level 2 "(a)", level 3 "(i)". Each level names its style
(``w:pStyle``) and each style names the list (``w:numPr``), so a lawyer who applies
"Clause Level 2" in Word gets "(a)", and inserting a clause renumbers the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from drafting.docx_writer.ooxml import abstractNum, escape, lvl, num

TEMPLATE_PATH = Path(__file__).with_name("house_template.docx")


class StyleId:
    """Style ids as written in the document (``w:pStyle w:val``)."""

    NORMAL = "Normal"
    TITLE = "Title"
    COVER_SUBTITLE = "CoverSubtitle"
    COVER_TEXT = "CoverText"
    BODY_TITLE = "BodyTitle"
    DRAFT_MARKING = "DraftMarking"
    CONTENTS_HEADING = "TOCHeading"
    TOC_1 = "TOC1"
    UNNUMBERED_HEADING = "UnnumberedHeading"
    PARTY = "Party"
    RECITAL = "Recital"
    ARTICLE_HEADING = "ArticleHeading"
    CLAUSE_LEVELS = ("ClauseLevel1", "ClauseLevel2", "ClauseLevel3")
    BODY_TEXT = "BodyText"
    BODY_INDENTS = ("BodyIndent1", "BodyIndent2", "BodyIndent3")
    DEFINITION = "Definition"
    SCHEDULE_HEADING = "ScheduleHeading"
    SCHEDULE_LEVELS = ("ScheduleLevel1", "ScheduleLevel2", "ScheduleLevel3")
    TABLE_CAPTION = "TableCaption"
    TABLE_HEADING = "TableHeading"
    TABLE_TEXT = "TableText"
    TABLE_AMOUNT = "TableAmount"
    SIGNATURES_HEADING = "SignaturesHeading"
    SIGNATURE_PARTY = "SignatureParty"
    SIGNATURE_LINE = "SignatureLine"
    SIGNATURE_TEXT = "SignatureText"
    SIGNATURE_LAST = "SignatureLast"
    HEADER = "Header"
    FOOTER = "Footer"
    COMMENT_TEXT = "CommentText"
    COMMENT_REFERENCE = "CommentReference"
    DEFINED_TERM = "DefinedTerm"
    HOUSE_TABLE = "HouseTable"
    PLAIN_TABLE = "PlainTable"


class NumId:
    """Concrete lists (``w:num``) of the house template."""

    CLAUSES = 1
    SCHEDULES = 2
    PARTIES = 3
    RECITALS = 4


#: Indent of each clause level's text, in twentieths of a point (720 = 1.27 cm).
LEVEL_INDENT = (720, 720, 1440, 2160)
#: Text width of an A4 page with 2.54 cm margins (a Letter page's is wider: see ``drafting.paper``).
TEXT_WIDTH = 9026
#: The face the agreement is set in. Word has it; LibreOffice and our PDF use its metric
#: twin Liberation Serif (every character the same width), so all three paginate alike.
BODY_FONT = "Times New Roman"
METRIC_TWIN = "Liberation Serif"
#: Body text: 10.5 pt on lines of at least 14.5 pt, the PDF's size and leading.
BODY_HALF_POINTS = 21
BODY_LINE = 290


#: Styles Word knows by these names (its own "Title", "header" ...): not marked custom.
_WORD_BUILT_IN_NAMES = frozenset({"Title", "TOC Heading", "toc 1", "header", "footer", "annotation text"})


@dataclass(frozen=True, slots=True)
class ParagraphStyle:
    style_id: str
    name: str
    based_on: str = StyleId.NORMAL
    next_style: str = ""
    keep_next: bool = False
    keep_lines: bool = False
    page_break_before: bool = False
    numbering: tuple[int, int] | None = None  # (numId, ilvl)
    right_tab: int = 0
    before: int | None = None
    after: int | None = None
    left: int | None = None
    hanging: int = 0
    align: str = ""
    outline_level: int | None = None
    bold: bool = False
    italic: bool = False
    caps: bool = False
    color: str = ""
    size: int = 0  # half-points
    #: A bottom border (the line a signatory signs on), and the room above it, in twips.
    rule_below: bool = False
    right: int | None = None

    def xml(self) -> str:
        ppr = [
            "<w:keepNext/>" if self.keep_next else "",
            "<w:keepLines/>" if self.keep_lines else "",
            "<w:pageBreakBefore/>" if self.page_break_before else "",
        ]
        if self.numbering:
            num_id, ilvl = self.numbering
            ppr.append(f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
        if self.rule_below:
            ppr.append('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="1A1A1A"/></w:pBdr>')
        if self.right_tab:
            # A TOC line: the number, a tab to the text, a dotted tab to the page number.
            ppr.append(
                f'<w:tabs><w:tab w:val="left" w:pos="{self.left or 0}"/>'
                f'<w:tab w:val="right" w:leader="dot" w:pos="{self.right_tab}"/></w:tabs>'
            )
        if self.before is not None or self.after is not None:
            before = "" if self.before is None else f' w:before="{self.before}"'
            after = "" if self.after is None else f' w:after="{self.after}"'
            ppr.append(f"<w:spacing{before}{after}/>")
        if self.left is not None or self.right is not None:
            left = f' w:left="{self.left or 0}"'
            right = "" if self.right is None else f' w:right="{self.right}"'
            hanging = f' w:hanging="{self.hanging}"' if self.hanging else ' w:firstLine="0"'
            ppr.append(f"<w:ind{left}{right}{hanging}/>")
        if self.align:
            ppr.append(f'<w:jc w:val="{self.align}"/>')
        if self.outline_level is not None:
            ppr.append(f'<w:outlineLvl w:val="{self.outline_level}"/>')
        rpr = [
            "<w:b/><w:bCs/>" if self.bold else "",
            "<w:i/><w:iCs/>" if self.italic else "",
            "<w:caps/>" if self.caps else "",
            f'<w:color w:val="{self.color}"/>' if self.color else "",
            f'<w:sz w:val="{self.size}"/><w:szCs w:val="{self.size}"/>' if self.size else "",
        ]
        based_on = f'<w:basedOn w:val="{self.based_on}"/>' if self.based_on else ""
        next_style = f'<w:next w:val="{self.next_style}"/>' if self.next_style else ""
        custom = "" if self.name in _WORD_BUILT_IN_NAMES else ' w:customStyle="1"'
        return (
            f'<w:style w:type="paragraph"{custom} w:styleId="{self.style_id}">'
            f'<w:name w:val="{escape(self.name)}"/>{based_on}{next_style}<w:qFormat/>'
            f"<w:pPr>{''.join(ppr)}</w:pPr><w:rPr>{''.join(rpr)}</w:rPr></w:style>"
        )


def _clause_styles(names: tuple[str, ...], label: str, num_id: int) -> list[ParagraphStyle]:
    return [
        ParagraphStyle(style_id, f"{label} {index}", numbering=(num_id, index), align="both", after=120)
        for index, style_id in enumerate(names, start=1)
    ]


PARAGRAPH_STYLES: tuple[ParagraphStyle, ...] = (
    ParagraphStyle(StyleId.TITLE, "Title", before=2400, after=480, align="center", bold=True, size=40),
    ParagraphStyle(StyleId.COVER_SUBTITLE, "Cover Subtitle", after=480, align="center", size=26),
    ParagraphStyle(StyleId.COVER_TEXT, "Cover Text", after=240, align="center"),
    ParagraphStyle(StyleId.BODY_TITLE, "Body Title", after=320, align="center", bold=True, size=30, keep_next=True),
    ParagraphStyle(StyleId.DRAFT_MARKING, "Draft Marking", align="center", bold=True, caps=True, color="C00000"),
    ParagraphStyle(StyleId.CONTENTS_HEADING, "TOC Heading", after=280, bold=True, size=28),
    ParagraphStyle(StyleId.TOC_1, "toc 1", after=80, right_tab=TEXT_WIDTH, left=720, hanging=720),
    ParagraphStyle(StyleId.UNNUMBERED_HEADING, "Unnumbered Heading", keep_next=True, before=200, bold=True),
    ParagraphStyle(StyleId.PARTY, "Party", numbering=(NumId.PARTIES, 0), align="both"),
    ParagraphStyle(StyleId.RECITAL, "Recital", numbering=(NumId.RECITALS, 0), align="both"),
    ParagraphStyle(
        StyleId.ARTICLE_HEADING,
        "Article Heading",
        next_style=StyleId.CLAUSE_LEVELS[0],
        keep_next=True,
        numbering=(NumId.CLAUSES, 0),
        before=280,
        after=140,
        outline_level=0,
        bold=True,
        size=23,
    ),
    *_clause_styles(StyleId.CLAUSE_LEVELS, "Clause Level", NumId.CLAUSES),
    ParagraphStyle(StyleId.BODY_TEXT, "Body Text", align="both"),
    *(
        ParagraphStyle(style_id, f"Body Indent {level}", left=LEVEL_INDENT[level], align="both")
        for level, style_id in enumerate(StyleId.BODY_INDENTS, start=1)
    ),
    ParagraphStyle(StyleId.DEFINITION, "Definition", left=LEVEL_INDENT[1], align="both"),
    ParagraphStyle(
        StyleId.SCHEDULE_HEADING,
        "Schedule Heading",
        keep_next=True,
        page_break_before=True,
        numbering=(NumId.SCHEDULES, 0),
        after=320,
        left=0,
        align="center",
        outline_level=0,
        bold=True,
        size=26,
    ),
    *_clause_styles(StyleId.SCHEDULE_LEVELS, "Schedule Level", NumId.SCHEDULES),
    ParagraphStyle(StyleId.TABLE_CAPTION, "Table Caption", keep_next=True, before=120, bold=True),
    ParagraphStyle(StyleId.TABLE_HEADING, "Table Heading", before=40, after=40, bold=True, size=19),
    ParagraphStyle(StyleId.TABLE_TEXT, "Table Text", before=40, after=40, size=19),
    ParagraphStyle(StyleId.TABLE_AMOUNT, "Table Amount", based_on=StyleId.TABLE_TEXT, align="right"),
    # Signatures: one block per party, kept together (each paragraph keeps with the next
    # but the last), with room to sign above a rule, then name, title and date.
    ParagraphStyle(
        StyleId.SIGNATURES_HEADING, "Signatures Heading", keep_next=True, before=240, bold=True, outline_level=0
    ),
    ParagraphStyle(StyleId.SIGNATURE_PARTY, "Signature Party", keep_next=True, before=240, after=40),
    ParagraphStyle(
        StyleId.SIGNATURE_LINE, "Signature Line", keep_next=True, before=600, after=80, rule_below=True, right=4060
    ),
    ParagraphStyle(StyleId.SIGNATURE_TEXT, "Signature Text", keep_next=True, after=40),
    ParagraphStyle(StyleId.SIGNATURE_LAST, "Signature Date", based_on=StyleId.SIGNATURE_TEXT, after=440),
    ParagraphStyle(StyleId.HEADER, "header", after=0, size=16),
    ParagraphStyle(StyleId.FOOTER, "footer", after=0, align="center", size=16),
    ParagraphStyle(StyleId.COMMENT_TEXT, "annotation text", after=0, size=18),
)


def _clause_levels(styles: tuple[str, ...], first: str, first_format: str, first_text: str) -> list[str]:
    """Level 0 (``first``) plus three clause levels; full references read "1.1(a)(i)"."""
    return [
        lvl(0, first_format, first_text, p_style=first, left=LEVEL_INDENT[0], hanging=720, bold=True),
        lvl(1, "decimal", "%1.%2", p_style=styles[0], left=LEVEL_INDENT[1], hanging=720),
        lvl(2, "lowerLetter", "(%3)", p_style=styles[1], left=LEVEL_INDENT[2], hanging=720),
        lvl(3, "lowerRoman", "(%4)", p_style=styles[2], left=LEVEL_INDENT[3], hanging=720),
    ]


def numbering_xml(ns_decls: str) -> str:
    """The numbering part: abstract lists first, then the concrete ``w:num`` (schema order)."""
    abstract = [
        abstractNum(
            0,
            "Pactwright Clauses",
            _clause_levels(StyleId.CLAUSE_LEVELS, StyleId.ARTICLE_HEADING, "decimal", "%1"),
        ),
        abstractNum(
            1,
            "Pactwright Schedules",
            [
                lvl(
                    0,
                    "decimal",
                    "Schedule %1",
                    p_style=StyleId.SCHEDULE_HEADING,
                    left=0,
                    hanging=0,
                    bold=True,
                    suff="space",
                ),
                lvl(1, "decimal", "%2.", p_style=StyleId.SCHEDULE_LEVELS[0], left=LEVEL_INDENT[1], hanging=720),
                lvl(2, "lowerLetter", "(%3)", p_style=StyleId.SCHEDULE_LEVELS[1], left=LEVEL_INDENT[2], hanging=720),
                lvl(3, "lowerRoman", "(%4)", p_style=StyleId.SCHEDULE_LEVELS[2], left=LEVEL_INDENT[3], hanging=720),
            ],
        ),
        abstractNum(2, "Pactwright Parties", [lvl(0, "decimal", "(%1)", p_style=StyleId.PARTY, left=720, hanging=720)]),
        abstractNum(
            3, "Pactwright Recitals", [lvl(0, "upperLetter", "(%1)", p_style=StyleId.RECITAL, left=720, hanging=720)]
        ),
    ]
    concrete = [
        num(NumId.CLAUSES, 0),
        num(NumId.SCHEDULES, 1),
        num(NumId.PARTIES, 2),
        num(NumId.RECITALS, 3),
    ]
    return f"<w:numbering {ns_decls}>{''.join(abstract)}{''.join(concrete)}</w:numbering>"


_BUILT_IN_STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
    f'<w:pPr><w:widowControl/><w:spacing w:after="120" w:line="{BODY_LINE}" w:lineRule="atLeast"/></w:pPr></w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
    f'<w:style w:type="character" w:styleId="{StyleId.COMMENT_REFERENCE}"><w:name w:val="annotation reference"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/></w:rPr>'
    "</w:style>"
    # Defined terms: a character style, so a lawyer can restyle every one at once.
    f'<w:style w:type="character" w:customStyle="1" w:styleId="{StyleId.DEFINED_TERM}"><w:name w:val="Defined Term"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>'
    f'<w:style w:type="table" w:customStyle="1" w:styleId="{StyleId.HOUSE_TABLE}"><w:name w:val="House Table"/>'
    '<w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>'
    '<w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
    '<w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
    '<w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders></w:tblPr></w:style>'
    f'<w:style w:type="table" w:customStyle="1" w:styleId="{StyleId.PLAIN_TABLE}"><w:name w:val="Plain Table"/>'
    '<w:basedOn w:val="TableNormal"/></w:style>'
)

_DOC_DEFAULTS = (
    f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{BODY_FONT}" w:hAnsi="{BODY_FONT}" '
    f'w:eastAsia="{BODY_FONT}" w:cs="{BODY_FONT}"/>'
    f'<w:sz w:val="{BODY_HALF_POINTS}"/><w:szCs w:val="{BODY_HALF_POINTS}"/>'
    '<w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/></w:rPr>'
    "</w:rPrDefault><w:pPrDefault/></w:docDefaults>"
)


def font_table_xml(ns_decls: str) -> str:
    """The font table: Times New Roman, with Liberation Serif named as its alternative
    (what a machine without it should use: the same metrics)."""
    fonts = (
        f'<w:font w:name="{BODY_FONT}"><w:altName w:val="{METRIC_TWIN}"/>'
        '<w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/>'
        '<w:pitch w:val="variable"/></w:font>'
        f'<w:font w:name="{METRIC_TWIN}"><w:altName w:val="{BODY_FONT}"/>'
        '<w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/>'
        '<w:pitch w:val="variable"/></w:font>'
    )
    return f"<w:fonts {ns_decls}>{fonts}</w:fonts>"


def styles_xml(ns_decls: str) -> str:
    paragraph_styles = "".join(style.xml() for style in PARAGRAPH_STYLES)
    return f"<w:styles {ns_decls}>{_DOC_DEFAULTS}{_BUILT_IN_STYLES}{paragraph_styles}</w:styles>"
