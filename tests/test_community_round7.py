"""Round 7, the open-source / community charter: the answers the panel found set aside or
contradicted — the chosen liability cap, the applicant's right to be admitted under the
third-party clause, the host's insolvency, a change of control against open admission and
the amendment clause against the charter's voting rules."""

from __future__ import annotations

import pytest

from drafting.review import Severity, review
from tests.drafts import example_text, flat_text, line_starting, text_of, variant

EXAMPLE = "open_source_community"


# Class 1: the chosen cap is drafted, for the host and between the members alike.
@pytest.mark.parametrize("law", ["nl", "ew", "de", "us_ny"])
def test_the_chosen_fixed_cap_is_drafted_not_replaced_by_an_exclusion(law: str) -> None:
    text = text_of(variant(EXAMPLE, law=law))
    cap = line_starting(text, "Limitation of liability.")
    assert "the total liability of each Party to the other Parties taken together" in cap
    assert "50,000" in cap
    assert "Exclusion of liability." not in text
    assert not [f for f in review(variant(EXAMPLE, law=law)) if f.rule_id == "set-aside.fee-cap-without-fees"]


def test_the_example_drafts_the_cap_and_the_excluded_losses() -> None:
    text = example_text(EXAMPLE)
    assert line_starting(text, "Excluded losses.").startswith("Excluded losses. Subject to clause 11.3")
    assert "EUR 50,000 (fifty thousand euros) in aggregate" in line_starting(text, "Limitation of liability.")


@pytest.mark.parametrize("kind", ["fees_last_12_months", "none"])
def test_a_cap_the_charter_cannot_draft_is_reported_with_the_exclusion(kind: str) -> None:
    terms = variant(EXAMPLE, boilerplate__liability_cap__kind=kind)
    text = text_of(terms)
    assert "at its own risk" in line_starting(text, "Exclusion of liability.")
    assert "Limitation of liability." not in text
    (found,) = [f for f in review(terms) if f.rule_id == "set-aside.fee-cap-without-fees"]
    assert found.severity is Severity.NOTE
    assert "liability cap" in found.message


# Class 2: the promise to admit every applicant that meets the criteria is carved out of the
# third-party exclusion, in the governing law's terms where the profile has them.
def test_dutch_law_names_the_admission_promise_as_a_derdenbeding_accepted_by_applying() -> None:
    clause = line_starting(text_of(variant(EXAMPLE, law="nl")), "Third-party rights.")
    assert (
        "no third-party clause (derdenbeding) within the meaning of article 6:253 of the Dutch Civil Code other than"
        in clause
    )
    assert (
        "The promise in clause 4.2 to admit every applicant that meets the criteria in it is a third-party clause"
        in clause
    )
    assert "accepts it by its application to OpenGrid Foundation (article 6:253(3) of the Dutch Civil Code)" in clause
    assert "no change affects an application made before it" in clause


def test_with_affiliate_rights_the_admission_promise_is_still_carved_out() -> None:
    clause = line_starting(text_of(variant(EXAMPLE, boilerplate__third_party_rights=True)), "Third-party rights.")
    assert "except as the next sentence provides. The promise in clause 4.2" in clause


@pytest.mark.parametrize("law", ["ew", "de", "us_ny", "sg"])
def test_other_laws_let_the_applicant_enforce_the_admission_clause(law: str) -> None:
    clause = line_starting(text_of(variant(EXAMPLE, law=law)), "Third-party rights.")
    assert (
        "an organisation that applies for membership under clause 4.2 may itself require".replace(
            "organisation", "organization" if law.startswith("us_") else "organisation"
        ).replace("clause 4.2", "Section 4.2" if law.startswith("us_") else "clause 4.2")
        in clause
    )


def test_without_an_admission_clause_the_exclusion_is_unchanged() -> None:
    def no_host(data: dict[str, object]) -> None:
        data["open_source"]["host"] = None  # type: ignore[index]

    for text in (text_of(variant(EXAMPLE, change=no_host)), example_text("data_sharing")):
        clause = line_starting(text, "Third-party rights.")
        assert "applies for membership" not in clause
        assert "within the meaning of article 6:253 of the Dutch Civil Code, and no person other than the" in clause


