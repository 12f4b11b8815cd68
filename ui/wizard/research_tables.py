"""A small table of typed rows for the R&D collaboration section: each row is a list of
cells (free text, a party, a date, a number), with Add and Remove buttons. The section
turns rows into work packages, budget lines, final-say matters, fields and diligence
events; the table knows nothing of the terms model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QTableWidget, QVBoxLayout, QWidget

from ui.widgets import NumberEdit, PartyCombo, describe

TEXT, PARTY, DATE, NUMBER = "text", "party", "date", "number"


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = TEXT
    placeholder: str = ""


Cell = QLineEdit | PartyCombo


class RowsTable(QWidget):
    changed = Signal()

    def __init__(self, name: str, help_text: str, columns: Sequence[Column], noun: str) -> None:
        super().__init__()
        self.columns = tuple(columns)
        self.noun = noun
        self.party_names: tuple[str, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(self.columns))
        self.table.setHorizontalHeaderLabels([column.header for column in self.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        describe(self.table, name, help_text)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(f"Add {noun}")
        self.remove_button = QPushButton(f"Remove last {noun}")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.rows: list[list[Cell]] = []
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self._remove_clicked)
        self.setFocusProxy(self.add_button)

    def _cell(self, column: Column, row: int, value: str | None) -> Cell:
        cell: Cell
        if column.kind == PARTY:
            cell = PartyCombo()
            cell.set_parties(self.party_names)
            cell.set_value(value)
            cell.currentIndexChanged.connect(self.changed)
        else:
            cell = NumberEdit(column.placeholder) if column.kind == NUMBER else QLineEdit()
            if column.kind == DATE:
                cell.setPlaceholderText(column.placeholder or "YYYY-MM-DD")
            elif column.kind == TEXT:
                cell.setPlaceholderText(column.placeholder)
            cell.setText(value or "")
            cell.textChanged.connect(self.changed)
        cell.setAccessibleName(f"{self.noun.capitalize()} {row + 1}: {column.header}")
        return cell

    def add_row(self, values: Sequence[str | None] = ()) -> list[Cell]:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = []
        for index, column in enumerate(self.columns):
            cell = self._cell(column, row, values[index] if index < len(values) else None)
            self.table.setCellWidget(row, index, cell)
            cells.append(cell)
        self.rows.append(cells)
        self.table.setFixedHeight(min(60 + 32 * self.table.rowCount(), 300))
        return cells

    def _add_clicked(self) -> None:
        self.add_row()
        self.changed.emit()

    def _remove_clicked(self) -> None:
        if self.rows:
            self.rows.pop()
            self.table.removeRow(self.table.rowCount() - 1)
            self.changed.emit()

    def set_parties(self, names: Sequence[str]) -> None:
        self.party_names = tuple(names)
        for cells in self.rows:
            for cell in cells:
                if isinstance(cell, PartyCombo):
                    cell.set_parties(self.party_names)

    def load(self, rows: Sequence[Sequence[str | None]]) -> None:
        self.rows = []
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values)

    def values(self) -> list[list[str]]:
        """The rows typed, each cell's text (a party's short name), empty rows left out."""
        result = []
        for cells in self.rows:
            texts = [(cell.value() or "") if isinstance(cell, PartyCombo) else cell.text().strip() for cell in cells]
            free = [text for text, column in zip(texts, self.columns, strict=True) if column.kind != PARTY]
            if any(free):
                result.append(texts)
        return result


def parse_date(text: str, what: str) -> dt.date | None:
    if not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{what}: '{text.strip()}' is not a date; write it as YYYY-MM-DD") from None
