"""Round-2 fixes to the equity alliance (precedent 2) after a Delaware panel's reading:
agreed-form documents listed with a placeholder until attached, assumed capitalisation
figures raised as a warning, and the other classes of defect, each checked in the rendered
text under several laws and investee forms."""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

import pytest

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from drafting.review import review
from drafting.terms import AgreementTerms

ROOT = Path(__file__).resolve().parent.parent
LLC = ROOT / "tests" / "scenarios" / "us_de_equity_llc.json"
EXAMPLE = ROOT / "examples" / "equity_alliance.json"
PLACEHOLDER = "[to be agreed and attached before signing]"


@functools.cache
def _raw(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _data(path: Path = LLC, law: str | None = None, investee_type: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = copy.deepcopy(json.loads(_raw(path)))
    if law is not None:
        data["governing_law"]["profile"] = law
    if investee_type is not None:
        investee = data["equity"]["investee"]
        for party in data["parties"]:
            if party["short_name"] == investee:
                party["entity_type"] = investee_type
                # The suffix of the legal name also shows the form ("... LLC"): follow the type.
                suffix = {"llc": "LLC", "corporation": "Inc."}[investee_type]
                party["legal_name"] = party["legal_name"].rsplit(" ", 1)[0] + " " + suffix
    return data


@functools.cache
def _text_of(path: Path = LLC, law: str | None = None, investee_type: str | None = None) -> str:
    terms = AgreementTerms.model_validate(_data(path, law, investee_type))
    return "\n".join(body_text_lines(assemble_agreement(terms)))


def _findings(path: Path = LLC, law: str | None = None) -> dict[str, Any]:
    terms = AgreementTerms.model_validate(_data(path, law))
    return {found.rule_id: found for found in review(terms)}


# --- (1) agreed-form documents ---------------------------------------------------------


@pytest.mark.parametrize(("path", "law"), [(LLC, None), (LLC, "us_ny"), (EXAMPLE, None), (EXAMPLE, "de")])
def test_agreed_forms_carry_a_placeholder_and_are_not_said_to_be_attached(path: Path, law: str | None) -> None:
    text = _text_of(path, law)
    assert PLACEHOLDER in text
    assert "is attached to this Schedule" not in text
    assert "are attached to this Schedule" not in text
    found = _findings(path, law)["agreed-forms.not-attached"]
    assert found.severity.value == "warning"
    assert "Condition" in found.message


def test_the_joint_venture_ancillary_agreements_carry_the_placeholder_and_the_warning() -> None:
    path = ROOT / "examples" / "joint_venture_50_50.json"
    terms = AgreementTerms.model_validate(json.loads(_raw(path)))
    text = "\n".join(body_text_lines(assemble_agreement(terms)))
    assert PLACEHOLDER in text
    assert "agreed-forms.not-attached" in {found.rule_id for found in review(terms)}


# --- (7) assumed capitalisation figures --------------------------------------------------


def test_an_assumed_capitalisation_is_a_warning_naming_the_warranty_and_schedule() -> None:
    found = _findings()["equity.figures-to-confirm"]
    assert found.severity.value == "warning"
    assert {"Section 2.1", "Schedule 1"} <= set(found.clauses)
    assert any(label.startswith("Section 2.5(") for label in found.clauses)
    # A US review prints the date in the law's style.
    assert "May 15, 2027" in found.message


# --- (2) no-partnership clause vs an investee taxed as a partnership ---------------------


# The investee is a Delaware LLC whatever law governs the agreement: its tax treatment follows it.
@pytest.mark.parametrize("law", ["us_de", "us_ny", "us_ca", "de"])
def test_a_us_llc_investee_excepts_the_membership_and_its_tax_treatment(law: str) -> None:
    text = _text_of(LLC, law, "llc")
    assert (
        "Except for Brightwater's membership in Lakeshore under its limited liability company agreement and "
        "the treatment of Lakeshore as a partnership for United States federal, state and local income tax "
        "purposes, nothing in this Agreement"
    ) in text


@pytest.mark.parametrize(
    ("law", "investee_type"), [("us_de", "corporation"), ("ew", "corporation"), ("de", "corporation")]
)
def test_a_company_investee_keeps_the_plain_denial(law: str, investee_type: str) -> None:
    text = _text_of(LLC, law, investee_type)
    assert "Nothing in this Agreement or in any arrangement contemplated by it creates a" in text
    assert "as a partnership for United States" not in text


# --- (3) Transaction Documents, entire agreement, precedence -----------------------------


@pytest.mark.parametrize(("path", "law"), [(LLC, None), (LLC, "us_ny"), (EXAMPLE, None), (EXAMPLE, "ew")])
def test_the_transaction_documents_are_one_bargain_and_the_constitution_conforms(path: Path, law: str | None) -> None:
    text = _text_of(path, law)
    assert "“Transaction Documents” means this Agreement, the Commercial Agreement, the " in text
    assert "This Agreement and the other Transaction Documents constitute the entire agreement" in text
    if path == LLC or law == "ew":
        # Common-law profiles: the non-reliance statement reaches every Transaction Document
        # (civil-law profiles state instead that there are no side agreements).
        assert "set out in the Transaction Documents" in text
    assert "this Agreement prevails as between the Parties" in text
    assert "gives effect to the rights and restrictions under" in text
    assert "<ref" not in text


def test_other_types_keep_their_entire_agreement_clause() -> None:
    path = ROOT / "examples" / "joint_venture_50_50.json"
    terms = AgreementTerms.model_validate(json.loads(_raw(path)))
    text = "\n".join(body_text_lines(assemble_agreement(terms)))
    assert "This Agreement constitutes the entire agreement" in text
    assert "Transaction Documents" not in text


# --- (4) the collaboration starts at Closing ------------------------------------------------


@pytest.mark.parametrize(
    ("path", "law", "start"),
    [
        (LLC, None, "begins at Closing and continues for as long as the Commercial Agreement is in force"),
        (LLC, "ew", "begins at Completion and continues for as long as the Commercial Agreement is in force"),
        (EXAMPLE, None, "begins at Completion and continues for as long as the Commercial Agreement is in force"),
        (
            ROOT / "examples" / "equity_tranches.json",
            None,
            "begins at the first Completion and continues for as long as the Commercial Agreement is in force",
        ),
    ],
)
def test_the_collaboration_obligations_start_at_closing(path: Path, law: str | None, start: str) -> None:
    text = _text_of(path, law)
    assert start in text
    # Round 3: a clean term clause starting at Closing, not a patch on a term of its own.
    assert "is counted from" not in text


# --- (8) US wording for an investment --------------------------------------------------------


@pytest.mark.parametrize("law", ["us_de", "us_ny", "us_ca"])
def test_us_profiles_use_us_investment_wording(law: str) -> None:
    text = _text_of(LLC, law)
    for us in (
        "audited by an independent certified public accounting firm",
        "dissolve, wind up or liquidate, or commence any voluntary case under the United States Bankruptcy Code",
        "its financial position as of their date",
        "reasonable inquiry",
        "free from all liens",
    ):
        assert us in text, us
    for english in ("audited where the law requires", "resolution for its winding up", "made up", "enquiry"):
        assert english not in text, english


def test_english_law_keeps_its_own_wording() -> None:
    text = _text_of(LLC, "ew", "corporation")
    assert "audited where the law requires an audit" in text
    assert "reasonable enquiry" in text
    assert "free from all encumbrances" in text


# --- (14) standstill and lock-in on one base ----------------------------------------------------


@pytest.mark.parametrize(("law", "closing"), [("us_de", "the Closing Date"), ("ew", "the Completion Date")])
def test_the_standstill_runs_to_a_period_after_closing(law: str, closing: str) -> None:
    text = _text_of(LLC, law)
    assert f"Standstill. From the Effective Date until the end of twenty-four (24) months after {closing}," in text


# --- (15) no patch sentence; the investor signs the LLC agreement ---------------------------------


@pytest.mark.parametrize("law", ["us_de", "us_ny", "ew"])
def test_closing_has_no_patch_sentence_and_the_investor_signs_the_llc_agreement(law: str) -> None:
    text = _text_of(LLC, law, "llc")
    assert "Every reference in this Agreement to the completion of the subscription" not in text
    assert "shall deliver to Lakeshore its signed counterpart of the amended and restated limited liability" in text


def test_a_company_investee_needs_no_investor_counterpart() -> None:
    text = _text_of(EXAMPLE, None)
    assert "its signed counterpart of the amended and restated" not in text
    assert "Every reference in this Agreement to the completion of the subscription" not in text


# --- (18) at most fifteen notes, none about the tool's own method ------------------------------


@pytest.mark.parametrize(
    "path", [LLC, EXAMPLE, ROOT / "examples" / "equity_tranches.json"], ids=["us_llc", "example", "tranches"]
)
def test_an_equity_draft_carries_at_most_fifteen_notes(path: Path) -> None:
    document = assemble_agreement(AgreementTerms.model_validate(_data(path)))
    notes = [clause.note.text for clause in document.iter_clauses() if clause.note is not None]
    assert len(notes) <= 15, len(notes)
    assert not any("only restate the subscription" in text for text in notes)
