"""Review rules on open-source and community alliances."""

from __future__ import annotations

import pytest

from drafting.review import Severity
from tests.review_helpers import Case, assert_silent, assert_triggers

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE
OS = "open_source_community"
#: Premier members appoint one board seat each, General members none.
TIERS = [
    {"name": "Premier", "annual_fee": {"amount": "50000", "currency": "EUR"}, "board_seats": 1},
    {"name": "General", "annual_fee": {"amount": "5000", "currency": "EUR"}},
]
ALL_PREMIER = [{"party": name, "tier": "Premier"} for name in ("Energiequelle", "Lionsgate", "Cascade")]

TRIGGERS = [
    Case(
        "community.inbound-missing",
        OS,
        {"open_source.contribution_mechanism": "none"},
        E,
        "open_source.contribution_mechanism",
    ),
    Case(
        "community.inbound-licence-missing",
        OS,
        {"open_source.inbound_equals_outbound": False},
        E,
        "open_source.inbound_equals_outbound",
    ),
    Case("community.licence-missing", OS, {"open_source.licence": ""}, E, "open_source.licence"),
    Case(
        "community.antitrust-policy-missing",
        OS,
        {"open_source.antitrust_policy": False},
        W,
        "open_source.antitrust_policy",
    ),
    Case("community.trademark-holder", OS, {"open_source.trademark_holder": ""}, N, "open_source.trademark_holder"),
    Case(
        "community.member-without-tier",
        OS,
        {"open_source.tiers": TIERS, "open_source.members": [{"party": "Energiequelle", "tier": "Premier"}]},
        W,
        "open_source.members",
    ),
    Case(
        "community.tier-seats-mismatch",
        OS,
        {"open_source.tiers": TIERS, "open_source.members": ALL_PREMIER, "governance.seats[2].seats": 2},
        E,
        "governance.seats",
    ),
]

SILENT = [
    *(Case(case.rule_id, case.base) for case in TRIGGERS),
    # A CLA is an inbound licence too.
    Case(
        "community.inbound-licence-missing",
        OS,
        {"open_source.inbound_equals_outbound": False, "open_source.contribution_mechanism": "cla"},
    ),
    Case("community.antitrust-policy-missing", OS, {"open_source.antitrust_policy": False, "competitors": False}),
    # The foundation hosts the project and is no member: it needs no tier.
    Case("community.member-without-tier", OS, {"open_source.tiers": TIERS, "open_source.members": ALL_PREMIER}),
    # No list of seats: nothing to contradict.
    Case(
        "community.tier-seats-mismatch",
        OS,
        {"open_source.tiers": TIERS, "open_source.members": ALL_PREMIER, "governance.seats": []},
    ),
]


@pytest.mark.parametrize("case", TRIGGERS, ids=str)
def test_rule_fires(case: Case) -> None:
    assert_triggers(case)


@pytest.mark.parametrize("case", SILENT, ids=str)
def test_rule_stays_silent(case: Case) -> None:
    assert_silent(case)
