"""Joint venture (new company) precedent depth, checked on the rendered text of every
joint venture example and of variants that move the Company to each legal form the forms
data refines (precedent 1 of the precedents reference):

1. the contributing party warrants title, condition and the figures its contribution in
   kind was valued on, with a cash adjustment for a shortfall at the valuation's unit rate;
2. covenants on the contributed assets until Completion, and Completion steps in order;
3. Reserved Matters split into Shareholder and Board matters by the Company's own law
   (``company/forms.toml``: a sp. z o.o.'s objects are in its articles, an English
   company's are not);
4. the chief executive and finance officers: who nominates, which organ appoints;
5. the Business Plan and budget carry on, indexed, while a deadlock runs;
6. a put/call race between unequal holders: the smaller never buys out the larger, and
   conflicting notices have a rule;
7. "Business Plan", "Ancillary Agreements" and "agreed form" defined, the agreed-form
   documents listed, and their precedence below this Agreement;
8. milestones the user answers drafted as obligations.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafting.engine.company_forms import load_forms
from drafting.engine.legal_system import profile
from tests.drafts import document_of as _document
from tests.drafts import example_data as _data
from tests.drafts import example_text as _example_text
from tests.drafts import terms_of as _terms
from tests.drafts import text_of as _text

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
UNEQUAL, EQUAL = "joint_venture_unequal", "joint_venture_50_50"
NEW_COMPANY = (UNEQUAL, EQUAL)


def _clause(text: str, title: str) -> str:
    """The lines of the clause with this title, up to the next titled clause or article."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{title}. "))
    end = start + 1
    while end < len(lines) and not re.match(r"^[A-Z][\w ,'()-]{2,60}\. ", lines[end]) and " " in lines[end]:
        end += 1
    return "\n".join(lines[start:end])


# --- 1. warranties on contributions in kind ---------------------------------------------


@pytest.mark.parametrize("name", NEW_COMPANY)
def test_every_contribution_in_kind_is_warranted_for_title_and_condition(name: str) -> None:
    text = _example_text(name)
    clause = _clause(text, "Warranties on the Contributions in kind")
    assert "sole legal and beneficial owner" in clause
    assert "free from any charge, option, lien or other encumbrance" in clause
    # round 3: the repair warranty only where a tangible asset is contributed (the 50/50 line)
    assert ("in good repair and condition" in clause) == (name != "joint_venture_unequal")
    assert "valid, binding and in full force and effect" in clause
    assert "gives the warranties in clause" in _clause(text, "Contributions in kind")


def test_a_warranted_capacity_is_priced_per_unit_of_shortfall() -> None:
    clause = _clause(_example_text(UNEQUAL), "Warranties on the Contributions in kind")
    assert "comprises not less than 300 MW" in clause
    assert "is less than 300 MW, Vistula shall pay to the Company in cash" in clause
    assert "PLN 60,000 for each MW of the shortfall" in clause
    assert "without any change to the Shares issued for it" in clause


def test_without_a_unit_rate_the_shortfall_is_recomputed_on_the_valuation() -> None:
    clause = _clause(_example_text(EQUAL), "Warranties on the Contributions in kind")
    assert "for each" not in clause
    assert "recomputed on the same basis with the true figure" in clause
    # A licence of software brings the IP non-infringement warranty, to knowledge only.
    assert "so far as it is aware, the use in the Business of the Intellectual Property Rights" in clause


# --- 2. conduct before Completion and the order of Completion ---------------------------


@pytest.mark.parametrize("name", NEW_COMPANY)
def test_the_contributor_keeps_its_assets_until_completion(name: str) -> None:
    clause = _clause(_example_text(name), "Conduct before Completion")
    assert "From the Effective Date until Completion" in clause
    assert "not sell, transfer, license, charge or otherwise encumber it" in clause
    assert "in the ordinary course" in clause
    assert "before a clearance required under clause" in clause


