"""A fixed liability cap runs per Contract Year where the profile says a cap over the
whole life of the Agreement may fall short (German standard-terms law); the German
severance clause puts the statute in place of an invalid standard term (section 306(2)
BGB); a distributor's undertaking not to register the supplier's marks outlives the
Agreement."""

from __future__ import annotations

from typing import Any

import pytest

from drafting.law import profile_ids
from drafting.law.profiles import profile
from tests.drafts import flat_text, variant

PER_YEAR = (
    "for all claims arising under or in connection with this Agreement from events in the same Contract Year"
    " shall not exceed EUR 500,000"
)
AGGREGATE = (
    "arising under or in connection with this Agreement shall not exceed EUR 500,000"
    " (five hundred thousand euros) in aggregate"
)


@pytest.mark.parametrize("law", profile_ids())
def test_a_fixed_cap_runs_per_contract_year_where_the_profile_says_so(law: str) -> None:
    text = flat_text(variant("distribution", law=law))
    per_year = profile(law).positions.get("liability_cap_period") == "contract_year"
    assert (PER_YEAR in text) is per_year
    assert (AGGREGATE in text) is not per_year
    if per_year:
        assert "“Contract Year” means the period of twelve (12) months beginning on the Effective Date" in text


def test_german_law_caps_per_contract_year() -> None:
    assert profile("de").positions.get("liability_cap_period") == "contract_year"


def test_the_german_severance_clause_puts_the_statute_in_place_of_an_invalid_standard_term() -> None:
    text = flat_text(variant("distribution", law="de"))
    assert "section 139 of the German Civil Code (BGB)" in text
    assert "Where the invalid provision is a standard business term (section 305 BGB)" in text
    assert "the statutory provisions apply in its place (section 306(2) BGB); in any other case the Parties" in text


@pytest.mark.parametrize("law", ["de", "fr", "ew", "us_ny", "nl"])
def test_the_undertaking_not_to_register_the_marks_outlives_the_agreement(law: str) -> None:
    text = flat_text(variant("distribution", law=law))
    assert "; this undertaking and that duty continue after this Agreement ends, however it ends." in text


@pytest.mark.parametrize("law", ["de", "fr", "ew", "us_ny"])
def test_an_exclusive_distributor_knows_what_follows_when_the_exclusivity_ends(law: str) -> None:
    text = flat_text(variant("distribution", law=law))
    assert "When the exclusivity ends, at the end of that period or earlier under " in text
    assert "the appointment continues as a non-exclusive one for the rest of the Term: BPW may then appoint" in text
    assert "and the minimum purchases under " in text


def test_an_exclusivity_for_the_whole_term_without_minimums_needs_no_such_sentence() -> None:
    def whole_term(data: dict[str, Any]) -> None:
        data["exclusivity"]["duration_months"] = None
        data["distribution"]["minimum_purchase"] = None

    assert "When the exclusivity ends" not in flat_text(variant("distribution", change=whole_term))
