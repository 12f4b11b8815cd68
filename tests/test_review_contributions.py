"""Review rules on contributions and funding."""

from __future__ import annotations

import pytest

from drafting.review import Severity
from tests.review_helpers import Case, assert_silent, assert_triggers

W = Severity.WARNING
JV = "joint_venture_50_50"

#: An in-kind contribution with a value and no method, as another type's draft holds it.
_IMPORTED = {
    "party": "BPW",
    "kind": "assets",
    "description": "demonstration tools",
    "value": {"amount": "100000.00", "currency": "EUR"},
}

TRIGGERS = [
    Case(
        "contributions.in-kind-valuation",
        JV,
        {"contributions[1].valuation_method": ""},
        W,
        "contributions[1].valuation_method",
    ),
    # In a pooled venture even an unvalued in-kind contribution needs a method.
    Case(
        "contributions.in-kind-valuation",
        "consortium_five_party",
        {"contributions[1].value": None, "contributions[1].valuation_method": ""},
        W,
        "contributions[1].valuation_method",
    ),
    # Elsewhere, a value without a method (a co-marketing campaign's staff, valued).
    Case(
        "contributions.in-kind-valuation",
        "co_marketing",
        {"contributions[1].kind": "personnel"},
        W,
        "contributions[1].valuation_method",
    ),
    Case(
        "contributions.ip-assign-or-licence",
        "co_marketing",
        {"contributions[0].kind": "ip", "contributions[0].valuation_method": "licence fee benchmark"},
        W,
        "contributions[0].transfer_mode",
    ),
    Case("contributions.ip-assign-or-licence", JV, {"contributions[1].transfer_mode": "loan"}, W),
    Case("contributions.capital-calls-missing", JV, {"capital_calls.mode": "none"}, W, "capital_calls.mode"),
    Case(
        "contributions.punitive-dilution",
        "joint_venture_unequal",
        {"funding_default.remedies": ["dilution"]},
        W,
        "funding_default.remedies",
    ),
]

SILENT = [
    *(Case(case.rule_id, case.base) for case in TRIGGERS),
    # Cash needs no valuation method.
    Case("contributions.in-kind-valuation", JV, {"contributions[0].valuation_method": ""}),
    # An unvalued in-kind contribution in a co-marketing deal is just a promise to perform.
    Case(
        "contributions.in-kind-valuation",
        "co_marketing",
        {"contributions[1].kind": "personnel", "contributions[1].value": None},
    ),
    # A distribution agreement drafts no contributions: one kept from another type is
    # reported once as not drafted, not valued.
    Case("contributions.in-kind-valuation", "distribution", {"contributions": [_IMPORTED]}),
    Case("contributions.ip-assign-or-licence", JV, {"contributions[1].transfer_mode": "assign"}),
    Case("contributions.capital-calls-missing", "consortium_five_party", {"capital_calls.mode": "none"}),
    Case("contributions.capital-calls-missing", JV, {"capital_calls.mode": "shareholder_loans"}),
    # Equal partners: dilution hurts both alike.
    Case("contributions.punitive-dilution", JV),
]


@pytest.mark.parametrize("case", TRIGGERS, ids=str)
def test_rule_fires(case: Case) -> None:
    assert_triggers(case)


@pytest.mark.parametrize("case", SILENT, ids=str)
def test_rule_stays_silent(case: Case) -> None:
    assert_silent(case)
