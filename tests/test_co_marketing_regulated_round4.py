"""A co-marketing campaign for a regulated product (alcohol, gambling, financial, health,
food, tobacco): the product named in the answers brings its own clause, with the
regulated party's express sign-off, no content aimed at minors for age-restricted
products and each party's licences warranted; the approval and advertising clauses
refer to it; a law that restricts discounted alcohol packages is reported by the review."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafting.review.engine import review as review_terms
from drafting.terms import AgreementTerms
from drafting.terms.extras import RegulatedCategory
from drafting.terms.migrations import STEPS, upgrade_terms
from tests.drafts import ROOT, flat_text, scenario_data, terms_of, variant

AGED = {RegulatedCategory.ALCOHOL, RegulatedCategory.GAMBLING, RegulatedCategory.TOBACCO}


def _regulated(category: RegulatedCategory, law: str = "ie") -> str:
    return flat_text(
        variant(
            "co_marketing",
            law=law,
            co_marketing__regulated_products=[{"party": "Merlion", "category": category.value}],
        )
    )


@pytest.mark.parametrize("category", list(RegulatedCategory))
def test_each_regulated_category_has_its_own_clause_with_the_regulated_party_named(
    category: RegulatedCategory,
) -> None:
    text = _regulated(category)
    assert "Regulated products. The " in text and "of Merlion (the “Regulated Products”)" in text
    assert "Merlion is the “Regulated Party”" in text
    # Positive sign-off: silence never approves a regulated promotion.
    assert "it is given only expressly, silence being a refusal" in text
    assert "every licence, registration and authorisation it needs to sell, supply, serve or promote" in text
    # The approval rule and the general advertising clause point to it instead of a generic "where".
    assert "Subject to the Regulated Party's approval under clause" in text
    assert "The promotion of the Regulated Products is also subject to clause" in text
    assert "Where a product of a Party is subject to specific promotion rules" not in text
    minors = "persons under the age at which they may lawfully be bought" in text
    assert minors is (category in AGED)


def test_the_irish_alcohol_statute_is_named_only_under_irish_law() -> None:
    assert "including in Ireland, the Public Health (Alcohol) Act 2018." in _regulated(RegulatedCategory.ALCOHOL)
    for law in ("ew", "sg", "de"):
        text = _regulated(RegulatedCategory.ALCOHOL, law)
        assert "Public Health (Alcohol) Act" not in text
        assert "(the “Promotion Rules”). Merlion is the “Regulated Party”" in text
    # A category the profile has no statute for names none.
    assert "Public Health (Alcohol) Act" not in _regulated(RegulatedCategory.GAMBLING)


def test_without_regulated_products_the_general_rule_stays() -> None:
    text = flat_text(variant("co_marketing"))
    assert "Regulated Products" not in text
    assert "Where a product of a Party is subject to specific promotion rules" in text
    assert "This clause is the only procedure for approving Campaign materials" in text


def test_a_regulated_product_of_both_parties_names_each() -> None:
    text = flat_text(
        variant(
            "co_marketing",
            law="ie",
            co_marketing__regulated_products=[
                {"party": "Skyward", "category": "financial"},
                {"party": "Merlion", "category": "alcohol"},
            ],
        )
    )
    assert "The financial products and services of Skyward and the alcohol products of Merlion" in text
    assert "The Party whose product it is is the “Regulated Party” for each Regulated Product" in text


def test_the_gin_weekends_scenario_drafts_the_alcohol_clause() -> None:
    text = flat_text(terms_of(scenario_data("ie_co_marketing")))
    assert "The alcohol products of Wildatlantic (the “Regulated Products”)" in text
    assert "Public Health (Alcohol) Act 2018" in text
    assert "including, for a Party that sells or serves an alcohol product, its licence to sell alcohol" in text


def test_review_reports_a_discounted_package_with_alcohol_under_irish_law() -> None:
    found = [f for f in review_terms(terms_of(scenario_data("ie_co_marketing"))) if f.rule_id.endswith("bundle")]
    assert len(found) == 1
    finding = found[0]
    assert "section 23 of the Public Health (Alcohol) Act 2018" in finding.message
    assert "20% discount" in finding.message and finding.path == "scope.obligations"
    # The same package under a law whose profile says nothing, or with no alcohol, is silent.
    data = scenario_data("ie_co_marketing")
    data["co_marketing"]["regulated_products"] = []
    assert not [f for f in review_terms(terms_of(data)) if f.rule_id.endswith("bundle")]


def test_a_schema_8_draft_migrates_and_renders_unchanged() -> None:
    assert STEPS[8].__name__ == "_v8_regulated_products"
    # The example as version 8 saved it: without the regulated products (new in 9).
    old = json.loads(Path(ROOT / "examples" / "co_marketing.json").read_text(encoding="utf-8"))
    old["schema_version"] = 8
    old["co_marketing"].pop("regulated_products", None)
    upgraded = upgrade_terms(old)
    terms = AgreementTerms.model_validate(upgraded)
    assert terms.co_marketing is not None and terms.co_marketing.regulated_products == ()
    assert flat_text(terms) == flat_text(AgreementTerms.model_validate(old))
