"""An equity alliance whose investee is a US LLC (the Delaware panel's issues 10 and 11),
fixed as classes: the investee's company-law words come from its legal form and law
(``clause_templates/company/forms.toml``) for every form, not only the LLC; a US profile
drafts a conspicuous jury waiver whenever it is asked for, also with arbitration; the
tag-along the investee procures is a Condition, and the competitor ban lets it work. The
regression fixture is the panel's scenario (tests/scenarios/us_de_equity_llc.json)."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import pytest

from drafting.document import (
    AgreementDocument,
    Table,
)
from drafting.engine import assemble_agreement
from drafting.engine.company_forms import load_forms
from drafting.engine.investee import investee_words
from drafting.law import NEUTRAL, all_profiles, profile
from drafting.terms import AgreementTerms
from tests.drafts import clause_number as _number
from tests.drafts import clause_text as _clause
from tests.drafts import text_of as _text

ROOT = Path(__file__).resolve().parent.parent
SCENARIO = ROOT / "tests" / "scenarios" / "us_de_equity_llc.json"
EXAMPLES = ("equity_alliance", "equity_tranches")
US_PROFILES = [p.id for p in all_profiles() if p.id.startswith("us_")]
#: Where a company formed under each profile's law sits (neutral: a law with no profile).
SEAT = {p.id: p.label for p in all_profiles()} | {NEUTRAL: "Luxembourg", "": "Luxembourg"}
#: Every form of forms.toml with a legal-name ending, under its own words ("") and under
#: each law that refines it.
FORM_CASES = sorted(
    (form.value, law_id) for (form, law_id), words in load_forms().items() if load_forms()[form, ""].suffixes
)


def _data(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _render(data: dict[str, Any]) -> tuple[AgreementTerms, AgreementDocument]:
    terms = AgreementTerms.from_json(json.dumps(data))
    return terms, assemble_agreement(terms)


@functools.cache
def scenario() -> tuple[AgreementTerms, AgreementDocument]:
    return _render(_data(SCENARIO))


@functools.cache
def form_draft(form: str, law_id: str) -> tuple[AgreementTerms, str]:
    """The equity example with an investee of ``form`` formed under ``law_id``."""
    data = _data(ROOT / "examples" / "equity_alliance.json")
    suffix = load_forms()[next(f for f, _ in load_forms() if f.value == form), ""].suffixes[0]
    investee = data["equity"]["investee"]
    for party in data["parties"]:
        if party["short_name"] == investee:
            party["legal_name"] = f"Acme {suffix}"
            party["jurisdiction"] = SEAT[law_id]
    law = law_id or NEUTRAL
    data["governing_law"] = {"profile": law, "other": "Luxembourg" if law == NEUTRAL else ""}
    terms, document = _render(data)
    return terms, _text(document)


# --- issue 2: the investee's company-law words, for every form -------------------------

#: Words of a share company's (or the French) law that never describe an LLC or an LLP.
NOT_FOR_UNITS = (
    "dividend",
    "demerge",
    "securities giving access to its capital",
    "preferential subscription",
    "competent corporate bodies",
    "constitutional documents state",
    "register of members",
    "Shareholder",
)


@pytest.mark.parametrize(("form", "law_id"), FORM_CASES)
def test_the_investment_clauses_speak_the_investees_form(form: str, law_id: str) -> None:
    terms, text = form_draft(form, law_id)
    words = investee_words(terms, profile(terms.governing_law.profile).spelling)
    assert words is not None
    assert words.pre_emption_waiver and words.pre_emption_waiver in text
    assert words.access_securities in text
    assert f"papers provided to the {words.body_members} at the same time" in text
    assert "corporate officers" not in text
    assert "corporate approvals" not in text
    if words.stake != "Shares":
        for phrase in NOT_FOR_UNITS:
            assert phrase.lower() not in text.lower(), f"{phrase!r} describes a {form} under {law_id or 'no law'}"
        assert f"as to {words.distributions}, voting" in text


def test_a_delaware_llc_admits_the_investor_under_its_llc_agreement() -> None:
    _, document = scenario()
    completion = _clause(document, "investment.completion")
    assert "amended and restated limited liability company agreement" in completion
    assert "admitting Brightwater as a member" in completion
    assert "6 Del. C. § 18-301" in completion
    assert "schedule of members" in completion
    consent = _clause(document, "investment.consent")
    assert "merge, consolidate, divide or convert into another form of entity" in consent
    assert "any of its managers or officers" in consent
    assert "as to distributions, voting" in consent
    pre_emption = _clause(document, "investment.pre_emption")
    assert "preemptive rights of the other members under its limited liability company agreement" in pre_emption
    assert "papers provided to the managers" in _clause(document, "investment.board")


# --- issue 7: the jury waiver, for every US profile -------------------------------------


@pytest.mark.parametrize("law_id", US_PROFILES)
@pytest.mark.parametrize("forum", ["arbitration", "courts"])
def test_a_us_jury_waiver_is_drafted_whenever_asked(law_id: str, forum: str) -> None:
    data = _data(SCENARIO)
    data["governing_law"] = {"profile": law_id, "other": ""}
    if forum == "courts":
        data["disputes"] |= {"forum": "courts", "arbitration": None, "courts": {"courts": "", "exclusive": True}}
    _, document = _render(data)
    waiver = _clause(document, "disputes.jury_waiver")
    if profile(law_id).clause("jury_waiver"):
        assert "WAIVES" in waiver and "TRIAL BY JURY" in waiver
    else:
        # California does not enforce a pre-dispute waiver: none is printed.
        assert not re.search(r"\bjury\b", _text(document), re.IGNORECASE)
    data["disputes"]["jury_waiver"] = False
    _, without = _render(data)
    assert _clause(without, "disputes.jury_waiver") == ""


# --- issues 8 and 9: the tag-along is a Condition, and the competitor ban lets it work ----


@pytest.mark.parametrize("example", EXAMPLES)
def test_the_tag_along_is_secured_as_a_condition(example: str) -> None:
    for terms, document in (_render(_data(ROOT / "examples" / f"{example}.json")), scenario()):
        if not _clause(document, "investor_transfer.tag_along"):
            continue
        founders = [p for p in terms.parties if p.short_name not in {terms.equity.investor, terms.equity.investee}]  # type: ignore[union-attr]
        conditions = _clause(document, "investment.conditions")
        tag = _clause(document, "investor_transfer.tag_along")
        if not founders:
            assert "to give" in conditions and "the right set out in" in conditions
            assert "shall propose to its" not in tag
            assert "requires at Completion" in tag or "requires at Closing" in tag
        competitors = _clause(document, "investor_transfer.competitors")
        if competitors:
            tag_number = re.escape(_number(document, "investor_transfer.tag_along"))
            assert re.search(rf"except under \w+ {tag_number}\b", competitors)


# --- issues 4, 11, 12, 14 and 20: the governing law's practice, as profile data ----------

PROFILES = [p.id for p in all_profiles()]


@functools.cache
def under(law_id: str) -> AgreementDocument:
    """The equity example under the law of ``law_id``."""
    data = _data(ROOT / "examples" / "equity_alliance.json")
    data["governing_law"] = {"profile": law_id, "other": "Luxembourg" if law_id == NEUTRAL else ""}
    return _render(data)[1]


@pytest.mark.parametrize("law_id", PROFILES)
def test_the_listing_that_ends_the_investors_rights_is_the_laws_own(law_id: str) -> None:
    fall_away = _clause(under(law_id), "investment.fall_away")
    if profile(law_id).clause("listing_event"):
        assert "regulated market" not in fall_away and "multilateral trading facility" not in fall_away
        assert "firm-commitment underwritten public offering" in fall_away
    else:
        assert "regulated market or multilateral trading facility" in fall_away


@pytest.mark.parametrize("law_id", PROFILES)
def test_warranty_practice_and_entity_status_follow_the_law(law_id: str) -> None:
    document = under(law_id)
    chosen = profile(law_id)
    warranties = _clause(document, "investment.warranties")
    mutual = _clause(document, "liability.warranties")
    verb = chosen.word("warrants") or "warrants"
    assert f"Optimum Vision {verb} to Brightwater" in warranties
    disclosure = chosen.word("disclosure") or "Disclosure Letter"
    assert f"(the \u201c{disclosure}\u201d)" in warranties
    if chosen.word("disclosure"):
        assert "Disclosure Letter" not in _text(document) and "fairly disclosed" not in warranties
    if chosen.clause("entity_status"):
        assert "in good standing" in mutual and "duly incorporated or established" not in mutual
    else:
        assert "duly incorporated or established" in mutual
    securities = "\u201caccredited investor\u201d within the meaning of Rule 501(a) of Regulation D"
    assert (securities in warranties) == bool(chosen.clause("investor_securities"))
    # Diminution in value is the loss a warranty breach causes: the exclusion of lost profit
    # never reaches a warranty claim, under any law.
    excluded = _clause(document, "liability.excluded_losses")
    number = re.escape(_number(document, "investment.warranties"))
    assert re.search(rf"does not apply to the liability of a Party for a breach of \w+ {number}\b", excluded)


@pytest.mark.parametrize("law_id", [*US_PROFILES, "ew", "de"])
def test_no_express_good_faith_duty_where_the_law_implies_only_a_narrow_one(law_id: str) -> None:
    # Round 3: the collaboration's general obligations live in the Commercial Agreement, so the
    # investment agreement states no duty of good faith of its own under any law.
    assert _clause(under(law_id), "scope.general_obligations") == ""


# --- issues 5 and 17: assumed figures bracketed; a US company described by its state --------


def test_an_assumed_capitalisation_is_not_counted_but_left_to_the_disclosure() -> None:
    terms, document = scenario()
    assert terms.equity is not None and terms.equity.shares_before is None
    schedule = next(s for s in document.schedules if s.id == "schedule.shares")
    table = next(item for item in schedule.blocks if isinstance(item, Table) and item.id == "table.capitalisation")
    assert table.caption == "Capitalization table"  # the US spelling of the caption
    cells = [cell for row in (*table.rows, table.total_row or ()) for cell in row]
    assert "100%" in cells and not any("[" in cell or "880,000" in cell for cell in cells)
    assert "120,000 (12%)" in cells
    lines = _text(document)
    assert "are as set out in the Disclosure Schedule; Lakeshore represents and warrants that" in lines
    data = _data(SCENARIO)
    data["equity"]["shares_before"] = "880000"
    _, given = _render(data)
    assert "880,000 (100%)" in _text(given) and "are as set out in the Disclosure Schedule;" not in _text(given)


def test_a_us_company_is_described_by_its_state() -> None:
    _, document = scenario()
    descriptions = [block.description for block in document.parties]
    # Named by its state alone, without the state file number (tests/test_licensing_round3.py).
    assert descriptions[0].startswith("a Delaware corporation, ") and "file number" not in descriptions[0]
    assert descriptions[1].startswith("a Delaware limited liability company, ") and "registered" not in descriptions[1]
    assert not any("incorporated under the laws of" in text for text in descriptions)
    data = _data(SCENARIO)
    data["parties"][0]["jurisdiction"] = "United States"
    _, country_only = _render(data)
    assert country_only.parties[0].description.startswith("a company incorporated under the laws of")


def test_the_figures_to_confirm_name_only_the_missing_figures() -> None:
    from drafting.review import review

    terms, _ = scenario()
    findings = [f for f in review(terms) if f.rule_id == "equity.figures-to-confirm"]
    assert findings
    assert "founders' cap" not in findings[0].fix
    assert "the Membership Interests in issue before Closing" in findings[0].fix


# --- issue 3: an investee taxed as a partnership; issues 16 and 19 --------------------------


@pytest.mark.parametrize(("form", "law_id"), FORM_CASES)
def test_tax_points_are_drafted_only_for_an_investee_taxed_as_a_partnership(form: str, law_id: str) -> None:
    terms, text = form_draft(form, law_id)
    words = investee_words(terms)
    assert words is not None
    partnership = form == "llc" and law_id.startswith("us_")
    assert bool(words.tax_clause) == partnership
    assert ("Schedule K-1" in text) == partnership
    assert ("section 6223 of the Internal Revenue Code" in text) == partnership


def test_the_delaware_llc_gets_tax_distributions_k1_and_a_classification_veto() -> None:
    _, document = scenario()
    tax = _clause(document, "investment.tax")
    assert "its treatment as a partnership for United States federal income tax purposes" in tax
    assert "Schedule K-1" in tax and "partnership representative under section 6223" in tax
    assert "shall distribute to its members" in tax
    assert "without the prior written consent of Brightwater" in tax


def test_us_drafting_idiom_and_notes_that_speak_to_the_deal() -> None:
    _, document = scenario()
    text = _text(document)
    for british in ("procure", "cleared funds", "turnover", "transfer, charge", "financial year"):
        assert british not in text, british
    notes = " ".join(clause.note.text for clause in document.iter_clauses() if clause.note)
    assert "de minimiz" not in text + notes
    assert "restated" not in notes and "A competitor investor" not in notes
    assert "material influence" not in notes and "Hart-Scott-Rodino" in notes


@pytest.mark.parametrize("law_id", PROFILES)
def test_the_uncapped_indemnity_does_not_reach_every_breach_of_law(law_id: str) -> None:
    indemnity = _clause(under(law_id), "liability.indemnity")
    assert "breach of any law" not in indemnity
    assert "violation of any law" not in indemnity
    # Beyond deliberate conduct, only the named compliance clauses fall outside the cap.
    if "breach of" in indemnity:
        assert "(anti-bribery" in indemnity or "(sanctions" in indemnity or "(data protection)" in indemnity


# --- issue 13: one milestone is a sentence; the licence back reads as a limit -------------


def test_a_single_milestone_is_a_sentence_and_the_licence_back_a_limit() -> None:
    _, document = scenario()
    # Round 3: the milestone is one of the undertakings the agreed-form Commercial Agreement
    # must contain (a Condition), not a second promise in this Agreement.
    milestones = _clause(document, "commercial.rights")
    assert "the undertaking of Lakeshore to use all reasonable efforts" in milestones
    assert "to achieve Integrated Product release 1.0 by September 30, 2027." in milestones
    licence_back = _clause(document, "ip.licence_back")
    assert "within the following field of use" not in licence_back
    assert "solely in connection with the Integrated Product" in licence_back
    data = _data(SCENARIO)
    data["scope"]["milestones"].append({"description": "Joint launch", "due": "2027-10-31", "owner": "Brightwater"})
    _, two = _render(data)
    assert "the undertaking of Brightwater to use all reasonable efforts to achieve joint launch" in _clause(
        two, "commercial.rights"
    )


@pytest.mark.parametrize("example", EXAMPLES)
def test_the_subscription_states_the_number_the_price_gives(example: str) -> None:
    _, document = _render(_data(ROOT / "examples" / f"{example}.json"))
    assert "shall issue to it 120,000 ordinary shares" in _clause(document, "investment.subscription")
    assert "shall issue to it 120,000 Membership Interests in Lakeshore" in _clause(
        scenario()[1], "investment.subscription"
    )


def test_an_llcs_new_units_are_validly_issued_with_no_further_contribution_due() -> None:
    subscription = _clause(scenario()[1], "investment.subscription")
    assert (
        "Lakeshore represents and warrants that the Investor Membership Interests shall on their issue be"
        in subscription
    )
    # Round 3: under Delaware law, the US formula with the LLC Act's exceptions.
    assert "validly issued, fully paid and, except as affected by 6 Del. C. §§ 18-607 and 18-804" in subscription


def test_a_registered_agents_address_is_raised_not_drafted_as_a_head_office() -> None:
    from drafting.review import review

    terms, _ = scenario()
    found = [f for f in review(terms) if f.rule_id == "parties.registered-agent-address"]
    assert [f.path for f in found] == ["parties[0].address"]
    assert "The Corporation Trust Company" in found[0].message
