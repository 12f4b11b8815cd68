"""A partner network's termination for breach and its special terms follow the shared
machinery: the governing law's own breach wording (a mise en demeure under French law, a
notice of default under Dutch law), and a special term prevails only over the clause it
names."""

from __future__ import annotations

import pytest

from drafting.engine import assemble_agreement
from drafting.validation import load_terms_file
from tests.support import example_paths

NETWORK = next(path for path in example_paths() if path.stem == "partner_network")


def _clause_text(document, clause_id: str) -> str:
    from tests.docx_helpers import inline_text

    clause = next(clause for clause in document.iter_clauses() if clause.id == clause_id)
    parts = [inline_text(clause.content)]
    parts += [inline_text(child.content) for child in getattr(clause, "children", ())]
    return " ".join(parts)


@pytest.mark.parametrize("law", ["fr", "nl", "de", "ew"])
def test_the_platform_ends_for_breach_in_the_law_s_own_terms(law: str) -> None:
    terms = load_terms_file(NETWORK)
    terms = terms.model_copy(update={"governing_law": terms.governing_law.model_copy(update={"profile": law})})
    document = assemble_agreement(terms)
    body = "\n".join(_clause_text(document, clause.id) for clause in document.iter_clauses())
    if law == "fr":
        assert "mise en demeure" in body
    if law == "nl":
        assert "ingebrekestelling" in body or "notice of default" in body
    if law == "ew":
        assert "not capable of remedy" in body
    assert "expressly names and varies" in body


@pytest.mark.parametrize("law", ["fr", "be", "ew"])
def test_the_master_terms_are_issued_by_the_platform_not_made_in_originals(law: str) -> None:
    terms = load_terms_file(NETWORK)
    terms = terms.model_copy(update={"governing_law": terms.governing_law.model_copy(update={"profile": law})})
    document = assemble_agreement(terms)
    assert "originals" not in document.execution_statement
    assert document.execution_statement.startswith("These Master Terms are issued by")
    assert [block.party_short_name for block in document.signatures] == [terms.parties[0].short_name]
