"""Round 7, co-marketing: a stay sold with a tour is a package with a named organiser and
its insolvency protection, under each law's own statute, and the review says so."""

from __future__ import annotations

import pytest

from drafting.engine.travel import travel_package
from drafting.review.engine import review as review_terms
from drafting.terms import AgreementTerms
from tests.drafts import flat_text, scenario_data, terms_of, variant


def _gin_weekends(law: str | None = None) -> AgreementTerms:
    data = scenario_data("ie_co_marketing")
    if law is not None:
        data["governing_law"] = {"profile": law, "other": ""}
    return terms_of(data)


def _findings(terms: AgreementTerms, ending: str) -> list[str]:
    return [f.message for f in review_terms(terms) if f.rule_id.endswith(ending)]


# --- 1. package travel ---------------------------------------------------------------------
def test_a_hotel_stay_with_a_distillery_tour_names_the_hotel_as_organiser() -> None:
    text = flat_text(_gin_weekends())
    assert "Packages and package travel. A Campaign offer that combines accommodation provided by Harbour" in text
    assert "(Package Travel and Linked Travel Arrangements) Regulations 2019 (S.I. No. 80 of 2019)" in text
    assert "Harbour (the “Organiser”) is the organiser of every Package under the Package Travel Rules" in text
    assert "security provided to the Commission for Aviation Regulation under sections 22 to 24" in text
    assert "Wildatlantic provides its services in the Packages as a supplier to the Organiser" in text
    # The seller-of-its-own-products rule gives way to the organiser's sale of a Package.
    assert "(a Package being sold by the Organiser alone, as clause 2.5 provides)" in text


@pytest.mark.parametrize(
    ("law", "statute"),
    [
        ("ew", "the Package Travel and Linked Travel Arrangements Regulations 2018"),
        ("sc", "the Package Travel and Linked Travel Arrangements Regulations 2018"),
        ("de", "sections 651a to 651y of the German Civil Code (BGB)"),
        ("nl", "Title 7A of Book 7 of the Dutch Civil Code"),
        ("fr", "articles L. 211-1 and following of the French Tourism Code"),
        ("sg", "the law on package travel of each country in which it is sold"),
    ],
)
def test_each_law_names_its_own_package_travel_statute(law: str, statute: str) -> None:
    text = flat_text(_gin_weekends(law))
    assert f"is likely to be a package under {statute}" in text
    assert "Commission for Aviation Regulation" not in text


def test_a_hotel_campaign_without_another_travel_service_drafts_no_package_clause() -> None:
    terms = variant("co_marketing")
    assert travel_package(terms) is None
    assert "Package Travel Rules" not in flat_text(terms)
    assert not _findings(terms, "package-travel")


def test_without_a_single_accommodation_party_the_seller_is_the_organiser() -> None:
    data = scenario_data("ie_co_marketing")
    data["scope"]["obligations"] = [
        {"party": "Wildatlantic", "description": "Host a distillery tour for every campaign booking."},
        {"party": "Harbour", "description": "Promote the campaign to its newsletter readers."},
    ]
    text = flat_text(terms_of(data))
    # The purpose speaks of hotel stays; no party's responsibility provides them.
    assert "the Party that offers a Package for sale (the “Organiser”) is its organiser" in text


def test_review_warns_of_the_package_and_its_organiser() -> None:
    found = _findings(_gin_weekends(), "package-travel")
    assert len(found) == 1
    message = found[0]
    assert "very likely a package under the European Union (Package Travel" in message
    assert "Clause 2.5 makes Harbour the organiser" in message
    assert "600 campaign room-nights" in message and "tour and tasting" in message


def test_a_non_co_marketing_type_is_never_a_package() -> None:
    assert travel_package(variant("revenue_sharing")) is None


