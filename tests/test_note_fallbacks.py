"""The alternatives a drafting note offers are filtered from catalogue data: never the
position the draft already takes, never one from another type, never one that needs a
fact the deal lacks (a cap measured by fees where no fees pass). Checked on every example
and scenario."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from drafting.document import AgreementDocument, Block, Clause
from drafting.engine import assemble_agreement, default_catalogue
from drafting.engine.assemble import selected_variants
from drafting.engine.catalogue import TEMPLATES_DIR, CatalogueError, load_catalogue
from drafting.engine.context import derive_facts
from drafting.engine.legal_system import law_view
from drafting.engine.own_block import with_own_block
from drafting.terms import AgreementTerms, AllianceModel
from tests.support import example_paths

SCENARIOS = sorted((Path(__file__).resolve().parent / "scenarios").glob("*.json"))
DRAFTS = [*example_paths(), *SCENARIOS]
#: Types in which a company owned by the parties can hold the results.
COMPANY_TYPES = {AllianceModel.JOINT_VENTURE, AllianceModel.EQUITY_ALLIANCE}


def _load(path: Path) -> AgreementTerms:
    return AgreementTerms.from_json(path.read_text(encoding="utf-8"))


def _noted(blocks: tuple[Block, ...]) -> list[Clause]:
    found = []
    for block in blocks:
        if isinstance(block, Clause):
            if block.note is not None:
                found.append(block)
            found.extend(_noted(block.children))
    return found


def _notes(document: AgreementDocument) -> list[Clause]:
    return [clause for article in document.articles for clause in _noted(article.blocks)]


@pytest.mark.parametrize("path", DRAFTS, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_no_note_offers_the_position_already_drafted(path: Path) -> None:
    terms = _load(path)
    document = assemble_agreement(terms)
    catalogue = default_catalogue(law_view(terms).spelling)
    variants = selected_variants(terms) if terms.model is not AllianceModel.PARTNER_NETWORK else {}
    own = with_own_block(terms)
    law = law_view(own)
    base: dict[str, Any] = {"terms": own, "deal": derive_facts(own, law.spelling), "law": law}
    for clause in _notes(document):
        assert clause.note is not None
        spec = catalogue.clause(clause.id)
        key = variants.get(clause.id, "")
        by_text = {fallback.text: fallback for fallback in spec.fallback_specs}
        for offered in clause.note.alternatives:
            fallback = by_text[offered]
            assert not (key and key in fallback.variants), (clause.id, offered)
            assert terms.model in fallback.models, (clause.id, offered)
            if fallback.drafted is not None and terms.model is not AllianceModel.PARTNER_NETWORK:
                assert not fallback.drafted(**base), (clause.id, offered)


@pytest.mark.parametrize("path", DRAFTS, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_no_note_speaks_of_a_joint_venture_company_outside_company_types(path: Path) -> None:
    terms = _load(path)
    if terms.model in COMPANY_TYPES:
        pytest.skip("a company type")
    for clause in _notes(assemble_agreement(terms)):
        assert clause.note is not None
        for offered in clause.note.alternatives:
            assert "joint venture company" not in offered.casefold(), (clause.id, offered)


def _offered(path: Path, clause_id: str) -> tuple[str, ...]:
    for clause in _notes(assemble_agreement(_load(path))):
        if clause.id == clause_id:
            assert clause.note is not None
            return clause.note.alternatives
    raise AssertionError(f"{path.stem}: no note on {clause_id}")


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize(
    ("example", "clause_id", "never"),
    [
        ("data_sharing", "data.roles", "Joint controllers under Article 26."),
        ("data_sharing", "liability.cap", "Fees paid or payable in the preceding twelve months."),
        ("data_sharing", "ip.foreground", "The joint venture company owns, with a licence back to the parents."),
        ("open_source_community", "governance.voting", "Votes weighted by ownership."),
        ("open_source_community", "project.contributions", "Developer Certificate of Origin."),
        (
            "research_collaboration",
            "financial.model",
            "Revenue share on gross revenue (simple, no deductions to dispute).",
        ),
        ("co_marketing", "co_marketing.leads", "Leads belong to the party that generated them."),
    ],
)
def test_the_reviewers_examples_are_gone(example: str, clause_id: str, never: str) -> None:
    assert never not in _offered(EXAMPLES / f"{example}.json", clause_id)


def test_a_fallback_entry_must_be_a_string_or_a_known_table(tmp_path: Path) -> None:
    target = tmp_path / "clause_templates"
    shutil.copytree(TEMPLATES_DIR, target)
    path = target / "co_marketing" / "catalogue.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('{ text = "Leads shared between the parties.", variant = "shared" }', '{ txt = "typo" }', 1),
        encoding="utf-8",
    )
    with pytest.raises(CatalogueError, match="fallback"):
        load_catalogue(target)


def test_a_fallback_names_only_alternatives_its_clause_has() -> None:
    for spec in default_catalogue().clauses():
        for fallback in spec.fallback_specs:
            assert fallback.variants <= set(spec.templates), (spec.id, fallback.text)
