"""The operative core of a distribution agreement: forecasts, orders, delivery on a
named Incoterm, prices and payment, both sides' obligations, the product warranty, and
what happens to stock and customers at the end."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from drafting.terms import AgreementTerms
from tests.precedent_helpers import EXAMPLES_DIR, example_terms


def _text(terms: AgreementTerms) -> str:
    return "\n".join(body_text_lines(assemble_agreement(terms)))


def _changed(**supply: object) -> AgreementTerms:
    data = json.loads((EXAMPLES_DIR / "distribution.json").read_text(encoding="utf-8"))
    data["distribution"].update(supply)
    return AgreementTerms.model_validate(data)


def test_the_supply_article_carries_the_deal_figures_once() -> None:
    text = _text(example_terms("distribution"))
    assert "Supply of the Products" in text
    # The client's own forecast rule replaces the default (one forecast rule, its figures).
    assert (
        "shall share a rolling six-month sales forecast every quarter, giving each forecast to BPW in writing "
        "within ten (10) Business Days after the start of each calendar quarter. "
        "The first three (3) months of each forecast are a firm commitment" in text
    )
    assert "FCA (Incoterms 2020), the named place being BPW's warehouse at Lindwurmstraße 88, München" in text
    assert "within sixty (60) days after its date" in text
    assert "time-barred twenty-four (24) months after delivery" in text  # German law: a limitation period
    assert text.count("sixty (60) days after its date") == 1
    # The orders clause lives in the supply article only, not also under Appointment.
    assert text.count("Each accepted order forms a separate contract of sale") == 1


def test_title_follows_payment_only_where_retention_of_title_is_chosen() -> None:
    assert "only when BPW has received payment in full" in _text(example_terms("distribution"))
    plain = _text(_changed(retention_of_title=False, binding_months=0, delivery_place=""))
    assert "Title to the Products passes to Outillage Moderne when risk passes." in plain
    assert "given in good faith for planning only and do not bind" in plain
    assert "the named place being the premises of BPW" in plain


def test_an_unknown_incoterm_is_refused_in_plain_words() -> None:
    with pytest.raises(ValidationError, match="incoterm"):
        _changed(incoterm="XYZ")


def test_the_distributor_keeps_passive_sales_and_the_end_is_orderly() -> None:
    text = _text(example_terms("distribution"))
    assert "sales in response to unsolicited requests, including through its website, remain permitted" in text
    assert "Within thirty (30) days after termination or expiry of this Agreement, BPW may by notice" in text
    # German law makes the distributor's goodwill indemnity mandatory: no void waiver.
    assert "not entitled to any compensation or indemnity" not in text
