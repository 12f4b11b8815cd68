"""compare_versions in the repository and `drafts compare ID V1 [V2]` on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

import main
from drafting.compare import ChangeKind, TermsChange
from storage.errors import DraftNotFoundError
from tests.compare_helpers import (
    NS,
    document_xml,
    edited_terms,
    example_terms,
    paragraph_texts,
    resolve_changes,
    tracked_texts,
)
from tests.storage_helpers import open_repo

NEW_NAME = 'Nordlicht <Energie> & "Co" AG \u05e9'


def _three_versions(data_dir: Path) -> tuple[str, str]:
    """A draft saved three times: v2 renames the second party, v3 changes nothing."""
    terms = example_terms("joint_venture_50_50")
    renamed = edited_terms(terms, lambda data: data["parties"][1].update(legal_name=NEW_NAME))
    with open_repo(data_dir) as repo:
        draft_id = repo.create(terms, title="Falcon").id
        repo.save(draft_id, renamed, "renamed")
        repo.save(draft_id, renamed, "no change")
    return draft_id, terms.parties[1].legal_name


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> tuple[int, str, str]:
    code = main.main(["--data-dir", str(data_dir), "drafts", "compare", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_repository_compares_any_two_versions(data_dir: Path) -> None:
    draft_id, old_name = _three_versions(data_dir)
    with open_repo(data_dir, read_only=True) as repo:
        expected = TermsChange("parties[1].legal_name", old_name, NEW_NAME, ChangeKind.CHANGED)
        assert repo.compare_versions(draft_id, 1, 2) == (expected,)
        assert repo.compare_versions(draft_id, 1, 3) == (expected,)
        assert repo.compare_versions(draft_id, 2, 3) == ()
        assert repo.compare_versions(draft_id, 3, 1) == (
            TermsChange("parties[1].legal_name", NEW_NAME, old_name, ChangeKind.CHANGED),
        )
        with pytest.raises(DraftNotFoundError, match="has no version 4"):
            repo.compare_versions(draft_id, 1, 4)


def test_cli_prints_each_change_against_the_latest_by_default(data_dir: Path, capsys) -> None:
    draft_id, old_name = _three_versions(data_dir)
    code, out, _ = run(capsys, data_dir, draft_id[:8], "1")
    assert code == 0
    assert out.splitlines() == [f"parties[1].legal_name: {old_name} -> {NEW_NAME}"]
    code, out, err = run(capsys, data_dir, draft_id, "2", "3")
    assert code == 0 and out == "" and "no changes to the terms between v2 and v3" in err


def test_cli_writes_the_redline_and_the_html(data_dir: Path, tmp_path: Path, capsys) -> None:
    draft_id, old_name = _three_versions(data_dir)
    redline, page = tmp_path / "redline.docx", tmp_path / "changes.html"
    code, out, _ = run(capsys, data_dir, draft_id, "1", "--docx", str(redline), "--html", str(page))
    assert code == 0 and f"wrote {redline}" in out and f"wrote {page}" in out
    root = document_xml(redline.read_bytes())
    assert any('Nordlicht <Energie> & "Co"' in text for text in tracked_texts(root, "ins"))
    assert any(NEW_NAME in text for text in paragraph_texts(resolve_changes(root, accept=True)))
    assert any(old_name.removesuffix(" AG") in text for text in tracked_texts(root, "del"))
    assert any(old_name in text for text in paragraph_texts(resolve_changes(root, accept=False)))
    assert root.find(".//w:ins", NS) is not None
    html = page.read_text(encoding="utf-8")
    assert "Nordlicht &lt;Energie&gt; &amp; &quot;Co&quot; AG" in html and "<ins>" in html and "<del>" in html


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["ffff", "1"], "no draft with an id starting 'ffff'"),
        (["PREFIX", "1", "9"], "has no version 9"),
        (["PREFIX", "0"], "has no version 0"),
    ],
)
def test_errors_are_one_line_and_exit_1(data_dir: Path, capsys, argv: list[str], message: str) -> None:
    draft_id, _ = _three_versions(data_dir)
    code, out, err = run(capsys, data_dir, *[draft_id if arg == "PREFIX" else arg for arg in argv])
    assert code == 1 and message in err and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_an_unwritable_file_is_one_line_and_exit_1(data_dir: Path, tmp_path: Path, capsys) -> None:
    draft_id, _ = _three_versions(data_dir)
    code, _, err = run(capsys, data_dir, draft_id, "1", "--html", str(tmp_path / "missing" / "x.html"))
    assert code == 1 and "cannot write" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("argv", [[], ["ID"], ["ID", "one"], ["ID", "1", "2", "3"], ["ID", "1", "--pdf", "x"]])
def test_usage_errors_exit_2(data_dir: Path, capsys, argv: list[str]) -> None:
    code, _, err = run(capsys, data_dir, *argv)
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_long_and_multiline_values_print_on_one_line(data_dir: Path, capsys) -> None:
    terms = example_terms("joint_venture_50_50")
    with open_repo(data_dir) as repo:
        draft_id = repo.create(terms).id
        repo.save(draft_id, edited_terms(terms, lambda data: data.update(background="x\n\x1b[31m" + "y" * 100_000)))
    code, out, _ = run(capsys, data_dir, draft_id, "1")
    assert code == 0 and len(out.splitlines()) == 1
    assert out.startswith("background: ") and "\x1b" not in out and len(out) < 400
