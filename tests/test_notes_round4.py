"""The drafting notes (Word comments) of every example and scenario, read as a lawyer
reads them: a handful per agreement, none that merely restates the clause it annotates,
and none that speaks of a fact the draft does not have (a remittance from the governing
law's country when no party is established there, witnesses signing together when the
signatories are in different countries, a benefit "held on trust" the clause does not
create, an individual when every party is a company)."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from drafting.document import AgreementDocument
from drafting.engine.legal_system import law_view
from drafting.terms import AgreementTerms, EntityType
from tests.drafts import EXAMPLES, SCENARIOS, clause_text, document_of, example_data, scenario_data

DRAFTS = [*sorted(EXAMPLES.glob("*.json")), *sorted(SCENARIOS.glob("*.json"))]
#: A note whose content words lie this much inside its clause's text only restates it.
RESTATES = 0.70
_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "that",
        "this",
        "these",
        "those",
        "its",
        "any",
        "each",
        "which",
        "who",
        "whom",
        "than",
        "then",
        "there",
        "their",
        "them",
        "they",
        "not",
        "nor",
        "but",
        "where",
        "when",
        "may",
        "must",
        "shall",
        "will",
        "would",
        "can",
        "could",
        "should",
        "from",
        "into",
        "under",
        "over",
        "such",
        "other",
        "all",
        "some",
        "one",
        "two",
        "per",
        "also",
        "only",
        "has",
        "have",
        "had",
        "been",
        "being",
        "does",
        "did",
        "are",
        "was",
        "were",
    ]
)


def _words(text: str) -> set[str]:
    return {word for word in re.findall(r"[a-z]+", text.casefold()) if len(word) > 2 and word not in _STOP}


def _data(path: Path) -> dict[str, object]:
    return example_data(path.stem) if path.parent == EXAMPLES else scenario_data(path.stem)


@functools.cache
def _draft(path: Path) -> tuple[AgreementTerms, AgreementDocument]:
    terms = AgreementTerms.model_validate(_data(path))
    return terms, document_of(terms)


def _notes(document: AgreementDocument) -> list[tuple[str, str, str]]:
    """(number, clause id, note text) for every note in the document, the signature page's last."""
    notes = [(clause.full_number, clause.id, clause.note.text) for clause in document.iter_clauses() if clause.note]
    notes += [(article.number, article.id, article.note.text) for article in document.articles if article.note]
    if document.execution_note is not None:
        notes.append(("execution", "execution", document.execution_note.text))
    return notes


def test_notes_table() -> None:
    """Print the notes per draft (run with -s to read them); every draft has some."""
    rows = []
    for path in DRAFTS:
        _, document = _draft(path)
        notes = _notes(document)
        rows.append(f"{path.stem:32} {len(notes):3}")
        rows.extend(f"    {number:10} {clause_id:40} {text[:90]}" for number, clause_id, text in notes)
    print("\n".join(rows))
    assert rows


@pytest.mark.parametrize("path", DRAFTS, ids=lambda path: path.stem)
def test_a_handful_of_notes(path: Path) -> None:
    _, document = _draft(path)
    assert 3 <= len(_notes(document)) <= 30


@pytest.mark.parametrize("path", DRAFTS, ids=lambda path: path.stem)
def test_no_note_restates_its_clause(path: Path) -> None:
    _, document = _draft(path)
    restating = []
    for clause in document.iter_clauses():
        if clause.note is None:
            continue
        note = _words(clause.note.text)
        inside = len(note & _words(clause_text(document, clause.id))) / max(1, len(note))
        if inside >= RESTATES:
            restating.append(f"{clause.full_number} {clause.id} ({inside:.0%}): {clause.note.text}")
    assert restating == []


@pytest.mark.parametrize("path", DRAFTS, ids=lambda path: path.stem)
def test_no_note_speaks_of_a_fact_the_draft_lacks(path: Path) -> None:
    terms, document = _draft(path)
    law = law_view(terms)
    wrong = []
    for number, clause_id, text in _notes(document):
        where = f"{number} {clause_id}: {text}"
        # Remittances, registration for remittance and withholding on payments abroad concern a
        # party established in the governing law's own country.
        if re.search(r"\bremit", text, re.IGNORECASE) and not law.fact("home_party"):
            wrong.append(f"remittance without a party established under {law.label}: {where}")
        if re.search(r"same occasion|together in one place", text) and not law.fact("one_country"):
            wrong.append(f"witnesses together though the signatories are in different countries: {where}")
        if "on trust" in text and "trust" not in clause_text(document, clause_id):
            wrong.append(f"a trust the clause does not create: {where}")
        individual = any(party.entity_type is EntityType.INDIVIDUAL for party in terms.parties)
        if re.search(r"\bindividual (party|signs|signatory)\b|\bnatural person\b", text) and not individual:
            wrong.append(f"an individual though every party is a company: {where}")
    assert wrong == []


def test_a_brazilian_party_keeps_the_remittance_note() -> None:
    """The note the Brazilian profile adds to the taxes clause stays where a party is in Brazil."""
    data = scenario_data("br_revenue_sharing")
    parties = data["parties"]
    assert isinstance(parties, list)
    parties[1]["jurisdiction"] = "São Paulo, Brazil"
    document = document_of(data)
    notes = {clause_id: text for _, clause_id, text in _notes(document)}
    assert "remitted" in notes.get("financial.taxes", "")
    # The signatories are now in different countries: no advice to sign together.
    assert "same occasion" not in notes["execution"]
    assert "784" in notes["execution"]


def test_signatories_in_one_country_sign_with_their_witnesses() -> None:
    data = scenario_data("br_revenue_sharing")
    parties = data["parties"]
    assert isinstance(parties, list)
    for party in parties:
        party["jurisdiction"] = "São Paulo, Brazil"
    notes = {clause_id: text for _, clause_id, text in _notes(document_of(data))}
    assert "same occasion" in notes["execution"]
