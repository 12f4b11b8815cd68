"""Helpers for the storage tests: terms to store, and a repository opened in a folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drafting.terms import AgreementTerms, AllianceModel, Party
from storage.repository import DraftRepository

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def make_terms(
    first: str = "Alpha", second: str = "Beta", model: AllianceModel = AllianceModel.JOINT_VENTURE, **changes: Any
) -> AgreementTerms:
    parties = (
        Party(legal_name=f"{first} Holdings Ltd", short_name=first, notice_email="legal@alpha.example"),
        Party(legal_name=f"{second} GmbH", short_name=second),
    )
    return AgreementTerms(model=model, parties=parties, governing_law="England and Wales", **changes)


def open_repo(folder: Path, *, read_only: bool = False) -> DraftRepository:
    return DraftRepository.open(folder, read_only=read_only)


def example_files() -> list[Path]:
    return sorted(EXAMPLES.glob("*.json"))
