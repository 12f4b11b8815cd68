"""Text compare: paragraphs aligned with difflib, then the words of each changed
paragraph, as a lawyer's redline does. ``align_paragraphs`` and ``diff_words`` are also
the engine of the redline DOCX (``drafting.docx_writer.redline``)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from drafting.document import AgreementDocument, body_text_lines, inline_text

_WORD_OR_SPACE = re.compile(r"\s+|\S+")
#: Below this similarity (share of words alike) two paragraphs are one removed and one added.
PAIRING_CUTOFF = 0.5
#: Larger blocks of changed paragraphs are paired in order (keeps the cost bounded).
PAIRING_LIMIT = 2_500


def word_tokens(text: str) -> list[str]:
    """Words and the spaces between them; joined, they give ``text`` back."""
    return _WORD_OR_SPACE.findall(text)


@dataclass(frozen=True, slots=True)
class WordChange:
    """``old[old_start:old_end]`` is kept (``equal``) or replaced by ``new[new_start:new_end]``
    (either side may be empty: a pure deletion or insertion)."""

    equal: bool
    old_start: int
    old_end: int
    new_start: int
    new_end: int


def diff_words(old: Sequence[str], new: Sequence[str]) -> list[WordChange]:
    """Word-level changes between two token lists. A space kept between two changes is
    folded into them, so "thirty (30)" -> "sixty (60)" reads as one replacement."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    opcodes = matcher.get_opcodes()
    merged: list[WordChange] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        equal = tag == "equal"
        if equal and 0 < index < len(opcodes) - 1 and all(not token.strip() for token in old[i1:i2]):
            equal = False  # a lone space between two changes
        if merged and not equal and not merged[-1].equal:
            last = merged.pop()
            merged.append(WordChange(False, last.old_start, i2, last.new_start, j2))
        else:
            merged.append(WordChange(equal, i1, i2, j1, j2))
    return merged


#: Entries of at most this many words (table cells, amounts) are compared in place.
SHORT_ENTRY_WORDS = 4


def _similarities(old: list[list[str]], new: list[list[str]]) -> list[list[float]]:
    """How alike each old paragraph's words are to each new one's (0 to 1). The cheap
    upper bounds come first, and each new paragraph is indexed once."""
    scores = [[0.0] * len(new) for _ in old]
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    for j, new_words in enumerate(new):
        matcher.set_seq2(new_words)
        for i, old_words in enumerate(old):
            matcher.set_seq1(old_words)
            if matcher.real_quick_ratio() >= PAIRING_CUTOFF and matcher.quick_ratio() >= PAIRING_CUTOFF:
                scores[i][j] = matcher.ratio()
    return scores


def align_paragraphs(old: Sequence[str], new: Sequence[str]) -> list[tuple[int | None, int | None]]:
    """Paragraph pairs in reading order: ``(i, j)`` for a kept or changed paragraph,
    ``(i, None)`` for a removed one and ``(None, j)`` for an added one."""
    pairs: list[tuple[int | None, int | None]] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs.extend(zip(range(i1, i2), range(j1, j2), strict=True))
        elif (i2 - i1) * (j2 - j1) > PAIRING_LIMIT:
            # Too many to weigh every pair: pair in order, where alike.
            for k in range(min(i2 - i1, j2 - j1)):
                alike = _similarities([old[i1 + k].split()], [new[j1 + k].split()])[0][0] >= PAIRING_CUTOFF
                pairs.extend([(i1 + k, j1 + k)] if alike else [(i1 + k, None), (None, j1 + k)])
            paired = min(i2 - i1, j2 - j1)
            pairs.extend((i, None) for i in range(i1 + paired, i2))
            pairs.extend((None, j) for j in range(j1 + paired, j2))
        else:
            old_words = [old[i].split() for i in range(i1, i2)]
            new_words = [new[j].split() for j in range(j1, j2)]
            if len(old_words) == len(new_words) and all(len(w) <= SHORT_ENTRY_WORDS for w in old_words + new_words):
                # As many short entries went as came, in the same place: table cells
                # rewritten ("70%" -> "60%"), not one removed and another added.
                pairs.extend(zip(range(i1, i2), range(j1, j2), strict=True))
                continue
            _pair_block(_similarities(old_words, new_words), i1, j1, 0, i2 - i1, 0, j2 - j1, pairs)
    return pairs


def _pair_block(
    scores: list[list[float]],
    i_base: int,
    j_base: int,
    i1: int,
    i2: int,
    j1: int,
    j2: int,
    pairs: list[tuple[int | None, int | None]],
) -> None:
    """Pair the most similar paragraphs of a changed block (as ``difflib.Differ`` does),
    then the parts before and after that pair; unpaired ones are removed / added.
    ``scores`` holds the similarity of every pair of the block, computed once."""
    best, best_i, best_j = PAIRING_CUTOFF - 1e-9, -1, -1  # half the words alike is enough
    for i in range(i1, i2):
        row = scores[i]
        for j in range(j1, j2):
            if row[j] > best:
                best, best_i, best_j = row[j], i, j
    if best_i < 0:
        pairs.extend((i_base + i, None) for i in range(i1, i2))
        pairs.extend((None, j_base + j) for j in range(j1, j2))
        return
    _pair_block(scores, i_base, j_base, i1, best_i, j1, best_j, pairs)
    pairs.append((i_base + best_i, j_base + best_j))
    _pair_block(scores, i_base, j_base, best_i + 1, i2, best_j + 1, j2, pairs)


