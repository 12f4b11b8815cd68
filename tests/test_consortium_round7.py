"""Consortium, seventh panels: a Member that leaves because of force majeure or an unforeseen
change of circumstances does not bear the costs of a voluntary withdrawal, whether it
withdraws itself or its participation in the Grant Agreement ends for that reason."""

from __future__ import annotations

import pytest

from tests.drafts import flat_text, variant_data

EXAMPLE = "consortium_five_party"


@pytest.mark.parametrize("law", ["be", "nl", "fr"])
def test_force_majeure_or_hardship_withdrawal_bears_no_reallocation_costs(law: str) -> None:
    text = flat_text(variant_data(EXAMPLE, law=law))
    assert "It does not bear those costs, but only its own, where it withdraws because a Force Majeure Event" in text
    assert (
        "a change of circumstances within clause 4.6 has made the performance of its tasks excessively onerous and "
        "the renegotiation under that clause has not led to an agreement within the period it allows" in text
    )
    # a Member whose grant participation ends is treated as withdrawing for that reason
    assert "other than as to notice, as if it had withdrawn for the reason for which its participation ends" in text


def test_without_a_hardship_clause_only_force_majeure_is_excused() -> None:
    text = flat_text(variant_data(EXAMPLE, law="ew"))
    assert "where it withdraws because a Force Majeure Event has prevented it" in text
    assert "a change of circumstances within" not in text


def test_without_force_majeure_nothing_is_excused() -> None:
    text = flat_text(variant_data(EXAMPLE, law="ew", boilerplate__force_majeure=False))
    assert "It does not bear those costs" not in text


# --- (10) insurance for the liabilities the agreement allocates ----------------------------


def test_insurance_covers_third_party_liability_and_extends_to_what_the_agreement_allocates() -> None:
    text = flat_text(variant_data(EXAMPLE, law="be"))
    clause = text[text.index("Insurance. ") :][:1600]
    assert "third-party liability insurance covering its liability for death, personal injury and loss of" in clause
    assert "including the building and operation of any installation it owns or operates for the Project" in clause
    assert "to the extent that such cover is available on reasonable commercial terms, an extension" in clause
    assert "its liability under the indemnity in clause" in clause
    assert "The insurance does not limit the liability of any Member." in clause
    # no insurance of "its liability to the other Members" as a stand-alone, unobtainable cover
    assert "insurance of its liability to the other Members" not in clause


def test_other_types_keep_their_insurance_clause() -> None:
    text = flat_text(
        variant_data("joint_venture_50_50", boilerplate__insurance={"amount": "1000000.00", "currency": "EUR"})
    )
    assert "third-party liability insurance covering its liability for death" not in text
