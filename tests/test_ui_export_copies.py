"""The export page: an explicit choice between the clean copy for the other side and
the lawyer's copy, file names with the parties and the date, a question before files
are replaced, the key-terms summary beside the agreement, and the folder remembered."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from tests.ui_helpers import click
from ui.drafts import example_files, load_example
from ui.export_settings import FOLDER_KEY
from ui.main_window import MainWindow

pytest_plugins = ("tests.ui_fixtures",)


def _open_revenue_example(window) -> None:
    window.create_and_open(load_example(next(path for path in example_files() if path.stem == "revenue_sharing")))
    window.go_to_export()


def _export(qtbot, export) -> list[Path]:
    with qtbot.waitSignal(export.exported, timeout=120_000) as signal:
        click(qtbot, export.export_button)
    return list(signal.args[0])


def _comments(path: Path) -> bool:
    with zipfile.ZipFile(path) as package:
        return any(name.endswith("comments.xml") for name in package.namelist())


def test_nothing_is_exported_until_the_copy_is_chosen(qtbot, window, tmp_path) -> None:
    _open_revenue_example(window)
    export = window.editor.wizard.export
    assert "other side" not in export.docx.toolTip() + export.docx.accessibleDescription()
    export.folder.setText(str(tmp_path / "out"))
    assert not export.clean.isChecked() and not export.lawyer.isChecked()
    click(qtbot, export.export_button)
    assert "Choose which copy" in export.status.text()
    assert not (tmp_path / "out").exists()


def test_the_clean_copy_has_no_notes_and_the_lawyers_copy_has_them(qtbot, window, tmp_path, answers) -> None:
    _open_revenue_example(window)
    export = window.editor.wizard.export
    export.folder.setText(str(tmp_path / "clean"))
    click(qtbot, export.clean)
    written = _export(qtbot, export)
    saved_on = window.store.history(window.editor.draft_id)[-1].saved_at.astimezone().date().isoformat()
    stem = f"Course Revenue Sharing Agreement - Cobblestone Learning Ltd - Pixelbridge Media Inc. - {saved_on}"
    assert [path.name for path in written] == [f"{stem}.docx", f"{stem}.pdf"]
    assert not _comments(written[0])
    assert sorted(path.name for path in export.summary_written) == [
        f"{stem} - Key terms.docx", f"{stem} - Key terms.pdf",
    ]  # fmt: skip
    summary_pdf = next(path for path in export.summary_written if path.suffix == ".pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(summary_pdf).pages)
    assert "Cobblestone 70%, Pixelbridge 30%" in text and "Law and disputes" in text
    assert "Key terms" in export.status.text()
    export.folder.setText(str(tmp_path / "lawyer"))
    click(qtbot, export.lawyer)
    lawyer = _export(qtbot, export)
    assert _comments(lawyer[0])
    word = "\n".join(paragraph.text for paragraph in docx.Document(str(lawyer[0])).paragraphs)
    assert "Cobblestone" in word


def test_existing_files_are_replaced_only_when_the_user_says_so(qtbot, window, tmp_path, answers) -> None:
    _open_revenue_example(window)
    export = window.editor.wizard.export
    export.pdf.setChecked(False)
    export.folder.setText(str(tmp_path))
    click(qtbot, export.clean)
    (first,) = _export(qtbot, export)
    first.write_bytes(b"the user's own edits")
    answers.append(QMessageBox.StandardButton.No)
    click(qtbot, export.export_button)
    assert not answers  # asked
    assert "kept" in export.status.text() and first.read_bytes() == b"the user's own edits"
    answers.append(QMessageBox.StandardButton.Yes)
    (again,) = _export(qtbot, export)
    assert again == first and again.read_bytes() != b"the user's own edits"


def test_the_export_folder_is_remembered_between_sessions(qtbot, window, store, settings, tmp_path) -> None:
    _open_revenue_example(window)
    export = window.editor.wizard.export
    chosen = tmp_path / "deals"
    export.folder.setText(str(chosen))
    export.docx.setChecked(False)
    export.summary.setChecked(False)
    click(qtbot, export.clean)
    _export(qtbot, export)
    assert settings.value(FOLDER_KEY) == str(chosen)
    later = MainWindow(store, settings, tmp_path / "default")
    qtbot.addWidget(later)
    assert later.editor.wizard.export.folder_path() == chosen


def test_the_review_page_shows_the_key_terms_as_they_stand(qtbot, window) -> None:
    _open_revenue_example(window)
    wizard = window.editor.wizard
    wizard.jump_to(wizard.pages.index(wizard.review))
    shown = wizard.review.key_terms.text_shown
    assert "Cobblestone 70%, Pixelbridge 30%" in shown and "Law and disputes" in shown
    assert "Cobblestone 70%" in wizard.review.key_terms.toPlainText()
