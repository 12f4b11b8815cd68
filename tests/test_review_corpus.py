"""The review measured against a labelled corpus of realistic drafts (``tests/review_corpus``):
every agreement type, every party type and many legal systems, each draft with the exact
findings a careful lawyer expects (golden files, by finding id and clause).

Precision (no finding the lawyer would not raise) and recall (every finding the lawyer
expects) are both 100%; every rule fires in some case and is shown silent in a case built
to tempt it; every finding names a wizard field that a page of the wizard edits."""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from drafting.engine import assemble_agreement
from drafting.export import ExportRefused, export_agreement
from drafting.review import ALL_RULES, Finding
from drafting.review.draft import DraftText
from drafting.review.engine import assemble_for_review
from drafting.review.systems import deal_systems, governing_system
from drafting.terms import AllianceModel, EntityType
from tests.review_corpus.cases import CASES, CorpusCase
from tests.review_corpus.run import Label, findings, golden_path, labels, read_golden

RULE_NAMES = {rule.name for rule in ALL_RULES}


@cache
def _found(name: str) -> tuple[Finding, ...]:
    return findings(next(case for case in CASES if case.name == name))


def _rule_results(case: CorpusCase) -> dict[str, list[Finding]]:
    terms = case.terms
    document = assemble_agreement(terms, overrides=case.overrides) if case.overrides else assemble_for_review(terms)
    draft, systems = DraftText(document), deal_systems(terms)
    return {rule.name: list(rule.run(terms, draft, systems)) for rule in ALL_RULES}


def test_precision_and_recall_are_100_percent_on_the_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    true_positive = false_positive = false_negative = 0
    wrong: list[str] = []
    for case in CASES:
        expected, actual = Counter(read_golden(case)), Counter(labels(_found(case.name)))
        hits = sum((expected & actual).values())
        true_positive += hits
        false_positive += sum(actual.values()) - hits
        false_negative += sum(expected.values()) - hits
        if expected != actual:
            wrong.append(
                f"{case.name}: unexpected {sorted((actual - expected).elements())}, "
                f"missing {sorted((expected - actual).elements())}"
            )
    precision = true_positive / max(true_positive + false_positive, 1)
    recall = true_positive / max(true_positive + false_negative, 1)
    with capsys.disabled():
        print(
            f"\nreview corpus: {len(CASES)} drafts, {true_positive + false_negative} expected findings, "
            f"precision {precision:.1%}, recall {recall:.1%}"
        )
    assert wrong == []
    assert precision == recall == 1.0


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_each_draft_gives_exactly_its_golden_findings(case: CorpusCase) -> None:
    assert golden_path(case).exists(), f"no golden file for {case.name}"
    assert labels(_found(case.name)) == read_golden(case)


def test_the_corpus_is_large_and_covers_every_type_party_type_and_several_laws() -> None:
    assert len(CASES) >= 40
    assert {case.terms.model for case in CASES} == set(AllianceModel)
    assert {party.entity_type for case in CASES for party in case.terms.parties} == set(EntityType)
    assert len({governing_system(case.terms) for case in CASES}) >= 10


def test_every_rule_fires_in_some_case_and_is_silent_where_a_case_tempts_it() -> None:
    fired: set[str] = set()
    for case in CASES:
        results = _rule_results(case)
        fired |= {name for name, found in results.items() if found}
        noisy = [name for name in case.silent if results[name]]
        assert noisy == [], f"{case.name}: {noisy} should stay silent"
    assert sorted(RULE_NAMES - fired) == [], "rules no corpus case fires"
    tempted = {name for case in CASES for name in case.silent}
    assert sorted(tempted - RULE_NAMES) == [], "silent labels that name no rule"
    assert sorted(RULE_NAMES - tempted) == [], "rules no corpus case shows silent"


def _labels_of(found: tuple[Finding, ...]) -> list[Label]:
    return labels(found)


def test_findings_are_grouped_once_per_rule_and_place() -> None:
    for case in CASES:
        ids = [(finding.rule_id, finding.path) for finding in _found(case.name)]
        assert len(ids) == len(set(ids)), case.name


def test_every_finding_names_figures_or_places_and_a_fix() -> None:
    for case in CASES:
        for finding in _found(case.name):
            assert finding.message[0].isupper() and finding.message.rstrip().endswith((".", ")")), finding
            assert finding.fix[0].isupper() and finding.fix.rstrip().endswith("."), finding
            assert finding.path, finding
            for clause in finding.clauses:
                assert clause.split()[-1] in finding.message or len(finding.clauses) > 1 or finding.rule_id, finding


def test_export_reviews_the_lawyer_s_wording(tmp_path: Path) -> None:
    """A lawyer's lock-in without the deadlock exception is what would be signed: export
    reviews that text, and refuses it."""
    case = next(case for case in CASES if case.name == "jv-lawyer-lock-in-blocks-buy-out")
    export_agreement(case.terms, tmp_path / "plain", ["html"])  # the built-in wording is sound
    with pytest.raises(ExportRefused) as refused:
        export_agreement(case.terms, tmp_path / "edited", ["html"], overrides=case.overrides)
    assert "consistency.lock-in-blocks-buy-out" in {getattr(found, "rule_id", "") for found in refused.value.findings}
