"""One writer at a time: a second instance (in this process or another) is told the
database is in use and by whom; it may open it read-only, which refuses every change
with a clear message and still sees the writer's saves."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from storage.errors import DatabaseInUseError, ReadOnlyError
from tests.storage_helpers import ROOT, make_terms, open_repo


def test_a_second_open_in_the_same_process_is_refused(data_dir: Path) -> None:
    with open_repo(data_dir), pytest.raises(DatabaseInUseError) as caught:
        open_repo(data_dir)
    assert f"in use by another Pactwright (process {os.getpid()} on " in str(caught.value)
    with open_repo(data_dir):  # released on close
        pass


def test_read_only_works_beside_the_writer_and_refuses_changes(data_dir: Path) -> None:
    with open_repo(data_dir) as writer:
        draft_id = writer.create(make_terms(), title="Falcon").id
        with open_repo(data_dir, read_only=True) as reader:
            assert reader.read_only and [s.title for s in reader.list()] == ["Falcon"]
            writer.save(draft_id, make_terms(background="v2"))
            writer.create(make_terms(), title="Heron")
            assert {s.title: s.version_count for s in reader.list()} == {"Falcon": 2, "Heron": 1}
            assert reader.get(draft_id).terms.background == "v2"
            changes = [
                lambda: reader.create(make_terms()),
                lambda: reader.save(draft_id, make_terms()),
                lambda: reader.rename(draft_id, "x"),
                lambda: reader.delete(draft_id),
                lambda: reader.put_autosave(None, make_terms()),
                lambda: reader.set_setting("a", 1),
                lambda: reader.set_clause_override("a", "b"),
            ]
            for change in changes:
                with pytest.raises(ReadOnlyError, match="open read-only"):
                    change()
        assert writer.get(draft_id).summary.version_count == 2


def test_read_only_of_a_new_folder_creates_nothing(tmp_path: Path) -> None:
    with open_repo(tmp_path / "nowhere", read_only=True) as reader:
        assert reader.list() == []
    assert not (tmp_path / "nowhere").exists()


HOLDER = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, sys.argv[2])
    from storage.repository import DraftRepository
    repo = DraftRepository.open(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.readline()
    """
)


def test_another_process_holding_the_database_is_named(data_dir: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir), str(ROOT)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseInUseError) as caught:
            open_repo(data_dir)
        assert f"process {holder.pid}" in str(caught.value) and "read-only" in str(caught.value)
        with open_repo(data_dir, read_only=True) as reader:
            assert reader.list() == []
    finally:
        holder.kill()
        holder.wait()
    # The lock dies with its process, even killed: no stale lock.
    with open_repo(data_dir) as repo:
        assert repo.create(make_terms()).version_count == 1
