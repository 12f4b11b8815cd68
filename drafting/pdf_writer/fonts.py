"""The fonts the PDF is set in, and the one place user text becomes reportlab markup.

The body face is Liberation Serif (four styles), metric-compatible with Times New Roman,
the face the Word export names: the PDF, Word (Times New Roman) and LibreOffice (which
substitutes Liberation Serif) set every line with the same widths, so they paginate
alike. DejaVu Sans is the fallback for characters the serif lacks (Arabic, Armenian,
Georgian, many symbols). Both ship in ``fonts/`` with their licence, so a PDF looks the
same on every machine.

The rule for a character no shipped font has (emoji, CJK, ...): invisible format
characters (joiners, variation selectors, skin-tone modifiers, bidi controls) are dropped;
every other such character prints as U+FFFD REPLACEMENT CHARACTER, the Unicode sign for
"this character cannot be shown", so nothing silently disappears and no empty box is
drawn. ``printable_text`` applies the same rule to plain text, so callers (and tests)
know exactly what the PDF says. Control characters are removed, tabs become spaces and
line breaks become ``<br/>``. Text is NFC-normalised, and Arabic letters take their
joined forms; right-to-left runs are put in display order line by line (see ``bidi``).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics

from drafting.pdf_writer.bidi import MAYBE_RTL as _MAYBE_RTL
from drafting.pdf_writer.bidi import shape
from drafting.pdf_writer.measure import MeasuredTTFont, remember_number_formatting

FONT_DIR = Path(__file__).resolve().parent / "fonts"

SERIF = "PactSerif"
SERIF_BOLD = "PactSerif-Bold"
SERIF_ITALIC = "PactSerif-Italic"
SERIF_BOLD_ITALIC = "PactSerif-BoldItalic"
SANS = "PactSans"
SANS_BOLD = "PactSans-Bold"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
}

REPLACEMENT = "\ufffd"
# Control characters (tab and line breaks are handled separately), DEL, C1 controls,
# lone surrogates and the two non-characters that break XML-based markup.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAK = re.compile("\r\n|[\r\n\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class _Face:
    """A primary font and the fallback used for characters it lacks."""

    primary: str
    fallback: str
    primary_chars: frozenset[int]
    fallback_chars: frozenset[int]


_lock = threading.Lock()
_faces: dict[tuple[bool, bool], _Face] = {}


def register_fonts() -> None:
    """Register the shipped fonts with reportlab once per process (thread-safe)."""
    if _faces:
        return
    with _lock:
        if _faces:
            return
        remember_number_formatting()
        coverage: dict[str, frozenset[int]] = {}
        for name, file_name in _FILES.items():
            font = MeasuredTTFont(name, str(FONT_DIR / file_name))
            pdfmetrics.registerFont(font)
            coverage[name] = frozenset(font.face.charToGlyph)
        # Without the family mapping, <b> inside a paragraph silently prints regular.
        pdfmetrics.registerFontFamily(
            SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC, boldItalic=SERIF_BOLD_ITALIC
        )
        # The fallback has no italic: slanted Hebrew or Arabic would be wrong anyway.
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
        styles = {
            (False, False): SERIF,
            (True, False): SERIF_BOLD,
            (False, True): SERIF_ITALIC,
            (True, True): SERIF_BOLD_ITALIC,
        }
        for (bold, italic), primary in styles.items():
            fallback = SANS_BOLD if bold else SANS
            _faces[(bold, italic)] = _Face(primary, fallback, coverage[primary], coverage[fallback])


def _face(bold: bool, italic: bool) -> _Face:
    register_fonts()
    return _faces[(bold, italic)]


def _is_invisible(char: str) -> bool:
    """Format characters, combining marks and emoji modifiers: they have no glyph of
    their own, so dropping one that no font has changes nothing a reader sees."""
    category = unicodedata.category(char)
    return category in {"Cf", "Mn", "Me"} or "\U0001f3fb" <= char <= "\U0001f3ff"


def _clean(text: str) -> str:
    # NFC first: reportlab places no combining marks, so "e" + U+0302 + U+0303 would print
    # badly where the precomposed Vietnamese letter prints well.
    return _CONTROL.sub("", unicodedata.normalize("NFC", text.replace("\t", " ")))


def _runs(text: str, face: _Face) -> list[tuple[bool, str]]:
    """Split cleaned text into (uses_fallback, text) runs, applying the missing-glyph rule."""
    runs: list[tuple[bool, str]] = []
    current: list[str] = []
    current_fallback = False
    for char in text:
        code = ord(char)
        if code in face.primary_chars or char == "\n":
            use_fallback = False
        elif code in face.fallback_chars:
            use_fallback = True
        elif _is_invisible(char):
            continue
        else:
            # The replacement sign in whichever face has it (Liberation Serif has not).
            char, use_fallback = REPLACEMENT, ord(REPLACEMENT) not in face.primary_chars
        if use_fallback != current_fallback and current:
            runs.append((current_fallback, "".join(current)))
            current = []
        current_fallback = use_fallback
        current.append(char)
    if current:
        runs.append((current_fallback, "".join(current)))
    return runs


def _needs_work(text: str, face: _Face) -> bool:
    if text.isascii():
        return False
    chars = face.primary_chars
    return any(ord(char) not in chars for char in text)


def markup(text: str, bold: bool = False, italic: bool = False) -> str:
    """User text as safe reportlab paragraph markup: escaped, cleaned, with per-character
    font fallback. ``bold``/``italic`` name the style the text will be set in, so that
    coverage is checked against the font actually used."""
    text = _LINE_BREAK.sub("\n", _clean(text))
    face = _face(bold, italic)
    if not _needs_work(text, face):
        return escape(text).replace("\n", "<br/>")
    # Logical order, Arabic letters joined; each line is put in display order once the
    # paragraph is broken into lines (``measure.Paragraph``).
    text = shape(text)
    parts: list[str] = []
    for use_fallback, run in _runs(text, face):
        escaped = escape(run).replace("\n", "<br/>")
        parts.append(f'<font name="{SANS}">{escaped}</font>' if use_fallback else escaped)
    return "".join(parts)


@lru_cache(maxsize=4096)
def printable_text(text: str, bold: bool = False, italic: bool = False) -> str:
    """The text the PDF actually prints for ``text`` (line breaks kept as "\\n")."""
    text = _LINE_BREAK.sub("\n", _clean(text))
    face = _face(bold, italic)
    if not _needs_work(text, face):
        return text
    return "".join(run for _, run in _runs(text, face))


def plain_text(text: str, limit: int | None = None) -> str:
    """Text for places that take no markup (outline titles, metadata, canvas strings):
    one line, control characters removed, optionally shortened with an ellipsis."""
    one_line = " ".join(_LINE_BREAK.sub(" ", _clean(text)).split())
    if limit is not None and len(one_line) > limit:
        return one_line[: limit - 1].rstrip() + "\u2026"
    return one_line


def single_font_text(text: str, bold: bool = False) -> str | None:
    """The cleaned text when it is one line the serif can set alone (no fallback font, no
    replacement, no right-to-left run), else None: such text may skip paragraph markup."""
    if _LINE_BREAK.search(text):
        return None
    cleaned = _clean(text)
    face = _face(bold, False)
    if _needs_work(cleaned, face) or _MAYBE_RTL.search(cleaned):
        return None
    return cleaned
