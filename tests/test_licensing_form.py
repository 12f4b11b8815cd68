"""The form of a licence, checked on the rendered text of the licensing examples and the
New York scenario a panel lawyer reviewed: one royalty fact in one place, no alliance
skeleton or mutual exclusivity unless added, the upfront fee from the licensee's cash
contribution, the licensed rights defined and scheduled under their own names, the
grant-back as answered, a sell-off period, prosecution and maintenance, a licence's
indemnities, and the US profiles' American legal vocabulary."""

from __future__ import annotations

import io
import re
import zipfile
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from drafting.document import AgreementDocument, body_text_lines
from drafting.docx_writer import docx_bytes
from drafting.engine import assemble_agreement
from drafting.law.profiles import all_profiles, profile
from drafting.terms import AgreementTerms

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = {
    "licensing": ROOT / "examples" / "licensing.json",
    "licensing_milestones": ROOT / "examples" / "licensing_milestones.json",
    "us_ny_licence": ROOT / "tests" / "scenarios" / "us_ny_licence.json",
}


@cache
def _terms(name: str) -> AgreementTerms:
    return AgreementTerms.from_json(DRAFTS[name].read_text(encoding="utf-8"))


@cache
def _document(name: str) -> AgreementDocument:
    return assemble_agreement(_terms(name))


def _text(name: str) -> str:
    return "\n".join(body_text_lines(_document(name)))


def _varied(name: str, **changes: Any) -> AgreementTerms:
    data = _terms(name).model_dump(mode="json")
    for key, value in changes.items():
        data[key] = value
    return AgreementTerms.model_validate(data)


def _ids(document: AgreementDocument) -> set[str]:
    return {clause.id for clause in document.iter_clauses()}


ALL = pytest.mark.parametrize("name", sorted(DRAFTS))


@ALL
def test_the_royalty_clause_points_to_the_tiers_instead_of_stating_a_rate_of_its_own(name: str) -> None:
    terms = _terms(name)
    text = _text(name)
    if terms.sharing.tiers:
        assert re.search(r"a royalty at the rates set out in (Section|clause) \d+\.\d+ on the Net Sales", text)
        assert "a royalty of six" not in text


@ALL
def test_no_alliance_skeleton_and_no_mutual_exclusivity_in_a_licence(name: str) -> None:
    document = _document(name)
    ids = _ids(document)
    assert not {i for i in ids if i.startswith("scope.")}, ids
    assert "exclusivity.grant" not in ids
    text = _text(name)
    for phrase in ("General obligations", "Responsibilities", "neither Party shall collaborate with any third party"):
        assert phrase not in text
    assert "Purpose, Field and Territory" not in [article.heading for article in document.articles]


def test_the_work_plan_and_the_exclusivity_come_back_only_when_added() -> None:
    # The examples hold no exclusivity answer of their own (a licence's exclusivity is the
    # grant's); a user who adds the module gives one.
    exclusivity = {"kind": "field", "scope": "Generic oral solid-dose medicines in the territory"}
    terms = _varied("licensing", extra_modules=["work_plan", "exclusivity"], exclusivity=exclusivity)
    ids = _ids(assemble_agreement(terms))
    assert {"scope.purpose", "scope.obligations", "scope.milestones", "exclusivity.grant"} <= ids
    text = "\n".join(body_text_lines(assemble_agreement(terms)))
    # With a work plan the delivery and diligence clauses do not repeat it.
    assert "give 20 days of technical support" in text and text.count("give 20 days of technical support") == 1


@ALL
def test_licensor_obligations_and_dates_go_into_delivery_the_licensee_s_into_diligence(name: str) -> None:
    text = _text(name)
    delivery = next(line for line in body_text_lines(_document(name)) if line.startswith("Delivery of the Licensed"))
    assert "Within thirty (30) days after the Effective Date" not in delivery
    # The licensor's support duty is absorbed into the delivery clause with its figure,
    # once (tests/test_licensing_round2.py).
    assert "twenty (20) days of technical assistance" in delivery
    assert "transfer the know-how package and give 20 days of technical support" not in text
    # The delivery's own milestone dates the delivery (tests/test_licensing_round3.py).
    assert re.search(r"By (April 30, 2027|30 April 2027), \w+ shall deliver", delivery)
    assert re.search(
        r"ensure that the following milestone is achieved by (October 31, 2027|31 October 2027): "
        r"first marketing authori[sz]ation",
        text,
    )
    assert "reasonable technical assistance" not in delivery


