"""What the repository hands out: small frozen dataclasses around ``AgreementTerms``.
Nothing above storage ever sees a TinyDB document."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from drafting.terms import AgreementTerms, AllianceModel


class DraftSort(StrEnum):
    MODIFIED_DESC = "modified_desc"
    MODIFIED_ASC = "modified_asc"
    CREATED_DESC = "created_desc"
    CREATED_ASC = "created_asc"
    TITLE_ASC = "title_asc"
    TITLE_DESC = "title_desc"


@dataclass(frozen=True, slots=True)
class DraftSummary:
    """One line of the drafts list. Datetimes are timezone-aware, in UTC."""

    id: str
    title: str
    model: AllianceModel
    party_names: tuple[str, ...]
    created: datetime
    modified: datetime
    version_count: int
    trashed: bool = False


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """One immutable saved version of a draft; ``number`` counts from 1."""

    draft_id: str
    number: int
    saved_at: datetime
    note: str = ""


@dataclass(frozen=True, slots=True)
class ExportRecord:
    """One file exported from a saved version: enough to show what was sent and to write
    it again byte for byte (same version, same options, same app version: same bytes).

    ``lawyer_copy`` is true for the copy with drafting notes (Word comments), false for
    the clean copy; ``draft_marking`` for an export "as a draft with open points";
    ``overrides`` are the lawyer's clause edits in force when it was made."""

    draft_id: str
    version: int
    format: str
    lawyer_copy: bool
    draft_marking: bool
    paper: str
    file_name: str
    sha256: str
    exported_at: datetime
    app_version: str
    overrides: dict[str, str] = field(default_factory=dict)

    @property
    def copy_label(self) -> str:
        return "lawyer's copy" if self.lawyer_copy else "clean copy"


@dataclass(frozen=True, slots=True)
class Version:
    info: VersionInfo
    terms: AgreementTerms


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft as opened: its summary and the terms of its latest version."""

    summary: DraftSummary
    terms: AgreementTerms

    @property
    def id(self) -> str:
        return self.summary.id


@dataclass(frozen=True, slots=True)
class AutosaveInfo:
    """A working copy kept since the last save; ``draft_id`` is None for a never-saved draft."""

    key: str
    draft_id: str | None
    title: str
    saved_at: datetime


@dataclass(frozen=True, slots=True)
class RecoveryEvent:
    """One damaged file found when opening, and what was done about it."""

    path: Path
    problem: str
    action: str
    kept_aside: Path | None = None

    def __str__(self) -> str:
        aside = f" The damaged file was kept as {self.kept_aside}." if self.kept_aside else ""
        return f"{self.path.name}: {self.problem}; {self.action}.{aside}"


@dataclass(frozen=True, slots=True)
class RecoveryReport:
    """Everything repaired while opening the database; shown to the user, never silent."""

    events: tuple[RecoveryEvent, ...] = field(default_factory=tuple)

    def __str__(self) -> str:
        counted = "1 damaged file" if len(self.events) == 1 else f"{len(self.events)} damaged files"
        lines = [f"Pactwright repaired {counted} in the drafts database:"]
        lines += [f"  - {event}" for event in self.events]
        return "\n".join(lines)