# --- 2. an alcohol bundle is a breach in its structure ---------------------------------------
def test_the_regulated_clause_forbids_a_price_promotion_built_into_a_package() -> None:
    text = flat_text(_gin_weekends())
    assert "no offer or package of the Campaign shall be so structured that it is a price promotion" in text
    assert "any discount on the package applies to its other goods and services only" in text
    # A regulated product that is not alcohol has no such rule.
    data = scenario_data("ie_co_marketing")
    data["co_marketing"]["regulated_products"] = [{"party": "Wildatlantic", "category": "food"}]
    assert "price promotion of an alcohol product" not in flat_text(terms_of(data))


def test_review_flags_alcohol_put_into_the_packages_even_without_a_discount() -> None:
    found = _findings(_gin_weekends(), "alcohol-bundle")
    assert len(found) == 1
    assert "puts Wildatlantic's alcohol products into the Campaign's packages" in found[0]
    assert "two bottles of gin per package" in found[0] and "20% discount" in found[0]
    assert "The breach would lie in the structure of the offer" in found[0]
    data = scenario_data("ie_co_marketing")
    data["scope"]["obligations"] = [
        {"party": "Wildatlantic", "description": "Give a complimentary bottle of gin with every stay."},
        {"party": "Harbour", "description": "Offer 600 campaign room-nights."},
    ]
    gift = _findings(terms_of(data), "alcohol-bundle")
    assert len(gift) == 1 and "complimentary bottle of gin" in gift[0]
    # Gin featured in a newsletter, in no package and at no discount, is not a bundle.
    data["scope"]["obligations"] = [{"party": "Wildatlantic", "description": "Feature the gin in its newsletter."}]
    assert not _findings(terms_of(data), "alcohol-bundle")


# --- 3. bookings made before the end are fulfilled, with the data they need ---------------------
def test_bookings_preserved_by_the_takedown_are_fulfilled_with_their_data() -> None:
    text = flat_text(_gin_weekends())
    assert (
        "Each booking, order and offer so preserved is fulfilled in full, whenever the stay, service or delivery "
        "it concerns is to take place: each Party shall perform its part of it, including its services in a "
        "Package under clause 2.5 and its supplies of Package Goods under clause 2.4" in text
    )
    assert "the exchange of Booking Data under clause 2.6 continue to apply to it after termination" in text
    assert "Each Party is an independent controller of the Booking Data it holds" in text
    survival = text[text.index("Survival.") :][:400]
    for number in ("clause 2.4", "clause 2.5", "clause 2.6", "clause 8"):
        assert number in survival


def test_a_campaign_without_shared_bookings_keeps_the_plain_takedown() -> None:
    text = flat_text(variant("co_marketing"))
    assert "Booking Data" not in text and "fulfilled in full" not in text


# --- 4. an ad hoc mediator is appointed by the law's own body -------------------------------
@pytest.mark.parametrize(
    ("law", "body"),
    [
        ("ie", "the Mediators' Institute of Ireland"),
        ("nl", "the Netherlands Arbitration Institute (NAI)"),
        ("sg", "the Singapore Mediation Centre"),
        # A profile without its own body keeps its mediation institution.
        ("ew", "the Centre for Effective Dispute Resolution"),
    ],
)
def test_an_ad_hoc_mediator_is_appointed_by_the_profiles_body(law: str, body: str) -> None:
    text = flat_text(_gin_weekends(law))
    assert f"a mediator appointed at the request of either of them by {body}" in text
    if law != "ew":
        assert "by the International Chamber of Commerce" not in text


# --- 5. a committee answered but not added is set aside, in a note ----------------------------
def test_the_unadded_steering_committee_is_a_note_that_it_was_set_aside() -> None:
    found = [f for f in review_terms(_gin_weekends()) if f.rule_id == "governance.body-not-drafted"]
    assert len(found) == 1
    finding = found[0]
    assert finding.severity.value == "note"
    assert "this co-marketing agreement sets it aside" in finding.message
    assert "approval procedure of the Programme" in finding.message
    assert "tick 'A steering committee for the programme'" in finding.fix
