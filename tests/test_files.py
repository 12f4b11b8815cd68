"""Atomic export writes: complete or not at all, and an ordinary file mode."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from drafting.files import write_bytes_atomically


def test_a_new_file_gets_the_users_default_mode(tmp_path: Path) -> None:
    target = tmp_path / "agreement.pdf"
    old = os.umask(0o022)
    try:
        write_bytes_atomically(target, b"%PDF")
    finally:
        os.umask(old)
    assert target.read_bytes() == b"%PDF"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["agreement.pdf"]


def test_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "agreement.docx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_failed_write_leaves_the_old_file_and_no_debris(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "agreement.docx"
    target.write_bytes(b"old")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["agreement.docx"]


def test_a_killed_exports_part_file_is_removed_by_the_next_export(tmp_path: Path) -> None:
    """A part file left by an export that was killed (its process is gone) is removed
    when the next export writes the same file; a part of a running export is kept."""
    import subprocess
    import sys

    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(finished.stdout)
    target = tmp_path / "agreement.pdf"
    stale = tmp_path / f".agreement.pdf.{dead_pid}.abcd1234.part"
    stale.write_bytes(b"half a PDF")
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        live = tmp_path / f".agreement.pdf.{running.pid}.efgh5678.part"
        live.write_bytes(b"being written")
        other = tmp_path / f".other.pdf.{dead_pid}.ijkl.part"
        other.write_bytes(b"another file's part")
        write_bytes_atomically(target, b"%PDF-1.4 whole")
        assert target.read_bytes() == b"%PDF-1.4 whole"
        assert not stale.exists()
        assert live.exists() and other.exists()
    finally:
        running.kill()
        running.wait()
