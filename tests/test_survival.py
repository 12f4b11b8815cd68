"""The survival clause is built from the catalogue's ``survives`` flags (and what those
clauses keep alive): for every example and scenario it lists, in document order and
without overlap, every clause that must outlive termination."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from drafting.document import AgreementDocument, Block, Clause, CrossRef, Paragraph, inline_text
from drafting.engine import assemble_agreement, default_catalogue
from drafting.engine.catalogue import ClauseSpec
from drafting.engine.context import derive_facts
from drafting.engine.legal_system import law_view
from drafting.engine.own_block import with_own_block
from drafting.terms import AgreementTerms
from tests.support import example_paths

SCENARIOS = sorted((Path(__file__).resolve().parent / "scenarios").glob("*.json"))
DRAFTS = [*example_paths(), *SCENARIOS]


def _load(path: Path) -> AgreementTerms:
    return AgreementTerms.from_json(path.read_text(encoding="utf-8"))


def _survival(document: AgreementDocument) -> Clause | None:
    for article in document.articles:
        for block in article.blocks:
            if isinstance(block, Clause) and block.id == "effects.survival":
                return block
    return None


def _key(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in number.split("."))


def _flagged(spec: ClauseSpec, terms: AgreementTerms) -> bool:
    terms = with_own_block(terms)
    law = law_view(terms)
    base: dict[str, Any] = {"terms": terms, "deal": derive_facts(terms, law.spelling), "law": law}
    return spec.survival is not None and bool(spec.survival(**base))


def _top_clauses(blocks: tuple[Block, ...]) -> list[Clause]:
    return [block for block in blocks if isinstance(block, Clause)]


@pytest.mark.parametrize("path", DRAFTS, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_survival_list_is_sorted_merged_and_complete(path: Path) -> None:
    terms = _load(path)
    document = assemble_agreement(terms)
    survival = _survival(document)
    if survival is None:
        pytest.skip("this type drafts no survival clause")
    references = [item for item in survival.content if isinstance(item, CrossRef)]
    targets = [reference.target_id for reference in references]
    numbers = [_key(reference.number) for reference in references]
    # Document order, each once.
    assert numbers == sorted(numbers), [reference.number for reference in references]
    assert len(set(targets)) == len(targets)
    # Merged: never an article and one of its clauses ("clause 4, clause 4.2").
    for shorter in numbers:
        assert not any(other != shorter and other[: len(shorter)] == shorter for other in numbers)
    catalogue = default_catalogue(law_view(terms).spelling)
    for article in document.articles:
        clauses = _top_clauses(article.blocks)
        flags = {clause.id: _flagged(catalogue.clause(clause.id), terms) for clause in clauses}
        # A clause flagged "survives" is listed, as itself or with its whole article; one
        # not flagged may be listed too, where a surviving clause keeps it alive
        # (drafting.engine.survival; tests/test_crosstype_round7.py checks that rule).
        for clause_id, flagged in flags.items():
            if flagged:
                assert clause_id in targets or article.id in targets, clause_id


def test_a_walk_away_right_never_survives() -> None:
    catalogue = default_catalogue()
    for clause_id in ("termination.convenience", "research_exit.convenience", "termination.for_cause"):
        assert catalogue.clause(clause_id).survives == "false", clause_id


@pytest.mark.parametrize(
    "clause_id",
    ["financial.model", "financial.payment", "financial.reporting", "financial.audit", "research_exit.payments"],
)
def test_an_rd_deal_keeps_its_royalty_clauses_alive(clause_id: str) -> None:
    """An R&D deal runs through the Royalty Term of the Licence: its payment clauses are
    in the survival list (as their article or one by one)."""
    checked = 0
    for path in DRAFTS:
        terms = _load(path)
        if terms.research is None or terms.sharing.model != "royalty":
            continue
        document = assemble_agreement(terms)
        survival = _survival(document)
        assert survival is not None
        targets = {item.target_id for item in survival.content if isinstance(item, CrossRef)}
        assert clause_id in targets or clause_id.split(".")[0] in targets, (path.stem, clause_id)
        checked += 1
    assert checked


def test_data_security_outlives_the_agreement_while_data_is_held() -> None:
    checked = 0
    for path in DRAFTS:
        terms = _load(path)
        if terms.data_sharing is None or not terms.data_sharing.personal_data:
            continue
        survival = _survival(assemble_agreement(terms))
        assert survival is not None
        targets = {item.target_id for item in survival.content if isinstance(item, CrossRef)}
        assert {"data.obligations", "data.retention"} <= targets or "data" in targets
        checked += 1
    assert checked


#: Words by which a clause says it outlives the agreement.
_SAYS_IT_SURVIVES = re.compile(
    r"surviv\w* (?:the )?(?:termination|expiry)|continues? (?:in force )?after (?:termination|expiry|this Agreement)",
    re.IGNORECASE,
)


def _all_text(clause: Clause) -> str:
    parts = [inline_text(clause.content)]
    for child in clause.children:
        if isinstance(child, Clause):
            parts.append(_all_text(child))
        elif isinstance(child, Paragraph):
            parts.append(inline_text(child.content))
    return " ".join(parts)


@pytest.mark.parametrize("path", DRAFTS, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_a_clause_that_says_it_survives_is_listed(path: Path) -> None:
    document = assemble_agreement(_load(path))
    survival = _survival(document)
    if survival is None:
        pytest.skip("this type drafts no survival clause")
    targets = {item.target_id for item in survival.content if isinstance(item, CrossRef)}
    for article in document.articles:
        for clause in _top_clauses(article.blocks):
            if clause.id != survival.id and _SAYS_IT_SURVIVES.search(_all_text(clause)):
                assert clause.id in targets or article.id in targets, clause.id
