"""Runs every review rule over a draft and its assembled text, and returns the findings
in display order."""

from __future__ import annotations

from drafting.document import AgreementDocument
from drafting.review import (
    agreed_forms,
    balance,
    blueprint_rules,
    boilerplate,
    co_marketing,
    community,
    competition,
    conflicts,
    consistency,
    consortium_budget,
    contributions,
    cross_clause,
    data,
    deal_law,
    disputes,
    distribution,
    dropped,
    economics,
    equity,
    governance,
    governance_drafted,
    ip,
    jv_risks,
    law,
    licence_term,
    licensing,
    lifecycle,
    members,
    network,
    network_law,
    parties,
    research,
    responsibilities,
    revenue_sharing,
    set_aside,
    sharing,
    signatories,
    supplier,
    supplier_risks,
    thresholds,
    user_text,
)
from drafting.review.draft import DraftText
from drafting.review.dropped import drafted_answer
from drafting.review.findings import Finding, sort_findings
from drafting.review.rules import Rule
from drafting.review.systems import deal_systems
from drafting.terms import AgreementTerms

ALL_RULES: tuple[Rule, ...] = (
    *parties.RULES,
    *sharing.RULES,
    *revenue_sharing.RULES,
    *economics.RULES,
    *contributions.RULES,
    *balance.RULES,
    *governance.RULES,
    *consistency.RULES,
    *blueprint_rules.RULES,
    *ip.RULES,
    *licensing.RULES,
    *licence_term.RULES,
    *cross_clause.RULES,
    *data.RULES,
    *community.RULES,
    *network.RULES,
    *network_law.RULES,
    *competition.RULES,
    *lifecycle.RULES,
    *disputes.RULES,
    *law.RULES,
    *boilerplate.RULES,
    *user_text.RULES,
    *supplier.RULES,
    *research.RULES,
    *members.RULES,
    *supplier_risks.RULES,
    *signatories.RULES,
    *thresholds.RULES,
    *governance_drafted.RULES,
    *consortium_budget.RULES,
    *equity.RULES,
    *agreed_forms.RULES,
    *dropped.RULES,
    *set_aside.RULES,
    *conflicts.RULES,
    *jv_risks.RULES,
    *deal_law.RULES,
    *co_marketing.RULES,
    *distribution.RULES,
    *responsibilities.RULES,
)


def assemble_for_review(terms: AgreementTerms) -> AgreementDocument | None:
    """The agreement as drafted, or None when a half-finished draft cannot be assembled
    yet (rendering reports why; the review then works on the answers alone)."""
    from drafting.engine import assemble_agreement  # the engine imports much; load it when needed

    try:
        return assemble_agreement(terms)
    except (ValueError, LookupError):
        return None


def review(terms: AgreementTerms, document: AgreementDocument | None = None) -> tuple[Finding, ...]:
    """Every finding for ``terms`` (and ``document``, assembled here when not given):
    errors, then warnings, then notes, each sorted by field path."""
    draft = DraftText(document if document is not None else assemble_for_review(terms))
    systems = deal_systems(terms)
    # A finding about an answer this type cannot draft (kept from another type or an
    # import) would comment on text the agreement does not contain: the one finding of
    # ``dropped.answers_not_drafted`` names that answer instead.
    return sort_findings(
        finding
        for rule in ALL_RULES
        for finding in rule.run(terms, draft, systems)
        if drafted_answer(terms.model, finding.path)
    )
