"""The page both writers set the agreement on: paper size and margins, in points.

The Word file and the PDF use the same page, the same margins and (see the writers) the
same face and line spacing, so they break pages at nearly the same places and the PDF's
page numbers can stand in the Word file's contents until Word or LibreOffice recomputes
them. ``AgreementDocument.metadata.paper`` names the paper: "A4" (the default) or
"Letter" (United States practice).
"""

from __future__ import annotations

from dataclasses import dataclass

#: One inch, in points; also the margin on every side.
INCH = 72.0
PAPERS = ("A4", "Letter")


@dataclass(frozen=True, slots=True)
class PageSetup:
    """A page and its margins, in points (1/72 inch)."""

    paper: str
    width: float
    height: float
    margin: float = INCH
    #: From the page edge to the header's baseline / the footer's baseline.
    header_distance: float = 35.45
    footer_distance: float = 35.45

    @property
    def text_width(self) -> float:
        return self.width - 2 * self.margin

    @property
    def text_height(self) -> float:
        return self.height - 2 * self.margin


_SETUPS = {
    "A4": PageSetup("A4", 595.2756, 841.8898),
    "Letter": PageSetup("Letter", 612.0, 792.0),
}


def page_setup(paper: str) -> PageSetup:
    """The page for ``paper`` ("A4" or "Letter", any case); ``ValueError`` for another."""
    for name, setup in _SETUPS.items():
        if name.lower() == paper.strip().lower():
            return setup
    raise ValueError(f"unknown paper size {paper!r} (choose from {', '.join(PAPERS)})")


def twips(points: float) -> int:
    """Points as the twentieths of a point WordprocessingML measures in."""
    return round(points * 20)
