"""The licence of marks in a co-marketing agreement follows the Programme: it reaches only
the Programme's territory (a wider territory answered for a mark is reported by the
review), and it covers the names the Campaign itself uses rather than excluding them."""

from __future__ import annotations

import pytest

from drafting.review.engine import review
from tests.drafts import example_data, flat_text, scenario_data, terms_of, variant


def _marks_findings(data: dict[str, object]) -> list[str]:
    return [f.message for f in review(terms_of(data)) if f.rule_id == "co-marketing.marks-territory"]


def test_the_gin_weekends_marks_are_licensed_in_the_programme_territory_only() -> None:
    text = flat_text(terms_of(scenario_data("ie_co_marketing")))
    assert "in Ireland and Northern Ireland (the “Territory”)" in text
    assert "(its “Marks”) solely for the Campaign in the Territory, during the Term" in text
    assert "Wildatlantic: WILD ATLANTIC GIN word mark and bottle logo;" in text
    assert "in the EEA and the UK" not in text
    assert (
        "The Marks include the names of the Parties and of their products as they appear in the name of the "
        "Campaign and in its approved materials, and this licence is the only licence of the Marks" in text
    )


@pytest.mark.parametrize("law", ["ie", "ew", "sg", "de", "us_ca"])
def test_every_law_limits_the_marks_to_the_territory(law: str) -> None:
    text = flat_text(variant("co_marketing", law=law))
    assert "solely for the Campaign in the Territory, during the Term" in text
    assert "(the “Territory”)" in text


def test_without_a_programme_territory_each_licence_keeps_its_own() -> None:
    text = flat_text(variant("co_marketing", scope__territory=""))
    assert "solely for the Campaign, during the Term" in text
    assert "in the EEA and the UK;" in text


def test_review_notes_marks_licensed_beyond_the_programme() -> None:
    found = _marks_findings(scenario_data("ie_co_marketing"))
    assert len(found) == 1
    assert "the marks of Wildatlantic and Harbour in EEA and UK" in found[0]
    assert "the Programme runs in Ireland and Northern Ireland (clause 3.2)" in found[0]
    # The same places in other words ("EEA and UK" for "European Economic Area and United Kingdom").
    assert not _marks_findings(example_data("co_marketing"))
