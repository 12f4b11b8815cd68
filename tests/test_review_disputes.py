"""Review rules on dispute resolution."""

from __future__ import annotations

import pytest

from drafting.review import Severity
from tests.review_helpers import Case, assert_silent, assert_triggers

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE
JV = "joint_venture_50_50"
OTHER_LAW = {"profile": "neutral", "other": "Ruritania"}

TRIGGERS = [
    Case(
        "disputes.arbitration-seat-missing",
        "licensing",
        {"disputes.arbitration.seat": ""},
        E,
        "disputes.arbitration.seat",
    ),
    Case(
        "disputes.arbitration-seat-missing", "licensing", {"disputes.arbitration": None}, E, "disputes.arbitration.seat"
    ),
    Case(
        "disputes.arbitration-language-missing",
        "licensing",
        {"disputes.arbitration.language": " "},
        E,
        "disputes.arbitration.language",
    ),
    Case("disputes.even-arbitrators", "licensing", {"disputes.arbitration.arbitrators": 2}, W),
    # Under a law with a profile, no courts named means its usual courts: only another law needs them named.
    Case(
        "disputes.courts-missing",
        "data_sharing",
        {"disputes.courts": None, "governing_law": OTHER_LAW},
        E,
        "disputes.courts.courts",
    ),
    Case("disputes.courts-missing", "licensing", {"disputes.forum": "courts", "governing_law": OTHER_LAW}, E),
    Case("disputes.negotiation-deadline-missing", "licensing", {"disputes.negotiation_days": None}, W),
    Case(
        "disputes.mediation-deadline-missing", "licensing", {"disputes.mediation.days": 0}, W, "disputes.mediation.days"
    ),
    Case(
        "governance.deadlock-escalation-deadline-missing",
        JV,
        {"governance.deadlock.escalation_days": 0},
        W,
        "governance.deadlock.escalation_days",
    ),
    Case(
        "governance.deadlock-mediation-deadline-missing",
        JV,
        {"governance.deadlock.mediation_days": 0},
        W,
        "governance.deadlock.mediation_days",
    ),
    Case("disputes.no-injunction-carve-out", "licensing", {"disputes.injunctive_carve_out": False}, N),
]

SILENT = [
    *(Case(case.rule_id, case.base) for case in TRIGGERS if case.base != "consortium_five_party"),
    # Courts chosen: arbitration details do not matter.
    Case("disputes.arbitration-seat-missing", "data_sharing"),
    Case("disputes.even-arbitrators", "licensing", {"disputes.arbitration.arbitrators": 3}),
    Case("disputes.multi-party-arbitration", "licensing"),
    # The drafted clause already provides joinder, consolidation and the whole tribunal
    # (a clause without them fires: tests/test_disputes_law.py).
    Case("disputes.multi-party-arbitration", "consortium_five_party"),
    Case(
        "disputes.negotiation-deadline-missing",
        "licensing",
        {"disputes.negotiation": False, "disputes.negotiation_days": None},
    ),
    Case("disputes.mediation-deadline-missing", "licensing", {"disputes.mediation": None}),
    Case("governance.deadlock-escalation-deadline-missing", "open_source_community"),
    # A step the user left out is not in the agreement, so it has no deadline to miss.
    Case("governance.deadlock-escalation-deadline-missing", JV, {"governance.deadlock.escalation_days": None}),
    Case("governance.deadlock-mediation-deadline-missing", JV, {"governance.deadlock.mediation_days": None}),
]


@pytest.mark.parametrize("case", TRIGGERS, ids=str)
def test_rule_fires(case: Case) -> None:
    assert_triggers(case)


@pytest.mark.parametrize("case", SILENT, ids=str)
def test_rule_stays_silent(case: Case) -> None:
    assert_silent(case)
