"""The wizard's question on a co-marketing campaign's regulated products: the answers load
into the table, come back unchanged, and are saved in the draft's JSON."""

from __future__ import annotations

from tests.drafts import scenario_data, terms_of


def test_regulated_products_round_trip_through_the_wizard(wizard) -> None:
    terms = terms_of(scenario_data("ie_co_marketing"))
    wizard.load(terms)
    collected, problems = wizard.collect()
    assert problems == []
    assert collected.co_marketing is not None
    assert [(item.party, item.category.value) for item in collected.co_marketing.regulated_products] == [
        ("Wildatlantic", "alcohol")
    ]
    saved = collected.model_dump(mode="json")
    assert saved["co_marketing"]["regulated_products"] == [{"party": "Wildatlantic", "category": "alcohol"}]
