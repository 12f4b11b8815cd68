"""Speed without a different page: measurements reportlab would otherwise repeat.

Laying out an agreement is mostly measuring words. reportlab measures a TrueType string
in pure Python, character by character, every time it meets the word, and a paragraph
is broken into lines afresh on every ``wrap`` even when the width has not changed (a
heading kept with the next paragraph, a signature block kept together and a drafting
note's table are each wrapped two or three times). Both answers are pure functions of
their inputs, so they are remembered here:

- ``MeasuredTTFont`` remembers each string's width in font units (the sum reportlab
  computes) and scales it by the size exactly as reportlab does, so every width, line
  break and glyph position is bit-for-bit the one reportlab would produce.
- ``Paragraph`` keeps its line breaks while it is asked to wrap at the same width, and
  skips reportlab's markup parser (an HTML parser run per paragraph) for the two shapes
  most of an agreement's paragraphs have: plain text, and text with bold spans (a clause
  heading, a defined term). Each piece of such text parses to one fragment in the style's
  regular or bold font, so those two fragments are parsed once per style and copied with
  each piece's text.
- ``Paragraph`` also draws each line holding right-to-left text in display order
  (``bidi.visual_pieces``), after the lines were broken in logical order.
- ``remember_number_formatting`` gives reportlab's ``fp_str`` (every coordinate, size
  and colour written to the PDF goes through it, ~7,000 calls for a 28-page agreement,
  about a tenth of the export time) a memory: it is a pure function of its numbers and
  an agreement repeats the same few hundred. This is the one process-wide change: the
  function is rebound in the reportlab modules that format numbers. That is acceptable
  because the answer for every input is unchanged (only sooner), nothing else in the app
  uses reportlab, and the memory is bounded.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from importlib import import_module
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib import rl_accel
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph as ReportlabParagraph
from reportlab.platypus.paragraph import split as reportlab_split
from reportlab.platypus.paragraph import strip as reportlab_strip
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from drafting.pdf_writer.bidi import MAYBE_RTL, visual_order, visual_pieces

#: Distinct strings remembered per font before the memory starts afresh (a bound for
#: pathological input: one 100,000-character field is many distinct "words").
_WIDTH_MEMORY_LIMIT = 200_000


class MeasuredTTFont(TTFont):  # type: ignore[misc]
    """A TrueType font whose string widths are computed once per distinct string."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._units: dict[str, float] = {}
        self._char_widths = self.face.charWidths
        self._default_width = self.face.defaultWidth

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:  # noqa: N802 (reportlab's name)
        if not isinstance(text, str):
            text = text.decode(encoding or "utf8")
        units = self._units.get(text)
        if units is None:
            get, default = self._char_widths.get, self._default_width
            units = sum(get(ord(char), default) for char in text)
            if len(self._units) >= _WIDTH_MEMORY_LIMIT:
                self._units.clear()
            self._units[text] = units
        # The same expression, in the same order, as reportlab's own TrueType width.
        return 0.001 * size * units

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:  # noqa: N802
        """reportlab's answer, found faster in the usual case: every character already has
        its code in the document's first subset (reportlab maps a no-break space to the
        space). A new character, a missing glyph or a later subset takes reportlab's path,
        which assigns codes."""
        state = self.state.get(doc)
        if state is not None and isinstance(text, str) and text:
            assigned = state.assignments
            try:
                codes = [assigned[32 if code == 0xA0 else code] for code in map(ord, text)]
            except KeyError:
                pass
            else:
                if max(codes) < 256:
                    return [(0, bytes(codes))]
        result: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
        return result


