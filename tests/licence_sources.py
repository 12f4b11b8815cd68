"""The licensing drafts the licence tests read: every licensing example and scenario, each
under its own law and under English, German, New York and French law, as terms or as the
drafted text the review reads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from drafting.review.draft import DraftText
from drafting.review.engine import assemble_for_review
from drafting.terms import AgreementTerms

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(
    path
    for path in [*ROOT.joinpath("examples").glob("*.json"), *ROOT.joinpath("tests", "scenarios").glob("*.json")]
    if json.loads(path.read_text(encoding="utf-8")).get("model") == "licensing"
)
#: Each licence under its own law, then under English, German, New York and French law.
LAWS = (None, "ew", "de", "us_ny", "fr")
CASES = [(path, law) for path in SOURCES for law in LAWS]


def draft_data(path: Path, law: str | None = None) -> dict[str, Any]:
    """The saved draft at ``path``, under ``law`` when one is given."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if law is not None:
        data["governing_law"] = {"profile": law, "other": ""}
    return data


def terms_of(data: dict[str, Any]) -> AgreementTerms:
    return AgreementTerms.model_validate(data)


def draft_text(data: dict[str, Any]) -> DraftText:
    return DraftText(assemble_for_review(terms_of(data)))
