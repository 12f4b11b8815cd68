"""Round-4 senior-lawyer review of the distribution draft: a price increase is counted once
against a minimum stated in money (the Price List does not move the minimum, and the
distributor's remedy for a steep increase is to terminate). Checked over every
distribution example and scenario and, where the text does not depend on the law, under
every legal-system profile."""

from __future__ import annotations

import pytest

from drafting.law import profile_ids
from tests.drafts import example_data, line_starting, scenario_data, text_of, variant_data

DRAFTS = {
    "distribution": lambda: example_data("distribution"),
    "distribution_minimums": lambda: example_data("distribution_minimums"),
    "de_distribution": lambda: scenario_data("de_distribution"),
}
LAWS = sorted(profile_ids())


def _british(line: str) -> str:
    # US profiles write "percent"; the phrases below are checked once for every law.
    return line.replace("percent", "per cent")


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("name", sorted(DRAFTS))
def test_a_price_increase_is_counted_once_against_a_money_minimum(name: str, law: str) -> None:
    data = DRAFTS[name]()
    data["governing_law"] = {"profile": law, "other": ""}
    text = text_of(data)
    prices = _british(line_starting(text, "Prices and payment. "))
    minimum = line_starting(text, "Minimum purchases. ")
    # The distributor's remedy for a steep increase is to leave, not a smaller minimum.
    assert "by more than five per cent (5%) in total" in prices
    assert "that limit, terminate this Agreement on ninety (90) days' notice." in prices
    assert "reduced" not in prices and "percentage of the increase" not in text
    # The minimum clause says once, and only there, that the Price List does not move it.
    assert (
        "The minimum is a fixed amount that a change to the Price List neither increases nor reduces, "
        "a higher price already lowering the quantity of Products needed to reach it." in minimum
    )
    assert text.count("neither increases nor reduces") == 1
    assert "at the prices of the Price List in force when they were ordered" in minimum


def test_without_a_minimum_there_is_no_price_increase_remedy() -> None:
    data = variant_data("distribution", distribution__minimum_purchase=None)
    text = text_of(data)
    assert "by more than five per cent (5%)" not in line_starting(text, "Prices and payment. ")
    assert "neither increases nor reduces" not in text
