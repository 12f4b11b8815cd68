"""Dutch and Irish company parties described under their own law (forms.toml data).

A Dutch B.V. is a private limited liability company with a statutory seat and a number in
the Trade Register of the Chamber of Commerce; an Irish limited company is registered with
the Companies Registration Office. Proved over every example and scenario with such a party."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafting.engine.company_forms import legal_form_words
from drafting.engine.front import party_blocks
from drafting.terms import AgreementTerms

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted([*(ROOT / "examples").glob("*.json"), *(ROOT / "tests" / "scenarios").glob("*.json")])
DUTCH = {"netherlands", "the netherlands"}


def _cases() -> list[tuple[str, int]]:
    found = []
    for path in FILES:
        data = json.loads(path.read_text(encoding="utf-8"))
        for index, party in enumerate(data["parties"]):
            country = party["jurisdiction"].split(",")[-1].strip().casefold()
            if party["entity_type"] == "corporation" and (country in DUTCH or country == "ireland"):
                found.append((path.name, index))
    return found


CASES = _cases()


def test_the_examples_hold_dutch_and_irish_companies() -> None:
    assert len(CASES) >= 8


@pytest.mark.parametrize(("name", "index"), CASES)
def test_each_dutch_or_irish_company_is_described_under_its_own_law(name: str, index: int) -> None:
    path = next(path for path in FILES if path.name == name)
    terms = AgreementTerms.model_validate(json.loads(path.read_text(encoding="utf-8")))
    party = terms.parties[index]
    description = party_blocks(terms)[index].description
    country = party.jurisdiction.split(",")[-1].strip().casefold()
    number = party.registration_number.split()[-1]
    assert "a company incorporated under the laws of" not in description
    assert "registered under KvK" not in description and "registered under CRO" not in description
    if country in DUTCH:
        assert description.startswith(
            "a private limited liability company (besloten vennootschap met beperkte aansprakelijkheid) "
            "incorporated under Dutch law, having its statutory seat in "
        )
        assert f"registered with the Dutch Chamber of Commerce (Kamer van Koophandel) under number {number}" in (
            description
        )
        assert "[statutory seat]" not in description
    else:
        assert description.startswith("a private company limited by shares incorporated in Ireland, ")
        assert f"registered with the Companies Registration Office under number {number}" in description


def test_forms_follow_country_and_name_ending() -> None:
    assert legal_form_words("corporation", "Acme N.V.", "Netherlands").startswith("a public limited liability")
    assert (
        legal_form_words("corporation", "Acme DAC", "Ireland")
        == "a designated activity company incorporated in Ireland"
    )
    # An English "Limited" keeps the general words; so does a foundation.
    assert legal_form_words("corporation", "Acme Limited", "England and Wales") == ""
    assert legal_form_words("foundation", "Stichting Acme", "Netherlands") == ""
