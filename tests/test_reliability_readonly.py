"""Read-only media and folders that cannot hold files (issue 17, points 6 and 9): the
drafts can be listed, shown, rendered and exported from a read-only folder; every change
is refused with a message saying why and what to do; a folder such as /proc/self is not
taken for "another Pactwright"."""

from __future__ import annotations

import errno
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from storage.errors import ReadOnlyMediaError
from tests.reliability_helpers import ROOT, Run, cli, import_example
from tests.storage_helpers import open_repo
from tests.support import example_paths


def _read_only_mount_works(folder: Path) -> bool:
    if shutil.which("unshare") is None:
        return False
    quoted = shlex.quote(str(folder))
    probe = f"mount --bind {quoted} {quoted} && mount -o remount,bind,ro {quoted}"
    return subprocess.run(["unshare", "-rm", "sh", "-c", probe], capture_output=True, timeout=30).returncode == 0


def cli_read_only(data_dir: Path, *argv: str) -> Run:
    """``python main.py ARGV`` with ``data_dir`` mounted read-only (a private mount
    namespace: nothing else on the machine sees the change)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PACTWRIGHT_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    folder = shlex.quote(str(data_dir))
    command = shlex.join([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *argv])
    script = f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && exec {command}"
    result = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return Run(result.returncode, result.stdout, result.stderr)


@pytest.fixture
def read_only_store(tmp_path: Path) -> tuple[Path, str]:
    data_dir = tmp_path / "data"
    draft_id = import_example(data_dir, example_paths()[0])
    if not _read_only_mount_works(data_dir):
        pytest.skip("this machine cannot mount a folder read-only in a private namespace (unshare)")
    return data_dir, draft_id


def test_reading_commands_work_from_read_only_media(read_only_store: tuple[Path, str], tmp_path: Path) -> None:
    data_dir, draft_id = read_only_store
    listed = cli_read_only(data_dir, "drafts", "list")
    assert listed.code == 0 and draft_id in listed.out
    assert "cannot be written (read-only file system)" in listed.err
    shown = cli_read_only(data_dir, "drafts", "show", draft_id[:8])
    assert shown.code == 0 and '"model"' in shown.out
    exported = cli_read_only(data_dir, "drafts", "export", draft_id, str(tmp_path / "copy.json"))
    assert exported.code == 0 and (tmp_path / "copy.json").stat().st_size > 0
    out = tmp_path / "out"
    rendered = cli_read_only(data_dir, "drafts", "render", draft_id, "--out", str(out), "--format", "docx")
    assert rendered.code == 0, rendered.err
    assert "not added to the draft's history" in rendered.err
    assert [path.suffix for path in out.iterdir()] == [".docx"]


@pytest.mark.parametrize(
    "argv", [("drafts", "import", "EXAMPLE"), ("drafts", "delete", "ID")], ids=["import", "delete"]
)
def test_changes_on_read_only_media_are_refused_clearly(
    read_only_store: tuple[Path, str], argv: tuple[str, ...]
) -> None:
    data_dir, draft_id = read_only_store
    concrete = [str(example_paths()[1]) if arg == "EXAMPLE" else draft_id if arg == "ID" else arg for arg in argv]
    run = cli_read_only(data_dir, *concrete)
    assert run.code == 1
    assert "cannot be written (read-only file system), so nothing can be saved there" in run.err
    assert "copy the folder somewhere writable" in run.err
    assert "in use by another" not in run.err
    assert draft_id in cli("drafts", "list", data_dir=data_dir).out  # nothing lost


def test_a_folder_that_refuses_the_lock_file_is_read_only_media(tmp_path: Path, monkeypatch) -> None:
    """In process, for machines that cannot mount read-only: the writer's lock file cannot be
    created (EROFS), so opening for writing says so, and opening read-only still works."""
    data_dir = tmp_path / "data"
    with open_repo(data_dir) as repo:
        repo.import_draft(example_paths()[0])
    real_open = os.open

    def refuse_lock(path: object, flags: int, *args: object) -> int:
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse_lock)
    with pytest.raises(ReadOnlyMediaError, match="read-only file system"):
        open_repo(data_dir)
    with open_repo(data_dir, read_only=True) as repo:
        assert len(repo.list()) == 1


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc")
def test_a_system_folder_is_not_taken_for_another_pactwright() -> None:
    for argv in (("drafts", "list"), ("drafts", "import", str(example_paths()[0]))):
        run = cli(*argv, data_dir=Path("/proc/self"))
        assert run.code == 1
        assert "Cannot keep drafts in /proc/self: it does not accept new files" in run.err
        assert "another Pactwright" not in run.err
