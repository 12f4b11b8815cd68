"""Joint venture defects a senior English-law panel found in round 7 (the Baltic Sun draft,
examples/joint_venture_unequal.json: an English-law agreement for a Polish sp. z o.o.), each
checked as a class on the rendered text of the joint venture examples and variants of them:

1. the Company's own law, not the governing law, decides what its form says before
   registration (a Polish company in organisation, a German Vor-GmbH), how its equity is
   transferred (art. 180 KSH, § 15 GmbHG), what its managing organ is and owes, and what the
   constitution must carry so that the agreement's rules bind the Company (company/forms.toml);
   no other form gets those words.
"""

from __future__ import annotations

import re

import pytest

from tests.drafts import british_text, example_text, flat_text, line_with, text_of, variant

JV_EXAMPLES = ("joint_venture_unequal", "joint_venture_50_50", "professionals_company")

#: Words only a Polish company's law uses.
POLISH = (
    "zarząd",
    "umowa spółki",
    "Polish Commercial Companies Code",
    "w organizacji",
    "uprawnienie osobiste",
    "rada nadzorcza",
    "księga udziałów",
)
#: Words only a German GmbH's law uses.
GERMAN = ("GmbHG", "Vor-GmbH", "Gesellschafterliste", "Sonderrecht")


def _german_gmbh() -> str:
    return flat_text(
        variant(
            "joint_venture_unequal",
            law="de",
            joint_venture__name="Ostsee Sonne GmbH",
            joint_venture__form="gmbh",
            joint_venture__jurisdiction="Germany",
            joint_venture__share_capital__currency="EUR",
        )
    )


# 1. The Company's own law ---------------------------------------------------------------------


@pytest.mark.parametrize("law", ("ew", "ch", "us_ny"))
def test_a_polish_company_is_drafted_in_polish_company_law_whatever_the_governing_law(law: str) -> None:
    # (American forms folded back: under New York law the words are spelled "organization".)
    text = british_text(variant("joint_venture_unequal", law=law))
    # before registration: a company in organisation, with its own capacity and liability
    assert "company in organisation (spółka z ograniczoną odpowiedzialnością w organizacji)" in text
    assert "the Company in organisation may acquire rights" in text
    assert "each Party is jointly and severally liable with it up to the value of the contribution" in text
    assert "(article 13 of that Code)" in text
    assert "shall indemnify the other Party against any liability incurred as a result" in text
    # transfers: written form with notarised signatures, effective on notice to the Company
    assert "in writing with the signatures notarially certified, as article 180 § 1" in text
    assert "(article 187 § 1 of that Code)" in text
    # the articles must carry the appointment rights and the restriction on transfers
    assert "state, and are not amended so as no longer to state" in text
    assert "personal right (uprawnienie osobiste) of each Party to appoint and remove" in text
    assert "(article 182 of the Polish Commercial Companies Code)" in text
    # the zarząd is an executive organ whose members owe their duties to the Company
    assert "The management board (zarząd) is the Company's executive organ" in text
    assert "(article 299 of that Code)" in text
    assert "no supervisory board (rada nadzorcza) unless the Parties establish one" in text


def test_a_german_gmbh_is_drafted_in_german_company_law_and_never_in_polish() -> None:
    text = _german_gmbh()
    assert "company in formation (Vor-GmbH)" in text
    assert "by notarial deed (notariell beurkundet), as section 15(3) and (4)" in text
    assert "list of shareholders (Gesellschafterliste)" in text
    assert "(section 15(5) GmbHG)" in text
    assert "bound by the instructions of the shareholders' meeting (section 37(1) GmbHG)" in text
    for word in POLISH:
        assert word not in text, word


@pytest.mark.parametrize("name", ("joint_venture_50_50", "professionals_company"))
def test_no_other_form_gets_polish_or_german_company_law(name: str) -> None:
    text = example_text(name)
    for word in (*POLISH, *GERMAN):
        assert word not in text, word
    # the neutral wording stays for a form with no words of its own
    assert "company in formation" not in text


