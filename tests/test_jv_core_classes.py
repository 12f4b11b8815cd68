"""Joint venture core defect classes a reviewing English lawyer found (issue 10), checked on
the rendered text of both joint venture examples and variants of them:

1. the Company's own law (its place of incorporation), not the governing law, speaks to
   its share issue, its obligations and title to its shares; insolvency follows the
   parties' places; the Bribery Act and the UK GDPR only reach persons within them;
2. contributions in kind that pay for the holdings are issued shares;
3. leaving after the lock-in is a right to sell, not a put;
4. a funding default suspends rights until the defaulter pays, with interest above a
   named base rate;
5. a holder keeps one director while it holds at least ten per cent;
6. lenders' security over the shares is carved out of the ban where finance is planned;
7. a drag-along waits for the lock-in and has a fair-value floor; the review flags a
   threshold one holder meets alone;
8. a name substitution replaces the whole name; a company is "that", not "who";
9. the balance-of-power review reads the draft and cites no statistic.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

from drafting.document import body_text_lines
from drafting.engine.wording import as_company
from drafting.review.engine import review
from drafting.review.findings import Severity
from drafting.terms import AgreementTerms
from tests.drafts import document_of as _document
from tests.drafts import example_data as _data
from tests.drafts import variant as _variant

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
UNEQUAL, EQUAL = "joint_venture_unequal", "joint_venture_50_50"


@functools.cache
def _example(name: str) -> AgreementTerms:
    return AgreementTerms.from_json((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))


@functools.cache
def _example_text(name: str) -> str:
    return _text(_example(name))


def _text(terms: AgreementTerms) -> str:
    return "\n".join(body_text_lines(_document(terms)))


def _notes(terms: AgreementTerms) -> str:
    document = _document(terms)
    return "\n".join(clause.note.text for clause in document.iter_clauses() if clause.note is not None)


# --- 1. the Company's own law ------------------------------------------------------------

ENGLISH_COMPANY_LAW = (
    "Companies Act 2006",
    "Russell v Northern Bank",
    "full title guarantee",
)
ENGLISH_INSOLVENCY = ("section 123 of the Insolvency Act 1986", "administrative receiver")


def test_a_polish_company_under_english_law_is_not_given_english_company_law() -> None:
    text = _example_text(UNEQUAL)
    for phrase in (*ENGLISH_COMPANY_LAW, *ENGLISH_INSOLVENCY, "UK GDPR", "Bribery Act"):
        assert phrase not in text, phrase
    assert "that the law of the Company's jurisdiction of incorporation requires for the issue" in text
    assert "bind it only to the extent that the law of its jurisdiction of incorporation allows" in text
    # Generic insolvency for a Singaporean and a Polish party; the GDPR for a Polish company.
    assert "in each case under the law that applies to it" in text
    assert "data protection laws that apply to it, including, where it applies, the GDPR" in text
    # The Company's form is read from its name: a Polish sp. z o.o. speaks Polish company law.
    assert "spółka z ograniczoną odpowiedzialnością" in text
    assert "articles of association (umowa spółki)" in text
    notes = _notes(_example(UNEQUAL))
    assert "laws of Poland, whose company law this draft does not state in its own terms" in notes
    assert "local counsel" in notes


def test_an_english_company_keeps_english_company_law() -> None:
    text = _example_text(EQUAL)
    for phrase in ENGLISH_COMPANY_LAW:
        assert phrase in text, phrase
    # A UK party: the Bribery Act and the UK GDPR reach it.
    assert "Bribery Act 2010" in text
    assert "UK GDPR" in text
    # An English and a German party: insolvency is not stated in English terms only.
    assert "section 123 of the Insolvency Act 1986" not in text
    assert "local counsel check" not in _notes(_example(EQUAL))


def test_english_parties_and_company_keep_the_english_insolvency_definition() -> None:
    terms = _variant(EQUAL, parties__1__jurisdiction="England and Wales")
    text = _text(terms)
    assert "section 123 of the Insolvency Act 1986" in text


def test_a_german_company_takes_german_words_and_neutral_share_issue() -> None:
    terms = _variant(
        UNEQUAL,
        joint_venture__jurisdiction="Germany",
        joint_venture__name="Baltic Sun Projects GmbH",
    )
    text = _text(terms)
    for phrase in (*ENGLISH_COMPANY_LAW, "UK GDPR"):
        assert phrase not in text, phrase
    assert "Geschäftsführer" in text
    # The German profile states no share-issue sentence of its own: the neutral one stands in.
    assert "that the law of the Company's jurisdiction of incorporation requires for the issue" in text
    # The Company is in the EU: the GDPR applies, as German data protection law states it.
    assert "GDPR" in text
    assert "laws of Germany, which no legal-system profile" not in _notes(terms)


def test_a_uk_party_brings_the_bribery_act_whatever_the_company() -> None:
    terms = _variant(UNEQUAL, parties__0__jurisdiction="England and Wales")
    assert "Bribery Act 2010" in _text(terms)


# --- 2. contributions in kind pay for shares ---------------------------------------------


def test_an_in_kind_contribution_that_backs_a_holding_is_issued_shares() -> None:
    # round 3: the example now gives its number of shares; without it the issue is a percentage
    text = _text(_variant(UNEQUAL, joint_venture__number_of_shares=None))
    assert "only a subscription for Shares is paid for in Shares" not in text
    assert "in consideration for the issue to it of Shares representing thirty per cent (30%)" in text
    assert "against the cash Contributions and the Contributions in kind made for Shares" in text


def test_share_numbers_follow_the_number_of_shares() -> None:
    terms = _variant(UNEQUAL, joint_venture__number_of_shares=10000)
    assert "in consideration for the issue to it of 3,000 Shares" in _text(terms)


def test_holdings_paid_in_cash_alone_keep_in_kind_contributions_out_of_the_shares() -> None:
    terms = _variant(
        UNEQUAL,
        contributions__0__value={"amount": "42000000.00", "currency": "PLN"},
        contributions__1__kind="ip",
        contributions__1__transfer_mode="license",
    )
    text = _text(terms)
    assert "only a subscription for Shares is paid for in Shares" in text
    assert "in consideration for the issue to it of" not in text


# --- 3. leaving after the lock-in --------------------------------------------------------


def test_leaving_after_the_lock_in_is_a_sale_not_a_put() -> None:
    text = _example_text(UNEQUAL)
    assert "may require the other Party to buy those Shares" not in text
    assert "the other Party is not obliged to buy its Shares" in text
    assert "may sell all (but not some only) of its Shares to a third party under clause 9" in text
    assert "so that clause 9.5 applies to that sale" in text


# --- 4. funding default --------------------------------------------------------------------


@pytest.mark.parametrize("name", [UNEQUAL, EQUAL])
def test_suspended_rights_return_only_when_the_defaulter_pays(name: str) -> None:
    text = _example_text(name)
    assert "or so funded" not in text
    assert "paid or funded under this clause" not in text
    # round 4: the suspension is a numbered sub-clause ("until ...")
    paid = "until the defaulting Party has paid the unpaid amount to the Company, with interest at the Default Rate"
    assert paid in text
    if name == UNEQUAL:  # funded by a loan, not by new shares: the loan is no cure
        assert "does not end the suspension" in text


def test_the_default_rate_names_the_base_rate_of_the_currency() -> None:
    assert "the reference rate of the National Bank of Poland" in _example_text(UNEQUAL)
    assert "the rate applicable to other funding" not in _example_text(UNEQUAL)
    text = _text(_variant(UNEQUAL, capital_calls__cap={"amount": "1000000.00", "currency": "EUR"}))
    assert "main refinancing operations of the European Central Bank" in text
    # The lender pays the call for the defaulter, which becomes its borrower (one structure).
    assert "on behalf of the defaulting Party, which discharges" in _example_text(UNEQUAL)


# --- 5. board seat floor -------------------------------------------------------------------


@pytest.mark.parametrize("name", [UNEQUAL, EQUAL])
def test_a_holder_keeps_one_seat_above_the_floor(name: str) -> None:
    # round 3: seats follow holdings by stated bands, one seat down to 10%
    assert "one (1) while holding at least ten per cent (10%) of the Shares" in _example_text(name)


# --- 6. lenders' security ------------------------------------------------------------------


def test_project_finance_security_is_carved_out_where_finance_is_planned() -> None:
    text = _example_text(UNEQUAL)
    assert "by way of security to the banks or other lenders that provide project finance" in text
    assert "on the enforcement of security permitted by clause 9.1" in text


def test_no_security_carve_out_without_finance() -> None:
    terms = _variant(
        UNEQUAL,
        scope__obligations__0__description="Provide the engineering team for the solar parks.",
        # The example's financial-close milestone also speaks of project finance.
        scope__milestones=[],
    )
    assert "lenders that provide project finance" not in _text(terms)


# --- 7. drag-along -------------------------------------------------------------------------


@pytest.mark.parametrize("name", [UNEQUAL, EQUAL])
def test_drag_along_waits_for_the_lock_in_and_has_a_floor(name: str) -> None:
    text = _text(_variant(name, transfer__drag_along=True))
    drag = next(line for line in text.splitlines() if line.startswith("Drag-along."))
    assert "Parties holding together" not in drag  # two parties: one holder drags the other
    assert "(other than an Affiliate of any of them)" not in drag
    assert "No notice may be given under this clause before the end of the period in clause" in text
    assert "shall not be less than the fair market value of its Shares" in text
    lock_in = next(line for line in text.splitlines() if line.startswith("Lock-in."))
    assert "clause 9.7" not in lock_in


def test_three_holders_drag_together() -> None:
    data = _data(UNEQUAL)
    third = {**data["parties"][1], "short_name": "Odra", "legal_name": "Odra Energia S.A."}
    data["parties"].append(third)
    data["joint_venture"]["holdings"] = [
        {"party": "Lumen", "percent": "60"},
        {"party": "Vistula", "percent": "30"},
        {"party": "Odra", "percent": "10"},
    ]
    data["distributions"]["shares"] = data["joint_venture"]["holdings"]
    data["governance"]["seats"].append({"party": "Odra", "seats": 1})
    text = _text(AgreementTerms.model_validate(data))
    assert "If Parties holding together at least seventy per cent (70%)" in text
    assert "require each other Party to sell" in text


def test_the_review_flags_a_drag_threshold_one_holder_meets_alone() -> None:
    found = [finding for finding in review(_example(UNEQUAL)) if finding.rule_id == "transfer.drag-by-one-holder"]
    assert len(found) == 1
    assert "Lumen alone holds 70%" in found[0].message
    assert "cannot be used during the lock-in" in found[0].message
    higher = _variant(UNEQUAL, transfer__drag_threshold_percent="75")
    assert not [finding for finding in review(higher) if finding.rule_id == "transfer.drag-by-one-holder"]


# --- 8. template debris --------------------------------------------------------------------


@pytest.mark.parametrize("name", [UNEQUAL, EQUAL])
def test_no_name_debris_and_no_who_for_a_company(name: str) -> None:
    text = _example_text(name)
    assert "the Company Sun" not in text
    assert "Company Projects" not in text
    assert "Party who so requests" not in text


def test_the_whole_company_name_is_replaced() -> None:
    name = "Baltic Sun Projects sp. z o.o."
    assert as_company("build parks through Baltic Sun.", name) == "build parks through the Company."
    assert as_company("transfer options to Baltic Sun Projects sp. z o.o.", name) == "transfer options to the Company"
    assert as_company("The Baltic Sun team", name) == "The Company team"
    assert as_company("near Baltic Sun Projects", name) == "near the Company"
    assert as_company("the Baltic Sea coast", name) == "the Baltic Sea coast"
    assert as_company("work for The Joint Venture", "Joint Venture Limited") == "work for the Company"
    text = _example_text(UNEQUAL)
    assert "through the Company." in text
    # The responsibility is a sentence of the Responsibilities schedule (round 7).
    assert "Transfer grid-connection agreements and land options to the Company." in text


# --- 9. the balance-of-power review --------------------------------------------------------


def _balance(terms: AgreementTerms) -> list[Any]:
    return [finding for finding in review(terms) if finding.rule_id == "balance.power-imbalance"]


def test_the_balance_review_cites_no_statistic_and_reads_the_draft() -> None:
    # Every protection it would recommend is drafted: it asks for nothing, so it is silent.
    assert _balance(_example(UNEQUAL)) == []
    (found,) = _balance(_variant(UNEQUAL, transfer__tag_along=False))
    assert "twice as likely" not in found.message
    assert "%" not in found.message.split(").", 1)[1]  # no research percentages after the shares


def test_the_balance_review_recommends_only_what_is_missing() -> None:
    terms = _variant(UNEQUAL, transfer__tag_along=False)
    (found,) = _balance(terms)
    assert found.severity is Severity.WARNING
    assert "tag-along" in found.fix
    assert "board seat" not in found.fix
    assert "information rights" not in found.fix
