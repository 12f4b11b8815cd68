"""What a review rule reports: a ``Finding`` with a severity, the field path it concerns,
a plain-language explanation and the fix, plus the order findings are shown in."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from drafting.terms import AgreementTerms


class Severity(StrEnum):
    """How much a finding matters: an error blocks a sound agreement, a warning is a risk
    to weigh, a note is a question worth asking."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the review noticed about a draft."""

    rule_id: str
    severity: Severity
    path: str
    message: str
    fix: str

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{self.severity}: {where}{self.message} Fix: {self.fix}"


#: A review rule looks at the terms and yields what it finds (nothing when all is well).
Rule = Callable[[AgreementTerms], Iterator[Finding]]


def error(rule_id: str, path: str, message: str, fix: str) -> Finding:
    return Finding(rule_id, Severity.ERROR, path, message, fix)


def warning(rule_id: str, path: str, message: str, fix: str) -> Finding:
    return Finding(rule_id, Severity.WARNING, path, message, fix)


def note(rule_id: str, path: str, message: str, fix: str) -> Finding:
    return Finding(rule_id, Severity.NOTE, path, message, fix)


def sort_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Errors first, then warnings, then notes; within each, by field path."""
    return tuple(sorted(findings, key=lambda found: (_RANK[found.severity], found.path, found.rule_id)))


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(found.severity is Severity.ERROR for found in findings)
