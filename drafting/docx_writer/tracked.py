"""Tracked changes inside paragraphs, for the redline (``redline.py``): a paragraph read as
text units (a run, or a whole field that is never split), and the marking of an added,
removed or changed paragraph with ``w:ins`` / ``w:del``.

A changed paragraph has its runs split at the changed words; inserted words are wrapped
in ``w:ins`` and the old words put back before them as ``w:del`` runs (``w:delText``)
with their old formatting. A field (a cross-reference, a contents entry) is kept or
replaced whole: a replaced field comes back as a deleted field (``w:delInstrText``), so
accepting or rejecting every change leaves a working field either way. Fields are
compared by their instruction and result, so an unchanged reference is never marked; a
contents entry is compared with its page number (each version's contents carry that
version's own pages), so rejecting every change gives the old contents exactly.

``Revisions.stamp`` may be changed between paragraphs: each change carries the author
and date of the version that made it (see ``redline``).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from docx.oxml.parser import parse_xml

from drafting.compare import diff_words, word_tokens
from drafting.docx_writer import ooxml as x

Element = Any  # an lxml element (python-docx's oxml classes are untyped)

W_ = f"{{{x.W_NS}}}"


def w(tag: str) -> str:
    return f"{W_}{tag}"


# --- reading paragraphs -------------------------------------------------------------------
@dataclass(slots=True)
class Unit:
    """A piece of a paragraph's text: one text run (split freely), or a whole field
    (``is_field``: never split) made of several runs."""

    text: str
    runs: list[Element]
    is_field: bool = False
    #: The field begins and ends in this paragraph (a contents field spans several).
    whole_field: bool = False
    #: A field's instruction ("REF c_x \w \h") and its own result, without the results
    #: of fields inside it (a contents entry's page number): what comparison looks at.
    instruction: str = ""
    own_result: str = ""

    @property
    def key(self) -> str:
        """What two versions' units are compared by."""
        if not self.is_field:
            return self.text
        if not self.whole_field:
            # A contents entry (inside the contents field that spans many paragraphs):
            # its page number counts, so rejecting every change gives the old pages.
            return self.text
        return f"\ufff0{self.instruction.strip()}\ufff1{self.own_result}" if self.instruction else self.own_result

    @property
    def run_properties(self) -> Element | None:
        """The formatting of the unit's (first) text run."""
        for run in self.runs:
            if _run_text(run):
                return run.find(w("rPr"))
        return None


def _run_text(run: Element) -> str:
    parts: list[str] = []
    for child in run:
        if child.tag == w("t"):
            parts.append(child.text or "")
        elif child.tag == w("tab"):
            parts.append("\t")
        elif child.tag == w("br") and child.get(w("type"), "textWrapping") == "textWrapping":
            parts.append("\n")
    return "".join(parts)


@dataclass(slots=True)
class _FieldState:
    """Field nesting carried from paragraph to paragraph (a contents field spans many)."""

    depth: int = 0
    in_result: bool = False


def _units(paragraph: Element, state: _FieldState) -> list[Unit]:
    units: list[Unit] = []
    current: Unit | None = Unit("", [], is_field=True) if state.depth else None
    for run in paragraph.iter(w("r")):
        char = run.find(w("fldChar"))
        kind = char.get(w("fldCharType")) if char is not None else None
        if kind == "begin":
            state.depth += 1
            if state.depth == 1:
                current = Unit("", [], is_field=True, whole_field=True)
            state.in_result = False
        if current is not None:
            current.runs.append(run)
            if state.in_result and kind is None:
                text = _run_text(run)
                current.text += text
                if state.depth == 1:
                    current.own_result += text
            elif state.depth == 1 and kind is None:
                current.instruction += "".join(node.text or "" for node in run.iter(w("instrText")))
        else:
            text = _run_text(run)
            if text:
                units.append(Unit(text, [run]))
        if kind == "separate":
            state.in_result = True
        elif kind == "end":
            state.depth = max(state.depth - 1, 0)
            if state.depth == 0 and current is not None:
                units.append(current)
                current = None
    if current is not None:  # the field goes on in the next paragraph
        current.whole_field = False
        units.append(current)
    return units


