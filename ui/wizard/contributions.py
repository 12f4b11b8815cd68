"""Page 4: what each party brings (cash, assets, IP, people ...) and further funding."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
)

from drafting.terms import AgreementTerms, AllianceModel, Money
from drafting.terms.commercial import CapitalCallMode, CapitalCalls, Contribution, ContributionKind
from ui.widgets import EnumCombo, PartyCombo, add_row, decimal_text, describe, group, help_line, parse_decimal
from ui.wizard.base import TermsPage, updated

FUNDED_MODELS = frozenset({AllianceModel.JOINT_VENTURE, AllianceModel.CONSORTIUM, AllianceModel.EQUITY_ALLIANCE})
COLUMNS = ("Party", "Kind", "What exactly", "Value", "Currency")
PARTY, KIND, DESCRIPTION, VALUE, CURRENCY = range(5)
CALL_LABELS = {
    CapitalCallMode.NONE: "No obligation to fund more",
    CapitalCallMode.PRO_RATA: "Calls in proportion to ownership",
    CapitalCallMode.SHAREHOLDER_LOANS: "Loans from the owners",
    CapitalCallMode.THIRD_PARTY_DEBT: "Bank or other outside debt",
}


class ContributionsPage(TermsPage):
    paths = ("contributions", "capital_calls", "funding_default")

    def __init__(self) -> None:
        super().__init__("Contributions", "What each party brings to the alliance, and what it is worth.")
        box, form = group(
            "Initial contributions",
            "One row per thing a party brings: cash, equipment, IP, staff, premises, customers. "
            "A value lets the agreement compare contributions with ownership.",
        )
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.horizontalHeader().setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(160)
        self.table.setTabKeyNavigation(False)
        describe(self.table, "Contributions", "Each row is one contribution. Edit a cell by typing; F2 edits it.")
        form.addRow(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton("A&dd contribution")
        self.remove_button = QPushButton("Remo&ve selected")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.error_line("rows", "contributions"))
        self.totals = help_line("")
        self.totals.setAccessibleName("Contribution totals")
        form.addRow(self.totals)
        self.body_layout.addWidget(box)

        self.funding_box, form = group(
            "Further funding",
            "What happens when the venture needs more money later. Calls in proportion to ownership are usual.",
        )
        self.calls = EnumCombo(CapitalCallMode, CALL_LABELS)  # type: ignore[arg-type]
        add_row(form, "More &funding", self.calls, "How extra money is raised once the first contributions are spent.")
        self.notice_days = QSpinBox()
        self.notice_days.setRange(0, 365)
        self.notice_days.setSuffix(" days")
        add_row(form, "Notice for a &call", self.notice_days, "How long a party has to pay a funding call.")
        self.body_layout.addWidget(self.funding_box)
        self.body_layout.addStretch(1)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_selected)
        self.watch(self.table, self.calls, self.notice_days)
        self.table.itemChanged.connect(self._update_totals)

    def _apply_model(self, model: AllianceModel) -> None:
        self.funding_box.setVisible(model in FUNDED_MODELS)

    def _apply_parties(self, names: Any) -> None:
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, PARTY)
            if isinstance(combo, PartyCombo):
                combo.set_parties(names)

    def add_row(self, contribution: Contribution | None = None) -> int:
        row = self.table.rowCount()
        was_loading, self._loading = self._loading, True
        self.table.insertRow(row)
        party = PartyCombo()
        party.setAccessibleName(f"Party of contribution {row + 1}")
        party.set_parties(self.party_names)
        kind = EnumCombo(ContributionKind, {ContributionKind.IP: "Intellectual property"})
        kind.setAccessibleName(f"Kind of contribution {row + 1}")
        self.table.setCellWidget(row, PARTY, party)
        self.table.setCellWidget(row, KIND, kind)
        value = contribution.value if contribution else None
        cells = (
            contribution.description if contribution else "",
            decimal_text(value.amount) if value else "",
            value.currency if value else self._currency,
        )
        for column, text in zip((DESCRIPTION, VALUE, CURRENCY), cells, strict=True):
            self.table.setItem(row, column, QTableWidgetItem(text))
        if contribution:
            party.set_value(contribution.party)
            kind.set_value(contribution.kind)
        party.currentIndexChanged.connect(self.edited)
        kind.currentIndexChanged.connect(self.edited)
        party.currentIndexChanged.connect(self._update_totals)
        self._loading = was_loading
        if not self._loading:
            self.table.setCurrentCell(row, DESCRIPTION)
            self.edited()
            self._update_totals()
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        self.edited()
        self._update_totals()

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _row_value(self, row: int) -> Money | None:
        amount = parse_decimal(self._cell(row, VALUE))
        if amount is None:
            return None
        return Money(amount=amount, currency=self._cell(row, CURRENCY) or self._currency)

    def _load(self, terms: AgreementTerms) -> None:
        self._originals = terms.contributions
        self._currency = terms.sharing.currency
        self._calls = terms.capital_calls
        self.table.setRowCount(0)
        for contribution in terms.contributions:
            self.add_row(contribution)
        self.calls.set_value(terms.capital_calls.mode)
        self.notice_days.setValue(terms.capital_calls.notice_days)
        self._update_totals()

    def read(self) -> dict[str, Any]:
        contributions = []
        for row in range(self.table.rowCount()):
            party = self.table.cellWidget(row, PARTY)
            kind = self.table.cellWidget(row, KIND)
            assert isinstance(party, PartyCombo) and isinstance(kind, EnumCombo)
            original = self._originals[row] if row < len(self._originals) else None
            values: dict[str, Any] = dict(original) if original else {}
            values.update(
                party=party.value() or "",
                kind=kind.value(),
                description=self._cell(row, DESCRIPTION),
                value=self._row_value(row),
            )
            contributions.append(Contribution.model_validate(values))
        calls: CapitalCalls = updated(self._calls, mode=self.calls.value(), notice_days=self.notice_days.value())
        return {"contributions": tuple(contributions), "capital_calls": calls}

    def check(self) -> dict[str, str]:
        for row in range(self.table.rowCount()):
            if not self._cell(row, DESCRIPTION):
                return {"rows": f"Row {row + 1}: describe what the party contributes."}
            try:
                self._row_value(row)
            except ValueError as error:
                return {"rows": f"Row {row + 1}: {error}."}
        return {}

    def _update_totals(self) -> None:
        totals: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
        for row in range(self.table.rowCount()):
            party = self.table.cellWidget(row, PARTY)
            try:
                value = self._row_value(row)
            except ValueError:
                continue
            if value and isinstance(party, PartyCombo):
                totals[(party.value() or "?", value.currency)] += value.amount
        grand: dict[str, Decimal] = defaultdict(Decimal)
        for (_, currency), amount in totals.items():
            grand[currency] += amount
        parts = []
        for (name, currency), amount in totals.items():
            share = f" ({amount / grand[currency] * 100:.0f}%)" if grand[currency] else ""
            parts.append(f"{name}: {currency} {amount:,.2f}{share}")
        self.totals.setText("Valued contributions: " + "; ".join(parts) if parts else "No valued contributions yet.")
