"""Joint venture defects a senior English-law panel found in round 4 (the Baltic Sun draft,
examples/joint_venture_unequal.json), each checked as a class on the rendered text of the
joint venture examples and variants of them:

1. the deadlock exit is started by the Party whose proposal was blocked (or by either Party
   after a cooling-off period), never by the blocking Party alone, for every terminal
   mechanism that ends a holding;
2. a Party's veto of a Reserved Matter survives an adjourned meeting quorate without it, and
   a written resolution on a Reserved Matter needs every member (and every holder) entitled
   to vote on it, not a majority;
3. a tax clause: the Company bears the transfer taxes of its own country (named from its
   form or its company law, never the governing law's), VAT on a contribution in kind is
   paid on top, each Party bears its own income tax, withholding without gross-up, the
   Company's residence and filings, cooperation;
4. the ban on transfers to competitors does not catch the other holder buying under its first
   right, the deadlock or the exit option, nor the lenders' security and its enforcement: the
   lenders are bound only as to the buyer they eventually sell to;
5. the funding default clause is numbered sub-clauses, and any dilutive issue is at fair value
   (less a stated discount, never below nominal value) with the defaulter's pre-emption
   suspended, never at an undefined "issue price";
"""

from __future__ import annotations

import re

import pytest

from tests.drafts import example_text, flat_text, line_starting, text_of, variant

JV_EXAMPLES = ("joint_venture_unequal", "joint_venture_50_50", "professionals_company")
EXIT_TERMINALS = ("russian_roulette", "texas_shootout", "put_call_fmv", "third_party_sale", "winding_up")
START_NOTICES = {
    "put_call_fmv": "a put or call notice",
    "russian_roulette": "a Roulette Notice",
    "texas_shootout": "a Buy Notice",
    "third_party_sale": "a notice requiring the Shares to be offered for sale",
    "winding_up": "a notice requiring the Company to be wound up",
}


# 1. Who may start the exit after a Deadlock ---------------------------------------------------


@pytest.mark.parametrize("name", JV_EXAMPLES)
@pytest.mark.parametrize("terminal", EXIT_TERMINALS)
def test_the_blocked_proposer_starts_the_exit_never_the_blocker_alone(name: str, terminal: str) -> None:
    text = flat_text(variant(name, governance__deadlock__terminal=terminal))
    start = START_NOTICES[terminal]
    assert re.search(rf"{start} under clause \d+\.\d+ may be given only by the Party that proposed the matter", text)
    assert "(the “Proposing Party”), and not by a Party that withheld its approval of that matter" in text
    # after the cooling-off period any Party may start it, so the proposer cannot sit on it
    assert re.search(r"\(the “Cooling-off Period”\), (either|any) Party may give it", text)
    # a proposal made to manufacture a Deadlock raises none
    assert "a proposal that is not put forward in good faith in the interests of the Company" in text
    # the old, inverted rule (the proposer barred, the blocker alone free to exit) is gone
    assert "on a matter proposed by the Party that gives a notice" not in text


@pytest.mark.parametrize("terminal", ("put_call_fmv", "russian_roulette", "texas_shootout"))
def test_a_notice_window_is_reopened_for_either_party_after_the_cooling_off(terminal: str) -> None:
    text = flat_text(variant("joint_venture_50_50", governance__deadlock__terminal=terminal))
    assert "within the period of thirty (30) days stated in clause 6.5 (the “Cooling-off Period”)" in text
    assert "applies to a notice given in that later period as if that period were the one stated there" in text


@pytest.mark.parametrize("terminal", ("third_party_sale", "winding_up"))
def test_an_open_ended_exit_opens_to_either_party_after_the_cooling_off(terminal: str) -> None:
    text = flat_text(variant("joint_venture_unequal", governance__deadlock__terminal=terminal))
    assert "within thirty (30) days after clause 6.5 first allows it to be given (the “Cooling-off Period”)" in text
    assert "after the Cooling-off Period ends, while the Unresolved Deadlock continues" in text


def test_a_budget_deadlock_nobody_proposed_is_open_to_either_party() -> None:
    text = flat_text(
        variant(
            "joint_venture_unequal",
            governance__deadlock__terminal="put_call_fmv",
            governance__deadlock__budget_not_agreed_by="31 December of the preceding year",
        )
    )
    assert (
        "where the matter was not proposed by or for a Party (as where the annual budget has not been approved "
        "by the date stated in clause 6.1), either Party may give it" in text
    )


