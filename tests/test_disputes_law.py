"""The dispute ladder and the law-dependent boilerplate, as reviewing lawyers read them:
the Expert clause only where a clause refers a matter to the Expert, in two-party words
between two parties and with an appointing body that exists; a mediation clock that
starts even when no mediator is appointed; each institution's own initiating document and
a seat that names its country; interim relief and insolvency in each system's own terms.
Each check runs over every example, institution or profile it concerns."""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from drafting.document import AgreementDocument
from drafting.engine import assemble_agreement
from drafting.export import open_point_sentences
from drafting.law import NEUTRAL, all_institutions, all_profiles, institution, profile, seat_name
from drafting.law.profiles import LAW_DIR
from drafting.review import Finding, review
from drafting.terms import AgreementTerms
from drafting.validation import load_terms_file
from tests.engine_helpers import make_terms, party
from tests.test_law_profiles import full_text, under

ROOT = Path(__file__).resolve().parents[1]
DRAFTS = sorted(ROOT.joinpath("examples").glob("*.json")) + sorted(ROOT.joinpath("tests/scenarios").glob("*.json"))
PROFILES = [entry.id for entry in all_profiles()]
EXPERT_CLAUSE = "refers a matter to the Expert"


@functools.cache
def _draft(path: Path, law_id: str = "") -> AgreementDocument:
    terms = load_terms_file(path)
    return assemble_agreement(under(terms, law_id) if law_id else terms)


def _lines(document: AgreementDocument) -> list[str]:
    return full_text(document, with_notes=False).splitlines()


def _clause_line(document: AgreementDocument, lead: str) -> str:
    found = [line for line in _lines(document) if line.startswith(lead)]
    assert found, f"no line starting {lead!r}"
    return found[0]


# --- 1. The Expert clause ------------------------------------------------------------------
@pytest.mark.parametrize("path", DRAFTS, ids=lambda path: path.stem)
@pytest.mark.parametrize("law_id", ["", "nl", "us_ny"])
def test_the_expert_clause_appears_only_where_a_clause_refers_a_matter_to_the_expert(path: Path, law_id: str) -> None:
    lines = _lines(_draft(path, law_id))
    expert_clause = [line for line in lines if EXPERT_CLAUSE in line]
    definition = [line for line in lines if line.startswith("\u201cExpert\u201d means")]
    users = [line for line in lines if re.search(r"\bExpert\b", line) and line not in expert_clause + definition]
    if users:
        assert expert_clause and definition, users[0]
    else:
        assert not expert_clause and not definition, "an Expert clause that nothing uses"


# The consortium's access rights now refer unagreed exploitation terms to the Expert, so its
# Expert clause is used (the check above proves every Expert clause has a user).
@pytest.mark.parametrize("model", ["co_marketing", "data_sharing", "equity_alliance"])
def test_the_panels_orphaned_expert_clauses_are_gone(model: str) -> None:
    text = "\n".join(_lines(_draft(ROOT / "examples" / f"{model}.json")))
    assert EXPERT_CLAUSE not in text
    assert "\u201cExpert\u201d" not in text


def _jv(parties: int, institution_id: str, **extra: Any) -> AgreementTerms:
    data = load_terms_file(ROOT / "examples" / "joint_venture_50_50.json").model_dump(mode="json")
    data["exit"]["expert"] = ""
    data["disputes"]["forum"] = "arbitration"
    data["disputes"]["arbitration"]["institution"] = institution_id
    if parties > len(data["parties"]):
        data["parties"].append(party("Gamma"))
    data.update(extra)
    return AgreementTerms.model_validate(data)


def _expert_text(terms: AgreementTerms) -> str:
    return _clause_line(assemble_agreement(terms), "Expert determination.")


def test_two_parties_read_two_party_words_in_the_expert_clause() -> None:
    text = _expert_text(_jv(2, "ICC"))
    assert "concerned" not in text and "any of them" not in text
    assert "either of them" in text


def test_an_icc_deal_has_its_expert_appointed_by_the_icc_centre_for_adr() -> None:
    text = _expert_text(_jv(2, "ICC"))
    appointer = "the ICC International Centre for ADR under the ICC Rules for the Appointment of Experts and Neutrals"
    assert f"appointed on the application of either of them by {appointer}" in text
    assert "president" not in text


@pytest.mark.parametrize("ident", [entry.id for entry in all_institutions() if entry.arbitration_rules])
@pytest.mark.parametrize("forum", ["arbitration", "courts"])
def test_the_expert_is_appointed_by_a_body_that_makes_such_appointments(ident: str, forum: str) -> None:
    terms = _jv(2, ident)
    if forum == "courts":
        terms = terms.model_copy(update={"disputes": terms.disputes.model_copy(update={"forum": "courts"})})
    text = _expert_text(terms)
    own = institution(ident).expert_appointment if forum == "arbitration" else ""
    # The institution's own service where it has one, else the ICC Centre for ADR: never
    # "the president of the institution", which the ICC, for one, does not have.
    assert (own or institution("ICC").expert_appointment) in text
    assert "president" not in text.casefold()


