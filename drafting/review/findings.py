"""What a review rule reports: a ``Finding`` with a severity, the wizard field its fix
targets, the clauses of the draft it concerns ("clause 12.3"), the items it groups,
a plain-language explanation and the fix, plus the order findings are shown in."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """How much a finding matters: an error means the agreement would be wrong or
    unenforceable as drafted, a warning is a real risk to weigh, a note is a question
    worth asking (used sparingly)."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the review noticed about a draft.

    ``path`` is the terms field the fix changes (the wizard jumps to the field that edits
    it); ``clauses`` name the places in the drafted agreement ("clause 7.5", "Schedule 2");
    ``items`` list what one grouped finding covers (three contributions, not three findings).
    """

    rule_id: str
    severity: Severity
    path: str
    message: str
    fix: str
    clauses: tuple[str, ...] = ()
    items: tuple[str, ...] = ()

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{self.severity}: {where}{self.message} Fix: {self.fix}"

    def as_dict(self) -> dict[str, Any]:
        """The machine-readable form (``main.py review --json``)."""
        return {
            "id": self.rule_id,
            "severity": str(self.severity),
            "field": self.path,
            "clauses": list(self.clauses),
            "items": list(self.items),
            "message": self.message,
            "fix": self.fix,
        }


def error(
    rule_id: str, path: str, message: str, fix: str, *, clauses: Iterable[str] = (), items: Iterable[str] = ()
) -> Finding:
    return Finding(rule_id, Severity.ERROR, path, message, fix, tuple(clauses), tuple(items))


def warning(
    rule_id: str, path: str, message: str, fix: str, *, clauses: Iterable[str] = (), items: Iterable[str] = ()
) -> Finding:
    return Finding(rule_id, Severity.WARNING, path, message, fix, tuple(clauses), tuple(items))


def note(
    rule_id: str, path: str, message: str, fix: str, *, clauses: Iterable[str] = (), items: Iterable[str] = ()
) -> Finding:
    return Finding(rule_id, Severity.NOTE, path, message, fix, tuple(clauses), tuple(items))


def sort_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Errors first, then warnings, then notes; within each, by field path."""
    return tuple(sorted(findings, key=lambda found: (_RANK[found.severity], found.path, found.rule_id)))


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(found.severity is Severity.ERROR for found in findings)


def listing(names: Iterable[str]) -> str:
    """``['A', 'B', 'C']`` -> ``'A, B and C'``."""
    items = list(names)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"
