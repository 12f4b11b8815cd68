"""Right-to-left phrases (Hebrew, Arabic...) inside a left-to-right agreement.

reportlab draws characters left to right in the order it is given them (its own bidi
support needs the rlbidi extension, which we do not ship). A Hebrew party name would
therefore print mirrored. ``visual_order`` applies the part of the Unicode Bidirectional
Algorithm that matters for an LTR document: each right-to-left run (RTL letters and the
spaces, punctuation and numbers between them) is reversed, numbers inside it keep their
left-to-right digits, and brackets inside it are mirrored. PDF text extractors reorder
RTL runs back, so copying text from the PDF gives the logical order again.

Limits (documented, acceptable for names and phrases): the run is reordered before line
breaking, so an RTL passage longer than one line wraps with its lines in the wrong order;
no explicit embedding controls; Arabic letters are not shaped into joined forms.
"""

from __future__ import annotations

import re
import unicodedata

_RTL_CLASSES = frozenset({"R", "AL"})
_NUMBER_CLASSES = frozenset({"EN", "AN"})
_NUMBER_SEPARATORS = frozenset({"CS", "ES", "ET"})
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
# Fast pre-check: the blocks of the right-to-left scripts.
MAYBE_RTL = re.compile(
    "[\u0590-\u08ff\u200f\u202b\u202e\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def _clusters(text: str) -> list[str]:
    """Each base character with the combining marks after it, so marks stay on their base."""
    clusters: list[str] = []
    for char in text:
        if clusters and unicodedata.category(char) in {"Mn", "Me"}:
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def _direction(cluster: str) -> str:
    """'R' (right-to-left letter), 'L' (left-to-right letter), 'N' (number) or ' ' (neutral)."""
    kind = unicodedata.bidirectional(cluster[0])
    if kind in _RTL_CLASSES:
        return "R"
    if kind == "L":
        return "L"
    if kind in _NUMBER_CLASSES:
        return "N"
    return " "


def _reverse_run(run: list[str], kinds: list[str]) -> list[str]:
    """Reverse an RTL run; digit groups (with their separators) keep reading left to right."""
    groups: list[list[str]] = []
    index = 0
    while index < len(run):
        if kinds[index] == "N":
            end = index + 1
            while end < len(run) and (
                kinds[end] == "N"
                or (
                    end + 1 < len(run)
                    and kinds[end + 1] == "N"
                    and unicodedata.bidirectional(run[end][0]) in _NUMBER_SEPARATORS
                )
            ):
                end += 1
            groups.append(run[index:end])
            index = end
        else:
            groups.append([run[index].translate(_MIRROR)])
            index += 1
    return [cluster for group in reversed(groups) for cluster in group]


def visual_order(text: str) -> str:
    """``text`` (logical order, left-to-right paragraph) in the order to draw it."""
    if not MAYBE_RTL.search(text):
        return text
    clusters = _clusters(text)
    kinds = [_direction(cluster) for cluster in clusters]
    output: list[str] = []
    index = 0
    while index < len(clusters):
        if kinds[index] != "R":
            output.append(clusters[index])
            index += 1
            continue
        # The run ends at the last RTL letter or number reached before a left-to-right letter.
        end = index
        probe = index
        while probe < len(clusters) and kinds[probe] != "L":
            if kinds[probe] in {"R", "N"}:
                end = probe
            probe += 1
        output += _reverse_run(clusters[index : end + 1], kinds[index : end + 1])
        index = end + 1
    return "".join(output)
