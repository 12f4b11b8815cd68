"""Equity alliance, seventh panels: the client's chosen term is drafted as the Commercial
Agreement's least term, the subscribed number ties to the fully diluted percentage, the IP
indemnity survives the AS-IS disclaimer, collaboration IP follows the Commercial Agreement,
Material Adverse Effect is defined where used, and the investee's equity is named for its form."""

from __future__ import annotations

import pytest

from tests.drafts import flat_text, scenario_data, variant_data

LLC = "us_de_equity_llc"


@pytest.mark.parametrize(
    ("data", "phrase"),
    [
        (
            scenario_data(LLC),
            "as signed, runs for an initial term of thirty-six (36) months from Closing, renewed automatically "
            "for successive periods of twelve (12) months each unless Brightwater or Lakeshore gives the other "
            "notice of non-renewal at least ninety (90) days before the end of the initial term",
        ),
        (
            variant_data("equity_alliance", term__kind="fixed", term__end_date="2030-06-30"),
            "as signed, runs from Completion until 30 June 2030, and grants",
        ),
        (
            variant_data("equity_alliance", term__kind="fixed", term__length_months=48),
            "as signed, runs for forty-eight (48) months from Completion, and grants",
        ),
    ],
)
def test_chosen_term_is_the_commercial_agreements_least_term(data: dict[str, object], phrase: str) -> None:
    text = flat_text(data)
    assert phrase in text
    # the Term clause points the reader to it
    assert "The Commercial Agreement runs for the term that" in text


def test_indefinite_term_sets_no_minimum() -> None:
    text = flat_text(variant_data("equity_alliance", term__kind="indefinite"))
    assert "as signed, grants" in text
    assert "The Commercial Agreement runs for the term that" not in text
