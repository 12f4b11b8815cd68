"""WordprocessingML in one place: small builders named after the OOXML elements they
emit (``w:p``, ``w:bookmarkStart``, ``w:fldChar``, ``w:abstractNum`` ...).

They return XML *strings*, not python-docx proxies: the writer joins the strings of a
whole body and parses them once, which is several times faster than one proxy call per
paragraph. Every piece of text passes through :func:`escape`, which also drops the
characters XML 1.0 cannot hold, so user text can never make the file invalid.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping

from drafting.paper import PageSetup, page_setup, twips

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_DECLS = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'

#: Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("\r\n|\r|\n")
_BOOKMARK_UNSAFE = re.compile(r"[^A-Za-z0-9_]")
#: Word rejects longer bookmark names.
BOOKMARK_NAME_MAX = 40


def clean_text(text: str) -> str:
    """``text`` without the characters a Word file cannot hold."""
    return _XML_INVALID.sub("", text)


def escape(text: str) -> str:
    """Cleaned text, escaped for element content and double-quoted attributes."""
    cleaned = _XML_INVALID.sub("", text)
    return cleaned.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# --- runs ---------------------------------------------------------------------------------
def rPr(*, bold: bool = False, italic: bool = False, style: str = "") -> str:  # noqa: N802 - OOXML name
    if not (bold or italic or style):
        return ""
    parts = [f'<w:rStyle w:val="{style}"/>' if style else "", "<w:b/>" if bold else "", "<w:i/>" if italic else ""]
    return f"<w:rPr>{''.join(parts)}</w:rPr>"


def t(text: str, *, deleted: bool = False) -> str:
    """Run content for ``text``: tabs become ``w:tab`` and line ends ``w:br`` (a literal
    newline inside ``w:t`` would be shown as a space). ``deleted`` text, inside a tracked
    deletion, goes in ``w:delText``."""
    tag = "w:delText" if deleted else "w:t"
    if "\t" not in text and "\n" not in text and "\r" not in text:
        return f'<{tag} xml:space="preserve">{escape(text)}</{tag}>'
    pieces: list[str] = []
    for line_number, line in enumerate(_LINE_BREAKS.split(text)):
        if line_number:
            pieces.append("<w:br/>")
        for tab_number, chunk in enumerate(line.split("\t")):
            if tab_number:
                pieces.append("<w:tab/>")
            if chunk:
                pieces.append(f'<{tag} xml:space="preserve">{escape(chunk)}</{tag}>')
    return "".join(pieces)


def r(text: str, *, bold: bool = False, italic: bool = False, style: str = "") -> str:
    """A ``w:r`` holding ``text``; empty text gives no run at all."""
    if not text:
        return ""
    return f"<w:r>{rPr(bold=bold, italic=italic, style=style)}{t(text)}</w:r>"


def br_page() -> str:
    return '<w:r><w:br w:type="page"/></w:r>'


# --- paragraphs ---------------------------------------------------------------------------
def pPr(style: str, *, num_id: int | None = None, ilvl: int | None = None, extra: str = "") -> str:  # noqa: N802
    """Paragraph properties: a named style, optionally a direct ``w:numPr`` (used only where
    one style serves several lists) and other already-ordered properties."""
    num = ""
    if num_id is not None:
        num = f'<w:numPr><w:ilvl w:val="{ilvl or 0}"/><w:numId w:val="{num_id}"/></w:numPr>'
    return f'<w:pPr><w:pStyle w:val="{style}"/>{num}{extra}</w:pPr>'


def p(content: str, style: str, *, num_id: int | None = None, ilvl: int | None = None, extra_ppr: str = "") -> str:
    return f"<w:p>{pPr(style, num_id=num_id, ilvl=ilvl, extra=extra_ppr)}{content}</w:p>"


# --- bookmarks ----------------------------------------------------------------------------
def bookmark_name(target_id: str) -> str:
    """A Word-valid bookmark name derived from a block id: starts with a letter, only
    letters, digits and underscores, at most 40 characters. Ids that do not fit (too
    long, or with characters that had to be replaced) end in a hash of the id, so two
    ids never share a name."""
    safe = _BOOKMARK_UNSAFE.sub("_", target_id.replace(".", "_"))
    name = f"c_{safe}"
    lossless = "_" not in target_id and safe == target_id.replace(".", "_")
    if lossless and len(name) <= BOOKMARK_NAME_MAX:
        return name
    digest = hashlib.sha1(target_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{name[: BOOKMARK_NAME_MAX - 9]}_{digest}"


def bookmarkStart(bookmark_id: int, name: str) -> str:  # noqa: N802
    return f'<w:bookmarkStart w:id="{bookmark_id}" w:name="{name}"/>'


def bookmarkEnd(bookmark_id: int) -> str:  # noqa: N802
    return f'<w:bookmarkEnd w:id="{bookmark_id}"/>'


# --- fields -------------------------------------------------------------------------------
def field_begin(instruction: str, *, dirty: bool = False) -> str:
    """The runs that open a field and separate its instruction from its cached result."""
    dirty_attr = ' w:dirty="true"' if dirty else ""
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"{dirty_attr}/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )


def field_end() -> str:
    return '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def complex_field(instruction: str, cached_runs: str, *, dirty: bool = False) -> str:
    """A field as ``w:fldChar`` begin / ``w:instrText`` / separate / cached result / end.

    The cached result is what readers that do not compute the field display, so it
    must already be right. (A field may also span paragraphs: see :func:`field_begin`.)"""
    return f"{field_begin(instruction, dirty=dirty)}{cached_runs}{field_end()}"


def REF(bookmark: str, cached_number: str) -> str:  # noqa: N802 - field name
    """A cross-reference to a numbered paragraph: ``\\w`` gives its number in full context
    ("2.1(b)"), ``\\h`` makes it a link."""
    return complex_field(f"REF {bookmark} \\w \\h", r(cached_number))


def PAGE() -> str:  # noqa: N802
    return complex_field("PAGE \\* MERGEFORMAT", r("1"))


def NUMPAGES() -> str:  # noqa: N802
    return complex_field("NUMPAGES \\* MERGEFORMAT", r("1"))


TOC_INSTRUCTION = 'TOC \\o "1-1" \\h \\z \\u'


def hyperlink_to_bookmark(bookmark: str, runs: str) -> str:
    return f'<w:hyperlink w:anchor="{bookmark}" w:history="1">{runs}</w:hyperlink>'


# --- comments -----------------------------------------------------------------------------
def commentRangeStart(comment_id: int) -> str:  # noqa: N802
    return f'<w:commentRangeStart w:id="{comment_id}"/>'


def commentRangeEnd(comment_id: int) -> str:  # noqa: N802
    return f'<w:commentRangeEnd w:id="{comment_id}"/>'


def commentReference(comment_id: int) -> str:  # noqa: N802
    return f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{comment_id}"/></w:r>'


def w3cdtf(moment: dt.datetime) -> str:
    """A date-time as OOXML attributes want it (UTC, "Z")."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def comment(comment_id: int, author: str, initials: str, stamp: str, paragraphs: Iterable[str]) -> str:
    """One ``w:comment`` dated ``stamp`` (see :func:`w3cdtf`); its paragraphs use the Comment Text style."""
    body = "".join(p(r(text), "CommentText") for text in paragraphs)
    return (
        f'<w:comment w:id="{comment_id}" w:author="{escape(author)}" w:date="{stamp}" '
        f'w:initials="{escape(initials)}">{body}</w:comment>'
    )


