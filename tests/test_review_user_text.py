"""Review rule: numbered references typed into the user's own text."""

from __future__ import annotations

import pytest

from drafting.review import Severity
from tests.review_helpers import Case, assert_silent, assert_triggers

N = Severity.NOTE

TRIGGERS = [
    Case(
        "text.typed-reference",
        "distribution",
        {"distribution.products": "Torque wrenches listed in Schedule 1"},
        N,
        "distribution.products",
    ),
    Case("text.typed-reference", "consortium_five_party", {"scope.objectives[0]": "Meet the targets of clause 4.2"}, N),
    Case("text.typed-reference", "consortium_five_party", {"background": "As set out in Annex 2, ..."}, N),
]

SILENT = [
    *(Case(case.rule_id, case.base) for case in TRIGGERS),
    Case("text.typed-reference", "distribution", {"distribution.products": "Schedule-free torque wrenches, 2 sizes"}),
    # A licence drafts no objectives: the reference is in no text of the agreement.
    Case("text.typed-reference", "licensing", {"scope.objectives": ["Meet the targets of clause 4.2"]}),
]


@pytest.mark.parametrize("case", TRIGGERS, ids=str)
def test_rule_fires(case: Case) -> None:
    assert_triggers(case)


@pytest.mark.parametrize("case", SILENT, ids=str)
def test_rule_stays_silent(case: Case) -> None:
    assert_silent(case)
