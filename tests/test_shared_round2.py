"""Shared clauses the round-2 lawyer panels found wrong across types: breaches kept
outside the liability cap, empty schedule columns, the generic survival clause,
payment and licence debris, collective signature, insurance against the cap and the
jury waiver. Each test runs over every example and scenario it concerns."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest
from docx import Document

from drafting.document import AgreementDocument, SignatureBlock, Table
from drafting.docx_writer import docx_bytes
from drafting.engine import assemble_agreement
from drafting.engine.company_forms import form_of_name, form_words_at
from drafting.engine.schedules import _without_empty_columns
from drafting.html_writer import render_html
from drafting.law.suggest import profile_of_place
from drafting.pdf_writer import pdf_bytes
from drafting.review import review
from drafting.review.boilerplate import INSURANCE_TIMES_CAP
from drafting.review.draft import DraftText
from drafting.terms import AgreementTerms
from drafting.validation import load_terms_file
from ui.wizard.fields import WIDGETS, field_key

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = sorted((ROOT / "examples").glob("*.json")) + sorted((ROOT / "tests" / "scenarios").glob("*.json"))


def _ids(paths: list[Path]) -> list[str]:
    return [path.stem for path in paths]


@cache
def _terms(path: Path) -> AgreementTerms:
    return load_terms_file(path)


@cache
def _document(path: Path) -> AgreementDocument:
    return assemble_agreement(_terms(path))


# --- (a) breaches outside the cap and the exclusion of lost profit ----------------------
@pytest.mark.parametrize("path", DRAFTS, ids=_ids(DRAFTS))
def test_confidentiality_ip_and_personal_data_sit_outside_every_limit(path: Path) -> None:
    document = _document(path)
    draft = DraftText(document)
    if not draft.has("liability.unlimited"):
        pytest.skip("no liability clause")
    unlimited = draft.text("liability.unlimited")
    if draft.has("confidentiality.obligations"):
        confidentiality = f"{document.clause_word} {draft.number('confidentiality')}"
        assert f"obligations of confidence under {confidentiality}" in unlimited
    terms = _terms(path)
    # An open-source charter keeps only misuse of the Project Marks and the Parties' names
    # outside the limits: contributions are licensed as is, so another infringement is not.
    misused = (
        "of the Project Marks, or of the name or marks of another Party"
        if terms.model.value == "open_source"
        else ("Intellectual Property Rights of ")
    )
    assert misused in unlimited and "beyond the rights granted under this Agreement" in unlimited
    personal = terms.data_sharing is not None and terms.data_sharing.personal_data
    assert ("obligations to protect personal data" in unlimited) == bool(personal)
    # Every cap and the exclusion of losses give way to that clause.
    for clause_id in ("liability.cap", "liability.excluded_losses", "consortium.liability"):
        if draft.has(clause_id):
            assert f"Subject to {draft.label('liability.unlimited')}" in draft.text(clause_id)
    # Confidentiality is not named twice.
    if draft.has("liability.excluded_losses") and draft.has("confidentiality.obligations"):
        assert f"breach of {confidentiality}" not in draft.text("liability.excluded_losses")


# --- (b) optional schedule columns that no row fills ----------------------------------
OPTIONAL = ("Registration number", "Conditions", "Exclusions or limits")


def _tables(document: AgreementDocument) -> list[Table]:
    return [block for schedule in document.schedules for block in schedule.blocks if isinstance(block, Table)]


@pytest.mark.parametrize("path", DRAFTS, ids=_ids(DRAFTS))
def test_no_schedule_column_is_only_dashes(path: Path) -> None:
    document = _document(path)
    for table in _tables(document):
        for index, name in enumerate(table.columns):
            if name in OPTIONAL:
                assert any(row[index].strip() not in ("", "\u2014") for row in table.rows), (table.caption, name)
    # The writers print the table the model gives: a dropped header appears in none of them.
    headers = {name for table in _tables(document) for name in table.columns}
    dropped = [name for name in OPTIONAL if name not in headers]
    if not dropped:
        return
    html = render_html(document)
    docx_tables = Document(io.BytesIO(docx_bytes(document))).tables
    docx_headers = {cell.text.strip() for table in docx_tables for cell in table.rows[0].cells}
    for name in dropped:
        assert f"<th>{name}</th>" not in html, name
        assert name not in docx_headers, name


@pytest.mark.parametrize("name", ["consortium_five_party", "data_sharing", "ch_research_collaboration"])
def test_the_pdf_drops_the_empty_columns_the_panels_saw(name: str, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    path = next(path for path in DRAFTS if path.stem == name)
    pdf = tmp_path / "draft.pdf"
    pdf.write_bytes(pdf_bytes(_document(path)))
    layout = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # A table's header is the line that names its first columns.
    headers = [line for line in layout.splitlines() if re.search(r"\b(Asset|Payer)\b", line) and "  " in line.strip()]
    assert headers
    kept = {column for table in _tables(_document(path)) for column in table.columns}
    for column in OPTIONAL:
        assert any(column in line for line in headers) == (column in kept), column


def test_a_column_some_row_fills_is_kept() -> None:
    table = Table("t", "T", ("Party", "Asset", "Registration number"), (("A", "x", "\u2014"), ("B", "y", "EP 1")))
    assert _without_empty_columns(table) == table
    empty = Table("t", "T", ("Party", "Registration number", "Asset"), (("A", "\u2014", "x"),), ("Total", "", "1"))
    trimmed = _without_empty_columns(empty)
    assert (
        trimmed.columns == ("Party", "Asset") and trimmed.rows == (("A", "x"),) and trimmed.total_row == ("Total", "1")
    )


# --- (c) the generic survival clauses --------------------------------------------------
ENDING_CLAUSES = (
    "effects.survival",
    "effects.accrued_rights",
    "effects.licences",
    "effects.confidential_information",
    "confidentiality.duration",
)


@pytest.mark.parametrize("path", DRAFTS, ids=_ids(DRAFTS))
def test_no_expiry_in_an_agreement_of_indefinite_duration(path: Path) -> None:
    terms = _terms(path)
    draft = DraftText(_document(path))
    expires = terms.term.kind != "indefinite" or draft.has("financial.royalty_term")
    for clause_id in ENDING_CLAUSES:
        if draft.has(clause_id):
            assert ("expiry" in draft.text(clause_id)) == expires, clause_id


@pytest.mark.parametrize("path", DRAFTS, ids=_ids(DRAFTS))
def test_confidential_information_comes_back_when_a_party_leaves(path: Path) -> None:
    draft = DraftText(_document(path))
    if not draft.has("effects.confidential_information"):
        pytest.skip("no return clause")
    text = draft.text("effects.confidential_information")
    leaving = "ceases to be a party to it while it continues between the others"
    assert (leaving in text) == (len(_terms(path).parties) > 2)


# --- (d) payment and licence debris ----------------------------------------------------
PAYMENT_WORDS = ("sum properly due", "obligation to pay money", "where a payment")


@pytest.mark.parametrize("path", DRAFTS, ids=_ids(DRAFTS))
def test_payment_words_only_where_money_is_owed(path: Path) -> None:
    terms = _terms(path)
    document = _document(path)
    text = "\n".join(DraftText(document).text(clause.id) for clause in document.iter_clauses())
    moneyless = terms.model.value in ("data_sharing", "open_source")
    fees = terms.open_source is not None and any(tier.annual_fee is not None for tier in terms.open_source.tiers)
    owes = not moneyless or bool(terms.payments) or terms.sharing.model != "none" or fees
    for words in PAYMENT_WORDS:
        if not owes:
            assert words not in text, words
    if owes:
        assert "where a payment" in text


@pytest.mark.parametrize("path", DRAFTS, ids=_ids(DRAFTS))
def test_perpetual_or_irrevocable_licences_are_named_only_where_one_is_drafted(path: Path) -> None:
    draft = DraftText(_document(path))
    if not draft.has("effects.licences"):
        pytest.skip("no licences clause")
    others = "\n".join(draft.text(clause_id) for clause_id in draft.ids() if clause_id != "effects.licences")
    drafted = re.search(r"licen[cs]e[^.;]*(perpetual|irrevocabl)|(perpetual|irrevocabl)[^.;]*licen[cs]e", others, re.I)
    assert ("expressed to be perpetual or irrevocable" in draft.text("effects.licences")) == bool(drafted)


# --- (e) collective signature -----------------------------------------------------------
#: Parties the panels found signing alone where their form and law call for two signatures.
COLLECTIVE = {
    ("joint_venture_unequal", "Vistula Energia S.A."): "article 373",
    ("consortium_five_party", "Politechnika Innowacji sp. z o.o."): "article 205",
    ("ch_research_collaboration", "Lacustra SA"): "signature collective",
}


def _signature_names(block: SignatureBlock) -> int:
    return sum(1 for line in block.lines if line.text.startswith("Name:"))


@pytest.mark.parametrize("path", DRAFTS, ids=_ids(DRAFTS))
def test_a_party_whose_form_signs_by_two_gets_two_signature_lines(path: Path) -> None:
    document = _document(path)
    terms = _terms(path)
    note = str(document.execution_note or "")
    blocks = {block.party_legal_name: block for block in document.signatures}
    for party in terms.parties:
        block = blocks.get(party.legal_name)
        if block is None or party.entity_type.value == "individual":
            continue
        words = form_words_at(
            form_of_name(party.legal_name), party.jurisdiction, profile_of_place(party.jurisdiction) or ""
        )
        expected = 2 if words.second_signatory else 1
        assert _signature_names(block) == expected, party.legal_name
        marker = COLLECTIVE.get((path.stem, party.legal_name))
        if marker is not None:
            assert expected == 2 and marker in note, party.legal_name


def test_polish_and_swiss_forms_sign_by_two_whatever_the_governing_law() -> None:
    for name, place in (("Nowa S.A.", "Warsaw, Poland"), ("Nowa sp. z o.o.", "Poland"), ("Lac SA", "Switzerland")):
        words = form_words_at(form_of_name(name), place, profile_of_place(place) or "")
        assert words.second_signatory and "{party}" in words.signing_note
    # A French or Belgian S.A. is not refined by the Polish or Swiss data.
    assert not form_words_at(form_of_name("Nova S.A."), "France", profile_of_place("France") or "").second_signatory


# --- (f) insurance against the cap -----------------------------------------------------
@pytest.mark.parametrize("path", DRAFTS, ids=_ids(DRAFTS))
def test_the_review_notes_insurance_far_above_the_cap(path: Path) -> None:
    terms = _terms(path)
    document = _document(path)
    draft = DraftText(document)
    found = [item for item in review(terms, document) if item.rule_id == "boilerplate.insurance-above-cap"]
    cover = terms.boilerplate.insurance
    caps = []
    if terms.consortium is not None and terms.consortium.member_liability_cap and draft.has("consortium.liability"):
        caps.append(terms.consortium.member_liability_cap)
    cap = terms.boilerplate.liability_cap
    if cap.kind.value == "fixed_amount" and cap.amount is not None and draft.has("liability.cap"):
        caps.append(cap.amount)
    far = [
        amount
        for amount in caps
        if cover is not None
        and draft.has("liability.insurance")
        and amount.currency == cover.currency
        and cover.amount >= INSURANCE_TIMES_CAP * amount.amount
    ]
    assert len(found) == len(far)
    for item in found:
        assert item.clauses[0] == draft.label("liability.insurance")
        assert field_key(item.path) in WIDGETS
