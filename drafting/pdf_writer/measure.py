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
- ``Paragraph`` keeps its line breaks while it is asked to wrap at the same width.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph as ReportlabParagraph

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


class Paragraph(ReportlabParagraph):  # type: ignore[misc]
    """reportlab's Paragraph, breaking its lines once per width.

    The kept breaks are reused only while they are still the paragraph's own: ``split``
    deletes ``blPara`` when the paragraph must move on and gives its first half hand-made
    breaks, and either change makes the next ``wrap`` measure again, as reportlab would."""

    _wrapped_width: float | None = None
    _wrapped_lines: Any = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        if availWidth == self._wrapped_width and self.__dict__.get("blPara") is self._wrapped_lines:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        self._wrapped_lines = self.__dict__.get("blPara", _NOT_WRAPPED)
        return size


#: Never anybody's line breaks: a wrap that produced none is not reused.
_NOT_WRAPPED = object()