def test_a_swiss_gmbh_gets_no_german_statute() -> None:
    text = flat_text(
        variant(
            "joint_venture_unequal",
            law="ch",
            joint_venture__name="Alpen Sonne GmbH",
            joint_venture__form="gmbh",
            joint_venture__jurisdiction="Switzerland",
            joint_venture__share_capital__currency="CHF",
        )
    )
    for word in (*POLISH, *GERMAN):
        assert word not in text, word


# 2. No squeeze-out through a budget Deadlock during the lock-in -------------------------------

EXIT_TERMINALS = ("russian_roulette", "texas_shootout", "put_call_fmv", "third_party_sale", "winding_up")


@pytest.mark.parametrize("name", ("joint_venture_unequal", "joint_venture_50_50"))
@pytest.mark.parametrize("terminal", EXIT_TERMINALS)
def test_a_budget_deadlock_in_the_lock_in_rolls_the_budget_forward_and_never_opens_the_exit(
    name: str, terminal: str
) -> None:
    text = text_of(variant(name, governance__deadlock__terminal=terminal))
    limits = line_with(text, "During the period in clause")
    assert re.search(
        r"a Deadlock on the approval of the annual budget or business plan(, including one that arises because no "
        r"budget has been approved by the date stated in clause \d+\.\d+,)? gives rise to no notice under clause "
        r"\d+\.\d+: the budget for the previous financial year continues to apply, indexed as clause \d+\.\d+ provides",
        limits,
    )
    # the lock-in does not block the buy-out after any other Deadlock
    assert re.search(r"Any other Deadlock arising in that period may lead to a notice under clause \d+\.\d+", limits)
    assert re.search(r"clause \d+\.\d+ does not prevent the transfer that follows it", limits)
    assert re.search(r"under clause \d+\.\d+ within the limits of clause \d+\.\d+", line_with(text, "Lock-in."))
    # the inverted rule (only a budget Deadlock opens the exit in the lock-in) is gone
    assert "may be given only in respect of a Deadlock on the approval of the annual budget" not in text
    # the clause the roll-forward points to indexes the previous budget
    assert "the budget for the previous financial year applies to it, with each item of expenditure increased" in text


def test_a_budget_date_trigger_is_rolled_forward_too() -> None:
    text = text_of(variant("joint_venture_unequal", governance__deadlock__budget_not_agreed_by="31 December"))
    assert "including one that arises because no budget has been approved by the date stated in clause 6.1" in (
        line_with(text, "During the period in clause")
    )


# 3. Board seats by holding bands --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "bands"),
    (
        (
            "joint_venture_unequal",
            "each Party may appoint two (2) while holding at least fifty per cent (50%) of the Shares, "
            "one (1) while holding at least ten per cent (10%) of the Shares, and none while holding less",
        ),
        (
            "joint_venture_50_50",
            "each Party may appoint two (2) while holding at least thirty-eight per cent (38%) of the Shares, "
            "one (1) while holding at least ten per cent (10%) of the Shares, and none while holding less",
        ),
    ),
)
def test_seats_follow_holdings_in_the_same_bands_for_every_holder(name: str, bands: str) -> None:
    body = line_with(example_text(name), "Governing body.")
    assert "in the same bands for every Party: " + bands in body
    # seats follow a holding up as well as down
    assert "A Party whose holding rises into a higher band may appoint the additional" in body
    assert "shall procure the resignation of any" in body
    # no band is named for one holder only
    assert "Lumen may appoint" not in body and "otherwise a Party may appoint" not in body


