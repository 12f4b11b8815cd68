"""The terms model: immutability, money and percentages as decimals, lossless JSON
round trip, party references, the JSON Schema, and plain-language validation errors."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from drafting.terms import SCHEMA_VERSION, AgreementTerms, AllianceModel, Money
from drafting.validation import TermsError, parse_terms, validate_draft


def party(short: str, **extra: Any) -> dict[str, Any]:
    return {
        "legal_name": f"{short} Ltd",
        "short_name": short,
        "jurisdiction": "England and Wales",
        "address": "1 High Street, London",
        "notice_email": f"legal@{short.lower()}.example",
        **extra,
    }


def minimal(**extra: Any) -> dict[str, Any]:
    return {
        "model": "joint_venture",
        "parties": [party("Alpha"), party("Beta")],
        "scope": {"purpose": "To make widgets together."},
        "term": {"effective_date": "2026-12-01"},
        "governing_law": "England and Wales",
        **extra,
    }


def test_a_complete_minimal_draft_has_no_problems() -> None:
    terms, problems = validate_draft(minimal())
    assert problems == []
    assert terms is not None and terms.schema_version == SCHEMA_VERSION


def test_terms_are_immutable() -> None:
    terms = parse_terms(minimal())
    with pytest.raises(ValidationError):
        terms.title = "Changed"  # type: ignore[misc]
    changed = terms.model_copy(update={"title": "Changed"})
    assert changed.title == "Changed" and terms.title == ""


def test_every_alliance_model_is_accepted() -> None:
    for model in AllianceModel:
        assert parse_terms(minimal(model=model.value)).model is model


def test_money_is_decimal_with_currency_and_survives_json() -> None:
    terms = parse_terms(minimal(scope={"purpose": "x", "expected_annual_value": {"amount": "0.10", "currency": "eur"}}))
    value = terms.scope.expected_annual_value
    assert value == Money(amount=Decimal("0.10"), currency="EUR")
    assert isinstance(value.amount, Decimal)
    dumped = json.loads(terms.to_json())
    assert dumped["scope"]["expected_annual_value"] == {"amount": "0.10", "currency": "EUR"}


def test_a_float_amount_keeps_its_written_value() -> None:
    money = Money.model_validate({"amount": 0.1, "currency": "USD"})
    assert money.amount == Decimal("0.1")


def test_percentages_are_decimals_between_0_and_100() -> None:
    shares = [{"party": "Alpha", "percent": "33.33"}, {"party": "Beta", "percent": "66.67"}]
    terms = parse_terms(minimal(sharing={"model": "revenue", "shares": shares}))
    assert sum(share.percent for share in terms.sharing.shares) == Decimal(100)
    with pytest.raises(TermsError) as error:
        parse_terms(minimal(sharing={"shares": [{"party": "Alpha", "percent": "150"}]}))
    assert "sharing.shares[0].percent: must be at most 100" in str(error.value)


def test_json_round_trip_is_lossless() -> None:
    terms = parse_terms(
        minimal(
            contributions=[
                {
                    "party": "Alpha",
                    "kind": "cash",
                    "description": "Seed capital",
                    "value": {"amount": "250000.00", "currency": "EUR"},
                    "due": "2027-01-31",
                }
            ],
            governance={"reserved_matters": [{"matter": "Borrowing", "threshold": "unanimity"}]},
        )
    )
    text = terms.to_json()
    again = AgreementTerms.from_json(text)
    assert again == terms
    assert again.to_json() == text


hostile_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),  # lone surrogates cannot be JSON-encoded as UTF-8
    min_size=1,
    max_size=200,
)


@settings(max_examples=60, deadline=None)
@given(legal_name=hostile_text, purpose=hostile_text)
def test_any_text_round_trips_unchanged(legal_name: str, purpose: str) -> None:
    data = minimal(scope={"purpose": purpose})
    data["parties"][0]["legal_name"] = legal_name
    terms = parse_terms(data)
    again = AgreementTerms.from_json(terms.to_json())
    assert again.parties[0].legal_name == legal_name
    assert again.scope.purpose == purpose


def test_user_text_with_template_syntax_and_huge_fields_is_kept_as_data() -> None:
    huge = "x" * 100_000
    data = minimal(background="{{ 7*7 }} {% if x %}<b>&amp;</b>", scope={"purpose": huge})
    terms = parse_terms(data)
    assert terms.background == "{{ 7*7 }} {% if x %}<b>&amp;</b>"
    assert len(terms.scope.purpose) == 100_000


def test_many_parties_are_supported() -> None:
    parties = [party(f"P{index}") for index in range(20)]
    terms = parse_terms(minimal(model="consortium", parties=parties))
    assert len(terms.parties) == 20


def test_a_single_party_is_refused_in_plain_words() -> None:
    _, problems = validate_draft(minimal(parties=[party("Alpha")]))
    assert [str(p) for p in problems] == ["parties: needs at least 2 entries"]


def test_errors_name_the_field_path_and_what_to_fix() -> None:
    data = minimal()
    data["parties"].append(party("Gamma", notice_email="bob@"))
    data["term"] = {"effective_date": "2026-13-01"}
    data["sharing"] = {"model": "barter", "shares": [{"party": "Zeta", "percent": "abc"}]}
    data["unknown_field"] = 1
    _, problems = validate_draft(data)
    messages = {str(problem) for problem in problems}
    assert "parties[2].notice_email: 'bob@' is not an e-mail address" in messages
    assert "term.effective_date: '2026-13-01' is not a date; write it as YYYY-MM-DD" in messages
    assert any(m.startswith("sharing.model: 'barter' is not one of:") for m in messages)
    assert "sharing.shares[0].percent: 'abc' is not a number" in messages
    assert "unknown_field: is not a known field; check its spelling or remove it" in messages


def test_references_to_unknown_parties_and_duplicates_are_all_listed() -> None:
    data = minimal()
    data["parties"].append(party("Alpha"))
    data["sharing"] = {"model": "revenue", "shares": [{"party": "Nobody", "percent": "100"}]}
    data["governance"] = {"chair": "party", "chair_party": "Ghost"}
    _, problems = validate_draft(data)
    messages = [str(problem) for problem in problems]
    assert "parties[2].short_name: 'Alpha' is used by two parties; each needs its own" in messages
    assert any(m.startswith("sharing.shares[0].party: 'Nobody' is not one of the parties") for m in messages)
    assert any(m.startswith("governance.chair_party: 'Ghost' is not one of the parties") for m in messages)


def test_empty_required_fields_are_reported_but_the_draft_still_loads() -> None:
    data = minimal(governing_law="")
    data["parties"][1]["address"] = "   "
    terms, problems = validate_draft(data)
    assert terms is not None  # a half-finished draft can still be saved
    paths = [problem.path for problem in problems]
    assert paths == ["parties[1].address", "governing_law"]


def test_json_schema_describes_the_model() -> None:
    schema = AgreementTerms.model_json_schema()
    assert schema["title"] == "AgreementTerms"
    assert "parties" in schema["required"] and "model" in schema["required"]
    assert set(schema["$defs"]["AllianceModel"]["enum"]) == {model.value for model in AllianceModel}
    assert schema["$defs"]["GoverningLaw"]["properties"]["profile"]["x-required"] is True
