"""Contradictory answers are reported once, naming both answers and the clause that follows
the one drafted: one mechanism, declared as ``[[conflict]]`` data in the type's blueprint
(``drafting.review.conflicts``). An answer the type's wizard never asks, still at its
default, is no answer the user gave and raises nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafting.engine.blueprints import BlueprintError, blueprint_for, load_blueprint
from drafting.engine.catalogue import default_catalogue
from drafting.review import review
from drafting.review.findings import Finding, Severity
from drafting.terms import AgreementTerms, AllianceModel
from tests.review_corpus.bases import BASES
from tests.review_corpus.cases import _set
from ui.wizard.fields import WIDGETS, field_key

ROOT = Path(__file__).resolve().parents[1]


def _terms(base: str, **changes: Any) -> AgreementTerms:
    data = BASES[base]()
    for path, value in changes.items():
        _set(data, path.replace("__", "."), value)
    return AgreementTerms.model_validate(data)


def _conflicts(terms: AgreementTerms) -> list[Finding]:
    return [finding for finding in review(terms) if finding.rule_id.startswith("conflict.")]


def test_every_conflict_names_two_answers_and_its_fix_has_a_field() -> None:
    for model in (AllianceModel.LICENSING, AllianceModel.RESEARCH_COLLABORATION):
        conflicts = blueprint_for(model).conflicts
        assert conflicts
        for entry in conflicts:
            assert entry.follows in entry.answers and len(set(entry.answers)) == 2
            assert field_key(entry.follows) in WIDGETS, entry.id


CASES = [
    ("licensing", {"exclusivity": {"kind": "territory", "scope": "Poland"}}, "exclusivity-against-non-exclusive-grant",
     ("territory exclusivity", "non-exclusively")),
    ("licensing", {"ip__background_licence": {"scope": "to manufacture coated orthopaedic implants"}},
     "background-licence-outside-the-field", ("orthopaedic implants", "human oral medicines")),
    ("research_collaboration", {"ip__foreground": {"ownership": "joint"}},
     "foreground-ownership-against-results-ownership", ("jointly", "whose people create them")),
    ("research_collaboration", {"exclusivity": {"kind": "field", "scope": "fermented proteins"}},
     "exclusivity-against-in-field-exclusivity", ("field exclusivity", "no restriction on competing research")),
    ("research_collaboration", {"termination__convenience": {"allowed": True, "notice_days": 90},
                                "research__convenience": {"party": "Alpenrose", "notice_days": 120}},
     "convenience-against-research-exit", ("notice of 90 days", "Alpenrose alone", "notice of 120 days")),
]  # fmt: skip


@pytest.mark.parametrize(("base", "changes", "entry", "words"), CASES, ids=[case[2] for case in CASES])
def test_a_contradiction_is_reported_once_naming_both_answers_and_the_clause(
    base: str, changes: dict[str, Any], entry: str, words: tuple[str, ...]
) -> None:
    terms = _terms(base, **changes)
    found = _conflicts(terms)
    assert [finding.rule_id for finding in found] == [f"conflict.{entry}"]
    (finding,) = found
    assert finding.clauses and all(label in finding.message for label in finding.clauses)
    assert all(word in finding.message for word in words)
    assert finding.severity in (Severity.NOTE, Severity.WARNING)
    # Said once: the rules on answers a type does not draft leave this answer to it.
    others = [f for f in review(terms) if f.rule_id in ("answers.not-drafted", "consistency.answer-not-drafted")]
    assert others == []


def test_consistent_answers_and_unasked_defaults_are_silent() -> None:
    assert not _conflicts(_terms("licensing", ip__licence_grant__exclusive=True))
    assert not _conflicts(
        _terms("licensing", ip__background_licence={"scope": "to make and sell human oral medicines"})
    )
    assert not _conflicts(
        _terms("research_collaboration", research__exclusivity_in_field=True,
               research__convenience={"party": "Alpenrose", "notice_days": 90})
    )  # fmt: skip
    for path in ("examples/research_collaboration.json", "tests/scenarios/ch_research_collaboration.json"):
        assert not _conflicts(AgreementTerms.from_json((ROOT / path).read_text(encoding="utf-8")))


def test_a_malformed_conflict_does_not_load(tmp_path: Path) -> None:
    source = (ROOT / "clause_templates/blueprints/licensing.toml").read_text(encoding="utf-8")
    broken = tmp_path / "licensing.toml"
    broken.write_text(source.replace('follows = "ip.licence_grant"', 'follows = "scope.purpose"', 1), encoding="utf-8")
    with pytest.raises(BlueprintError, match="follows"):
        load_blueprint(default_catalogue(), broken)
