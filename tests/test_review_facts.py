"""The facts the review rules share: balance thresholds, vote shares, EU detection."""

from __future__ import annotations

from decimal import Decimal

import pytest

from drafting.review.facts import (
    contributed_value_shares,
    eu_law_applies,
    is_fifty_fifty,
    markedly_unequal,
    percent_text,
    vote_shares,
)
from tests.review_helpers import changed, example


def _shares(*values: str) -> dict[str, Decimal]:
    return {f"P{index}": Decimal(value) for index, value in enumerate(values)}


@pytest.mark.parametrize(
    ("values", "unequal"),
    [
        (("50", "50"), False),
        (("60", "40"), False),  # exactly 60 % and exactly 1.5 times: not yet
        (("60.01", "39.99"), True),
        (("20", "20", "20", "20", "20"), False),
        (("24", "16", "20", "20", "20"), False),  # 1.5 times
        (("25", "15", "20", "20", "20"), True),  # 1.67 times
        (("100", "0"), True),
        (("100",), False),
    ],
)
def test_markedly_unequal(values: tuple[str, ...], unequal: bool) -> None:
    assert markedly_unequal(_shares(*values)) is unequal


def test_vote_shares_follow_the_voting_basis() -> None:
    terms = changed(example("joint_venture_unequal"), {})
    assert {party: round(share, 1) for party, share in vote_shares(terms).items()} == {
        "Lumen": Decimal("66.7"),
        "Vistula": Decimal("33.3"),
    }
    per_party = changed(terms, {"governance.voting_basis": "per_party"})
    assert vote_shares(per_party) == {"Lumen": Decimal(50), "Vistula": Decimal(50)}
    weighted = changed(terms, {"governance.voting_basis": "weighted_by_ownership"})
    assert vote_shares(weighted) == {"Lumen": Decimal(70), "Vistula": Decimal(30)}
    assert vote_shares(changed(terms, {"governance.body": "none"})) == {}


def test_contributed_values_need_one_currency_and_every_party() -> None:
    terms = example("joint_venture_unequal")
    assert contributed_value_shares(terms) == {"Lumen": Decimal(70), "Vistula": Decimal(30)}
    assert contributed_value_shares(changed(terms, {"contributions[1].value.currency": "EUR"})) == {}
    assert contributed_value_shares(changed(terms, {"contributions[1].value": None})) == {}


def test_fifty_fifty() -> None:
    assert is_fifty_fifty(example("joint_venture_50_50"))
    assert not is_fifty_fifty(example("joint_venture_unequal"))
    assert not is_fifty_fifty(example("consortium_five_party"))
    assert not is_fifty_fifty(example("distribution"))  # a committee, not a board


@pytest.mark.parametrize(
    ("law", "jurisdictions", "expected"),
    [
        ("England and Wales", ("England and Wales", "Delaware, United States"), False),
        ("Northern Ireland", ("England and Wales", "Singapore"), False),
        ("Ireland", ("England and Wales", "Singapore"), True),
        ("England and Wales", ("Germany", "Singapore"), True),
        ("Singapore", ("Singapore", "the Netherlands"), True),
    ],
)
def test_eu_law_applies(law: str, jurisdictions: tuple[str, str], expected: bool) -> None:
    terms = changed(
        example("revenue_sharing"),
        {
            "governing_law": law,
            "parties[0].jurisdiction": jurisdictions[0],
            "parties[1].jurisdiction": jurisdictions[1],
        },
    )
    assert eu_law_applies(terms) is expected


def test_percent_text() -> None:
    assert percent_text(Decimal(50)) == "50 %"
    assert percent_text(Decimal(200) / Decimal(3)) == "66.7 %"
    assert percent_text(Decimal("33.30")) == "33.3 %"
