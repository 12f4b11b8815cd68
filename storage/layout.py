"""Where each file of the drafts database lives inside the data folder, and why.

    meta.json            schema_version, settings that belong to the data, clause overrides
    index/<xx>.json      the drafts list, in 256 shards by the first two hex digits of the id
    drafts/<id>.json     one draft: its header and every immutable version
    autosave/<key>.json  working copies not yet saved as a version
    backups/*.zip        rotating full backups (``DraftRepository.backup``)
    damaged/             damaged files kept aside after a repair
    .lock, .lock-owner   the single-writer lock and who holds it

TinyDB rewrites a whole file on every write, so no file may grow with the number of
drafts: a save rewrites one draft file (its size grows with that draft's own
versions only) and one index shard (about 40 entries at 10,000 drafts, a few KB).
Listing reads the 256 shards (a few MB at 10,000 drafts) once, then only the shards
whose file changed. The draft files are the truth; the index is derived from their
headers and is repaired from them when a crash left it behind.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from storage.errors import DraftNotFoundError, StorageError

SHARD_DIGITS = 2
_DRAFT_ID = re.compile(r"^[0-9a-f]{32}$")
AUTOSAVE_KEY = re.compile(r"^(?:[0-9a-f]{32}|new-[0-9a-f]{32})$")


def new_draft_id() -> str:
    return uuid.uuid4().hex


def check_draft_id(draft_id: str) -> str:
    """Refuse anything that is not one of our ids (it becomes part of a file name)."""
    if not isinstance(draft_id, str) or not _DRAFT_ID.match(draft_id):
        raise DraftNotFoundError(f"There is no draft with the id '{draft_id}'.")
    return draft_id


def is_draft_id(text: str) -> bool:
    return bool(_DRAFT_ID.match(text))


@dataclass(frozen=True, slots=True)
class Layout:
    root: Path

    @property
    def meta_path(self) -> Path:
        return self.root / "meta.json"

    @property
    def index_dir(self) -> Path:
        return self.root / "index"

    @property
    def drafts_dir(self) -> Path:
        return self.root / "drafts"

    @property
    def autosave_dir(self) -> Path:
        return self.root / "autosave"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def damaged_dir(self) -> Path:
        return self.root / "damaged"

    @property
    def lock_path(self) -> Path:
        return self.root / ".lock"

    @property
    def owner_path(self) -> Path:
        return self.root / ".lock-owner.json"

    def shard_name(self, draft_id: str) -> str:
        return draft_id[:SHARD_DIGITS]

    def shard_path(self, shard: str) -> Path:
        return self.index_dir / f"{shard}.json"

    def draft_path(self, draft_id: str) -> Path:
        return self.drafts_dir / f"{check_draft_id(draft_id)}.json"

    def autosave_path(self, key: str) -> Path:
        return self.autosave_dir / f"{key}.json"

    def data_folders(self) -> tuple[Path, ...]:
        return (self.root, self.index_dir, self.drafts_dir, self.autosave_dir)

    def check_folders(self) -> None:
        """Refuse, in plain words, a data folder whose sub-folders are files (or devices).

        The file may be the user's own: it is neither removed nor replaced.
        """
        for folder in (*self.data_folders(), self.backups_dir, self.damaged_dir):
            if (folder.exists() or folder.is_symlink()) and not folder.is_dir():
                raise StorageError(
                    f"{folder} should be a folder but is a file; move that file elsewhere "
                    "(Pactwright does not delete it) and try again."
                )
