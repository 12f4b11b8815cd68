"""Runs every review rule over a draft and returns the findings in display order."""

from __future__ import annotations

from drafting.review import (
    balance,
    boilerplate,
    community,
    competition,
    contributions,
    data,
    disputes,
    governance,
    ip,
    law,
    lifecycle,
    parties,
    sharing,
    user_text,
)
from drafting.review.findings import Finding, Rule, sort_findings
from drafting.terms import AgreementTerms

ALL_RULES: tuple[Rule, ...] = (
    *parties.RULES,
    *sharing.RULES,
    *contributions.RULES,
    *balance.RULES,
    *governance.RULES,
    *ip.RULES,
    *data.RULES,
    *community.RULES,
    *competition.RULES,
    *lifecycle.RULES,
    *disputes.RULES,
    *law.RULES,
    *boilerplate.RULES,
    *user_text.RULES,
)


def review(terms: AgreementTerms) -> tuple[Finding, ...]:
    """Every finding for ``terms``: errors, then warnings, then notes, each sorted by path."""
    return sort_findings(finding for rule in ALL_RULES for finding in rule(terms))
