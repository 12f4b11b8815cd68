"""Hostile and accidental input, from outside (issue 17, points 5 and 9): every case
ends in a plain message and a consistent exit code, never a traceback or a hang."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from drafting.json_input import MAX_TEXT_CHARS
from tests.engine_helpers import make_terms
from tests.reliability_helpers import cli, import_example
from tests.storage_helpers import open_repo
from tests.support import example_paths

COMMANDS = [["validate"], ["review"], ["render", "--out", "OUT"], ["drafts", "import"]]


def _run(command: list[str], file: Path, tmp_path: Path) -> tuple[int, str]:
    argv = [str(tmp_path / "out") if part == "OUT" else part for part in command]
    run = cli(*argv, str(file), data_dir=tmp_path / "data")
    return run.code, run.err


def _example() -> dict[str, object]:
    data: dict[str, object] = json.loads(example_paths()[0].read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: command[-1] if command[0] != "render" else "render")
def test_json_nested_100000_deep_is_refused_by_every_command(tmp_path: Path, command: list[str]) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    code, err = _run(command, deep, tmp_path)
    assert code == 1 and "nested more than 64 levels deep" in err


# validate, review and render share one reader; import has its own path to it.
@pytest.mark.parametrize("command", [COMMANDS[0], COMMANDS[3]], ids=["validate", "import"])
def test_a_fifo_is_refused_without_hanging(tmp_path: Path, command: list[str]) -> None:
    fifo = tmp_path / "draft.json"
    os.mkfifo(fifo)
    code, err = _run(command, fifo, tmp_path)
    assert code == 1 and "not an ordinary file" in err


def test_dev_zero_is_refused(tmp_path: Path) -> None:
    code, err = _run(["validate"], Path("/dev/zero"), tmp_path)
    assert code == 1 and "not an ordinary file" in err


def test_a_text_field_over_the_limit_is_refused_naming_the_limit(tmp_path: Path) -> None:
    data = _example()
    data["title"] = "x" * (10 * 1024 * 1024)
    file = tmp_path / "big.json"
    file.write_text(json.dumps(data))
    for command in (["render", "--out", "OUT", "--format", "docx"], ["drafts", "import"]):
        code, err = _run(command, file, tmp_path)
        assert code == 1 and f"title: is longer than the limit of {MAX_TEXT_CHARS:,} characters" in err
    assert not (tmp_path / "out").exists()


def test_a_lone_surrogate_is_refused_by_import_as_by_validate(tmp_path: Path) -> None:
    data = _example()
    data["title"] = "Alliance \ud800"
    file = tmp_path / "half.json"
    file.write_text(json.dumps(data))  # ASCII escapes: "\ud800"
    for command in (["validate"], ["drafts", "import"]):
        code, err = _run(command, file, tmp_path)
        assert code == 1 and "title: contains half of a character" in err


def test_show_refuses_a_lone_surrogate_stored_earlier_in_one_line(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with open_repo(data_dir) as repo:
        draft_id = repo.create(make_terms().model_copy(update={"title": "Old \udc80 draft"})).id
    run = cli("drafts", "show", draft_id, data_dir=data_dir)  # no traceback (checked by cli)
    assert run.code == 1 and "cannot be read as agreement terms: title:" in run.err
    assert len(run.err.strip().splitlines()) == 1


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    file = tmp_path / "notepad.json"
    file.write_bytes(b"\xef\xbb\xbf" + example_paths()[0].read_bytes())
    assert cli("validate", str(file)).code == 0
    assert "imported" in cli("drafts", "import", str(file), data_dir=tmp_path / "data").out


def test_a_duplicate_key_is_refused_naming_the_key(tmp_path: Path) -> None:
    text = example_paths()[0].read_text(encoding="utf-8")
    file = tmp_path / "twice.json"
    file.write_text(text.replace("{", '{"model": "joint_venture", ', 1))
    for command in (["validate"], ["review"], ["drafts", "import"]):
        code, err = _run(command, file, tmp_path)
        assert code == 1 and "the key 'model' appears twice" in err


def test_nan_is_refused_in_plain_words(tmp_path: Path) -> None:
    text = example_paths()[0].read_text(encoding="utf-8")
    file = tmp_path / "nan.json"
    file.write_text(text.replace('"amount": "60000.00"', '"amount": NaN', 1))
    assert text != file.read_text()
    code, err = _run(["validate"], file, tmp_path)
    assert code == 1 and "NaN is not a number; write a number such as 12.5" in err


def test_validate_exits_like_the_others_for_an_unreadable_file(tmp_path: Path) -> None:
    file = tmp_path / "broken.json"
    file.write_text("{not json")
    codes = {" ".join(command): _run(command, file, tmp_path)[0] for command in COMMANDS}
    assert set(codes.values()) == {1}, codes


def test_an_empty_data_dir_is_refused() -> None:
    run = cli("--data-dir", "", "drafts", "list")
    assert run.code == 2 and "--data-dir needs a folder" in run.err


@pytest.mark.parametrize("name", ["drafts", "index", "damaged"])
def test_a_data_sub_folder_that_is_a_file_is_named_and_kept(tmp_path: Path, name: str) -> None:
    data_dir = tmp_path / "data"
    import_example(data_dir, example_paths()[0])
    folder = data_dir / name
    if folder.is_dir():
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()
    folder.write_text("the user's own notes")
    for argv in (["drafts", "list"], ["drafts", "import", str(example_paths()[0])]):
        run = cli(*argv, data_dir=data_dir)
        assert run.code == 1 and f"{folder} should be a folder but is a file" in run.err
    assert folder.read_text() == "the user's own notes"


def test_an_unbroken_1000_character_word_in_a_table_cell_exports_to_pdf(tmp_path: Path) -> None:
    from tests.pdf_helpers import pdf_pages

    data = _example()
    # A table every co-marketing agreement prints: the brands each party brings.
    ip = data["ip"]
    assert isinstance(ip, dict)
    ip["background_schedule"][0]["asset"] = "W" * 1000
    file = tmp_path / "long.json"
    file.write_text(json.dumps(data))
    run = cli("render", str(file), "--out", str(tmp_path / "out"), "--format", "pdf", "--draft")
    assert run.code == 0, run.err
    text = "".join(pdf_pages(Path(run.out.strip()))).replace("\n", "")
    assert "W" * 1000 in text.replace(" ", "").replace("-", "")


@pytest.mark.parametrize("command", ["show", "render"])
def test_version_0_is_refused_not_taken_for_the_latest(tmp_path: Path, command: str) -> None:
    data_dir = tmp_path / "data"
    with open_repo(data_dir) as repo:
        draft_id = repo.import_draft(example_paths()[0]).id
    extra = ["--out", str(tmp_path / "out"), "--draft"] if command == "render" else []
    run = cli("drafts", command, draft_id, "--version", "0", *extra, data_dir=data_dir)
    assert run.code == 1 and "has no version 0" in run.err
