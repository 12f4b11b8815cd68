"""Shared clauses the round-2 lawyer panels found wrong across types: breaches kept
outside the liability cap, empty schedule columns, the generic survival clause,
payment and licence debris, collective signature, insurance against the cap and the
jury waiver. Each test runs over every example and scenario it concerns."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from drafting.document import AgreementDocument
from drafting.engine import assemble_agreement
from drafting.review.draft import DraftText
from drafting.terms import AgreementTerms
from drafting.validation import load_terms_file

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = sorted((ROOT / "examples").glob("*.json")) + sorted((ROOT / "tests" / "scenarios").glob("*.json"))


def _ids(paths: list[Path]) -> list[str]:
    return [path.stem for path in paths]


@cache
def _terms(path: Path) -> AgreementTerms:
    return load_terms_file(path)


@cache
def _document(path: Path) -> AgreementDocument:
    return assemble_agreement(_terms(path))


# --- (a) breaches outside the cap and the exclusion of lost profit ----------------------
@pytest.mark.parametrize("path", DRAFTS, ids=_ids(DRAFTS))
def test_confidentiality_ip_and_personal_data_sit_outside_every_limit(path: Path) -> None:
    document = _document(path)
    draft = DraftText(document)
    if not draft.has("liability.unlimited"):
        pytest.skip("no liability clause")
    unlimited = draft.text("liability.unlimited")
    if draft.has("confidentiality.obligations"):
        confidentiality = f"{document.clause_word} {draft.number('confidentiality')}"
        assert f"obligations of confidence under {confidentiality}" in unlimited
    assert (
        "Intellectual Property Rights of " in unlimited
        and "beyond the rights granted under this Agreement" in unlimited
    )
    terms = _terms(path)
    personal = terms.data_sharing is not None and terms.data_sharing.personal_data
    assert ("obligations concerning personal data" in unlimited) == bool(personal)
    # Every cap and the exclusion of losses give way to that clause.
    for clause_id in ("liability.cap", "liability.excluded_losses", "consortium.liability"):
        if draft.has(clause_id):
            assert f"Subject to {draft.label('liability.unlimited')}" in draft.text(clause_id)
    # Confidentiality is not named twice.
    if draft.has("liability.excluded_losses") and draft.has("confidentiality.obligations"):
        assert f"breach of {confidentiality}" not in draft.text("liability.excluded_losses")
