"""Exporting a saved version with a record of it, and writing a recorded export again.

An export of a saved version is dated with the version's own moment (``saved_at``), so
the same version with the same options gives the same bytes; its record keeps the
options and the SHA-256. ``recreate_export`` writes the file again from the record and
says whether the bytes match (they do unless the app's version or fonts changed since).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from drafting.export import export_agreement, file_sha256
from drafting.terms import AgreementTerms
from drafting.version import __version__
from storage.models import ExportRecord
from storage.records import utc_now


def records_for(
    draft_id: str,
    version: int,
    paths: Sequence[Path],
    *,
    comments: bool,
    draft: bool,
    paper: str | None = None,
    overrides: Mapping[str, str] | None = None,
) -> list[ExportRecord]:
    """One record per written file (its format is its suffix)."""
    now = utc_now()
    return [
        ExportRecord(
            draft_id=draft_id,
            version=version,
            format=path.suffix.lstrip(".").lower(),
            lawyer_copy=comments,
            draft_marking=draft,
            paper=paper or "",
            file_name=path.name,
            sha256=file_sha256(path),
            exported_at=now,
            app_version=__version__,
            overrides=dict(overrides or {}),
        )
        for path in paths
    ]


@dataclass(frozen=True, slots=True)
class Recreated:
    path: Path
    sha256: str
    matches: bool


def recreate_export(terms: AgreementTerms, saved_at: datetime, record: ExportRecord, out_dir: Path) -> Recreated:
    """Write ``record``'s file again into ``out_dir`` from the version's ``terms``."""
    (path,) = export_agreement(
        terms,
        out_dir,
        (record.format,),
        draft=record.draft_marking,
        comments=record.lawyer_copy,
        overrides=record.overrides or None,
        created=saved_at,
        paper=record.paper or None,
        stem=Path(record.file_name).stem or None,
    )
    digest = file_sha256(path)
    return Recreated(path, digest, digest == record.sha256)