class Paragraph(ReportlabParagraph):  # type: ignore[misc]
    """reportlab's Paragraph, breaking its lines once per width.

    The kept breaks are reused only while they are still the paragraph's own: ``split``
    deletes ``blPara`` when the paragraph must move on and gives its first half hand-made
    breaks, and either change makes the next ``wrap`` measure again, as reportlab would."""

    frags: list[Any]
    bulletText: Any  # noqa: N815 (reportlab's name)
    _wrapped_width: float | None = None
    _wrapped_lines: Any = None
    _rtl = False

    def _setup(
        self,
        text: str | None,
        style: ParagraphStyle,
        bulletText: Any,  # noqa: N803 (reportlab's names)
        frags: list[Any] | None,
        cleaner: Callable[[str], str],
    ) -> None:
        # Whether any line may need reordering for display (see ``drawPara``).
        self._rtl = bool(MAYBE_RTL.search(text)) if text else _holds_rtl(frags or [])
        if frags is None and text is not None and "&" not in text:
            cleaned = cleaner(text)
            frags = _simple_fragments(style, cleaned)
            if frags is not None:
                super()._setup(cleaned, style, bulletText, frags, cleaner)
                return
        super()._setup(text, style, bulletText, frags, cleaner)

    def drawPara(self, debug: int = 0) -> None:  # noqa: N802 (reportlab's name)
        """Draw as reportlab does, each line holding right-to-left text in display order.
        The lines are reordered for drawing only: reportlab splits a paragraph across
        pages from its lines, which must stay in logical order."""
        lines = self.__dict__.get("blPara")
        if lines is None or not self._rtl:
            super().drawPara(debug)
            return
        self.blPara = _display_lines(lines)
        try:
            super().drawPara(debug)
        finally:
            self.blPara = lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        if availWidth == self._wrapped_width and self.__dict__.get("blPara") is self._wrapped_lines:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        self._wrapped_lines = self.__dict__.get("blPara", _NOT_WRAPPED)
        return size

    def breakLines(self, width: Any) -> Any:  # noqa: N802 (reportlab's name)
        """reportlab's line breaks, found batch by batch for a long plain paragraph.

        reportlab takes the words off the front of one list (``pop(0)``), which costs time
        in the square of the paragraph's length. Breaking is greedy, so a line depends
        only on the word it starts with: each batch keeps its lines but the last, whose
        words start the next batch, and the result is the same lines."""
        frags: list[Any] = self.frags
        text = getattr(frags[0], "text", None) if len(frags) == 1 else None
        style = self.style
        if not isinstance(text, str) or len(text) < STREAM_CHARS or style.endDots or self._rtl:
            return super().breakLines(width)
        # Only a paragraph's first line has its own width (first-line indent, bullet): the
        # later batches start on an ordinary line.
        later = list(width[1:]) if isinstance(width, list | tuple) and len(width) > 1 else width
        bullet: Any = self.bulletText
        words = reportlab_split(reportlab_strip(text))
        lines: list[Any] = []
        carry: list[str] = []
        start = 0
        result: Any = None
        try:
            while True:
                batch = carry + words[start : start + BATCH_WORDS]
                start += BATCH_WORDS
                self.frags = [frags[0].clone(text=" ".join(batch))]
                first = not lines and not carry
                self.bulletText = bullet if first else None
                result = super().breakLines(width if first else later)
                if result.kind != 0:  # not the simple case after all: reportlab's own way
                    self.frags, self.bulletText = frags, bullet
                    return super().breakLines(width)
                if start >= len(words) or len(result.lines) < 2:
                    lines += result.lines
                    carry = []
                    if start >= len(words):
                        break
                    continue
                lines += result.lines[:-1]
                carry = [str(word) for word in result.lines[-1][1]]
        finally:
            self.frags, self.bulletText = frags, bullet
        result.lines = lines
        return result

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803 (reportlab's names)
        """Split as reportlab does, then cut a long remainder into pieces of
        ``PIECE_LINES`` lines.

        reportlab carries the whole remainder to the next page as one paragraph and
        breaks all its lines again there, so a paragraph of many pages costs time in
        the square of its length (a 1 MB text field took minutes). The pieces are made
        from the lines just broken, at the same width, so they break the same way again;
        they sit flush (no space between them) and each but the last justifies its last
        line, so the page reads as one paragraph."""
        parts: list[Any] = super().split(availWidth, availHeight)
        lines = getattr(self.__dict__.get("blPara"), "lines", None)
        if len(parts) != 2 or lines is None or not hasattr(parts[0], "blPara"):
            return parts
        first, rest = parts
        start, end = len(first.blPara.lines), len(lines)
        if end - start <= PIECE_LINES:
            return parts
        cut = self._get_split_blParaFunc()
        flush = rest.style.clone(f"{rest.style.name}Piece", spaceBefore=0, spaceAfter=0)
        last = rest.style.clone(f"{rest.style.name}LastPiece", spaceBefore=0)
        pieces: list[Any] = []
        for begin in range(start, end, PIECE_LINES):
            stop = min(begin + PIECE_LINES, end)
            style = last if stop == end else flush
            piece = self.__class__(None, style, bulletText=None, frags=cut(self.blPara, begin, stop))
            if stop < end:
                piece._JustifyLast = not getattr(lines[stop - 1], "lineBreak", False)
            pieces.append(piece)
        return [first, *pieces]


#: Lines per piece when a long paragraph is carried over (about a page of body text).
PIECE_LINES = 40
#: A plain paragraph this long has its lines broken in batches of ``BATCH_WORDS`` words.
STREAM_CHARS = 20_000
BATCH_WORDS = 2_000

#: Never anybody's line breaks: a wrap that produced none is not reused.
_NOT_WRAPPED = object()


def _holds_rtl(frags: list[Any]) -> bool:
    return any(MAYBE_RTL.search(getattr(frag, "text", "") or "") for frag in frags)


def _display_lines(para: Any) -> Any:
    """A copy of reportlab's broken lines with each line in display order. Plain lines
    (kind 0) are ``(extra space, words)``; styled lines (kind 1) hold fragments, whose
    characters are reordered across fragments and regrouped, each keeping its fragment's
    font and link. Zero-width anchors stay at the line's start."""
    shown = copy.copy(para)
    if para.kind == 0:
        shown.lines = [(extra, visual_order(" ".join(words)).split(" ")) for extra, words in para.lines]
        return shown
    lines = []
    for line in para.lines:
        anchors = [frag for frag in line.words if hasattr(frag, "cbDefn")]
        pieces = [(frag.text, frag) for frag in line.words if not hasattr(frag, "cbDefn")]
        copied = copy.copy(line)
        copied.words = anchors + [frag.clone(text=text) for text, frag in visual_pieces(pieces)]
        lines.append(copied)
    shown.lines = lines
    return shown


_templates: WeakKeyDictionary[ParagraphStyle, tuple[ParaFrag, ParaFrag]] = WeakKeyDictionary()
#: Splits markup into text and bold tags; a text piece holding "<" is some other markup.
_BOLD_TAGS = re.compile("(<b>|</b>)")


def _simple_fragments(style: ParagraphStyle, cleaned: str) -> list[ParaFrag] | None:
    """The fragments reportlab's parser makes of ``cleaned`` (already through reportlab's
    cleaner, no entities), when it is plain text or text with un-nested <b> spans; None
    for anything else (which then goes to the parser)."""
    if not cleaned:
        return None
    templates = _templates.get(style)
    if templates is None:
        templates = _templates[style] = (_parse_one("x", style), _parse_one("<b>x</b>", style))
    if "<" not in cleaned:
        return [_copy(templates[0], cleaned)]
    fragments: list[ParaFrag] = []
    bold = False
    for index, piece in enumerate(_BOLD_TAGS.split(cleaned)):
        if index % 2:  # a tag: it must open when outside bold and close when inside
            if (piece == "<b>") == bold:
                return None
            bold = not bold
        elif "<" in piece:
            return None
        elif piece:
            fragments.append(_copy(templates[bold], piece))
    return fragments if fragments and not bold else None


def _parse_one(markup: str, style: ParagraphStyle) -> ParaFrag:
    parsed_style, parsed, bullet = ParaParser().parse(markup, style)
    if parsed_style is not style or bullet is not None or parsed is None or len(parsed) != 1:
        raise AssertionError("reportlab's parser no longer makes one fragment of " + markup)  # pragma: no cover
    fragment: ParaFrag = parsed[0]
    return fragment


def _copy(template: ParaFrag, text: str) -> ParaFrag:
    # Fresh lists: a fragment's link and underline lists are its own.
    lists = {name: list(value) for name, value in template.__dict__.items() if isinstance(value, list)}
    fragment: ParaFrag = template.clone(text=text, **lists)
    return fragment


#: The reportlab modules that write numbers into a PDF with ``fp_str``.
_NUMBER_WRITERS = (
    "reportlab.pdfgen.canvas",
    "reportlab.pdfgen.pathobject",
    "reportlab.pdfgen.textobject",
    "reportlab.pdfbase.pdfdoc",
    "reportlab.pdfbase.ttfonts",
    "reportlab.platypus.flowables",
    "reportlab.platypus.tables",
    "reportlab.lib.colors",
)
_NUMBER_MEMORY_LIMIT = 100_000
_reportlab_fp_str: Callable[..., str] = rl_accel.fp_str
_formatted: dict[tuple[Any, ...], str] = {}


def remembered_fp_str(*numbers: Any) -> str:
    """reportlab's ``fp_str``, remembered. Equal numbers format alike whatever their type
    (1, 1.0 and True all give "1"), so the arguments themselves are the key."""
    try:
        return _formatted[numbers]
    except KeyError:
        pass
    except TypeError:  # one list argument (also accepted by fp_str): not hashable
        return _reportlab_fp_str(*numbers)
    text = _reportlab_fp_str(*numbers)
    if len(_formatted) >= _NUMBER_MEMORY_LIMIT:
        _formatted.clear()
    _formatted[numbers] = text
    return text


def remember_number_formatting() -> None:
    """Rebind ``fp_str`` to ``remembered_fp_str`` where reportlab still has its own
    (idempotent; a module someone else has rebound is left alone)."""
    for name in _NUMBER_WRITERS:
        module = import_module(name)
        if getattr(module, "fp_str", None) is _reportlab_fp_str:
            setattr(module, "fp_str", remembered_fp_str)  # noqa: B010 (the module is only known by name)
