"""Crash-safe files: every write goes to a temporary file in the same folder, is
flushed and fsynced, then replaces the target (``os.replace`` is atomic) and the folder
is fsynced. A crash at any moment leaves the old file or the new one, never a torn one.

``AtomicJSONStorage`` is the TinyDB ``Storage`` built on it (TinyDB's own
``JSONStorage`` rewrites the file in place: a full disk leaves invalid JSON, see
pitfalls.md). Before a file is replaced, its previous content is kept as
``<name>.bak`` (a hard link, so it costs no copy); that previous content was read and
parsed successfully just before the write, so the ``.bak`` is a known-good generation
to restore if the file is later damaged outside our control.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage

from storage.errors import CorruptFileError, ReadOnlyError, StorageError, write_error

TEMP_SUFFIX = ".tmp"
BACKUP_SUFFIX = ".bak"
_IS_WINDOWS = sys.platform == "win32"

Tables = dict[str, dict[str, Any]]


def previous_generation(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (not possible, nor needed, on Windows)."""
    if _IS_WINDOWS:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _replace(source: str, target: Path) -> None:
    # On Windows a reader (or a virus scanner) holding the target open makes the
    # replace fail for a moment; retry briefly instead of failing the save.
    for attempt in range(10):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if not _IS_WINDOWS or attempt == 9:
                raise
            time.sleep(0.05)


def _keep_previous(path: Path) -> None:
    backup = previous_generation(path)
    link = backup.with_name(f".{backup.name}.{os.getpid()}{TEMP_SUFFIX}")
    try:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(link)
        try:
            os.link(path, link)
        except OSError:  # no hard links here (FAT, some network shares): copy instead
            shutil.copyfile(path, link)
        os.replace(link, backup)
    except FileNotFoundError:
        return
    except OSError:
        # The previous generation is a convenience; failing to keep it must not stop
        # the save itself (which reports its own error if the disk is really full).
        with contextlib.suppress(OSError):
            os.unlink(link)


def atomic_write(path: Path, data: bytes, *, what: str, keep_previous: bool = False) -> None:
    """Replace ``path`` with ``data`` all at once; ``WriteFailedError`` leaves the old file intact."""
    folder = path.parent
    temp_name = ""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if keep_previous and path.exists():
            _keep_previous(path)
        _replace(temp_name, path)
        temp_name = ""
        fsync_folder(folder)
    except OSError as error:
        raise write_error(error, path, what) from None
    finally:
        if temp_name:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


def read_json_file(path: Path) -> Any | None:
    """The parsed content of ``path``; None when it does not exist.

    We never create an empty file (writes are atomic and complete), so an empty file
    is a truncated one and is reported as damaged like any other unreadable content.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise CorruptFileError(path, "it is a folder, not a file") from None
    except OSError as error:
        raise StorageError(f"Could not read {path}: {error.strerror or error}.") from None
    if not raw.strip():
        raise CorruptFileError(path, "the file is empty; it was probably cut short")
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise CorruptFileError(path, "it is not valid JSON; it was probably cut short or overwritten") from None


def encode_json(data: Any, what: str) -> bytes:
    """Serialise first, before touching any file: a value JSON cannot hold fails here."""
    try:
        # ASCII escapes keep lone surrogates and control characters round-tripping.
        return json.dumps(data, ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode("ascii")
    except (TypeError, ValueError) as error:
        raise StorageError(f"Could not save {what}: a value cannot be stored ({error}).") from None


def check_tables(path: Path, data: Any) -> Tables:
    if not isinstance(data, dict):
        raise CorruptFileError(path, "it does not hold database tables")
    for table in data.values():
        if not isinstance(table, dict) or not all(isinstance(doc, dict) for doc in table.values()):
            raise CorruptFileError(path, "a table in it is malformed")
    return data


class AtomicJSONStorage(Storage):
    """A TinyDB storage whose every write is atomic and durable.

    ``batch()`` gathers several TinyDB operations (insert a version, update the header)
    into one file write, the nearest thing to a transaction TinyDB allows.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        what: str = "the drafts database",
        read_only: bool = False,
        keep_previous: bool = True,
    ) -> None:
        self.path = Path(path)
        self.what = what
        self.read_only = read_only
        self.keep_previous = keep_previous
        self._pending: Tables | None = None
        self._batching = False

    def read(self) -> Tables | None:
        if self._pending is not None:
            return self._pending
        data = read_json_file(self.path)
        return None if data is None else check_tables(self.path, data)

    def write(self, data: Tables) -> None:
        if self.read_only:
            raise ReadOnlyError(f"Cannot save {self.what}: the drafts were opened read-only.")
        if self._batching:
            self._pending = data
            return
        atomic_write(self.path, encode_json(data, self.what), what=self.what, keep_previous=self.keep_previous)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Run several TinyDB operations, then write the file once (nothing if one fails)."""
        self._batching = True
        try:
            yield
            if self._pending is not None:
                self._batching = False
                self.write(self._pending)
        finally:
            self._batching = False
            self._pending = None


def atomic_storage(db: TinyDB) -> AtomicJSONStorage:
    """The storage of a database opened with ``storage=AtomicJSONStorage``."""
    storage = db.storage
    if not isinstance(storage, AtomicJSONStorage):
        raise TypeError("the database was not opened with AtomicJSONStorage")
    return storage