# 2. The veto survives an adjourned meeting and written resolutions ----------------------------


@pytest.mark.parametrize("name", JV_EXAMPLES)
def test_a_reserved_matter_at_an_adjourned_meeting_still_needs_each_party(name: str) -> None:
    text = text_of(variant(name))
    quorum = line_starting(text, "Quorum.")
    assert "form a quorum" in quorum
    assert re.search(
        r"a Reserved Matter may be decided there only with the approval that clause \d+\.\d+ requires", quorum
    )
    assert "counted as if every" in quorum
    assert "is never its approval, however the adjourned meeting is constituted" in quorum
    # the sentence reads as one: no dangling "or any matter ... opposed"
    assert "meeting or any matter" not in quorum


@pytest.mark.parametrize("name", JV_EXAMPLES)
def test_a_written_resolution_on_a_reserved_matter_needs_everyone_entitled_to_vote(name: str) -> None:
    text = text_of(variant(name))
    written = line_starting(text, "Written decisions.")
    assert "a written resolution on a Reserved Matter is passed only when signed by every" in written
    assert "who would be entitled to vote on it at a meeting" in written
    assert (
        "on a Reserved Matter may be passed without a meeting only in writing signed by every holder of Shares"
        in written
    )
    # no route passes a Reserved Matter on the signatures of one member of each side
    assert "requires the signatures of" not in written


@pytest.mark.parametrize("name", ("equity_alliance", "consortium_five_party", "professionals_members"))
def test_the_joint_venture_veto_wording_stays_out_of_other_types(name: str) -> None:
    text = example_text(name)
    assert "is never its approval" not in text
    assert "signed by every holder of" not in text


# 3. Tax -----------------------------------------------------------------------------------------


def _tax(text: str) -> str:
    start = text.index("Tax matters. ")
    return text[start : text.index("Contributions and Funding", start)]


def test_a_polish_company_names_polish_taxes_under_english_law() -> None:
    tax = _tax(flat_text(variant("joint_venture_unequal")))
    assert "any tax on civil law transactions (podatek od czynności cywilnoprawnych)" in tax
    assert (
        "payable on the formation of the Company, the issue of Shares under this Agreement or the making of a "
        "Contribution in kind" in tax
    )
    assert "shall be borne by the Company" in tax
    assert "excludes any value added tax (podatek od towarów i usług) chargeable on it" in tax
    # the governing law's taxes are not the Company's
    assert "stamp duty land tax" not in tax


def test_an_english_company_names_english_taxes_and_a_company_nowhere_generic_words() -> None:
    english = _tax(flat_text(variant("joint_venture_50_50")))
    assert "any stamp duty, stamp duty reserve tax, stamp duty land tax or other transfer tax" in english
    assert "excludes any VAT chargeable on it" in english
    elsewhere = _tax(flat_text(variant("joint_venture_50_50", joint_venture__jurisdiction="Ruritania")))
    assert "any transfer tax, stamp duty, capital duty or registration duty payable" in elsewhere
    assert "stamp duty land tax" not in elsewhere


@pytest.mark.parametrize("name", JV_EXAMPLES)
def test_each_party_bears_its_own_tax_and_no_gross_up(name: str) -> None:
    tax = _tax(flat_text(variant(name)))
    assert "each Party bears its own taxes on its income and gains" in tax
    assert "any tax that it is required by law to withhold" in tax
    assert re.search(r"(neither|no) Party is entitled to any additional amount because of the withholding", tax)
    assert "certificate of tax residence" in tax
    assert "resident for tax purposes only in the country in which it has its registered office" in tax
    assert "files every tax return and pays every tax on time" in tax
    assert "information and assistance it reasonably requests for its tax returns" in tax


def test_an_existing_company_without_contributions_in_kind_drafts_no_formation_or_vat() -> None:
    tax = _tax(flat_text(variant("professionals_company")))
    assert "payable on the issue of Shares under this Agreement shall be borne by the Company" in tax
    assert "formation of the Company" not in tax
    assert "Contribution in kind" not in tax


@pytest.mark.parametrize("name", ("equity_alliance", "consortium_five_party", "revenue_sharing"))
def test_no_company_tax_clause_outside_a_joint_venture(name: str) -> None:
    assert "Tax matters." not in example_text(name)


