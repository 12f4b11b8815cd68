"""The command line's copy choice (--copy clean|lawyer, --no-notes the older spelling of
clean) and --summary, the key-terms summary beside the agreement."""

from __future__ import annotations

import zipfile
from pathlib import Path

from pypdf import PdfReader

import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "revenue_sharing.json"


def _has_comments(path: Path) -> bool:
    with zipfile.ZipFile(path) as package:
        return any(name.endswith("comments.xml") for name in package.namelist())


def test_render_a_clean_copy_with_its_summary(tmp_path: Path, capsys) -> None:
    out = tmp_path / "clean"
    args = ["render", str(EXAMPLE), "--out", str(out), "--format", "docx,pdf", "--copy", "clean", "--summary"]
    assert main.main(args) == main.EXIT_OK
    printed = capsys.readouterr().out.splitlines()
    docx_file = out / "course-revenue-sharing-agreement.docx"
    assert not _has_comments(docx_file)
    summary = out / "course-revenue-sharing-agreement - Key terms.pdf"
    assert summary.exists() and any(line.endswith("Key terms.pdf") for line in printed)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(summary).pages)
    assert "Cobblestone 70%, Pixelbridge 30%" in text


def test_the_lawyers_copy_is_the_default_and_has_the_notes(tmp_path: Path) -> None:
    for copy in ([], ["--copy", "lawyer"]):
        out = tmp_path / ("default" if not copy else "lawyer")
        assert main.main(["render", str(EXAMPLE), "--out", str(out), "--format", "docx", *copy]) == main.EXIT_OK
        (written,) = out.glob("*.docx")
        assert _has_comments(written)


def test_no_notes_contradicting_the_lawyers_copy_is_a_usage_error(tmp_path: Path, capsys) -> None:
    args = ["render", str(EXAMPLE), "--out", str(tmp_path), "--format", "docx", "--copy", "lawyer", "--no-notes"]
    assert main.main(args) == main.EXIT_USAGE
    assert "--no-notes makes a clean copy" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.docx"))
