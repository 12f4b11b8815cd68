"""The operative core of a licence, a distributor's brand licence and a consortium's access
rights, read in the assembled agreement: the royalty term per product and country, the
know-how rate, the share of sublicence income, the minimum royalty that ends with
exclusivity, a trade-mark licence that runs one way when one party owns the marks, and the
period to request access rights; the wizard asks each of them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from drafting.review.draft import DraftText
from drafting.review.engine import assemble_for_review
from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.ip import RoyaltyTerm
from tests.ui_helpers import click, type_into
from ui.drafts import example_files, load_example

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SCENARIOS = Path(__file__).resolve().parent / "scenarios"


def _draft(path: Path, **grant: Any) -> DraftText:
    data = json.loads(path.read_text(encoding="utf-8"))
    data["ip"]["licence_grant"].update(grant)
    return DraftText(assemble_for_review(AgreementTerms.model_validate(data)))


def test_a_patent_licence_without_a_royalty_term_answer_still_has_one() -> None:
    draft = _draft(EXAMPLES / "licensing.json")
    assert draft.has("financial.royalty_term") and not draft.has("financial.sublicence_income")
    grant = AgreementTerms.model_validate_json((EXAMPLES / "licensing.json").read_text()).ip.licence_grant
    assert grant is not None and grant.royalty_term is RoyaltyTerm.AGREEMENT_TERM


def test_the_royalty_term_runs_per_product_and_country_with_a_know_how_rate() -> None:
    draft = _draft(
        EXAMPLES / "licensing.json", royalty_term="later_of", royalty_term_years=12, no_claim_rate_percent="2.5"
    )
    text = draft.text("financial.royalty_term")
    assert "for each Licensed Product, country by country" in text
    assert "the later of the expiry or final invalidation of the last Valid Claim" in text
    assert "twelve (12) years after that first commercial sale" in text
    # A patent licence defines Valid Claim once, among the definitions (tests/test_licensing_form.py).
    assert "Valid Claim" in text and "“Valid Claim” means" not in text
    assert "is two point five per cent (2.5%)" in text or "2.5%" in text
    assert f"under {draft.label('financial.model')}" in text


def test_a_royalty_term_in_years_defines_no_valid_claim() -> None:
    text = _draft(EXAMPLES / "licensing.json", royalty_term="years_from_first_sale").text("financial.royalty_term")
    assert "the end of ten (10) years after that first commercial sale" in text and "Valid Claim" not in text


def test_an_open_ended_licence_runs_until_the_last_royalty_term_ends() -> None:
    data = json.loads((EXAMPLES / "licensing.json").read_text(encoding="utf-8"))
    data["ip"]["licence_grant"]["royalty_term"] = "last_valid_claim"
    data["term"] = {"effective_date": "2027-01-01", "kind": "indefinite"}
    draft = DraftText(assemble_for_review(AgreementTerms.model_validate(data)))
    assert f"until the later of the end of the last Royalty Term under {draft.label('financial.royalty_term')} and" in (
        draft.text("term.duration")
    )


def test_sublicence_income_is_drafted_only_where_the_licensee_may_sublicense() -> None:
    drafted = _draft(EXAMPLES / "licensing.json", sublicensable=True, sublicence_income_percent="25")
    text = drafted.text("financial.sublicence_income")
    assert "twenty-five per cent (25%) of all consideration" in text
    assert "upfront, milestone and option fees" in text
    assert not _draft(EXAMPLES / "licensing.json", sublicence_income_percent="25").has("financial.sublicence_income")


def test_the_minimum_royalty_ends_with_exclusivity_and_the_gross_revenue_reads_whole() -> None:
    draft = _draft(SCENARIOS / "us_ny_licence.json")
    minimum = draft.text("financial.minimum_guarantee")
    assert (
        f"made non-exclusive in every country of the Territory under {draft.label('licence.diligence')}, no minimum"
        in minimum
    )
    assert "charged by Hudson and its Affiliates (each a “Seller”)" in draft.text("financial.model")


def test_a_trade_mark_licence_from_one_owner_runs_one_way() -> None:
    data = json.loads((SCENARIOS / "de_distribution.json").read_text(encoding="utf-8"))
    draft = DraftText(assemble_for_review(AgreementTerms.model_validate(data)))
    text = draft.text("ip.brand_licence")
    assert "BPW grants to Outillage Moderne, for the Term, a non-exclusive" in text
    assert "Each Party named below" not in text and "Each licensee" not in text
    assert "All goodwill arising from the use of the Marks accrues to BPW." in text
    data["ip"]["brand_licences"].append({"licensor": "Outillage Moderne", "marks": "OUTILLAGE MODERNE word mark"})
    two_way = DraftText(assemble_for_review(AgreementTerms.model_validate(data))).text("ip.brand_licence")
    assert "Each Party named below grants to the other Party" in two_way


def test_consortium_access_rights_have_a_request_period_and_survive() -> None:
    data = json.loads((EXAMPLES / "consortium_five_party.json").read_text(encoding="utf-8"))
    draft = DraftText(assemble_for_review(AgreementTerms.model_validate(data)))
    text = draft.text("ip.access_rights")
    assert "(a) royalty-free, to carry out the Project; and (b) on fair and reasonable conditions" in text
    assert "may be requested until twelve (12) months after the end of the Project" in text
    assert draft.refers("effects.survival", "ip.access_rights")
    data["consortium"].update(access_request_months=24, exploitation_access="royalty_free")
    text = DraftText(assemble_for_review(AgreementTerms.model_validate(data))).text("ip.access_rights")
    assert "(b) royalty-free, to exploit" in text and "twenty-four (24) months" in text
    assert not _draft(EXAMPLES / "licensing.json").has("ip.access_rights")


def test_the_wizard_asks_the_royalty_term_and_the_sublicence_share(qtbot, wizard) -> None:
    wizard.load(load_example(next(path for path in example_files() if path.stem == "licensing")))
    section = wizard.deal.sections[AllianceModel.LICENSING]
    assert section.royalty_term.value() is RoyaltyTerm.AGREEMENT_TERM and section.royalty_years.value() == 10
    section.royalty_term.set_value(RoyaltyTerm.LATER_OF)
    section.royalty_years.setValue(8)
    type_into(qtbot, section.no_claim_rate, "3")
    section.sublicensable.setChecked(True)
    type_into(qtbot, section.sublicence_income, "20")
    collected, problems = wizard.collect()
    assert problems == [] and collected is not None
    grant = collected.ip.licence_grant
    assert grant is not None and grant.royalty_term is RoyaltyTerm.LATER_OF and grant.royalty_term_years == 8
    assert (grant.no_claim_rate_percent, grant.sublicence_income_percent) == (3, 20)
    type_into(qtbot, section.sublicence_income, "120")
    assert "from 0 to 100" in section.check()["licence"]


def test_the_wizard_asks_the_access_rights_period_and_terms(wizard) -> None:
    from drafting.terms.extras import AccessConditions

    wizard.load(load_example(next(path for path in example_files() if path.stem == "consortium_five_party")))
    section = wizard.deal.sections[AllianceModel.CONSORTIUM]
    assert section.access_months.value() == 12
    section.access_months.setValue(18)
    section.access_terms.set_value(AccessConditions.ROYALTY_FREE)
    collected, problems = wizard.collect()
    assert problems == [] and collected is not None and collected.consortium is not None
    assert collected.consortium.access_request_months == 18
    assert collected.consortium.exploitation_access is AccessConditions.ROYALTY_FREE


def test_data_transfers_are_drafted_per_flow_with_their_safeguard() -> None:
    data = json.loads((EXAMPLES / "data_sharing.json").read_text(encoding="utf-8"))
    exporter, importer = (party["short_name"] for party in data["parties"][:2])
    data["data_sharing"]["transfers"] = [
        {"exporter": exporter, "importer": importer, "destination": "the United States", "mechanism": "eu_sccs"},
        {"exporter": importer, "importer": exporter, "destination": "India", "mechanism": "uk_idta"},
    ]
    draft = DraftText(assemble_for_review(AgreementTerms.model_validate(data)))
    text = draft.text("data.transfers")
    assert f"from {exporter} to {importer} in the United States: the standard contractual clauses" in text
    assert "module one (controller to controller)" in text
    assert "International Data Transfer Agreement issued by the UK Information Commissioner" in text
    assert f"other than in a flow set out in {draft.label('data.transfers')}" in draft.text("data.obligations")


def test_the_wizard_asks_each_international_transfer(qtbot, wizard) -> None:
    from drafting.terms.extras import TransferMechanism

    wizard.load(load_example(next(path for path in example_files() if path.stem == "data_sharing")))
    section = wizard.deal.sections[AllianceModel.DATA_SHARING]
    table = section.transfers
    click(qtbot, table.add_button)
    assert "say which country" in section.check()["transfers"]
    destination = table.table.cellWidget(0, 2)
    type_into(qtbot, destination, "the United States")
    table.table.cellWidget(0, 3).set_value(TransferMechanism.UK_ADDENDUM)
    collected, problems = wizard.collect()
    assert problems == [] and collected is not None and collected.data_sharing is not None
    (flow,) = collected.data_sharing.transfers
    names = [party.short_name for party in collected.parties]
    assert (flow.exporter, flow.importer, flow.destination) == (names[0], names[1], "the United States")
    assert flow.mechanism is TransferMechanism.UK_ADDENDUM
    wizard.load(collected)
    assert section.transfers.transfers() == (flow,)


def test_a_licence_under_us_law_keeps_the_licensee_s_rights_in_the_licensor_s_bankruptcy() -> None:
    draft = _draft(SCENARIOS / "us_ny_licence.json")
    text = draft.text("licence.insolvency")
    assert "section 365(n) of the United States Bankruptcy Code" in text
    assert "commenced by or against Brightline, Hudson may retain and fully exercise its rights" in text
    assert not _draft(EXAMPLES / "licensing.json").has("licence.insolvency")