# --- 2. Mediation ------------------------------------------------------------------------------
@pytest.mark.parametrize("provider", ["ad_hoc", "other", "ICC", "CEDR"])
@pytest.mark.parametrize("forum", ["arbitration", "courts"])
def test_the_mediation_clock_starts_even_without_a_mediator(provider: str, forum: str) -> None:
    disputes: dict[str, Any] = {
        "mediation": {"provider": provider, "other_provider": "the Mediation Rules of the Example Centre", "days": 30},
        "forum": forum,
        "arbitration": {"seat": "London"},
        "courts": {"courts": "the courts of England and Wales"},
    }
    document = assemble_agreement(make_terms(disputes=disputes))
    mediation = _clause_line(document, "Mediation.")
    # An ad hoc mediator the parties cannot agree on is appointed by the profile's usual
    # mediation institution, so that clock is as long as an institution's.
    days = "fourteen (14)" if provider == "other" else "thirty (30)"
    assert f"If no mediator has been appointed within {days} days after the referral" in mediation
    final = _clause_line(document, "Arbitration." if forum == "arbitration" else "Jurisdiction.")
    assert "not settled under" not in final
    # The final tier says when proceedings may start (round 3: "not resolved under" the
    # earlier tiers read optional mediation as a precondition; see test_shared_clauses_round3).
    proceedings = "arbitration" if forum == "arbitration" else "court proceedings"
    assert re.search(rf"Either Party may commence {proceedings} if the Dispute is not resolved within", final)
    assert "not resolved under" not in final and "Subject to" not in final


# --- 3. The institution's own words; the seat's country ------------------------------------
@pytest.mark.parametrize("ident", [entry.id for entry in all_institutions() if entry.arbitration_rules])
def test_each_institution_is_started_by_its_own_document(ident: str) -> None:
    terms = make_terms(disputes={"arbitration": {"institution": ident, "seat": "Paris"}})
    text = _clause_line(assemble_agreement(terms), "Arbitration.")
    assert "notice of arbitration" not in text  # the ICC's is a Request for Arbitration
    started = institution(ident).commencement
    when = f"the {started} is submitted" if started else "the arbitration is commenced"
    assert f"in force when {when}" in text
    assert "the seat, or legal place, of arbitration shall be Paris, France;" in full_text(assemble_agreement(terms))


def test_the_icc_is_started_by_a_request_for_arbitration() -> None:
    assert institution("ICC").commencement == "Request for Arbitration"
    assert institution("LCIA").commencement == "Request for Arbitration"
    assert institution("SIAC").commencement == "Notice of Arbitration"


def test_every_known_seat_names_its_country() -> None:
    city_states = {"Singapore", "Hong Kong"}
    seats = [entry.seat for entry in all_institutions() if entry.seat] + [p.arbitration_seat for p in all_profiles()]
    for seat in filter(None, seats):
        assert seat in city_states or "," in seat, seat
        assert seat_name(seat.split(",")[0]) in {seat, seat_name(seat)}
    assert seat_name("Amsterdam") == "Amsterdam, the Netherlands"
    assert seat_name("Frankfurt") == "Frankfurt am Main, Germany"
    assert seat_name("Geneva, Switzerland") == "Geneva, Switzerland"
    assert seat_name("Springfield") == "Springfield"  # unknown: as typed


# --- 4. Interim relief -------------------------------------------------------------------------
LOCAL_SUMMARY = {
    "nl": ["kort geding", "voorzieningenrechter"],
    "be": ["référé", "kort geding"],
    "fr": ["référé", "conservatory"],
    "de": ["einstweilige Verfügung"],
    "ch": ["vorsorgliche Massnahmen", "mesures provisionnelles"],
    "sc": ["interim interdict"],
}


@pytest.mark.parametrize("law_id", PROFILES)
def test_interim_relief_speaks_the_systems_own_procedure(law_id: str) -> None:
    chosen = profile(law_id)
    phrase = chosen.vocabulary.get("interim_relief", "")
    assert phrase.startswith("urgent interim"), law_id
    text = _clause_line(assemble_agreement(under(make_terms(), law_id)), "Interim relief.")
    assert phrase in text
    for word in LOCAL_SUMMARY.get(law_id, []):
        assert word in phrase, (law_id, word)
    if chosen.family != "common_law" or law_id == "sc":
        # Civil law (and Scots law) has no "injunction" of its own: only a translation
        # next to the local name may use the word.
        assert "(including an injunction)" not in text and "injunction (voorziening)" not in text
    if law_id in {"ew", "ie", "sg", "hk", "us_ny", "us_de", "us_ca"}:
        assert "injunction" in phrase


