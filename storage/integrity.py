"""Detect and repair damage when the database is opened (and whenever a damaged file
turns up later): leftovers of a crash, files cut short or overwritten with garbage, and
an index left behind by a crash between two writes.

A damaged file is moved into damaged/ and replaced by its best earlier good copy (its
previous generation, else the newest backup holding it). Every repair is recorded as a
``RecoveryEvent`` and announced with a ``DatabaseRecoveredWarning``: never silent.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from storage.atomic import TEMP_SUFFIX, atomic_write
from storage.backups import candidates, keep_aside
from storage.draft_file import DraftRecord, FileStamp
from storage.errors import DatabaseRecoveredWarning, StorageError
from storage.index import DraftIndex
from storage.layout import Layout, is_draft_id
from storage.models import RecoveryEvent

log = logging.getLogger(__name__)

Validator = Callable[[Any], object]


def remove_crash_leftovers(layout: Layout) -> None:
    """Delete temporary files a killed writer left behind (only the lock holder may),
    including the partial ``.backup.*.tmp`` archives of a backup that was killed."""
    for folder in (*layout.data_folders(), layout.backups_dir):
        with contextlib.suppress(FileNotFoundError), os.scandir(folder) as listing:
            for item in listing:
                if item.name.startswith(".") and item.name.endswith(TEMP_SUFFIX):
                    with contextlib.suppress(OSError):
                        os.unlink(item.path)


class Repairer:
    """Restores damaged files and remembers what it did."""

    def __init__(self, layout: Layout, *, read_only: bool) -> None:
        self._layout = layout
        self._read_only = read_only
        self.events: list[RecoveryEvent] = []

    def record(self, event: RecoveryEvent) -> None:
        self.events.append(event)
        # The user hears of it through recovery_report; the log is for diagnostics only.
        log.info("%s", event)
        warnings.warn(DatabaseRecoveredWarning(str(event)), stacklevel=3)

    def restore(self, path: Path, validate: Validator, problem: str) -> bool:
        """Put the best earlier good copy of ``path`` in its place; False if there is none."""
        if self._read_only:
            self.record(
                RecoveryEvent(path, problem, "left as is (opened read-only); open Pactwright normally to repair")
            )
            return False
        for source, data in candidates(self._layout, path):
            try:
                validate(json.loads(data))
            except (ValueError, StorageError):
                continue
            aside = keep_aside(self._layout, path)
            atomic_write(path, data, what="a repaired file")
            self.record(RecoveryEvent(path, problem, f"restored from {source}", aside))
            return True
        aside = keep_aside(self._layout, path)
        self.record(RecoveryEvent(path, problem, "no good earlier copy was found", aside))
        return False


def draft_files_on_disk(layout: Layout) -> dict[str, FileStamp]:
    found: dict[str, FileStamp] = {}
    with contextlib.suppress(FileNotFoundError), os.scandir(layout.drafts_dir) as listing:
        for item in listing:
            draft_id = item.name.removesuffix(".json")
            if item.name.endswith(".json") and is_draft_id(draft_id):
                with contextlib.suppress(OSError):
                    info = item.stat()
                    found[draft_id] = (info.st_size, info.st_mtime_ns)
    return found


def reconcile_index(
    layout: Layout, index: DraftIndex, load_record: Callable[[str], DraftRecord], repairer: Repairer
) -> int:
    """Make the index agree with the draft files; return how many entries were rebuilt."""
    on_disk = draft_files_on_disk(layout)
    fresh: list[tuple[dict[str, Any], FileStamp]] = []
    for draft_id, stamp in on_disk.items():
        if index.stamp(draft_id) == stamp:
            continue
        try:
            record = load_record(draft_id)
        except StorageError as error:  # damaged beyond repair: already reported
            log.warning("%s", error)
            continue
        fresh.append((record.header, record.stamp))
    index.put_many(fresh)
    for draft_id in set(index.ids()) - set(on_disk):
        summary = index.summary(draft_id)
        if summary is None or summary.trashed:  # a trashed one was being purged
            index.remove(draft_id)
            continue
        # Restores a vanished file from its best earlier copy, else reports it and takes
        # it off the list.
        with contextlib.suppress(StorageError):
            load_record(draft_id)
    if fresh:
        log.info("drafts list: %d entries brought up to date from the draft files", len(fresh))
    return len(fresh)
