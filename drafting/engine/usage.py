"""Defined terms that nothing uses fall away, as a drafter would strike them.

After every clause is rendered and before numbering, each entry of the definitions
list and each optional inline definition (``<ifused term="Field">``) is kept only if
its term (or its plural) occurs somewhere else in the agreement. A definition used only
by another definition that itself falls away goes too, so the pass repeats until
nothing changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from drafting.document import Table, TextRun
from drafting.engine.markup import (
    DraftClause,
    DraftDefinition,
    DraftInline,
    DraftParagraph,
    OptionalDefinition,
    merge_runs,
)
from drafting.engine.numbering import DraftArticle, DraftSchedule


@dataclass
class _Candidate:
    term: str
    text: str
    kept: bool = True


def _text(content: Iterable[DraftInline]) -> str:
    return "".join(item.text for item in content if isinstance(item, TextRun))


def _contents(articles: list[DraftArticle]) -> Iterator[list[DraftInline]]:
    def walk(clause: DraftClause) -> Iterator[list[DraftInline]]:
        yield clause.content
        for child in clause.children:
            if isinstance(child, DraftClause):
                yield from walk(child)
            elif isinstance(child, DraftParagraph):
                yield child.content

    for article in articles:
        for clause in article.clauses:
            yield from walk(clause)


def _definitions_lists(articles: list[DraftArticle]) -> Iterator[DraftClause]:
    for article in articles:
        for clause in article.clauses:
            if any(isinstance(child, DraftDefinition) for child in clause.children):
                yield clause


def _pattern(term: str) -> re.Pattern[str]:
    # The term comes first so the regex engine can scan for it as a literal; the word
    # boundary before it is checked in ``is_used``.
    return re.compile(rf"{re.escape(term)}(?:s|es)?(?![\w-])")


def _starts_a_word(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-")


_CAPITALISED_BEFORE = re.compile(r"(.{0,2})\b[A-Z][\w'.-]* $")
#: A bracketed word inside a name: "the Late Payment of Commercial Debts (Interest) Act".
_BRACKETED_IN_NAME = re.compile(r"\b[A-Z][\w'.-]* \($")


def inside_a_longer_name(text: str, start: int) -> bool:
    """ "the Exclusive Field", "Baltic Sun Projects", "Third Parties": a capitalised word
    mid-sentence just before a term makes it part of a longer name, not a use of the term."""
    if _BRACKETED_IN_NAME.search(text, max(0, start - 80), start):
        return True
    match = _CAPITALISED_BEFORE.search(text, max(0, start - 80), start)
    if match is None:
        return False
    before = match.group(1)
    return before.strip() != "" and not before.rstrip().endswith((".", ":", ";", "\u201c", "("))


def is_used(term: str, pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` uses ``term`` (which ``pattern`` matches) on its own."""
    # A plain substring test first: most terms that are not used never occur at all.
    if term not in text:
        return False
    return any(
        _starts_a_word(text, match.start()) and not inside_a_longer_name(text, match.start())
        for match in pattern.finditer(text)
    )


def clause_text(clause: DraftClause) -> str:
    """The text of ``clause`` with its sub-clauses and paragraphs, one per line."""
    parts: list[str] = []

    def walk(item: DraftClause) -> None:
        parts.append(_text(item.content))
        for child in item.children:
            if isinstance(child, DraftClause):
                walk(child)
            elif isinstance(child, DraftParagraph):
                parts.append(_text(child.content))

    walk(clause)
    return "\n".join(parts)


