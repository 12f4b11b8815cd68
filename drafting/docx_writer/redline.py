"""A redline: the NEW agreement as a Word file whose changes against the OLD one are
real tracked changes (``w:ins`` / ``w:del``), which a lawyer accepts or rejects in Word.

The new agreement is written by the ordinary DOCX writer, so styles, numbering,
cross-reference fields, comments and properties are exactly those of an export. Its
paragraphs are then compared with the old agreement's (rendered by the same body
builder) using the engine of ``drafting.compare``: a changed paragraph has its runs
split at the changed words, inserted words wrapped in ``w:ins`` and the old words put
back as ``w:del`` runs (``w:delText``) with their old formatting; added paragraphs
and table rows are marked inserted, removed ones are put back marked deleted.

A field (a cross-reference, a contents entry) is never split: it is kept or replaced
whole, so accepting or rejecting a change leaves a working field.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.oxml.parser import parse_xml

from drafting.compare import align_paragraphs, diff_words, word_tokens
from drafting.document import AgreementDocument
from drafting.docx_writer import ooxml as x
from drafting.docx_writer.body import render_body
from drafting.docx_writer.package import docx_bytes
from drafting.files import write_bytes_atomically

Element = Any  # an lxml element (python-docx's oxml classes are untyped)

_W = f"{{{x.W_NS}}}"


def _w(tag: str) -> str:
    return f"{_W}{tag}"


# --- reading paragraphs -------------------------------------------------------------------
@dataclass(slots=True)
class _Unit:
    """A piece of a paragraph's text: one text run (split freely), or a whole field
    (``is_field``: never split) made of several runs."""

    text: str
    runs: list[Element]
    is_field: bool = False
    #: The field begins and ends in this paragraph (a contents field spans several).
    whole_field: bool = False

    @property
    def run_properties(self) -> Element | None:
        """The formatting of the unit's (first) text run."""
        for run in self.runs:
            if _run_text(run):
                return run.find(_w("rPr"))
        return None


def _run_text(run: Element) -> str:
    parts: list[str] = []
    for child in run:
        if child.tag == _w("t"):
            parts.append(child.text or "")
        elif child.tag == _w("tab"):
            parts.append("\t")
        elif child.tag == _w("br") and child.get(_w("type"), "textWrapping") == "textWrapping":
            parts.append("\n")
    return "".join(parts)


@dataclass(slots=True)
class _FieldState:
    """Field nesting carried from paragraph to paragraph (a contents field spans many)."""

    depth: int = 0
    in_result: bool = False


def _units(paragraph: Element, state: _FieldState) -> list[_Unit]:
    units: list[_Unit] = []
    current: _Unit | None = _Unit("", [], is_field=True) if state.depth else None
    for run in paragraph.iter(_w("r")):
        char = run.find(_w("fldChar"))
        kind = char.get(_w("fldCharType")) if char is not None else None
        if kind == "begin":
            state.depth += 1
            if state.depth == 1:
                current = _Unit("", [], is_field=True, whole_field=True)
            state.in_result = False
        if current is not None:
            current.runs.append(run)
            if state.in_result and kind is None:
                current.text += _run_text(run)
        else:
            text = _run_text(run)
            if text:
                units.append(_Unit(text, [run]))
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
class _Story:
    """The paragraphs of a body in reading order (table cells included), their text units
    and their text."""

    paragraphs: list[Element]
    units: list[list[_Unit]]
    texts: list[str]

    @classmethod
    def read(cls, body: Element) -> _Story:
        state = _FieldState()
        paragraphs = list(body.iter(_w("p")))
        units = [_units(paragraph, state) for paragraph in paragraphs]
        return cls(paragraphs, units, ["".join(unit.text for unit in each) for each in units])


# --- writing changes ----------------------------------------------------------------------
def _fragments(xml: str) -> list[Element]:
    return list(parse_xml(f"<w:fragment {x.NS_DECLS}>{xml}</w:fragment>"))


def _run(properties: Element | None, text: str, *, deleted: bool = False) -> Element:
    """A run of ``text`` with a copy of ``properties`` (a ``w:rPr``)."""
    run = _fragments(f"<w:r>{x.t(text, deleted=deleted)}</w:r>")[0]
    if properties is not None:
        run.insert(0, copy.deepcopy(properties))
    return run


