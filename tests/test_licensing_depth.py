"""The depth of a technology or trade mark licence, read in the rendered text of every
licensing example and scenario under several governing laws: Licensed Product and
Improvement defined once and used by the grant, the royalty and the grant-back; the
royalty on Net Sales counted at the first arm's-length sale with a closed, capped list of
deductions; third-party infringement claims apart from enforcement; a regulatory clause
where the products need a marketing authorisation; no Background or Foreground IP; the
royalty currency, the published rate it is converted at and withholding tax in the governing
law's terms (no US forms outside US law); and a trade mark licence with real quality
control wherever a mark is licensed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from drafting.engine.context import derive_facts
from tests.licence_sources import CASES, SOURCES
from tests.licence_sources import draft_data as _data
from tests.licence_sources import draft_text as _draft
from tests.licence_sources import terms_of as _terms


def _full(data: dict[str, Any]) -> str:
    return "\n".join(body_text_lines(assemble_agreement(_terms(data))))


def _id(case: tuple[Path, str | None]) -> str:
    return f"{case[0].stem}-{case[1] or 'own'}"


def test_every_licensing_source_is_covered() -> None:
    assert {path.stem for path in SOURCES} >= {"licensing", "licensing_milestones", "us_ny_licence"}


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_licensed_product_and_improvement_are_defined_once_and_used(case: tuple[Path, str | None]) -> None:
    data = _data(*case)
    draft, text = _draft(data), _full(data)
    assert text.count("“Licensed Product” means") == 1
    assert "infringe a Valid Claim" in text and "Licensed Know-How" in text
    assert text.count("“Improvement” means") == 1
    grant = draft.text("licence.grant")
    assert "Licensed Products" in grant and "(each a “Licensed Product”)" not in grant
    improvements = draft.text("licence.improvements")
    # Round 4: "solely", as a jointly made Improvement has its own rule.
    assert "owns each Improvement made solely by it or on its behalf" in improvements
    assert "Each Improvement made solely by or on behalf of" in improvements
    assert "net sales" not in improvements.lower()
    assert "Licensed Products" in draft.text("financial.model")


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_the_royalty_runs_on_net_sales_at_the_first_arms_length_sale(case: tuple[Path, str | None]) -> None:
    data = _data(*case)
    draft, text = _draft(data), _full(data)
    royalty = draft.text("financial.model")
    assert "on the Net Sales of Licensed Products" in royalty
    assert "A sale or transfer of a Licensed Product between Sellers is not counted" in royalty
    assert "first sale by a Seller to a person that is not a Seller" in royalty
    assert "arm's-length transaction" in royalty
    net = draft.text("financial.deductions")
    assert "“Net Sales” means Gross Sales less the following" in net
    # A closed list of the deductions answered, with no cap the answers never gave (round 7).
    assert "No other deduction is permitted." in net and "may not together exceed" not in net
    assert "Net Revenue" not in text and "Gross Revenue" not in text
    assert "resulting Net Sales" in draft.text("financial.reporting")


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_third_party_claims_are_apart_from_enforcement(case: tuple[Path, str | None]) -> None:
    draft = _draft(_data(*case))
    claims = draft.text("licence.third_party_claims")
    assert "If a third party claims that the manufacture, use, sale or import of a Licensed Product" in claims
    assert "has the right to defend" in claims
    assert re.search(r"may deduct fifty per ?cent \(50%\) of the royalties it pays to that third party", claims)
    assert re.search(r"by more than fifty per ?cent \(50%\)", claims)
    assert "Minimum Royalty" in claims
    assert "third party claims" not in draft.text("licence.enforcement")


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_a_regulated_product_gets_a_regulatory_clause(case: tuple[Path, str | None]) -> None:
    data = _data(*case)
    draft = _draft(data)
    regulatory = draft.text("licence.regulatory")
    assert re.search(r"“Marketing Authori[sz]ations”", regulatory)
    assert "safety data exchange agreement" in regulatory
    assert "recall" in regulatory
    # What becomes of the authorisations is its own clause, the one part that survives
    # (tests/test_licensing_round2.py checks the transfer against the licence's subject).
    assert re.search(r"Marketing Authori[sz]ations", draft.text("licence.regulatory_exit"))
    assert draft.refers("effects.survival", "licence.regulatory_exit")
    assert not draft.refers("effects.survival", "licence.regulatory")


def test_an_unregulated_product_gets_no_regulatory_clause() -> None:
    data = _data(SOURCES[0])
    grant = data["ip"]["licence_grant"]
    grant["field"] = data["scope"]["field_of_use"] = "Industrial optical sensors"
    grant["subject"] = "The Licensed Patents and the sensor calibration know-how"
    data["scope"]["purpose"] = "License the sensor calibration technology."
    data["background"] = "The licensor owns patents and know-how for calibrating optical sensors."
    data["scope"]["milestones"] = []
    terms = _terms(data)
    assert not derive_facts(terms).regulated_product
    draft = _draft(data)
    assert not draft.has("licence.regulatory")
    assert "clinical trials" not in draft.text("financial.model")


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_a_licence_has_no_background_or_foreground_ip(case: tuple[Path, str | None]) -> None:
    data = _data(*case)
    draft, text = _draft(data), _full(data)
    assert "Background IP" not in text and "Foreground IP" not in text
    assert "BACKGROUND IP" not in text
    ownership = draft.text("ip.background")
    assert "retains all right, title and interest in the Licensed Technology" in ownership
    assert "Nothing in this Agreement creates joint ownership" in ownership


RATE = {
    "USD": "U.S. edition of The Wall Street Journal",
    "EUR": "euro foreign exchange reference rate published by the European Central Bank",
    "GBP": "spot exchange rate published by the Bank of England",
}
WITHHOLDING = {
    "us_ny": "IRS Form W-9",
    "ew": "section 911 of the Income Tax Act 2007",
    "de": "exemption certificate (Freistellungsbescheinigung)",
    "fr": "double taxation treaty",
    "ie": "double taxation treaty",
}


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_royalty_currency_conversion_and_withholding_follow_currency_and_law(case: tuple[Path, str | None]) -> None:
    data = _data(*case)
    terms = _terms(data)
    draft, text = _draft(data), _full(data)
    currency = terms.sharing.currency
    payment = draft.text("financial.payment")
    assert f"All royalties are paid in {currency}" in payment
    assert RATE[currency] in payment and "for the last Business Day of the period" in payment
    taxes = draft.text("financial.taxes")
    law = terms.governing_law.profile
    assert WITHHOLDING[law] in taxes
    assert "the amount withheld counts as paid to" in taxes
    assert "shall increase the payment so that" in taxes
    if not law.startswith("us_"):
        assert "IRS Form" not in text and "Internal Revenue Code" not in text and "365(n)" not in text
    if currency != "USD":
        assert "Wall Street Journal" not in text
    if law != "de":
        assert "Freistellungsbescheinigung" not in text
    if law != "ew":
        assert "Income Tax Act 2007" not in text


def _with_marks(path: Path, law: str | None) -> dict[str, Any]:
    data = _data(path, law)
    licensor = data["ip"]["licence_grant"]["licensor"]
    data["ip"]["brand_licences"] = [
        {"licensor": licensor, "marks": "the COATEX word mark (EUTM 018765432)", "approval_days": 15}
    ]
    return data


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_a_licensed_mark_gets_quality_control_samples_and_goodwill(case: tuple[Path, str | None]) -> None:
    data = _with_marks(*case)
    draft, text = _draft(data), _full(data)
    marks = draft.text("ip.brand_licence")
    assert "on and in connection with Licensed Products" in marks
    assert "conform to the quality standards and specifications notified by" in marks
    assert "(the “Brand Guidelines”)" in marks
    assert "submit representative samples" in marks and "production samples" in marks
    assert "to inspect the premises where those Licensed Products are made or stored" in marks
    assert "withdraw from sale any Licensed Product that does not conform" in marks
    assert "inures to the benefit of" in marks and "all goodwill arising from that use accrues to" in marks
    # The approval rule is stated once, and silence is not approval.
    assert "is deemed rejected" in marks
    assert "deemed to have approved" not in text and text.count("deemed rejected") == 1
    assert "Marks" in draft.text("ip.background")


@pytest.mark.parametrize("law", ["ew", "de", "us_ny"])
def test_a_licence_of_marks_named_in_its_subject_gets_the_trade_mark_terms(law: str) -> None:
    data = _data(SOURCES[0], law)
    grant = data["ip"]["licence_grant"]
    grant["subject"] = "The COATEX trade marks registered in the Territory"
    data["ip"]["background_schedule"] = [
        {"party": grant["licensor"], "asset": "Trade mark: COATEX (word)", "registration_number": "EUTM 018765432"}
    ]
    data["title"] = ""
    terms = _terms(data)
    assert derive_facts(terms).licensed_marks
    draft = _draft(data)
    marks = draft.text("ip.brand_licence")
    assert re.search(r"shall use the (trade marks|trademarks) within the Licensed Technology \(the “Marks”\)", marks)
    assert "fifteen (15) Business Days" in marks and "is deemed rejected" in marks
    assert "inures to the benefit of" in marks and "production samples" in marks
    document = assemble_agreement(terms)
    assert re.fullmatch(r"(Exclusive )?(Trade Mark|Trademark) Licen[cs]e Agreement", document.metadata.title)
