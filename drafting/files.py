"""Writing an exported file so that it appears complete or not at all.

The bytes go to a temporary file beside the target, are flushed to disk, and the file
is moved into place in one step; a failure (full disk, no permission) leaves any
earlier file untouched and no half-written one behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _ordinary_file_mode(target: Path) -> int:
    # mkstemp creates files readable by their owner only; an exported agreement is an
    # ordinary document, so keep the old file's mode or give it the user's default.
    if target.exists():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, with the permissions of an ordinary file."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
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
