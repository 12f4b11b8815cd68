"""Review rules on term, exit and transfer."""

from __future__ import annotations

import pytest

from drafting.review import Severity
from tests.review_helpers import Case, assert_silent, assert_triggers

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE
JV = "joint_venture_50_50"

TRIGGERS = [
    Case("lifecycle.exit-missing", JV, {"exit": None}, E, "exit"),
    Case("lifecycle.exit-missing", "equity_alliance", {"exit": None}, E, "exit"),
    Case("lifecycle.exit-expert-missing", JV, {"exit.expert": ""}, W, "exit.expert"),
    Case("lifecycle.exit-timetable-missing", JV, {"exit.timetable_days": 0}, W, "exit.timetable_days"),
    Case("lifecycle.exit-formula-missing", JV, {"exit.valuation": "formula"}, W, "exit.formula"),
    Case(
        "lifecycle.exit-multiple-missing",
        JV,
        {"exit.valuation": "formula", "exit.formula": "ebitda_multiple"},
        W,
        "exit.multiple",
    ),
    Case("lifecycle.transfer-missing", JV, {"transfer": None}, W, "transfer"),
    Case(
        "consistency.answer-not-drafted",
        JV,
        {"termination.convenience.allowed": True},
        W,
        "termination.convenience.allowed",
    ),
    Case(
        "lifecycle.fixed-term-undefined",
        "co_marketing",
        {"term.length_months": None, "term.end_date": None},
        W,
        "term.length_months",
    ),
    Case(
        "lifecycle.completion-undefined",
        "consortium_five_party",
        {"scope.milestones": [], "term.end_date": None},
        W,
        "term.kind",
    ),
    Case("lifecycle.end-before-start", "licensing", {"term.end_date": "2026-12-31"}, E, "term.effective_date"),
]

SILENT = [
    *(Case(case.rule_id, case.base) for case in TRIGGERS),
    Case("lifecycle.exit-missing", "distribution", {"exit": None}),
    Case(
        "lifecycle.exit-expert-missing",
        JV,
        {"exit.expert": "", "exit.valuation": "formula", "exit.formula": "net_assets"},
    ),
    Case("lifecycle.exit-multiple-missing", JV, {"exit.valuation": "formula", "exit.formula": "net_assets"}),
    Case("lifecycle.transfer-missing", "consortium_five_party", {"transfer": None}),
    Case("consistency.answer-not-drafted", "co_marketing"),
    # A consortium member withdraws; it has no shares to price on exit.
    Case("lifecycle.exit-missing", "consortium_five_party", {"exit": None}),
    Case("lifecycle.fixed-term-undefined", "co_marketing", {"term.length_months": None}),
    Case("lifecycle.completion-undefined", "consortium_five_party", {"scope.milestones": []}),
]


@pytest.mark.parametrize("case", TRIGGERS, ids=str)
def test_rule_fires(case: Case) -> None:
    assert_triggers(case)


@pytest.mark.parametrize("case", SILENT, ids=str)
def test_rule_stays_silent(case: Case) -> None:
    assert_silent(case)
