"""Enter inside a table, as in a spreadsheet: on a cell, open it for typing; in a cell's
own field (a share typed in its row), go down to the same field of the next row. Either
way the key is used up, so it never reaches the wizard's default button (Next)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QWidget


def _table_of(widget: QWidget) -> QAbstractItemView | None:
    parent: QWidget | None = widget
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return parent
        parent = parent.parentWidget()
    return None


def _cell_of(table: QTableWidget, widget: QWidget) -> tuple[int, int] | None:
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            cell = table.cellWidget(row, column)
            if cell is not None and (cell is widget or cell.isAncestorOf(widget)):
                return row, column
    return None


def enter_in_table(focus: QWidget | None) -> bool:
    """Handle Enter for ``focus`` if it is in a table; False when it is not."""
    if focus is None:
        return False
    view = _table_of(focus)
    if view is None:
        return False
    if focus is view:
        index = view.currentIndex()
        if index.isValid() and view.state() != QAbstractItemView.State.EditingState:
            view.edit(index)
        return True
    if isinstance(view, QTableWidget):
        cell = _cell_of(view, focus)
        if cell is not None:
            row, column = cell
            below = view.cellWidget(row + 1, column) if row + 1 < view.rowCount() else None
            if below is not None and below.isEnabled():
                below.setFocus()
                view.setCurrentCell(row + 1, column)
    return True
