"""The command line of main.py: validate, schema, --version, --data-dir and usage errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import main
from storage.location import resolve_data_dir
from tests.test_terms_model import minimal

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, data: object, name: str = "draft.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_validate_accepts_a_valid_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, minimal())
    assert main.main(["validate", str(path)]) == 0
    assert "valid" in capsys.readouterr().out


def test_validate_lists_every_problem_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = minimal(governing_law="")
    data["parties"][0]["notice_email"] = "bob@"
    path = write(tmp_path, data)
    assert main.main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert "parties[0].notice_email: 'bob@' is not an e-mail address" in err
    # The structural problem stops parsing; fix it and the empty field is reported next.
    data["parties"][0]["notice_email"] = "bob@example.com"
    write(tmp_path, data)
    assert main.main(["validate", str(path)]) == 1
    assert "governing_law: is empty" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "expected"),
    [(None, "no such file"), ("{not json", "is not valid JSON (Expecting property name"), (b"\xff\xfe", "UTF-8")],
)
def test_validate_reports_unreadable_files_like_the_other_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | bytes | None, expected: str
) -> None:
    path = tmp_path / "draft.json"
    if isinstance(content, str):
        path.write_text(content)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    # Exit 1, as review and render do for the same file (issue 17).
    assert main.main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 2


def test_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "AgreementTerms"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("Pactwright ")


@pytest.mark.parametrize("argv", [["bogus"], ["validate"], ["--no-such-flag"], ["validate", "a", "b"]])
def test_usage_errors_exit_2_with_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(argv) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_data_dir_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACTWRIGHT_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "flag")) == tmp_path / "flag"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("PACTWRIGHT_DATA_DIR")
    assert "Pactwright" in str(resolve_data_dir(None))


def test_the_script_runs_as_a_process(tmp_path: Path) -> None:
    path = write(tmp_path, minimal())
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path), "validate", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