@dataclass(slots=True)
class Story:
    """The paragraphs of a body in reading order (table cells included), their text units
    and their text."""

    paragraphs: list[Element]
    units: list[list[Unit]]
    texts: list[str]

    @classmethod
    def read(cls, body: Element) -> Story:
        state = _FieldState()
        paragraphs = list(body.iter(w("p")))
        units = [_units(paragraph, state) for paragraph in paragraphs]
        return cls(paragraphs, units, ["".join(unit.key for unit in each) for each in units])


# --- writing changes ----------------------------------------------------------------------
def fragments(xml: str) -> list[Element]:
    return list(parse_xml(f"<w:fragment {x.NS_DECLS}>{xml}</w:fragment>"))


def _run(properties: Element | None, text: str, *, deleted: bool = False) -> Element:
    """A run of ``text`` with a copy of ``properties`` (a ``w:rPr``)."""
    run = fragments(f"<w:r>{x.t(text, deleted=deleted)}</w:r>")[0]
    if properties is not None:
        run.insert(0, copy.deepcopy(properties))
    return run


def _deleted_field_runs(unit: Unit) -> list[Element]:
    """Copies of a whole field's runs as deleted content: rejecting the deletion gives
    the field back, not its text."""
    runs = [copy.deepcopy(run) for run in unit.runs]
    for run in runs:
        for node in run.iter(w("t"), w("instrText")):
            node.tag = w("delText") if node.tag == w("t") else w("delInstrText")
    return runs


#: A deleted piece: ``(run properties, text)``, or a whole field kept as a field.
Piece = tuple[Element | None, str] | Unit


@dataclass(slots=True)
class Revisions:
    """Author, date and ids of the tracked changes being written."""

    author: str
    stamp: str
    last_id: int
    inserted_paragraphs: set[Element] = field(default_factory=set)

    def _take_id(self) -> int:
        self.last_id += 1
        return self.last_id

    def mark(self, kind: str) -> Element:
        """An empty ``w:ins`` / ``w:del`` for a paragraph mark or a table row."""
        return fragments(x.revision_mark(kind, self._take_id(), self.author, self.stamp))[0]

    def inserted(self, runs: list[Element]) -> Element:
        wrapper = fragments(x.ins(self._take_id(), self.author, self.stamp, ""))[0]
        wrapper.extend(runs)
        return wrapper

    def deleted(self, pieces: list[Piece]) -> Element:
        """``(run properties, text)`` pieces, or whole fields, as one tracked deletion."""
        wrapper = fragments(x.del_(self._take_id(), self.author, self.stamp, ""))[0]
        for piece in pieces:
            if isinstance(piece, Unit):
                wrapper.extend(_deleted_field_runs(piece))
            elif piece[1]:
                wrapper.append(_run(piece[0], piece[1], deleted=True))
        return wrapper

    def wrap_inserted(self, run: Element) -> None:
        wrapper = self.inserted([])
        run.addprevious(wrapper)
        wrapper.append(run)


def _mark_paragraph(paragraph: Element, kind: str, revisions: Revisions) -> None:
    """Track the paragraph mark itself (``w:pPr/w:rPr/w:ins|w:del``)."""
    properties = paragraph.find(w("pPr"))
    if properties is None:
        properties = fragments("<w:pPr/>")[0]
        paragraph.insert(0, properties)
    run_properties = properties.find(w("rPr"))
    if run_properties is None:
        run_properties = fragments("<w:rPr/>")[0]
        properties.append(run_properties)
    run_properties.insert(0, revisions.mark(kind))


def _insert_unit(unit: Unit, revisions: Revisions) -> None:
    for run in unit.runs:
        # The runs of a field that starts or ends in another paragraph stay unmarked, so
        # rejecting this insertion cannot leave half a field behind.
        if unit.whole_field or not unit.is_field or _run_text(run):
            revisions.wrap_inserted(run)


def mark_inserted_paragraph(paragraph: Element, units: list[Unit], revisions: Revisions) -> None:
    _mark_paragraph(paragraph, "ins", revisions)
    for unit in units:
        _insert_unit(unit, revisions)
    _merge_adjacent(paragraph)
    revisions.inserted_paragraphs.add(paragraph)


def deleted_paragraph(old: Element, units: list[Unit], revisions: Revisions) -> Element:
    """A copy of an old paragraph (its style and numbering) holding its text as deleted."""
    paragraph = fragments("<w:p/>")[0]
    properties = old.find(w("pPr"))
    if properties is not None:
        paragraph.append(copy.deepcopy(properties))
    _mark_paragraph(paragraph, "del", revisions)
    if any(unit.text for unit in units):
        paragraph.append(revisions.deleted([_piece(unit, unit.text) for unit in units]))
    return paragraph


