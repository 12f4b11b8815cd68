"""A redline: the NEW agreement as a Word file whose changes against the OLD one are
real tracked changes (``w:ins`` / ``w:del``), which a lawyer accepts or rejects in Word.

The new agreement is written by the ordinary DOCX writer, so styles, numbering,
cross-reference fields, comments and properties are exactly those of an export. Its
paragraphs (table cells included) are then aligned with the old agreement's, rendered
by the same body builder, using the engine of ``drafting.compare``; ``tracked.py``
marks each added, removed or changed paragraph. A removed paragraph comes back, marked
deleted, where it stood; a removed table row comes back as a deleted row.

Who made a change and when: given the versions between the two (``history``), each
changed paragraph carries the author and date of the first version in which it read as
it does now (a removed one: the first version without it). Without a history, every
change carries ``author`` and ``date``.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.oxml.parser import parse_xml

from drafting.compare import align_paragraphs
from drafting.document import AgreementDocument
from drafting.docx_writer import ooxml as x
from drafting.docx_writer.body import render_body
from drafting.docx_writer.package import docx_bytes, heading_pages, package_bytes
from drafting.docx_writer.tracked import (
    Element,
    Revisions,
    Story,
    deleted_paragraph,
    mark_changed_paragraph,
    mark_inserted_paragraph,
    w,
)
from drafting.files import write_bytes_atomically


def _ancestor(element: Element, tag: str) -> Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != w(tag):
        parent = parent.getparent()
    return parent


def _place_deleted(
    old: Story, deleted: list[int], anchor: Element | None, following: Element | None, revisions: Revisions
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
            row_paragraphs = [old.paragraphs.index(p) for p in old_row.iter(w("p"))]
            if set(row_paragraphs) <= set(deleted):
                anchor_row.addnext(_deleted_row(old_row, old, row_paragraphs, revisions))
                cursor = anchor_row.getnext().findall(f".//{w('p')}")[-1]
                done.update(row_paragraphs)
                continue
        replacement = deleted_paragraph(old_paragraph, old.units[index], revisions)
        if cursor is not None and (_ancestor(cursor, "tc") is None) == (old_row is None):
            cursor.addnext(replacement)
        elif following is not None:
            following.addprevious(replacement)
        else:
            assert cursor is not None  # a body without paragraphs has nothing deleted
            cursor.addnext(replacement)
        cursor = replacement
        done.add(index)


def _deleted_row(old_row: Element, old: Story, paragraph_indexes: list[int], revisions: Revisions) -> Element:
    row = copy.deepcopy(old_row)
    for copied, index in zip(list(row.iter(w("p"))), paragraph_indexes, strict=True):
        copied.addprevious(deleted_paragraph(old.paragraphs[index], old.units[index], revisions))
        copied.getparent().remove(copied)
    _mark_row(row, "del", revisions)
    return row


def _mark_row(row: Element, kind: str, revisions: Revisions) -> None:
    properties = row.find(w("trPr"))
    if properties is None:
        properties = parse_xml(f"<w:trPr {x.NS_DECLS}/>")
        row.insert(0, properties)
    properties.append(revisions.mark(kind))


def _highest_id(body: Element) -> int:
    ids = [int(value) for element in body.iter() if (value := element.get(w("id"), "")).isdigit()]
    return max(ids, default=0)


@dataclass(frozen=True, slots=True)
class _Attribution:
    """For each version after the old one (oldest first): its paragraphs' comparison
    texts, author and date stamp."""

    versions: list[tuple[frozenset[str], str, str]]

    def made(self, text: str) -> tuple[str, str] | None:
        """The author and stamp of the first version with a paragraph reading ``text``."""
        for texts, author, stamp in self.versions:
            if text in texts:
                return author, stamp
        return None

    def removed(self, text: str) -> tuple[str, str] | None:
        """The author and stamp of the first version without a paragraph reading ``text``."""
        for texts, author, stamp in self.versions:
            if text not in texts:
                return author, stamp
        return None


def _attribute(revisions: Revisions, found: tuple[str, str] | None, default: tuple[str, str]) -> None:
    revisions.author, revisions.stamp = found or default


def _track_changes(
    body: Element, old_body: Element, revisions: Revisions, attribution: _Attribution | None = None
) -> None:
    new, old = Story.read(body), Story.read(old_body)
    default = (revisions.author, revisions.stamp)
    pending_deleted: list[int] = []
    previous: Element | None = None
    for i, j in align_paragraphs(old.texts, new.texts):
        if j is None:
            assert i is not None
            pending_deleted.append(i)
            continue
        paragraph = new.paragraphs[j]
        if pending_deleted:
            _place_deleted_attributed(old, pending_deleted, previous, paragraph, revisions, attribution, default)
            pending_deleted = []
        if i is None or old.texts[i] != new.texts[j]:
            if attribution is not None:
                _attribute(revisions, attribution.made(new.texts[j]), default)
            if i is None:
                mark_inserted_paragraph(paragraph, new.units[j], revisions)
            else:
                mark_changed_paragraph(paragraph, new.units[j], old.units[i], revisions)
        previous = paragraph
    if pending_deleted:
        _place_deleted_attributed(old, pending_deleted, previous, None, revisions, attribution, default)
    revisions.author, revisions.stamp = default
    for row in body.iter(w("tr")):
        paragraphs = list(row.iter(w("p")))
        if paragraphs and all(p in revisions.inserted_paragraphs for p in paragraphs):
            _mark_row(row, "ins", revisions)


def _place_deleted_attributed(
    old: Story,
    deleted: list[int],
    anchor: Element | None,
    following: Element | None,
    revisions: Revisions,
    attribution: _Attribution | None,
    default: tuple[str, str],
) -> None:
    if attribution is not None:
        # One run of removed paragraphs, dated by the version that removed the first.
        _attribute(revisions, attribution.removed(old.texts[deleted[0]]), default)
    _place_deleted(old, deleted, anchor, following, revisions)


#: A version after the old one: its agreement and the moment it was saved.
VersionStep = tuple[AgreementDocument, dt.datetime]


def _body(document: AgreementDocument, page_numbers: dict[str, int]) -> Element:
    xml = render_body(document, with_comments=False, page_numbers=page_numbers).body_xml
    return parse_xml(f"<w:body {x.NS_DECLS}>{xml}</w:body>")


def _author(name: str) -> str:
    return x.clean_text(name)[:255] or "Pactwright"


def redline_docx_bytes(
    old: AgreementDocument,
    new: AgreementDocument,
    *,
    author: str = "Pactwright",
    date: dt.datetime | None = None,
    comments: bool = True,
    history: Sequence[VersionStep] = (),
) -> bytes:
    """The bytes of the redline (see the module docstring). ``date`` stamps every change
    (default: now) unless ``history`` (the versions after ``old``, oldest first, ending
    with ``new``; author from each one's metadata) dates each change by the version that
    made it. ``comments=False`` leaves the drafting notes out."""
    pages = heading_pages(new)
    word = docx.Document(io.BytesIO(docx_bytes(new, comments=comments, page_numbers=pages)))
    body = word.element.body
    # Each version's contents carry its own pages: a page number that moved is a change.
    old_body = _body(old, heading_pages(old))
    stamp = x.w3cdtf(date or dt.datetime.now(dt.UTC))
    revisions = Revisions(_author(author), stamp, _highest_id(body))
    attribution = None
    if history:
        attribution = _Attribution(
            [
                (
                    frozenset(Story.read(_body(step, heading_pages(step))).texts),
                    _author(step.metadata.author),
                    x.w3cdtf(moment),
                )
                for step, moment in history
            ]
        )
    _track_changes(body, old_body, revisions, attribution)
    return package_bytes(word)


def write_redline_docx(
    old: AgreementDocument,
    new: AgreementDocument,
    path: Path,
    *,
    author: str = "Pactwright",
    date: dt.datetime | None = None,
    history: Sequence[VersionStep] = (),
) -> None:
    """Write the redline of ``new`` against ``old`` to ``path``, atomically."""
    write_bytes_atomically(Path(path), redline_docx_bytes(old, new, author=author, date=date, history=history))
