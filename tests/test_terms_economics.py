"""The terms model for deal economics: exact fractions, payees, bands, payments, leavers,
company facts and exclusivity direction; and the schema-1 -> 2 migration."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafting.terms import SCHEMA_VERSION, AgreementTerms, PartyShare
from drafting.terms.economics import Payee, PayeeKind, ScheduledPayment, SplitBand, SplitShare
from drafting.terms.migrations import STEPS, upgrade_terms
from drafting.terms.portions import parse_portion
from drafting.validation import TermsError, parse_terms
from tests.review_helpers import EXAMPLES_DIR, changed, example


def _example_data(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return data


# --- exact fractions ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [("1/6", Fraction(1, 6)), ("16.5%", Fraction(33, 200)), ("0.7", Fraction(7, 10)), (" 2 / 3 ", Fraction(2, 3))],
)
def test_a_share_is_entered_as_a_fraction_a_percentage_or_a_decimal(text: str, expected: Fraction) -> None:
    assert parse_portion(text) == expected


@pytest.mark.parametrize(("text", "words"), [("1/0", "divides by zero"), ("7/6", "between"), ("half", "not a share")])
def test_a_bad_share_is_refused_in_plain_words(text: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        parse_portion(text)


def test_a_fraction_fills_in_the_rounded_percentage_and_is_kept_exactly() -> None:
    share = PartyShare.model_validate({"party": "A", "fraction": "1/6"})
    assert share.fraction == Fraction(1, 6) and str(share.percent) == "16.67"
    assert share.exact == Fraction(1, 6)
    assert json.loads(share.model_dump_json()) == {"party": "A", "percent": "16.67", "fraction": "1/6"}


def test_a_fraction_and_a_percentage_that_disagree_are_refused() -> None:
    with pytest.raises(ValueError, match="given as 1/6 and as 20%"):
        PartyShare.model_validate({"party": "A", "fraction": "1/6", "percent": "20"})


def test_a_share_without_a_fraction_is_written_as_before() -> None:
    assert json.loads(PartyShare(party="A", percent=50).model_dump_json()) == {"party": "A", "percent": "50"}


@given(st.fractions(min_value=0, max_value=1))
def test_fractions_survive_json_round_trips_exactly(value: Fraction) -> None:
    share = PartyShare.model_validate({"party": "A", "fraction": value})
    again = PartyShare.model_validate_json(share.model_dump_json())
    assert again.fraction == value and again == share
    split = SplitShare(payee=Payee(party="A"), share=value)
    assert SplitShare.model_validate_json(split.model_dump_json()).share == value


def test_a_whole_draft_with_fractions_round_trips_exactly() -> None:
    terms = example("professionals_company")
    again = AgreementTerms.from_json(terms.to_json())
    assert again == terms
    assert {holding.fraction for holding in again.joint_venture.holdings} == {Fraction(1, 6)}
    assert sum(holding.exact for holding in again.joint_venture.holdings) == 1


# --- payees, bands, payments -------------------------------------------------------------------
def test_a_payee_is_a_party_a_named_entity_or_a_role() -> None:
    assert Payee(party="Acme").label == "Acme"
    assert Payee(kind=PayeeKind.ENTITY, name="the Open Ledger Foundation").label == "the Open Ledger Foundation"
    assert Payee(kind=PayeeKind.ROLE, name="the Member who delivered the work").label.startswith("the Member")
    with pytest.raises(ValueError, match="needs the party's short name"):
        Payee(kind=PayeeKind.PARTY)
    with pytest.raises(ValueError, match="needs the role"):
        Payee(kind=PayeeKind.ROLE, name=" ")


def test_a_payee_party_must_be_one_of_the_parties() -> None:
    with pytest.raises(TermsError) as caught:
        parse_terms(
            changed(example("revenue_share_bands"), {}).model_dump(mode="json")
            | {"payments": [_payment(payee={"kind": "party", "party": "Nobody", "name": ""})]}
        )
    assert any("'Nobody' is not one of the parties" in str(problem) for problem in caught.value.problems)


def _payment(**changes: Any) -> dict[str, Any]:
    base = {
        "kind": "milestone",
        "payer": "Cobblestone",
        "payee": {"kind": "party", "party": "Pixelbridge", "name": ""},
        "amount": {"amount": "100.00", "currency": "USD"},
        "milestone": "Launch",
    }
    return base | changes


def test_a_recurring_payment_needs_how_often_and_only_it_repeats() -> None:
    with pytest.raises(ValueError, match="how often"):
        ScheduledPayment.model_validate(_payment(kind="recurring"))
    with pytest.raises(ValueError, match="only a recurring payment repeats"):
        ScheduledPayment.model_validate(_payment(recurrence="monthly"))
    with pytest.raises(ValueError, match="before the first"):
        ScheduledPayment.model_validate(
            _payment(kind="recurring", recurrence="annually", due_date="2027-01-01", until="2026-01-01")
        )


def test_a_band_total_is_exact() -> None:
    band = SplitBand(
        shares=(SplitShare(payee=Payee(party="A"), share="1/3"), SplitShare(payee=Payee(party="B"), share="2/3"))
    )
    assert band.total == 1


def test_one_sided_tier_rates_are_refused_in_a_split() -> None:
    with pytest.raises(TermsError) as caught:
        parse_terms(
            example("revenue_sharing").model_dump(mode="json")
            | {
                "sharing": example("revenue_sharing").sharing.model_dump(mode="json")
                | {"tiers": [{"threshold": "0", "percent": "70"}]}
            }
        )
    assert "full split" in str(caught.value)


def test_one_way_exclusivity_names_who_is_bound_and_whom_it_protects() -> None:
    data = example("equity_tranches").model_dump(mode="json")
    data["exclusivity"]["in_favour_of"] = None
    with pytest.raises(TermsError, match="party that is bound and the party it protects"):
        parse_terms(data)
    data["exclusivity"]["in_favour_of"] = "Brightwater"
    with pytest.raises(TermsError, match="two different parties"):
        parse_terms(data)


def test_new_fields_are_written_only_when_used() -> None:
    written = json.loads(example("revenue_sharing").to_json())
    assert "bands" not in written["sharing"] and "payments" not in written and "leavers" not in written
    written = json.loads(example("revenue_share_bands").to_json())
    assert written["sharing"]["bands"][1]["shares"][0]["share"] == "2/3"


# --- migration ----------------------------------------------------------------------------------
V1_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "schema_v1"


def _v1(name: str) -> dict[str, Any]:
    """A draft as version 1 saved it (kept as a fixture)."""
    data: dict[str, Any] = json.loads((V1_FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    return data


def test_older_drafts_open_and_every_example_is_current() -> None:
    assert set(STEPS) == set(range(1, SCHEMA_VERSION))
    for path in EXAMPLES_DIR.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["schema_version"] == SCHEMA_VERSION, path.name
        # A version 2 draft of the same deal (no one-sided split tiers) reads the same.
        assert parse_terms({**data, "schema_version": 2}) == parse_terms(data), path.name
    for path in V1_FIXTURES.glob("*.json"):
        assert parse_terms(path.read_text(encoding="utf-8")).schema_version == SCHEMA_VERSION


def test_old_one_sided_tier_rates_become_full_splits_that_keep_their_meaning() -> None:
    data = _v1("revenue_sharing")
    data["sharing"]["payee"] = "Cobblestone"
    data["sharing"]["tiers"] = [{"threshold": "0", "percent": "70"}, {"threshold": "500000", "percent": "80"}]
    terms = parse_terms(data)
    assert terms.schema_version == SCHEMA_VERSION and terms.sharing.tiers == ()
    [low, high] = terms.sharing.bands
    assert [(entry.payee.label, entry.share) for entry in low.shares] == [
        ("Cobblestone", Fraction(7, 10)),
        ("Pixelbridge", Fraction(3, 10)),
    ]
    assert high.from_amount == 500000
    assert [(entry.payee.label, entry.share) for entry in high.shares] == [
        ("Cobblestone", Fraction(4, 5)),
        ("Pixelbridge", Fraction(1, 5)),
    ]
    assert all(band.total == 1 for band in terms.sharing.bands)


def test_migration_of_tiers_above_zero_keeps_the_base_split_below_them() -> None:
    data = _v1("consortium_five_party")
    data["sharing"]["model"] = "profit"
    data["sharing"]["payee"] = data["sharing"]["shares"][0]["party"]
    data["sharing"]["tiers"] = [{"threshold": "1000000", "percent": "40"}]
    upgraded = upgrade_terms(data)
    terms = AgreementTerms.model_validate(upgraded)
    first, second = terms.sharing.bands
    assert first.from_amount == 0 and [e.share for e in first.shares] == [s.exact for s in terms.sharing.shares]
    assert second.shares[0].share == Fraction(2, 5) and second.total == 1
    assert data["sharing"]["tiers"], "the input is left untouched"


def test_migration_keeps_royalty_tiers_and_drops_undrafted_cost_share_tiers() -> None:
    licensing = _v1("licensing")
    assert upgrade_terms(licensing)["sharing"]["tiers"] == licensing["sharing"]["tiers"]
    consortium = _v1("consortium_five_party")
    consortium["sharing"]["tiers"] = [{"threshold": "0", "percent": "10"}]
    assert upgrade_terms(consortium)["sharing"]["tiers"] == []


def test_a_newer_draft_is_refused_in_plain_words() -> None:
    data = _example_data("revenue_sharing") | {"schema_version": SCHEMA_VERSION + 1}
    with pytest.raises(TermsError, match="newer Pactwright"):
        parse_terms(data)
