"""Tiered rates for a commission or royalty on the Sharing page: one row per tier, from
an amount of the year's cumulative sales, at a rate. (A split of revenue or profit
changes by band instead, each band a full split: see ``ui.wizard.bands``.)"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTableWidget, QVBoxLayout, QWidget

from drafting.terms.commercial import Tier
from ui.widgets import NumberEdit, decimal_text, describe
from ui.wizard.row_table import focus_cell


class TiersTable(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["From (amount in the year)", "Rate (%)"])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        describe(self.table, "Tiers", "From which cumulative amount in a Contract Year each rate applies.")
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton("Add tier")
        self.remove_button = QPushButton("Remove last tier")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.rows: list[tuple[NumberEdit, NumberEdit]] = []
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self._remove_clicked)

    def add_tier(self, start: str = "", rate: str = "") -> tuple[NumberEdit, NumberEdit]:
        row = self.table.rowCount()
        self.table.insertRow(row)
        edits = (NumberEdit("0"), NumberEdit("e.g. 5"))
        for column, (edit, text, what) in enumerate(zip(edits, (start, rate), ("from amount", "rate"), strict=True)):
            edit.setAccessibleName(f"Tier {row + 1}: {what}")
            edit.setText(text)
            edit.textChanged.connect(self.changed)
            self.table.setCellWidget(row, column, edit)
        self.rows.append(edits)
        self.table.setFixedHeight(min(60 + 32 * self.table.rowCount(), 260))
        return edits

    def _add_clicked(self) -> None:
        self.add_tier()
        self.changed.emit()

    def _remove_clicked(self) -> None:
        if self.rows:
            self.rows.pop()
            self.table.removeRow(self.table.rowCount() - 1)
            self.changed.emit()

    def focus_path(self, path: str) -> bool:
        return focus_cell(self.rows, ("threshold", "percent"), path)

    def load(self, tiers: Sequence[Tier]) -> None:
        self.rows = []
        self.table.setRowCount(0)
        for tier in tiers:
            self.add_tier(decimal_text(tier.threshold), decimal_text(tier.percent))

    def tiers(self) -> tuple[Tier, ...]:
        """The tiers typed (rows without a rate are left out); ``ValueError`` on a bad number."""
        result = []
        for start, rate in self.rows:
            percent = rate.decimal()
            if percent is not None:
                result.append(Tier(threshold=start.decimal() or Decimal(0), percent=percent))
        return tuple(result)
