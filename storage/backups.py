"""Rotating full backups (one zip per backup, the newest ``BACKUPS_KEPT`` kept) and the
"keep the damaged file aside" folder. Backups are what a damaged file is restored from
when its previous generation (``<name>.bak``) is not usable."""

from __future__ import annotations

import contextlib
import os
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from storage.atomic import BACKUP_SUFFIX, TEMP_SUFFIX, fsync_folder
from storage.errors import StorageError, write_error
from storage.layout import Layout
from storage.records import from_iso, utc_now

BACKUPS_KEPT = 5
BACKUP_PREFIX = "pactwright-backup-"
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"


def _data_files(layout: Layout) -> Iterator[tuple[Path, str]]:
    if layout.meta_path.exists():
        yield layout.meta_path, layout.meta_path.name
    for folder in (layout.index_dir, layout.drafts_dir, layout.autosave_dir):
        with contextlib.suppress(FileNotFoundError), os.scandir(folder) as listing:
            for item in sorted(listing, key=lambda entry: entry.name):
                if item.name.endswith(".json") and not item.name.startswith("."):
                    yield Path(item.path), f"{folder.name}/{item.name}"


def archive_name(layout: Layout, path: Path) -> str:
    """The name ``path`` has inside a backup."""
    relative = path.relative_to(layout.root)
    return "/".join(relative.parts)


def create_backup(layout: Layout) -> Path:
    """Zip every data file into backups/; drop the oldest beyond ``BACKUPS_KEPT``."""
    layout.backups_dir.mkdir(parents=True, exist_ok=True)
    target = layout.backups_dir / f"{BACKUP_PREFIX}{utc_now().strftime(_STAMP_FORMAT)}.zip"
    fd, temp_name = tempfile.mkstemp(dir=layout.backups_dir, prefix=".backup.", suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
                for path, name in _data_files(layout):
                    with contextlib.suppress(FileNotFoundError):  # purged while we ran
                        archive.write(path, name)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
        fsync_folder(layout.backups_dir)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise write_error(error, target, "the backup") from None
    for old in list_backups(layout)[BACKUPS_KEPT:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def list_backups(layout: Layout) -> list[Path]:
    """Backups, newest first."""
    try:
        found = [path for path in layout.backups_dir.glob(f"{BACKUP_PREFIX}*.zip") if path.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda path: path.name, reverse=True)


def backup_time(path: Path) -> datetime | None:
    stamp = path.stem.removeprefix(BACKUP_PREFIX)
    try:
        return from_iso(datetime.strptime(stamp, _STAMP_FORMAT).isoformat())
    except ValueError:
        return None


def backup_is_due(layout: Layout, max_age: timedelta) -> bool:
    backups = list_backups(layout)
    newest = backup_time(backups[0]) if backups else None
    return newest is None or utc_now() - newest > max_age


def candidates(layout: Layout, path: Path) -> Iterator[tuple[str, bytes]]:
    """Earlier good copies of ``path``, best first: its previous generation, then each backup."""
    previous = path.with_name(path.name + BACKUP_SUFFIX)
    with contextlib.suppress(OSError):
        yield f"its previous version ({previous.name})", previous.read_bytes()
    name = archive_name(layout, path)
    for backup in list_backups(layout):
        try:
            with zipfile.ZipFile(backup) as archive:
                data = archive.read(name)
        except (OSError, KeyError, zipfile.BadZipFile):
            continue
        yield f"the backup {backup.name}", data


def keep_aside(layout: Layout, path: Path) -> Path | None:
    """Move a damaged file into damaged/ (never deleted: someone may want to look at it)."""
    try:
        layout.damaged_dir.mkdir(parents=True, exist_ok=True)
        target = layout.damaged_dir / f"{path.name}.{utc_now().strftime(_STAMP_FORMAT)}.damaged"
        os.replace(path, target)
        return target
    except FileNotFoundError:
        return None
    except OSError as error:
        raise StorageError(f"Could not move the damaged file {path} aside: {error.strerror or error}.") from None
