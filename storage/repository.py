"""``DraftRepository``: the one door to the drafts database. It takes and returns the
drafting types (``AgreementTerms``) and the small dataclasses of ``storage.models``.

    repo = DraftRepository.open(data_dir)            # DatabaseInUseError if another copy writes
    repo = DraftRepository.open(data_dir, read_only=True)   # always works; changes raise ReadOnlyError
    repo.recovery_report                             # what was repaired while opening, or None

Drafts: ``create``, ``save`` (a new immutable version), ``get``, ``get_version``,
``history``, ``restore_version``, ``compare_versions`` (the terms changed between two
versions), ``list`` (search by title / party / model text, model, modified date;
sorted), ``find_id`` (a unique id prefix, for the command line),
``duplicate``, ``rename``, ``delete`` (to the trash), ``restore``, ``purge`` (trashed
drafts only), ``export_draft`` / ``import_draft``, ``backup`` / ``backup_if_due``.
Exports: ``record_export`` (a file written from a saved version), ``exports``.
Working copies: ``put_autosave``, ``get_autosave``, ``clear_autosave``, ``list_autosaves``.
Data settings and clause overrides: ``get_setting``, ``set_setting``,
``clause_overrides``, ``set_clause_override``, ``remove_clause_override``.

Every call holds one lock (TinyDB is not thread-safe); errors are ``StorageError``
subclasses with a message a person can act on. See storage/layout.py for the files.
"""

from __future__ import annotations

import builtins
import contextlib
import functools
import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, TypeVar

from drafting.compare import TermsChange, compare_terms
from drafting.files import protected_folder
from drafting.terms import AgreementTerms, AllianceModel
from storage import migrations
from storage.atomic import check_tables
from storage.autosave import AutosaveStore
from storage.backups import backup_is_due, create_backup, keep_aside
from storage.draft_file import DraftFile, DraftRecord, parse_record
from storage.errors import CorruptFileError, DraftNotFoundError, ReadOnlyError, StorageError
from storage.exports import export_doc, export_record
from storage.index import DraftIndex
from storage.integrity import Repairer, reconcile_index, remove_crash_leftovers
from storage.layout import Layout, check_draft_id, new_draft_id
from storage.lock import WriterLock
from storage.meta import MetaStore, validate_meta
from storage.models import (
    AutosaveInfo,
    Draft,
    DraftSort,
    DraftSummary,
    ExportRecord,
    RecoveryEvent,
    RecoveryReport,
    Version,
    VersionInfo,
)
from storage.records import (
    Doc,
    new_header,
    retitled,
    summary_from_header,
    terms_from_doc,
    to_iso,
    utc_now,
    version_doc,
    version_info,
    with_terms,
)
from storage.transfer import read_import, write_export

log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")


