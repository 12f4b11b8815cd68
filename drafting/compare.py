"""Version compare: what changed between two versions of an agreement.

Two views of the same change, for two readers:

- ``compare_terms(old, new)`` lists the changed terms, field by field, with the field
  path the validation messages use ("parties[1].legal_name: Beta GmbH -> Beta AG").
- ``compare_agreements(old, new)`` compares the agreement text itself: paragraphs are
  aligned with difflib, then each changed paragraph is compared word by word, as a
  lawyer's redline does. ``diff_html`` shows the result as a page (for the app and for
  ``drafts compare --html``); ``drafting.docx_writer.write_redline_docx`` writes it as
  Word tracked changes.

``align_paragraphs`` and ``diff_words`` are the shared engine of both text views.
"""

from __future__ import annotations

import datetime as dt
import difflib
import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum, StrEnum

from pydantic import BaseModel

from drafting.document import AgreementDocument, body_text_lines, inline_text
from drafting.terms import AgreementTerms
from drafting.validation import format_path

NONE_TEXT = "(none)"
EMPTY_TEXT = "(empty)"


# --- terms --------------------------------------------------------------------------------
class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True, slots=True)
class TermsChange:
    """One changed field. ``before`` / ``after`` are plain words ("(none)" where there was
    no value); ``path`` is written like the validation messages' paths."""

    path: str
    before: str
    after: str
    kind: ChangeKind

    def __str__(self) -> str:
        return f"{self.path}: {self.before} -> {self.after}"


def plain_value(value: object) -> str:
    """A field value as a person reads it: enums by value, decimals as written, ISO dates."""
    if value is None:
        return NONE_TEXT
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):  # datetimes too
        return value.isoformat()
    if isinstance(value, str):
        return value if value else EMPTY_TEXT
    return str(value)


def compare_terms(old: AgreementTerms, new: AgreementTerms) -> tuple[TermsChange, ...]:
    """Every field that differs, in the order of the model. Lists are compared entry by
    entry: a list that grew shows the new entries' fields as added, one that shrank the
    dropped entries' fields as removed; a section that appears or disappears likewise."""
    changes: list[TermsChange] = []
    _walk(old, new, (), changes)
    return tuple(changes)


Location = tuple[str | int, ...]


def _is_structure(value: object) -> bool:
    return isinstance(value, BaseModel | tuple | Mapping)


def _walk(old: object, new: object, loc: Location, out: list[TermsChange]) -> None:
    if old is new or (type(old) is type(new) and old == new):
        return
    if isinstance(old, BaseModel) and isinstance(new, BaseModel) and type(old) is type(new):
        for name in type(new).model_fields:
            _walk(getattr(old, name), getattr(new, name), (*loc, name), out)
    elif isinstance(old, tuple) and isinstance(new, tuple):
        for index in range(max(len(old), len(new))):
            if index >= len(old):
                _leaves(new[index], (*loc, index), ChangeKind.ADDED, out)
            elif index >= len(new):
                _leaves(old[index], (*loc, index), ChangeKind.REMOVED, out)
            else:
                _walk(old[index], new[index], (*loc, index), out)
    elif isinstance(old, Mapping) and isinstance(new, Mapping):
        for key in dict.fromkeys([*old, *new]):
            if key not in old:
                _leaves(new[key], (*loc, str(key)), ChangeKind.ADDED, out)
            elif key not in new:
                _leaves(old[key], (*loc, str(key)), ChangeKind.REMOVED, out)
            else:
                _walk(old[key], new[key], (*loc, str(key)), out)
    elif _is_structure(old) or _is_structure(new):
        # A section that appears, disappears or changes type: show what it holds.
        _leaves(old, loc, ChangeKind.REMOVED, out)
        _leaves(new, loc, ChangeKind.ADDED, out)
    elif old != new:
        kind = ChangeKind.ADDED if old is None else ChangeKind.REMOVED if new is None else ChangeKind.CHANGED
        out.append(TermsChange(format_path(loc), plain_value(old), plain_value(new), kind))


def _leaves(value: object, loc: Location, kind: ChangeKind, out: list[TermsChange]) -> None:
    """Each filled-in field of ``value`` as added (or removed); an entry with nothing
    filled in still shows as one line, so a longer list never looks unchanged."""
    if value is None:
        return
    start = len(out)
    _collect_leaves(value, loc, kind, out)
    if len(out) == start:
        shown = EMPTY_TEXT if _is_structure(value) else plain_value(value)
        before, after = (NONE_TEXT, shown) if kind is ChangeKind.ADDED else (shown, NONE_TEXT)
        out.append(TermsChange(format_path(loc), before, after, kind))


def _collect_leaves(value: object, loc: Location, kind: ChangeKind, out: list[TermsChange]) -> None:
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            _collect_leaves(getattr(value, name), (*loc, name), kind, out)
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            _collect_leaves(item, (*loc, index), kind, out)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            _collect_leaves(item, (*loc, str(key)), kind, out)
    elif value is not None and value != "":
        shown = plain_value(value)
        before, after = (NONE_TEXT, shown) if kind is ChangeKind.ADDED else (shown, NONE_TEXT)
        out.append(TermsChange(format_path(loc), before, after, kind))


# --- text: the shared engine --------------------------------------------------------------
_WORD_OR_SPACE = re.compile(r"\s+|\S+")
#: Below this similarity two paragraphs are shown as one removed and one added.
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


