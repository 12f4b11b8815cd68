"""Everything the review step reports about a draft, as one list of plain findings:
the review rules (``drafting.review``) plus fields still empty and data that does not
fit the model. No Qt here, so it is easy to test."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from drafting.review import review
from drafting.terms import AgreementTerms
from drafting.validation import Problem, missing_required

SEVERITY_ORDER = {"error": 0, "warning": 1, "note": 2}


@dataclass(frozen=True, slots=True)
class Issue:
    severity: str
    path: str
    message: str
    fix: str = ""
    rule_id: str = ""
    #: Where in the drafted agreement ("clause 7.5"), when the finding names a place.
    clauses: tuple[str, ...] = ()

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def issue_from_finding(finding: Any) -> Issue:
    severity = getattr(finding, "severity", "warning")
    return Issue(
        severity=str(getattr(severity, "value", severity)).lower(),
        path=str(getattr(finding, "path", "")),
        message=str(getattr(finding, "message", finding)),
        fix=str(getattr(finding, "fix", "") or ""),
        rule_id=str(getattr(finding, "rule_id", "")),
        clauses=tuple(str(clause) for clause in getattr(finding, "clauses", ())),
    )


def empty_field_sentence(message: str) -> str:
    """An empty required field in plain words, as the review page shows it after the
    field's place ("Governing law: choose the law that governs the agreement."): the
    validation's "is empty; ..." is written for a path printed on a command line."""
    rest = message.removeprefix("is empty; ").strip()
    if rest == message.strip():
        return message
    if rest.startswith("the agreement needs it"):
        hint = rest.removeprefix("the agreement needs it").strip().removeprefix("(").removesuffix(")").strip()
        return f"still empty ({hint.rstrip('.')})." if hint else "still empty, and the agreement needs it."
    return f"{rest.rstrip('.')}."


def collect_issues(terms: AgreementTerms | None, problems: Sequence[Problem] = ()) -> list[Issue]:
    """Structural problems first, then empty required fields, then the review rules."""
    issues = [Issue("error", problem.path, problem.message) for problem in problems]
    if terms is not None:
        issues.extend(
            Issue("error", problem.path, empty_field_sentence(problem.message)) for problem in missing_required(terms)
        )
        seen = {(issue.path, issue.message) for issue in issues}
        for finding in review(terms):
            issue = issue_from_finding(finding)
            if (issue.path, issue.message) not in seen:
                issues.append(issue)
    issues.sort(key=lambda issue: SEVERITY_ORDER.get(issue.severity, 3))
    return issues
