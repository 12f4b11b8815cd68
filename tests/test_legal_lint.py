"""A "legal lint" over every example and its variations (every optional answer on, the
optional modules added, an individual as a party): what a reviewing lawyer would strike
through on first reading, checked mechanically so it stays out.

No placeholder or template debris, no doubled word or phrase, only the type's own
article headings, notes a lawyer reads (no source codes, nothing about the tool, at
most 30), wording that fits the number of parties, and individuals who are never
"duly incorporated" and sign for themselves.
"""

from __future__ import annotations

import re

import pytest

from drafting.document import AgreementDocument, body_text_lines, inline_text
from drafting.engine.blueprints import MAX_NOTES, blueprint_for
from drafting.terms import AgreementTerms, EntityType
from tests.precedent_helpers import all_drafts, rendered

DRAFTS = list(all_drafts())

PLACEHOLDERS = re.compile(r"\{\{|\}\}|\{%|%\}|\bTBD\b|\bTBC\b|\bNone\b|\[●\]|\bXXX\b|\bN/A\b|\bnull\b")
DOUBLED_WORD = re.compile(r"\b([A-Za-z]{2,})\s+\1\b", re.IGNORECASE)
DEBRIS = ("in worldwide", "the courts of the courts", ": The ", " ,", "..", "( ", " )")
SOURCE_CODE = re.compile(r"\[[A-Z]{2,}[^\]]*\]")
TOOL_TALK = re.compile(r"\b(the review|the wizard|Pactwright|switch is on|this tool|the engine)\b", re.IGNORECASE)
TWO_PARTY_SLIPS = (
    "Party to the Dispute",
    "Parties to the Dispute",
    "each other Party",
    "any other Party",
    "all the Parties",
)
MANY_PARTY_SLIPS = ("both Parties", "either Party", "neither Party")
#: Clauses whose text the legal-system profiles own; their wording is checked there.
LAW_SPECIFIC = ("disputes.governing_law", "disputes.arbitration", "disputes.courts", "disputes.mediation")


def _lines(document: AgreementDocument, skip: tuple[str, ...] = ()) -> list[str]:
    if not skip:
        return body_text_lines(document)
    kept = [
        article.__class__(
            article.id,
            article.number,
            article.heading,
            tuple(block for block in article.blocks if getattr(block, "id", "") not in skip),
            article.note,
        )
        for article in document.articles
    ]
    return body_text_lines(
        document.__class__(
            document.metadata,
            document.cover,
            document.parties,
            document.recitals,
            tuple(kept),
            document.signatures,
            document.schedules,
        )
    )


def _notes(document: AgreementDocument) -> list[str]:
    notes = [clause.note.text for clause in document.iter_clauses() if clause.note]
    return notes + [article.note.text for article in document.articles if article.note]


@pytest.mark.parametrize(("name", "kind"), DRAFTS, ids=str)
def test_no_placeholder_or_template_debris(name: str, kind: str) -> None:
    _, document = rendered(name, kind)
    text = "\n".join([*_lines(document), *(inline_text(recital.content) for recital in document.recitals)])
    assert PLACEHOLDERS.findall(text) == []
    assert [piece for piece in DEBRIS if piece in text] == []


@pytest.mark.parametrize(("name", "kind"), DRAFTS, ids=str)
def test_no_doubled_word(name: str, kind: str) -> None:
    _, document = rendered(name, kind)
    doubled = [match.group(0) for line in _lines(document) for match in DOUBLED_WORD.finditer(line)]
    assert doubled == []


@pytest.mark.parametrize(("name", "kind"), DRAFTS, ids=str)
def test_only_the_types_own_articles_and_title(name: str, kind: str) -> None:
    terms, document = rendered(name, kind)
    outline, _ = blueprint_for(terms.model).outline(terms)
    allowed = [plan.heading for plan in outline]
    headings = [article.heading for article in document.articles]
    assert [heading for heading in headings if heading not in allowed] == []
    assert headings == [heading for heading in allowed if heading in headings], "out of the blueprint's order"
    assert "Alliance" not in document.cover.title


@pytest.mark.parametrize(("name", "kind"), DRAFTS, ids=str)
def test_notes_are_few_and_for_a_lawyer(name: str, kind: str) -> None:
    _, document = rendered(name, kind)
    notes = _notes(document)
    assert 1 <= len(notes) <= MAX_NOTES
    assert [note for note in notes if SOURCE_CODE.search(note)] == []
    assert [note for note in notes if TOOL_TALK.search(note)] == []
    assert all(note.strip() for note in notes)


@pytest.mark.parametrize(("name", "kind"), DRAFTS, ids=str)
def test_party_count_wording(name: str, kind: str) -> None:
    _, document = rendered(name, kind)
    text = "\n".join(_lines(document, LAW_SPECIFIC))
    word = "Member" if "Member" in text and "Party" not in text else "Party"
    # The parties the document is drafted between (a partner network's master terms are
    # the platform's contract with "the Partner", whatever the number of partners).
    parties = [party for party in document.parties if not party.guarantor]
    slips = TWO_PARTY_SLIPS if len(parties) == 2 else MANY_PARTY_SLIPS
    slips = tuple(slip.replace("Party", word).replace("Partie", word[:-1] + "ie") for slip in slips) + slips
    assert [slip for slip in slips if slip in text] == []


def _individuals(terms: AgreementTerms) -> list[str]:
    return [party.short_name for party in terms.parties if party.entity_type is EntityType.INDIVIDUAL]


@pytest.mark.parametrize(("name", "kind"), DRAFTS, ids=str)
def test_individuals_are_never_incorporated_and_sign_for_themselves(name: str, kind: str) -> None:
    terms, document = rendered(name, kind)
    people = _individuals(terms)
    if not people:
        return
    incorporated = [line for line in _lines(document) if "duly incorporated" in line]
    # Said of "each Party" (every one of them) or of a named individual, it is wrong.
    assert [line for line in incorporated if line.startswith("it is") or any(name in line for name in people)] == []
    if any(clause.id == "termination.for_cause" for clause in document.iter_clauses()):
        assert any("being an individual, dies or is unable" in line for line in _lines(document))
    for block in document.parties:
        if block.short_name in people:
            assert "registration number" not in block.description and "registered" not in block.description
    for signature in document.signatures:
        if signature.party_short_name in people:
            assert signature.signatory_title == "" and signature.signatory_name == signature.party_legal_name


def test_the_variations_include_an_individual() -> None:
    terms, _ = rendered("distribution", "an_individual")
    assert _individuals(terms)
