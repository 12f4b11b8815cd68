"""Review rules on the general clauses and on the parties."""

from __future__ import annotations

import pytest

from drafting.review import Severity
from tests.review_helpers import Case, assert_silent, assert_triggers, changed, example, findings_of

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE
CAP = "boilerplate.liability_cap.amount"

TRIGGERS = [
    Case("boilerplate.cap-amount-missing", "licensing", {CAP: None}, W, CAP),
    # Below the expected yearly value (EUR 600,000).
    Case("boilerplate.cap-below-value", "licensing", {f"{CAP}.amount": "500000.00"}, W, CAP),
    # Above the expected value but below the minimum guarantee.
    Case(
        "boilerplate.cap-below-value",
        "licensing",
        {f"{CAP}.amount": "120000.00", "scope.expected_annual_value": None},
        W,
        CAP,
    ),
    Case("boilerplate.indemnity-procedure-missing", "licensing", {"boilerplate.indemnity_procedure": False}, W),
    Case("boilerplate.member-liability-cap", "consortium_five_party", {"consortium.member_liability_cap": None}, N),
    Case("boilerplate.compliance-off", "licensing", {"boilerplate.anti_bribery": False}, N, "boilerplate.anti_bribery"),
    Case("boilerplate.compliance-off", "licensing", {"boilerplate.sanctions": False}, N, "boilerplate.sanctions"),
    Case("parties.model-terms-missing", "joint_venture_50_50", {"joint_venture": None}, E, "joint_venture"),
    Case("parties.model-terms-missing", "licensing", {"ip.licence_grant": None}, E, "ip.licence_grant"),
    Case("parties.model-terms-missing", "data_sharing", {"data_sharing": None}, E, "data_sharing"),
    Case("parties.model-terms-missing", "open_source_community", {"open_source": None}, E, "open_source"),
    Case("parties.model-terms-missing", "distribution", {"distribution": None}, E, "distribution"),
    Case("parties.model-terms-missing", "co_marketing", {"co_marketing": None}, E, "co_marketing"),
    Case("parties.model-terms-missing", "equity_alliance", {"equity": None}, E, "equity"),
    Case("parties.consortium-too-small", "revenue_sharing", {"model": "consortium"}, E, "parties"),
    Case("parties.coordinator-missing", "consortium_five_party", {"consortium.coordinator": None}, E),
    Case("parties.coordinator-missing", "consortium_five_party", {"consortium": None}, E, "consortium.coordinator"),
    Case(
        "parties.parent-guarantee",
        "joint_venture_50_50",
        {"parties[1].legal_name": "HAT Newco GmbH"},
        N,
        "parties[1].parent_guarantor",
    ),
    Case("parties.investor-is-investee", "equity_alliance", {"equity.investee": "Brightwater"}, E, "equity.investee"),
    Case("parties.controlling-stake", "equity_alliance", {"equity.stake_percent": "51"}, W, "equity.stake_percent"),
]

SILENT = [
    Case("boilerplate.cap-amount-missing", "licensing", {"boilerplate.liability_cap": {"kind": "none"}}),
    Case("boilerplate.cap-below-value", "licensing"),
    Case("boilerplate.cap-below-value", "licensing", {f"{CAP}.currency": "USD", f"{CAP}.amount": "1000.00"}),
    Case("boilerplate.cap-below-value", "licensing", {"boilerplate.liability_cap": {"kind": "fees_last_12_months"}}),
    Case("boilerplate.indemnity-procedure-missing", "licensing"),
    Case(
        "boilerplate.indemnity-procedure-missing",
        "licensing",
        {"boilerplate.indemnities": False, "boilerplate.indemnity_procedure": False},
    ),
    Case("boilerplate.member-liability-cap", "consortium_five_party"),
    Case("boilerplate.compliance-off", "licensing"),
    Case("parties.model-terms-missing", "consortium_five_party", {"consortium": None}),
    Case("parties.model-terms-missing", "revenue_sharing"),
    Case("parties.consortium-too-small", "consortium_five_party"),
    Case("parties.coordinator-missing", "consortium_five_party"),
    Case("parties.parent-guarantee", "distribution"),
    # A company whose name does not mark it as a vehicle (a listed group, say) gets no note.
    Case("parties.parent-guarantee", "joint_venture_50_50"),
    Case("parties.controlling-stake", "equity_alliance", {"equity.stake_percent": "50"}),
]


@pytest.mark.parametrize("case", TRIGGERS, ids=str)
def test_rule_fires(case: Case) -> None:
    assert_triggers(case)


@pytest.mark.parametrize("case", SILENT, ids=str)
def test_rule_stays_silent(case: Case) -> None:
    assert_silent(case)


def test_parent_guarantee_note_skips_a_party_with_a_guarantor() -> None:
    terms = changed(
        example("joint_venture_50_50"),
        {"parties[0].legal_name": "Albion SPV Limited", "parties[1].legal_name": "HAT Bidco GmbH"},
    )
    found = findings_of(terms, "parties.parent-guarantee")
    assert [finding.path for finding in found] == ["parties[1].parent_guarantor"]
    assert "HAT" in found[0].message and "Albion" not in found[0].message
