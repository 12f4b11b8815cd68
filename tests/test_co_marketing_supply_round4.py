"""A co-marketing deal in which one party supplies goods to the other at a price for the
Campaign's packages (the Gin Weekends: two bottles of gin per package "at cost"): the
Programme clause no longer says that neither party sells the other's products, and a short
supply clause makes the supply workable (price, orders, delivery, title and risk,
invoicing, quality, resale as principal). A deal without such a supply is unchanged."""

from __future__ import annotations

import pytest

from tests.drafts import flat_text, scenario_data, terms_of, variant

SUPPLY = {"party": "Merlion", "description": "Supply a welcome hamper per package at cost."}


def test_the_gin_weekends_supply_is_drafted_and_the_seller_clause_follows() -> None:
    text = flat_text(terms_of(scenario_data("ie_co_marketing")))
    assert "neither Party sells the products of the other Party" not in text
    assert "neither Party acts as the agent or distributor of the other Party" in text
    assert "Supplies between the Parties. Where, under clause 3.3, Wildatlantic (the “Supplying Party”)" in text
    assert "supplies goods to Harbour (the “Buying Party”)" in text
    for term in ("price: ", "orders: ", "delivery: ", "title and risk: ", "invoicing: ", "quality: ", "resale: "):
        assert term in text
    assert "risk in the Package Goods passes to the Buying Party on delivery, and title on payment in full" in text
    assert "except the Package Goods, which are paid for under clause 2.4" in text


@pytest.mark.parametrize("law", ["ie", "ew", "sg", "de", "us_ny"])
def test_a_supply_at_a_price_in_the_responsibilities_brings_the_supply_terms(law: str) -> None:
    def add(data: dict[str, object]) -> None:
        obligations = data["scope"]["obligations"]  # type: ignore[index]
        obligations.append(SUPPLY)  # type: ignore[union-attr]

    text = flat_text(variant("co_marketing", law=law, change=add))
    assert "Merlion (the “Supplying Party”) supplies goods to Skyward (the “Buying Party”)" in text
    assert "not as the agent or distributor of the Supplying Party" in text


def test_without_a_priced_supply_nothing_changes() -> None:
    text = flat_text(variant("co_marketing"))
    assert "Supplying Party" not in text and "Package Goods" not in text
    assert "neither Party sells the products of the other Party" in text
