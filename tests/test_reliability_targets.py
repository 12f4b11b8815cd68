"""Write targets (issue 17, points 1 and 2): an export never lands inside the data
folder, never replaces a device, a pipe or a folder, and gets the user's permissions."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from tests.reliability_helpers import cli, import_example
from tests.storage_helpers import open_repo
from tests.support import example_paths


@pytest.fixture
def stored(tmp_path: Path) -> tuple[Path, str]:
    data_dir = tmp_path / "data"
    with open_repo(data_dir) as repo:  # stored in process; the commands under test run outside
        draft_id = repo.import_draft(example_paths()[0]).id
    return data_dir, draft_id


def test_export_onto_the_drafts_own_file_is_refused_and_the_draft_survives(stored: tuple[Path, str]) -> None:
    data_dir, draft_id = stored
    before = (data_dir / "drafts" / f"{draft_id}.json").read_bytes()
    run = cli("drafts", "export", draft_id, str(data_dir / "drafts" / f"{draft_id}.json"), data_dir=data_dir)
    assert run.code == 1 and "inside the drafts data folder" in run.err
    assert (data_dir / "drafts" / f"{draft_id}.json").read_bytes() == before
    show = cli("drafts", "show", draft_id, data_dir=data_dir)
    assert show.code == 0 and "damaged" not in show.err
    assert not (data_dir / "damaged").exists() or not any((data_dir / "damaged").iterdir())


@pytest.mark.parametrize("name", ["meta.json", "index/x.json", "new.json"])
def test_export_anywhere_inside_the_data_folder_is_refused(stored: tuple[Path, str], name: str) -> None:
    data_dir, draft_id = stored
    meta = (data_dir / "meta.json").read_bytes()
    # Reached through "..", as a user might type it.
    target = data_dir / "drafts" / ".." / name
    run = cli("drafts", "export", draft_id, str(target), data_dir=data_dir)
    assert run.code == 1 and "inside the drafts data folder" in run.err
    assert (data_dir / "meta.json").read_bytes() == meta
    assert not (data_dir / "new.json").exists()


def test_render_into_the_data_folder_is_refused(stored: tuple[Path, str]) -> None:
    data_dir, draft_id = stored
    run = cli("drafts", "render", draft_id, "--out", str(data_dir / "drafts"), "--draft", data_dir=data_dir)
    assert run.code == 1 and "inside the drafts data folder" in run.err
    assert sorted(p.suffix for p in (data_dir / "drafts").iterdir()) == [".json"]


def test_a_fifo_is_refused_not_replaced(stored: tuple[Path, str], tmp_path: Path) -> None:
    data_dir, draft_id = stored
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    run = cli("drafts", "export", draft_id, str(fifo), data_dir=data_dir)
    assert run.code == 1 and "not an ordinary file" in run.err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_device_is_refused_not_replaced(stored: tuple[Path, str]) -> None:
    data_dir, draft_id = stored
    run = cli("drafts", "export", draft_id, "/dev/full", data_dir=data_dir)
    assert run.code == 1 and "not an ordinary file" in run.err
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_a_folder_is_refused(stored: tuple[Path, str], tmp_path: Path) -> None:
    data_dir, draft_id = stored
    folder = tmp_path / "folder.json"
    folder.mkdir()
    run = cli("drafts", "export", draft_id, str(folder), data_dir=data_dir)
    assert run.code == 1 and "is a folder" in run.err
    assert folder.is_dir()


def test_a_new_export_gets_the_users_permissions(stored: tuple[Path, str], tmp_path: Path) -> None:
    data_dir, draft_id = stored
    target = tmp_path / "out.json"
    old = os.umask(0o022)
    try:
        run = cli("drafts", "export", draft_id, str(target), data_dir=data_dir)
    finally:
        os.umask(old)
    assert run.code == 0, run.err
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert json.loads(target.read_text())["format"] == "pactwright-draft-export"


def test_plain_render_also_keeps_out_of_the_data_folder(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    (data_dir / "drafts").mkdir(parents=True)
    run = cli("render", str(example_paths()[0]), "--out", str(data_dir / "drafts"), "--draft", data_dir=data_dir)
    assert run.code == 1 and "inside the drafts data folder" in run.err
    assert not any((data_dir / "drafts").iterdir())


def test_a_killed_backups_temporary_archive_is_removed_at_start_up(stored: tuple[Path, str]) -> None:
    data_dir, _ = stored
    backups = data_dir / "backups"
    backups.mkdir(exist_ok=True)
    leftover = backups / ".backup.k1l1ed.tmp"
    leftover.write_bytes(b"PK" + b"\0" * 4096)
    kept = backups / "notes.txt"
    kept.write_text("not ours to delete")
    run = cli("drafts", "list", data_dir=data_dir)
    assert run.code == 0
    assert not leftover.exists() and kept.exists()


def _edit_one_byte(path: Path, old: bytes, new: bytes) -> None:
    data = path.read_bytes()
    assert data.count(old) >= 1 and len(old) == len(new)
    path.write_bytes(data.replace(old, new, 1))


def test_a_one_byte_edit_of_a_stored_version_is_detected_and_repaired(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    draft_id = import_example(data_dir, example_paths()[0])
    with open_repo(data_dir) as repo:
        title = repo.get(draft_id).terms.title
        repo.save(draft_id, repo.get(draft_id).terms.model_copy(update={"title": title + " v2"}))
    draft_file = data_dir / "drafts" / f"{draft_id}.json"
    _edit_one_byte(draft_file, b" v2", b" v3")
    run = cli("drafts", "show", draft_id, data_dir=data_dir)
    assert "does not match its checksum" in run.err
    # The last good copy (before the second save) is back; the edited file is kept aside.
    assert run.code == 0 and json.loads(run.out)["title"] == title
    assert any("damaged" in p.name for p in (data_dir / "damaged").iterdir())
    listing = cli("drafts", "list", data_dir=data_dir)
    assert listing.code == 0 and title in listing.out and " v3" not in listing.out


def test_an_index_shard_replaced_by_a_folder_is_moved_aside_and_rebuilt(stored: tuple[Path, str]) -> None:
    data_dir, draft_id = stored
    shard = data_dir / "index" / f"{draft_id[:2]}.json"
    shard.unlink()
    shard.mkdir()
    (shard / "inside.txt").write_text("kept")
    run = cli("drafts", "list", data_dir=data_dir)
    assert run.code == 0 and draft_id in run.out and "it is a folder, not a file" in run.err
    assert shard.is_file()
    (aside,) = (data_dir / "damaged").iterdir()
    assert (aside / "inside.txt").read_text() == "kept"
    again = cli("drafts", "list", data_dir=data_dir)
    assert again.code == 0 and draft_id in again.out and not again.err
