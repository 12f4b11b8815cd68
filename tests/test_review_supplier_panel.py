"""Review rules added after a German supply-chain lawyer read the supplier alliance: each
fires on the facts it is about and stays silent otherwise."""

from __future__ import annotations

import pytest

from drafting.review import Severity
from tests.review_helpers import Case, assert_silent, assert_triggers

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE
FLOOR = "boilerplate.liability_cap.expected_value_floor"

TRIGGERS = [
    # An estimate of the yearly value is not silently made the cap's minimum.
    Case(
        "boilerplate.cap-floor-unconfirmed",
        "licensing",
        {"boilerplate.liability_cap.kind": "fees_last_12_months"},
        W,
        FLOOR,
    ),
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
]


@pytest.mark.parametrize("case", TRIGGERS, ids=str)
def test_rule_fires(case: Case) -> None:
    assert_triggers(case)


@pytest.mark.parametrize("case", SILENT, ids=str)
def test_rule_stays_silent(case: Case) -> None:
    assert_silent(case)
