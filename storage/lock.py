"""One writer at a time: a lock file held for as long as the database is open for
writing, plus a small note saying who holds it, so that a second copy of the app can
tell the user which process is using the drafts."""

from __future__ import annotations

import contextlib
import json
import os
import socket
from datetime import UTC, datetime

from filelock import FileLock, Timeout

from storage.atomic import atomic_write
from storage.errors import _DENIED, DatabaseInUseError, ReadOnlyMediaError, StorageError
from storage.layout import Layout


def _describe_holder(layout: Layout) -> str:
    try:
        owner = json.loads(layout.owner_path.read_text(encoding="utf-8"))
        since = datetime.fromisoformat(owner["since"]).astimezone().strftime("%Y-%m-%d %H:%M")
        return f"process {int(owner['pid'])} on {owner['host']}, since {since}"
    except (OSError, ValueError, KeyError, TypeError):
        return ""


class WriterLock:
    """Held by the one ``DraftRepository`` allowed to write; released on close (or by the
    operating system when the process dies, so a crash never leaves a stale lock)."""

    def __init__(self, layout: Layout) -> None:
        self._layout = layout
        # thread_local=False: the UI may open on one thread and close on another.
        self._lock = FileLock(str(layout.lock_path), timeout=0, thread_local=False)

    def acquire(self) -> None:
        try:
            self._layout.root.mkdir(parents=True, exist_ok=True)
            # filelock reports any failure to open its file as "held by somebody else";
            # opening it once ourselves gives a folder that cannot hold files (read-only
            # media, /proc) its real reason.
            os.close(os.open(self._layout.lock_path, os.O_RDWR | os.O_CREAT, 0o644))
            self._lock.acquire()
        except Timeout:
            raise DatabaseInUseError(self._layout.root, _describe_holder(self._layout)) from None
        except OSError as error:
            if error.errno in _DENIED or isinstance(error, PermissionError):
                raise ReadOnlyMediaError(self._layout.root, (error.strerror or str(error)).lower()) from None
            raise StorageError(
                f"Cannot keep drafts in {self._layout.root}: it does not accept new files "
                f"({(error.strerror or str(error)).lower()}). Choose another folder with --data-dir."
            ) from None
        owner = {"pid": os.getpid(), "host": socket.gethostname(), "since": datetime.now(UTC).isoformat()}
        with contextlib.suppress(StorageError):  # only a courtesy for the other instance
            atomic_write(self._layout.owner_path, json.dumps(owner).encode(), what="the lock note")

    def release(self) -> None:
        if self._lock.is_locked:
            with contextlib.suppress(OSError):
                self._layout.owner_path.unlink()
            self._lock.release()
