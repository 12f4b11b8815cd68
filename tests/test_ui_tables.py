"""Tables typed with the keyboard alone: Tab moves from one share row to the next, Enter
in a table or a cell never fires Next, and leaving a contribution's "What exactly" cell
with Tab loses nothing typed next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard

from drafting.terms import AllianceModel
from tests.engine_helpers import make_terms
from tests.ui_helpers import click, type_into
from ui.drafts import blank_terms
from ui.wizard.contribution_table import DESCRIPTION, VALUE
from ui.wizard.wizard import AgreementWizard

pytest_plugins = ("tests.ui_fixtures",)


@pytest.fixture
def wizard(qtbot, tmp_path) -> AgreementWizard:
    widget = AgreementWizard(tmp_path)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def focused():
    return QApplication.focusWidget()


def open_editor(table):
    return next(child for child in table.viewport().findChildren(QLineEdit) if child.isVisible())


def test_tab_moves_from_share_row_to_share_row(qtbot, wizard) -> None:
    wizard.load(make_terms(parties=3, sharing={"model": "revenue"}))
    wizard.jump_to(wizard.pages.index(wizard.sharing))
    edits = list(wizard.sharing.shares.edits.values())
    type_into(qtbot, edits[0], "50")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is edits[1]
    qtbot.keyClicks(focused(), "30")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is edits[2]
    qtbot.keyClicks(focused(), "20")
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is edits[1]
    assert [edit.text() for edit in edits] == ["50", "30", "20"]


def test_enter_in_a_share_cell_moves_down_and_never_fires_next(qtbot, wizard) -> None:
    wizard.load(make_terms(parties=3, sharing={"model": "revenue"}))
    wizard.jump_to(wizard.pages.index(wizard.sharing))
    page_id = wizard.currentId()
    edits = list(wizard.sharing.shares.edits.values())
    for edit, share in zip(edits, ("40", "30", "30"), strict=True):
        type_into(qtbot, edit, share)
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled() or edit is not edits[-1]
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        assert wizard.currentId() == page_id, "Enter in a cell moved to the next page"
    assert focused() is edits[-1]


def test_enter_in_a_contribution_table_edits_the_cell_not_next(qtbot, wizard) -> None:
    wizard.load(blank_terms(AllianceModel.CO_MARKETING))
    wizard.jump_to(wizard.pages.index(wizard.contributions))
    page_id = wizard.currentId()
    table = wizard.contributions.parties_tables[0]
    click(qtbot, table.add_button)
    table.table.setCurrentCell(0, DESCRIPTION)
    table.table.setFocus()
    qtbot.keyClick(table.table, Qt.Key.Key_Return)
    assert wizard.currentId() == page_id
    editor = open_editor(table.table)
    qtbot.keyClicks(editor, "Green coffee")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.cell(0, DESCRIPTION) == "Green coffee")
    assert wizard.currentId() == page_id


def test_tab_out_of_what_exactly_keeps_the_next_value_typed(qtbot, wizard) -> None:
    wizard.load(blank_terms(AllianceModel.CO_MARKETING))
    wizard.jump_to(wizard.pages.index(wizard.contributions))
    table = wizard.contributions.parties_tables[0]
    click(qtbot, table.add_button)
    table.table.setCurrentCell(0, DESCRIPTION)
    qtbot.keyClick(table.table, Qt.Key.Key_F2)
    qtbot.keyClicks(open_editor(table.table), "Roasted beans, 40 kg a week")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "5000")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.cell(0, VALUE) == "5000")
    assert table.cell(0, DESCRIPTION) == "Roasted beans, 40 kg a week"


def test_in_the_real_window_tab_out_of_what_exactly_keeps_the_next_value(qtbot, window) -> None:
    window.show_editor(blank_terms(AllianceModel.CO_MARKETING), None)
    wizard = window.editor.wizard
    wizard.jump_to(wizard.pages.index(wizard.contributions))
    table = wizard.contributions.parties_tables[0]
    click(qtbot, table.add_button)  # the page is incomplete until the row is described
    table.table.setCurrentCell(0, DESCRIPTION)
    qtbot.keyClick(table.table, Qt.Key.Key_F2)
    qtbot.keyClicks(open_editor(table.table), "Roasted beans")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # commits: the page becomes complete
    qtbot.keyClicks(focused(), "5000")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.cell(0, VALUE) == "5000")
    assert table.cell(0, DESCRIPTION) == "Roasted beans"
