"""Export one draft with its whole history to a JSON file, and read such a file (or a
plain terms JSON file, as in examples/) back. A file that is neither is refused with a
message saying what is wrong with it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from drafting.files import UnsafeTargetError, write_bytes_atomically
from drafting.json_input import decode
from drafting.terms import AgreementTerms
from drafting.validation import TermsError, read_draft_file
from drafting.version import __version__
from storage.draft_file import DraftRecord
from storage.errors import StorageError, write_error
from storage.records import from_iso, terms_from_doc, to_iso, utc_now

EXPORT_FORMAT = "pactwright-draft-export"
EXPORT_FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class ImportedVersion:
    saved_at: datetime
    note: str
    terms: AgreementTerms


@dataclass(frozen=True, slots=True)
class ImportedDraft:
    title: str  # empty: derive from the terms
    created: datetime | None
    versions: tuple[ImportedVersion, ...]


def export_document(record: DraftRecord) -> dict[str, Any]:
    header = record.header
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_FORMAT_VERSION,
        "exported_at": to_iso(utc_now()),
        "exported_by": f"Pactwright {__version__}",
        "draft": {
            "title": header["title"] if header.get("custom_title") else "",
            "created": header["created"],
            "modified": header["modified"],
        },
        "versions": [
            {"number": number, "saved_at": doc["saved_at"], "note": doc.get("note", ""), "terms": doc["terms"]}
            for number, doc in sorted(record.versions.items())
        ],
    }


def write_export(record: DraftRecord, path: Path) -> None:
    data = json.dumps(export_document(record), indent=2, ensure_ascii=True).encode("ascii")
    try:
        # The export writer refuses a target inside the data folder or one that is not an
        # ordinary file, and gives the new file the user's normal permissions.
        write_bytes_atomically(path, data)
    except OSError as error:
        if isinstance(error, UnsafeTargetError):
            raise StorageError(f"Not exported to {path}: {error.strerror}.") from None
        raise write_error(error, path, f"the export {path.name}") from None


def _fail(path: Path, reason: str) -> StorageError:
    return StorageError(f"Cannot import {path}: {reason}")


def _import_export(path: Path, data: dict[str, Any]) -> ImportedDraft:
    if data.get("format_version") != EXPORT_FORMAT_VERSION:
        found = data.get("format_version")
        raise _fail(path, f"it is an export of format version {found!r}; this Pactwright reads version 1.")
    draft, versions = data.get("draft"), data.get("versions")
    if not isinstance(draft, dict) or not isinstance(versions, list) or not versions:
        raise _fail(path, "it has no draft or no versions; the file is incomplete.")
    imported: list[ImportedVersion] = []
    for position, version in enumerate(versions, start=1):
        if not isinstance(version, dict):
            raise _fail(path, f"version {position} is not a group of fields.")
        try:
            saved_at = from_iso(str(version["saved_at"]))
        except (KeyError, ValueError):
            raise _fail(path, f"version {position} has no readable saved_at date.") from None
        try:
            terms = terms_from_doc(version.get("terms"), f"version {position}")
        except StorageError as error:
            raise _fail(path, str(error)) from None
        imported.append(ImportedVersion(saved_at, str(version.get("note", "")), terms))
    title = draft.get("title", "")
    created = draft.get("created")
    try:
        created_at = from_iso(created) if isinstance(created, str) else None
    except ValueError:
        created_at = None
    return ImportedDraft(title if isinstance(title, str) else "", created_at, tuple(imported))


def read_import(path: Path) -> ImportedDraft:
    """A plain terms file or an export file, as versions to store; ``StorageError`` otherwise."""
    try:
        text = read_draft_file(path)  # plain messages for missing, non-UTF-8 and non-JSON files
    except TermsError as error:
        raise StorageError(f"Cannot import {error}") from None
    data = decode(text)  # checked already by read_draft_file; parsed the same way
    if not isinstance(data, dict):
        raise _fail(path, "it is not a draft (expected a JSON object with the agreement terms).")
    if "format" in data:
        if data["format"] != EXPORT_FORMAT:
            raise _fail(path, f"it is a '{data['format']}' file, not a Pactwright draft export.")
        return _import_export(path, data)
    try:
        terms = terms_from_doc(data, "the draft")
    except StorageError as error:
        raise _fail(path, str(error)) from None
    return ImportedDraft("", None, (ImportedVersion(utc_now(), f"Imported from {path.name}", terms),))
