"""Review a corpus case exactly as the app does (a lawyer's clause overrides included),
and the form golden files take: one entry per finding, its id and the clauses it names."""

from __future__ import annotations

import json
from pathlib import Path

from drafting.engine import assemble_agreement
from drafting.review import Finding, review
from tests.review_corpus.cases import CorpusCase

EXPECTED_DIR = Path(__file__).resolve().parent / "expected"

Label = tuple[str, tuple[str, ...]]


def findings(case: CorpusCase) -> tuple[Finding, ...]:
    document = assemble_agreement(case.terms, overrides=case.overrides) if case.overrides else None
    return review(case.terms, document)


def labels(found: tuple[Finding, ...]) -> list[Label]:
    return sorted((finding.rule_id, finding.clauses) for finding in found)


def golden_path(case: CorpusCase) -> Path:
    return EXPECTED_DIR / f"{case.name}.json"


def read_golden(case: CorpusCase) -> list[Label]:
    entries = json.loads(golden_path(case).read_text(encoding="utf-8"))
    return sorted((entry["id"], tuple(entry["clauses"])) for entry in entries)


def golden_text(found: tuple[Finding, ...]) -> str:
    entries = [
        {"id": finding.rule_id, "clauses": list(finding.clauses), "severity": str(finding.severity)}
        for finding in sorted(found, key=lambda item: (item.rule_id, item.clauses))
    ]
    return json.dumps(entries, indent=2, ensure_ascii=False) + "\n"