# --- 5. Insolvency Event -----------------------------------------------------------------------
@functools.cache
def _insolvency_markers() -> list[dict[str, Any]]:
    data = tomllib.loads((LAW_DIR / "_markers.toml").read_text(encoding="utf-8"))
    return list(data["insolvency_marker"])


def _insolvency_definition(law_id: str, *, individual: bool) -> str:
    # Insolvency follows the parties' own law (law/_subjects.toml): parties of the system.
    home = profile(law_id).label if law_id != NEUTRAL else "the United Arab Emirates"
    people = [party("Alpha", jurisdiction=home), party("Beta", jurisdiction=home)]
    if individual:
        people[1] = party("Beta", legal_name="Beta Person", entity_type="individual", jurisdiction=home)
    terms = under(make_terms(parties=people, termination={"insolvency": True}), law_id)
    lines = _lines(assemble_agreement(terms))
    found = [line for line in lines if line.startswith("\u201cInsolvency Event\u201d means")]
    assert found, law_id
    return found[0]


@pytest.mark.parametrize("law_id", PROFILES)
@pytest.mark.parametrize("individual", [False, True], ids=["companies", "with_individual"])
def test_the_insolvency_event_speaks_only_its_own_systems_insolvency_law(law_id: str, individual: bool) -> None:
    text = _insolvency_definition(law_id, individual=individual)
    assert profile(law_id).clause("insolvency_event"), f"{law_id} names no insolvency proceedings of its own"
    for marker in _insolvency_markers():
        if law_id in marker["allowed"]:
            continue
        for phrase in marker["phrases"]:
            assert not re.search(rf"\b{re.escape(phrase)}", text, re.IGNORECASE), (law_id, phrase)
    if individual:
        assert "in the case of an individual" in text


def test_french_insolvency_termination_is_qualified_by_book_vi() -> None:
    text = _insolvency_definition("fr", individual=False)
    book_vi = "Book VI of the French Commercial Code"
    for words in ("sauvegarde", "redressement judiciaire", "liquidation judiciaire", book_vi, "L. 622-13"):
        assert words in text


@pytest.mark.parametrize(
    ("law_id", "words"),
    [
        ("nl", ["faillissement", "surseance van betaling", "WHOA"]),
        ("ch", ["Konkurs", "faillite", "Nachlassstundung", "sursis concordataire"]),
        ("be", ["faillite", "faillissement", "réorganisation judiciaire", "gerechtelijke reorganisatie"]),
        ("de", ["Insolvenzverfahren", "Insolvenzordnung"]),
    ],
)
def test_civil_law_insolvency_names_the_local_proceedings(law_id: str, words: list[str]) -> None:
    text = _insolvency_definition(law_id, individual=False)
    for word in words:
        assert word in text


# --- 6. The review reads the drafted arbitration clause --------------------------------------
def _multi_party_notes(terms: AgreementTerms, overrides: dict[str, str] | None = None) -> list[Finding]:
    document = assemble_agreement(terms, overrides=overrides)
    return [found for found in review(terms, document) if found.rule_id == "disputes.multi-party-arbitration"]


@pytest.mark.parametrize("parties", [3, 5])
def test_the_multi_party_note_is_silent_when_the_clause_already_provides_for_it(parties: int) -> None:
    terms = make_terms(parties=parties)
    assert "may be joined" in full_text(assemble_agreement(terms))
    assert _multi_party_notes(terms) == []


def test_the_multi_party_note_names_what_a_lawyers_clause_lacks() -> None:
    # Three arbitrators: with a sole arbitrator no side nominates, so the whole-tribunal
    # point does not arise.
    terms = make_terms(parties=3, disputes={"arbitration": {"seat": "London", "arbitrators": 3}})
    own = "Any Dispute shall be finally resolved by arbitration under the ICC Rules; consolidation is permitted."
    (found,) = _multi_party_notes(terms, {"disputes.arbitration": own})
    assert "joinder" in found.message and "whole tribunal" in found.message
    assert "consolidation" not in found.message


def test_review_field_names_stay_out_of_the_open_points_a_lawyer_reads() -> None:
    # The terminal report names the answer to change (for the user at the keyboard); the
    # open points printed into the agreement never do.
    terms = make_terms(parties=3, disputes={"arbitration": {"seat": ""}})
    sentences = open_point_sentences(review(terms))
    assert sentences
    assert not any("answer to change" in sentence or "disputes.arbitration" in sentence for sentence in sentences)
