"""Review rules added after a German supply-chain lawyer read the supplier alliance: each
fires on the facts it is about and stays silent otherwise."""

from __future__ import annotations

import pytest

from drafting.review import Severity
from tests.review_helpers import Case, assert_silent, assert_triggers

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE
FLOOR = "boilerplate.liability_cap.expected_value_floor"
S = "supplier_alliance"
GERMAN_SUPPLIER = {"parties[0].jurisdiction": "Germany", "parties[0].address": "Industriestraße 1, Stuttgart"}

TRIGGERS = [
    # An estimate of the yearly value is not silently made the cap's minimum.
    Case(
        "boilerplate.cap-floor-unconfirmed",
        "licensing",
        {"boilerplate.liability_cap.kind": "fees_last_12_months"},
        W,
        FLOOR,
    ),
    Case("supplier.escrow-agent-missing", S, {f"{S}.escrow_agent": ""}, W, f"{S}.escrow_agent"),
    Case("supplier.buyer-prepayment-unsecured", S, {}, W, f"{S}.co_investment.owner"),
    Case("supplier.cross-border-customs", S, {}, N, f"{S}.incoterm"),
    Case("supplier.lksg-assurances", S, {}, N, f"{S}.supply_chain_due_diligence"),
    # First-article approval nine months in, a 54-month write-down, a 60-month term.
    Case("supplier.amortisation-after-approval", S, {"scope.milestones[0].due": "2027-12-31"}, W),
]

SILENT = [
    Case(
        "boilerplate.cap-floor-unconfirmed",
        "licensing",
        {"boilerplate.liability_cap.kind": "fees_last_12_months", FLOOR: True},
    ),
    Case(
        "boilerplate.cap-floor-unconfirmed",
        "licensing",
        {"boilerplate.liability_cap.kind": "fees_last_12_months", "scope.expected_annual_value": None},
    ),
    Case("boilerplate.cap-floor-unconfirmed", "licensing", {"boilerplate.liability_cap.kind": "none"}),
    Case("supplier.escrow-agent-missing", S),
    Case("supplier.escrow-agent-missing", S, {f"{S}.escrow": False, f"{S}.escrow_agent": ""}),
    Case("supplier.buyer-prepayment-unsecured", S, {f"{S}.co_investment.owner": "Lindner"}),
    Case("supplier.cross-border-customs", S, GERMAN_SUPPLIER),
    Case("supplier.lksg-assurances", S, {"parties[1].jurisdiction": "France"}),
    Case("supplier.amortisation-after-approval", S),
]


@pytest.mark.parametrize("case", TRIGGERS, ids=str)
def test_rule_fires(case: Case) -> None:
    assert_triggers(case)


@pytest.mark.parametrize("case", SILENT, ids=str)
def test_rule_stays_silent(case: Case) -> None:
    assert_silent(case)
