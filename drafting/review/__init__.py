"""The review step: rules that read a draft and its assembled text, and report what is
wrong or risky in plain language, each finding with the wizard field its fix targets,
the clauses it concerns ("clause 12.3") and the fix.

``review(terms)`` runs every rule that applies to the draft's agreement type, party
types and legal systems; rules live in small modules by theme (see
``drafting.review.rules`` for how to declare and add one).
"""

from drafting.review.engine import ALL_RULES, review
from drafting.review.findings import Finding, Severity, has_errors, sort_findings
from drafting.review.rules import ReviewContext, Rule, rule

__all__ = [
    "ALL_RULES",
    "Finding",
    "ReviewContext",
    "Rule",
    "Severity",
    "has_errors",
    "review",
    "rule",
    "sort_findings",
]
