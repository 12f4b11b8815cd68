"""Round-3 German-law review of the exclusive distribution draft: an exclusive supplier
does not sell into the Territory itself, the minimum purchase has stated remedies only,
a product-liability package, German sale terms, a buy-back option, price changes under a
minimum, reserved customers, each duty of the distributor once, subcontracting consent for
the distributor's own functions only, and no silent drop of services from the Products.
Checked over every distribution example and scenario and, where the text does not depend
on the law, under every legal-system profile."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from drafting.law import profile_ids
from drafting.review import review
from drafting.terms import AgreementTerms

ROOT = Path(__file__).resolve().parent.parent
DISTRIBUTIONS = sorted(
    path
    for path in [*ROOT.glob("examples/*.json"), *ROOT.glob("tests/scenarios/*.json")]
    if json.loads(path.read_text(encoding="utf-8")).get("model") == "distribution"
)
SCENARIO = ROOT / "tests" / "scenarios" / "de_distribution.json"
LAWS = sorted(profile_ids())


def _data(path: Path, law: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = AgreementTerms.from_json(path.read_text(encoding="utf-8")).model_dump(mode="json")
    if law is not None:
        data["governing_law"]["profile"] = law
    return data


def _text(data: dict[str, Any]) -> str:
    return "\n".join(body_text_lines(assemble_agreement(AgreementTerms.model_validate(data))))


@cache
def _drafted(path: Path, law: str | None = None) -> str:
    return _text(_data(path, law))


def _clause(text: str, heading: str) -> str:
    # US spelling writes "trademarks" in headings.
    return next(
        line for line in text.splitlines() if line.replace("trademark", "trade mark").startswith(heading + ". ")
    )


EXCLUSIVE = [path for path in DISTRIBUTIONS if _data(path)["exclusivity"]["kind"] == "territory"]


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("path", EXCLUSIVE, ids=lambda path: path.stem)
def test_an_exclusive_supplier_does_not_sell_into_the_territory_itself(path: Path, law: str) -> None:
    grant = _clause(_drafted(path, law), "Exclusivity")
    assert "nor sell the Products there itself, whether actively or in response to unsolicited orders" in grant
    assert "actively sell the Products there itself" not in grant
    # Passive sales by the supplier's other distributors stay open (competition law) ...
    assert "Sales by those other distributors and customers in response to unsolicited orders" in grant
    # ... once: no general sentence letting the supplier take unsolicited orders, and the
    # user's passive-sales text is not printed again.
    assert "Nothing in this" not in grant
    assert grant.lower().count("passive") == 1


MINIMUMS = [path for path in DISTRIBUTIONS if _data(path)["distribution"]["minimum_purchase"] is not None]


@pytest.mark.parametrize("path", MINIMUMS, ids=lambda path: path.stem)
def test_the_minimum_has_stated_remedies_only_and_ends_with_the_exclusivity(path: Path) -> None:
    data = _data(path)
    for shortfall in (None, "convert_to_non_exclusive", "termination", "reduce_territory"):
        data["distribution"]["minimum_purchase_shortfall"] = shortfall
        minimum = _clause(_text(data), "Minimum purchases")
        assert (
            "A shortfall is not a breach of this Agreement and gives BPW no claim to damages or to the price" in minimum
        )
        assert "for as long as the exclusivity under clause 4.1 applies" in minimum
        if shortfall in (None, "convert_to_non_exclusive"):
            # Not offered once the exclusivity has ended.
            assert "end the exclusivity under clause 4.1, if it still applies" in minimum
    # A non-exclusive appointment: a minimum with termination as its only remedy.
    data["exclusivity"]["kind"] = "none"
    data["distribution"]["minimum_purchase_shortfall"] = None
    minimum = _clause(_text(data), "Minimum purchases")
    assert "exclusivity" not in minimum and "These are BPW's only remedies for a shortfall." in minimum


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("path", DISTRIBUTIONS, ids=lambda path: path.stem)
def test_a_product_liability_package(path: Path, law: str) -> None:
    text = _drafted(path, law)
    indemnity = text.split("Indemnity. ", 1)[1].split("Conduct of claims", 1)[0]
    assert (
        "in the case of BPW, a defect in the Products that causes death, personal injury or damage to property "
        "other than the Products themselves (including a claim under the law on product liability)" in indemnity
    )
    assert "except to the extent that the defect or the claim results from a modification of the Products" in indemnity
    assert "in the case of Outillage Moderne, a modification of the Products" in indemnity
    assert "a statement or warranty about them that Outillage Moderne gave beyond" in indemnity
    assert "an allegation that the Products, or the Marks used as this Agreement permits, infringe" in indemnity
    assert "material, information or Intellectual Property Rights that the Indemnifying Party provided" not in indemnity
    assert (
        "limits the recourse of Outillage Moderne against BPW for claims that its customers bring for defects in "
        "the Products." in _clause(text, "Excluded losses")
    )
    insurance = _clause(text, "Insurance")
    assert "product liability insurance covering the Products, including product recall cover" in insurance
    assert "EUR 2,000,000 (two million euros)" in insurance and "[" not in insurance


def test_without_an_insurance_answer_the_cover_is_sized_on_the_cap() -> None:
    data = _data(SCENARIO)
    data["boilerplate"]["insurance"] = None
    insurance = _clause(_text(data), "Insurance")
    assert "not less than EUR 500,000 (five hundred thousand euros) for each claim" in insurance
    data["boilerplate"]["liability_cap"]["kind"] = "none"
    insurance = _clause(_text(data), "Insurance")
    assert "not less than EUR 400,000 (four hundred thousand euros) for each claim" in insurance


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("path", DISTRIBUTIONS, ids=lambda path: path.stem)
def test_the_supplier_carries_product_safety_and_german_law_sets_the_sale_terms(path: Path, law: str) -> None:
    text = _drafted(path, law)
    warranty = _clause(text, "Product warranty and recall")
    assert "BPW shall supply the Products in compliance with the product-safety law that applies to them" in warranty
    assert "Regulation (EU) 2023/988 on general product safety" in warranty  # both parties in the EU
    assert "instructions for use and safety information in the official language or languages of the Territory" in (
        warranty
    )
    assert "product safety notified to it by" not in warranty
    assert "labelling, marketing and sale" not in text
    if law == "de":
        assert "on delivery, conform to their specifications" in warranty
        assert (
            "within five (5) Business Days after delivery, and of any other defect within thirty (30) days" in warranty
        )
        assert "section 377 of the German Commercial Code (HGB)" in warranty
        assert "in place of the period under section 438(1) no. 3 BGB" in warranty
        assert "not a guarantee of durability (Haltbarkeitsgarantie) within the meaning of section 443 BGB" in warranty
        assert "are not limited by this clause" not in warranty
    else:
        assert "HGB" not in warranty and "on delivery and for" in warranty


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("path", DISTRIBUTIONS, ids=lambda path: path.stem)
def test_the_buy_back_is_the_suppliers_option_and_a_defaulting_distributor_has_no_sell_off(
    path: Path, law: str
) -> None:
    text = _drafted(path, law)
    stock = _clause(text, "Stock, trade marks and customers")
    assert (
        "within thirty (30) days after termination or expiry of this Agreement, BPW may by notice" in stock.lower()
        or ("Within thirty (30) days after termination or expiry of this Agreement, BPW may by notice" in stock)
    )
    assert "elect to buy back all or any of the Products" in stock
    assert "at the lower of their landed cost to Outillage Moderne" in stock
    assert "returned against cancellation of the invoice for them" in stock
    # The option is a duty only where BPW ends the relationship without the distributor's
    # fault (round 7: tests/test_distribution_round7.py); otherwise it stays an option.
    assert "BPW shall buy back" not in stock
    wind_down = _clause(text, "Wind-down")
    assert "or its termination other than by BPW under" in wind_down
    assert "for a breach by, or an Insolvency Event of, Outillage Moderne" in wind_down
    assert "that are not to be bought back under" in wind_down


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("path", DISTRIBUTIONS, ids=lambda path: path.stem)
def test_price_list_currency_and_price_increases_under_a_minimum(path: Path, law: str) -> None:
    text = _drafted(path, law)
    assert "\u201cPrice List\u201d means the list of the prices of BPW for the Products" in text
    assert "price list of BPW" not in text
    prices = _clause(text, "Prices and payment")
    assert "prices are stated, invoiced and paid in EUR" in prices
    assert "(5%) in total, Outillage Moderne may, by notice given" in prices
    assert "that limit, terminate this Agreement on ninety (90) days' notice." in prices
    assert "at the prices of the Price List in force when they were ordered" in _clause(text, "Minimum purchases")


@pytest.mark.parametrize("path", DISTRIBUTIONS, ids=lambda path: path.stem)
def test_reserved_accounts_are_reserved_customers_named_in_a_delivered_list(path: Path) -> None:
    text = _drafted(path)
    exceptions = _clause(text, "Exceptions")
    assert (
        "BPW reserves to itself the sale of the Products to the automotive manufacturers that were its customers "
        "on the Effective Date (the \u201cReserved Customers\u201d)" in exceptions
    )
    assert "On signing this Agreement, BPW shall give Outillage Moderne a written list" in exceptions
    assert "the following:" not in exceptions
    assert "other than an enquiry from any of the Reserved Customers" in text
    # Any other carve-out: one sentence, not a one-item list.
    data = _data(path)
    data["exclusivity"]["carve_outs"] = "Sales under the framework contract with SNCF signed in 2024"
    other = _clause(_text(data), "Exceptions")
    assert other.startswith("Exceptions. The restrictions in clause 4.1 do not apply to sales under the framework")
    assert "the following:" not in other and "Reserved Customer" not in _text(data)


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("path", DISTRIBUTIONS, ids=lambda path: path.stem)
def test_each_duty_once_with_a_due_date_and_recipient(path: Path, law: str) -> None:
    text = _drafted(path, law)
    assert text.count("to promote and sell") == 1
    assert text.count("free of charge") + text.count("at no charge") == 1
    assert "and with French-language product training twice a year;" in text
    assert text.count("free to determine its own resale prices") == 1
    forecasts = _clause(text, "Forecasts")
    assert (
        "giving each forecast to BPW in writing within ten (10) Business Days after the start of each calendar quarter"
        in (forecasts)
    )


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("path", DISTRIBUTIONS, ids=lambda path: path.stem)
def test_subcontracting_consent_covers_the_distributors_sales_functions_only(path: Path, law: str) -> None:
    clause = _clause(_drafted(path, law), "Subcontracting")
    assert (
        "BPW may use subcontractors for the manufacture, storage and transport of the Products without the consent"
        in (clause)
    )
    assert (
        "Outillage Moderne may subcontract its sales, promotion and after-sales service of the Products only with"
        in (clause)
    )
    assert "any of its obligations" not in clause


def test_a_service_named_only_in_the_field_is_reported_not_dropped() -> None:
    terms = AgreementTerms.from_json(SCENARIO.read_text(encoding="utf-8"))
    found = [finding for finding in review(terms) if finding.rule_id == "set-aside.field-not-in-products"]
    assert len(found) == 1
    assert found[0].items == ("calibration services",)
    assert found[0].path == "scope.field_of_use"