@pytest.mark.parametrize("name", ["licensing", "us_ny_licence"])
def test_the_licensee_s_cash_contribution_is_drafted_as_the_upfront_licence_fee(name: str) -> None:
    text = _text(name)
    assert re.search(
        r"shall pay (Carraig|Brightline) an upfront licen[cs]e fee of (EUR|USD) 250,000 \(two hundred (and )?fifty "
        r"thousand [A-Za-z ]+\) on or before (28 February 2027|February 28, 2027)\.",
        text,
    )
    assert "non-refundable and not creditable against royalties" in text


def test_an_upfront_payment_in_the_schedule_is_not_drafted_twice() -> None:
    ids = _ids(_document("licensing_milestones"))
    assert "financial.upfront_fee" not in ids and "financial.payment_schedule" in ids


@ALL
def test_the_licensed_rights_field_and_territory_are_defined_and_scheduled(name: str) -> None:
    document = _document(name)
    text = _text(name)
    for term in ("Licensed Patents", "Licensed Know-How", "Field", "Territory", "Valid Claim"):
        assert f"\u201c{term}\u201d means" in text, term
    assert "claim priority from, or share a claim of priority with" in text
    assert "Poland, Czechia, Slovakia, Hungary and Romania" in text
    assert "Licensed Patents and Know-How" in [schedule.title for schedule in document.schedules]
    grant = next(line for line in body_text_lines(document) if line.startswith("Grant. "))
    assert (
        "under the Licensed Patents and the Licensed Know-How (together the \u201cLicensed Technology\u201d)" in grant
    )
    assert "to use, offer for sale, sell, import and otherwise exploit Licensed Products" in grant
    assert "and to make and have made them anywhere in the world for those purposes" in grant
    assert "in the Field in the Territory" in grant
    assert re.search(r"No licen[cs]e or other right is granted by implication, estoppel or otherwise", text)
    assert "contract manufacturers" in text


@ALL
def test_the_royalty_steps_down_where_no_valid_claim_covers_the_product(name: str) -> None:
    text = _text(name)
    assert "neither the manufacture nor the sale of a Licensed Product is covered by a Valid Claim" in text
    assert "in consideration of the Licensed Know-How and other unpatented rights" in text
    assert ("reduced by fifty percent (50%)" if name == "us_ny_licence" else "reduced by fifty per cent (50%)") in text


def test_a_perpetual_grant_back_is_drafted_perpetual_and_survives() -> None:
    document = _document("us_ny_licence")
    text = _text("us_ny_licence")
    assert "royalty-free, perpetual and irrevocable license" in text
    survival = next(line for line in body_text_lines(document) if line.startswith("Survival."))
    improvements = next(c for c in document.iter_clauses() if c.id == "licence.improvements")
    assert f"Section {improvements.number}" in survival


@ALL
def test_a_licence_ends_with_a_sell_off_period_not_a_joint_wind_down(name: str) -> None:
    text = _text(name)
    assert "Sell-off Period" in text
    assert "wind down the exploitation of the licensed technology" not in text
    assert "Wind-down Period" not in text
    assert "relevant Discloser" not in text


@ALL
def test_patents_are_prosecuted_and_maintained_and_enforcement_shares_recoveries(name: str) -> None:
    ids = _ids(_document(name))
    assert "licence.prosecution" in ids
    text = _text(name)
    assert re.search(r"prosecute(,| and) maintain (and renew )?the Licensed Patents", text)
    assert "take over the prosecution and maintenance" in text
    assert "and keeps any sums recovered" not in text
    assert re.search(r"grants the infringer a licen[cs]e that conflicts with the exclusivity", text)


@ALL
def test_the_licensee_indemnifies_for_its_products_and_the_licensor_gives_no_infringement_indemnity(
    name: str,
) -> None:
    text = _text(name)
    assert "Intellectual Property Rights that the Indemnifying Party provided under this Agreement" not in text
    assert re.search(
        r"the development, manufacture, use, sale or other exploitation of Licensed Products by or for "
        r"(Medinova|Hudson) or its Affiliates, including any claim for death",
        text,
    )
    assert "product liability insurance" in text


PROFILES = [entry.id for entry in all_profiles()]


