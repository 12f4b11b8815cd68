"""Deductions chosen per type of revenue on the Sharing page: one row per revenue type
(advertising, subscriptions, product sales ...), one column per deduction; a ticked
row's ticked deductions are the only ones allowed from that revenue."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from drafting.terms.commercial import Deduction, RevenueTypeDeductions
from drafting.terms.economics import RevenueType
from ui.widgets import describe, humanize

DEDUCTION_HEADERS = {
    Deduction.RETURNS: "Returns",
    Deduction.REFUNDS: "Refunds",
    Deduction.TAXES: "Sales taxes",
    Deduction.CHARGEBACKS: "Chargebacks",
    Deduction.PAYMENT_FEES: "Payment fees",
    Deduction.COGS: "Cost of goods",
    Deduction.SHIPPING: "Shipping",
}


class DeductionsGrid(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.use = QCheckBox("Choose the deductions &per type of revenue")
        self.use.setAccessibleName("Deductions per type of revenue")
        layout.addWidget(self.use)
        self.table = QTableWidget(len(RevenueType), 1 + len(Deduction))
        self.table.setHorizontalHeaderLabels(["Revenue type", *DEDUCTION_HEADERS.values()])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        describe(self.table, "Deductions per revenue type", "Tick a revenue type, then the deductions allowed from it.")
        layout.addWidget(self.table)
        self.order: list[RevenueType] = list(RevenueType)
        self.loaded: dict[RevenueType, tuple[Deduction, ...]] = {}
        self._fill([])
        self.use.toggled.connect(self._toggled)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self._toggled(False)

    def _fill(self, groups: Sequence[RevenueTypeDeductions]) -> None:
        chosen = {group.revenue_type: group.deductions for group in groups}
        self.loaded = chosen
        self.order = [group.revenue_type for group in groups] + [t for t in RevenueType if t not in chosen]
        self.table.blockSignals(True)
        for row, revenue_type in enumerate(self.order):
            self.table.setItem(row, 0, _check(humanize(revenue_type.value), revenue_type in chosen))
            for column, deduction in enumerate(Deduction, start=1):
                self.table.setItem(row, column, _check("", deduction in chosen.get(revenue_type, ())))
        self.table.blockSignals(False)

    def _toggled(self, checked: bool) -> None:
        self.table.setVisible(checked)
        self.changed.emit()

    def load(self, groups: Sequence[RevenueTypeDeductions]) -> None:
        self._fill(groups)
        self.use.blockSignals(True)
        self.use.setChecked(bool(groups))
        self.use.blockSignals(False)
        self.table.setVisible(bool(groups))

    def groups(self) -> tuple[RevenueTypeDeductions, ...]:
        if not self.use.isChecked():
            return ()
        result = []
        for row, revenue_type in enumerate(self.order):
            if _checked(self.table.item(row, 0)):
                ticked = [d for column, d in enumerate(Deduction, start=1) if _checked(self.table.item(row, column))]
                # Keep the order a draft gave; newly ticked deductions follow in the table's order.
                first = [d for d in self.loaded.get(revenue_type, ()) if d in ticked]
                deductions = (*first, *(d for d in ticked if d not in first))
                result.append(RevenueTypeDeductions(revenue_type=revenue_type, deductions=deductions))
        return tuple(result)


def _check(text: str, checked: bool) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def _checked(item: QTableWidgetItem | None) -> bool:
    return item is not None and item.checkState() == Qt.CheckState.Checked
