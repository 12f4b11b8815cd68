"""The strategic supplier alliance (precedent 10): its terms check themselves in plain
words, the shortfall payment is computed band by band, and the agreement drafts the
precedent's core articles in order, with the exclusivity's direction, the line's exit
route and the block exemption of the governing law (profile data) as the answers say."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from drafting.document import AgreementDocument
from drafting.engine import assemble_agreement
from drafting.review.draft import DraftText
from drafting.terms import AgreementTerms
from drafting.terms.supplier_alliance import SupplierAllianceTerms, shortfall_payment
from tests.precedent_helpers import example_terms


def _terms(**changes: Any) -> AgreementTerms:
    """The example with the supply block changed (``co_investment__on_exit`` reaches in)."""
    data = example_terms("supplier_alliance").model_dump(mode="json")
    block = data["supplier_alliance"]
    for key, value in changes.items():
        if key == "law":
            data["governing_law"] = {"profile": value, "other": ""}
        elif "__" in key:
            outer, inner = key.split("__")
            block[outer][inner] = value
        else:
            block[key] = value
    return AgreementTerms.model_validate(data)


def _text(document: AgreementDocument) -> str:
    draft = DraftText(document)
    return "\n".join(draft.text(clause.id) for clause in document.iter_clauses())


def _clause(document: AgreementDocument, clause_id: str) -> str:
    """The clause's text with its paragraphs (a), (b)..., as the review reads it."""
    draft = DraftText(document)
    assert draft.has(clause_id), f"{clause_id} is not in the agreement"
    return " ".join(draft.text(clause_id).split())


def test_the_shortfall_payment_is_computed_band_by_band() -> None:
    block = example_terms("supplier_alliance").supplier_alliance
    assert block is not None
    # 24,000 committed, 8,400 taken: a shortfall of 15,600 units (65%). Band 0-10% (2,400
    # units) pays nothing, 10-30% (4,800 units) 40% of EUR 118.50, 30-100% (the other
    # 8,400 units) 60% of it: 4,800 x 47.40 + 8,400 x 71.10 = 227,520 + 597,240.
    assert shortfall_payment(block, 24000, 8400) == Decimal("824760.00")
    assert shortfall_payment(block, 24000, 22000) == Decimal("0.00")  # within the 10% tolerance
    assert shortfall_payment(block, 24000, 24000) == Decimal(0)
    assert shortfall_payment(block, 24000, 0) == Decimal("4800") * Decimal("47.40") + Decimal("16800") * Decimal(
        "71.10"
    )
    assert block.example_payment == Decimal("824760.00")


