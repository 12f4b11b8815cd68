"""A table of one percentage per party with its running total, e.g. revenue shares or
shareholdings; the total must reach exactly 100%."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafting.terms import PartyShare
from ui.widgets import ERROR_STYLE, NumberEdit, decimal_text, describe

HUNDRED = Decimal(100)


def total_text(total: Decimal) -> str:
    shown = decimal_text(total.quantize(Decimal("0.01")))
    return f"Total: {shown}%" if total == HUNDRED else f"Total: {shown}% (must be 100%)"


class SharesTable(QWidget):
    """One row per party: its name and an editable percentage."""

    changed = Signal()

    def __init__(self, name: str, help_text: str) -> None:
        super().__init__()
        self.name = name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["Party", "Percent"])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        describe(self.table, name, help_text)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.total_label = QLabel()
        self.total_label.setAccessibleName(f"{name} total")
        self.equal_button = QPushButton("Split &equally")
        self.equal_button.setAccessibleName(f"Split {name.lower()} equally")
        self.equal_button.setToolTip("Give every party the same share (the remainder goes to the first party).")
        row.addWidget(self.total_label, 1)
        row.addWidget(self.equal_button)
        layout.addLayout(row)
        self.edits: dict[str, NumberEdit] = {}
        self.equal_button.clicked.connect(self.split_equally)
        self._show_total()

    def set_parties(self, names: Sequence[str]) -> None:
        if list(names) == list(self.edits):
            return  # rebuilding would take the keyboard focus away from a row being typed in
        kept = {name: edit.text() for name, edit in self.edits.items()}
        self.edits = {}
        self.table.setRowCount(0)
        for row, name in enumerate(names):
            self.table.insertRow(row)
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            edit = NumberEdit("0")
            edit.setAccessibleName(f"{self.name}: {name}, percent")
            edit.setText(kept.get(name, ""))
            edit.textChanged.connect(self._edited)
            self.table.setCellWidget(row, 1, edit)
            self.edits[name] = edit
        self.table.setFixedHeight(min(60 + 30 * len(names), 320))
        self._show_total()

    def rename(self, renames: Mapping[str, str]) -> None:
        self.edits = {renames.get(name, name): edit for name, edit in self.edits.items()}

    def set_shares(self, shares: Sequence[PartyShare]) -> None:
        values = {share.party: share.percent for share in shares}
        for name, edit in self.edits.items():
            edit.blockSignals(True)
            edit.set_decimal(values.get(name))
            edit.blockSignals(False)
        self._show_total()

    def shares(self) -> tuple[PartyShare, ...]:
        result = []
        for name, edit in self.edits.items():
            value = edit.decimal()
            if value is not None:
                result.append(PartyShare(party=name, percent=value))
        return tuple(result)

    def total(self) -> Decimal:
        total = Decimal(0)
        for edit in self.edits.values():
            try:
                total += edit.decimal() or Decimal(0)
            except ValueError:
                continue
        return total

    def is_empty(self) -> bool:
        return all(not edit.text().strip() for edit in self.edits.values())

    def problem(self) -> str:
        for name, edit in self.edits.items():
            value = edit.decimal()
            if value is not None and value > HUNDRED:
                return f"{name}'s share cannot be more than 100%."
        total = self.total()
        if total != HUNDRED:
            return f"The shares add up to {decimal_text(total)}%; they must add up to exactly 100%."
        return ""

    def split_equally(self) -> None:
        if not self.edits:
            return
        count = len(self.edits)
        each = (HUNDRED / count).quantize(Decimal("0.01"), rounding="ROUND_DOWN")
        remainder = HUNDRED - each * count
        for index, edit in enumerate(self.edits.values()):
            edit.blockSignals(True)
            edit.set_decimal(each + remainder if index == 0 else each)
            edit.blockSignals(False)
        self._edited()

    def _edited(self) -> None:
        self._show_total()
        self.changed.emit()

    def _show_total(self) -> None:
        total = self.total()
        self.total_label.setText(total_text(total))
        self.total_label.setStyleSheet("" if total == HUNDRED else ERROR_STYLE)