@cache
def _under(law_id: str) -> AgreementDocument:
    data = _terms("us_ny_licence").model_dump(mode="json")
    data["governing_law"] = {"profile": law_id, "other": ""}
    return assemble_agreement(AgreementTerms.model_validate(data))


@pytest.mark.parametrize("law_id", PROFILES)
def test_us_profiles_speak_american_boilerplate_and_word_proofs_in_the_profile_s_language(law_id: str) -> None:
    chosen = profile(law_id)
    document = _under(law_id)
    text = "\n".join(body_text_lines(document))
    headings = {clause.heading for clause in document.iter_clauses()}
    if chosen.us:
        assert document.operative_intro == "The Parties agree as follows:"
        assert "duly organized, validly existing" in text and "organizational documents" in text
        assert "duly incorporated" not in text and "constitutional documents" not in text
        assert {"Amendment and waiver", "Severability"} <= headings
        assert "No amendment of this Agreement is effective" in text
        for phrase in ("IT IS AGREED", "duly incorporated or established", "Variation and waiver"):
            assert phrase in chosen.deny_phrases
    else:
        assert document.operative_intro == "IT IS AGREED as follows:"
        assert {"Variation and waiver", "Severance"} <= headings
    styles = zipfile.ZipFile(io.BytesIO(docx_bytes(document, page_numbers={}))).read("word/styles.xml").decode()
    assert f'<w:lang w:val="{chosen.spelling}"' in styles


@ALL
def test_the_minimum_royalty_runs_on_accrued_royalties_from_the_first_sale(name: str) -> None:
    text = _text(name)
    assert re.search(
        r"The royalties accrued under (Section|clause) \d+\.\d+ on the sales made in each Contract Year", text
    )
    assert (
        "starting with the earlier of the Contract Year in which the first sale of a Licensed Product is made "
        "and the third Contract Year" in text
    )
    assert "the Minimum Royalty for that Contract Year is pro-rated to the part of it after that sale" in text
    assert "may be recouped only against amounts exceeding the minimum" not in text
    heads = {clause.heading for clause in _document(name).iter_clauses()}
    assert "Minimum royalty" in heads and "Minimum guarantee" not in heads


@ALL
def test_a_licence_s_notes_speak_of_a_licence(name: str) -> None:
    document = _document(name)
    notes = {clause.id: clause.note for clause in document.iter_clauses() if clause.note is not None}
    for clause_id, note in notes.items():
        for word in ("joint venture", "forced transfer of shares", "KPIs", "recoupable against later payments"):
            assert word not in note.text, (clause_id, word)
        for alternative in note.alternatives:
            assert "recoupable over the whole Term" not in alternative
    withholding = "withholding tax" in notes["financial.model"].text
    # Two US companies: no cross-border royalty; an Irish licensor and a Polish licensee: one.
    assert withholding is (name != "us_ny_licence")


def test_two_parties_are_never_the_parties_concerned_and_us_disclaimers_are_conspicuous() -> None:
    text = _text("us_ny_licence")
    assert "the Parties concerned" not in text and "the Party concerned" not in text
    assert "ARE DISCLAIMED TO THE FULLEST EXTENT PERMITTED BY LAW" in text
    assert "are excluded to the extent that it is fair and reasonable" in _text("licensing")


def test_a_non_exclusive_licensee_s_obligations_and_milestones_are_not_dropped() -> None:
    data = _terms("licensing").model_dump(mode="json")
    data["ip"]["licence_grant"]["exclusive"] = False
    document = assemble_agreement(AgreementTerms.model_validate(data))
    text = "\n".join(body_text_lines(document))
    assert "licence.diligence" in _ids(document)
    assert "In addition to its other obligations under this Agreement, Medinova shall:" in text
    assert (
        "ensure that the following milestone is achieved by 31 October 2027: first marketing authorisation filed"
        in text
    )
    assert "make the licence non-exclusive" not in text


def test_a_us_company_is_named_by_its_state_in_american_drafting() -> None:
    descriptions = [block.description for block in _document("us_ny_licence").parties]
    assert descriptions[0].startswith("a Delaware corporation, whose principal place of business")
    assert descriptions[1].startswith("a New York limited liability company, whose principal place of business")
    # The description follows the company's own state, whatever the governing law.
    assert _under("ew").parties[0].description.startswith("a Delaware corporation")
