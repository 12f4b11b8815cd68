"""Editing a draft the way a newcomer does: the cursor is in the first field as soon as a
draft opens; Undo and Redo (Ctrl+Z / Ctrl+Shift+Z and the Edit menu) take back field
edits in line edits, drop-downs, spin boxes and table cells; Escape asks about unsaved
work exactly as Close and Quit do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from drafting.terms import AllianceModel
from tests.test_ui_library import add_draft
from tests.ui_helpers import type_into, type_into_cell
from ui.drafts import blank_terms

pytest_plugins = ("tests.ui_fixtures",)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_blank(window, model=AllianceModel.REVENUE_SHARING):
    window.show_editor(blank_terms(model), None)
    return window.editor.wizard


def test_the_first_field_has_the_focus_when_a_draft_opens(qtbot, window, store) -> None:
    draft = add_draft(store, "Roaster and cafe", "Bean", "Cup")
    window.open_draft(draft.id)
    wizard = window.editor.wizard
    first = wizard.currentPage().fields_in_tab_order()[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)


def test_undo_and_redo_of_a_typed_field_with_the_keyboard(qtbot, window) -> None:
    wizard = open_blank(window)
    wizard.jump_to(wizard.pages.index(wizard.parties))
    card = wizard.parties.cards[0]
    type_into(qtbot, card.legal_name, "Bean & Co Roasters Ltd")
    type_into(qtbot, card.jurisdiction, "England and Wales")
    qtbot.keyClick(card.jurisdiction, Qt.Key.Key_Z, CTRL)
    assert card.jurisdiction.text() == "" and card.legal_name.text() == "Bean & Co Roasters Ltd"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert card.legal_name.text() == ""  # the whole name in one step, not letter by letter
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL | SHIFT)
    assert card.legal_name.text() == "Bean & Co Roasters Ltd"
    assert window.redo_action.isEnabled() and window.undo_action.isEnabled()
    window.redo_action.trigger()
    assert card.jurisdiction.text() == "England and Wales"
    assert not window.redo_action.isEnabled()


def test_undo_takes_back_drop_downs_spin_boxes_and_table_cells(qtbot, window) -> None:
    wizard = open_blank(window, AllianceModel.CO_MARKETING)  # a type that drafts contributions
    wizard.jump_to(wizard.pages.index(wizard.term))
    page = wizard.term
    before = page.length.value()
    page.length.setFocus()
    qtbot.keyClick(page.length, Qt.Key.Key_Up)
    assert page.length.value() == before + 1
    qtbot.keyClick(page.length, Qt.Key.Key_Z, CTRL)
    assert page.length.value() == before
    kind = page.kind.currentIndex()
    page.kind.setFocus()
    qtbot.keyClick(page.kind, Qt.Key.Key_Down)
    assert page.kind.currentIndex() != kind
    window.undo_action.trigger()
    assert page.kind.currentIndex() == kind
    wizard.jump_to(wizard.pages.index(wizard.contributions))
    table = wizard.contributions.parties_tables[0]
    click_add = table.add_button
    click_add.click()
    type_into_cell(qtbot, table.table, 0, 1, "Green coffee roasting")
    qtbot.keyClick(table.table, Qt.Key.Key_Z, CTRL)
    table = wizard.contributions.parties_tables[0]
    assert table.table.rowCount() == 0 or table.cell(0, 1) != "Green coffee roasting"


def test_escape_asks_about_unsaved_work_like_quit(qtbot, window, answers) -> None:
    wizard = open_blank(window)
    wizard.jump_to(wizard.pages.index(wizard.parties))
    type_into(qtbot, wizard.parties.cards[0].legal_name, "Bean & Co Roasters Ltd")
    answers.append(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not answers, "Escape did not ask"
    assert window.stack.currentWidget() is window.editor and wizard.isVisible()
    assert wizard.parties.cards[0].legal_name.text() == "Bean & Co Roasters Ltd"
    answers.append(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.library