# Class 4: open admission — a change of control re-tests the Member against the admission
# criteria; it is not of itself a ground to expel a Member that would be admitted again.
def test_a_change_of_control_is_a_readmission_test_not_an_expulsion() -> None:
    text = flat_text(variant(EXAMPLE))
    assert (
        "comes under the control of a person that did not control it on the date it became a Member "
        "(control having the meaning given in the definition of “Affiliate”) and, as so controlled, no longer "
        "meets the criteria for admission in clause 4.2"
    ) in text
    assert "a change of control after which the Member still meets those criteria is not a ground for ending" in text
    assert "where it makes the Member an Affiliate of another Member, clause 5.4 applies to their votes" in text


def test_the_review_says_how_the_change_of_control_answer_is_drafted() -> None:
    (found,) = [f for f in review(variant(EXAMPLE)) if f.rule_id == "set-aside.change-of-control-readmission"]
    assert found.severity is Severity.NOTE
    assert "a right to end the membership of a Member whose control changes" in found.message
    assert found.clauses == ("clause 9.2", "clause 4.2")
    quiet = variant(EXAMPLE, termination__change_of_control="notice")
    assert not [f for f in review(quiet) if f.rule_id == "set-aside.change-of-control-readmission"]
    assert "comes under the control of a person" not in flat_text(quiet)


# Class 5: the majority for a Charter amendment is stated once, where the Members chose it.
def test_the_charter_amendment_takes_the_majority_the_reserved_matters_state() -> None:
    text = text_of(variant(EXAMPLE))
    amendment = line_starting(text, "Amendment of this Agreement.")
    assert "taken as a Reserved Matter with the majority that clause 5.5 requires for it" in amendment
    assert "not fewer than three (3) Members" not in amendment
    assert line_starting(text, "amending the Charter, which requires").endswith(
        "a majority of at least two thirds of the votes of all Members; and"
    )


def test_unanimity_chosen_for_amendments_is_the_only_rule_drafted() -> None:
    def unanimous(data: dict[str, object]) -> None:
        data["governance"]["reserved_matters"][1]["threshold"] = "unanimity"  # type: ignore[index]

    text = text_of(variant(EXAMPLE, change=unanimous))
    assert line_starting(text, "amending the Charter, which requires").startswith(
        "amending the Charter, which requires the unanimous approval of all Members"
    )
    assert "with the majority that clause 5.5 requires for it" in line_starting(text, "Amendment of this Agreement.")


def test_without_an_amendment_matter_the_clause_states_its_own_majority() -> None:
    def no_matter(data: dict[str, object]) -> None:
        del data["governance"]["reserved_matters"][1]  # type: ignore[index]

    amendment = line_starting(text_of(variant(EXAMPLE, change=no_matter)), "Amendment of this Agreement.")
    assert (
        "taken by a majority of at least two thirds of the votes of all Members, and OpenGrid Foundation" in amendment
    )


# Class 3: the host's insolvency — the Project's funds are kept apart, the assets move to a
# successor host before proceedings open, and the governing law's proceedings are named.
def test_dutch_host_insolvency_names_faillissement_and_surseance_and_moves_the_assets_early() -> None:
    text = flat_text(variant(EXAMPLE, law="nl"))
    assert "declared bankrupt (faillissement) or granted a suspension of payments (surseance van betaling)" in text
    assert (
        "through its trustee in bankruptcy (curator) or with the cooperation of its administrator (bewindvoerder)"
        in text
    )
    assert "articles 23 and 228 of the Dutch Bankruptcy Act (Faillissementswet)" in text
    assert "in a bank account separate from its other money, use them only for the Project" in text
    assert "shall complete the transfer under this clause before any such proceedings open" in text
    assert "whatever becomes of those assets, as clause 6.2 provides" in text


@pytest.mark.parametrize("law", ["ew", "de", "us_ny"])
def test_other_laws_keep_the_same_protection_in_neutral_words(law: str) -> None:
    text = flat_text(variant(EXAMPLE, law=law))
    assert "If OpenGrid Foundation becomes subject to insolvency proceedings" in text
    assert "faillissement" not in text
    assert "separate from its other money" in text
