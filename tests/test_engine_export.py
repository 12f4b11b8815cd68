"""Export and the `render` command: review errors refuse the export, --draft marks it and
lists the open points in a schedule, files are named from the title and written whole."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

import main
from drafting.document import DRAFT_MARKING
from drafting.engine import ClauseRenderError, UnknownOverrideError, assemble_agreement
from drafting.export import ExportRefused, export_agreement, open_point_sentences, slug
from drafting.terms import AgreementTerms
from tests.support import EXAMPLES_DIR

CLEAN = EXAMPLES_DIR / "revenue_sharing.json"


def broken_draft(tmp_path: Path) -> Path:
    """An example whose revenue-share pool no longer totals 100% and lacks a governing law."""
    data = json.loads(CLEAN.read_text(encoding="utf-8"))
    data["sharing"]["shares"][0]["percent"] = "10"
    data["governing_law"] = ""
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_export_writes_html_named_from_the_title(tmp_path: Path) -> None:
    terms = AgreementTerms.from_json(CLEAN.read_text(encoding="utf-8"))
    (path,) = export_agreement(terms, tmp_path / "out", ["html"])
    assert path.name == slug(terms.title or "Revenue Sharing Agreement") + ".html"
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Governing law" in page
    assert not list(path.parent.glob("*.part"))


def test_export_refuses_a_draft_with_errors(tmp_path: Path) -> None:
    terms = AgreementTerms.from_json(broken_draft(tmp_path).read_text(encoding="utf-8"))
    with pytest.raises(ExportRefused) as refused:
        export_agreement(terms, tmp_path / "out", ["html"])
    paths = {finding.path for finding in refused.value.findings}
    assert "governing_law" in paths
    assert not (tmp_path / "out").exists()


def test_draft_export_is_marked_and_lists_open_points(tmp_path: Path) -> None:
    terms = AgreementTerms.from_json(broken_draft(tmp_path).read_text(encoding="utf-8"))
    (path,) = export_agreement(terms, tmp_path / "out", ["html"], draft=True)
    page = path.read_text(encoding="utf-8")
    assert DRAFT_MARKING in page
    assert "Open Points" in page and "governing law" in page.lower()


def test_open_points_are_sentences_of_errors_and_warnings_only() -> None:
    class Finding:
        def __init__(self, severity: str) -> None:
            self.severity, self.path, self.message, self.fix = severity, "x.y", "Something is off.", "Fix it."

    sentences = open_point_sentences([Finding("warning"), Finding("note"), Finding("error")])
    # Sentences for the people negotiating: no field path, no rule id, errors first.
    assert sentences == ("Something is off. Fix it.", "Something is off. Fix it.")
    assert open_point_sentences([Finding("note")]) == ()


def test_render_command_refuses_then_renders_as_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = broken_draft(tmp_path)
    assert main.main(["render", str(draft), "--out", str(tmp_path / "a")]) == main.EXIT_PROBLEMS
    assert "governing_law" in capsys.readouterr().err
    assert main.main(["render", str(draft), "--out", str(tmp_path / "b"), "--draft"]) == main.EXIT_OK
    written = capsys.readouterr().out.split()
    assert len(written) == 1 and written[0].endswith(".html")


def test_render_command_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["render", str(CLEAN), "--out", str(tmp_path), "--format", "rtf"]) == main.EXIT_USAGE
    assert "--format" in capsys.readouterr().err
    assert main.main(["render", str(tmp_path / "missing.json"), "--out", str(tmp_path)]) == main.EXIT_PROBLEMS


def test_slug_of_hostile_titles() -> None:
    assert slug("Joint Venture Agreement") == "joint-venture-agreement"
    assert slug("<script> {{ 7*7 }} / ../..") == "script-7-7"
    assert slug("\u05e9\u05dc\u05d5\u05dd") == "agreement"


def _clean_terms() -> AgreementTerms:
    return AgreementTerms.from_json(CLEAN.read_text(encoding="utf-8"))


def test_export_uses_the_lawyers_clause_overrides(tmp_path: Path) -> None:
    override = "Each {{ deal.party }} pays its own costs, including <b>{{ terms.parties[0].short_name }}</b>'s."
    (path,) = export_agreement(_clean_terms(), tmp_path, ["html"], overrides={"general.costs": override})
    page = path.read_text(encoding="utf-8")
    assert "Each Party pays its own costs, including <strong>Cobblestone</strong>" in page
    assert "shall bear its own costs and expenses" not in page


def test_export_refuses_an_override_for_an_unknown_clause_before_writing(tmp_path: Path) -> None:
    with pytest.raises(UnknownOverrideError):
        export_agreement(_clean_terms(), tmp_path / "out", ["html"], overrides={"general.nonsense": "x"})
    with pytest.raises(ClauseRenderError, match=r"general\.costs"):
        export_agreement(_clean_terms(), tmp_path / "out", ["html"], overrides={"general.costs": "{% if %}"})
    assert not (tmp_path / "out").exists()


def _docx_comment_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return "".join(
            package.read(name).decode("utf-8")
            for name in package.namelist()
            if name.startswith("word/") and name.endswith(".xml")
        )


@pytest.mark.parametrize("draft", [False, True], ids=["final", "draft"])
def test_render_no_notes_leaves_every_note_out(tmp_path: Path, draft: bool) -> None:
    notes = [clause.note for clause in assemble_agreement(_clean_terms()).iter_clauses() if clause.note]
    assert notes
    note = notes[0]
    marker = note.text[:40]
    flags = ["--draft"] if draft else []
    with_notes, without = tmp_path / "with", tmp_path / "without"
    args = ["render", str(CLEAN), "--format", "docx,html,pdf", *flags]
    assert main.main([*args, "--out", str(with_notes)]) == main.EXIT_OK
    assert main.main([*args, "--out", str(without), "--no-notes"]) == main.EXIT_OK
    (docx_with,) = with_notes.glob("*.docx")
    (docx_without,) = without.glob("*.docx")
    assert "<w:comment " in _docx_comment_xml(docx_with)
    assert "<w:comment " not in _docx_comment_xml(docx_without)
    assert "commentReference" not in _docx_comment_xml(docx_without)
    (html_with,) = with_notes.glob("*.html")
    (html_without,) = without.glob("*.html")
    assert 'class="note"' in html_with.read_text(encoding="utf-8")
    page = html_without.read_text(encoding="utf-8")
    assert 'class="note"' not in page and "Drafting note" not in page
    (pdf_without,) = without.glob("*.pdf")
    pdf_text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf_without).pages)
    assert "Governing law" in pdf_text
    assert "Drafting note" not in pdf_text and " ".join(marker.split()) not in pdf_text
    if draft:
        (pdf_with,) = with_notes.glob("*.pdf")
        shown = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf_with).pages)
        assert "Drafting note" in shown


def test_a_writer_that_cannot_load_is_a_clear_error_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from drafting.export import FormatUnavailableError

    terms = AgreementTerms.from_json((EXAMPLES_DIR / "licensing.json").read_text(encoding="utf-8"))
    monkeypatch.setitem(sys.modules, "drafting.pdf_writer", None)  # as if the bundle lacked it
    with pytest.raises(FormatUnavailableError, match=r"PDF export cannot start .* reinstall Pactwright"):
        export_agreement(terms, tmp_path, ["html", "pdf"])
    assert list(tmp_path.iterdir()) == []


def test_render_into_an_unusable_folder_says_so_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the output folder should be")
    draft = str(EXAMPLES_DIR / "licensing.json")
    code = main.main(["render", draft, "--out", str(blocker / "out"), "--format", "html"])
    err = capsys.readouterr().err
    assert code == 1
    assert "cannot write the agreement" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
