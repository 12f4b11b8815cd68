"""Autosave on page change and after a pause, recovery after a crash, and the
unsaved-changes question when closing."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from drafting.terms import AllianceModel
from tests.ui_helpers import next_page, type_into
from ui.app import offer_autosave_recovery
from ui.drafts import blank_terms
from ui.main_window import MainWindow

pytest_plugins = ("tests.ui_fixtures",)
Button = QMessageBox.StandardButton


def open_new_draft(window):
    window.create_and_open(blank_terms(AllianceModel.REVENUE_SHARING))
    return window.editor


def test_changing_page_autosaves_the_typed_text(qtbot, window, store) -> None:
    editor = open_new_draft(window)
    background = editor.wizard.basics.background
    type_into(qtbot, background, "Acme & <Beta> ")
    # QTest types ASCII only; Hebrew and emoji arrive as an input method or a paste delivers them.
    background.insertPlainText("שלום {{ x }} 🚀")
    assert editor.dirty and store.list_autosaves() == []
    next_page(qtbot, editor.wizard)
    [info] = store.list_autosaves()
    assert info.draft_id == editor.draft_id
    assert store.get_autosave(info.key).background == "Acme & <Beta> שלום {{ x }} 🚀"


def test_a_pause_in_typing_autosaves(qtbot, window, store) -> None:
    editor = open_new_draft(window)
    type_into(qtbot, editor.wizard.basics.title_edit, "Paused Agreement")
    assert editor.idle.isActive()  # the pause timer runs after every edit...
    editor.idle.timeout.emit()  # ...and this is what it does when it fires
    [info] = store.list_autosaves()
    assert store.get_autosave(info.key).title == "Paused Agreement"


def test_saving_clears_the_autosave_and_adds_a_version(qtbot, window, store) -> None:
    editor = open_new_draft(window)
    type_into(qtbot, editor.wizard.basics.title_edit, "Saved Agreement")
    next_page(qtbot, editor.wizard)
    assert store.list_autosaves()
    window.save_action.trigger()
    assert store.list_autosaves() == [] and not editor.dirty
    assert store.get(editor.draft_id).terms.title == "Saved Agreement"
    assert store.history(editor.draft_id)[-1].number == 2


def test_after_a_crash_the_next_start_offers_recovery(qtbot, window, store, settings, tmp_path, answers) -> None:
    editor = open_new_draft(window)
    type_into(qtbot, editor.wizard.basics.title_edit, "Crashed Agreement")
    next_page(qtbot, editor.wizard)
    draft_id = editor.draft_id
    # The "crash": the window goes away without the close-time question or a save.
    editor.dirty = False
    second = MainWindow(store, settings, tmp_path / "exports")
    try:
        answers.append(Button.Yes)
        assert offer_autosave_recovery(second, store) is True
        assert second.stack.currentWidget() is second.editor
        assert second.editor.draft_id == draft_id
        assert second.editor.wizard.basics.title_edit.text() == "Crashed Agreement"
        assert second.editor.dirty  # recovered work still needs saving
        second.editor.save()
        assert store.get(draft_id).terms.title == "Crashed Agreement"
        assert store.list_autosaves() == []
    finally:
        second.editor.discard()
        second.deleteLater()


def test_declining_recovery_discards_the_autosave(qtbot, window, store, answers) -> None:
    editor = open_new_draft(window)
    type_into(qtbot, editor.wizard.basics.title_edit, "Unwanted")
    editor.autosave_now()
    editor.dirty = False
    answers.append(Button.Discard)
    assert offer_autosave_recovery(window, store) is False
    assert store.list_autosaves() == []


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(qtbot, window, store, answers) -> None:
    editor = open_new_draft(window)
    type_into(qtbot, editor.wizard.basics.title_edit, "Not yet saved")
    answers.append(Button.Cancel)
    assert window.close() is False
    assert window.isVisible() and editor.dirty and answers == []


def test_closing_and_choosing_save_saves(qtbot, window, store, answers) -> None:
    editor = open_new_draft(window)
    type_into(qtbot, editor.wizard.basics.title_edit, "Saved on close")
    answers.append(Button.Save)
    assert window.close() is True
    assert store.get(editor.draft_id).terms.title == "Saved on close"


def test_closing_and_choosing_discard_drops_the_changes(qtbot, window, store, answers) -> None:
    editor = open_new_draft(window)
    type_into(qtbot, editor.wizard.basics.title_edit, "Thrown away")
    editor.autosave_now()
    answers.append(Button.Discard)
    assert window.close() is True
    assert store.get(editor.draft_id).terms.title == ""
    assert store.list_autosaves() == []


def test_closing_without_changes_asks_nothing(qtbot, window) -> None:
    open_new_draft(window)
    assert window.close() is True  # the answers fixture fails the test on any question


def test_window_geometry_is_kept_in_settings(qtbot, window, store, settings, tmp_path) -> None:
    window.resize(700, 500)
    window.close()
    again = MainWindow(store, QSettings(settings.fileName(), QSettings.Format.IniFormat), tmp_path)
    try:
        assert (again.width(), again.height()) == (700, 500)
    finally:
        again.deleteLater()
