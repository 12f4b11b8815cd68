"""Review rules on competition law."""

from __future__ import annotations

import pytest

from drafting.review import Severity
from tests.review_helpers import Case, assert_silent, assert_triggers, findings_of

W, N = Severity.WARNING, Severity.NOTE
IN_FIELD = {"non_compete.kind": "in_field", "non_compete.field": "torque tools", "non_compete.tail_months": 12}
FIXED_48 = {"term.kind": "fixed", "term.length_months": 48, "term.end_date": "2030-12-31"}

TRIGGERS = [
    Case("competition.competitor-exclusivity", "distribution", {"competitors": True}, W, "exclusivity.kind"),
    Case(
        "competition.competitor-non-compete", "co_marketing", {"competitors": True, **IN_FIELD}, W, "non_compete.kind"
    ),
    Case("competition.information-exchange", "co_marketing", {"competitors": True}, W, "confidentiality.clean_team"),
    Case("competition.vague-scope", "co_marketing", {"competitors": True, "scope.field_of_use": ""}, W),
    # Auto-renewal makes a non-compete open-ended.
    Case("competition.eu-non-compete-over-5-years", "distribution", IN_FIELD, W, "non_compete.kind"),
    # A fixed term of 72 months plus a 12-month tail.
    Case(
        "competition.eu-non-compete-over-5-years",
        "distribution",
        {**IN_FIELD, **FIXED_48, "term.end_date": "2032-12-31"},
        W,
    ),
    Case(
        "competition.eu-non-compete-over-5-years",
        "distribution",
        {"exclusivity.kind": "requirements", "exclusivity.duration_months": 84},
        W,
        "exclusivity.duration_months",
    ),
    Case(
        "competition.interlocking-directorate",
        "equity_alliance",
        {"competitors": True},
        W,
        "equity.board_right",
    ),
    Case(
        "competition.online-sales-ban",
        "distribution",
        {"distribution.online_sales_permitted": False},
        W,
        "distribution.online_sales_permitted",
    ),
    Case(
        "competition.merger-control",
        "joint_venture_50_50",
        {"joint_venture.merger_control_filing": False},
        N,
        "joint_venture.merger_control_filing",
    ),
]

SILENT = [
    *(Case(case.rule_id, case.base) for case in TRIGGERS),
    Case("competition.competitor-exclusivity", "co_marketing", {"competitors": True}),
    Case(
        "competition.competitor-non-compete",
        "co_marketing",
        {"competitors": True, "non_compete.kind": "non_solicit_only"},
    ),
    Case("competition.information-exchange", "co_marketing", {"competitors": True, "confidentiality.clean_team": True}),
    Case("competition.information-exchange", "open_source_community"),
    Case("competition.vague-scope", "co_marketing", {"competitors": True}),
    # 48 months plus a 12-month tail is exactly five years.
    Case("competition.eu-non-compete-over-5-years", "distribution", {**IN_FIELD, **FIXED_48}),
    # No EU law and no EU party.
    Case("competition.eu-non-compete-over-5-years", "revenue_sharing", IN_FIELD),
    Case(
        "competition.eu-non-compete-over-5-years",
        "distribution",
        {"exclusivity.kind": "requirements", "exclusivity.duration_months": 36},
    ),
    Case(
        "competition.interlocking-directorate", "equity_alliance", {"competitors": True, "equity.board_right": "none"}
    ),
    Case("competition.online-sales-ban", "revenue_sharing"),
]


@pytest.mark.parametrize("case", TRIGGERS, ids=str)
def test_rule_fires(case: Case) -> None:
    assert_triggers(case)


@pytest.mark.parametrize("case", SILENT, ids=str)
def test_rule_stays_silent(case: Case) -> None:
    assert_silent(case)


def test_northern_ireland_is_not_an_eu_member_state() -> None:
    case = Case(
        "competition.eu-non-compete-over-5-years",
        "revenue_sharing",
        {**IN_FIELD, "governing_law": "Northern Ireland"},
    )
    assert not findings_of(case.terms(), case.rule_id)
    eu = Case(case.rule_id, "revenue_sharing", {**IN_FIELD, "governing_law": "Ireland"})
    assert findings_of(eu.terms(), case.rule_id)


def test_no_rule_presents_the_withdrawn_ftc_safety_zone_as_law() -> None:
    terms = Case("x", "co_marketing", {"competitors": True, **IN_FIELD, "exclusivity.kind": "field"}).terms()
    for finding in findings_of(terms, "competition.information-exchange"):
        assert "withdrawn" in finding.message
    for rule in ("competition.competitor-exclusivity", "competition.competitor-non-compete"):
        for finding in findings_of(terms, rule):
            assert "safety zone" not in finding.message.lower()
