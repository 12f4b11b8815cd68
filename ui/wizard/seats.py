"""A table of seats per party on the governing body: one spin box a party, 0 for none."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from drafting.terms.governance import Seats
from ui.widgets import describe

MAX_SEATS = 50


class SeatsTable(QWidget):
    """One row per party: its name and its number of seats."""

    changed = Signal()

    def __init__(self, help_text: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["Party", "Seats"])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        describe(self.table, "Seats", help_text)
        layout.addWidget(self.table)
        self.boxes: dict[str, QSpinBox] = {}

    def set_parties(self, names: Sequence[str]) -> None:
        if list(names) == list(self.boxes):
            return
        kept = {name: box.value() for name, box in self.boxes.items()}
        self.boxes = {}
        self.table.setRowCount(0)
        for row, name in enumerate(names):
            self.table.insertRow(row)
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            box = QSpinBox()
            box.setRange(0, MAX_SEATS)
            box.setAccessibleName(f"Seats: {name}")
            box.setValue(kept.get(name, 0))
            box.valueChanged.connect(self.changed)
            self.table.setCellWidget(row, 1, box)
            self.boxes[name] = box
        self.table.setFixedHeight(min(60 + 30 * len(names), 320))

    def rename(self, renames: Mapping[str, str]) -> None:
        """A party's short name changed: its row keeps its seats under the new name."""
        self.boxes = {renames.get(name, name): box for name, box in self.boxes.items()}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.text() in renames:
                item.setText(renames[item.text()])

    def set_seats(self, seats: Sequence[Seats]) -> None:
        counts: dict[str, int] = {}
        for entry in seats:
            counts[entry.party] = counts.get(entry.party, 0) + entry.seats
        for name, box in self.boxes.items():
            box.blockSignals(True)
            box.setValue(counts.get(name, 0))
            box.blockSignals(False)

    def seats(self) -> tuple[Seats, ...]:
        """Every party's seats, or none at all while no seat is given (seats not decided yet)."""
        if not any(box.value() for box in self.boxes.values()):
            return ()
        return tuple(Seats(party=name, seats=box.value()) for name, box in self.boxes.items())
