"""`main.py drafts ...`: list, show, history, export, import, delete, restore; and a
second instance on the command line (a one-line refusal for changes, read-only reads)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import main
from tests.storage_helpers import example_files, make_terms, open_repo


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> tuple[int, str, str]:
    code = main.main(["--data-dir", str(data_dir), "drafts", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_list_show_history_export_round_trip(data_dir: Path, tmp_path: Path, capsys) -> None:
    example = example_files()[0]
    code, out, _ = run(capsys, data_dir, "import", str(example))
    assert code == 0 and out.startswith("imported ")
    draft_id = out.split()[1]
    code, out, _ = run(capsys, data_dir, "list")
    expected = json.loads(example.read_text(encoding="utf-8"))
    assert code == 0 and draft_id in out and expected["model"] in out and expected["title"] in out
    assert expected["parties"][0]["legal_name"] in out
    code, out, _ = run(capsys, data_dir, "show", draft_id[:6])
    assert code == 0 and json.loads(out)["title"] == expected["title"]
    code, out, _ = run(capsys, data_dir, "history", draft_id)
    assert code == 0 and out.startswith("v1 ") and f"Imported from {example.name}" in out
    export = tmp_path / "out.json"
    assert run(capsys, data_dir, "export", draft_id, str(export))[0] == 0
    code, out, _ = run(capsys, data_dir, "import", str(export))
    assert code == 0
    assert len(run(capsys, data_dir, "list")[1].splitlines()) == 2


def test_delete_and_restore(data_dir: Path, capsys) -> None:
    with open_repo(data_dir) as repo:
        draft_id = repo.create(make_terms(), title="Falcon").id
    assert run(capsys, data_dir, "delete", draft_id)[0] == 0
    assert "Falcon" not in run(capsys, data_dir, "list")[1]
    assert "Falcon" in run(capsys, data_dir, "list", "--trash")[1]
    assert run(capsys, data_dir, "restore", draft_id[:10])[0] == 0
    assert "Falcon" in run(capsys, data_dir, "list", "--search", "falc")[1]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "ffff"], "no draft with an id starting 'ffff'"),
        (["show", "--version", "9", "PREFIX"], "has no version 9"),
        (["import", "missing.json"], "no such file"),
    ],
)
def test_errors_are_one_line_and_exit_1(data_dir: Path, capsys, argv: list[str], message: str) -> None:
    with open_repo(data_dir) as repo:
        draft_id = repo.create(make_terms()).id
    argv = [draft_id if arg == "PREFIX" else arg for arg in argv]
    code, _, err = run(capsys, data_dir, *argv)
    assert code == 1 and message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_second_instance_reads_read_only_and_refuses_changes(data_dir: Path, tmp_path: Path, capsys) -> None:
    with open_repo(data_dir) as app:
        draft_id = app.create(make_terms(), title="Falcon").id
        code, out, err = run(capsys, data_dir, "list")
        assert code == 0 and "Falcon" in out and "read-only" in err
        assert run(capsys, data_dir, "history", draft_id)[0] == 0
        for argv in (["delete", draft_id], ["import", str(example_files()[0])]):
            code, _, err = run(capsys, data_dir, *argv)
            assert code == 1 and "is in use by another Pactwright" in err
            assert len(err.strip().splitlines()) == 1
        assert [s.trashed for s in app.list()] == [False]


def test_a_repair_is_reported_on_the_command_line(data_dir: Path, capsys) -> None:
    with open_repo(data_dir) as repo:
        draft_id = repo.create(make_terms()).id
        repo.save(draft_id, make_terms(background="v2"))
    (data_dir / "drafts" / f"{draft_id}.json").write_text("garbage")
    code, out, err = run(capsys, data_dir, "list")
    assert code == 0 and draft_id in out
    assert "repaired 1 damaged file" in err and "restored from its previous version" in err


def test_usage_error_without_an_action(data_dir: Path, capsys) -> None:
    assert main.main(["--data-dir", str(data_dir), "drafts"]) == 2