@pytest.mark.parametrize("name", NEW_COMPANY)
def test_completion_steps_run_in_order(name: str) -> None:
    clause = _clause(_example_text(name), "Completion")
    steps = [
        "in the order in which they are listed",
        "are adopted;",
        "pays its cash Contributions",
        "are issued as set out in Schedule",
        "the auditors and the signatories of the Company's bank mandate are appointed",
        "the Ancillary Agreements are signed",
        "by which it accedes to this Agreement",
        "The steps of Completion are interdependent",
    ]
    if "the first stage of the establishment" in clause:
        # round 3: a company that exists only on registration (the sp. z o.o.) takes up its
        # shares in the notarial articles and accedes after registration (clause "Registration")
        steps = [
            "in the order in which they are listed",
            "are executed by the Parties in notarial form",
            "takes up in them the Shares set out against its name in Schedule",
            "pays its cash Contributions",
            "the auditors and the signatories of the Company's bank mandate are appointed",
            "the Ancillary Agreements are signed",
            "The steps of Completion are interdependent",
        ]
    positions = [clause.index(step) for step in steps]
    assert positions == sorted(positions)


# --- 3. reserved matters split by the Company's own law ---------------------------------


def _reserved(text: str) -> tuple[str, str]:
    clause = _clause(text, "Reserved matters")
    holders, _, board = clause.partition("as matters for the Board")
    return holders, board


@pytest.mark.parametrize("name", NEW_COMPANY)
def test_reserved_matters_are_split_between_shareholders_and_board(name: str) -> None:
    holders, board = _reserved(_example_text(name))
    assert "as matters for the shareholders, by resolution of its" in holders
    for matter in ("amending the articles of association", "issuing shares", "declaring dividends", "winding up"):
        assert matter in holders, matter
    for matter in ("borrowing above", "annual budget and business plan", "disposing of assets"):
        assert matter in board, matter


def test_the_split_follows_the_company_law() -> None:
    # A sp. z o.o.'s objects are stated in its articles (umowa spółki): a change of business
    # is a shareholders' resolution; an English company's is a board matter by contract.
    polish_holders, _ = _reserved(_example_text(UNEQUAL))
    assert "by resolution of its shareholders' meeting (zgromadzenie wspólników)" in polish_holders
    assert "changing the nature of the Business" in polish_holders
    _, english_board = _reserved(_example_text(EQUAL))
    assert "changing the nature of the Business" in english_board


@pytest.mark.parametrize("form", sorted({form.value for form, _ in load_forms()}))
def test_every_form_splits_its_reserved_matters(form: str) -> None:
    data = _data(UNEQUAL)
    data["joint_venture"]["form"] = form
    text = _text(_terms(data))
    holders, board = _reserved(text)
    assert "amending the articles of association" in holders
    assert "winding up the Company" in holders
    assert "borrowing above" in board


# --- 4. chief executive and finance officers --------------------------------------------


def test_the_larger_holder_nominates_the_chief_executive_in_the_company_law_words() -> None:
    clause = _clause(_example_text(UNEQUAL), "Chief executive and finance officers")
    # round 3: a zarząd's officers are members of the Board, appointed by the same notice
    assert "Lumen shall designate one of the members of the management board it appoints under clause" in clause
    assert "as the president of the management board (prezes zarządu) of the Company" in clause
    assert (
        "and Vistula one of those it appoints as the member of the management board responsible for finance" in clause
    )
    assert "by resolution of the shareholders' meeting (zgromadzenie wspólników)" in clause
    assert "neither Party may remove or change the office of a member of the management board designated" in clause


def test_at_equal_holdings_the_chief_executive_is_not_the_chairs() -> None:
    data = _data(EQUAL)
    first, second = (party["short_name"] for party in data["parties"])
    data["governance"]["chair"] = "party"
    data["governance"]["chair_party"] = first
    clause = _clause(_text(_terms(data)), "Chief executive and finance officers")
    assert f"chief executive officer of the Company shall be nominated by {second}" in clause
    assert f"chief financial officer by {first}" in clause
    assert "appointed, and may be removed, by the Board" in clause


# --- 5. the business carries on during a deadlock ---------------------------------------


@pytest.mark.parametrize("name", NEW_COMPANY)
def test_the_last_budget_rolls_forward_indexed_during_a_deadlock(name: str) -> None:
    text = _example_text(name)
    clause = _clause(text, "The Business during a Deadlock")
    assert "in accordance with the Business Plan last approved" in clause
    assert "the budget for the previous financial year applies to it" in clause
    assert "consumer prices index" in clause
    # Said once: the definition no longer carries its own budget sentence.
    assert text.count("consumer prices index") == 1


# --- 6. the put/call race ----------------------------------------------------------------


