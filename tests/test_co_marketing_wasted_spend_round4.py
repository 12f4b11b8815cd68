"""Co-marketing: the exclusion of "wasted expenditure" does not reach the Campaign spend a
breach wastes (contributions to the Campaign Fund and committed media and agency costs);
other types' excluded-losses clause is unchanged."""

from __future__ import annotations

import pytest

from tests.drafts import example_text, flat_text, scenario_data, terms_of, variant

CARVE = "excludes the liability of a Party in breach for"


@pytest.mark.parametrize("law", ["ie", "ew", "sg", "de", "us_ny"])
def test_committed_campaign_spend_stays_recoverable(law: str) -> None:
    text = flat_text(variant("co_marketing", law=law))
    assert (
        f"{CARVE} the contributions and other sums that the other Party has paid or committed for the Campaign "
        "under " in text
    )
    assert " 2.3, including sums committed to media owners, agencies and other suppliers, and that the breach" in text


def test_without_cash_contributions_the_committed_costs_stay_recoverable() -> None:
    text = flat_text(variant("co_marketing", contributions=[]))
    assert f"{CARVE} the contributions and other sums that the other Party has paid or committed" in text


def test_the_gin_weekends_draft_carves_out_its_campaign_spend() -> None:
    assert f"{CARVE} the contributions and other sums" in flat_text(terms_of(scenario_data("ie_co_marketing")))


@pytest.mark.parametrize("name", ["distribution", "licensing", "joint_venture_50_50", "revenue_sharing"])
def test_other_types_are_unchanged(name: str) -> None:
    assert CARVE not in " ".join(example_text(name).split())