# --- text: the agreement ------------------------------------------------------------------
class SegmentKind(StrEnum):
    EQUAL = "equal"
    INSERTED = "inserted"
    DELETED = "deleted"


class ParagraphChange(StrEnum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    INSERTED = "inserted"
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class DiffSegment:
    kind: SegmentKind
    text: str


@dataclass(frozen=True, slots=True)
class DiffParagraph:
    """One paragraph of the compared text: its segments, in reading order."""

    change: ParagraphChange
    segments: tuple[DiffSegment, ...]

    @property
    def old_text(self) -> str:
        return "".join(s.text for s in self.segments if s.kind is not SegmentKind.INSERTED)

    @property
    def new_text(self) -> str:
        return "".join(s.text for s in self.segments if s.kind is not SegmentKind.DELETED)


@dataclass(frozen=True, slots=True)
class AgreementDiff:
    """The text of two versions of an agreement, compared."""

    title: str
    old_version: str
    new_version: str
    paragraphs: tuple[DiffParagraph, ...]

    @property
    def changed_paragraphs(self) -> tuple[DiffParagraph, ...]:
        return tuple(p for p in self.paragraphs if p.change is not ParagraphChange.UNCHANGED)

    @property
    def has_changes(self) -> bool:
        return any(p.change is not ParagraphChange.UNCHANGED for p in self.paragraphs)

    def word_count(self, kind: SegmentKind) -> int:
        """How many words were inserted (or deleted, or kept)."""
        return sum(len(s.text.split()) for p in self.paragraphs for s in p.segments if s.kind is kind)


def agreement_lines(document: AgreementDocument) -> list[str]:
    """The compared text, one entry per paragraph: the title, the parties, the recitals,
    the operative text and schedules (``body_text_lines``), then who signs."""
    lines = [document.cover.title] if document.cover.title else []
    lines += [
        f"{party.legal_name}, {party.description} (\u201c{party.short_name}\u201d)"
        if party.description
        else f"{party.legal_name} (\u201c{party.short_name}\u201d)"
        for party in document.parties
    ]
    lines += [f"({recital.letter}) {inline_text(recital.content)}" for recital in document.recitals]
    lines += body_text_lines(document)
    for block in document.signatures:
        lines.append(f"{block.party_legal_name}: {block.signatory_name}, {block.signatory_title}")
    return lines


def _word_segments(old_text: str, new_text: str) -> tuple[DiffSegment, ...]:
    old, new = word_tokens(old_text), word_tokens(new_text)
    segments: list[DiffSegment] = []

    def add(kind: SegmentKind, text: str) -> None:
        if not text:
            return
        if segments and segments[-1].kind is kind:
            segments[-1] = DiffSegment(kind, segments[-1].text + text)
        else:
            segments.append(DiffSegment(kind, text))

    for change in diff_words(old, new):
        if change.equal:
            add(SegmentKind.EQUAL, "".join(new[change.new_start : change.new_end]))
        else:
            add(SegmentKind.DELETED, "".join(old[change.old_start : change.old_end]))
            add(SegmentKind.INSERTED, "".join(new[change.new_start : change.new_end]))
    return tuple(segments)


def compare_agreements(old: AgreementDocument, new: AgreementDocument) -> AgreementDiff:
    """The agreement text of ``new`` against ``old``, paragraph by paragraph and, within a
    changed paragraph, word by word."""
    old_lines, new_lines = agreement_lines(old), agreement_lines(new)
    paragraphs: list[DiffParagraph] = []
    for i, j in align_paragraphs(old_lines, new_lines):
        if i is None and j is not None:
            paragraphs.append(
                DiffParagraph(ParagraphChange.INSERTED, (DiffSegment(SegmentKind.INSERTED, new_lines[j]),))
            )
        elif j is None and i is not None:
            paragraphs.append(DiffParagraph(ParagraphChange.DELETED, (DiffSegment(SegmentKind.DELETED, old_lines[i]),)))
        elif i is not None and j is not None:
            if old_lines[i] == new_lines[j]:
                paragraphs.append(
                    DiffParagraph(ParagraphChange.UNCHANGED, (DiffSegment(SegmentKind.EQUAL, new_lines[j]),))
                )
            else:
                paragraphs.append(DiffParagraph(ParagraphChange.CHANGED, _word_segments(old_lines[i], new_lines[j])))
    return AgreementDiff(new.metadata.title, old.metadata.version, new.metadata.version, tuple(paragraphs))