def test_unequal_holders_race_has_a_rule_and_the_smaller_never_buys_the_larger() -> None:
    clause = _clause(_example_text(UNEQUAL), "Unresolved Deadlock")
    assert "first served prevails" not in clause
    assert "may give a put notice only to a Party whose holding of Shares is larger than its own" in clause
    assert "take effect as one" in clause
    assert "the call notice of the Party with the larger holding of Shares prevails" in clause


def test_equal_holders_put_and_call_keep_both_rights() -> None:
    data = _data(EQUAL)
    data["governance"]["deadlock"]["terminal"] = "put_call_fmv"
    clause = _clause(_text(_terms(data)), "Unresolved Deadlock")
    assert "may give a put notice only" not in clause
    assert "the notice first given prevails" in clause
    assert "notices given on the same Business Day that conflict have no effect" in clause


# --- 7. Business Plan, Ancillary Agreements and precedence ------------------------------


@pytest.mark.parametrize("name", NEW_COMPANY)
def test_business_plan_and_ancillary_agreements_are_defined_and_listed(name: str) -> None:
    text = _example_text(name)
    data = _data(name)
    defined = (
        "“Ancillary Agreements” means the agreements listed in clause",
        "“Business Plan” means",
        "“agreed form” means",
    )
    for term in defined:
        assert term in text, term
    listed = _clause(text, "Ancillary Agreements")
    for item in data["contributions"]:
        if item["kind"] != "cash":
            assert f"by which {item['party']} makes its Contribution in kind to the Company" in listed
    assert "licence agreement by which each Party that owns Background IP" in listed
    assert "each services agreement and each supply agreement" in listed
    precedence = _clause(text, "Order of precedence")
    assert "if it conflicts with this Agreement, this Agreement prevails as between the Parties" in precedence


# --- 8. milestones as obligations --------------------------------------------------------


def test_jv_milestones_are_obligations() -> None:
    data = _data(UNEQUAL)
    data["scope"]["milestones"] = [
        {"description": "Grid connection of the first 100 MW", "due": "2028-06-30", "owner": "Vistula"},
        {"description": "Financial close for the first phase", "due": "2028-03-31", "owner": "Lumen"},
    ]
    clause = _clause(_text(_terms(data)), "Milestones")
    assert "shall exercise their votes and their other rights in relation to the Company" in clause
    assert "to procure that the following milestones are achieved by the dates stated" in clause
    assert "Grid connection of the first 100 MW (Vistula), by 30 June 2028" in clause
    assert "shall notify the other Party promptly" in clause


# --- every variant: the notes stay few and no other system's statute appears -------------


@pytest.mark.parametrize("name", [*NEW_COMPANY, "professionals_company"])
def test_notes_stay_within_bounds(name: str) -> None:
    document = _document(_terms(_data(name)))
    notes = [clause for clause in document.iter_clauses() if clause.note is not None]
    assert 5 <= len(notes) <= 15


@pytest.mark.parametrize("name", NEW_COMPANY)
def test_the_governing_law_deny_list_stays_clean(name: str) -> None:
    data = _data(name)
    chosen = profile(data["governing_law"]["profile"])
    text = _example_text(name)
    hits = [phrase for phrase in chosen.deny_phrases if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.I)]
    hits += [pattern for pattern in chosen.deny_patterns if re.search(pattern, text)]
    assert not hits


@pytest.mark.parametrize("name", NEW_COMPANY)
def test_an_exit_event_call_prevails_over_a_deadlock_notice(name: str) -> None:
    clause = _clause(_example_text(name), "Exit option")
    assert "A notice given under this clause prevails over any notice given under clause 6.5" in clause
    assert "that Party may not give notice under clause 6.5" in clause


def test_a_gmbh_takes_its_own_officers_and_appointing_organ() -> None:
    data = _data(UNEQUAL)
    data["joint_venture"].update(name="Baltic Sun Projects GmbH", jurisdiction="Germany", form="gmbh")
    text = _text(_terms(data))
    clause = _clause(text, "Chief executive and finance officers")
    assert "managing director (Geschäftsführer) acting as chief executive officer of the Company" in clause
    assert "by resolution of the shareholders' meeting (Gesellschafterversammlung)" in clause
    holders, _ = _reserved(text)
    assert "by resolution of its shareholders' meeting (Gesellschafterversammlung)" in holders


def test_a_shortfall_payment_leaves_shares_alone_only_where_shares_were_issued_for_it() -> None:
    assert "without any change to the Shares" not in _clause(
        _example_text(EQUAL), "Warranties on the Contributions in kind"
    )