def test_the_bands_are_derived_from_the_answered_seats() -> None:
    # a Board of five with a largest allotment of three: 3 seats from 50%, 2 from 30%, 1 from 10%
    text = text_of(
        variant(
            "joint_venture_unequal",
            governance__seats=[{"party": "Lumen", "seats": 3}, {"party": "Vistula", "seats": 2}],
        )
    )
    assert (
        "each Party may appoint three (3) while holding at least fifty per cent (50%) of the Shares, two (2) while "
        "holding at least thirty per cent (30%) of the Shares, one (1) while holding at least ten per cent (10%)"
    ) in line_with(text, "Governing body.")


def _seat_findings(**paths: object) -> list[str]:
    from drafting.review import review

    return [
        finding.message
        for finding in review(variant("joint_venture_unequal", **paths))
        if finding.rule_id == "jv.seats-off-band"
    ]


def test_the_review_flags_seats_the_bands_do_not_give() -> None:
    (message,) = _seat_findings(
        governance__seats=[{"party": "Lumen", "seats": 1}, {"party": "Vistula", "seats": 2}],
    )
    assert message.startswith("Clause 5.1 lets each Party appoint members by holding bands (2 from 50%, 1 from 10%)")
    assert "Lumen is given 1 but its 70% holding carries 2" in message
    assert "Vistula is given 2 but its 30% holding carries 1" in message


def test_the_review_is_silent_when_the_seats_follow_the_bands() -> None:
    assert _seat_findings() == []


# 5. The Expert's appointer is a body that appoints experts -------------------------------------

SIAC_VALUER = "an independent valuer appointed by the SIAC Court of Arbitration if the Parties cannot agree"


def test_an_arbitral_court_that_appoints_no_experts_is_replaced_by_one_that_does() -> None:
    # the Baltic Sun answers: SIAC arbitration, the valuer to be appointed by the SIAC Court
    terms = variant("joint_venture_unequal")
    assert terms.exit is not None and terms.exit.expert == SIAC_VALUER
    expert = line_with(text_of(terms), "Expert determination.")
    assert "SIAC Court" not in expert and "Singapore International Arbitration Centre" not in expert
    assert (
        "an independent expert with appropriate qualifications agreed by the Parties or, if the Parties do not agree "
        "on the appointment within ten (10) Business Days after either of them proposes it, an independent expert "
        "appointed on the application of either of them by the ICC International Centre for ADR"
    ) in expert
    from drafting.review import review

    (finding,) = [f for f in review(terms) if f.rule_id == "set-aside.expert-appointer-appoints-no-experts"]
    assert finding.clauses == ("clause 16.7",)
    assert f"the Expert '{SIAC_VALUER}'" in finding.message


def test_a_body_that_appoints_experts_is_drafted_as_answered() -> None:
    expert = line_with(
        text_of(
            variant(
                "joint_venture_unequal",
                exit__expert="an independent valuer appointed by the ICC International Centre for ADR",
            )
        ),
        "Expert determination.",
    )
    assert "an independent valuer appointed by the ICC International Centre for ADR" in expert


# 6. The suspension of a defaulter's rights ends as the remedy taken provides -------------------


def test_the_suspension_ends_as_the_remedy_drafted_provides() -> None:
    text = text_of(variant("joint_venture_unequal"))
    remedy = line_with(text, "where it is met by subscription for new Shares, by taking up, at the Default Issue Price")
    suspension = line_with(text, "until the defaulting Party has paid the unpaid amount to the Company")
    # the remedy: new Shares for that amount at the Default Issue Price, or a loan to the Company
    assert "new Shares for that amount, or by lending that amount to the Company" in remedy
    # the suspension reads the same two cases, not the defaulter's own Shares taken up
    assert "has taken up the new Shares it was to subscribe for" not in suspension
    assert "or new Shares have been issued to the other Party at the Default Issue Price for the unpaid amount" in (
        suspension
    )
    # a loan made in the defaulter's place ends it only when the defaulter buys that loan
    assert (
        "where the other Party has lent the unpaid amount to the Company in its place, has bought that loan from it "
        "at its principal amount with accrued interest"
    ) in suspension
    assert "provided the unpaid amount as its own shareholder loan" not in text