# 4. The competitor ban and the other holder's and the lenders' rights ---------------------------


@pytest.mark.parametrize("name", JV_EXAMPLES)
def test_the_competitor_ban_does_not_catch_the_other_holder(name: str) -> None:
    ban = line_starting(text_of(variant(name)), "No transfer to competitors.")
    assert re.search(
        r"This clause does not apply to a transfer to (the other|another) Party or to an Affiliate of it", ban
    )
    assert re.search(r"including one under clause \d+\.\d+, clause \d+\.\d+ or clause \d+\.\d+", ban)


def test_the_lenders_security_is_bound_only_as_to_the_eventual_buyer() -> None:
    text = text_of(variant("joint_venture_unequal"))
    ban = line_starting(text, "No transfer to competitors.")
    assert (
        "nor to the charging or pledging of Shares that clause 9.1 permits or their transfer, on the enforcement" in ban
    )
    assert "to the lenders, their agent or security trustee or a nominee of any of them" in ban
    assert (
        "are bound by this clause only as to the person to whom the Shares are transferred when the security is "
        "realised" in ban
    )
    general = line_starting(text, "Nothing in clause 9 prevents either Party from charging or pledging its Shares")
    assert "clause 9.3 applying to that transfer only as it provides" in general
    assert "is not a person to whom clause 9.3 forbids a transfer" not in general


@pytest.mark.parametrize("name", ("equity_alliance", "consortium_five_party", "partner_network"))
def test_other_types_keep_their_competitor_ban(name: str) -> None:
    assert "This clause does not apply to a transfer to" not in example_text(name)


# 5. Funding default: numbered, and a dilutive issue at a stated, non-punitive price ----------------


def _funding_default_lines(text: str) -> list[str]:
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Funding default."))
    end = next(i for i in range(start, len(lines)) if "not out of proportion to it." in lines[i])
    return lines[start : end + 1]


@pytest.mark.parametrize("name", ("joint_venture_unequal", "joint_venture_50_50"))
@pytest.mark.parametrize(
    "remedies",
    (
        ["lender_premium", "loss_of_rights"],
        ["dilution", "loss_of_rights"],
        ["dilution", "lender_premium", "forced_sale", "loss_of_rights"],
    ),
)
def test_the_funding_default_is_numbered_and_dilutes_only_at_the_default_issue_price(
    name: str, remedies: list[str]
) -> None:
    lines = _funding_default_lines(text_of(variant(name, funding_default__remedies=remedies)))
    assert lines[0].endswith("(a “Funding Default”):")
    assert lines[1].startswith("the unpaid amount bears interest at")
    assert lines[1].endswith("(the “Default Rate”), accruing daily from its due date;")
    clause = " ".join(lines)
    assert "at the issue price" not in clause
    price = line_starting("\n".join(lines), "new Shares issued under this clause are issued at a price per Share")
    assert "equal to their fair market value, determined as the Exit Price is determined under clause" in price
    assert "and never less than their nominal value (the “Default Issue Price”)" in price
    assert "the rights of pre-emption of the defaulting Party over them are suspended" in price
    assert lines[-1].startswith(
        "the Parties agree that the Default Rate and the other consequences of a Funding Default"
    )


def test_a_stated_discount_is_applied_to_the_default_issue_price() -> None:
    text = text_of(
        variant(
            "joint_venture_unequal",
            funding_default__remedies=["dilution", "loss_of_rights"],
            funding_default__discount_percent="10",
        )
    )
    price = line_starting(text, "new Shares issued under this clause")
    assert "without any discount for a minority holding, less a discount of ten per cent (10%), and never less" in price


def test_a_single_loan_remedy_sets_out_its_two_cases_separately() -> None:
    lines = _funding_default_lines(example_text("joint_venture_unequal"))
    assert "the other Party may fund the unpaid amount:" in lines
    assert any(line.startswith("where the Capital Call is met by shareholder loans, by paying it") for line in lines)
    assert any(
        line.startswith("where it is met by subscription for new Shares, by taking up, at the Default Issue Price")
        for line in lines
    )


def test_the_funding_default_without_a_company_keeps_its_words() -> None:
    text = flat_text(variant("equity_alliance"))
    assert "Default Issue Price" not in text
