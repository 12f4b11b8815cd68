"""Right-to-left names and passages (Arabic, Hebrew...) inside a left-to-right agreement,
ordered and shaped by well-kept libraries rather than by our own partial algorithm.

reportlab draws characters left to right in the order it is given them, and its own
bidi support needs the ``rlbidi`` extension, which we do not ship. So:

- **Shaping** (``shape``): Arabic letters take their joined forms (initial, medial,
  final, lam-alef ligatures) from ``arabic-reshaper``, on the text in logical order,
  before the line is measured: the widths reportlab breaks lines by are the joined
  glyphs' own. The forms are Unicode presentation forms, which the fallback face
  (DejaVu Sans) has; PDF text extractors fold them back to the letters (NFKC).
- **Ordering** (``visual_pieces``): lines are broken in logical order, as for any text;
  each line is then put in display order by the Unicode Bidirectional Algorithm of
  ``python-bidi`` (its pure-Python implementation, whose steps keep each character's
  origin, so each character keeps its font and link). A passage longer than one line
  therefore wraps with its first words on the first line, read right to left, as a
  reader of Arabic or Hebrew expects. Brackets inside a right-to-left run are mirrored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, TypeVar

import arabic_reshaper  # type: ignore[import-untyped]
from bidi import algorithm as _uba  # type: ignore[import-untyped]

# Fast pre-check: the blocks of the right-to-left scripts.
MAYBE_RTL = re.compile(
    "[\u0590-\u08ff\u200f\u202b\u202e\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
# Keep the vowel marks (harakat) a name is written with; the reshaper drops them by default.
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})

T = TypeVar("T")


def shape(text: str) -> str:
    """``text`` (logical order) with its Arabic letters in their joined forms."""
    if not _ARABIC.search(text):
        return text
    shaped: str = _RESHAPER.reshape(text)
    return shaped


def _display_order(text: str) -> list[tuple[int, str]]:
    """Each character of one line (left-to-right paragraph) in display order, with the
    index it had in ``text`` (mirrored brackets come back mirrored)."""
    storage: dict[str, Any] = _uba.get_empty_storage()
    storage["base_level"] = 0
    storage["base_dir"] = "L"
    # The steps of python-bidi's ``algorithm.get_display``, one by one, so that each
    # character can carry its index through the reordering.
    _uba.get_embedding_levels(text, storage, False, False)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    _uba.explicit_embed_and_overrides(storage, False)
    _uba.resolve_weak_types(storage, False)
    _uba.resolve_neutral_types(storage, False)
    _uba.resolve_implicit_levels(storage, False)
    _uba.reorder_resolved_levels(storage, False)
    _uba.apply_mirroring(storage, False)
    return [(char["index"], char["ch"]) for char in storage["chars"]]


def visual_order(text: str) -> str:
    """One line of ``text`` in the order to draw it."""
    if not MAYBE_RTL.search(text):
        return text
    return "".join(char for _, char in _display_order(text))


def visual_pieces(pieces: Sequence[tuple[str, T]]) -> list[tuple[str, T]]:
    """One line made of ``(text, owner)`` pieces in logical order, in display order: the
    characters reordered across pieces, and regrouped into pieces of one owner each (an
    owner is the fragment a character came from: its font, its link)."""
    text = "".join(piece for piece, _ in pieces)
    if not MAYBE_RTL.search(text):
        return list(pieces)
    owners: list[int] = []
    for number, (piece, _) in enumerate(pieces):
        owners.extend([number] * len(piece))
    result: list[tuple[str, T]] = []
    current_owner = -1
    for index, char in _display_order(text):
        owner = owners[index]
        if owner == current_owner:
            result[-1] = (result[-1][0] + char, result[-1][1])
        else:
            result.append((char, pieces[owner][1]))
            current_owner = owner
    return result
