"""Rewrite the golden files from the review as it stands: ``python -m tests.review_corpus.regen``.

Only after a deliberate change, and read every changed file (``git diff tests/review_corpus``)
as a reviewing lawyer would before committing: the goldens are the expectations, not a
snapshot to wave through."""

from __future__ import annotations

from tests.review_corpus.cases import CASES
from tests.review_corpus.run import EXPECTED_DIR, findings, golden_path, golden_text


def main() -> None:
    EXPECTED_DIR.mkdir(exist_ok=True)
    names = set()
    for case in CASES:
        golden_path(case).write_text(golden_text(findings(case)), encoding="utf-8")
        names.add(golden_path(case).name)
    for stale in EXPECTED_DIR.glob("*.json"):
        if stale.name not in names:
            stale.unlink()


if __name__ == "__main__":
    main()
