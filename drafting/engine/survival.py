"""What survives: the clauses the catalogue flags ``survives``, and every clause that a
surviving clause needs in order to work after the Agreement ends.

A surviving clause keeps alive what it relies on, as a careful drafter checks each item
on a survival list against the clauses it cites:

- the clauses it refers to by number (``ref()``), as drafted for this deal;
- the clauses ``clause_templates/survival.toml`` says it needs without citing them (an
  order "delivered and paid for on the terms of this Agreement" needs the ordering,
  delivery, price and payment clauses), and those every surviving provision needs (the
  definitions, the disputes clauses and notices).

The same file lists, each with its reason, the exceptions a lawyer would make: the
clauses a reference never keeps alive (a right to terminate is spent when the Agreement
ends, even where a sell-off names it to say how the Agreement ended) and the clauses
whose references only name a thing (a definition saying where it is set out). The rule
runs to a fixed point, so a clause kept alive keeps alive what it needs in turn.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from drafting.document import CrossRef
from drafting.engine.catalogue import TEMPLATES_DIR
from drafting.engine.markup import DraftClause, DraftDefinition, DraftParagraph
from drafting.engine.numbering import DraftArticle

#: The lawyer-readable rules (see the file's own comments).
RULES_FILE = TEMPLATES_DIR / "survival.toml"


class SurvivalRulesError(ValueError):
    """``survival.toml`` is malformed; the message names the entry."""


@dataclass(frozen=True, slots=True)
class SurvivalRules:
    """The data of ``survival.toml``: each set holds clause or article ids."""

    #: Needed by every surviving provision.
    always: tuple[str, ...]
    #: Clause id -> the clauses it needs without citing them.
    needs: dict[str, tuple[str, ...]]
    #: Never kept alive by another clause (they survive only where flagged themselves).
    never: frozenset[str]
    #: Clauses whose references only name a thing.
    names_only: frozenset[str]


def _ids(entry: dict[str, object], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(item, str) and item for item in value):
        raise SurvivalRulesError(f"{where}: '{key}' must name one or more clauses")
    if not str(entry.get("reason", "")).strip():
        raise SurvivalRulesError(f"{where}: every entry gives its 'reason'")
    return tuple(str(item) for item in value)


def load_rules(path: Path = RULES_FILE) -> SurvivalRules:
    """Read ``survival.toml``; ``SurvivalRulesError`` names a malformed entry."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    always: list[str] = []
    for index, entry in enumerate(data.get("always", [])):
        always.extend(_ids(entry, "keeps", f"survival.toml: always #{index + 1}"))
    needs: dict[str, tuple[str, ...]] = {}
    for index, entry in enumerate(data.get("needs", [])):
        where = f"survival.toml: needs #{index + 1}"
        for clause in _ids(entry, "clause", where):
            needs[clause] = needs.get(clause, ()) + _ids(entry, "keeps", where)
    never = [
        item
        for index, entry in enumerate(data.get("never", []))
        for item in _ids(entry, "clause", f"never #{index + 1}")
    ]
    names = [
        item
        for index, entry in enumerate(data.get("names_only", []))
        for item in _ids(entry, "clause", f"names_only #{index + 1}")
    ]
    return SurvivalRules(tuple(always), needs, frozenset(never), frozenset(names))


@functools.cache
def default_rules() -> SurvivalRules:
    return load_rules()


def _within(clause_id: str, ids: Iterable[str]) -> bool:
    """Whether ``clause_id`` is one of ``ids`` or inside one (an article, a clause)."""
    return any(clause_id == item or clause_id.startswith(item + ".") for item in ids)


def _references(clause: DraftClause) -> Iterator[str]:
    yield from (item.target_id for item in clause.content if isinstance(item, CrossRef))
    for child in clause.children:
        if isinstance(child, DraftClause):
            yield from _references(child)
        elif isinstance(child, (DraftParagraph, DraftDefinition)):
            yield from (item.target_id for item in child.content if isinstance(item, CrossRef))


def _nested_ids(clause: DraftClause) -> Iterator[str]:
    yield clause.id
    for child in clause.children:
        if isinstance(child, DraftClause):
            yield from _nested_ids(child)


def kept_alive(
    articles: Sequence[DraftArticle], flagged: Iterable[str], rules: SurvivalRules | None = None
) -> list[str]:
    """The survival list for the drafted ``articles``: an article whose every clause
    survives, else each surviving clause, in document order (never both, so the list
    never reads "clause 4, clause 4.2"). ``flagged`` is the engine's list from the
    catalogue's ``survives`` flags (clause or article ids)."""
    rules = rules or default_rules()
    article_of: dict[str, str] = {}
    top_of: dict[str, str] = {}
    clauses: dict[str, DraftClause] = {}
    members: dict[str, list[str]] = {}
    for article in articles:
        members[article.id] = [clause.id for clause in article.clauses]
        for clause in article.clauses:
            article_of[clause.id] = article.id
            clauses[clause.id] = clause
            for nested in _nested_ids(clause):
                top_of[nested] = clause.id

    def expand(target: str) -> list[str]:
        """The top-level clauses a reference to ``target`` stands for."""
        if target in members:
            return [clause for clause in members[target] if not _within(clause, rules.never)]
        top = top_of.get(target)
        if top is None or _within(top, rules.never) or _within(target, rules.never):
            return []
        return [top]

    alive: set[str] = set()
    for target in flagged:
        alive.update(members.get(target, [target] if target in clauses else []))
    pending = sorted(alive)
    if alive:
        for target in rules.always:
            pending.extend(expand(target))
    while pending:
        current = pending.pop()
        alive.add(current)
        needed: list[str] = []
        if not _within(current, rules.names_only):
            for target in _references(clauses[current]):
                needed.extend(expand(target))
        for key, keeps in rules.needs.items():
            if _within(current, [key]):
                for target in keeps:
                    needed.extend(expand(target))
        pending.extend(item for item in needed if item not in alive and item not in pending)
    listed: list[str] = []
    for article in articles:
        ids = members[article.id]
        surviving = [clause for clause in ids if clause in alive]
        if surviving and len(surviving) == len(ids):
            listed.append(article.id)
        else:
            listed.extend(surviving)
    return listed
