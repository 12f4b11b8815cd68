"""One draft in its own TinyDB file: a header document (table ``draft``) and one
document per immutable version (table ``versions``, doc_id = version number).

A save inserts the version and updates the header in one atomic file write
(``AtomicJSONStorage.batch``), so the header never disagrees with the versions.

Every version and the header carry a SHA-256 of their own content (``sha256``), checked
on every read: an edit made outside Pactwright (one byte is enough) is reported as
damage, so the file is kept aside and its last good copy restored. Documents written
before checksums existed have none and are read as they are.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document

from storage.atomic import AtomicJSONStorage, atomic_storage, previous_generation
from storage.errors import CorruptFileError, DraftNotFoundError
from storage.layout import Layout
from storage.records import Doc

HEADER_TABLE = "draft"
EXPORTS_TABLE = "exports"
VERSIONS_TABLE = "versions"
HEADER_DOC_ID = 1

FileStamp = tuple[int, int]
CHECKSUM_KEY = "sha256"


def checksum(doc: Doc) -> str:
    """The SHA-256 of ``doc`` without its own checksum, over a canonical JSON form."""
    content = {key: value for key, value in doc.items() if key != CHECKSUM_KEY}
    text = json.dumps(content, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def sealed(doc: Doc) -> Doc:
    """``doc`` with its checksum (recomputed: the header changes between writes)."""
    return {**{key: value for key, value in doc.items() if key != CHECKSUM_KEY}, CHECKSUM_KEY: checksum(doc)}


def _check(doc: Doc, path: Path, what: str) -> None:
    stored = doc.get(CHECKSUM_KEY)
    if stored is not None and stored != checksum(doc):
        raise CorruptFileError(path, f"{what} does not match its checksum; it was changed outside Pactwright")


def file_stamp(path: Path) -> FileStamp:
    """What changes whenever the file is replaced or edited: size and modification time."""
    info = os.stat(path)
    return (info.st_size, info.st_mtime_ns)


@dataclass(frozen=True, slots=True)
class DraftRecord:
    header: Doc
    versions: dict[int, Doc]
    stamp: FileStamp


def parse_record(draft_id: str, tables: dict[str, Any] | None, path: Path, stamp: FileStamp) -> DraftRecord:
    if not tables:
        raise CorruptFileError(path, "it holds no draft")
    header = tables.get(HEADER_TABLE, {}).get(str(HEADER_DOC_ID))
    if not isinstance(header, dict) or header.get("id") != draft_id:
        raise CorruptFileError(path, "its draft header is missing")
    try:
        versions = {int(key): doc for key, doc in tables.get(VERSIONS_TABLE, {}).items()}
    except ValueError:
        raise CorruptFileError(path, "a version number is unreadable") from None
    if not versions or sorted(versions) != list(range(1, len(versions) + 1)):
        raise CorruptFileError(path, "versions are missing")
    if header.get("versions") != len(versions):
        raise CorruptFileError(path, "its header does not match its versions")
    _check(header, path, "its header")
    for number, doc in versions.items():
        if not isinstance(doc, dict):
            raise CorruptFileError(path, f"version {number} is unreadable")
        _check(doc, path, f"version {number}")
    return DraftRecord(header, versions, stamp)


class DraftFile:
    """Read and write one draft's file."""

    def __init__(self, layout: Layout, draft_id: str, *, read_only: bool) -> None:
        self.draft_id = draft_id
        self.path = layout.draft_path(draft_id)
        self._read_only = read_only

    def _db(self) -> TinyDB:
        # A fresh TinyDB per operation: it reads the file anew, so no cached query can
        # outlive a change made by another process.
        return TinyDB(self.path, storage=AtomicJSONStorage, what="the draft", read_only=self._read_only)

    def exists(self) -> bool:
        return self.path.exists()

    def read(self) -> DraftRecord:
        """The whole draft; ``DraftNotFoundError`` if it has no file, ``CorruptFileError`` if damaged."""
        db = self._db()
        tables = atomic_storage(db).read()
        if tables is None:
            raise DraftNotFoundError(f"There is no draft with the id '{self.draft_id}'.")
        try:
            stamp = file_stamp(self.path)
        except FileNotFoundError:
            raise DraftNotFoundError(f"There is no draft with the id '{self.draft_id}'.") from None
        return parse_record(self.draft_id, tables, self.path, stamp)

    def create(self, header: Doc, first_version: Doc) -> FileStamp:
        return self.append(header, 1, first_version)

    def append(self, header: Doc, number: int, version: Doc) -> FileStamp:
        """Add version ``number`` and the header that goes with it, in one write."""
        db = self._db()
        with atomic_storage(db).batch():
            headers = db.table(HEADER_TABLE, cache_size=0)
            if headers.contains(doc_id=HEADER_DOC_ID):
                headers.update(sealed(header), doc_ids=[HEADER_DOC_ID])
            else:
                headers.insert(Document(sealed(header), doc_id=HEADER_DOC_ID))
            db.table(VERSIONS_TABLE, cache_size=0).insert(Document(sealed(version), doc_id=number))
        return file_stamp(self.path)

    def create_with_history(self, header: Doc, versions: list[Doc]) -> FileStamp:
        """Write a whole new draft (an import) in one write."""
        db = self._db()
        with atomic_storage(db).batch():
            db.table(HEADER_TABLE, cache_size=0).insert(Document(sealed(header), doc_id=HEADER_DOC_ID))
            table = db.table(VERSIONS_TABLE, cache_size=0)
            for number, version in enumerate(versions, start=1):
                table.insert(Document(sealed(version), doc_id=number))
        return file_stamp(self.path)

    def add_export(self, export: Doc) -> FileStamp:
        """Record one exported file (table ``exports``), in one write."""
        self._db().table(EXPORTS_TABLE, cache_size=0).insert(export)
        return file_stamp(self.path)

    def read_exports(self) -> list[Doc]:
        """The export records, oldest first."""
        tables = atomic_storage(self._db()).read() or {}
        table = tables.get(EXPORTS_TABLE, {})
        return [table[key] for key in sorted(table, key=int)]

    def update_header(self, header: Doc) -> FileStamp:
        self._db().table(HEADER_TABLE, cache_size=0).update(sealed(header), doc_ids=[HEADER_DOC_ID])
        return file_stamp(self.path)

    def delete(self) -> None:
        """Remove the draft for good (its previous generation too)."""
        for path in (previous_generation(self.path), self.path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
