"""Helpers for the review tests: load an example draft, change a few fields by path
(re-validated, so the changed draft is one a user could really save), and pick out the
findings of one rule."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from drafting.review import Finding, Severity, review
from drafting.terms import AgreementTerms

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples"
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


@cache
def example(name: str) -> AgreementTerms:
    return AgreementTerms.from_json((EXAMPLES_DIR / f"{name}.json").read_text(encoding="utf-8"))


def _steps(path: str) -> list[str | int]:
    return [int(index) if index else name for name, index in _STEP.findall(path)]


def changed(terms: AgreementTerms, changes: dict[str, Any]) -> AgreementTerms:
    """A copy of ``terms`` with each ``"a.b[2].c": value`` set, validated again."""
    data = terms.model_dump(mode="json")
    for path, value in changes.items():
        steps = _steps(path)
        target: Any = data
        for step in steps[:-1]:
            target = target[step]
        target[steps[-1]] = value
    return AgreementTerms.model_validate(data)


def findings_of(terms: AgreementTerms, rule_id: str) -> list[Finding]:
    return [finding for finding in review(terms) if finding.rule_id == rule_id]


@dataclass(frozen=True)
class Case:
    """A draft (an example plus changes) and the rule it must or must not trigger."""

    rule_id: str
    base: str
    changes: dict[str, Any] = field(default_factory=dict)
    severity: Severity | None = None
    path: str | None = None
    added_parties: tuple[dict[str, Any], ...] = ()

    def terms(self) -> AgreementTerms:
        terms = example(self.base)
        if self.added_parties:
            parties = [party.model_dump(mode="json") for party in terms.parties]
            terms = changed(terms, {"parties": [*parties, *self.added_parties]})
        return changed(terms, self.changes)

    def __str__(self) -> str:
        return f"{self.rule_id}@{self.base}"


def assert_triggers(case: Case) -> None:
    found = findings_of(case.terms(), case.rule_id)
    assert found, f"{case.rule_id} did not fire"
    if case.severity is not None:
        assert {finding.severity for finding in found} == {case.severity}
    if case.path is not None:
        assert case.path in {finding.path for finding in found}
    for finding in found:
        assert finding.message.strip() and finding.fix.strip()


def assert_silent(case: Case) -> None:
    found = findings_of(case.terms(), case.rule_id)
    assert not found, [str(finding) for finding in found]
