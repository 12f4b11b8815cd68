"""The drafts list: one small TinyDB file per shard (the first two hex digits of the
draft id), read once into memory and then only where a shard file changed.

Each entry is a copy of a draft's header plus the size and modification time of the
draft file it was taken from; when the two disagree (a crash between writing the draft
and writing its shard, or a file edited behind our back) the entry is rebuilt from the
draft file when the database is opened.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from tinydb import TinyDB, where

from drafting.terms import AllianceModel
from storage.atomic import AtomicJSONStorage, atomic_storage
from storage.draft_file import FileStamp, file_stamp
from storage.errors import CorruptFileError, StorageError
from storage.layout import Layout, is_draft_id
from storage.models import DraftSort, DraftSummary
from storage.records import Doc, summary_from_header

TABLE = "drafts"


def _sort_key(sort: DraftSort) -> tuple[bool, object]:
    keys = {
        DraftSort.MODIFIED_DESC: (True, lambda s: (s.modified, s.id)),
        DraftSort.MODIFIED_ASC: (False, lambda s: (s.modified, s.id)),
        DraftSort.CREATED_DESC: (True, lambda s: (s.created, s.id)),
        DraftSort.CREATED_ASC: (False, lambda s: (s.created, s.id)),
        DraftSort.TITLE_ASC: (False, lambda s: (s.title.casefold(), s.id)),
        DraftSort.TITLE_DESC: (True, lambda s: (s.title.casefold(), s.id)),
    }
    return keys[DraftSort(sort)]


class DraftIndex:
    def __init__(self, layout: Layout, *, read_only: bool) -> None:
        self._layout = layout
        self._read_only = read_only
        self._entries: dict[str, Doc] = {}
        self._summaries: dict[str, DraftSummary] = {}
        self._shard_stamps: dict[str, FileStamp] = {}
        self._shard_members: dict[str, set[str]] = {}

    def _db(self, shard: str) -> TinyDB:
        path = self._layout.shard_path(shard)
        return TinyDB(path, storage=AtomicJSONStorage, what="the drafts list", read_only=self._read_only,
                      keep_previous=False)  # fmt: skip

    # --- reading -------------------------------------------------------------------

    def load(self) -> list[CorruptFileError]:
        """Read every shard; return the damaged ones (their drafts are re-indexed from files)."""
        damaged: list[CorruptFileError] = []
        present: set[str] = set()
        with contextlib.suppress(FileNotFoundError), os.scandir(self._layout.index_dir) as listing:
            for item in listing:
                shard = item.name.removesuffix(".json")
                if item.name.endswith(".json") and len(shard) == 2 and item.is_file():
                    present.add(shard)
                elif item.name.endswith(".json") and len(shard) == 2 and item.is_dir():
                    # A folder where a shard belongs: damaged like any unreadable shard, so
                    # it is moved aside and the shard rebuilt from the drafts themselves.
                    damaged.append(CorruptFileError(Path(item.path), "it is a folder, not a file"))
        for shard in set(self._shard_members) - present:
            self._forget_shard(shard)
        for shard in sorted(present):
            try:
                self._load_shard(shard)
            except CorruptFileError as error:
                self._forget_shard(shard)
                damaged.append(error)
        return damaged

    def refresh(self) -> None:
        """Re-read the shards another process changed (for a read-only view); ``load``
        skips every shard whose file is unchanged."""
        self.load()

    def _forget_shard(self, shard: str) -> None:
        for draft_id in self._shard_members.pop(shard, set()):
            self._entries.pop(draft_id, None)
            self._summaries.pop(draft_id, None)
        self._shard_stamps.pop(shard, None)

    def _load_shard(self, shard: str) -> None:
        path = self._layout.shard_path(shard)
        try:
            stamp = file_stamp(path)
        except FileNotFoundError:
            self._forget_shard(shard)
            return
        if self._shard_stamps.get(shard) == stamp:
            return
        tables = atomic_storage(self._db(shard)).read() or {}
        self._forget_shard(shard)
        members: set[str] = set()
        for entry in tables.get(TABLE, {}).values():
            draft_id = entry.get("id")
            # A malformed entry is dropped here and rebuilt from its draft file.
            if isinstance(draft_id, str) and is_draft_id(draft_id) and self._remember(entry, path):
                members.add(draft_id)
        self._shard_members[shard] = members
        self._shard_stamps[shard] = stamp

    def _remember(self, entry: Doc, path: Path) -> bool:
        try:
            summary = summary_from_header(entry, path)
        except CorruptFileError:
            return False
        self._entries[summary.id] = entry
        self._summaries[summary.id] = summary
        self._shard_members.setdefault(self._layout.shard_name(summary.id), set()).add(summary.id)
        return True

    def ids(self) -> list[str]:
        return list(self._entries)

    def stamp(self, draft_id: str) -> FileStamp | None:
        entry = self._entries.get(draft_id)
        file = entry.get("file") if entry else None
        return (file[0], file[1]) if isinstance(file, list) and len(file) == 2 else None

    def summary(self, draft_id: str) -> DraftSummary | None:
        return self._summaries.get(draft_id)

    def select(
        self,
        query: str = "",
        *,
        model: AllianceModel | None = None,
        sort: DraftSort = DraftSort.MODIFIED_DESC,
        trashed: bool = False,
        modified_after: datetime | None = None,
        modified_before: datetime | None = None,
    ) -> list[DraftSummary]:
        words = query.casefold().split()
        chosen = []
        for draft_id, summary in self._summaries.items():
            if summary.trashed != trashed or (model is not None and summary.model != model):
                continue
            if modified_after is not None and summary.modified < modified_after:
                continue
            if modified_before is not None and summary.modified > modified_before:
                continue
            if words:
                text = self._entries[draft_id].get("search", "")
                if not all(word in text for word in words):
                    continue
            chosen.append(summary)
        reverse, key = _sort_key(sort)
        chosen.sort(key=key, reverse=reverse)  # type: ignore[arg-type]
        return chosen

    # --- writing -------------------------------------------------------------------

    def put(self, header: Doc, stamp: FileStamp) -> None:
        self.put_many([(header, stamp)])

    def put_many(self, items: Iterable[tuple[Doc, FileStamp]]) -> None:
        """Record fresh headers, one write per shard touched."""
        by_shard: dict[str, list[Doc]] = {}
        for header, stamp in items:
            entry = {**header, "file": list(stamp)}
            by_shard.setdefault(self._layout.shard_name(header["id"]), []).append(entry)
        for shard, entries in by_shard.items():
            if not self._read_only:
                db = self._db(shard)
                with atomic_storage(db).batch():
                    table = db.table(TABLE, cache_size=0)
                    for entry in entries:
                        table.upsert(entry, where("id") == entry["id"])
                self._after_write(shard)
            for entry in entries:
                self._remember(entry, self._layout.shard_path(shard))

    def remember_only(self, header: Doc, stamp: FileStamp) -> None:
        """Update the in-memory list when its file could not be written; the next start
        rebuilds the entry from the draft file (its stamp will not match)."""
        self._remember({**header, "file": list(stamp)}, self._layout.shard_path(self._layout.shard_name(header["id"])))

    def remove(self, draft_id: str) -> None:
        shard = self._layout.shard_name(draft_id)
        if not self._read_only:
            self._db(shard).table(TABLE, cache_size=0).remove(where("id") == draft_id)
            self._after_write(shard)
        self._entries.pop(draft_id, None)
        self._summaries.pop(draft_id, None)
        self._shard_members.get(shard, set()).discard(draft_id)

    def _after_write(self, shard: str) -> None:
        try:
            self._shard_stamps[shard] = file_stamp(self._layout.shard_path(shard))
        except FileNotFoundError:
            raise StorageError("The drafts list vanished while it was being saved.") from None
