"""Precedent depth for data sharing, co-marketing and R&D collaboration, checked on the
rendered text of every example and scenario of those types and on variations of them:

* data sharing: each controller's own lawful basis, special-category data stated (absent,
  or with a recorded Article 9(2) condition and the national one), offence data (fraud
  flags) on a national ground, a Security Measures schedule the obligations point to, an
  audit right, separate controllers named per party, breach timings stated once;
* co-marketing: advertising and consumer law for each party's own products, leads passed
  out of the EEA under the standard contractual clauses, indirect tax on the fund;
* R&D: the licence phase never leaves the royalty open without a basis and a fall-back,
  and the terms a Licence Agreement never signed leaves open are filled by the governing
  law's own rule.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from drafting.document import AgreementDocument, Paragraph, body_text_lines, inline_text
from drafting.engine import assemble_agreement
from drafting.engine.blueprints import MAX_NOTES
from drafting.review.draft import DraftText
from drafting.terms import AgreementTerms

ROOT = Path(__file__).resolve().parent.parent
MODELS = ("data_sharing", "co_marketing", "research_collaboration")

Change = Callable[[dict[str, Any]], object]


def _files(model: str) -> list[Path]:
    found = []
    for path in sorted([*ROOT.glob("examples/*.json"), *ROOT.glob("tests/scenarios/*.json")]):
        if json.loads(path.read_text(encoding="utf-8")).get("model") == model:
            found.append(path)
    return found


DS = _files("data_sharing")
CM = _files("co_marketing")
RD = _files("research_collaboration")


def _ids(paths: list[Path]) -> list[str]:
    return [f"{path.parent.name}/{path.stem}" for path in paths]


def _data(path: Path, change: Change | None = None) -> dict[str, Any]:
    data: dict[str, Any] = copy.deepcopy(json.loads(path.read_text(encoding="utf-8")))
    if change is not None:
        change(data)
    return data


def _document(path: Path, change: Change | None = None) -> AgreementDocument:
    return assemble_agreement(AgreementTerms.model_validate(_data(path, change)))


def _whole(document: AgreementDocument) -> str:
    """The body and the schedules as one line of text."""
    return re.sub(r"\s+", " ", "\n".join(body_text_lines(document)))


def _schedule_text(document: AgreementDocument, schedule_id: str) -> str:
    schedule = next((s for s in document.schedules if s.id == schedule_id), None)
    assert schedule is not None, f"no {schedule_id}"
    return "\n".join(inline_text(block.content) for block in schedule.blocks if isinstance(block, Paragraph))


def _notes(document: AgreementDocument) -> list[str]:
    notes = [clause.note.text for clause in document.iter_clauses() if clause.note]
    return notes + [article.note.text for article in document.articles if article.note]


def test_every_type_has_an_example_or_scenario() -> None:
    assert DS and CM and RD


@pytest.mark.parametrize("path", DS + CM + RD, ids=_ids(DS + CM + RD))
def test_notes_stay_few(path: Path) -> None:
    assert 5 <= len(_notes(_document(path))) <= min(15, MAX_NOTES)


# --- data sharing ------------------------------------------------------------------------
def _law(law: str, place: str) -> Change:
    def change(data: dict[str, Any]) -> None:
        data["governing_law"] = {"profile": law, "other": ""}
        for party in data["parties"]:
            party["jurisdiction"] = place

    return change


def _special(data: dict[str, Any]) -> None:
    data["data_sharing"]["special_category"] = True


@pytest.mark.parametrize("path", DS, ids=_ids(DS))
def test_each_controller_has_its_own_basis(path: Path) -> None:
    document = _document(path)
    terms = AgreementTerms.model_validate(_data(path))
    basis = DraftText(document).text("data.lawful_basis")
    assert "for its own processing of the Shared Data as controller" in basis
    for party in terms.parties:
        assert f"{party.short_name}, for " in basis
    # Losing the basis, or a change of law, suspends the sharing and lets either party end it.
    assert "can no longer rely on its basis" in basis and "may terminate this Agreement" in basis


@pytest.mark.parametrize("path", DS, ids=_ids(DS))
def test_security_schedule_audit_and_breach_timings(path: Path) -> None:
    document = _document(path)
    draft = DraftText(document)
    security = _schedule_text(document, "schedule.data.security")
    for heading in ("Encryption.", "Pseudonymisation.", "Access control.", "Logging.", "Deletion."):
        assert heading in security
    number = next(s.number for s in document.schedules if s.id == "schedule.data.security")
    assert f"including at least the measures set out in Schedule {number}" in draft.text("data.obligations")
    assert "audited by an independent auditor" in draft.text("data.audit")
    assert f"Schedule {number}" in draft.text("data.audit")
    assert "treated as anonymised only where no individual can be identified" in security
    whole = _whole(document)
    # The 72-hour authority deadline and the parties' own notice period are each stated once.
    assert whole.count("seventy-two (72) hours") == 1
    hours = AgreementTerms.model_validate(_data(path)).data_sharing
    assert hours is not None
    assert whole.count(f"within {_words(hours.breach_notice_hours)} ({hours.breach_notice_hours}) hours") == 1
    # Deletion or return at the end, with a certificate.
    assert "certify the deletion" in draft.text("data.retention")
    assert "return them to that Party in a structured, commonly used and machine-readable format" in draft.text(
        "data.retention"
    )


def _words(number: int) -> str:
    return {24: "twenty-four", 48: "forty-eight", 12: "twelve", 36: "thirty-six", 72: "seventy-two"}[number]


@pytest.mark.parametrize("path", DS, ids=_ids(DS))
def test_special_categories_are_stated_either_way(path: Path) -> None:
    absent = DraftText(_document(path)).text("data.shared_data")
    assert "do not include special categories of personal data (Article 9(1) of the GDPR)" in absent
    special = DraftText(_document(path, _special))
    text = special.text("data.special_category")
    assert "condition in Article 9(2) of the GDPR on which it relies" in text
    assert "until both records have been exchanged" in text
    assert "do not include special categories" not in special.text("data.shared_data")


@pytest.mark.parametrize(
    ("law", "place", "national"),
    [
        ("nl", "Netherlands", "articles 22 to 30 of the Dutch GDPR Implementation Act (UAVG)"),
        ("de", "Germany", "section 22(2) of the German Federal Data Protection Act (BDSG)"),
        ("ie", "Ireland", "any further condition or safeguard that the national law applying to it requires"),
    ],
)
def test_special_categories_take_the_national_condition(law: str, place: str, national: str) -> None:
    def change(data: dict[str, Any]) -> None:
        _law(law, place)(data)
        _special(data)

    text = DraftText(_document(DS[0], change)).text("data.special_category")
    assert national in text
    # Another system's national statute never leaks in.
    for other in ("UAVG", "BDSG"):
        if other not in national:
            assert other not in text


def test_offence_data_take_the_national_ground() -> None:
    dutch = DraftText(_document(DS[0], _law("nl", "Netherlands"))).text("data.criminal_data")
    assert "(Article 10 of the GDPR)" in dutch
    assert "articles 31 to 33 of the Dutch GDPR Implementation Act (UAVG)" in dutch
    assert "article 33(4)(c) of the UAVG" in dutch
    # A Dutch-law agreement between German parties: the UAVG does not reach them.
    german = DraftText(_document(DS[0], _law("nl", "Germany"))).text("data.criminal_data")
    assert "UAVG" not in german and "record the authorisation it relies on" in german


def test_no_offence_clause_without_offence_data() -> None:
    def plain(data: dict[str, Any]) -> None:
        data["data_sharing"]["purpose"] = "Improving delivery routes"
        data["data_sharing"]["data_items"] = ["Delivery postcode", "Delivery time slot"]

    assert not DraftText(_document(DS[0], plain)).has("data.criminal_data")


def test_separate_controllers_are_named_per_party() -> None:
    def separate(data: dict[str, Any]) -> None:
        data["data_sharing"]["roles"] = "separate_controllers"
        data["data_sharing"]["article_26_arrangement"] = False

    roles = DraftText(_document(DS[0], separate)).text("data.roles")
    assert "Hollandse Huishoud as controller of the Shared Data it collects and discloses" in roles
    assert "Ardent as controller of the Shared Data from the time it receives them" in roles
    assert "Neither Party processes Shared Data on behalf of the other Party" in roles


def test_processor_has_no_basis_of_its_own() -> None:
    def processor(data: dict[str, Any]) -> None:
        data["data_sharing"]["roles"] = "controller_processor"
        data["data_sharing"]["article_26_arrangement"] = False

    basis = DraftText(_document(DS[0], processor)).text("data.lawful_basis")
    assert basis.startswith("Lawful basis. Hollandse Huishoud relies, for the processing of the Shared Data")
    assert "Ardent" not in basis


# --- co-marketing ------------------------------------------------------------------------
@pytest.mark.parametrize("path", CM, ids=_ids(CM))
def test_each_party_answers_for_the_promotion_of_its_products(path: Path) -> None:
    text = DraftText(_document(path)).text("co_marketing.compliance")
    for words in ("substantiates each factual or comparative claim", "advertising codes", "opt-out", "sole promoter"):
        assert words in text


@pytest.mark.parametrize("path", CM, ids=_ids(CM))
def test_leads_leaving_the_eea_go_under_the_standard_clauses(path: Path) -> None:
    terms = AgreementTerms.model_validate(_data(path))
    leads = DraftText(_document(path)).text("co_marketing.leads")
    places = {party.jurisdiction for party in terms.parties}
    if "Singapore" in places and places & {"Netherlands", "the Netherlands"}:
        assert "Commission Implementing Decision (EU) 2021/914, module one (controller to controller)" in leads

    def all_in_the_eu(data: dict[str, Any]) -> None:
        for party in data["parties"]:
            party["jurisdiction"] = "Belgium"

    assert "2021/914" not in DraftText(_document(path, all_in_the_eu)).text("co_marketing.leads")


@pytest.mark.parametrize("path", CM, ids=_ids(CM))
def test_money_between_the_brands_carries_the_laws_tax(path: Path) -> None:
    draft = DraftText(_document(path))
    assert draft.has("co_marketing.taxes")
    terms = AgreementTerms.model_validate(_data(path))
    if terms.governing_law.profile == "sg":
        # The tax is the parties' country's (law/_subjects.toml): Singapore's GST for parties
        # there, the neutral sentence for parties in different countries; never "VAT".
        taxes = draft.text("co_marketing.taxes")
        at_home = all("singapore" in party.jurisdiction.casefold() for party in terms.parties)
        assert ("goods and services tax (GST)" if at_home else "value added tax and any similar tax") in taxes
        assert "VAT" not in taxes


# --- R&D collaboration -------------------------------------------------------------------
def _no_royalty(data: dict[str, Any]) -> None:
    data["sharing"]["model"] = "none"
    data["sharing"]["tiers"] = []


def _option_rd() -> Iterator[Path]:
    for path in RD:
        if json.loads(path.read_text(encoding="utf-8"))["research"].get("option"):
            yield path


OPTION_RD = list(_option_rd())


@pytest.mark.parametrize("path", OPTION_RD, ids=_ids(OPTION_RD))
@pytest.mark.parametrize("basis", ["good_faith", "term_sheet"])
def test_the_licence_never_leaves_its_royalty_open(path: Path, basis: str) -> None:
    def change(data: dict[str, Any]) -> None:
        data["research"]["option"]["basis"] = basis
        if basis == "term_sheet" and not data["research"]["option"]["term_sheet"]:
            data["research"]["option"]["term_sheet"] = ["Technology transfer: 20 days of assistance"]

    with_royalty = DraftText(_document(path, change))
    assert not with_royalty.has("research_option.royalty")
    assert "the royalties and payments set out in clause" in with_royalty.text("research_option.licence_terms")

    def without(data: dict[str, Any]) -> None:
        change(data)
        _no_royalty(data)

    draft = DraftText(_document(path, without))
    royalty = draft.text("research_option.royalty")
    assert "fair and reasonable rate" in royalty and "independent expert" in royalty
    assert "expiry of the last Valid Claim" in royalty
    terms = draft.text("research_option.licence_terms")
    assert "the royalties and payments set out in" not in terms
    assert "the royalty provided for in clause" in terms


@pytest.mark.parametrize(
    ("law", "words"),
    [
        ("ch", "article 2(2) of the Swiss Code of Obligations"),
        ("nl", "article 6:248(1) of the Dutch Civil Code"),
        ("ew", "supplemented only by the terms the governing law implies"),
    ],
)
def test_open_terms_of_the_licence_follow_the_governing_law(law: str, words: str) -> None:
    def change(data: dict[str, Any]) -> None:
        data["governing_law"] = {"profile": law, "other": ""}
        data["research"]["option"]["if_not_agreed"] = "lapse"

    text = DraftText(_document(OPTION_RD[0], change)).text("research_option.no_agreement")
    assert words in text
    for other in ("Swiss Code of Obligations", "Dutch Civil Code"):
        if other not in words:
            assert other not in text


@pytest.mark.parametrize("path", OPTION_RD, ids=_ids(OPTION_RD))
def test_publication_delay_fits_the_patent_window(path: Path) -> None:
    terms = AgreementTerms.model_validate(_data(path))
    assert terms.research is not None
    text = DraftText(_document(path)).text("research_publication.procedure")
    assert "file a patent application" in text
    assert terms.research.publication.delay_days <= 90


@pytest.mark.parametrize("path", DS + CM + RD, ids=_ids(DS + CM + RD))
def test_no_reference_markup_leaks_into_the_text(path: Path) -> None:
    assert "<ref" not in _whole(_document(path))


@pytest.mark.parametrize("path", DS, ids=_ids(DS))
def test_joint_controllers_recourse_sits_outside_the_cap(path: Path) -> None:
    document = _document(path)
    if not any(schedule.id == "schedule.data.joint_arrangement" for schedule in document.schedules):
        pytest.skip("no joint controller arrangement")
    unlimited = DraftText(document).text("liability.unlimited")
    assert "compensation paid to data subjects that corresponds to its own part of the responsibility" in unlimited


@pytest.mark.parametrize("path", CM, ids=_ids(CM))
def test_each_brand_indemnifies_for_its_own_products(path: Path) -> None:
    indemnity = DraftText(_document(path)).text("liability.indemnity")
    assert "the products or offers of the Indemnifying Party, or a statement about them in Campaign" in indemnity