def comments(items: Iterable[str]) -> str:
    return f"<w:comments {NS_DECLS}>{''.join(items)}</w:comments>"


# --- tracked changes ----------------------------------------------------------------------
def revision_mark(kind: str, revision_id: int, author: str, stamp: str) -> str:
    """An empty ``w:ins`` / ``w:del``: in a paragraph mark's ``w:rPr`` it tracks the paragraph
    itself, in ``w:trPr`` a table row. ``stamp`` comes from :func:`w3cdtf`."""
    return f'<w:{kind} w:id="{revision_id}" w:author="{escape(author)}" w:date="{stamp}"/>'


def ins(revision_id: int, author: str, stamp: str, runs: str) -> str:
    """Runs inserted as a tracked change."""
    return f'<w:ins w:id="{revision_id}" w:author="{escape(author)}" w:date="{stamp}">{runs}</w:ins>'


def del_(revision_id: int, author: str, stamp: str, runs: str) -> str:
    """Runs deleted as a tracked change; their text must be ``w:delText`` (see :func:`t`)."""
    return f'<w:del w:id="{revision_id}" w:author="{escape(author)}" w:date="{stamp}">{runs}</w:del>'


# --- tables -------------------------------------------------------------------------------
def tbl(
    rows: Iterable[str], column_widths: Iterable[int], *, style: str, borders: bool = True, fixed: bool = False
) -> str:
    """A full-width ``w:tbl``; widths in twentieths of a point (``w:gridCol`` is what
    LibreOffice lays columns out by). ``fixed`` keeps the given widths (Word would
    otherwise re-balance the columns to their content)."""
    widths = list(column_widths)
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    width = f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>' if fixed else '<w:tblW w:w="5000" w:type="pct"/>'
    layout = '<w:tblLayout w:type="fixed"/>' if fixed else ""
    look = (
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        'w:noHBand="0" w:noVBand="1"/>'
    )
    no_borders = "" if borders else '<w:tblBorders><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
    return (
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/>{width}{no_borders}{layout}{look}</w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def tr(cells: Iterable[str], *, header: bool = False, cant_split: bool = True) -> str:
    props = ("<w:cantSplit/>" if cant_split else "") + ("<w:tblHeader/>" if header else "")
    return f"<w:tr><w:trPr>{props}</w:trPr>{''.join(cells)}</w:tr>"


def tc(paragraphs: str, width: int) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{paragraphs}</w:tc>'


# --- numbering ----------------------------------------------------------------------------
def lvl(
    ilvl: int,
    num_fmt: str,
    lvl_text: str,
    *,
    p_style: str,
    left: int,
    hanging: int,
    bold: bool = False,
    suff: str = "tab",
) -> str:
    """One ``w:lvl``: its counter format, its text ("%1.%2"), the paragraph style it is
    linked to (so applying the style numbers the paragraph) and its indents."""
    run_props = "<w:rPr><w:b/></w:rPr>" if bold else '<w:rPr><w:b w:val="0"/><w:i w:val="0"/></w:rPr>'
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{num_fmt}"/>'
        f'<w:pStyle w:val="{p_style}"/><w:suff w:val="{suff}"/><w:lvlText w:val="{escape(lvl_text)}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>'
        f'<w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{run_props}</w:lvl>'
    )


