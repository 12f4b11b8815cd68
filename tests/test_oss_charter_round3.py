"""Open-source project charter with a host, third round of the Dutch panel, proven on the
type's example under several laws: no party answers for the content of a contribution, and
only misuse of the Project Marks and names stays outside the cap; the other corrections each
test names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from drafting.terms import AgreementTerms
from drafting.validation import load_terms_file
from tests.review_helpers import changed

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "open_source_community.json"
LAWS = ("nl", "ew", "de")


def _text(terms: AgreementTerms) -> str:
    return re.sub(r"[ \t]+", " ", "\n".join(body_text_lines(assemble_agreement(terms))))


def _terms(law: str, **changes: object) -> AgreementTerms:
    updates = {"governing_law.profile": law} | {key.replace("__", "."): value for key, value in changes.items()}
    return changed(load_terms_file(EXAMPLE), updates)


@pytest.fixture(scope="module")
def drafts() -> dict[str, str]:
    return {law: _text(_terms(law)) for law in LAWS}


def _line(text: str, phrase: str) -> str:
    return next(line for line in text.splitlines() if phrase in line)


@pytest.mark.parametrize("law", LAWS)
def test_only_mark_misuse_is_uncapped_beside_the_as_is_contributions(drafts: dict[str, str], law: str) -> None:
    text = drafts[law]
    rule = _line(text, "is liable to another for the content of any contribution")
    assert rule.startswith("Subject to clause ")
    assert "for any use of the Project Marks, or of the name or marks of another Party, beyond the rights" in text
    assert "or any other infringement of them" not in text


@pytest.mark.parametrize("law", LAWS)
def test_the_host_board_admits_and_expels_on_fixed_criteria_with_a_hearing(drafts: dict[str, str], law: str) -> None:
    text = drafts[law]
    admission = _line(text, "Admission of new Members.")
    assert "The board of OpenGrid Foundation decides on each application, after consulting the Technical" in admission
    assert "shall admit every applicant that meets the following criteria" in admission
    assert "may be changed only by an amendment of this Agreement" in admission
    assert "criteria published by" not in text
    assert "no membership of it has been ended under clause" in text
    refusal = _line(text, "Before refusing an application")
    assert "a refusal states its reasons" in refusal and "may have it reviewed under that clause" in refusal
    removal = _line(text, "Ending a membership.")
    assert "on a decision of its board taken after consulting the Technical Steering Committee" in removal
    assert "in which the representatives of that Member do not vote" not in removal
    hearing = _line(text, "Before the board decides")
    assert "ask to be heard by the board" in hearing
    assert "The decision states its reasons, and the Member may have it reviewed under " in hearing


@pytest.mark.parametrize("law", LAWS)
def test_every_clause_a_member_owes_the_others_is_named_in_its_own_clause(drafts: dict[str, str], law: str) -> None:
    text = drafts[law]
    mutual = _line(text, "The Members owe one another only the obligations in")
    assert mutual.startswith("Obligations between the Members.")
    for topic in ("competition law", "confidentiality", "warranties", "anti-bribery", "further assurance"):
        assert f"({topic})" in mutual
    # A charter without fees has no indemnity between the parties (round four).
    assert "(indemnity)" not in mutual
    # The warranties are given to the other Parties, and the clause giving them is named by number.
    assert "11.1 (warranties)" in mutual
    assert "The Members owe one another" not in _line(text, "The host.")


@pytest.mark.parametrize("law", LAWS)
def test_both_successor_routes_end_in_one_agreed_takeover(drafts: dict[str, str], law: str) -> None:
    text = drafts[law]
    withdrawal = _line(text, "OpenGrid Foundation may withdraw from this Agreement only by")
    assert "a successor host may instead be designated under that clause, which also governs the takeover" in withdrawal
    routes = _line(text, "A successor host takes the place of OpenGrid Foundation only by one of two routes")
    assert "takes over the position of OpenGrid Foundation as a Party, with its rights and obligations" in routes
    assert "every other asset that it holds under " in text
    assert "asset that it holds for the Project" not in text


def test_a_dutch_host_holds_in_its_own_name_and_the_takeover_is_cooperated_in_advance(drafts: dict[str, str]) -> None:
    text = drafts["nl"]
    assert "in its own name, to be used and disposed of only as this Agreement provides" in _line(
        text, "hold the Project"
    )
    assert "for the benefit of the Project and its community" not in text
    routes = _line(text, "A successor host takes the place of OpenGrid Foundation")
    assert "cooperation in advance (medewerking bij voorbaat)" in routes
    assert "article 6:159 of the Dutch Civil Code" in routes
    assert "irrevocably authorises (onherroepelijke volmacht, article 3:74 of the Dutch Civil Code)" in routes
    # Other laws: consent now and a power to sign, in neutral words.
    other = _line(drafts["ew"], "A successor host takes the place of OpenGrid Foundation")
    assert "consents now to that transfer and authorises OpenGrid Foundation and the successor host" in other
    assert "6:159" not in drafts["ew"]


@pytest.mark.parametrize("law", LAWS)
def test_every_governance_rule_is_entrenched_and_the_majority_is_stated_once(drafts: dict[str, str], law: str) -> None:
    text = drafts[law]
    amendment = _line(text, "(together, the “Charter”)")
    entrenched = amendment.split("other than this clause, ")[1].split(" (together")[0]
    entrenched = entrenched.replace("Section ", "clause ")
    # Competition safeguards, the host, admission, the Members' mutual obligations and every
    # rule of the body (composition, chair, meetings, votes, reserved matters, written
    # decisions, casting vote), each by number.
    for number in ("3.8", "4.1", "4.2", "4.5", "5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7"):
        assert f"clause {number}," in entrenched or f"clause {number} and" in entrenched
    # Round 7: the majority is the one the list of Reserved Matters states, stated once there.
    assert "taken as a Reserved Matter with the majority that clause 5.5 requires for it" in amendment.replace(
        "Section 5.5", "clause 5.5"
    )
    assert "not fewer than three (3) Members" not in amendment
