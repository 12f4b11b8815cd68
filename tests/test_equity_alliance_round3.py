"""Round-3 fixes to the equity alliance (precedent 2) after a Delaware lawyer's reading of
a USD 3m investment in a Delaware LLC: each class of defect is checked in the rendered text
of every equity example and scenario, under US, English and German law."""

from __future__ import annotations

import copy
import functools
import json
import re
from pathlib import Path
from typing import Any

import pytest

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from drafting.terms import AgreementTerms

ROOT = Path(__file__).resolve().parent.parent
LLC = ROOT / "tests" / "scenarios" / "us_de_equity_llc.json"
EXAMPLE = ROOT / "examples" / "equity_alliance.json"
TRANCHES = ROOT / "examples" / "equity_tranches.json"
ALL = [LLC, EXAMPLE, TRANCHES]
US = ["us_de", "us_ny", "us_ca"]


@functools.cache
def _raw(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _data(path: Path, law: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = copy.deepcopy(json.loads(_raw(path)))
    if law is not None:
        data["governing_law"]["profile"] = law
    return data


@functools.cache
def _text(path: Path, law: str | None = None) -> str:
    terms = AgreementTerms.model_validate(_data(path, law))
    return " ".join(" ".join(body_text_lines(assemble_agreement(terms))).split())


def _clause(text: str, heading: str) -> str:
    """The text of the clause with that heading, up to the next numbered heading."""
    start = text.index(heading)
    rest = text[start + len(heading) :]
    match = re.search(r" \d+\.\d+ [A-Z][^.]{2,80}\. ", rest)
    return rest[: match.start()] if match else rest


# --- (1) Fraud and non-reliance ---------------------------------------------------------


@pytest.mark.parametrize("path", ALL)
@pytest.mark.parametrize("law", US)
def test_us_fraud_is_defined_and_used_in_the_limits_the_carve_out_and_non_reliance(path: Path, law: str) -> None:
    text = _text(path, law)
    assert (
        "“Fraud” means actual and intentional fraud by a Party in the making of the representations"
        " and warranties in the Transaction Documents;" in text
    )
    assert "none of which limits liability for Fraud:" in text
    assert "wilful concealment" not in text and "willful concealment" not in text
    entire = _clause(text, "Entire agreement.")
    assert "waives, to the fullest extent permitted by law, any claim or cause of action" in entire
    assert "Nothing in this Section limits any claim for Fraud." in entire
    if law != "us_ca":  # section 1668 of the California Civil Code keeps its own words
        assert "for Fraud;" in text


@pytest.mark.parametrize("path", ALL)
def test_english_non_reliance_gives_up_the_remedy_and_keeps_fraud(path: Path) -> None:
    text = _text(path, "ew")
    assert "“Fraud”" not in text
    entire = _clause(text, "Entire agreement.")
    assert (
        "shall have no remedy in respect of any such statement, representation, assurance or warranty"
        " (whether made innocently or negligently)" in entire
    )
    assert (
        "(whether made innocently or negligently), its remedies for those set out in the Transaction"
        " Documents being for breach of contract only. Nothing in this clause limits or excludes any"
        " liability for fraud." in entire
    )
    assert "none of which limits liability for fraud or wilful concealment:" in text


@pytest.mark.parametrize("path", ALL)
def test_civil_law_keeps_its_own_entire_agreement(path: Path) -> None:
    text = _text(path, "de")
    assert "“Fraud”" not in text
    assert "arglistige Täuschung" in text
    assert "no remedy in respect of" not in text


def test_other_types_keep_their_non_reliance() -> None:
    path = ROOT / "examples" / "joint_venture_50_50.json"
    for law in ("us_de", "ew"):
        text = _text(path, law)
        assert "“Fraud”" not in text
        assert "no remedy in respect of" not in text
        assert "Nothing in this" in text and "liability for fraud" in text


# --- (2) pre-emption machinery ------------------------------------------------------------


@pytest.mark.parametrize("path", ALL)
@pytest.mark.parametrize("law", [None, "us_de", "ew", "de"])
def test_pre_emption_has_offer_acceptance_over_allotment_window_and_carve_outs(path: Path, law: str | None) -> None:
    text = _text(path, law)
    clause = _clause(text, "Pre-emption on new issues.")
    for phrase in (
        "(an “Offer Notice”)",
        "(its “Pro Rata Portion”)",
        "within fifteen (15) Business Days after it receives the Offer Notice (the “Acceptance Period”)",
        "may also subscribe for the New Securities that any other person entitled to subscribe for them declines",
        "within ninety (90) days after the end of the Acceptance Period, at a price not lower than",
        "on a split, consolidation or reclassification",
        "on the conversion or exercise of any option, warrant or convertible security",
        "reserved for that plan as shown in Schedule 1",
        "to a strategic partner, or as consideration for the acquisition of a business, approved by the",
    ):
        assert phrase in clause, phrase
    assert ("tranches provided for in this Agreement" in clause) == (path == TRANCHES)
    assert "save for issues under" not in clause


# --- (3) specific performance ---------------------------------------------------------------


def _with_courts(path: Path, law: str) -> str:
    data = _data(path, law)
    data["disputes"]["forum"] = "courts"
    data["disputes"]["arbitration"] = None
    data["disputes"]["courts"] = {"courts": "", "exclusive": True}
    terms = AgreementTerms.model_validate(data)
    return " ".join(" ".join(body_text_lines(assemble_agreement(terms))).split())


@pytest.mark.parametrize("path", ALL)
@pytest.mark.parametrize("law", US)
def test_us_specific_performance_without_proof_of_damages_or_bond(path: Path, law: str) -> None:
    clause = _clause(_text(path, law), "Specific performance.")
    assert "irreparable damage" in clause
    assert "without proof of actual damages and without any requirement to post a bond or other security" in clause
    assert "Such relief may be granted by the arbitral tribunal and, as Section" in clause


def test_delaware_specific_performance_goes_to_the_court_of_chancery_where_courts_are_chosen() -> None:
    clause = _clause(_with_courts(LLC, "us_de"), "Specific performance.")
    assert "Such relief may be sought from the Court of Chancery of the State of Delaware" in clause


@pytest.mark.parametrize("path", ALL)
def test_english_equitable_remedies_without_prejudice(path: Path) -> None:
    clause = _clause(_text(path, "ew"), "Specific performance.")
    assert clause.strip().startswith("Without prejudice to any other rights or remedies")
    assert "without proof of special damage" in clause
    assert "bond" not in clause


@pytest.mark.parametrize("path", ALL)
@pytest.mark.parametrize("law", ["de", "fr"])
def test_civil_law_needs_no_specific_performance_clause(path: Path, law: str) -> None:
    assert "Specific performance." not in _text(path, law)


def test_other_types_get_no_specific_performance_clause() -> None:
    assert "Specific performance." not in _text(ROOT / "examples" / "joint_venture_50_50.json", "us_de")


# --- (4) the collaboration lives in the Commercial Agreement ------------------------------


@pytest.mark.parametrize("path", ALL)
@pytest.mark.parametrize("law", [None, "us_de", "ew", "de"])
def test_no_second_collaboration_or_term_beside_the_commercial_agreement(path: Path, law: str | None) -> None:
    text = _text(path, law)
    for gone in ("Responsibilities.", "Milestones.", "General obligations.", "Initial Term", "is counted from"):
        assert gone not in text, gone
    assert "and continues for as long as the Commercial Agreement is in force" in text
    rights = _clause(text, "Minimum commercial rights.")
    assert rights.strip().startswith("The Condition in")
    # the chosen term is the least term of the Commercial Agreement (tests/test_equity_round7.py)
    assert "is satisfied only if the Commercial Agreement, as signed, runs for an initial term of" in rights
    assert "grants Brightwater, for its term, at least" in rights
    assert "shall grant" not in rights
    assert "the undertakings of the Parties for the commercial collaboration, including" in rights


def test_other_types_keep_their_term_and_obligations() -> None:
    text = _text(ROOT / "examples" / "joint_venture_50_50.json")
    assert "Commercial Agreement is in force" not in text


# --- (5) the Integrated Product is defined once -------------------------------------------


@pytest.mark.parametrize("path", ALL)
@pytest.mark.parametrize("law", [None, "us_de", "ew", "de"])
def test_integrated_product_is_defined_and_scopes_the_licences(path: Path, law: str | None) -> None:
    text = _text(path, law)
    assert text.count("“Integrated Product” means") == 1
    assert "integrated product" not in text
    assert "solely in connection with the Integrated Product" in text
    assert "the Integrated Product" in _clause(text, "Minimum commercial rights.")


# --- (6) US vocabulary for an LLC investment -----------------------------------------------


@pytest.mark.parametrize("law", US)
def test_us_llc_investment_speaks_us_idiom(law: str) -> None:
    text = _text(LLC, law)
    assert "issued and outstanding immediately before Closing" in text
    assert " in issue" not in text
    assert "shall not record or give effect to any transfer made in breach of it" in text
    assert "register any transfer" not in text and "register a transfer" not in text
    assert "professional advisers, auditors, insurers and lenders" in text
    assert "financing banks" not in text


def test_a_delaware_llc_warrants_its_interests_nonassessable_under_the_llc_act() -> None:
    text = _text(LLC, "us_de")
    assert (
        "duly authorized, validly issued, fully paid and, except as affected by 6 Del. C. §§ 18-607 and 18-804,"
        " nonassessable" in text
    )


@pytest.mark.parametrize("path", [EXAMPLE, TRANCHES])
def test_english_and_french_idiom_is_kept(path: Path) -> None:
    for law in (None, "ew"):
        text = _text(path, law)
        assert "in issue immediately before" in text
        assert "financing banks" in text
        assert "issued and outstanding immediately" not in text


def test_other_types_keep_financing_banks_under_us_law() -> None:
    assert "financing banks" in _text(ROOT / "examples" / "joint_venture_50_50.json", "us_de")


# --- (8) information flow to a strategic investor ------------------------------------------


@pytest.mark.parametrize("path", ALL)
@pytest.mark.parametrize("law", [None, "us_de", "ew", "de"])
def test_investor_information_monitors_the_investment_only_and_stops_while_competing(
    path: Path, law: str | None
) -> None:
    clause = _clause(_text(path, law), "Use of investor information.")
    assert "only to monitor and manage its investment in" in clause
    assert "officers and employees responsible for that investment whom it has named to" in clause
    assert "none of whom may take part in negotiating or performing the Commercial Agreement" in clause
    assert (
        "or any person that controls it, carries on, directly or through an Affiliate, a business that competes"
        in clause
    )
    assert "are suspended" in clause


# --- (9) drafting notes read the drafted facts ----------------------------------------------


def _notes(path: Path, law: str | None = None, **changes: Any) -> str:
    data = _data(path, law)
    data.update(changes)
    document = assemble_agreement(AgreementTerms.model_validate(data))
    return " ".join(clause.note.text for clause in document.iter_clauses() if clause.note is not None)


@pytest.mark.parametrize("law", US)
def test_us_notes_say_closing_and_the_llc_words(law: str) -> None:
    notes = _notes(LLC, law)
    assert "Completion" not in notes
    assert "Closing" in notes
    assert "founders" not in notes
    assert "constitution" not in notes
    assert "Stops creeping control" not in notes  # a note that restated the clause


def test_the_board_note_follows_the_competitors_answer() -> None:
    assert "Where the investor competes" not in _notes(LLC, competitors=False)
    assert "is not said to compete" in _notes(LLC, competitors=False)
    assert "The investor competes with the investee" in _notes(LLC, competitors=True)


def test_english_notes_say_completion() -> None:
    notes = _notes(EXAMPLE, "ew")
    assert "Closing" not in notes
    assert "Completion" in notes


# --- (7) closing mechanics -------------------------------------------------------------------


@pytest.mark.parametrize("path", ALL)
@pytest.mark.parametrize("law", [None, "us_de", "ew"])
def test_closing_mechanics_protect_both_sides(path: Path, law: str | None) -> None:
    text = _text(path, law)
    assert "(other than Conditions that by their nature are to be satisfied at" in text
    assert "relating to the Warranties, to the absence of any Material Adverse Effect and to its conduct" in text
    assert (
        "is also conditional on the warranties given by Brightwater in this Agreement being true and accurate" in text
    )
    assert "no order of any court or authority that restrains or prohibits the subscription" in text
    assert "other than the Commercial Agreement and any other transaction with Brightwater or its Affiliates" in text
    good_standing = "a certificate of the good standing of"
    assert (good_standing in text) == ((law or json.loads(_raw(path))["governing_law"]["profile"]).startswith("us_"))
