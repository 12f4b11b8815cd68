"""Round-4 senior-lawyer review of the distribution draft: a price increase is counted once
against a minimum stated in money (the Price List does not move the minimum, and the
distributor's remedy for a steep increase is to terminate); Reserved Customers named in the
clause when the answers name them, otherwise defined by a class with a list given at
signing as evidence only, and a review note while that list is still to be agreed. Checked over every
distribution example and scenario and, where the text does not depend on the law, under
every legal-system profile."""

from __future__ import annotations

import pytest

from drafting.law import profile_ids
from drafting.review import review
from tests.drafts import example_data, line_starting, scenario_data, terms_of, text_of, variant_data

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


@pytest.mark.parametrize("name", sorted(DRAFTS))
def test_reserved_customers_of_a_class_are_proved_by_a_list_given_at_signing(name: str) -> None:
    data = DRAFTS[name]()
    exceptions = line_starting(text_of(data), "Exceptions. ")
    assert "that were its customers on the Effective Date (the \u201cReserved Customers\u201d)" in exceptions
    assert "On signing this Agreement, BPW shall give Outillage Moderne a written list naming the Reserved" in (
        exceptions
    )
    assert "the list is evidence of who they are but does not change that definition" in exceptions
    assert "from its records as they stood on the Effective Date" in exceptions
    assert "Within thirty (30) days" not in exceptions and "not named in that list is not one of them" not in exceptions
    notes = [found for found in review(terms_of(data)) if found.rule_id == "distribution.reserved-customers-unnamed"]
    assert len(notes) == 1 and notes[0].path == "exclusivity.carve_outs"
    assert notes[0].clauses == ("clause 4.2",)


@pytest.mark.parametrize("name", sorted(DRAFTS))
def test_named_reserved_customers_are_named_in_the_clause_without_a_list(name: str) -> None:
    data = DRAFTS[name]()
    data["exclusivity"]["carve_outs"] = "Direct sales by BPW to Schaeffler AG and Renault SA"
    exceptions = line_starting(text_of(data), "Exceptions. ")
    assert exceptions == (
        "Exceptions. BPW reserves to itself the sale of the Products to Schaeffler AG and Renault SA (the "
        "\u201cReserved Customers\u201d), and clause 4.1 does not restrict those sales. No other customer "
        "becomes a Reserved Customer without the written consent of Outillage Moderne."
    )
    assert not [found for found in review(terms_of(data)) if found.rule_id == "distribution.reserved-customers-unnamed"]


@pytest.mark.parametrize("name", sorted(DRAFTS))
def test_orders_and_stock_survive_the_end_of_the_exclusivity_for_a_shortfall(name: str) -> None:
    data = DRAFTS[name]()
    minimum = line_starting(text_of(data), "Minimum purchases. ")
    sentence = (
        "If BPW ends the exclusivity under this clause, orders accepted before it ends remain binding on both Parties "
        "and are delivered and paid for on the terms of this Agreement, and Outillage Moderne remains free to sell "
        "the Products it holds in stock."
    )
    exclusive = data["exclusivity"]["kind"] not in ("none", "requirements", "purchase")
    shortfall = data["distribution"].get("minimum_purchase_shortfall")
    assert (sentence in minimum) is (exclusive and shortfall in (None, "convert_to_non_exclusive"))
    data["distribution"]["minimum_purchase_shortfall"] = "top_up_payment"
    assert sentence not in line_starting(text_of(data), "Minimum purchases. ")
