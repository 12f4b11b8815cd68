"""Errors raised by storage. Every message is a plain sentence a person can act on;
the UI and the command line show ``str(error)`` as is."""

from __future__ import annotations

import errno
from pathlib import Path


class StorageError(Exception):
    """Base of every storage problem; the message says what happened and what to do."""


class DatabaseInUseError(StorageError):
    """Another running Pactwright holds the database; open it read-only or close the other one."""

    def __init__(self, data_dir: Path, holder: str = "") -> None:
        self.data_dir = data_dir
        self.holder = holder
        who = f"another Pactwright ({holder})" if holder else "another Pactwright"
        super().__init__(
            f"The drafts database in {data_dir} is in use by {who}; close it first, or open the drafts read-only."
        )


class ReadOnlyError(StorageError):
    """A change was asked of a database opened read-only."""


class ReadOnlyMediaError(StorageError):
    """The drafts folder cannot be written (read-only media, no permission): the drafts
    can still be opened read-only."""

    def __init__(self, data_dir: Path, reason: str) -> None:
        self.data_dir = data_dir
        super().__init__(
            f"The drafts folder {data_dir} cannot be written ({reason}), so nothing can be saved there. "
            "Your drafts can be listed, shown and exported read-only; to change them, copy the folder "
            "somewhere writable and choose it with --data-dir (or PACTWRIGHT_DATA_DIR)."
        )


class DraftNotFoundError(StorageError, LookupError):
    """No draft (or no version of it) with that id."""


class SchemaTooNewError(StorageError):
    """The data was written by a newer Pactwright; refusing to touch it."""


class CorruptFileError(StorageError):
    """A database file cannot be read as what it should be (truncated, garbage, wrong shape)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path} is damaged ({reason}).")


class WriteFailedError(StorageError):
    """A write did not happen; what was on disk before is intact."""


class StorageFullError(WriteFailedError):
    """The disk (or the user's quota) is full; what was on disk before is intact."""


class DatabaseRecoveredWarning(UserWarning):
    """Issued when opening repaired damaged files from a backup; details in ``recovery_report``."""


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def write_error(error: OSError, path: Path, what: str) -> WriteFailedError:
    """Translate an OS error from writing ``path`` into a message about ``what`` was being saved."""
    kept = "nothing was changed and your earlier work is safe"
    if error.errno in _FULL:
        return StorageFullError(
            f"Could not save {what}: the disk holding {path.parent} is full. Free some space and try again; {kept}."
        )
    if error.errno in _DENIED or isinstance(error, PermissionError):
        return WriteFailedError(
            f"Could not save {what}: permission denied writing in {path.parent}. "
            f"Check the folder's permissions and try again; {kept}."
        )
    reason = error.strerror or str(error)
    return WriteFailedError(f"Could not save {what} in {path.parent} ({reason}); {kept}.")
