"""The part of the draft repository the desktop app relies on, as a Protocol, and the
one place that opens the real repository (``storage.repository.DraftRepository``).

Screens talk to ``DraftStore`` only, so tests can hand them an in-memory store and the
app keeps working whichever storage back end sits behind it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from drafting.terms import AgreementTerms
from storage.errors import StorageError
from storage.repository import DraftRepository


class DraftSummaryLike(Protocol):
    id: str
    title: str
    model: Any
    party_names: Sequence[str]
    created: dt.datetime
    modified: dt.datetime
    version_count: int
    trashed: bool


class AutosaveInfoLike(Protocol):
    key: str
    draft_id: str | None
    title: str
    saved_at: dt.datetime


class DraftStore(Protocol):
    """What the app calls on the repository; StorageError messages are shown as they are."""

    def create(self, terms: AgreementTerms, title: str = "", note: str = "") -> Any: ...
    def save(self, draft_id: str, terms: AgreementTerms, note: str = "") -> Any: ...
    def get(self, draft_id: str) -> Any: ...
    def list(self, query: str = "", *, trashed: bool = False) -> Sequence[Any]: ...
    def duplicate(self, draft_id: str) -> Any: ...
    def rename(self, draft_id: str, title: str) -> Any: ...
    def delete(self, draft_id: str) -> Any: ...
    def restore(self, draft_id: str) -> Any: ...
    def put_autosave(self, draft_id: str | None, terms: AgreementTerms) -> str: ...
    def get_autosave(self, key: str) -> AgreementTerms | None: ...
    def clear_autosave(self, key: str) -> Any: ...
    def list_autosaves(self) -> Sequence[Any]: ...
    def clause_overrides(self) -> dict[str, str]: ...
    def history(self, draft_id: str) -> Sequence[Any]: ...
    def record_export(self, record: Any) -> Any: ...


def terms_of(draft: Any) -> AgreementTerms:
    """The terms inside whatever ``DraftStore.get`` returned."""
    terms = getattr(draft, "terms", draft)
    if not isinstance(terms, AgreementTerms):
        raise TypeError(f"the repository returned {type(draft).__name__}, not a draft")
    return terms


def summary_of(draft: Any) -> Any:
    return getattr(draft, "summary", draft)


def storage_error_types() -> tuple[type[Exception], ...]:
    """The errors whose messages are written for the user (storage's own, and the disk's)."""
    return (StorageError, OSError)


def open_store(data_dir: Path, *, read_only: bool = False) -> DraftRepository:
    """Open the real repository; raises ``DatabaseInUseError`` when another copy writes."""
    return DraftRepository.open(data_dir, read_only=read_only)
