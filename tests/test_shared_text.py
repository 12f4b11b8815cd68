"""Shared wording that carries user text into a clause: place names take "the" where
English does, and the first letter of a fragment is lowered only when it is an ordinary
word, never the start of a name or title. Checked on the filters and on the rendered text
of every example and scenario. The wind-down clause follows the type: only a type with
customers speaks of them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafting.document import Clause, body_text_lines, inline_text
from drafting.engine import assemble_agreement, wording
from drafting.engine.blueprints import default_blueprints
from drafting.terms import AgreementTerms, AllianceModel
from tests.support import example_paths

SCENARIOS = sorted((Path(__file__).resolve().parent / "scenarios").glob("*.json"))
DRAFTS = [*example_paths(), *SCENARIOS]


def _text(path: Path) -> str:
    terms = AgreementTerms.from_json(path.read_text(encoding="utf-8"))
    return "\n".join(body_text_lines(assemble_agreement(terms)))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("European Economic Area", "the European Economic Area"),
        ("the European Economic Area", "the European Economic Area"),
        ("The Netherlands", "the Netherlands"),
        ("European Economic Area and United Kingdom", "the European Economic Area and the United Kingdom"),
        ("the European Economic Area and the United Kingdom", "the European Economic Area and the United Kingdom"),
        ("the European Economic Area and United Kingdom", "the European Economic Area and the United Kingdom"),
        ("EEA and UK", "the EEA and the UK"),
        ("France, Germany and Netherlands", "France, Germany and the Netherlands"),
        ("Czech Republic or Philippines", "the Czech Republic or the Philippines"),
        ("United States", "the United States"),
        ("in the UK", "the UK"),
        ("Germany", "Germany"),
        ("England and Wales", "England and Wales"),
        ("Bosnia and Herzegovina", "Bosnia and Herzegovina"),
        ("Turks and Caicos Islands", "the Turks and Caicos Islands"),
        ("Delaware, United States", "Delaware, United States"),
    ],
)
def test_place_names_take_the_article_english_gives_them(typed: str, expected: str) -> None:
    assert wording.place(typed) == expected


_BARE_PLACE = re.compile(
    r"\b(?:in|of|within|throughout|outside|and|or)\s+("
    + "|".join(map(re.escape, wording.PLACES_WITH_THE))
    # A name used as an adjective ("in EEA data centres") needs no article.
    + r")\b(?!\s+(?!and\b|or\b)[a-z])"
)


@pytest.mark.parametrize("path", DRAFTS, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_no_draft_prints_a_place_without_its_article(path: Path) -> None:
    found = [match.group(0) for match in _BARE_PLACE.finditer(_text(path))]
    # "the laws of England" is fine; "in European Economic Area" is not.
    assert found == []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Develop and maintain a library", "develop and maintain a library"),
        ("Design the stack", "design the stack"),
        ("Appoint Outillage Moderne as the distributor", "appoint Outillage Moderne as the distributor"),
        ("Keep ARB registration", "keep ARB registration"),
        ("Consent of the President of UOKiK", "consent of the President of UOKiK"),
        ("The Parties shall cooperate", "the Parties shall cooperate"),
        ("Marketing", "marketing"),
        ("Discover Singapore 2027", "Discover Singapore 2027"),
        ("Project Atlas", "Project Atlas"),
        ("INMA runs tests", "INMA runs tests"),
        ("EU launch", "EU launch"),
        ("iPhone apps", "iPhone apps"),
    ],
)
def test_lower_first_lowers_only_an_ordinary_first_word(typed: str, expected: str) -> None:
    assert wording.lower_first(typed) == expected
    assert wording.fragment(typed) == expected


def test_a_fragment_keeps_a_party_name() -> None:
    assert wording.fragment("Acme shall host the events", ("Acme",)) == "Acme shall host the events"


def test_the_campaign_title_keeps_its_capital() -> None:
    text = _text(Path(__file__).resolve().parent.parent / "examples" / "co_marketing.json")
    assert "(the “Campaign”): Discover Singapore 2027." in text


#: Types whose parties do not sell to customers through the alliance (precedents.md: the
#: consortium, data-sharing, open-source and R&D precedents speak of no customers).
NO_CUSTOMERS = {"consortium", "data_sharing", "open_source", "research_collaboration"}


def _wind_down(path: Path) -> tuple[str, str]:
    terms = AgreementTerms.from_json(path.read_text(encoding="utf-8"))
    document = assemble_agreement(terms)
    for article in document.articles:
        for block in article.blocks:
            if isinstance(block, Clause) and block.id == "effects.wind_down":
                return terms.model.value, inline_text(block.content)
    return terms.model.value, ""


@pytest.mark.parametrize("path", DRAFTS, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_the_wind_down_speaks_of_customers_only_where_the_type_has_them(path: Path) -> None:
    model, text = _wind_down(path)
    if model in NO_CUSTOMERS:
        assert "customer" not in text, text
    if model == "open_source":
        # The project carries on under its charter when a membership agreement ends.
        assert text == ""


@pytest.mark.parametrize("model", sorted(NO_CUSTOMERS))
def test_no_customer_free_type_drafts_a_customer_wind_down(model: str) -> None:
    blueprint = default_blueprints()[AllianceModel(model)]
    for plan in blueprint.articles:
        if plan.section == "effects" and "effects.wind_down" not in plan.exclude:
            assert plan.variant("effects.wind_down", "customers") != "customers", model


@pytest.mark.parametrize(
    ("typed", "lead"),
    [
        ("develop and maintain a library", "to "),
        ("design, build and validate a stack", "to "),
        ("to run a campaign", ""),
        ("a vendor-neutral library", "for the following purpose: "),
        ("Acme shall sell the products", "for the following purpose: "),
    ],
)
def test_a_typed_purpose_reads_on_after_to_when_it_opens_with_a_verb(typed: str, lead: str) -> None:
    from drafting.engine.wording import purpose_lead

    assert purpose_lead(typed) == lead
