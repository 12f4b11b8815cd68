"""The History dialog: versions newest first in local time with their notes; open a
version as unsaved terms (labelled), restore one after confirming, compare one with the
draft as it stands (answers and text), and export the redline as Word tracked changes."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from drafting.terms import AllianceModel, Party
from tests.ui_helpers import click, when_modal_opens
from ui.drafts import blank_terms
from ui.history import HistoryDialog, local_time

pytest_plugins = ("tests.ui_fixtures",)


def three_versions(store):
    """A draft saved three times: the title and the second party's name change."""
    base = blank_terms(AllianceModel.REVENUE_SHARING).model_copy(
        update={
            "title": "Alpha Beta <Alliance> & Co",
            "parties": (
                Party(short_name="Alpha", legal_name="Alpha Ltd"),
                Party(short_name="Beta", legal_name="Beta Ltd"),
            ),
        }
    )
    summary = store.create(base, title=base.title, note="first draft")
    second = base.model_copy(update={"title": "Alpha Beta Alliance"})
    store.save(summary.id, second, note="title fixed")
    parties = (base.parties[0], Party(short_name="Beta", legal_name="Beta GmbH"))
    third = second.model_copy(update={"parties": parties})
    store.save(summary.id, third, note="Beta is a GmbH")
    return summary.id, (base, second, third)


def rows(dialog: HistoryDialog) -> list[list[str]]:
    tree = dialog.versions
    return [[tree.topLevelItem(row).text(column) for column in range(3)] for row in range(tree.topLevelItemCount())]


def test_the_versions_newest_first_in_local_time(qtbot, window, store) -> None:
    draft_id, _ = three_versions(store)
    dialog = window.history_dialog(draft_id)
    qtbot.addWidget(dialog)
    history = store.history(draft_id)
    assert [row[0] for row in rows(dialog)] == ["3", "2", "1"]
    assert [row[2] for row in rows(dialog)] == ["Beta is a GmbH", "title fixed", "first draft"]
    assert rows(dialog)[2][1] == local_time(history[0].saved_at)
    assert history[0].saved_at.tzinfo is not None  # stored in UTC, shown in local time
    assert dialog.selected_number() == 3


def test_the_library_button_and_the_draft_menu_open_it(qtbot, window, store) -> None:
    draft_id, _ = three_versions(store)
    window.library.refresh()
    window.library.select(draft_id)
    assert window.history_action.isEnabled()
    seen: list[list[list[str]]] = []

    def look(dialog) -> None:
        seen.append(rows(dialog))
        dialog.reject()

    when_modal_opens(qtbot, look)
    click(qtbot, window.library.history_button)
    window.open_draft(draft_id)
    when_modal_opens(qtbot, look)
    window.history_action.trigger()
    assert len(seen) == 2 and seen[0] == seen[1] and len(seen[0]) == 3


def test_open_a_version_as_unsaved_labelled_terms(qtbot, window, store) -> None:
    draft_id, (first, _, third) = three_versions(store)
    dialog = window.history_dialog(draft_id)
    qtbot.addWidget(dialog)
    dialog.select(1)
    click(qtbot, dialog.open_button)
    editor = window.editor
    assert window.stack.currentWidget() is editor and editor.draft_id == draft_id
    shown = editor.current_terms()
    assert shown is not None and editor.dirty
    assert (shown.title, shown.parties[1].legal_name) == (first.title, "Beta Ltd")
    assert editor.banner.isVisible() and "Version 1" in editor.banner.text() and "not saved" in editor.banner.text()
    assert window.windowTitle().startswith("*")
    assert store.get(draft_id).terms == third  # nothing saved yet
    assert editor.save()
    assert not editor.banner.isVisible() and store.get(draft_id).terms.title == first.title


