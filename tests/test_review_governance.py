"""Review rules on governance: deadlock in 50/50 deals, casting votes, quorum, reserved
matters, seats, shotgun clauses and the consortium veto window."""

from __future__ import annotations

import pytest

from drafting.review import Severity
from tests.review_helpers import Case, assert_silent, assert_triggers

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE
JV = "joint_venture_50_50"
UNEQUAL = "joint_venture_unequal"
NO_DEADLOCK_STEPS = {
    "governance.deadlock.terminal": "none",
    "governance.deadlock.escalation_days": None,
    "governance.deadlock.mediation_days": None,
}

TRIGGERS = [
    Case("governance.deadlock-missing", JV, {"governance.deadlock": None}, E, "governance.deadlock"),
    Case("governance.deadlock-missing", JV, NO_DEADLOCK_STEPS, E, "governance.deadlock"),
    # Equal board seats make a 50/50 even when no company is owned.
    Case(
        "governance.deadlock-missing",
        JV,
        {"governance.body": "board", "governance.deadlock": None},
        E,
    ),
    Case(
        "governance.deadlock-no-final-step",
        JV,
        {"governance.deadlock.terminal": "none"},
        W,
        "governance.deadlock.terminal",
    ),
    Case(
        "governance.deadlock-committee",
        "licensing",
        {
            "governance.deadlock": None,
            "governance.body": "steering_committee",
            "governance.seats": [{"party": "Carraig", "seats": 2}, {"party": "Medinova", "seats": 2}],
            # A licence drafts its committee only when the user adds it (an optional part).
            "extra_modules": ["steering_committee"],
        },
        N,
        "governance.deadlock",
    ),
    Case("governance.casting-vote-fifty-fifty", JV, {"governance.casting_vote": "chair"}, W, "governance.casting_vote"),
    Case(
        "governance.casting-vote-fifty-fifty",
        "distribution",
        {"governance.casting_vote": "party", "governance.casting_vote_party": "BPW"},
        W,
    ),
    Case(
        "governance.quorum-blockable",
        JV,
        {"governance.quorum.adjourned_meeting_reduced": False},
        W,
        "governance.quorum.adjourned_meeting_reduced",
    ),
    Case(
        "governance.reserved-matters-missing",
        "consortium_five_party",
        {"governance.reserved_matters": []},
        W,
        "governance.reserved_matters",
    ),
    Case(
        "governance.reserved-matter-amount",
        JV,
        {"governance.reserved_matters[2].amount": None},
        W,
        "governance.reserved_matters[2].amount",
    ),
    Case(
        "governance.party-without-seat",
        "consortium_five_party",
        {"governance.seats[3].seats": 0},
        W,
        "governance.seats",
    ),
    Case(
        "governance.shotgun-unequal",
        UNEQUAL,
        {"governance.deadlock.terminal": "russian_roulette"},
        W,
        "governance.deadlock.terminal",
    ),
    Case("governance.shotgun-unequal", UNEQUAL, {"governance.deadlock.terminal": "texas_shootout"}, W),
    # Equal ownership but one side contributed far more value: unequal means to buy out.
    Case("governance.shotgun-unequal", JV, {"contributions[2].value.amount": "1000000.00"}, W),
    Case(
        "governance.veto-window",
        "consortium_five_party",
        {"governance.veto_window_days": None},
        N,
        "governance.veto_window_days",
    ),
]

SILENT = [
    *(Case(case.rule_id, case.base) for case in TRIGGERS),
    # 70/30 is not a 50/50: a missing deadlock clause is not this error.
    Case("governance.deadlock-missing", UNEQUAL, {"governance.deadlock": None}),
    # Many parties: one side cannot deadlock the others alone.
    Case("governance.deadlock-missing", "consortium_five_party", {"governance.deadlock": None}),
    Case("governance.deadlock-missing", JV, {"governance.deadlock.terminal": "none"}),
    Case("governance.deadlock-committee", "open_source_community"),
    # A minority investor has consent rights, not a deadlock ladder.
    Case("governance.deadlock-missing", "equity_alliance", {"governance.body": "board", "governance.deadlock": None}),
    Case(
        "governance.casting-vote-fifty-fifty",
        JV,
        {"governance.casting_vote": "chair", "governance.chair": "independent"},
    ),
    Case("governance.casting-vote-fifty-fifty", UNEQUAL, {"governance.casting_vote": "chair"}),
    Case(
        "governance.quorum-blockable",
        JV,
        {"governance.body": "none", "governance.quorum.adjourned_meeting_reduced": False},
    ),
    Case("governance.reserved-matters-missing", "distribution", {"governance.reserved_matters": []}),
    Case(
        "governance.reserved-matter-amount",
        JV,
        {"governance.reserved_matters[2].amount": None, "governance.reserved_matters[2].matter": "Borrowing"},
    ),
    Case("governance.party-without-seat", "open_source_community", {"governance.seats[2].seats": 0}),
    Case("governance.shotgun-unequal", JV, {"governance.deadlock.terminal": "russian_roulette"}),
    Case("governance.veto-window", JV, {"governance.veto_window_days": None}),
]


@pytest.mark.parametrize("case", TRIGGERS, ids=str)
def test_rule_fires(case: Case) -> None:
    assert_triggers(case)


@pytest.mark.parametrize("case", SILENT, ids=str)
def test_rule_stays_silent(case: Case) -> None:
    assert_silent(case)