def strike_unserved_clauses(
    articles: list[DraftArticle], served: Mapping[str, str], schedules: list[DraftSchedule], other_text: str = ""
) -> None:
    """Drop, in place, each clause of ``served`` (clause id -> the term it serves) whose
    term no other clause, schedule or the signature page uses: the Expert clause with
    nothing referred to the Expert. An article left empty goes too."""
    if not served:
        return
    texts = {
        clause.id: clause_text(clause)
        for article in articles
        for clause in article.clauses
        # The definitions list defines terms but does not use them.
        if not any(isinstance(child, DraftDefinition) for child in clause.children)
    }
    fixed = [other_text]
    fixed.extend(_schedule_texts(schedules))
    struck: set[str] = set()
    for clause_id, term in served.items():
        if clause_id not in texts:
            continue
        pattern = _pattern(term)
        others = [text for other, text in texts.items() if other != clause_id and other not in struck]
        if not any(is_used(term, pattern, text) for text in [*others, *fixed]):
            struck.add(clause_id)
    if not struck:
        return
    for article in articles:
        article.clauses = [clause for clause in article.clauses if clause.id not in struck]
        for clause_id in struck:
            article.notes.pop(clause_id, None)
    articles[:] = [article for article in articles if article.clauses]


def _schedule_texts(schedules: list[DraftSchedule]) -> Iterator[str]:
    """The schedules' text, table cells included: it uses terms but defines none."""
    for schedule in schedules:
        for block in schedule.blocks:
            if isinstance(block, Table):
                yield from (block.caption, *block.columns, *(cell for row in block.rows for cell in row))
            else:
                yield _text(block.content)


def prune_unused_terms(articles: list[DraftArticle], schedules: list[DraftSchedule], other_text: str = "") -> None:
    """Drop, in place, every definition whose term the rest of the agreement never uses."""
    fixed: list[str] = [other_text]
    candidates: list[_Candidate] = []
    optionals: dict[int, _Candidate] = {}
    for content in _contents(articles):
        for item in content:
            if isinstance(item, OptionalDefinition):
                candidate = _Candidate(item.term, _text(item.content))
                optionals[id(item)] = candidate
                candidates.append(candidate)
            elif isinstance(item, TextRun):
                fixed.append(item.text)
    entries: dict[int, _Candidate] = {}
    for clause in _definitions_lists(articles):
        for child in clause.children:
            if isinstance(child, DraftDefinition):
                candidate = _Candidate(child.term, _text(child.content))
                entries[id(child)] = candidate
                candidates.append(candidate)
    fixed.extend(_schedule_texts(schedules))
    fixed_text = "\n".join(fixed)
    patterns = {candidate.term: _pattern(candidate.term) for candidate in candidates}
    in_fixed = {term: is_used(term, pattern, fixed_text) for term, pattern in patterns.items()}
    changed = True
    while changed:
        changed = False
        for candidate in candidates:
            if not candidate.kept or in_fixed[candidate.term]:
                continue
            pattern = patterns[candidate.term]
            if not any(
                other.kept and other is not candidate and is_used(candidate.term, pattern, other.text)
                for other in candidates
            ):
                candidate.kept = False
                changed = True
    _apply(articles, optionals, entries)


def _apply(articles: list[DraftArticle], optionals: dict[int, _Candidate], entries: dict[int, _Candidate]) -> None:
    for content in _contents(articles):
        if not any(isinstance(item, OptionalDefinition) for item in content):
            continue
        resolved: list[DraftInline] = []
        for item in content:
            if isinstance(item, OptionalDefinition):
                if optionals[id(item)].kept:
                    resolved.extend(item.content)
            else:
                resolved.append(item)
        content[:] = merge_runs(resolved)
    for clause in _definitions_lists(articles):
        clause.children = [
            child for child in clause.children if not isinstance(child, DraftDefinition) or entries[id(child)].kept
        ]
        end_definitions(clause)


def end_definitions(clause: DraftClause) -> None:
    """Each definition ends with a semicolon except the last, which ends the list."""
    definitions = [child for child in clause.children if isinstance(child, DraftDefinition)]
    for index, definition in enumerate(definitions):
        last = definition.content[-1] if definition.content else None
        if not isinstance(last, TextRun):
            continue
        ending = "." if index == len(definitions) - 1 else ";"
        text = last.text.rstrip().rstrip(";.")
        definition.content[-1] = TextRun(text + ending, last.bold, last.italic)
