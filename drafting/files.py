"""Writing an exported file so that it appears complete or not at all.

The bytes go to a temporary file beside the target, are flushed to disk, and the file
is moved into place in one step; a failure (full disk, no permission) leaves any
earlier file untouched and no half-written one behind.

Because the move replaces whatever the target is, the target is checked first: an
existing target must be an ordinary file (never a device such as ``/dev/full``, a FIFO
or a folder), and no export may land inside a folder that holds the drafts database
(an export written over ``drafts/<id>.json`` or ``meta.json`` would destroy what it
exports). The storage layer registers its data folder while it is open.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

_protected: Counter[Path] = Counter()
_protected_guard = threading.Lock()


class UnsafeTargetError(OSError):
    """The target must not be replaced; ``strerror`` says why in plain words."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(errno.EINVAL, reason, str(path))


def _real(path: Path) -> Path:
    # The folder is resolved (symbolic links, "..") but not the file name itself:
    # replacing a link replaces the link, never what it points to.
    return Path(os.path.realpath(path.parent or Path("."))) / path.name


@contextlib.contextmanager
def protected_folder(folder: Path) -> Iterator[None]:
    """While open, refuse every export that would land inside ``folder``."""
    real = Path(os.path.realpath(folder))
    with _protected_guard:
        _protected[real] += 1
    try:
        yield
    finally:
        with _protected_guard:
            _protected[real] -= 1
            if _protected[real] <= 0:
                del _protected[real]


def check_write_target(path: Path) -> None:
    """Raise ``UnsafeTargetError`` if writing ``path`` could destroy something else."""
    path = Path(path)
    real = _real(path)
    with _protected_guard:
        folders = list(_protected)
    for folder in folders:
        if real == folder or folder in real.parents:
            raise UnsafeTargetError(path, f"it is inside the drafts data folder {folder}; choose a file outside it")
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return
    except OSError:
        return  # the write itself reports a folder it cannot reach
    if stat.S_ISDIR(status.st_mode):
        raise UnsafeTargetError(path, "it is a folder; give a file name inside it")
    if not stat.S_ISREG(status.st_mode):
        raise UnsafeTargetError(path, "it exists and is not an ordinary file (a device or a pipe); it was left alone")


def _ordinary_file_mode(target: Path) -> int:
    # mkstemp creates files readable by their owner only; an exported agreement is an
    # ordinary document, so keep the old file's mode or give it the user's default.
    if target.exists():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to somebody else, or the platform cannot tell
        return True
    return True


def remove_stale_parts(path: Path) -> None:
    """Delete the partial files a killed export to ``path`` left beside it
    (``.NAME.PID.xxxx.part`` of a process that no longer runs); a running export's
    part is left alone."""
    prefix = f".{path.name}."
    try:
        listing = list(os.scandir(path.parent))
    except OSError:
        return
    for item in listing:
        if not (item.name.startswith(prefix) and item.name.endswith(".part")):
            continue
        pid_text = item.name[len(prefix) :].split(".", 1)[0]
        if pid_text.isdigit() and not _process_alive(int(pid_text)):
            with contextlib.suppress(OSError):
                os.unlink(item.path)


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, with the permissions of an ordinary file.

    ``UnsafeTargetError`` (an ``OSError``) if the target is not one to replace.
    """
    path = Path(path)
    check_write_target(path)
    remove_stale_parts(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _ordinary_file_mode(path))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
