"""R&D collaboration drafts read as one consistent bargain, under every governing law and
ownership model: fee sentences only for fees the Payment Schedule gives; a valid exercise
concludes the Licence, with royalties and diligence from the same Licence Date; a long-stop
for the Data Package and an end to the grantors' standstill; joint ownership carried through
the IP article; royalty-specific reports and payment; a consensus committee that no absent
party can be outvoted in; return-or-destroy that spares what surviving licences need; one
test for a milestone; and Programme Results that are expressly confidential."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from drafting.terms import AgreementTerms
from drafting.validation import load_terms_file
from tests.drafts import british_text as _text
from tests.review_helpers import changed, example

SWISS = Path(__file__).resolve().parent / "scenarios" / "ch_research_collaboration.json"
LAWS = ("ch", "be", "ew", "de", "fr", "us_ny")
OWNERSHIP = ("joint", "creator")
BASES = ("good_faith", "term_sheet")


def _variant(law: str, ownership: str, basis: str) -> AgreementTerms:
    changes: dict[str, object] = {
        "governing_law.profile": law,
        "research.ownership": ownership,
        "research.option.basis": basis,
    }
    if basis == "term_sheet":
        changes["research.option.term_sheet"] = ["Technology transfer of the strain data within 60 days"]
    return changed(load_terms_file(SWISS), changes)


CASES = list(itertools.product(LAWS, OWNERSHIP, BASES))


@pytest.fixture(scope="module")
def drafts() -> dict[tuple[str, str, str], str]:
    return {case: _text(_variant(*case)) for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=["-".join(case) for case in CASES])
def test_the_option_concludes_the_licence(drafts: dict[tuple[str, str, str], str], case: tuple[str, str, str]) -> None:
    text = drafts[case]
    # The Swiss scenario's schedule has an option fee but no exercise fee.
    assert "exercise fee" not in text.lower()
    assert "Option fees paid are not refundable" in text
    assert "valid Exercise Notice concludes the Licence" in text
    assert "(the “Licence Date”)" in text or '(the "Licence Date")' in text
    # Royalties and diligence run from the same trigger.
    assert "From the Licence Date, Lacustra shall pay" in text
    assert "From the Licence Date, Lacustra shall use Commercially Reasonable Efforts" in text
    assert "From the exercise of the Option" not in text
    assert "From the grant of the Licence" not in text
    # The Licence Agreement only adds; failing to sign it never makes the Option lapse.
    assert "may add to" in text and "not derogate from" in text
    no_agreement = next(line for line in text.splitlines() if "If the Licence Agreement is not signed" in line)
    assert "lapse" not in no_agreement


@pytest.mark.parametrize("case", CASES, ids=["-".join(case) for case in CASES])
def test_the_data_package_has_a_long_stop(drafts: dict[tuple[str, str, str], str], case: tuple[str, str, str]) -> None:
    text = drafts[case]
    assert "On the earlier of the completion of the Research Plan and the end of the Research Term" in text
    assert "Until the earliest of the exercise of the Option, its lapse and the end of the Option Period" in text


@pytest.mark.parametrize("case", CASES, ids=["-".join(case) for case in CASES])
def test_joint_ownership_runs_through_the_ip_article(
    drafts: dict[tuple[str, str, str], str], case: tuple[str, str, str]
) -> None:
    text = drafts[case]
    joint = case[1] == "joint"
    for phrase in ("The owner of a Programme Result decides", "Programme Results it owns", "use its Programme Results"):
        assert (phrase in text) is (not joint and phrase != "The owner of a Programme Result decides"), phrase
    if not joint:
        assert "The owner of a Programme Result that is not a Joint Result decides" in text
    # The scenario lets each co-owner license on notice: the closing rule must not take it back.
    assert "any rule of law that would allow a co-owner to exploit or license a Joint Result without" not in text
    assert "would require the consent of the other co-owner for the use and non-exclusive licensing" in text
    if joint:
        assert "The Joint Results are Confidential Information of each co-owner" in text
    else:
        assert "Programme Results are Confidential Information of the Party that owns them" in text


@pytest.mark.parametrize("case", CASES, ids=["-".join(case) for case in CASES])
def test_royalties_are_reported_and_paid_as_royalties(
    drafts: dict[tuple[str, str, str], str], case: tuple[str, str, str]
) -> None:
    text = drafts[case]
    for phrase in ("chargeback", "the amounts received", "reconcile the amounts paid", "All amounts due under clause"):
        assert phrase not in text, phrase
    assert "royalty report showing, for each Licensed Product and each country" in text
    assert "sublicensees that sells Licensed Products keeps records" in text
    assert "submits them to audit under clause" in text
    # Milestone payments keep their own timing, after the milestone is reached.
    assert "within forty-five (45) days after the milestone is reached" in text


@pytest.mark.parametrize("case", CASES, ids=["-".join(case) for case in CASES])
def test_committee_milestones_and_surviving_rights(
    drafts: dict[tuple[str, str, str], str], case: tuple[str, str, str]
) -> None:
    text = drafts[case]
    assert "quorate with the representatives present" not in text
    assert "the adjourned meeting is quorate on the same condition" in text
    assert "objectively verifiable fact" not in text
    assert text.count("A milestone is reached when") == 1
    assert "Whether a milestone is reached is decided only by the test in clause" in text
    assert "except those that the recipient needs to exercise a licence or other right" in text
    assert "Nothing in this Agreement obliges a Party to return or destroy" in text


def test_fee_sentences_follow_the_payment_schedule() -> None:
    # The example's schedule gives both an option fee and an exercise fee.
    with_both = _text(example("research_collaboration"))
    assert "The exercise fee is payable as set out in" in with_both
    assert "Option fees paid are not refundable" in with_both
    # Without any payment by the option holder, no fee sentence at all.
    terms = load_terms_file(SWISS)
    bare = _text(changed(terms, {"payments": [], "research.option.regulatory_clearance": False}))
    assert "exercise fee" not in bare.lower() and "option fee" not in bare.lower()
    assert "Subject to the next paragraph" not in bare


def test_clearance_moves_the_licence_date() -> None:
    text = _text(load_terms_file(SWISS))
    assert "the Licence is granted, and the Licence Date falls, on the date on which the last such clearance" in text
    assert "the Licence is granted only when that clearance is obtained" not in text


def test_expert_outcome_keeps_the_licence() -> None:
    text = _text(changed(load_terms_file(SWISS), {"research.option.if_not_agreed": "expert"}))
    assert "The Licence continues meanwhile on the terms stated in this Agreement." in text


def test_consent_needed_closing_rule() -> None:
    text = _text(changed(load_terms_file(SWISS), {"research.joint_exploitation": "consent_needed"}))
    assert "any rule that would allow a co-owner to exploit or license a Joint Result without the consent" in text
    assert "may grant non-exclusive licences of them to third parties, without the consent" not in text


@pytest.mark.parametrize("ownership", OWNERSHIP)
def test_three_parties(ownership: str) -> None:
    # A third party (a university) exercises the multi-party wording of the same clauses.
    university = {
        "legal_name": "Stichting Wageningen Research",
        "short_name": "WR",
        "entity_type": "university",
        "jurisdiction": "Netherlands",
        "registration_number": "KvK 09098104",
        "address": "Droevendaalsesteeg 4, 6708 PB Wageningen, the Netherlands",
    }
    terms = load_terms_file(SWISS)
    parties = [party.model_dump(mode="json") for party in terms.parties]
    text = _text(changed(terms, {"parties": [*parties, university], "research.ownership": ownership}))
    assert "quorate with the representatives present" not in text
    assert "On the earlier of the completion of the Research Plan and the end of the Research Term" in text
    assert "Nothing in this Agreement obliges a Party to return or destroy" in text
    assert "From the Licence Date, Lacustra shall use Commercially Reasonable Efforts" in text
    if ownership == "joint":
        assert "The Joint Results are Confidential Information of each co-owner" in text
        assert "The owner of a Programme Result decides" not in text
