"""One party's contributions on the Contributions page: a titled table (kind, what
exactly, value, currency, how it is provided), add/remove buttons and the party's
subtotal with its share of the total value; "valued by" says how a contribution in kind
is valued (an independent valuer, market rent, book value), "due by" the date it is
made (YYYY-MM-DD).

Each row remembers an ordering key, so the page can hand the contributions back in the
order they were loaded (and new ones after them) whatever table they sit in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from drafting.terms import Money
from drafting.terms.commercial import Contribution, ContributionKind, TransferMode
from ui.glossary import WARNING_STYLE, warning_text
from ui.widgets import HELP_STYLE, EnumCombo, decimal_text, describe, explain, literal, parse_decimal

COLUMNS = ("Kind", "What exactly", "Value", "Currency", "Provided as", "Valued by", "Due by")
KIND, DESCRIPTION, VALUE, CURRENCY, TRANSFER, VALUATION, DUE = range(len(COLUMNS))
#: The shortest "What exactly" column; the others are as wide as their contents need,
#: measured with the running style and font (so a high-DPI screen or a larger font never
#: clips a drop-down), and the table fits a 1280-pixel window beside the preview.
DESCRIPTION_AT_LEAST = 100  # its text wraps onto more lines rather than being cut
KIND_LABELS = {ContributionKind.IP: "Intellectual property", ContributionKind.DISTRIBUTION_NETWORK: "Sales network"}
TRANSFER_LABELS = {
    TransferMode.ASSIGN: "Transfer of ownership",
    TransferMode.LICENSE: "Licence",
    TransferMode.LOAN: "Loan (given back)",
    TransferMode.SERVICE: "Service",
}
NOT_STATED = "Not stated"
VISIBLE_ROWS_AT_LEAST = 2


def money_text(currency: str, amount: Decimal) -> str:
    return f"{currency} {amount:,.2f}"


class PartyContributions(QGroupBox):
    """The contributions of one party. ``edited`` fires on every change a user makes."""

    edited = Signal()

    def __init__(self, party: str, default_currency: str) -> None:
        super().__init__()
        self.party = party
        self.default_currency = default_currency
        self.still_a_party = True
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        widths = self._column_widths()
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setMinimumSectionSize(40)
        #: The width below which the table would need a horizontal scroll bar.
        self.needed_width = sum(widths.values()) + DESCRIPTION_AT_LEAST + 2 * self.table.frameWidth() + 40
        self.table.verticalHeader().hide()
        # Long descriptions wrap onto more lines rather than ending in "...".
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        layout.addWidget(self.table)
        self.help = explain(
            self.table,
            "'Provided as': a licence only lends the thing for the alliance; a transfer of ownership gives it "
            "away for good.",
        )
        layout.addWidget(self.help)
        #: What a row "provided as transfer of ownership" does, in plain words.
        self.transfer_warning = QLabel()
        self.transfer_warning.setWordWrap(True)
        self.transfer_warning.setStyleSheet(WARNING_STYLE)
        self.transfer_warning.setAccessibleName("Warning")
        self.transfer_warning.hide()
        layout.addWidget(self.transfer_warning)
        row = QHBoxLayout()
        self.add_button = QPushButton("Add a contribution")
        self.remove_button = QPushButton("Remove selected")
        self.subtotal = QLabel()
        self.subtotal.setStyleSheet(HELP_STYLE)
        self.subtotal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.subtotal)
        layout.addLayout(row)
        self._loading = False
        self.add_button.clicked.connect(lambda: self.add_row(key=None))
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(self._changed)
        self.next_key: Callable[[], int] = lambda: 0  # the page hands out ordering keys
        self.set_party(party)
        self._fit_height()

    def _column_widths(self) -> dict[int, int]:
        kind = EnumCombo(ContributionKind, KIND_LABELS)  # type: ignore[arg-type]
        transfer = QComboBox()
        for label in (NOT_STATED, *TRANSFER_LABELS.values()):
            transfer.addItem(label)
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader().fontMetrics()
        padding = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8

        def text(*samples: str) -> int:
            return max(max(metrics.horizontalAdvance(sample), header.horizontalAdvance(sample)) for sample in samples)

        return {
            KIND: max(kind.sizeHint().width(), text(COLUMNS[KIND]) + padding),
            VALUE: text("1,000,000", COLUMNS[VALUE]) + padding,
            CURRENCY: text("GBP", COLUMNS[CURRENCY]) + padding,
            TRANSFER: max(transfer.sizeHint().width(), text(COLUMNS[TRANSFER]) + padding),
            VALUATION: text(COLUMNS[VALUATION], "Market value") + padding,
            DUE: text("2027-12-31", COLUMNS[DUE]) + padding,
        }

    # --- naming ----------------------------------------------------------------------
    def set_party(self, party: str, *, still_a_party: bool = True) -> None:
        self.party = party
        self.still_a_party = still_a_party
        self.setTitle(literal(party) if still_a_party else f"{literal(party)} (no longer a party)")
        describe(
            self.table,
            f"Contributions by {party}",
            f"What {party} brings, one row each. Type in a cell to edit it; arrows move between cells.",
        )
        self.add_button.setAccessibleName(f"Add a contribution by {party}")
        self.remove_button.setAccessibleName(f"Remove the selected contribution by {party}")
        self.subtotal.setAccessibleName(f"Subtotal of {party}")
        for row in range(self.table.rowCount()):
            self._name_row_widgets(row)

    def _name_row_widgets(self, row: int) -> None:
        for column, what in ((KIND, "Kind"), (TRANSFER, "Provided as")):
            widget = self.table.cellWidget(row, column)
            if widget is not None:
                widget.setAccessibleName(f"{what}, contribution {row + 1} by {self.party}")

    # --- rows ------------------------------------------------------------------------
    def add_row(self, contribution: Contribution | None = None, *, key: int | None) -> int:
        row = self.table.rowCount()
        self._loading = True
        self.table.insertRow(row)
        kind = EnumCombo(ContributionKind, KIND_LABELS)  # type: ignore[arg-type]
        transfer = QComboBox()
        transfer.addItem(NOT_STATED, None)
        for mode in TransferMode:
            transfer.addItem(TRANSFER_LABELS[mode], str(mode.value))
        self.table.setCellWidget(row, KIND, kind)
        self.table.setCellWidget(row, TRANSFER, transfer)
        value = contribution.value if contribution else None
        texts = (
            contribution.description if contribution else "",
            decimal_text(value.amount) if value else "",
            value.currency if value else self.default_currency,
            contribution.valuation_method if contribution else "",
            contribution.due.isoformat() if contribution and contribution.due else "",
        )
        for column, text in zip((DESCRIPTION, VALUE, CURRENCY, VALUATION, DUE), texts, strict=True):
            item = QTableWidgetItem(text)
            if column in (VALUE, CURRENCY):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == DESCRIPTION:
                item.setData(Qt.ItemDataRole.UserRole, self.next_key() if key is None else key)
            self.table.setItem(row, column, item)
        if contribution:
            kind.set_value(contribution.kind)
            if contribution.transfer_mode is not None:
                transfer.setCurrentIndex(transfer.findData(str(contribution.transfer_mode.value)))
        self._name_row_widgets(row)
        kind.currentIndexChanged.connect(self._changed)
        transfer.currentIndexChanged.connect(self._changed)
        self._loading = False
        self.show_transfer_warning()
        self._fit_height()
        if contribution is None:
            self.table.setCurrentCell(row, DESCRIPTION)
            self.table.setFocus()
            self.edited.emit()
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        for row in range(self.table.rowCount()):
            self._name_row_widgets(row)
        self._fit_height()
        self.edited.emit()

    def _changed(self) -> None:
        self.show_transfer_warning()
        if not self._loading:
            self._fit_height()  # an edited description may wrap onto more lines
            self.edited.emit()

    def show_transfer_warning(self) -> None:
        """One plain sentence per row given away for good (an assignment of the party's IP)."""
        sentences = []
        for row in range(self.table.rowCount()):
            transfer = self.table.cellWidget(row, TRANSFER)
            if isinstance(transfer, QComboBox) and transfer.currentData() == str(TransferMode.ASSIGN.value):
                what = self.cell(row, DESCRIPTION) or f"Contribution {row + 1}"
                sentences.append(f"⚠ {warning_text('transfer', what=what, party=self.party)}")
        self.transfer_warning.setText("\n".join(sentences))
        self.transfer_warning.setVisible(bool(sentences))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_height()  # a narrower table wraps descriptions onto more lines

    def _fit_height(self) -> None:
        """As tall as its rows (at least two), so five parties' tables read as one page."""
        self.table.resizeRowsToContents()
        rows = max(self.table.rowCount(), VISIBLE_ROWS_AT_LEAST)
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        height += (rows - self.table.rowCount()) * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + 2)

    # --- reading ---------------------------------------------------------------------
    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def row_value(self, row: int) -> Money | None:
        """The row's value; raises ``ValueError`` when the amount is not a number."""
        amount = parse_decimal(self.cell(row, VALUE))
        if amount is None:
            return None
        currency = self.cell(row, CURRENCY) or self.default_currency
        try:
            return Money(amount=amount, currency=currency)
        except ValidationError:
            raise ValueError(f"'{currency}' is not a three-letter currency code such as EUR or USD") from None

    def row_of(self, key: int) -> int:
        """The row of the contribution with ordering ``key`` (its index in the loaded draft), or -1."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, DESCRIPTION)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
                return row
        return -1

    def row_due(self, row: int) -> dt.date | None:
        """The row's due date; raises ``ValueError`` when it is not a date."""
        text = self.cell(row, DUE)
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"'{text}' is not a date; write the due date as YYYY-MM-DD") from None

    def rows(self) -> list[tuple[int, dict[str, Any]]]:
        """(ordering key, the row's fields) for every row, in table order."""
        result = []
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, KIND)
            transfer = self.table.cellWidget(row, TRANSFER)
            assert isinstance(kind, EnumCombo) and isinstance(transfer, QComboBox)
            mode = transfer.currentData()
            fields = {
                "party": self.party,
                "kind": kind.value(),
                "description": self.cell(row, DESCRIPTION),
                "value": self.row_value(row),
                "transfer_mode": TransferMode(mode) if isinstance(mode, str) else None,
                "valuation_method": self.cell(row, VALUATION),
                "due": self._due_or_none(row),
            }
            description = self.table.item(row, DESCRIPTION)
            key = description.data(Qt.ItemDataRole.UserRole) if description is not None else None
            result.append((int(key) if key is not None else row, fields))
        return result

    def _due_or_none(self, row: int) -> dt.date | None:
        try:
            return self.row_due(row)
        except ValueError:
            return None  # reported by ``problem``, which keeps the page from going on

    def problem(self) -> str:
        if not self.still_a_party and self.table.rowCount():
            return f"{self.party} is no longer a party: remove its contributions, or add the party back."
        for row in range(self.table.rowCount()):
            if not self.cell(row, DESCRIPTION):
                return f"{self.party}, row {row + 1}: describe what the party contributes."
            try:
                self.row_value(row)
                self.row_due(row)
            except ValueError as error:
                return f"{self.party}, row {row + 1}: {error}."
        return ""

    def subtotals(self) -> dict[str, Decimal]:
        """The valued rows added up by currency (rows with unreadable amounts left out)."""
        totals: dict[str, Decimal] = {}
        for row in range(self.table.rowCount()):
            try:
                value = self.row_value(row)
            except ValueError:
                continue
            if value is not None:
                totals[value.currency] = totals.get(value.currency, Decimal(0)) + value.amount
        return totals

    def show_subtotal(self, grand: dict[str, Decimal]) -> None:
        parts = []
        for currency, amount in self.subtotals().items():
            share = f" ({amount / grand[currency] * 100:.0f}% of the total value)" if grand.get(currency) else ""
            parts.append(f"{money_text(currency, amount)}{share}")
        self.subtotal.setText("Subtotal: " + "; ".join(parts) if parts else "No value given yet")
