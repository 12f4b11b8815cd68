"""Damage and failures: truncated and garbage files are detected when opening, kept aside
and restored from the best earlier copy (never silently); a crash's leftovers and a list
left behind by a crash are repaired; a full disk or a refused write raises a clear error
and leaves the previous state intact."""

from __future__ import annotations

import errno
import os
import warnings
from pathlib import Path

import pytest

from storage.errors import DatabaseRecoveredWarning, StorageError, StorageFullError, WriteFailedError
from storage.index import DraftIndex
from tests.storage_helpers import make_terms, open_repo


def two_versions(data_dir: Path) -> str:
    with open_repo(data_dir) as repo:
        summary = repo.create(make_terms(background="v1"))
        repo.save(summary.id, make_terms(background="v2"))
        return summary.id


def draft_path(data_dir: Path, draft_id: str) -> Path:
    return data_dir / "drafts" / f"{draft_id}.json"


def truncate(path: Path) -> None:
    data = path.read_bytes()
    with path.open("r+b") as handle:  # in place, as a failing disk or sync tool would
        handle.truncate(len(data) // 2)


DAMAGE = {
    "truncated": truncate,
    "garbage": lambda path: path.write_bytes(os.urandom(3000)),
    "empty": lambda path: path.write_bytes(b""),
    "wrong shape": lambda path: path.write_text('{"draft": [1, 2, 3]}'),
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_draft_is_detected_at_start_kept_aside_and_restored(data_dir: Path, damage) -> None:
    draft_id = two_versions(data_dir)
    damage(draft_path(data_dir, draft_id))
    with pytest.warns(DatabaseRecoveredWarning), open_repo(data_dir) as repo:
        report = repo.recovery_report
        assert report is not None and len(report.events) == 1
        event = report.events[0]
        assert "restored from its previous version" in str(event)
        assert event.kept_aside is not None and event.kept_aside.parent == data_dir / "damaged"
        # The previous generation is the draft before its last save.
        draft = repo.get(draft_id)
        assert draft.terms.background == "v1" and draft.summary.version_count == 1
        assert repo.list()[0].version_count == 1
        repo.save(draft_id, make_terms(background="v2 again"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with open_repo(data_dir) as repo:
            assert repo.recovery_report is None
            assert repo.get(draft_id).terms.background == "v2 again"


def test_a_damaged_draft_falls_back_to_the_latest_backup(data_dir: Path) -> None:
    draft_id = two_versions(data_dir)
    with open_repo(data_dir) as repo:
        repo.backup()
    (data_dir / "drafts" / f"{draft_id}.json.bak").write_bytes(b"\x00garbage")
    truncate(draft_path(data_dir, draft_id))
    with pytest.warns(DatabaseRecoveredWarning), open_repo(data_dir) as repo:
        assert repo.recovery_report is not None
        assert "restored from the backup pactwright-backup-" in str(repo.recovery_report)
        assert repo.get(draft_id).terms.background == "v2"


def test_damage_without_any_good_copy_is_reported_and_kept(data_dir: Path) -> None:
    with open_repo(data_dir) as repo:
        draft_id = repo.create(make_terms()).id  # one write: no previous generation
        survivor = repo.create(make_terms(background="fine")).id
    draft_path(data_dir, draft_id).write_text("{ not json")
    with pytest.warns(DatabaseRecoveredWarning), open_repo(data_dir) as repo:
        assert "no good earlier copy was found" in str(repo.recovery_report)
        assert [s.id for s in repo.list()] == [survivor]
        assert repo.get(survivor).terms.background == "fine"
    kept = list((data_dir / "damaged").iterdir())
    assert len(kept) == 1 and kept[0].read_text() == "{ not json"


def test_a_damaged_file_found_later_is_repaired_on_read(data_dir: Path) -> None:
    draft_id = two_versions(data_dir)
    with open_repo(data_dir) as repo:
        truncate(draft_path(data_dir, draft_id))  # damaged while the app runs
        with pytest.warns(DatabaseRecoveredWarning):
            assert repo.get(draft_id).terms.background == "v1"
        assert repo.recovery_report is not None


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_index_shard_is_rebuilt_from_the_drafts(data_dir: Path, damage) -> None:
    draft_id = two_versions(data_dir)
    damage(data_dir / "index" / f"{draft_id[:2]}.json")
    with pytest.warns(DatabaseRecoveredWarning), open_repo(data_dir) as repo:
        assert "rebuilt from the drafts themselves" in str(repo.recovery_report)
        assert [(s.id, s.version_count) for s in repo.list()] == [(draft_id, 2)]
    assert len(list((data_dir / "damaged").iterdir())) == 1


def test_damaged_meta_is_restored_from_its_previous_version(data_dir: Path) -> None:
    with open_repo(data_dir) as repo:
        repo.set_setting("firm", "Smith & Jones")
        repo.set_setting("currency", "EUR")
    truncate(data_dir / "meta.json")
    with pytest.warns(DatabaseRecoveredWarning), open_repo(data_dir) as repo:
        assert repo.get_setting("firm") == "Smith & Jones"  # the generation before the last write


def test_a_vanished_draft_file_comes_back_from_its_previous_version(data_dir: Path) -> None:
    draft_id = two_versions(data_dir)
    draft_path(data_dir, draft_id).unlink()
    with pytest.warns(DatabaseRecoveredWarning), open_repo(data_dir) as repo:
        assert "is missing" in str(repo.recovery_report)
        assert repo.get(draft_id).summary.version_count == 1


def test_crash_between_draft_and_list_writes_is_caught_up(data_dir: Path, monkeypatch) -> None:
    with open_repo(data_dir) as repo:
        draft_id = repo.create(make_terms()).id

        def crash(*args, **kwargs):
            raise KeyboardInterrupt  # stands for the process dying after the draft file was written

        monkeypatch.setattr(DraftIndex, "put_many", crash)
        with pytest.raises(KeyboardInterrupt):
            repo.save(draft_id, make_terms(background="saved before the crash"))
        with pytest.raises(KeyboardInterrupt):
            repo.create(make_terms(), title="orphan")
        monkeypatch.undo()
    (data_dir / "drafts" / ".leftover.json.abc.tmp").write_text("{half")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # catching up the list is routine, not a repair
        with open_repo(data_dir) as repo:
            listed = {s.title: s.version_count for s in repo.list()}
            assert listed == {"Joint venture between Alpha and Beta": 2, "orphan": 1}
            assert repo.recovery_report is None
    assert not list((data_dir / "drafts").glob(".*.tmp"))


def failing(code: int, after_calls: int = 0):
    calls = {"n": 0}
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] > after_calls:
            raise OSError(code, os.strerror(code))
        real_fsync(fd)

    return fsync


@pytest.mark.parametrize(
    ("code", "error", "words"),
    [
        (errno.ENOSPC, StorageFullError, "disk holding"),
        (errno.EACCES, WriteFailedError, "permission denied"),
        (errno.EIO, WriteFailedError, "Could not save"),
    ],
)
def test_a_failed_write_raises_a_clear_error_and_keeps_the_previous_state(
    data_dir: Path, monkeypatch, code: int, error: type[Exception], words: str
) -> None:
    draft_id = two_versions(data_dir)
    before = draft_path(data_dir, draft_id).read_bytes()
    with open_repo(data_dir) as repo:
        monkeypatch.setattr(os, "fsync", failing(code))
        with pytest.raises(error, match=words) as caught:
            repo.save(draft_id, make_terms(background="v3"))
        assert "your earlier work is safe" in str(caught.value)
        with pytest.raises(error):
            repo.create(make_terms())
        monkeypatch.undo()
        # Still running, nothing torn, nothing half-saved; the next save works.
        assert draft_path(data_dir, draft_id).read_bytes() == before
        assert [s.version_count for s in repo.list()] == [2]
        assert repo.save(draft_id, make_terms(background="v3")).number == 3
    assert not list(data_dir.rglob(".*.tmp"))


def test_a_short_write_on_a_full_disk_leaves_no_trace(data_dir: Path, monkeypatch) -> None:
    draft_id = two_versions(data_dir)
    real_write = os.write

    def write(fd: int, data) -> int:
        if len(data) > 1000:
            real_write(fd, bytes(data[:500]))
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    with open_repo(data_dir) as repo:
        monkeypatch.setattr(os, "write", write)
        with pytest.raises(StorageFullError):
            repo.save(draft_id, make_terms(background="x" * 5000))
        monkeypatch.undo()
        assert repo.get(draft_id).terms.background == "v2"


def test_the_list_failing_after_the_draft_was_written_still_saves(data_dir: Path, monkeypatch) -> None:
    draft_id = two_versions(data_dir)
    with open_repo(data_dir) as repo:
        # Two fsyncs succeed (draft file and its folder), then the list's write fails.
        monkeypatch.setattr(os, "fsync", failing(errno.ENOSPC, after_calls=2))
        info = repo.save(draft_id, make_terms(background="v3"))
        monkeypatch.undo()
        assert info.number == 3 and repo.list()[0].version_count == 3
    with open_repo(data_dir) as repo:
        assert repo.list()[0].version_count == 3


def test_an_unreadable_data_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError, match="Cannot keep drafts in"):
        open_repo(blocker / "data")