def abstractNum(abstract_num_id: int, name: str, levels: Iterable[str]) -> str:  # noqa: N802
    return (
        f'<w:abstractNum w:abstractNumId="{abstract_num_id}"><w:multiLevelType w:val="multilevel"/>'
        f'<w:name w:val="{escape(name)}"/>{"".join(levels)}</w:abstractNum>'
    )


def num(num_id: int, abstract_num_id: int) -> str:
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_num_id}"/></w:num>'


# --- sections, headers and footers --------------------------------------------------------
def sectPr(  # noqa: N802
    headers: Mapping[str, str] | None = None, footers: Mapping[str, str] | None = None, page: PageSetup | None = None
) -> str:
    """A section on ``page`` (default A4) whose first page (the cover) has its own header
    and footer. ``headers`` / ``footers`` map a reference type ("default", "first") to a
    relationship id."""
    page = page or page_setup("A4")
    margin = twips(page.margin)
    references = "".join(
        f'<w:{kind}Reference w:type="{ref_type}" r:id="{rel_id}"/>'
        for kind, mapping in (("header", headers or {}), ("footer", footers or {}))
        for ref_type, rel_id in mapping.items()
    )
    return (
        f"<w:sectPr>{references}"
        f'<w:pgSz w:w="{twips(page.width)}" w:h="{twips(page.height)}"/>'
        f'<w:pgMar w:top="{margin}" w:right="{margin}" w:bottom="{margin}" w:left="{margin}" '
        f'w:header="{twips(page.header_distance)}" w:footer="{twips(page.footer_distance)}" w:gutter="0"/>'
        '<w:cols w:space="708"/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>'
    )


def hdr(paragraphs: str) -> str:
    return f"<w:hdr {NS_DECLS}>{paragraphs}</w:hdr>"


def ftr(paragraphs: str) -> str:
    return f"<w:ftr {NS_DECLS}>{paragraphs}</w:ftr>"
