"""A numbered part has one name in each draft: the text's own "this clause" / "this
Section" (from the spelling) and the cross-references ("clause 4.1" / "Section 4.1", from
the profile's ``clause`` word) agree under every legal-system profile."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafting.engine import assemble_agreement
from drafting.law import profile_ids
from drafting.validation import load_terms_file
from tests.docx_helpers import inline_text
from tests.support import example_paths

LICENCE = next(path for path in example_paths() if path.stem == "licensing")


@pytest.mark.parametrize("law", sorted(profile_ids()))
def test_the_text_and_its_references_name_a_numbered_part_alike(law: str) -> None:
    terms = load_terms_file(LICENCE)
    terms = terms.model_copy(update={"governing_law": terms.governing_law.model_copy(update={"profile": law})})
    document = assemble_agreement(terms)
    text = " ".join(inline_text(clause.content) for clause in document.iter_clauses())
    word = document.clause_word
    other = "Section" if word == "clause" else "clause"
    assert re.search(rf"\b{word} \d", text), f"no reference reads '{word} N' under {law}"
    assert not re.search(rf"\bthis {other}\b", text), f"'this {other}' beside '{word} N' references under {law}"
    assert not re.search(rf"\b{other} \d+\.\d", text), f"'{other} N.N' beside '{word}' under {law}"


@pytest.mark.parametrize("law", ["fr", "be", "nl", "de", "ch"])
def test_civil_law_drafts_ask_for_efforts_not_english_endeavours(law: str) -> None:
    path = next(path for path in example_paths() if path.stem == "consortium_five_party")
    terms = load_terms_file(path)
    terms = terms.model_copy(update={"governing_law": terms.governing_law.model_copy(update={"profile": law})})
    text = " ".join(inline_text(clause.content) for clause in assemble_agreement(terms).iter_clauses())
    assert "endeavours" not in text
    assert "reasonable efforts" in text


def test_a_party_warrants_only_its_own_standing_when_the_parties_differ_in_kind() -> None:
    path = Path(__file__).parent / "scenarios" / "be_architects_members_srl.json"
    document = assemble_agreement(load_terms_file(path))
    text = " ".join(inline_text(clause.content) for clause in document.iter_clauses())
    assert "warrants to the other Parties, as to itself only" in text
