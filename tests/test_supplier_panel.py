"""The German supply-chain lawyer's reading of the strategic supplier alliance: the
indemnity does not swallow the cap, an estimate is not a term, the buyer does not pay
twice for the line, and the continuity clauses can actually be used."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from drafting.document import AgreementDocument
from drafting.engine import assemble_agreement
from drafting.review.draft import DraftText
from drafting.terms import AgreementTerms
from tests.precedent_helpers import example_terms

SCENARIO = Path(__file__).parent / "scenarios" / "de_supplier_alliance.json"


def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SCENARIO.read_text(encoding="utf-8"))
    return data


def _render(data: dict[str, Any] | None = None) -> AgreementDocument:
    return assemble_agreement(AgreementTerms.model_validate(data or _data()))


def _clause(document: AgreementDocument, clause_id: str) -> str:
    draft = DraftText(document)
    assert draft.has(clause_id), f"{clause_id} is not in the agreement"
    return " ".join(draft.text(clause_id).split())


def test_the_supply_indemnity_covers_product_liability_and_ip_both_ways_only() -> None:
    text = _clause(_render(), "liability.indemnity")
    assert "results from a breach of this Agreement" not in text
    assert "the law on product liability" in text
    assert "in the case of Lindner, an allegation that the Specifications" in text
    assert "including for a breach of this Agreement, remains subject to the limits" in text
    # Affiliates are covered through the party, so the exclusion of section 328 BGB holds.
    assert "who acquire no right of their own under it" in text


def test_the_general_indemnity_no_longer_covers_any_breach() -> None:
    text = _clause(assemble_agreement(example_terms("distribution")), "liability.indemnity")
    assert "results from a breach of this Agreement" not in text
    assert "death, personal injury or damage to property" in text
    assert "who acquire no right of their own under it" in text


def test_the_expected_value_is_the_cap_floor_only_when_confirmed() -> None:
    text = _clause(_render(), "liability.cap")
    assert "3,600,000" not in text
    assert "in any Contract Year" not in text  # one basis: the twelve months before the first event
    assert "leaving out the contribution to the Dedicated Line" in text
    data = _data()
    data["boilerplate"]["liability_cap"]["expected_value_floor"] = True
    assert "or, if greater, EUR 3,600,000" in _clause(_render(data), "liability.cap")


def test_the_buyer_does_not_pay_twice_for_the_line() -> None:
    document = _render()
    text = _clause(document, "supplier_alliance_tooling.exit")
    assert "less any payment under clause 3.6 for the Contract Year" in text
    assert "it may call for the Dedicated Line under paragraph (c) for no further price" in text
    assert "where it has paid that sum under paragraph (a), for no further price" in text
    shortfall = _clause(document, "supplier_alliance_volumes.take_or_pay")
    assert "the investment it has made" not in shortfall
    assert "recovered only under clause 5.4" in shortfall


def test_the_shortfall_is_priced_at_the_price_in_force() -> None:
    text = _clause(_render(), "supplier_alliance_volumes.take_or_pay")
    assert "35%) of the price of a unit of the Products in force at the end of that Contract Year" in text
    assert "For example, at the first Contract Year's price of EUR 118.50" in text


def test_purchase_exclusivity_keeps_the_buyer_s_parts_and_drops_passive_sales() -> None:
    text = _clause(_render(), "supplier_alliance_exclusivity.grant")
    assert "free to supply other products to others, but not products made to the Specifications" in text
    assert "unsolicited orders" not in text


def test_the_escrow_release_licence_is_usable_and_survives() -> None:
    data = _data()
    document = _render(data)
    text = _clause(document, "supplier_alliance_continuity.escrow")
    assert "appointed at the request of either Party by the chamber of commerce" in text
    assert "three-party escrow agreement" in text
    assert "may grant sublicences under it to one or more replacement suppliers" in text
    assert "survives the termination or expiry of this Agreement" in text
    survival = _clause(document, "effects.survival")
    assert "clause 9.2, clause 9.3, clause 10.1" in survival  # in clause order, escrow included
    assert "the licence in clause 9.3 applies" in _clause(document, "supplier_alliance_continuity.last_time_buy")


def test_german_law_keeps_the_statutory_defect_rights_and_names_section_377_hgb() -> None:
    document = _render()
    warranty = _clause(document, "supply.warranty")
    assert "at its option" not in warranty
    assert "section 439(3) BGB" in warranty
    assert "section 377 of the German Commercial Code (HGB)" in _clause(document, "supplier_alliance_quality.audits")
    late = _clause(document, "supplier_alliance_quality.late_delivery")
    assert "may prove that no loss, or a substantially lower loss, arose" in late
    assert "Subject to clause 17.5, those damages" in late


def test_english_law_keeps_the_supplier_s_choice_of_remedy() -> None:
    data = _data()
    data["governing_law"] = {"profile": "ew", "other": ""}
    data["disputes"]["arbitration"]["institution"] = "LCIA"
    data["disputes"]["arbitration"]["seat"] = "London"
    document = _render(data)
    assert "at its option, replace the defective Products" in _clause(document, "supply.warranty")
    assert "may prove that no loss" not in _clause(document, "supplier_alliance_quality.late_delivery")


def test_orders_within_the_firm_zone_or_the_flex_band_cannot_be_rejected() -> None:
    text = _clause(_render(), "supply.orders")
    assert "within the Firm Zone of the latest Forecast or within the band that clause 3.2 obliges it" in text


def test_the_approval_milestone_is_drafted_and_phases_the_first_year() -> None:
    text = _clause(_render(), "supplier_alliance_volumes.ramp_up")
    assert "Harrow is responsible for achieving the following milestone by 30 September 2027" in text
    assert "may terminate this Agreement by notice" in text
    assert "reduced in proportion to the part of that Contract Year that passes before Lindner approves" in text


def test_improvements_are_allocated_by_subject_never_owned_jointly() -> None:
    text = _clause(_render(), "ip.foreground")
    assert "jointly in equal shares" not in text
    assert "the Specifications or any improvement to them" in text and "belongs to Lindner" in text


def test_leftovers_read_as_a_two_party_supply_agreement() -> None:
    document = _render()
    assert "(a)" not in _clause(document, "scope.obligations")
    assert "participation in it" not in _clause(document, "effects.accrued_rights")
    assert "marked as funded by Lindner" in _clause(document, "supplier_alliance_tooling.use")
    assert "ceases to be published" in _clause(document, "supplier_alliance_pricing.price")
    assert "Within thirty (30) days after the Effective Date" in _clause(document, "supplier_alliance_volumes.capacity")