def _piece(unit: Unit, text: str) -> Piece:
    return unit if unit.is_field and unit.whole_field else (unit.run_properties, text)


def _tokens(units: list[Unit]) -> tuple[list[str], list[int]]:
    """The paragraph's words and spaces (a field is one token, compared by its key) and
    the unit of each."""
    tokens: list[str] = []
    owners: list[int] = []
    for index, unit in enumerate(units):
        pieces = [unit.key] if unit.is_field else word_tokens(unit.text)
        tokens.extend(pieces)
        owners.extend([index] * len(pieces))
    return tokens, owners


def mark_changed_paragraph(
    paragraph: Element, new_units: list[Unit], old_units: list[Unit], revisions: Revisions
) -> None:
    new_tokens, new_owners = _tokens(new_units)
    old_tokens, old_owners = _tokens(old_units)
    inserted = [False] * len(new_tokens)
    deletions: dict[int, Element] = {}  # new token index -> the deleted runs placed before it
    for change in diff_words(old_tokens, new_tokens):
        if change.equal:
            continue
        inserted[change.new_start : change.new_end] = [True] * (change.new_end - change.new_start)
        pieces: list[Piece] = []
        last_owner = -1
        for index in range(change.old_start, change.old_end):
            owner = old_owners[index]
            unit = old_units[owner]
            if unit.is_field:
                pieces.append(_piece(unit, unit.text))
            elif owner == last_owner and not isinstance(pieces[-1], Unit):
                pieces[-1] = (pieces[-1][0], pieces[-1][1] + old_tokens[index])
            else:
                pieces.append((unit.run_properties, old_tokens[index]))
            last_owner = owner
        if pieces:
            deletions[change.new_start] = revisions.deleted(pieces)
    by_unit: dict[int, list[int]] = {}
    for index, owner in enumerate(new_owners):
        by_unit.setdefault(owner, []).append(index)
    for unit_index, indexes in by_unit.items():
        if any(inserted[i] or i in deletions for i in indexes):
            _rewrite_unit(new_units[unit_index], indexes, new_tokens, inserted, deletions, revisions)
    tail = deletions.get(len(new_tokens))
    if tail is not None:
        last_run = new_units[-1].runs[-1] if new_units else None
        if last_run is None or last_run.getparent() is None:
            paragraph.append(tail)
        else:
            last_run.addnext(tail)
    _merge_adjacent(paragraph)


def _rewrite_unit(
    unit: Unit,
    indexes: list[int],
    tokens: list[str],
    inserted: list[bool],
    deletions: dict[int, Element],
    revisions: Revisions,
) -> None:
    """Split a unit's run at its changed words (a field is marked whole)."""
    first = unit.runs[0]
    if unit.is_field:
        if indexes[0] in deletions:
            first.addprevious(deletions[indexes[0]])
        if inserted[indexes[0]]:
            _insert_unit(unit, revisions)
        return
    properties = unit.run_properties
    stretches: list[tuple[bool, str]] = []
    for index in indexes:
        if index in deletions:
            if stretches:
                _emit_stretches(first, properties, stretches, revisions)
                stretches = []
            first.addprevious(deletions[index])
        if stretches and stretches[-1][0] == inserted[index]:
            stretches[-1] = (inserted[index], stretches[-1][1] + tokens[index])
        else:
            stretches.append((inserted[index], tokens[index]))
    _emit_stretches(first, properties, stretches, revisions)
    first.getparent().remove(first)


def _emit_stretches(
    before: Element, properties: Element | None, stretches: list[tuple[bool, str]], revisions: Revisions
) -> None:
    for is_inserted, text in stretches:
        run = _run(properties, text)
        before.addprevious(revisions.inserted([run]) if is_inserted else run)


def _merge_adjacent(paragraph: Element) -> None:
    """One ``w:ins`` / ``w:del`` per stretch of changed words, not one per run."""
    for tag in ("ins", "del"):
        for element in list(paragraph.iter(w(tag))):
            previous = element.getprevious()
            if previous is not None and previous.tag == element.tag and len(element):
                previous.extend(list(element))
                element.getparent().remove(element)