@dataclass(slots=True)
class _Revisions:
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
        return _fragments(x.revision_mark(kind, self._take_id(), self.author, self.stamp))[0]

    def inserted(self, runs: list[Element]) -> Element:
        wrapper = _fragments(x.ins(self._take_id(), self.author, self.stamp, ""))[0]
        wrapper.extend(runs)
        return wrapper

    def deleted(self, pieces: list[tuple[Element | None, str]]) -> Element:
        """``(run properties, text)`` pieces as one tracked deletion."""
        wrapper = _fragments(x.del_(self._take_id(), self.author, self.stamp, ""))[0]
        wrapper.extend(_run(properties, text, deleted=True) for properties, text in pieces if text)
        return wrapper

    def wrap_inserted(self, run: Element) -> None:
        wrapper = self.inserted([])
        run.addprevious(wrapper)
        wrapper.append(run)


def _mark_paragraph(paragraph: Element, kind: str, revisions: _Revisions) -> None:
    """Track the paragraph mark itself (``w:pPr/w:rPr/w:ins|w:del``)."""
    properties = paragraph.find(_w("pPr"))
    if properties is None:
        properties = _fragments("<w:pPr/>")[0]
        paragraph.insert(0, properties)
    run_properties = properties.find(_w("rPr"))
    if run_properties is None:
        run_properties = _fragments("<w:rPr/>")[0]
        properties.append(run_properties)
    run_properties.insert(0, revisions.mark(kind))


def _insert_unit(unit: _Unit, revisions: _Revisions) -> None:
    for run in unit.runs:
        # The runs of a field that starts or ends in another paragraph stay unmarked, so
        # rejecting this insertion cannot leave half a field behind.
        if unit.whole_field or not unit.is_field or _run_text(run):
            revisions.wrap_inserted(run)


def _mark_inserted_paragraph(paragraph: Element, units: list[_Unit], revisions: _Revisions) -> None:
    _mark_paragraph(paragraph, "ins", revisions)
    for unit in units:
        _insert_unit(unit, revisions)
    _merge_adjacent(paragraph)
    revisions.inserted_paragraphs.add(paragraph)


def _deleted_paragraph(old: Element, units: list[_Unit], revisions: _Revisions) -> Element:
    """A copy of an old paragraph (its style and numbering) holding its text as deleted."""
    paragraph = _fragments("<w:p/>")[0]
    properties = old.find(_w("pPr"))
    if properties is not None:
        paragraph.append(copy.deepcopy(properties))
    _mark_paragraph(paragraph, "del", revisions)
    if any(unit.text for unit in units):
        paragraph.append(revisions.deleted([(unit.run_properties, unit.text) for unit in units]))
    return paragraph


def _tokens(units: list[_Unit]) -> tuple[list[str], list[int]]:
    """The paragraph's words and spaces (a field is one token) and the unit of each."""
    tokens: list[str] = []
    owners: list[int] = []
    for index, unit in enumerate(units):
        pieces = [unit.text] if unit.is_field else word_tokens(unit.text)
        tokens.extend(pieces)
        owners.extend([index] * len(pieces))
    return tokens, owners


def _mark_changed_paragraph(
    paragraph: Element, new_units: list[_Unit], old_units: list[_Unit], revisions: _Revisions
) -> None:
    new_tokens, new_owners = _tokens(new_units)
    old_tokens, old_owners = _tokens(old_units)
    inserted = [False] * len(new_tokens)
    deletions: dict[int, Element] = {}  # new token index -> the deleted runs placed before it
    for change in diff_words(old_tokens, new_tokens):
        if change.equal:
            continue
        inserted[change.new_start : change.new_end] = [True] * (change.new_end - change.new_start)
        pieces: list[tuple[Element | None, str]] = []
        last_owner = -1
        for index in range(change.old_start, change.old_end):
            owner = old_owners[index]
            if owner == last_owner:
                pieces[-1] = (pieces[-1][0], pieces[-1][1] + old_tokens[index])
            else:
                pieces.append((old_units[owner].run_properties, old_tokens[index]))
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
    unit: _Unit,
    indexes: list[int],
    tokens: list[str],
    inserted: list[bool],
    deletions: dict[int, Element],
    revisions: _Revisions,
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
    before: Element, properties: Element | None, stretches: list[tuple[bool, str]], revisions: _Revisions
) -> None:
    for is_inserted, text in stretches:
        run = _run(properties, text)
        before.addprevious(revisions.inserted([run]) if is_inserted else run)


def _merge_adjacent(paragraph: Element) -> None:
    """One ``w:ins`` / ``w:del`` per stretch of changed words, not one per run."""
    for tag in ("ins", "del"):
        for element in list(paragraph.iter(_w(tag))):
            previous = element.getprevious()
            if previous is not None and previous.tag == element.tag and len(element):
                previous.extend(list(element))
                element.getparent().remove(element)


# --- the whole body -------------------------------------------------------------------------
def _ancestor(element: Element, tag: str) -> Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != _w(tag):
        parent = parent.getparent()
    return parent