def test_the_worked_example_in_the_clause_states_the_computed_figure() -> None:
    text = _clause(assemble_agreement(example_terms("supplier_alliance")), "supplier_alliance_volumes.take_or_pay")
    assert "takes eight thousand, four hundred (8,400) units of a Committed Volume of twenty-four thousand" in text
    assert "the payment is EUR 824,760" in text
    assert "it is a debt, not damages, and it is not subject to the limits in clause" in text


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"purchaser": "Harrow"}, "the supplier and the buyer must be two different parties"),
        ({"firm_months": 24, "forecast_months": 12}, r"the firm zone \(24 months\) is longer than the forecast"),
        ({"unit_price": None}, "take-or-pay bands need the unit price"),
        (
            {"take_or_pay": [{"from_percent": "30", "to_percent": "10", "payment_percent": "40"}]},
            "it must end above where it starts",
        ),
        ({"co_investment__contribution": {"amount": "3000000", "currency": "EUR"}}, "is more than the cost"),
        ({"co_investment__contribution": {"amount": "100", "currency": "GBP"}}, "must be in one currency"),
    ],
)
def test_inconsistent_supply_terms_are_refused_in_plain_words(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _terms(**changes)


def test_band_gaps_name_the_uncovered_and_doubly_covered_ranges() -> None:
    block = SupplierAllianceTerms(
        supplier="A",
        purchaser="B",
        committed_volumes=[{"year": 1, "units": 100}],
        unit_price={"amount": "1", "currency": "EUR"},
        take_or_pay=[
            {"from_percent": "5", "to_percent": "20", "payment_percent": "10"},
            {"from_percent": "15", "to_percent": "90", "payment_percent": "50"},
        ],
    )
    assert block.band_gaps == ((0, 5), (20, 15), (90, 100))


def test_the_core_articles_follow_the_precedent_outline() -> None:
    document = assemble_agreement(example_terms("supplier_alliance"))
    assert document.metadata.title == "Strategic Supply and Co-Investment Agreement"
    assert [article.heading for article in document.articles] == [
        "Definitions and Interpretation",
        "Structure and Relationship Management",
        "Capacity Planning and Volume Commitment",
        "Price, Cost-Down and Payment",
        "Dedicated Line and Tooling",
        "Exclusivity",
        "Ordering, Delivery and Warranty",
        "Quality",
        "Continuity of Supply",
        "Technology and Intellectual Property",
        "Particular Undertakings",
        "Compliance and Competition Law",
        "Confidentiality",
        "Term",
        "Termination",
        "Consequences of Termination",
        "Warranties, Liability and Indemnities",
        "General",
        "Governing Law and Disputes",
    ]
    ids = {clause.id for clause in document.iter_clauses()}
    # What the precedent keeps out: a company, deadlock, contributions, joint ownership, KPIs,
    # termination for convenience of a long-term commitment.
    assert not {i for i in ids if i.startswith(("company.", "deadlock.", "contributions.", "governance."))}
    assert not ids & {"ip.joint_ownership", "scope.kpis", "termination.convenience", "effects.stock_and_customers"}
    # Ordering, delivery and the warranty are the distribution agreement's own clauses.
    assert {"supply.orders", "supply.delivery", "supply.warranty"} <= ids
    assert "supply.forecasts" not in ids and "distribution.appointment" not in ids


def test_the_shared_supply_clauses_speak_of_the_buyer_and_call_offs() -> None:
    document = assemble_agreement(example_terms("supplier_alliance"))
    orders = _clause(document, "supply.orders")
    assert orders.startswith("Orders. Lindner shall order the Products by written call-off order")
    assert "standard terms of sale of Harrow" not in orders and "on the terms of this Agreement alone" in orders
    warranty = _clause(document, "supply.warranty")
    assert "Territory" not in warranty and "recalls are allocated in clause 8.4" in warranty
    # The distribution agreement keeps its own wording.
    distribution = _clause(assemble_agreement(example_terms("distribution")), "supply.orders")
    assert distribution.startswith("Orders. Outillage Moderne shall order the Products by written purchase order")


@pytest.mark.parametrize(
    ("direction", "present", "absent"),
    [
        ("supply", "Harrow shall not, for sixty (60) months", "buy all its requirements"),
        ("purchase", "buy all its requirements of gear sets", "Harrow shall not, for sixty"),
        ("both", "Harrow shall not, for sixty (60) months", "remains free"),
    ],
)
def test_exclusivity_states_its_direction(direction: str, present: str, absent: str) -> None:
    text = _clause(assemble_agreement(_terms(exclusivity=direction)), "supplier_alliance_exclusivity.grant")
    assert present in text
    assert absent not in text
    if direction == "both":
        assert "buy all its requirements" in text


@pytest.mark.parametrize(
    ("on_exit", "phrase"),
    [
        ("buy_out", "require Harrow to sell it the Dedicated Line at its Written-Down Value"),
        ("transfer", "Harrow shall transfer the Dedicated Line to Lindner"),
        ("removal", "Harrow keeps the Dedicated Line and may remove, redeploy or dispose of it"),
    ],
)
def test_the_line_on_exit_follows_the_answer(on_exit: str, phrase: str) -> None:
    text = _clause(assemble_agreement(_terms(co_investment__on_exit=on_exit)), "supplier_alliance_tooling.exit")
    assert phrase in text
    assert "Harrow shall repay Lindner the Unamortised Contribution" in text


@pytest.mark.parametrize(
    ("law", "exemption"),
    [
        ("ew", "the Competition Act 1998 (Vertical Agreements Block Exemption) Order 2022"),
        ("sc", "the Competition Act 1998 (Vertical Agreements Block Exemption) Order 2022"),
        ("de", "Commission Regulation (EU) 2022/720 (the Vertical Block Exemption Regulation)"),
        ("fr", "Commission Regulation (EU) 2022/720 (the Vertical Block Exemption Regulation)"),
        ("us_ny", None),
        ("ch", None),
    ],
)
def test_the_block_exemption_is_the_governing_law_profile_s_own(law: str, exemption: str | None) -> None:
    text = _clause(assemble_agreement(_terms(law=law)), "supplier_alliance_compliance.competition")
    if exemption is None:
        assert "block exemption" not in text.lower() and "2022/720" not in text
    else:
        assert exemption in text and "five (5) years" in text


def test_an_empty_co_investment_and_no_volumes_leave_their_articles_out() -> None:
    document = assemble_agreement(_terms(co_investment=None, take_or_pay=[], committed_volumes=[]))
    headings = [article.heading for article in document.articles]
    assert "Dedicated Line and Tooling" not in headings
    ids = {clause.id for clause in document.iter_clauses()}
    assert "supplier_alliance_volumes.take_or_pay" not in ids and "supplier_alliance_volumes.commitment" not in ids
    assert "the Committed Volume" not in _text(document)
