"""Export records: every DOCX / PDF / HTML file exported from a saved version, kept in
the draft's own file (table ``exports``, one document per export) so the history shows
what was sent, with its SHA-256, and can write it again exactly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from storage.errors import CorruptFileError
from storage.models import ExportRecord
from storage.records import Doc, from_iso, to_iso


def export_doc(record: ExportRecord) -> Doc:
    return {
        "version": record.version,
        "format": record.format,
        "lawyer_copy": record.lawyer_copy,
        "draft_marking": record.draft_marking,
        "paper": record.paper,
        "file_name": record.file_name,
        "sha256": record.sha256,
        "exported_at": to_iso(record.exported_at),
        "app_version": record.app_version,
        "overrides": dict(record.overrides),
    }


def export_record(draft_id: str, doc: Any, path: Path) -> ExportRecord:
    try:
        return ExportRecord(
            draft_id=draft_id,
            version=int(doc["version"]),
            format=str(doc["format"]),
            lawyer_copy=bool(doc["lawyer_copy"]),
            draft_marking=bool(doc["draft_marking"]),
            paper=str(doc.get("paper", "A4")),
            file_name=str(doc["file_name"]),
            sha256=str(doc["sha256"]),
            exported_at=from_iso(doc["exported_at"]),
            app_version=str(doc.get("app_version", "")),
            overrides={str(key): str(value) for key, value in dict(doc.get("overrides") or {}).items()},
        )
    except (KeyError, TypeError, ValueError):
        raise CorruptFileError(path, "an export record is incomplete") from None