def _place_deleted(
    old: _Story, deleted: list[int], anchor: Element | None, following: Element | None, revisions: _Revisions
) -> None:
    """Put back the old paragraphs ``deleted`` (indexes into ``old``) between the new
    paragraphs ``anchor`` and ``following``; a whole removed table row comes back as a row."""
    done: set[int] = set()
    cursor = anchor
    for index in deleted:
        if index in done:
            continue
        old_paragraph = old.paragraphs[index]
        old_row = _ancestor(old_paragraph, "tr")
        anchor_row = _ancestor(cursor, "tr") if cursor is not None else None
        if old_row is not None and anchor_row is not None:
            row_paragraphs = [old.paragraphs.index(p) for p in old_row.iter(_w("p"))]
            if set(row_paragraphs) <= set(deleted):
                anchor_row.addnext(_deleted_row(old_row, old, row_paragraphs, revisions))
                cursor = anchor_row.getnext().findall(f".//{_w('p')}")[-1]
                done.update(row_paragraphs)
                continue
        replacement = _deleted_paragraph(old_paragraph, old.units[index], revisions)
        if cursor is not None and (_ancestor(cursor, "tc") is None) == (old_row is None):
            cursor.addnext(replacement)
        elif following is not None:
            following.addprevious(replacement)
        else:
            assert cursor is not None  # a body without paragraphs has nothing deleted
            cursor.addnext(replacement)
        cursor = replacement
        done.add(index)


def _deleted_row(old_row: Element, old: _Story, paragraph_indexes: list[int], revisions: _Revisions) -> Element:
    row = copy.deepcopy(old_row)
    for copied, index in zip(list(row.iter(_w("p"))), paragraph_indexes, strict=True):
        copied.addprevious(_deleted_paragraph(old.paragraphs[index], old.units[index], revisions))
        copied.getparent().remove(copied)
    _mark_row(row, "del", revisions)
    return row


def _mark_row(row: Element, kind: str, revisions: _Revisions) -> None:
    properties = row.find(_w("trPr"))
    if properties is None:
        properties = parse_xml(f"<w:trPr {x.NS_DECLS}/>")
        row.insert(0, properties)
    properties.append(revisions.mark(kind))


def _highest_id(body: Element) -> int:
    ids = [int(value) for element in body.iter() if (value := element.get(_w("id"), "")).isdigit()]
    return max(ids, default=0)


def _track_changes(body: Element, old_body: Element, revisions: _Revisions) -> None:
    new, old = _Story.read(body), _Story.read(old_body)
    pending_deleted: list[int] = []
    previous: Element | None = None
    for i, j in align_paragraphs(old.texts, new.texts):
        if j is None:
            assert i is not None
            pending_deleted.append(i)
            continue
        paragraph = new.paragraphs[j]
        if pending_deleted:
            _place_deleted(old, pending_deleted, previous, paragraph, revisions)
            pending_deleted = []
        if i is None:
            _mark_inserted_paragraph(paragraph, new.units[j], revisions)
        elif old.texts[i] != new.texts[j]:
            _mark_changed_paragraph(paragraph, new.units[j], old.units[i], revisions)
        previous = paragraph
    if pending_deleted:
        _place_deleted(old, pending_deleted, previous, None, revisions)
    for row in body.iter(_w("tr")):
        paragraphs = list(row.iter(_w("p")))
        if paragraphs and all(p in revisions.inserted_paragraphs for p in paragraphs):
            _mark_row(row, "ins", revisions)


def redline_docx_bytes(
    old: AgreementDocument,
    new: AgreementDocument,
    *,
    author: str = "Pactwright",
    date: dt.datetime | None = None,
    comments: bool = True,
) -> bytes:
    """The bytes of the redline (see the module docstring). ``date`` stamps every change
    (default: now); ``comments=False`` leaves the drafting notes out."""
    word = docx.Document(io.BytesIO(docx_bytes(new, comments=comments)))
    body = word.element.body
    old_body = parse_xml(f"<w:body {x.NS_DECLS}>{render_body(old, with_comments=False).body_xml}</w:body>")
    stamp = x.w3cdtf(date or dt.datetime.now(dt.UTC))
    revisions = _Revisions(x.clean_text(author)[:255] or "Pactwright", stamp, _highest_id(body))
    _track_changes(body, old_body, revisions)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def write_redline_docx(
    old: AgreementDocument, new: AgreementDocument, path: Path, *, author: str = "Pactwright"
) -> None:
    """Write the redline of ``new`` against ``old`` to ``path``, atomically."""
    write_bytes_atomically(Path(path), redline_docx_bytes(old, new, author=author))
