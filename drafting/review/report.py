"""The review as a person or a program reads it: grouped by severity for a terminal,
or as JSON (``main.py review DRAFT.json [--json]``)."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable, Sequence

from drafting.review.findings import Finding, Severity

WIDTH = 100
_HEADINGS = {
    Severity.ERROR: "ERRORS: the agreement would be wrong or unenforceable as drafted",
    Severity.WARNING: "WARNINGS: real risks to weigh before signing",
    Severity.NOTE: "NOTES: worth a question",
}


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def summary(findings: Sequence[Finding], empty_fields: Sequence[str] = ()) -> str:
    """``'1 error, 2 warnings, 0 notes'`` (plus the empty fields, when there are any)."""
    counts = ", ".join(
        _counted(sum(found.severity is severity for found in findings), str(severity)) for severity in Severity
    )
    return counts + (f", {_counted(len(empty_fields), 'empty field')}" if empty_fields else "")


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, width=WIDTH, initial_indent=indent, subsequent_indent=indent) or [indent]


def as_text(
    name: str,
    findings: Sequence[Finding],
    empty_fields: Sequence[str] = (),
    *,
    page_of: Callable[[str], str | None] | None = None,
    verbose: bool = False,
) -> str:
    """Severity first; each finding: where in the draft, why, what it covers, the fix, and
    where in the wizard the answer is changed (``page_of`` names the page for an answer's
    path). A person reads clause numbers and page names; rule ids and answer paths are for
    whoever maintains the rules or edits the JSON, so only ``verbose`` prints them."""
    lines = [f"{name}: {summary(findings, empty_fields)}"]
    if empty_fields:
        lines += ["", "EMPTY FIELDS THE AGREEMENT NEEDS", *(f"  {problem}" for problem in empty_fields)]
    for severity in Severity:
        group = [found for found in findings if found.severity is severity]
        if not group:
            continue
        lines += ["", _HEADINGS[severity]]
        for found in group:
            where = ", ".join(found.clauses) or "(the agreement as a whole)"
            lines.append(f"  {where}  [{found.rule_id}]" if verbose else f"  {where}")
            lines += _wrap(found.message, "    ")
            lines += [f"      - {item}" for item in found.items if len(found.items) > 1]
            lines += _wrap(f"Fix: {found.fix}", "    ")
            page = page_of(found.path) if page_of and found.path else None
            if page:
                lines.append(f"    (change it in the wizard, on the page \u201c{page}\u201d)")
            if verbose and found.path:
                lines.append(f"    (answer to change: {found.path})")
    return "\n".join(lines)


def as_json(name: str, findings: Sequence[Finding], empty_fields: Sequence[str] = ()) -> str:
    counts = {str(severity): sum(found.severity is severity for found in findings) for severity in Severity}
    return json.dumps(
        {
            "draft": name,
            "counts": counts,
            "empty_fields": list(empty_fields),
            "findings": [found.as_dict() for found in findings],
        },
        indent=2,
        ensure_ascii=False,
    )
