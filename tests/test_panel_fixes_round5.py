"""Fixes from the fifth lawyer panels: an adjourned joint-venture board decides ordinary
business by those present (the Reserved Matters keep their own protection), and a licence
whose term runs to the last Royalty Term has a sell-off only after an earlier termination."""

from __future__ import annotations

import pytest

from tests.drafts import flat_text, variant

JV_EXAMPLES = ("joint_venture_unequal", "joint_venture_50_50", "professionals_company")


@pytest.mark.parametrize("name", JV_EXAMPLES)
def test_an_absent_joint_venture_party_cannot_block_ordinary_business_at_an_adjourned_meeting(name: str) -> None:
    text = flat_text(variant(name, governance__quorum__rule="all_parties"))
    assert "has opposed in writing before the adjourned meeting" not in text
    assert "a Reserved Matter may be decided there only with the approval that" in text


def test_other_types_keep_the_opposition_rule() -> None:
    text = flat_text(variant("consortium_five_party", governance__quorum__rule="all_parties"))
    assert "has opposed in writing before the adjourned meeting" in text


@pytest.mark.parametrize("name", ["licensing", "licensing_milestones"])
@pytest.mark.parametrize("law", ["ew", "us_ny", "de"])
def test_a_licence_that_runs_to_the_last_royalty_term_sells_off_only_after_termination(name: str, law: str) -> None:
    text = flat_text(variant(name, law=law))
    assert "Sell-off. For ninety (90) days after the termination of this Agreement other than by" in text
    assert "after the expiry of this Agreement, or its termination" not in text
    assert "in the course of manufacture at the date of termination, on the terms" in text


def test_the_consortium_agreement_leaves_the_grant_agreement_in_place() -> None:
    text = flat_text(variant("consortium_five_party"))
    assert "Nothing in this clause affects the Grant Agreement, which prevails as clause " in text


def test_the_coordinator_always_pays_over_what_it_receives_for_a_member() -> None:
    text = flat_text(variant("consortium_five_party"))
    assert "nor its obligation to pay over to each Member, when due, the sums it receives for that Member" in text


def test_a_german_set_off_exception_counts_an_arbitral_award() -> None:
    text = flat_text(variant("distribution", law="de"))
    assert "finally determined by a court or arbitral tribunal (rechtskräftig festgestellt)" in text


@pytest.mark.parametrize("name", ["co_marketing", "licensing"])
def test_a_two_party_mediation_fallback_speaks_of_either_party(name: str) -> None:
    text = flat_text(variant(name, disputes__mediation__provider="ad_hoc"))
    if "a mediator appointed at the request of" in text:
        assert "at the request of either of them" in text
    assert "at the request of any of them" not in text
