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
            variant_data("equity_tranches"),
            "as signed, runs for an initial term of thirty-six (36) months from the first Completion, renewed",
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


# --- (2) the number subscribed is tied to the fully diluted percentage ---------------------


@pytest.mark.parametrize(
    ("data", "phrase"),
    [
        (
            scenario_data(LLC),
            "The number of Membership Interests to be issued assumes that 880,000 Membership Interests are issued "
            "and outstanding, or subject to an option, warrant, convertible security or other right to subscribe "
            "for them, immediately before Closing; if there are more or fewer, Lakeshore shall issue at Closing, "
            "for the same total subscription price, the whole number of Membership Interests (rounded down) that "
            "represents twelve percent (12%) of all the Membership Interests on a fully diluted basis immediately "
            "after Closing, and the price per Membership Interest is adjusted accordingly.",
        ),
        (
            variant_data("equity_alliance", equity__shares_before=880000),
            "The number of shares to be issued assumes that 880,000 shares are in issue, or subject to an option",
        ),
    ],
)
def test_number_subscribed_is_tied_to_the_fully_diluted_percentage(data: dict[str, object], phrase: str) -> None:
    assert phrase in flat_text(data)


def test_tranches_leave_the_tie_to_the_payment_schedule() -> None:
    assert "to be issued assumes that" not in flat_text(variant_data("equity_tranches"))


# --- (3) the "as is" disclaimer leaves the IP indemnity in place ---------------------------


@pytest.mark.parametrize(
    "data",
    [scenario_data(LLC), variant_data("equity_alliance"), variant_data("equity_alliance", law="ew")],
)
def test_as_is_disclaimer_leaves_the_infringement_indemnity_in_place(data: dict[str, object]) -> None:
    text = flat_text(data)
    # the carve-out follows the disclaimer, outside any capitals a US profile prints it in
    assert (
        "Nothing in this clause limits the indemnity in clause 11.3 against claims that any material, information "
        "or Intellectual Property Rights that a Party provided under this Agreement infringe the Intellectual "
        "Property Rights of a third party." in text.replace("Section", "clause")
    )


def test_other_types_keep_their_disclaimer() -> None:
    assert "Nothing in this clause limits the indemnity" not in flat_text(variant_data("joint_venture_50_50"))


# --- (6) a US corporation issues shares of common stock ------------------------------------


def _us_corporation(data: dict[str, object], share_class: str = "ordinary shares") -> None:
    investee = data["parties"][1]  # type: ignore[index]
    investee["entity_type"] = "corporation"
    investee["legal_name"] = "Lakeshore Vision Inc."
    data["equity"]["share_class"] = share_class  # type: ignore[index]


@pytest.mark.parametrize(
    ("share_class", "issued"),
    [
        (
            "ordinary shares",
            "120,000 shares of common stock of Lakeshore representing twelve percent (12%) of its "
            "capital stock on a fully diluted basis",
        ),
        ("preferred shares", "120,000 shares of preferred stock of Lakeshore representing"),
        ("Series A Preferred Stock", "120,000 shares of Series A Preferred Stock of Lakeshore representing"),
    ],
)
def test_a_delaware_corporation_issues_shares_of_stock(share_class: str, issued: str) -> None:
    data = scenario_data(LLC)
    _us_corporation(data, share_class)
    text = flat_text(data)
    assert issued in text
    assert "ordinary shares" not in text
    assert "in the capital of Lakeshore" not in text


def test_an_llc_and_a_french_company_keep_their_words() -> None:
    assert "120,000 Membership Interests in Lakeshore" in flat_text(scenario_data(LLC))
    assert "120,000 ordinary shares in the capital of Optimum Vision" in flat_text(variant_data("equity_alliance"))


# --- (5) Material Adverse Effect is defined; no figure the answers never gave ---------------


@pytest.mark.parametrize("data", [scenario_data(LLC), variant_data("equity_alliance"), variant_data("equity_tranches")])
def test_material_adverse_effect_is_defined_and_no_basket_is_invented(data: dict[str, object]) -> None:
    text = flat_text(data)
    assert "“Material Adverse Effect” means any event, change, circumstance or effect" in text
    assert "no Material Adverse Effect having occurred since the Effective Date" in text
    assert "to the absence of any Material Adverse Effect" in text
    assert "material adverse effect" not in text
    # no de minimis, threshold or related-party figure that no answer gave
    assert "not only the excess is recoverable" not in text
    assert "Warranty Claim of less than" not in text
    assert "of its turnover in its last" not in text and "of its revenue in its last" not in text
