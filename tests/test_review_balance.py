"""Review rules on ownership and the balance of power."""

from __future__ import annotations

import pytest

from drafting.review import Severity
from tests.review_helpers import Case, assert_silent, assert_triggers, findings_of

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE
JV = "joint_venture_50_50"
UNEQUAL = "joint_venture_unequal"


def _holdings(albion: str, hat: str) -> list[dict[str, str]]:
    return [{"party": "Albion", "percent": albion}, {"party": "HAT", "percent": hat}]


TRIGGERS = [
    Case(
        "ownership.holdings-total", JV, {"joint_venture.holdings": _holdings("50", "40")}, E, "joint_venture.holdings"
    ),
    Case(
        "ownership.distributions-total", JV, {"distributions.shares": _holdings("60", "50")}, E, "distributions.shares"
    ),
    # Without a tag-along the smaller partner lacks part of its exit: a warning again.
    Case("balance.power-imbalance", UNEQUAL, {"transfer.tag_along": False}, W, "joint_venture.holdings"),
    # Just over 60 % in a two-party deal.
    Case("balance.power-imbalance", JV, {"joint_venture.holdings": _holdings("61", "39")}, W, "joint_venture.holdings"),
    # Votes alone: equal ownership, but three seats against one.
    Case(
        "balance.power-imbalance",
        JV,
        {"governance.voting_basis": "per_member", "governance.seats[0].seats": 3, "governance.seats[1].seats": 1},
        W,
        "governance.seats",
    ),
    # Contributed value alone.
    Case("balance.power-imbalance", JV, {"contributions[2].value.amount": "1000000.00"}, W, "contributions"),
    # Consortium: largest member over 1.5 times the smallest.
    Case(
        "balance.ownership-vs-votes",
        UNEQUAL,
        {"governance.seats[0].seats": 1, "governance.seats[1].seats": 1},
        W,
        "governance.seats",
    ),
    Case(
        "balance.ownership-vs-contributions",
        UNEQUAL,
        {"contributions[0].value.amount": "18000000.00"},
        W,
        "contributions",
    ),
    Case(
        "balance.ownership-vs-distributions",
        UNEQUAL,
        {"distributions.shares": [{"party": "Lumen", "percent": "50"}, {"party": "Vistula", "percent": "50"}]},
        W,
        "distributions.shares",
    ),
]

SILENT = [
    *(Case(case.rule_id, JV) for case in TRIGGERS),
    Case("balance.power-imbalance", JV, {"joint_venture.holdings": _holdings("60", "40")}),
    # The example drafts every protection the rule would ask for: a note asking for nothing
    # would be filler, so the rule stays silent.
    Case("balance.power-imbalance", UNEQUAL),
    Case("balance.power-imbalance", "consortium_five_party"),
    # The joint-venture research says nothing about a consortium: silent even when unequal.
    Case("balance.power-imbalance", "consortium_five_party", {"contributions[0].value.amount": "500000.00"}),
    # Per-party voting gives each side one vote whatever the seats.
    Case("balance.power-imbalance", JV, {"governance.seats[0].seats": 3}),
    # A party without a value on its contributions: values cannot be compared.
    Case("balance.power-imbalance", JV, {"contributions[2].value": None, "contributions[3].value": None}),
    # 2 of 3 seats (66.7 %) against 70 % ownership is close enough.
    Case("balance.ownership-vs-votes", UNEQUAL),
    Case("balance.ownership-vs-votes", UNEQUAL, {"governance.voting_basis": "weighted_by_ownership"}),
    Case("balance.ownership-vs-contributions", "consortium_five_party"),
    Case("balance.ownership-vs-distributions", UNEQUAL, {"distributions.shares": []}),
]


@pytest.mark.parametrize("case", TRIGGERS, ids=str)
def test_rule_fires(case: Case) -> None:
    assert_triggers(case)


@pytest.mark.parametrize("case", SILENT, ids=str)
def test_rule_stays_silent(case: Case) -> None:
    assert_silent(case)


def test_imbalance_message_reads_the_draft_and_cites_no_statistic() -> None:
    terms = Case("balance.power-imbalance", UNEQUAL, {"transfer.tag_along": False}).terms()
    [finding] = findings_of(terms, "balance.power-imbalance")
    for statistic in ("two-thirds", "almost 60%", "twice as likely"):
        assert statistic not in finding.message
    assert "Lumen 70 %" in finding.message and "Vistula 30 %" in finding.message
    # It recommends only what the draft lacks.
    assert "tag-along" in finding.fix and "board seat" not in finding.fix
    assert "20%" not in finding.message + finding.fix  # no withdrawn FTC safety zone


def test_imbalance_is_reported_once_listing_every_unequal_dimension() -> None:
    terms = Case(
        "balance.power-imbalance",
        UNEQUAL,
        {"governance.seats[0].seats": 3, "governance.seats[1].seats": 1, "transfer.tag_along": False},
    ).terms()
    [finding] = findings_of(terms, "balance.power-imbalance")
    assert "ownership" in finding.message and "votes" in finding.message and "value contributed" in finding.message
