"""A consortium's second legal review (Belgian panel, precedent 7), as classes over the
five-party example with and without its grant (and without its Budget):

- one fact, one place: with a Budget the Contributions are resources counted at actual
  (eligible) cost, with no agreed value, no cash row and no second money schedule, and
  the cap carve-out covers sums payable only;
- a Termination article that follows the Grant Agreement, prolonged force majeure and
  the early end of the project;
- the shared clauses do not contradict the consortium ones (surviving licences and access
  rights, Confidential Information needed to exercise them, Budget changes by the
  General Assembly, written resolutions without an excluded Member);
- free-text answers go only where their grammar fits, in the type's defined terms;
- the Coordinator's liability in that role, its veto, publicity, joint ownership,
  indemnity and insurance;
- the review tells a consortium that a joint venture's answers do not belong to it.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from drafting.engine import assemble_agreement
from drafting.engine.wording import defined_terms
from drafting.review.engine import review
from drafting.terms import AgreementTerms
from drafting.validation import parse_terms
from tests.docx_helpers import open_docx

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "consortium_five_party.json"


def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def _variant(name: str) -> AgreementTerms:
    data = copy.deepcopy(_data())
    if name in ("no_grant", "no_budget"):
        data["consortium"]["grant"] = None
    if name == "no_budget":
        data["consortium"]["budget"] = []
    return parse_terms(data)


Draft = tuple[str, list[list[str]], dict[str, str]]


def _text(terms: AgreementTerms) -> Draft:
    """The DOCX's text (spaces normalised), its tables' rows, and each run-in clause's text
    by its title (the first clause of that title), sub-paragraphs included."""
    from drafting.docx_writer import docx_bytes

    word = open_docx(docx_bytes(assemble_agreement(terms)))
    text = " ".join(paragraph.text for paragraph in word.paragraphs)
    rows = [[cell.text.strip() for cell in row.cells] for table in word.tables for row in table.rows]
    clauses: dict[str, str] = {}
    current = ""
    for paragraph in word.paragraphs:
        style = paragraph.style.name if paragraph.style is not None else ""
        runs = paragraph.runs
        if style in ("Article Heading", "Clause Level 1"):
            current = ""
            if style == "Clause Level 1" and runs and runs[0].bold and runs[0].text not in clauses:
                current = runs[0].text
                clauses[current] = paragraph.text.removeprefix(current + ". ")
                continue
        if current:
            clauses[current] += " " + paragraph.text
    squash = {title: re.sub(r"\s+", " ", body.replace("\u00a0", " ")) for title, body in clauses.items()}
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")), rows, squash


@pytest.fixture(scope="module")
def drafts() -> dict[str, Draft]:
    return {name: _text(_variant(name)) for name in ("grant", "no_grant", "no_budget")}


def _clause(draft: Draft, title: str) -> str:
    """The text of the run-in clause with this title."""
    assert title in draft[2], title
    return draft[2][title]


# --- 1. one fact, one place -----------------------------------------------------------
@pytest.mark.parametrize("name", ["grant", "no_grant"])
def test_with_a_budget_contributions_are_resources_without_values(drafts: dict[str, Draft], name: str) -> None:
    draft = drafts[name]
    text, rows, _ = draft
    assert "for all purposes of this Agreement" not in text
    assert "agreed value" not in text.lower()
    assert "having been set by" not in text
    contributions = _clause(draft, "Contributions")
    assert "make available for the Project" in contributions
    assert "sets no value on any Contribution" in contributions
    assert ("eligible under the Grant Agreement" in contributions) is (name == "grant")
    assert ("description of the action annexed" in contributions) is (name == "grant")
    header = next(row for row in rows if "Description" in row and "Kind" in row)
    assert not any("value" in cell.lower() for cell in header)
    schedule_rows = [row for row in rows if len(row) == len(header) and row is not header]
    assert schedule_rows and not any(row[1] == "Cash" for row in schedule_rows)
    assert not any("Effective Date" in cell for row in schedule_rows for cell in row)
    # Money appears once: only the Budget schedule has amounts.
    assert not any(cell.startswith("EUR") for row in schedule_rows for cell in row)
    unlimited = _clause(draft, "Liability that is not limited")
    assert "to pay any sum properly due under this Agreement;" in unlimited
    assert "including the Contributions" not in unlimited
    assert "beyond bearing its own costs under clause" in _clause(draft, "Further funding")


def test_without_a_budget_the_contributions_keep_their_values(drafts: dict[str, Draft]) -> None:
    draft = drafts["no_budget"]
    text = draft[0]
    assert "The Members agree the values of the Contributions" in text
    assert "including any Contribution to be made in cash" in _clause(draft, "Liability that is not limited")


@pytest.mark.parametrize("name", ["grant", "no_grant", "no_budget"])
def test_a_mode_already_in_the_description_is_not_repeated(drafts: dict[str, Draft], name: str) -> None:
    draft = drafts[name]
    text = draft[0]
    assert "Licence of the ELYSTACK stack-design toolchain, by licence" not in text
    assert "Licence of the ELYSTACK stack-design toolchain" in text


# --- 3. termination -------------------------------------------------------------------
def test_termination_follows_the_grant_agreement(drafts: dict[str, Draft]) -> None:
    draft = drafts["grant"]
    grant = _clause(draft, "Grant Agreement")
    assert "If the Grant Agreement is terminated, this Agreement terminates automatically" in grant
    assert "whose participation in the Grant Agreement ends" in grant
    assert "ceases to be a party to this Agreement on the same date" in grant
    force = _clause(draft, "Prolonged force majeure")
    assert "more than ninety (90) days" in force
    assert "reallocate those tasks" in force
    assert "amendment of the Grant Agreement" in force
    assert "participation in this Agreement ends" in force
    early = _clause(draft, "Early end of the Project")
    assert "final report the Grant Agreement requires" in early


@pytest.mark.parametrize("name", ["no_grant", "no_budget"])
def test_termination_without_a_grant(drafts: dict[str, Draft], name: str) -> None:
    draft = drafts[name]
    text = draft[0]
    assert "Grant Agreement" not in text
    assert "Granting Authority" not in text
    assert "reallocate those tasks" in _clause(draft, "Prolonged force majeure")
    assert "because the Members so decide," in _clause(draft, "Early end of the Project")


# --- 4, 5, 14. no contradiction between the shared clauses and the consortium ones ------
@pytest.mark.parametrize("name", ["grant", "no_grant", "no_budget"])
def test_shared_clauses_keep_what_the_consortium_clauses_keep(drafts: dict[str, Draft], name: str) -> None:
    draft = drafts[name]
    licences = _clause(draft, "Licences")
    assert re.search(r"except as provided in clause \d+\.\d+, clause \d+\.\d+ and clause \d+\.\d+", licences)
    # Round 3: the return duty names, by number, the clauses whose rights outlive the Agreement.
    assert re.search(
        r"needs to exercise a licence, access right or right of ownership that continues after that date"
        r" under clause \d+\.\d+",
        _clause(draft, "Return of Confidential Information"),
    )
    written = _clause(draft, "Written decisions")
    assert "other than a Member whose vote on it this Agreement excludes" in written
    variation = _clause(draft, "Variation and waiver")
    # The General Assembly changes the Consortium Plan (and the Budget, where there is one)
    # without a variation signed by every Member.
    assert "A decision of the General Assembly to change the Consortium Plan" in variation
    budget_line = "to change the Consortium Plan or the Budget"
    assert (budget_line in variation) is (name != "no_budget")


# --- 2, 12. answers spliced only where they fit, in the defined terms -----------------
@pytest.mark.parametrize("name", ["grant", "no_grant", "no_budget"])
def test_background_licence_is_for_the_project_only(drafts: dict[str, Draft], name: str) -> None:
    draft = drafts[name]
    licence = _clause(draft, "Licence of Background IP")
    assert "to carry out its tasks in the Project, for the duration of the Project" in licence
    assert "requires access rights under clause" in licence
    assert "fair and reasonable terms to exploit results" not in licence
    assert "royalty-free, to carry out the Project;" not in licence
    assert "may refer them to the Expert" in _clause(draft, "Access Rights")


def test_reserved_matters_use_the_defined_terms(drafts: dict[str, Draft]) -> None:
    draft = drafts["grant"]
    reserved = _clause(draft, "Reserved matters")
    for loose in ("a party's budget", "the coordinator", "the funding body", "grant agreement", "consortium plan"):
        assert loose not in reserved
    assert "replacing the Coordinator" in reserved
    assert "proposals to the Granting Authority to change the Grant Agreement" in reserved
    assert "admission of a new Member" in reserved
    assert "declaring a Member a Defaulting Member" in reserved
    # The Members' tasks are listed in the Responsibilities schedule's table, in the defined terms.
    assert any("act as the single contact with the Granting Authority" in " ".join(row) for row in draft[1])


def test_a_term_is_used_only_where_its_clause_is_drafted(drafts: dict[str, Draft]) -> None:
    draft = drafts["no_grant"]
    reserved = _clause(draft, "Reserved matters")
    assert "Granting Authority" not in reserved
    assert "replacing the Coordinator" in reserved
    vocabulary = (("party", "Member", ""), ("the funder", "the Granting Authority", "grant_agreement.funding"))
    assert (
        defined_terms("ask the funder and each party", vocabulary, lambda _: False) == "ask the funder and each Member"
    )
    assert defined_terms("a counterparty", vocabulary, lambda _: True) == "a counterparty"


@pytest.mark.parametrize("name", ["grant", "no_grant"])
def test_no_undefined_results_or_work_plan(drafts: dict[str, Draft], name: str) -> None:
    draft = drafts[name]
    text = draft[0]
    assert "Work Plan" not in text
    assert "Members' Results" not in text


# --- 7, 9, 11, 13 ---------------------------------------------------------------------
@pytest.mark.parametrize("name", ["grant", "no_grant"])
def test_coordinator_liability_and_veto(drafts: dict[str, Draft], name: str) -> None:
    draft = drafts[name]
    # Under Belgian law the degrees of fault are the profile's (gross fault, intentional fault).
    assert "except for its gross fault (zware fout / faute lourde) or intentional fault" in _clause(
        draft, "Coordinator"
    )
    assert re.search(r"a decision to replace it as Coordinator(,| or)", _clause(draft, "Veto"))


def test_publicity_allows_grant_communication(drafts: dict[str, Draft]) -> None:
    draft = drafts["grant"]
    publicity = _clause(draft, "Publicity")
    assert "the communication, dissemination and visibility the Grant Agreement requires" in publicity
    assert "any disclosure to the Granting Authority" in publicity
    assert "that is a public body is required by law to make" in publicity
    draft = drafts["no_grant"]
    assert re.search(r"does not restrict dissemination under clause \d+ or a disclosure", _clause(draft, "Publicity"))


@pytest.mark.parametrize("name", ["grant", "no_grant"])
def test_joint_ownership_is_drafted_where_each_creator_owns(drafts: dict[str, Draft], name: str) -> None:
    draft = drafts[name]
    joint = _clause(draft, "Jointly owned Foreground IP")
    # Rheinwerk manages only the joint results it co-owns: with five Members, two others may
    # create a result together that is not Rheinwerk's.
    assert "Rheinwerk, where it is one of the joint owners, shall (and otherwise" in joint
    assert "prepare, file, prosecute and maintain" in joint
    assert "Rheinwerk, where it is one of the joint owners, has the first right" in joint
    assert "within six (6) months" in joint
    assert "assumes the access rights" in joint
    assert ("right under the Grant Agreement to object" in joint) is (name == "grant")


@pytest.mark.parametrize("name", ["grant", "no_grant"])
def test_indemnity_and_insurance(drafts: dict[str, Draft], name: str) -> None:
    draft = drafts[name]
    indemnity = _clause(draft, "Indemnity")
    assert "damage to property" not in indemnity
    assert "breach of any law" not in indemnity
    assert "death or personal injury" in indemnity
    assert "self-insurance" in _clause(draft, "Insurance")


def test_a_member_charged_with_publishing_may_publish(drafts: dict[str, Draft]) -> None:
    draft = drafts["grant"]
    text = draft[0]
    assert re.search(r"and any other Foreground IP that clause \d+\.\d+ or the Grant Agreement charges it", text)


# --- review ---------------------------------------------------------------------------
def test_review_says_joint_venture_answers_do_not_belong_to_a_consortium() -> None:
    # A missed funding call given as an exit event (a joint-venture answer).
    data = _variant("grant").model_dump(mode="json")
    data["exit"]["triggers"] = [*data["exit"]["triggers"], "funding_default"]
    terms = AgreementTerms.model_validate(data)
    findings = [f for f in review(terms) if f.rule_id == "consistency.answer-not-drafted"]
    assert findings
    finding = findings[0]
    assert "capital calls" not in finding.fix
    assert "does not belong to a consortium agreement" in finding.fix
    assert "does not contain it:" in finding.message


def test_funding_states_each_members_own_rate(drafts: dict[str, Draft]) -> None:
    funding = _clause(drafts["grant"], "Funding")
    assert "seventy per cent (70%) of the eligible costs of each Member" in funding
    assert "(or, for INMA, one hundred per cent (100%))" in funding
    assert "up to the maximum grant of each Member in the Budget" in funding
    assert "except where the Budget sets another maximum grant" not in funding


@pytest.mark.parametrize("name", ["grant", "no_grant"])
def test_project_assets_have_an_owner_and_an_end(drafts: dict[str, Draft], name: str) -> None:
    assets = _clause(drafts[name], "Project assets")
    assert "including any pilot or demonstration installation" in assets
    assert "decommissioning or continued use" in assets
    assert "on the site of another Member, the two shall agree in writing its ownership" in assets
    assert ("as far as the Grant Agreement allows" in assets) is (name == "grant")


def test_cash_alone_leaves_no_contributions_schedule_beside_a_budget() -> None:
    data = copy.deepcopy(_data())
    data["contributions"] = [item for item in data["contributions"] if item["kind"] == "cash"]
    draft = _text(parse_terms(data))
    assert "Contributions" not in draft[2]
    assert "Schedule 1 — Contributions" not in draft[0]
    assert "Schedule 1 — Budget" in draft[0]
