"""R&D collaboration with a licence option, third round of the Swiss panel, proven over every
draft of the type (the example and the Swiss scenario) and under several laws: the
infringement indemnity is confined to the research and leaves the licence phase to the
title disclaimer, and the other corrections each test names."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafting.terms import AgreementTerms
from drafting.validation import load_terms_file
from tests.drafts import british_text as _text
from tests.review_helpers import changed

ROOT = Path(__file__).resolve().parent.parent
FILES = {
    "example": ROOT / "examples" / "research_collaboration.json",
    "swiss": ROOT / "tests" / "scenarios" / "ch_research_collaboration.json",
}
LAWS = ("ch", "ew", "de")
CASES = [(name, law) for name in FILES for law in LAWS]


def _terms(name: str, law: str, **changes: object) -> AgreementTerms:
    updates = {"governing_law.profile": law} | {key.replace("__", "."): value for key, value in changes.items()}
    return changed(load_terms_file(FILES[name]), updates)


@pytest.fixture(scope="module")
def drafts() -> dict[tuple[str, str], str]:
    return {(name, law): _text(_terms(name, law)) for name, law in CASES}


def _line(text: str, phrase: str) -> str:
    return next(line for line in text.splitlines() if phrase in line)


@pytest.mark.parametrize(("name", "law"), CASES)
def test_the_infringement_indemnity_is_confined_to_the_research(
    drafts: dict[tuple[str, str], str], name: str, law: str
) -> None:
    text = drafts[name, law]
    head = _line(text, "infringe the Intellectual Property Rights of that third party")
    assert "used during the Research Term in the form in which it provided them" in head
    assert "except in the exploitation of Licensed Products under the Licence" in head
    # The unconfined head (anything provided, used in any permitted way) is gone.
    assert "provided under this Agreement, used as this Agreement permits" not in text
    # Any other infringement claim stays under the cap, and the title clause still disclaims it.
    assert "for third-party claims, including for infringement of the Intellectual Property Rights" in text
    assert "does not infringe the rights of a third party" in text


def test_without_an_option_the_head_has_no_licence_exception() -> None:
    text = _text(_terms("swiss", "ch", research__option=None))
    head = _line(text, "infringe the Intellectual Property Rights of that third party")
    assert "used during the Research Term" in head
    assert "Licensed Products" not in head


@pytest.mark.parametrize(("name", "law"), CASES)
def test_the_option_licensee_indemnifies_and_insures_for_its_products(
    drafts: dict[tuple[str, str], str], name: str, law: str
) -> None:
    text = drafts[name, law]
    terms = _terms(name, law)
    assert terms.research is not None and terms.research.option is not None
    licensee = terms.research.option.licensee
    head = _line(text, f"in the case of {licensee}, the development, manufacture, use, sale")
    assert "any claim under the law on product liability" in head
    assert "except to the extent that the claim results from a matter for which the other Party indemnifies" in head
    cover = _line(text, "product liability insurance")
    assert cover.startswith(
        f"From the first sale of a Licensed Product until three (3) years after the last, {licensee}"
    )
    # Round four: the cover is customary, never the cap figure, and never a placeholder.
    cap = terms.boilerplate.liability_cap.amount
    assert cap is not None
    assert f"{int(cap.amount):,}" not in cover
    assert "that a prudent company selling products of that kind would maintain" in cover
    assert "[" not in cover


def test_no_option_means_no_product_indemnity_or_cover() -> None:
    text = _text(_terms("swiss", "ch", research__option=None))
    assert "in the case of Lacustra, the development" not in text
    assert "product liability insurance" not in text


@pytest.mark.parametrize("law", LAWS)
def test_a_licensee_in_breach_may_be_made_to_assign_its_share(drafts: dict[tuple[str, str], str], law: str) -> None:
    # Round four: the assignment is a remedy for the holder's breach, never the effect of a lapse.
    text = drafts["swiss", law]
    lapse = _line(text, "Where the Option lapses because this Agreement is terminated under")
    assert "its share in the Joint Results" in lapse
    assert "non-exclusive, royalty-free, perpetual licence" in lapse
    assert "to use those results for its own research, but not to develop, make, have made or sell" in lapse
    assert "Fermvita is then free to develop and exploit the Programme Results" in text
    # The grantor is no longer "free to exploit as co-owner" beside a co-owner free to use them for any purpose.
    assert "exploit the Joint Results as co-owner" not in text
    assert "to the assignment of its share that" in _line(text, "Joint Results are owned in equal undivided")
    assert "its share may be claimed as provided in" in text


@pytest.mark.parametrize(("name", "law"), CASES)
def test_compensation_attaches_to_third_party_licences_not_own_use(name: str, law: str) -> None:
    text = _text(_terms(name, law, research__joint_exploitation="use_and_license_with_notice"))
    joint = _line(text, "Joint Results are owned in equal undivided")
    assert "may use Joint Results itself for any purpose without accounting to" in joint
    assert "compensation is owed for licences to third parties only, never for a co-owner's own use" in joint


def test_results_owned_apart_are_not_assigned_on_lapse(drafts: dict[tuple[str, str], str]) -> None:
    text = drafts["example", "ch"]
    assert "after the lapse, assign" not in text
    assert "Myceliq is free to develop and exploit the Programme Results it owns" in text


@pytest.mark.parametrize(("name", "law"), CASES)
def test_the_default_licence_only_completes_the_programme(
    drafts: dict[tuple[str, str], str], name: str, law: str
) -> None:
    text = drafts[name, law]
    default = _line(
        text, "where a Party ends this Agreement for convenience, or this Agreement is ended for its breach"
    )
    assert "solely to complete the Programme in the Field and the Territory" in default
    assert "that licence does not extend to exploiting the results" in default
    assert "under the Licence, against the royalties in clause 4.1, or under the access rights in clause 7.8" in default
    # No forfeiture: nothing perpetual, no royalty-free exploitation, no waiver of compensation.
    assert "perpetual" not in default
    assert "exploit its results" not in default
    assert "without compensation" not in default
    # "the Field" is used, so the grant of the Option defines it.
    assert "(the “Field”)" in text


def test_without_an_option_exploitation_goes_through_the_access_rights() -> None:
    text = _text(_terms("swiss", "ch", research__option=None))
    default = _line(
        text, "where a Party ends this Agreement for convenience, or this Agreement is ended for its breach"
    )
    assert "solely to complete the Programme, and shall deliver" in default
    assert "permitted only on the terms agreed for it: under the access rights in clause" in default


BANKS = {"example": "the European Central Bank", "swiss": "the Swiss National Bank"}


@pytest.mark.parametrize(("name", "law"), CASES)
def test_the_royalty_base_handles_combinations_currency_and_overpayment(
    drafts: dict[tuple[str, str], str], name: str, law: str
) -> None:
    text = drafts[name, law]
    combination = _line(text, "(a “Combination Product”)")
    assert "multiplied by the fraction X/(X+Y)" in combination
    assert "(the “Licensed Ingredient”) is sold separately" in combination
    report = _line(text, "royalty report showing")
    # The rate is the central bank's of the payment currency, from the profile data.
    assert f"published by {BANKS[name]} for the last Business Day of the period" in report
    assert "the excess is credited against the next royalties due" in report
    valid = _line(text, "“Valid Claim” means")
    assert "pending for no more than seven (7) years from its earliest priority date" in valid
    assert "first substantive examination" not in text


def test_an_open_rate_gets_the_same_base_rules() -> None:
    text = _text(_terms("swiss", "ch", sharing__model="none"))
    rate = _line(text, "The royalty rate shall be agreed in writing")
    assert "converted into CHF at the foreign exchange rate published by the Swiss National Bank" in rate
    assert "the excess is credited against the next royalties due" in rate
    assert "multiplied by the fraction X/(X+Y)" in _line(text, "(a “Combination Product”)")


@pytest.mark.parametrize(("name", "law"), CASES)
def test_a_milestone_the_payer_reaches_is_notified_by_the_payer_and_paid_from_the_event(
    drafts: dict[tuple[str, str], str], name: str, law: str
) -> None:
    text = drafts[name, law]
    notice = _line(text, "achieves a milestone shall notify the payer within ten (10) Business Days")
    # Round four: the payer-side milestones (approval, sale) are the licensee's, and it notifies them.
    assert "Each milestone that concerns a Licensed Product" in notice
    assert "shall notify the payee of each such event, with reasonable evidence, within ten (10)" in notice
    due = _line(text, "A milestone is reached when the event it describes occurs")
    assert "A payment for a milestone that the payer achieves itself" in due
    assert "is due within forty-five (45) days after the event, whether or not the payer has notified it" in due


@pytest.mark.parametrize(("name", "law"), [(name, law) for name in FILES for law in ("ch", "de")])
def test_good_cause_is_not_confined_to_the_research_term(
    drafts: dict[tuple[str, str], str], name: str, law: str
) -> None:
    text = drafts[name, law]
    reach = _line(text, "may be exercised only until the end of the Research Term")
    assert "for good cause" not in reach.split("may be exercised only until")[0]
    assert "only if it is of a gravity comparable to the grounds on which the Licence may be terminated" in reach
    assert "without prejudice to any right of termination for good cause that the law makes mandatory" in reach


def test_a_swiss_draft_is_a_contract_of_its_own_kind_not_a_mandate(drafts: dict[tuple[str, str], str]) -> None:
    for name in FILES:
        exit_clause = _line(drafts[name, "ch"], "may terminate this Agreement for any reason")
        assert "is a contract of its own kind (Innominatvertrag / contrat innommé)" in exit_clause
        assert "the only right to terminate it for convenience" in exit_clause
        assert "article 404 of the Swiss Code of Obligations" in exit_clause
        # Under English law there is no mandate to guard against, and no such sentence.
        assert "article 404" not in drafts[name, "ew"]


@pytest.mark.parametrize(("name", "law"), CASES)
def test_joint_results_are_no_ground_to_stop_a_publication(
    drafts: dict[tuple[str, str], str], name: str, law: str
) -> None:
    text = drafts[name, law]
    removal = _line(text, "where the publication discloses its Confidential Information")
    assert "its Confidential Information, other than Joint Results, or its Background IP" in removal
    delay = _line(text, "where the publication would prejudice the protection of a Programme Result")
    assert "including a Joint Result, in which case publication shall be delayed" in delay
    # Joint Results stay confidential otherwise, and the publication clause is the way out.
    assert "Joint Results are Confidential Information of each" in text or "and Joint Results of each co-owner" in text


def test_the_royalty_clauses_read_clean_to_the_proofreader() -> None:
    from drafting.engine.proofread import _A_BEFORE_VOWEL

    for terms in (_terms("swiss", "ch"), _terms("swiss", "ch", sharing__model="none")):
        combination = _line(_text(terms), "(a “Combination Product”)")
        assert not _A_BEFORE_VOWEL.search(combination)
