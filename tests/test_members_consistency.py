"""The professionals' members' agreement holds together under every governing law: after a
deadlock no majority decides any Consensus Matter (read from the reserved matters, not a
fixed list); admission has its own price basis; a different fee division follows the
consensus rule; individual Members are "he or she", never "it"; the leaver's sale follows
a timetable that can be met, with a binding expert valuation at a stated date; and what a
Leaver owes and is owed after leaving runs from his or her exit."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from drafting.terms import AgreementTerms
from drafting.validation import load_terms_file
from tests.review_helpers import changed

ROOT = Path(__file__).resolve().parent / "scenarios"
SCENARIOS = {"be": ROOT / "be_architects_members_srl.json", "ew": ROOT / "ew_architects_members.json"}
LAWS = ("be", "ew", "fr", "de", "ch", "us_ny")
CASES = list(itertools.product(SCENARIOS, LAWS))


def _text(terms: AgreementTerms) -> str:
    # Whitespace collapsed; American spelling folded back so one phrase checks every law.
    text = re.sub(r"[ \t]+", " ", "\n".join(body_text_lines(assemble_agreement(terms))))
    return text.replace("installment", "instalment")


def _line(text: str, phrase: str) -> str:
    return next(line for line in text.splitlines() if phrase in line)


def _terms(scenario: str, law: str, **changes: object) -> AgreementTerms:
    return changed(load_terms_file(SCENARIOS[scenario]), {"governing_law.profile": law, **changes})


@pytest.fixture(scope="module")
def drafts() -> dict[tuple[str, str], str]:
    return {(scenario, law): _text(_terms(scenario, law)) for scenario, law in CASES}


def test_no_majority_decides_a_consensus_matter() -> None:
    for scenario in SCENARIOS:
        terms = load_terms_file(SCENARIOS[scenario])
        matters = [*terms.governance.model_dump(mode="json")["reserved_matters"]]
        matters.append({"matter": "Approving a lease of new premises", "threshold": "supermajority", "amount": None})
        text = _text(
            changed(terms, {"members.deadlock_outcome": "majority_decides", "governance.reserved_matters": matters})
        )
        clause = _line(text, "no majority may decide it")
        assert "the division of fees, the admission of a Member" not in clause
        for matter in matters:
            assert matter["matter"][1:] in clause, matter["matter"]
        assert "requires the approval of all the Members, in which case the proposal lapses" in clause


@pytest.mark.parametrize("case", CASES, ids=["-".join(case) for case in CASES])
def test_prices_and_fee_division(drafts: dict[tuple[str, str], str], case: tuple[str, str]) -> None:
    text = drafts[case]
    admission = _line(text, "may be admitted as a Member only")
    assert "Fair Value" not in admission
    assert "that those Shares represent as at the date of admission" in admission
    division = _line(text, "may agree a different division for a particular engagement")
    assert "by a decision taken" not in division
    assert "with the approval that a change in the division of fees requires under" in division


@pytest.mark.parametrize("case", CASES, ids=["-".join(case) for case in CASES])
def test_individual_members_are_persons(drafts: dict[tuple[str, str], str], case: tuple[str, str]) -> None:
    text = drafts[case]
    for phrase in (
        "its own practice",
        "its own staff",
        "its own professional practice",
        "acquirer of it ",
        "hold itself out",
        "describe itself",
        "as long as it remains a Member",
    ):
        assert phrase not in text, phrase
    assert "carries on his or her own professional practice" in text
    assert "his or her own staff" in text


def test_corporate_members_keep_its() -> None:
    terms = load_terms_file(SCENARIOS["ew"])
    data = terms.model_dump(mode="json")
    changes = {
        f"parties[{index}].entity_type": "corporation"
        for index, party in enumerate(data["parties"])
        if party["entity_type"] == "individual"
    }
    text = _text(changed(terms, changes))
    assert "carries on its own professional practice" in text
    assert "his or her own" not in text


@pytest.mark.parametrize("case", CASES, ids=["-".join(case) for case in CASES])
def test_the_leaver_timetable_can_be_met(drafts: dict[tuple[str, str], str], case: tuple[str, str]) -> None:
    text = drafts[case]
    assert "Within sixty (60) days after a Leaver Event" not in text
    sale = _line(text, "On a Leaver Event, the Leaver")
    assert "at the price and on the timetable set out in" in sale
    price = _line(text, "The Valuer acts as an expert and not as an arbitrator")
    assert "values the Shares as at the date of the Leaver Event" in price
    assert "final and binding on the Parties, save for manifest error" in price
    assert text.count("acting as expert") == 0


@pytest.mark.parametrize("case", CASES, ids=["-".join(case) for case in CASES])
def test_what_runs_from_the_leavers_exit(drafts: dict[tuple[str, str], str], case: tuple[str, str]) -> None:
    text = drafts[case]
    assert "When a Leaver ceases to be a Member and a party to this Agreement" in text
    assert "continues to bind the Leaver" in text
    assert "after the Exit Date" in text
    assert "return to the Company, or destroy, all Confidential Information of the Company" in text
    assert "including the payment of each instalment of the price and of interest on it" in text
    assert "which continues after he or she ceases to be a Member, and after he or she ceases to be a party" in text
