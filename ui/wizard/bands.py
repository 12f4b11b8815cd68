"""A split that changes with the year's revenue: one row per band (from an amount), one
column per payee, each band a full split that must make exactly 100%.

Payees are the parties, plus any named entity that does not sign (the joint venture
company, a foundation, an escrow) or role ("the Member who delivered the work") added
with the row of fields under the table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from drafting.terms.economics import Payee, PayeeKind, SplitBand, SplitShare
from ui.widgets import EnumCombo, NumberEdit, decimal_text, describe
from ui.wizard.shares import ShareEdit, named_total_problem, share_as_text

PAYEE_KIND_LABELS = {
    PayeeKind.ENTITY: "A named entity that does not sign (company, foundation, escrow)",
    PayeeKind.ROLE: "A role (e.g. the Member who delivered the work)",
}


class BandsTable(QWidget):
    """Bands (rows) by payees (columns)."""

    changed = Signal()

    def __init__(self, name: str = "Bands") -> None:
        super().__init__()
        self.name = name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 1)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        describe(
            self.table,
            name,
            "Each row is a band of the year's cumulative amount, from the amount in the first column; "
            "each band gives every payee's share, adding up to 100%.",
        )
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_band_button = QPushButton("Add band r&ow")
        self.remove_band_button = QPushButton("Remove last band")
        buttons.addWidget(self.add_band_button)
        buttons.addWidget(self.remove_band_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        other = QHBoxLayout()
        self.payee_name = QLineEdit()
        self.payee_name.setPlaceholderText("e.g. the Open Ledger Foundation")
        describe(self.payee_name, "Other payee", "A payee that is not a party: its name, or the role in words.")
        self.payee_kind = EnumCombo(PayeeKind, PAYEE_KIND_LABELS, only=(PayeeKind.ENTITY, PayeeKind.ROLE))  # type: ignore[arg-type]
        describe(self.payee_kind, "Other payee kind", "Whether the payee is a named entity or a role.")
        self.add_payee_button = QPushButton("Add payee")
        other.addWidget(self.payee_name, 1)
        other.addWidget(self.payee_kind)
        other.addWidget(self.add_payee_button)
        layout.addLayout(other)
        self.payees: list[Payee] = []
        self.rows: list[tuple[NumberEdit, list[ShareEdit]]] = []
        self.add_band_button.clicked.connect(self.add_band)
        self.remove_band_button.clicked.connect(self.remove_band)
        self.add_payee_button.clicked.connect(self._add_typed_payee)

    # --- structure -------------------------------------------------------------------
    def set_parties(self, names: Sequence[str]) -> None:
        others = [payee for payee in self.payees if payee.kind is not PayeeKind.PARTY]
        wanted = [Payee(party=name) for name in names] + others
        if wanted != self.payees:
            self._rebuild(wanted, self.bands_or_text())

    def rename(self, renames: Mapping[str, str]) -> None:
        self.payees = [
            Payee(party=renames.get(payee.party, payee.party))
            if payee.kind is PayeeKind.PARTY and payee.party
            else payee
            for payee in self.payees
        ]
        self._headers()

    def add_payee(self, payee: Payee) -> None:
        if payee in self.payees:
            return
        self._rebuild([*self.payees, payee], self.bands_or_text())
        self.changed.emit()

    def _add_typed_payee(self) -> None:
        name = self.payee_name.text().strip()
        if not name:
            return
        self.add_payee(Payee(kind=PayeeKind(str(self.payee_kind.value().value)), name=name))
        self.payee_name.clear()

    def add_band(self) -> None:
        self._append_row("", [""] * len(self.payees))
        self.changed.emit()

    def remove_band(self) -> None:
        if self.rows:
            self.rows.pop()
            self.table.removeRow(self.table.rowCount() - 1)
            self.changed.emit()

    # --- values ----------------------------------------------------------------------
    def set_bands(self, bands: Sequence[SplitBand], party_names: Sequence[str]) -> None:
        payees = [Payee(party=name) for name in party_names]
        for band in bands:
            for entry in band.shares:
                if entry.payee not in payees:
                    payees.append(entry.payee)
        rows = []
        for band in bands:
            by_payee = {entry.payee: entry.share for entry in band.shares}
            texts = [share_as_text(by_payee.get(payee)) for payee in payees]
            rows.append((decimal_text(band.from_amount), texts))
        self._rebuild(payees, rows, aligned_to=payees)

    def bands(self) -> tuple[SplitBand, ...]:
        """The bands as typed; ``ValueError`` (a plain sentence) for a cell it cannot read."""
        result = []
        for index, (start, cells) in enumerate(self.rows, start=1):
            shares = []
            for payee, cell in zip(self.payees, cells, strict=True):
                try:
                    value = cell.share()
                except ValueError as error:
                    raise ValueError(f"Band {index}, {payee.label}: {error}") from None
                if value is not None:
                    shares.append(SplitShare(payee=payee, share=value))
            result.append(SplitBand(from_amount=start.decimal() or Decimal(0), shares=tuple(shares)))
        return tuple(result)

    def bands_or_text(self) -> list[tuple[str, list[str]]]:
        return [(start.text(), [cell.text() for cell in cells]) for start, cells in self.rows]

    def problem(self) -> str:
        for index, (start, cells) in enumerate(self.rows, start=1):
            named = []
            for payee, cell in zip(self.payees, cells, strict=True):
                try:
                    value = cell.share()
                except ValueError as error:
                    return f"Band {index}, {payee.label}: {error}."
                if value is not None:
                    named.append((payee.label, value))
            if not named:
                return f"Band {index} gives no shares; give each payee's share."
            if message := named_total_problem(named):
                return f"Band {index}: {message}"
            if index == 1 and (start.decimal() or 0) != 0:
                return "The first band must start at 0, so that every amount has a split."
        return ""

    # --- building ----------------------------------------------------------------------
    def _rebuild(
        self, payees: list[Payee], rows: Sequence[tuple[str, Sequence[str]]], aligned_to: Sequence[Payee] | None = None
    ) -> None:
        """Rebuild for ``payees``; ``rows`` hold one cell per payee of ``aligned_to``
        (default: the current payees), so a typed share follows its payee."""
        columns = {payee: index for index, payee in enumerate(self.payees if aligned_to is None else aligned_to)}
        kept = [
            (start, [cells[columns[payee]] if payee in columns else "" for payee in payees]) for start, cells in rows
        ]
        self.payees = payees
        self.rows = []
        self.table.setRowCount(0)
        self.table.setColumnCount(1 + len(payees))
        self._headers()
        for start, cells in kept:
            self._append_row(start, cells)

    def _headers(self) -> None:
        self.table.setHorizontalHeaderLabels(["From (amount)", *(payee.label for payee in self.payees)])

    def _append_row(self, start_text: str, cells: Sequence[str]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        start = NumberEdit("0")
        start.setAccessibleName(f"Band {row + 1}: from amount")
        start.setText(start_text)
        start.textChanged.connect(self.changed)
        self.table.setCellWidget(row, 0, start)
        edits = []
        for column, (payee, text) in enumerate(zip(self.payees, cells, strict=True), start=1):
            edit = ShareEdit("")
            edit.setAccessibleName(f"Band {row + 1}: {payee.label}, share")
            edit.setText(text)
            edit.textChanged.connect(self.changed)
            self.table.setCellWidget(row, column, edit)
            edits.append(edit)
        self.rows.append((start, edits))
        self.table.setFixedHeight(min(60 + 32 * self.table.rowCount(), 320))


def _renamed(payee: Payee, renames: Mapping[str, str]) -> Payee:
    if payee.kind is PayeeKind.PARTY and payee.party is not None and payee.party in renames:
        return Payee(party=renames[payee.party])
    return payee


class PayeeCombo(QComboBox):
    """Pick one payee (a party, a named entity or a role), or none."""

    NONE_TEXT = "The payee (or every payment under the sharing)"

    def __init__(self) -> None:
        super().__init__()
        self.payees: list[Payee] = []
        self.addItem(self.NONE_TEXT)

    def set_payees(self, payees: Sequence[Payee]) -> None:
        current = self.payee()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.NONE_TEXT)
        self.payees = list(payees)
        for payee in self.payees:
            self.addItem(payee.label)
        self.blockSignals(False)
        self.set_payee(current)

    def set_payee(self, payee: Payee | None) -> None:
        if payee is not None and payee not in self.payees:
            self.payees.append(payee)
            self.addItem(payee.label)
        self.setCurrentIndex(0 if payee is None else 1 + self.payees.index(payee))

    def payee(self) -> Payee | None:
        index = self.currentIndex()
        return self.payees[index - 1] if index >= 1 and index - 1 < len(self.payees) else None
