"""Review rules of the R&D collaboration (precedent 11): each fires on a draft that has the
problem, naming the clause and the figures, and stays silent on the example."""

from __future__ import annotations

import pytest

from drafting.review import Severity
from tests.review_helpers import Case, assert_silent, assert_triggers, changed, example, findings_of

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE
RND = "research_collaboration"
UNIVERSITY = {
    "legal_name": "Stichting Wageningen Research",
    "short_name": "WR",
    "entity_type": "university",
    "jurisdiction": "Netherlands",
    "registration_number": "KvK 09098104",
    "address": "Droevendaalsesteeg 4, 6708 PB Wageningen, the Netherlands",
    "notice_email": "contracts@wur.nl",
    "role": "partner",
}

TRIGGERS = [
    Case("research.option-period-missing", RND, {"research.option.period_days": 0}, E, "research.option.period_days"),
    Case("research.option-term-sheet-empty", RND, {"research.option.term_sheet": []}, W, "research.option.term_sheet"),
    Case(
        "research.option-agreement-to-agree",
        RND,
        {"research.option.basis": "good_faith", "research.option.if_not_agreed": "lapse"},
        W,
        "research.option.if_not_agreed",
    ),
    Case(
        "research.royalty-in-term-sheet",
        RND,
        {"research.option.term_sheet": ["Royalties: 5% of net sales, falling to 3% above EUR 50 million"]},
        W,
        "research.option.term_sheet",
    ),
    Case(
        "research.royalty-after-patents",
        RND,
        {"research.option.no_claim_reduction_percent": None},
        W,
        "research.option.no_claim_reduction_percent",
    ),
    Case("research.diligence-undated", RND, {"research.diligence.events": []}, W, "research.diligence.events"),
    Case("research.publication-delay-long", RND, {"research.publication.delay_days": 365}, W),
    Case(
        "research.university-publication",
        RND,
        {"research.publication.mode": "consent"},
        W,
        "research.publication.mode",
        added_parties=(UNIVERSITY,),
    ),
    Case("research.work-package-after-term", RND, {"research.research_term_months": 12}, W),
    Case("research.royalty-one-grantor", RND, {}, W, "sharing.payee", added_parties=(UNIVERSITY,)),
    Case("research.option-notifiable", RND, {}, N, "research.option.regulatory_clearance"),
    Case("research.competition", RND, {}, N, "research.exclusivity_in_field"),
    Case("research.competition", RND, {"competitors": True}, W),
]

SILENT = [
    Case("research.option-period-missing", RND),
    Case("research.option-term-sheet-empty", RND),
    Case("research.option-agreement-to-agree", RND, {"research.option.basis": "good_faith"}),  # an expert decides
    Case("research.royalty-in-term-sheet", RND),  # "Royalty Term" is named, but no rate is restated
    Case("research.royalty-after-patents", RND),
    Case("research.diligence-undated", RND, {"research.diligence.events": [], "research.option.exclusive": False}),
    Case("research.publication-delay-long", RND),
    Case("research.university-publication", RND, {}, added_parties=(UNIVERSITY,)),  # review, not consent
    Case("research.university-publication", RND, {"research.publication.mode": "consent"}),  # two companies
    Case("research.work-package-after-term", RND),
    Case("research.royalty-one-grantor", RND),
    Case("research.option-notifiable", RND, {"research.option.regulatory_clearance": True}),
    Case("research.competition", RND, {"research.exclusivity_in_field": False, "research.option.exclusive": False}),
    # Not an R&D collaboration: none of these rules speaks.
    Case("research.competition", "licensing", {"competitors": True}),
]


@pytest.mark.parametrize("case", TRIGGERS, ids=lambda case: case.rule_id)
def test_rule_triggers(case: Case) -> None:
    assert_triggers(case)


@pytest.mark.parametrize("case", SILENT, ids=lambda case: case.rule_id)
def test_rule_is_silent(case: Case) -> None:
    assert_silent(case)


def test_findings_name_the_clause_and_the_figures() -> None:
    terms = changed(example(RND), {"research.research_term_months": 12})
    (late,) = findings_of(terms, "research.work-package-after-term")
    assert late.clauses[0].startswith("clause 2.")
    assert "Fermentation scale-up to 1,000 litres (due 2028-12-31)" in late.message
    assert "12 months" in late.message
    (notifiable,) = findings_of(example(RND), "research.option-notifiable")
    assert "EUR 1,900,000" in notifiable.message


def test_competition_speaks_for_the_law_and_each_partys_home() -> None:
    """Swiss law governs and one party is Dutch: the Swiss Cartel Act and the EU R&D block
    exemption both apply, from the profiles' data; a New York deal cites neither."""
    (swiss,) = findings_of(example(RND), "research.competition")
    assert "Cartel Act" in swiss.message and "2023/1066" in swiss.message
    american = changed(
        example(RND),
        {
            "governing_law": {"profile": "us_ny", "other": ""},
            "parties[0].jurisdiction": "Delaware",
            "parties[1].jurisdiction": "New York",
        },
    )
    (us,) = findings_of(american, "research.competition")
    assert "National Cooperative Research" in us.message
    assert "2023/1066" not in us.message and "Cartel Act" not in us.message