def test_restore_asks_first_then_makes_it_the_newest(qtbot, window, store, answers) -> None:
    draft_id, (first, _, third) = three_versions(store)
    window.open_draft(draft_id)
    dialog = window.history_dialog(draft_id)
    qtbot.addWidget(dialog)
    dialog.select(1)
    answers.append(QMessageBox.StandardButton.Cancel)
    click(qtbot, dialog.restore_button)
    assert len(store.history(draft_id)) == 3 and store.get(draft_id).terms == third
    answers.append(QMessageBox.StandardButton.Yes)
    click(qtbot, dialog.restore_button)
    assert answers == []
    assert len(store.history(draft_id)) == 4 and store.get(draft_id).terms == first
    assert rows(dialog)[0] == ["4", rows(dialog)[0][1], "Restored version 1"]
    shown = window.editor.current_terms()  # the editor shows it
    assert shown is not None and shown.title == first.title and not window.editor.dirty


def test_compare_with_the_draft_as_it_stands(qtbot, window, store) -> None:
    draft_id, _ = three_versions(store)
    window.open_draft(draft_id)
    window.editor.wizard.basics.title_edit.setText("Alpha Beta Alliance (unsaved)")
    dialog = window.history_dialog(draft_id)
    qtbot.addWidget(dialog)
    dialog.select(1)
    compare = dialog.compare_selected()
    assert compare is not None
    qtbot.addWidget(compare)
    answers = {
        compare.answers.topLevelItem(row).text(0): compare.answers.topLevelItem(row).text(2)
        + " -> "
        + compare.answers.topLevelItem(row).text(3)
        for row in range(compare.answers.topLevelItemCount())
    }
    assert answers["title"] == "Alpha Beta <Alliance> & Co -> Alpha Beta Alliance (unsaved)"  # the editor's terms
    assert answers["parties[1].legal_name"] == "Beta Ltd -> Beta GmbH"
    page = compare.text.toHtml()
    text = compare.text.toPlainText()
    assert "GmbH" in text and "Beta Ltd" in text  # inserted and deleted words both shown
    assert "version 1 compared with version 3 with unsaved changes" in text
    assert "line-through" in page
    assert "version 1" in compare.windowTitle()


def test_compare_with_the_newest_version_when_the_draft_is_not_open(qtbot, window, store) -> None:
    draft_id, _ = three_versions(store)
    dialog = window.history_dialog(draft_id)
    qtbot.addWidget(dialog)
    dialog.select(2)
    comparison = dialog.comparison()
    assert comparison is not None and comparison.new_label == "the newest saved version"
    assert comparison.old_terms.title == "Alpha Beta Alliance"
    assert comparison.new_terms == store.get(draft_id).terms


def test_export_the_redline_as_word_tracked_changes(qtbot, window, store, tmp_path, monkeypatch) -> None:
    draft_id, _ = three_versions(store)
    dialog = window.history_dialog(draft_id)
    qtbot.addWidget(dialog)
    dialog.select(1)
    target = tmp_path / "out" / "redline"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "Word document (*.docx)"))
    written = dialog.export_redline()
    assert written == Path(f"{target}.docx") and written.is_file()
    with zipfile.ZipFile(written) as package:
        body = package.read("word/document.xml").decode("utf-8")
    assert "<w:ins " in body and "<w:del " in body
    assert "GmbH" in body and "<w:delText" in body
    assert "Saved the redline" in dialog.status.text()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    assert dialog.export_redline() is None  # cancelled: nothing written, no message


def test_read_only_windows_cannot_restore(qtbot, store, settings, tmp_path) -> None:
    from ui.main_window import MainWindow

    draft_id, _ = three_versions(store)
    window = MainWindow(store, settings, tmp_path, read_only=True)
    qtbot.addWidget(window)
    dialog = window.history_dialog(draft_id)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled() and dialog.compare_button.isEnabled()
    qtbot.keyClick(dialog.versions, Qt.Key.Key_Return)
    assert window.editor.draft_id == draft_id
