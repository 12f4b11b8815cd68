"""A small table of rows made of real widgets (party pickers, line edits, numbers), with
"add" and "remove" buttons: the house pattern of the transfers and tiers tables, shared by
the lists the wizard edits row by row (background IP, brand licences, reserved matters,
membership tiers).

Subclasses say which widgets make a row (``make_row``) and turn rows back into terms;
this base keeps the party pickers in step with the parties and tells the page when
anything changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import MoneyEdit, PartyCombo, describe

ItemT = TypeVar("ItemT")
_INDEX = re.compile(r"\[(\d+)\]")


def focus_cell(rows: Sequence[Sequence[QWidget]], fields: Sequence[str], path: str) -> bool:
    """Put the cursor in the cell a finding's ``path`` names (``sharing.tiers[1].threshold``:
    row 2, the threshold column; a path without a row: the first row's first cell).
    False when the table has no such row, so the caller focuses the table itself."""
    indices = _INDEX.findall(path)
    row = int(indices[-1]) if indices else 0
    name = path.rsplit(".", 1)[-1]
    column = fields.index(name) if name in fields else 0
    if row >= len(rows) or column >= len(rows[row]):
        return False
    rows[row][column].setFocus()
    return True


class RowTable(QWidget, Generic[ItemT]):
    """Rows of widgets, one row per item. ``changed`` fires on every edit."""

    changed = Signal()
    #: The column headings, in the words the user reads.
    columns: tuple[str, ...] = ()
    #: What one row is called ("Tier", "Licence"), for the accessible names of its cells.
    noun = "Row"
    #: The terms field each column edits, so a finding on ``[i].amount`` finds its cell.
    fields: tuple[str, ...] = ()

    def __init__(self, name: str, help_text: str, add_text: str, remove_text: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(self.columns))
        self.table.setHorizontalHeaderLabels(list(self.columns))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab moves between the cells' own widgets
        describe(self.table, name, help_text)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(remove_text)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self.remove_selected)
        self.names: list[str] = []
        self.rows: list[list[QWidget]] = []
        self._refresh_height()

    # --- what subclasses provide -----------------------------------------------------
    def make_row(self, item: ItemT | None) -> list[QWidget]:
        """The widgets of one row, filled from ``item`` (a new, empty row when None)."""
        raise NotImplementedError

    # --- rows ------------------------------------------------------------------------
    def _refresh_height(self) -> None:
        self.table.setFixedHeight(min(34 + 34 * max(self.table.rowCount(), 1), 260))

    def _add_clicked(self) -> None:
        widgets = self.add_row(None)
        widgets[0].setFocus()

    def add_row(self, item: ItemT | None) -> list[QWidget]:
        widgets = self.make_row(item)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, widget in enumerate(widgets):
            if isinstance(widget, PartyCombo):
                widget.set_parties(self.names)
                if item is not None:
                    self.fill_party(widget, item, column)
            widget.setAccessibleName(f"{self.noun} {row + 1}: {self.columns[column].lower()}")
            self.table.setCellWidget(row, column, widget)
            self._watch(widget)
        self.rows.append(widgets)
        self._refresh_height()
        self.changed.emit()
        return widgets

    def fill_party(self, combo: PartyCombo, item: ItemT, column: int) -> None:
        """Set a party picker of a loaded row (after the parties were put in it)."""

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.changed)
        elif isinstance(widget, QLineEdit):
            widget.textChanged.connect(self.changed)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self.changed)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(self.changed)
        elif isinstance(widget, MoneyEdit):
            widget.changed.connect(self.changed)

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            del self.rows[row]
            self._refresh_height()
            self.changed.emit()

    def focus_path(self, path: str) -> bool:
        return focus_cell(self.rows, self.fields, path)

    def set_items(self, items: Sequence[ItemT]) -> None:
        self.table.setRowCount(0)
        self.rows = []
        for item in items:
            self.add_row(item)
        self._refresh_height()

    def set_parties(self, names: Sequence[str]) -> None:
        self.names = list(names)
        for widgets in self.rows:
            for widget in widgets:
                if isinstance(widget, PartyCombo):
                    widget.set_parties(self.names)
