"""The review step: rules that read a draft and report what is wrong or risky in plain
language, each finding with the field path it concerns and the fix.

``review(terms)`` runs every rule; rules live in small modules by theme.
"""

from drafting.review.engine import ALL_RULES, review
from drafting.review.findings import Finding, Rule, Severity, has_errors, sort_findings

__all__ = ["ALL_RULES", "Finding", "Rule", "Severity", "has_errors", "review", "sort_findings"]
