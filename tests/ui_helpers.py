"""Driving the desktop app like a person: typing into fields and table cells, clicking,
moving through the wizard and answering modal dialogs."""

from __future__ import annotations


# --- driving widgets like a person -------------------------------------------------------
def type_into(qtbot, widget, text: str) -> None:
    """Select whatever the field holds and type ``text`` over it."""
    from PySide6.QtCore import Qt

    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def type_into_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Open the cell's editor as F2 would, type, and press Enter to commit."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    table.setCurrentCell(row, column)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editors = [child for child in table.viewport().findChildren(QLineEdit) if child.isVisible()]
    assert len(editors) == 1, "the cell editor did not open"
    editor = editors[0]
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The view commits the editor's text from its event loop, not inside the key press.
    qtbot.waitUntil(lambda: table.item(row, column) is not None and table.item(row, column).text() == text)


def click(qtbot, button) -> None:
    from PySide6.QtCore import Qt

    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_page(qtbot, wizard) -> None:
    from PySide6.QtWidgets import QWizard

    before = wizard.currentId()
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() != before, "Next did not move on"


def when_modal_opens(qtbot, action) -> None:
    """Run ``action(dialog)`` on the next modal dialog, once its event loop is running."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, attempt)
            return
        try:
            action(dialog)
        except BaseException:
            dialog.reject()  # never leave a modal open: the test would hang instead of failing
            raise  # pytest-qt reports exceptions raised inside Qt callbacks as test failures

    QTimer.singleShot(0, attempt)


def choose(qtbot, combo, text: str) -> None:
    """Pick an entry of a drop-down by typing its first letters, as a keyboard user does."""
    from PySide6.QtWidgets import QApplication

    # Letters typed within the keyboard interval continue the previous search.
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText() == text, f"typing '{text}' picked '{combo.currentText()}'"
