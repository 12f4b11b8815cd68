"""Review rules on open-source and community alliances."""

from __future__ import annotations

import pytest

from drafting.review import Severity
from tests.review_helpers import Case, assert_silent, assert_triggers

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE
OS = "open_source_community"

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
]


@pytest.mark.parametrize("case", TRIGGERS, ids=str)
def test_rule_fires(case: Case) -> None:
    assert_triggers(case)


@pytest.mark.parametrize("case", SILENT, ids=str)
def test_rule_stays_silent(case: Case) -> None:
    assert_silent(case)
