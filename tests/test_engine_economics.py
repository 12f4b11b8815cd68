"""The drafted text states the deal economics: full splits per band, exact fractions,
payees that are not parties, cumulative caps and sunsets, deductions per revenue type,
payment schedules, minimums and their consequence, exclusivity direction, the company's
status and vocabulary, and leavers."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafting.document import AgreementDocument, body_text_lines, inline_text
from drafting.engine import assemble_agreement
from drafting.engine.shares_wording import fraction_words, portion
from drafting.review import review
from drafting.terms import AgreementTerms
from tests.review_helpers import changed, example


def _text(terms: AgreementTerms) -> str:
    return "\n".join(body_text_lines(assemble_agreement(terms)))


def _schedule_text(document: AgreementDocument, title: str) -> str:
    [schedule] = [schedule for schedule in document.schedules if schedule.title == title]
    parts = []
    for block in schedule.blocks:
        rows = getattr(block, "rows", None)
        if rows is not None:
            parts.extend(" | ".join(row) for row in rows)
        else:
            parts.append(inline_text(block.content))  # type: ignore[union-attr]
    return "\n".join(parts)


def test_fractions_are_stated_exactly_in_words_and_figures() -> None:
    assert portion(Fraction(1, 6)) == "one-sixth (1/6)"
    assert portion(Fraction(2, 3)) == "two-thirds (2/3)"
    assert portion(Fraction(3, 7)) == "three-sevenths (3/7)"
    assert portion(Fraction(7, 10)) == "seventy per cent (70%)"
    assert portion(Fraction(1, 8)) == "twelve point five per cent (12.5%)"
    assert fraction_words(Fraction(5, 24)) == "five twenty-fourths"


def test_equal_holdings_are_one_sixth_each_and_recomputed_on_admission_and_leaving() -> None:
    document = assemble_agreement(example("professionals_company"))
    shares = _schedule_text(document, "Shares")
    assert shares.count("| 1/6") == 6
    assert "at present one-sixth each" in shares and "admission of a new Shareholder" in shares
    assert "16.67" not in shares


def test_a_band_split_is_stated_in_full_with_every_payee() -> None:
    text = _text(example("revenue_share_bands"))
    assert (
        "up to and including USD 500,000 (five hundred thousand United States dollars): "
        "Cobblestone sixty per cent (60%), Pixelbridge thirty-five per cent (35%) "
        "and the Open Ledger Foundation five per cent (5%)"
    ) in text
    assert "Cobblestone two-thirds (2/3) and Pixelbridge one-third (1/3)." in text
    assert (
        "The Open Ledger Foundation is not a party to this Agreement. Pixelbridge shall pay its share directly" in text
    )
    assert "The Net Revenue shall be shared between the persons entitled to it under clause" in text


def test_a_role_can_be_paid() -> None:
    text = _text(example("professionals_company"))
    assert (
        "the Party that delivered the work seventy per cent (70%) and Northlight Advisory Ltd thirty per cent" in text
    )
    assert "A share payable to a person described by a role (the Party that delivered the work)" in text


def test_a_cumulative_cap_reads_until_and_is_never_reset() -> None:
    text = _text(example("revenue_share_bands"))
    assert (
        "only until a total of USD 250,000 (two hundred and fifty thousand United States dollars) has been paid" in text
    )
    assert "is not reset in any Contract Year" in text
    yearly = _text(changed(example("revenue_share_bands"), {"sharing.cap_basis": "per_contract_year"}))
    assert "in any Contract Year shall not exceed USD 250,000" in yearly and "until a total" not in yearly


def test_a_sunset_is_for_n_years() -> None:
    text = _text(example("revenue_share_bands"))
    assert "applies to revenue earned during the five (5) years after the Effective Date" in text


def test_deductions_are_chosen_per_revenue_type() -> None:
    text = _text(example("revenue_share_bands"))
    assert "from advertising revenue: no deduction" in text
    assert re.search(r"from revenue from product sales: the value of products returned[^\n]*shipping", text)
    assert "may not be made from another" in text


def test_tranches_make_the_subscription_refer_to_the_payment_schedule() -> None:
    terms = example("equity_tranches")
    document = assemble_agreement(terms)
    text = "\n".join(body_text_lines(document))
    assert "On the Effective Date, Brightwater shall subscribe" not in text
    assert "Brightwater shall subscribe for, in three (3) tranches" in text
    assert "Second tranche: Brightwater shall pay Optimum Vision EUR 1,000,000 (one million euros) within" in text
    assert "provided that the warranties remain true at the tranche date" in text
    payments = _schedule_text(document, "Payment Schedule")
    assert "Tranche: Third tranche | Brightwater | Optimum Vision | EUR 1,000,000 | Milestone: first 10,000" in payments
    # An equity deal has no contributions schedule (its precedent keeps that module out).
    assert not [schedule for schedule in document.schedules if schedule.title == "Contributions"]


def test_recurring_fees_state_how_often_from_when_and_until_when() -> None:
    text = _text(example("revenue_share_bands"))
    assert "Annual membership fee: Cobblestone shall pay the Open Ledger Foundation USD 5,000" in text
    assert "every year, the first payment on 1 January 2027, for as long as this Agreement continues" in text
    assert "every month, the first payment on 31 January 2027 and the last on or before 31 December 2028" in text


def test_upfront_milestone_and_success_payments() -> None:
    text = _text(example("licensing_milestones"))
    assert (
        "Upfront licence fee: Medinova shall pay Carraig EUR 250,000 (two hundred and fifty thousand euros) "
        "on the Effective Date" in text
    )
    assert "within forty-five (45) days after the milestone is reached (The first marketing authorisation" in text
    assert "Sales success fee" in text


def test_royalty_tiers_on_the_whole_amount_and_a_minimum_royalty_that_costs_exclusivity() -> None:
    text = _text(example("licensing_milestones"))
    assert "the rate of that tier applies to the whole amount of that Contract Year" in text
    assert (
        "the shortfall is not a debt" in text and "make the rights granted under this Agreement non-exclusive" in text
    )
    top_up = _text(changed(example("licensing_milestones"), {"sharing.shortfall": "top_up_payment"}))
    # A licence's minimum royalty: the difference from the royalties accrued in the year.
    assert "Medinova shall pay the difference within forty-five (45) days after the end of that Contract Year" in top_up


def test_minimum_purchase_shortfall_consequences() -> None:
    text = _text(example("distribution_minimums"))
    assert (
        "the difference between the Minimum Purchase Commitment and the value of Products purchased, as a debt" in text
    )
    for shortfall, words in (
        ("convert_to_non_exclusive", "so that the appointment continues on a non-exclusive basis"),
        ("termination", "terminate this Agreement on ninety (90) days' notice"),
    ):
        text = _text(changed(example("distribution_minimums"), {"distribution.minimum_purchase_shortfall": shortfall}))
        assert "A shortfall is not a breach of this Agreement" in text and words in text


def test_one_way_exclusivity_binds_only_one_side() -> None:
    purchase = _text(example("equity_tranches"))
    assert (
        "Brightwater shall purchase optical sensors for industrial vision systems only from Optimum Vision" in purchase
    )
    assert "Optimum Vision is not bound to sell only to Brightwater" in purchase
    assert "through the Alliance" not in purchase.split("Exclusivity.")[1].split("\n")[0]
    supply = _text(example("distribution_minimums"))
    assert (
        "BPW shall not supply BPW torque wrenches" in supply
        and "Outillage Moderne is free to buy them from others" in supply
    )
    mutual = _text(changed(example("equity_tranches"), {"exclusivity.direction": "mutual"}))
    assert "each Party shall purchase optical sensors for industrial vision systems only from the other Party" in mutual


def test_an_existing_company_is_not_formed() -> None:
    terms = example("professionals_company")
    document = assemble_agreement(terms)
    text = "\n".join(body_text_lines(document))
    assert document.cover.title == "Shareholders' Agreement"
    assert (
        "already exists and has an issued share capital of GBP 600 (six hundred pounds sterling) "
        "divided into six hundred (600) Shares" in text
    )
    assert "shall establish" not in text and "agreed to establish" not in text
    new = _text(changed(terms, {"joint_venture.status": "new"}))
    assert (
        "shall establish Northlight Advisory Ltd as a private company limited by shares under the laws of Scotland"
        in new
    )


def test_the_equity_of_an_llc_is_units_held_by_members() -> None:
    terms = changed(
        example("joint_venture_50_50"), {"joint_venture.form": "llc", "joint_venture.number_of_shares": 1000}
    )
    text = _text(terms)
    assert "as a limited liability company under the laws of England and Wales" in text
    assert "with an capital" not in text and "divided into one thousand (1,000) Units" in text
    assert "“Units” means the units (membership interests) in the Company" in text
    assert "any of its Units" in text and "any of its Shares" not in text and "“Shares”" not in text


def test_leavers_state_events_price_and_buyer() -> None:
    text = _text(example("professionals_company"))
    assert "retirement from the Company, by not less than six (6) months' notice" in text
    assert "A Leaver whose Leaver Event is retirement, death or incapacity is a “Good Leaver”" in text
    assert (
        "the Company shall buy back, to the extent that it may lawfully do so out of its distributable reserves" in text
    )
    assert "in four (4) equal instalments" in text
    assert "binds the executors" in text  # Scots law: executors, not personal representatives
    others = _text(changed(example("professionals_company"), {"leavers.buyer": "others_pro_rata"}))
    assert "the other Parties shall buy in proportion to their holdings, all of the Leaver's Shares" in others


# --- property: every valid band split totals 100% in the text ---------------------------------
_BAND_LINE = re.compile(r"^(?:(?:up to|from|above) USD [^:]*|all Net Revenue): ")
_PORTION_IN_TEXT = re.compile(r"\((\d+(?:\.\d+)?)%\)|\((\d+)/(\d+)\)")


def _portions(line: str) -> list[Fraction]:
    found = []
    for percent, numerator, denominator in _PORTION_IN_TEXT.findall(line):
        found.append(Fraction(Decimal(percent)) / 100 if percent else Fraction(int(numerator), int(denominator)))
    return found


@st.composite
def _full_splits(draw: st.DrawFn) -> list[list[Fraction]]:
    bands = []
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        count = draw(st.integers(min_value=1, max_value=3))
        cuts = sorted(
            draw(
                st.lists(
                    st.fractions(min_value=0, max_value=1, max_denominator=12), min_size=count - 1, max_size=count - 1
                )
            )
        )
        edges = [Fraction(0), *cuts, Fraction(1)]
        bands.append([later - earlier for earlier, later in pairwise(edges)])
    return bands


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_full_splits())
def test_any_valid_band_split_totals_100_percent_in_every_band_of_the_text(splits: list[list[Fraction]]) -> None:
    names = ["Cobblestone", "Pixelbridge", "the Open Ledger Foundation"]
    bands: list[dict[str, Any]] = []
    for index, split in enumerate(splits):
        shares = []
        for position, share in enumerate(split):
            payee = (
                {"kind": "entity", "party": None, "name": names[position]}
                if position == 2
                else {"kind": "party", "party": names[position], "name": ""}
            )
            shares.append({"payee": payee, "share": str(share)})
        bands.append({"from_amount": str(index * 100000), "shares": shares})
    terms = changed(example("revenue_share_bands"), {"sharing.bands": bands})
    assert not [f for f in review(terms) if f.rule_id.startswith("economics.band")]
    lines = [
        line
        for line in _text(terms).splitlines()
        if (re.match(r"(up to and including|exceeding|all) ", line) and "):" in line)
        or line.startswith("all Net Revenue:")
    ]
    band_lines = [line for line in lines if ": " in line and ("USD" in line.split(": ")[0] or line.startswith("all "))]
    assert len(band_lines) == len(splits)
    for line, split in zip(band_lines, splits, strict=True):
        stated = _portions(line.split(": ", 1)[1])
        assert stated == split and sum(stated) == 1, line
