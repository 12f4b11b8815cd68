"""Numbering and cross-references: number every article, clause and sub-clause, then
freeze the drafts into the immutable document model with each reference resolved.

References are resolved only after numbering, so leaving a clause out renumbers the
rest and every reference follows. A reference to something that is not in the
document is an error (``DanglingReferenceError``), never a blank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafting.document import (
    Article,
    Block,
    Clause,
    CrossRef,
    DefinedTerm,
    Definition,
    DraftingNote,
    Inline,
    Paragraph,
    Schedule,
    Table,
    TextRun,
)
from drafting.engine.markup import DraftClause, DraftDefinition, DraftInline, DraftParagraph


class DanglingReferenceError(ValueError):
    """A cross-reference points at a clause, article or schedule that is not there."""

    def __init__(self, dangling: list[tuple[str, str]]) -> None:
        self.dangling = dangling
        details = "; ".join(f"{source} refers to '{target}'" for source, target in dangling)
        super().__init__(f"cross-references to clauses that are not in the agreement: {details}")


class DuplicateIdError(ValueError):
    """Two numbered blocks share an id, so a reference could not tell them apart."""


@dataclass
class DraftArticle:
    id: str
    heading: str
    clauses: list[DraftClause]
    note: DraftingNote | None = None
    notes: dict[str, DraftingNote] = field(default_factory=dict)


@dataclass
class DraftSchedule:
    id: str
    title: str
    blocks: list[DraftParagraph | Table]
    note: DraftingNote | None = None


def letter_number(index: int) -> str:
    """1 -> "a", 26 -> "z", 27 -> "aa", 28 -> "bb" (the usual legal sequence)."""
    letter = chr(ord("a") + (index - 1) % 26)
    return letter * ((index - 1) // 26 + 1)


_ROMAN = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def roman_number(index: int) -> str:
    """1 -> "i", 4 -> "iv", 14 -> "xiv"."""
    text = ""
    remaining = index
    for value, numeral in (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        *_ROMAN,
    ):
        while remaining >= value:
            text += numeral
            remaining -= value
    return text


class _Numberer:
    def __init__(self) -> None:
        self.numbers: dict[str, str] = {}

    def claim(self, block_id: str, number: str) -> None:
        if block_id in self.numbers:
            raise DuplicateIdError(f"two blocks have the id '{block_id}'")
        self.numbers[block_id] = number

    def clause(self, clause: DraftClause, level: int, number: str, full_number: str) -> None:
        self.claim(clause.id, full_number)
        index = 0
        for child in clause.children:
            if isinstance(child, DraftClause):
                index += 1
                child_number = f"({letter_number(index)})" if level == 1 else f"({roman_number(index)})"
                self.clause(child, level + 1, child_number, full_number + child_number)


def number_ids(articles: list[DraftArticle], schedules: list[DraftSchedule]) -> dict[str, str]:
    """The full number of every id: "3", "3.2", "3.2(a)", "3.2(a)(i)", schedule "2"."""
    numberer = _Numberer()
    for article_index, article in enumerate(articles, start=1):
        numberer.claim(article.id, str(article_index))
        for clause_index, clause in enumerate(article.clauses, start=1):
            number = f"{article_index}.{clause_index}"
            numberer.clause(clause, 1, number, number)
    for schedule_index, schedule in enumerate(schedules, start=1):
        numberer.claim(schedule.id, str(schedule_index))
    return numberer.numbers


#: A cross-reference as ``ref()`` writes it (drafting.engine.environment), in a note's text.
_NOTE_REF = re.compile(r'<ref to="(?P<to>[^"]+)" prefix="(?P<prefix>[^"]*)"\s*/>')


class _Freezer:
    def __init__(self, numbers: dict[str, str], notes: dict[str, DraftingNote]) -> None:
        self.numbers = numbers
        self.notes = notes
        self.dangling: list[tuple[str, str]] = []

    def inlines(self, content: list[DraftInline], owner: str) -> tuple[Inline, ...]:
        resolved: list[Inline] = []
        for item in content:
            if not isinstance(item, TextRun | DefinedTerm | CrossRef):
                raise ValueError(f"{owner}: an optional definition was not resolved before numbering")
            if isinstance(item, CrossRef) and not item.number:
                number = self.numbers.get(item.target_id)
                if number is None:
                    self.dangling.append((owner, item.target_id))
                    number = "?"
                item = CrossRef(item.target_id, item.prefix, number)
            resolved.append(item)
        return tuple(resolved)

    def note(self, note: DraftingNote | None, owner: str) -> DraftingNote | None:
        """A note is plain text: a cross-reference a note's template made with ``ref()``
        is written out with its number here ("Section 2.1"), as the clause's own are."""
        if note is None or "<ref " not in note.text + "".join(note.alternatives):
            return note

        def written(found: re.Match[str]) -> str:
            number = self.numbers.get(found["to"])
            if number is None:
                self.dangling.append((owner, found["to"]))
                number = "?"
            return f"{found['prefix']} {number}".strip()

        return DraftingNote(
            _NOTE_REF.sub(written, note.text), tuple(_NOTE_REF.sub(written, item) for item in note.alternatives)
        )

    def clause(self, clause: DraftClause, level: int, number: str, full_number: str) -> Clause:
        children: list[Block] = []
        index = 0
        for child in clause.children:
            if isinstance(child, DraftClause):
                index += 1
                child_number = f"({letter_number(index)})" if level == 1 else f"({roman_number(index)})"
                children.append(self.clause(child, level + 1, child_number, full_number + child_number))
            elif isinstance(child, DraftDefinition):
                children.append(Definition(child.term, self.inlines(child.content, clause.id)))
            else:
                children.append(Paragraph(self.inlines(child.content, clause.id)))
        return Clause(
            id=clause.id,
            level=level,
            number=number,
            full_number=full_number,
            content=self.inlines(clause.content, clause.id),
            heading=clause.heading,
            children=tuple(children),
            note=self.note(self.notes.get(clause.id), clause.id),
        )


def freeze(
    articles: list[DraftArticle], schedules: list[DraftSchedule]
) -> tuple[tuple[Article, ...], tuple[Schedule, ...]]:
    """Number everything and build the immutable articles and schedules."""
    numbers = number_ids(articles, schedules)
    notes: dict[str, DraftingNote] = {}
    for article in articles:
        notes.update(article.notes)
    freezer = _Freezer(numbers, notes)
    frozen_articles = []
    for article_index, article in enumerate(articles, start=1):
        clauses = tuple(
            freezer.clause(clause, 1, f"{article_index}.{index}", f"{article_index}.{index}")
            for index, clause in enumerate(article.clauses, start=1)
        )
        frozen_articles.append(
            Article(article.id, str(article_index), article.heading, clauses, freezer.note(article.note, article.id))
        )
    frozen_schedules = []
    for schedule_index, schedule in enumerate(schedules, start=1):
        blocks: list[Block] = [
            block if isinstance(block, Table) else Paragraph(freezer.inlines(block.content, schedule.id))
            for block in schedule.blocks
        ]
        frozen_schedules.append(
            Schedule(
                schedule.id,
                str(schedule_index),
                schedule.title,
                tuple(blocks),
                freezer.note(schedule.note, schedule.id),
            )
        )
    if freezer.dangling:
        raise DanglingReferenceError(freezer.dangling)
    return tuple(frozen_articles), tuple(frozen_schedules)