def _similarity(old: list[str], new: list[str]) -> float:
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    if matcher.real_quick_ratio() < PAIRING_CUTOFF or matcher.quick_ratio() < PAIRING_CUTOFF:
        return 0.0
    return matcher.ratio()


def align_paragraphs(old: Sequence[str], new: Sequence[str]) -> list[tuple[int | None, int | None]]:
    """Paragraph pairs in reading order: ``(i, j)`` for a kept or changed paragraph,
    ``(i, None)`` for a removed one and ``(None, j)`` for an added one."""
    pairs: list[tuple[int | None, int | None]] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs.extend(zip(range(i1, i2), range(j1, j2), strict=True))
        else:
            _pair_block(old, new, i1, i2, j1, j2, pairs)
    return pairs


def _pair_block(
    old: Sequence[str],
    new: Sequence[str],
    i1: int,
    i2: int,
    j1: int,
    j2: int,
    pairs: list[tuple[int | None, int | None]],
) -> None:
    """Pair the most similar paragraphs of a changed block (as ``difflib.Differ`` does),
    then the parts before and after that pair; unpaired ones are removed / added."""
    too_big = (i2 - i1) * (j2 - j1) > PAIRING_LIMIT
    if i1 == i2 or j1 == j2 or too_big:
        paired = min(i2 - i1, j2 - j1) if too_big else 0
        pairs.extend(zip(range(i1, i1 + paired), range(j1, j1 + paired), strict=True))
        pairs.extend((i, None) for i in range(i1 + paired, i2))
        pairs.extend((None, j) for j in range(j1 + paired, j2))
        return
    new_tokens = [word_tokens(new[j]) for j in range(j1, j2)]
    best, best_i, best_j = PAIRING_CUTOFF, -1, -1
    for i in range(i1, i2):
        old_tokens = word_tokens(old[i])
        for j in range(j1, j2):
            score = _similarity(old_tokens, new_tokens[j - j1])
            if score > best:
                best, best_i, best_j = score, i, j
    if best_i < 0:
        pairs.extend((i, None) for i in range(i1, i2))
        pairs.extend((None, j) for j in range(j1, j2))
        return
    _pair_block(old, new, i1, best_i, j1, best_j, pairs)
    pairs.append((best_i, best_j))
    _pair_block(old, new, best_i + 1, i2, best_j + 1, j2, pairs)


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
    """The compared text, one entry per paragraph: the parties, the recitals, the
    operative text and schedules (``body_text_lines``), then who signs."""
    lines = [
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


# --- HTML ---------------------------------------------------------------------------------
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

# Only what Qt's rich text understands: type and class selectors, colours, line-through.
_CSS = """
body{font-family:Georgia,"DejaVu Serif",serif;color:#1a1a1a;line-height:1.45}
h1{font-size:1.3em}
p{margin:.45em 0}
p.summary{color:#444;font-family:sans-serif}
p.unchanged{color:#555}
ins{background-color:#d7f5dc;color:#0b4f1c;text-decoration:underline}
del{background-color:#fbdada;color:#7a1010;text-decoration:line-through}
"""


def _escaped(text: str) -> str:
    return html.escape(_NOT_TEXT.sub("", text), quote=True).replace("\n", "<br/>").replace("\t", " ")


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def diff_summary(diff: AgreementDiff) -> str:
    """One sentence: how many paragraphs changed, were added and removed."""
    if not diff.has_changes:
        return "The text is the same in both versions."
    counts = {change: 0 for change in ParagraphChange}
    for paragraph in diff.paragraphs:
        counts[paragraph.change] += 1
    return (
        f"{_counted(counts[ParagraphChange.CHANGED], 'paragraph')} changed, "
        f"{counts[ParagraphChange.INSERTED]} added, {counts[ParagraphChange.DELETED]} removed "
        f"({_counted(diff.word_count(SegmentKind.INSERTED), 'word')} inserted, "
        f"{diff.word_count(SegmentKind.DELETED)} deleted)."
    )


def diff_html(diff: AgreementDiff) -> str:
    """A standalone page of the compared text: inserted words in ``<ins>``, deleted words
    in ``<del>``. Each changed paragraph starts with an anchor ``change-N`` (1-based), so
    a viewer can step from change to change."""
    title = f"{diff.title or 'Agreement'}: version {diff.old_version} compared with version {diff.new_version}"
    out = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        f"<title>{_escaped(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_escaped(title)}</h1>",
        f'<p class="summary">{_escaped(diff_summary(diff))}</p>',
    ]
    change_number = 0
    for paragraph in diff.paragraphs:
        if paragraph.change is ParagraphChange.UNCHANGED:
            out.append(f'<p class="unchanged">{_escaped(paragraph.new_text)}</p>')
            continue
        change_number += 1
        pieces = [f'<p class="{paragraph.change.value}"><a name="change-{change_number}"></a>']
        for segment in paragraph.segments:
            text = _escaped(segment.text)
            if segment.kind is SegmentKind.INSERTED:
                pieces.append(f"<ins>{text}</ins>")
            elif segment.kind is SegmentKind.DELETED:
                pieces.append(f"<del>{text}</del>")
            else:
                pieces.append(text)
        out.append("".join(pieces) + "</p>")
    out.append("</body></html>")
    return "\n".join(out)
