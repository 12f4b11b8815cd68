"""A table of international transfers of shared personal data: one row per flow, from
the exporting party to the importing party, the country of destination and the safeguard."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QTableWidget, QVBoxLayout, QWidget

from drafting.terms.extras import DataTransfer, TransferMechanism
from ui.widgets import EnumCombo, PartyCombo, describe

#: The safeguards in the words a reader knows them by.
MECHANISM_LABELS = {
    TransferMechanism.ADEQUACY: "Adequacy decision",
    TransferMechanism.EU_SCCS: "EU standard contractual clauses",
    TransferMechanism.UK_IDTA: "UK IDTA",
    TransferMechanism.UK_ADDENDUM: "EU clauses with the UK Addendum",
}

_COLUMNS = ["From", "To", "Country", "Safeguard"]


class TransfersTable(QWidget):
    """Rows of (exporter, importer, destination, safeguard); ``transfers()`` gives the
    complete rows as terms, ``problem()`` says what an incomplete row lacks."""

    changed = Signal()

    def __init__(self, help_text: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setHorizontalHeaderLabels(_COLUMNS)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        describe(self.table, "International transfers", help_text)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton("Add a transfer")
        self.remove_button = QPushButton("Remove the selected transfer")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_selected)
        self.names: list[str] = []
        self._refresh_height()

    def _refresh_height(self) -> None:
        self.table.setFixedHeight(min(34 + 34 * max(self.table.rowCount(), 1), 240))

    def _cell(self, row: int, column: int) -> QWidget:
        widget = self.table.cellWidget(row, column)
        assert widget is not None
        return widget

    def add_row(self, flow: DataTransfer | None = None) -> None:
        exporter, importer = PartyCombo(), PartyCombo()
        for combo in (exporter, importer):
            combo.set_parties(self.names)
        if len(self.names) > 1:
            importer.set_value(self.names[1])
        destination = QLineEdit()
        destination.setPlaceholderText("e.g. the United States")
        mechanism = EnumCombo(TransferMechanism, MECHANISM_LABELS)  # type: ignore[arg-type]
        if flow is not None:
            exporter.set_value(flow.exporter)
            importer.set_value(flow.importer)
            destination.setText(flow.destination)
            mechanism.set_value(flow.mechanism)
        # The row is complete before any of its signals can reach the page.
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = ((exporter, "exporting party"), (importer, "importing party"), (destination, "country"))
        for column, (widget, name) in enumerate((*cells, (mechanism, "safeguard"))):
            widget.setAccessibleName(f"Transfer {row + 1}: {name}")
            self.table.setCellWidget(row, column, widget)
        exporter.currentIndexChanged.connect(self.changed)
        importer.currentIndexChanged.connect(self.changed)
        mechanism.currentIndexChanged.connect(self.changed)
        destination.textChanged.connect(self.changed)
        self._refresh_height()
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self._refresh_height()
            self.changed.emit()

    def set_parties(self, names: Sequence[str]) -> None:
        self.names = list(names)
        for row in range(self.table.rowCount()):
            for column in (0, 1):
                combo = self._cell(row, column)
                assert isinstance(combo, PartyCombo)
                combo.set_parties(self.names)

    def set_transfers(self, flows: Sequence[DataTransfer]) -> None:
        self.table.setRowCount(0)
        for flow in flows:
            self.add_row(flow)
        self._refresh_height()

    def _rows(self) -> list[tuple[str | None, str | None, str, TransferMechanism]]:
        rows = []
        for row in range(self.table.rowCount()):
            exporter, importer, destination, mechanism = (self._cell(row, column) for column in range(4))
            assert isinstance(exporter, PartyCombo) and isinstance(importer, PartyCombo)
            assert isinstance(destination, QLineEdit) and isinstance(mechanism, EnumCombo)
            value = mechanism.value()
            assert isinstance(value, TransferMechanism)
            rows.append((exporter.value(), importer.value(), destination.text().strip(), value))
        return rows

    def problem(self) -> str | None:
        """What the first incomplete row lacks, in words, or None."""
        for index, (exporter, importer, destination, _) in enumerate(self._rows(), start=1):
            if not exporter or not importer or exporter == importer:
                return f"Transfer {index}: choose two different parties, the one sending and the one receiving."
            if not destination:
                return f"Transfer {index}: say which country the data goes to."
        return None

    def transfers(self) -> tuple[DataTransfer, ...]:
        """The complete rows (an incomplete row is reported by ``problem``, never stored half)."""
        return tuple(
            DataTransfer(exporter=exporter, importer=importer, destination=destination, mechanism=mechanism)
            for exporter, importer, destination, mechanism in self._rows()
            if exporter and importer and exporter != importer and destination
        )