def _serialised(method: Callable[Concatenate[DraftRepository, P], R]) -> Callable[Concatenate[DraftRepository, P], R]:
    @functools.wraps(method)
    def wrapper(self: DraftRepository, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self._guard:
            if self._closed:
                raise StorageError("The drafts database is closed.")
            return method(self, *args, **kwargs)

    return wrapper


class DraftRepository:
    def __init__(self, layout: Layout, *, read_only: bool, lock: WriterLock | None) -> None:
        self.layout = layout
        self.read_only = read_only
        self._lock = lock
        self._guard = threading.RLock()
        self._closed = False
        self._repairer = Repairer(layout, read_only=read_only)
        self._index = DraftIndex(layout, read_only=read_only)
        self._meta = MetaStore(layout, read_only=read_only)
        self._autosaves = AutosaveStore(layout)
        # While the drafts are open, no export may be written into their folder.
        self._protection = contextlib.ExitStack()
        self._protection.enter_context(protected_folder(layout.root))

    # --- opening and closing -----------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path, *, read_only: bool = False) -> DraftRepository:
        layout = Layout(Path(data_dir))
        layout.check_folders()
        lock = None if read_only else WriterLock(layout)
        if lock is not None:
            lock.acquire()
        repo = cls(layout, read_only=read_only, lock=lock)
        try:
            repo._start()
        except BaseException:
            repo.close()
            raise
        return repo

    def _start(self) -> None:
        if not self.read_only:
            remove_crash_leftovers(self.layout)
        version = self._stored_schema_version()
        if version is None:
            if not self.read_only:
                self._meta.set_schema_version(migrations.STORAGE_SCHEMA_VERSION)
        elif version < migrations.STORAGE_SCHEMA_VERSION and not self.read_only:
            create_backup(self.layout)  # before any step touches the data
            migrations.migrate_layout(self.layout, version, self._meta.set_schema_version)
        else:
            migrations.check_storage_version(version)
            if version < migrations.STORAGE_SCHEMA_VERSION:
                raise StorageError("These drafts need an upgrade; open Pactwright normally (not read-only) once.")
        for damaged in self._index.load():
            action = "rebuilt in memory from the drafts (opened read-only)"
            aside = None
            if not self.read_only:
                aside = keep_aside(self.layout, damaged.path)
                action = "rebuilt from the drafts themselves"
            self._repairer.record(RecoveryEvent(damaged.path, damaged.reason, action, aside))
        reconcile_index(self.layout, self._index, self._load_record, self._repairer)

    def _stored_schema_version(self) -> int | None:
        try:
            return self._meta.schema_version()
        except CorruptFileError as error:
            if self._repairer.restore(self.layout.meta_path, validate_meta, error.reason):
                return self._meta.schema_version()
            if self.read_only:
                return migrations.STORAGE_SCHEMA_VERSION
            return None  # recreated; the drafts themselves are untouched

    def close(self) -> None:
        with self._guard:
            self._closed = True
            self._protection.close()
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> DraftRepository:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @property
    def recovery_report(self) -> RecoveryReport | None:
        """What was repaired (while opening, or since); None when nothing was damaged."""
        events = tuple(self._repairer.events)
        return RecoveryReport(events) if events else None

    # --- internals ---------------------------------------------------------------------

    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(
                "The drafts are open read-only (another Pactwright is using them); close it and reopen to make changes."
            )

    def _file(self, draft_id: str) -> DraftFile:
        return DraftFile(self.layout, check_draft_id(draft_id), read_only=self.read_only)

    def _load_record(self, draft_id: str) -> DraftRecord:
        """The draft's file, restored from its best earlier copy if it is damaged or vanished."""
        file = self._file(draft_id)
        known = self._index.summary(draft_id)

        def validate(data: Any) -> None:
            parse_record(draft_id, check_tables(file.path, data), file.path, (0, 0))

        try:
            return file.read()
        except DraftNotFoundError:
            if known is None:
                raise
            problem = f"the file of the draft '{known.title}' is missing"
            if not self._repairer.restore(file.path, validate, problem):
                self._index.remove(draft_id)
                raise
        except CorruptFileError as error:
            if not self._repairer.restore(file.path, validate, error.reason):
                if not self.read_only:  # its file is now in damaged/: off the list
                    self._index.remove(draft_id)
                raise StorageError(
                    f"The draft {draft_id} is damaged and no good earlier copy was found; "
                    f"the damaged file was kept in {self.layout.damaged_dir}."
                ) from None
        record = file.read()
        self._index_put(record.header, record.stamp)
        return record

    def _index_put(self, header: Doc, stamp: tuple[int, int]) -> None:
        try:
            self._index.put(header, stamp)
        except StorageError as error:
            # The draft file (the truth) is written; the list catches up at the next start.
            log.warning("drafts list not updated: %s", error)
            self._index.remember_only(header, stamp)

    def _latest_terms(self, record: DraftRecord) -> AgreementTerms:
        number = len(record.versions)
        return terms_from_doc(record.versions[number].get("terms"), f"Version {number} of '{record.header['title']}'")

    def _write_header(self, draft_id: str, change: Callable[[DraftRecord], Doc]) -> None:
        self._require_writable()
        record = self._load_record(draft_id)
        header = change(record)
        header["modified"] = to_iso(utc_now())
        self._index_put(header, self._file(draft_id).update_header(header))

    # --- drafts ------------------------------------------------------------------------

    @_serialised
    def create(self, terms: AgreementTerms, title: str = "", note: str = "") -> DraftSummary:
        self._require_writable()
        draft_id, now = new_draft_id(), utc_now()
        header = new_header(draft_id, terms, title, now)
        file = self._file(draft_id)
        stamp = file.create(header, version_doc(terms, note, now))
        self._index_put(header, stamp)
        return summary_from_header(header, file.path)

    @_serialised
    def save(self, draft_id: str, terms: AgreementTerms, note: str = "") -> VersionInfo:
        self._require_writable()
        record = self._load_record(draft_id)
        number, now = len(record.versions) + 1, utc_now()
        header = with_terms(record.header, terms)
        header.update(modified=to_iso(now), versions=number)
        file = self._file(draft_id)
        self._index_put(header, file.append(header, number, version_doc(terms, note, now)))
        return VersionInfo(draft_id, number, now, note)

    @_serialised
    def get(self, draft_id: str) -> Draft:
        record = self._load_record(draft_id)
        return Draft(summary_from_header(record.header, self._file(draft_id).path), self._latest_terms(record))

    @_serialised
    def get_version(self, draft_id: str, version: int) -> Version:
        record = self._load_record(draft_id)
        doc = record.versions.get(version)
        if doc is None:
            raise DraftNotFoundError(f"The draft '{record.header['title']}' has no version {version}.")
        path = self._file(draft_id).path
        terms = terms_from_doc(doc.get("terms"), f"Version {version} of '{record.header['title']}'")
        return Version(version_info(draft_id, version, doc, path), terms)

    @_serialised
    def history(self, draft_id: str) -> builtins.list[VersionInfo]:
        record = self._load_record(draft_id)
        path = self._file(draft_id).path
        return [version_info(draft_id, number, doc, path) for number, doc in sorted(record.versions.items())]

    def restore_version(self, draft_id: str, version: int, note: str = "") -> VersionInfo:
        with self._guard:
            terms = self.get_version(draft_id, version).terms
            return self.save(draft_id, terms, note or f"Restored version {version}")

    def compare_versions(self, draft_id: str, old_version: int, new_version: int) -> tuple[TermsChange, ...]:
        """The terms changed from ``old_version`` to ``new_version`` (either may be the later)."""
        with self._guard:
            old, new = (self.get_version(draft_id, number).terms for number in (old_version, new_version))
            return compare_terms(old, new)

    @_serialised
    def list(
        self,
        query: str = "",
        *,
        model: AllianceModel | None = None,
        sort: DraftSort = DraftSort.MODIFIED_DESC,
        trashed: bool = False,
        modified_after: datetime | None = None,
        modified_before: datetime | None = None,
    ) -> builtins.list[DraftSummary]:
        if self.read_only:
            self._index.refresh()  # the writer may have changed it since
        return self._index.select(
            query,
            model=model,
            sort=sort,
            trashed=trashed,
            modified_after=modified_after,
            modified_before=modified_before,
        )

    @_serialised
    def find_id(self, prefix: str) -> str:
        """The one draft whose id starts with ``prefix`` (trashed ones included)."""
        prefix = prefix.strip().lower()
        matches = [draft_id for draft_id in self._index.ids() if prefix and draft_id.startswith(prefix)]
        if not matches:
            raise DraftNotFoundError(f"There is no draft with an id starting '{prefix}'.")
        if len(matches) > 1:
            raise StorageError(f"'{prefix}' matches {len(matches)} drafts; type more of the id.")
        return matches[0]

    def duplicate(self, draft_id: str, title: str = "") -> DraftSummary:
        with self._guard:
            draft = self.get(draft_id)
            note = f"Copied from '{draft.summary.title}' (version {draft.summary.version_count})"
            return self.create(draft.terms, title or f"Copy of {draft.summary.title}", note)

    @_serialised
    def rename(self, draft_id: str, title: str) -> None:
        if len(title) > 300:
            raise StorageError("A title can be at most 300 characters long.")
        self._write_header(draft_id, lambda record: retitled(record.header, title, self._latest_terms(record)))

    @_serialised
    def delete(self, draft_id: str) -> None:
        self._write_header(draft_id, lambda record: {**record.header, "trashed": True, "trashed_at": to_iso(utc_now())})

    @_serialised
    def restore(self, draft_id: str) -> None:
        self._write_header(draft_id, lambda record: {**record.header, "trashed": False, "trashed_at": None})

    @_serialised
    def purge(self, draft_id: str) -> None:
        """Delete a trashed draft and all its versions for good."""
        self._require_writable()
        record = self._load_record(draft_id)
        if not record.header.get("trashed"):
            raise StorageError(f"'{record.header['title']}' is not in the trash; move it to the trash first.")
        self._file(draft_id).delete()
        self._index.remove(draft_id)
        self._autosaves.clear(draft_id)

    # --- exports of the agreement ---------------------------------------------------------

    @_serialised
    def record_export(self, record: ExportRecord) -> None:
        """Keep ``record`` in the draft's history; its version must exist."""
        self._require_writable()
        draft = self._load_record(record.draft_id)
        if record.version not in draft.versions:
            raise DraftNotFoundError(f"The draft '{draft.header['title']}' has no version {record.version}.")
        file = self._file(record.draft_id)
        self._index_put(draft.header, file.add_export(export_doc(record)))

    @_serialised
    def exports(self, draft_id: str) -> builtins.list[ExportRecord]:
        """Every recorded export of the draft, oldest first."""
        self._load_record(draft_id)  # a damaged or missing file is repaired or reported first
        file = self._file(draft_id)
        return [export_record(draft_id, doc, file.path) for doc in file.read_exports()]

    # --- transfer and backups -------------------------------------------------------------

    @_serialised
    def export_draft(self, draft_id: str, path: Path) -> None:
        write_export(self._load_record(draft_id), Path(path))

    @_serialised
    def import_draft(self, path: Path) -> DraftSummary:
        self._require_writable()
        imported = read_import(Path(path))
        draft_id, now = new_draft_id(), utc_now()
        latest = imported.versions[-1].terms
        header = new_header(draft_id, latest, imported.title, imported.created or imported.versions[0].saved_at)
        header.update(modified=to_iso(now), versions=len(imported.versions))
        versions = [version_doc(version.terms, version.note, version.saved_at) for version in imported.versions]
        file = self._file(draft_id)
        self._index_put(header, file.create_with_history(header, versions))
        return summary_from_header(header, file.path)

    @_serialised
    def backup(self) -> Path:
        """A full backup zip in backups/ (the newest few are kept)."""
        return create_backup(self.layout)

    @_serialised
    def backup_if_due(self, max_age: timedelta = timedelta(days=1)) -> Path | None:
        """A backup if the newest is older than ``max_age``; for the app to call in the background."""
        return create_backup(self.layout) if backup_is_due(self.layout, max_age) else None

    # --- working copies ----------------------------------------------------------------

    @_serialised
    def put_autosave(self, draft_id: str | None, terms: AgreementTerms) -> str:
        """Keep a working copy; returns its key (the draft id, or ``new-...`` for a never-saved
        draft: pass that key back as ``draft_id`` for its next autosave)."""
        self._require_writable()
        return self._autosaves.put(draft_id, terms)

    @_serialised
    def get_autosave(self, key: str) -> AgreementTerms | None:
        return self._autosaves.get(key)

    @_serialised
    def clear_autosave(self, key: str) -> None:
        self._require_writable()
        self._autosaves.clear(key)

    @_serialised
    def list_autosaves(self) -> builtins.list[AutosaveInfo]:
        return self._autosaves.list()

    # --- data settings and clause overrides --------------------------------------------------

    @_serialised
    def get_setting(self, key: str, default: object = None) -> object:
        return self._meta.get_setting(key, default)

    @_serialised
    def set_setting(self, key: str, value: object) -> None:
        self._require_writable()
        self._meta.set_setting(key, value)

    @_serialised
    def clause_overrides(self) -> dict[str, str]:
        return self._meta.clause_overrides()

    @_serialised
    def set_clause_override(self, clause_id: str, template_source: str) -> None:
        self._require_writable()
        self._meta.set_clause_override(clause_id, template_source)

    @_serialised
    def remove_clause_override(self, clause_id: str) -> None:
        self._require_writable()
        self._meta.remove_clause_override(clause_id)
