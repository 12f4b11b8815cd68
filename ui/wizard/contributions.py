"""Page 4: what each party brings (cash, assets, IP, people ...), one table per party
with its subtotal and share of the total value, and how further funding is raised."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QCheckBox, QSpinBox, QTableWidget, QVBoxLayout, QWidget

from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.commercial import CapitalCallMode, CapitalCalls, Contribution, DefaultRemedy, FundingDefault
from ui.widgets import EnumCombo, add_row, group, help_line
from ui.wizard.base import TermsPage, updated
from ui.wizard.contribution_table import DUE, VALUATION, PartyContributions, money_text
from ui.wizard.page_index import CONTRIBUTIONS
from ui.wizard.payments import PaymentsEditor

FUNDED_MODELS = frozenset({AllianceModel.JOINT_VENTURE, AllianceModel.CONSORTIUM, AllianceModel.EQUITY_ALLIANCE})
CALL_LABELS = {
    CapitalCallMode.NONE: "No obligation to fund more",
    CapitalCallMode.PRO_RATA: "Calls in proportion to ownership",
    CapitalCallMode.SHAREHOLDER_LOANS: "Loans from the owners",
    CapitalCallMode.THIRD_PARTY_DEBT: "Bank or other outside debt",
}
#: What happens to a party that does not pay its share, in plain words.
REMEDY_LABELS = {
    DefaultRemedy.DILUTION: "Its shareholding is diluted (the others fund and get new shares)",
    DefaultRemedy.LENDER_PREMIUM: "The others may lend it the money, at a higher interest rate",
    DefaultRemedy.LOSS_OF_RIGHTS: "It loses its seats' votes and vetoes until it pays",
    DefaultRemedy.FORCED_SALE: "The others may buy it out at a discount",
    DefaultRemedy.DAMAGES: "It compensates the others for their loss",
}

#: A finding on one column of one contribution, and the table column that edits it.
_CELL_PATH = re.compile(r"contributions\[(\d+)\]\.(due|valuation_method)")
_CELL_COLUMNS = {"due": DUE, "valuation_method": VALUATION}


class ContributionsPage(TermsPage):
    paths = CONTRIBUTIONS.paths

    def __init__(self) -> None:
        super().__init__(CONTRIBUTIONS.title, CONTRIBUTIONS.subtitle)
        box, form = group(
            "Initial contributions",
            "One table per party, one row per thing it brings: cash, equipment, IP, staff, premises, customers. "
            "A value lets the agreement compare contributions with ownership.",
        )
        holder = QWidget()
        self.tables_layout = QVBoxLayout(holder)
        self.tables_layout.setContentsMargins(0, 0, 0, 0)
        form.addRow(holder)
        form.addRow(self.error_line("rows", "contributions"))
        self.totals = help_line("")
        self.totals.setAccessibleName("Contribution totals")
        form.addRow(self.totals)
        self.body_layout.addWidget(box)
        # Only a type whose clauses draft contributions asks for them (a licence or a
        # distribution agreement has its own obligations instead).
        self.parties_tables_box = box
        self.show_if_drafted(("contributions",), box)
        self.parties_tables: list[PartyContributions] = []
        self._originals: dict[int, Contribution] = {}
        self._next_key = 0
        self._currency = "EUR"
        self._calls = CapitalCalls()

        self.funding_box, form = group(
            "Further funding",
            "What happens when the venture needs more money later. Calls in proportion to ownership are usual.",
        )
        self.calls = EnumCombo(CapitalCallMode, CALL_LABELS)  # type: ignore[arg-type]
        add_row(form, "&More funding", self.calls, "How extra money is raised once the first contributions are spent.")
        self.notice_days = QSpinBox()
        self.notice_days.setRange(0, 365)
        self.notice_days.setSuffix(" days")
        add_row(form, "Notice for a &call", self.notice_days, "How long a party has to pay a funding call.")
        remedies = QWidget()
        remedies_layout = QVBoxLayout(remedies)
        remedies_layout.setContentsMargins(0, 0, 0, 0)
        self.remedies: dict[DefaultRemedy, QCheckBox] = {}
        for remedy, label in REMEDY_LABELS.items():
            check = QCheckBox(label)
            check.setAccessibleName(f"If a party does not pay: {label}")
            remedies_layout.addWidget(check)
            self.remedies[remedy] = check
        remedies_label = add_row(
            form,
            "If a party does not &pay",
            remedies,
            "What happens to a party that misses a funding call after its time to pay. Dilution and "
            "loss of votes are usual; a buy-out at a discount is harsh where the parties' means differ.",
        )
        self.cure_days = QSpinBox()
        self.cure_days.setRange(0, 365)
        self.cure_days.setSuffix(" days")
        cure_label = add_row(
            form, "Time to pay &late", self.cure_days, "Extra time a late party gets before these apply."
        )
        self.show_if_drafted(("funding_default",), remedies_label, remedies, cure_label, self.cure_days)
        self.body_layout.addWidget(self.funding_box)

        box, form = group(
            "Payments over time",
            "Money paid on dates or milestones: an upfront fee, an investment in tranches, milestone and success "
            "payments, a yearly membership fee or a monthly fee. Each is listed once, in the Payment Schedule.",
        )
        self.payments = PaymentsEditor()
        form.addRow(self.payments)
        form.addRow(self.error_line("payments", "payments"))
        self.body_layout.addWidget(box)
        self.body_layout.addStretch(1)
        self.payments.changed.connect(self.edited)
        self.watch(self.calls, self.notice_days, self.cure_days, *self.remedies.values())
        self._funding_default = FundingDefault()

    @property
    def contribution_tables(self) -> list[QTableWidget]:
        """For each contribution of the loaded draft, in its order, the table that lists it
        (where the review takes the user for a finding about ``contributions[i]``)."""
        tables = {table.party: table.table for table in self.parties_tables}
        return [tables[entry.party] for entry in self._originals.values() if entry.party in tables]

    def focus_field(self, path: str) -> None:
        # The cell of the very contribution and column the finding names, so the cursor
        # lands there rather than in the table's first widget (its "Kind" drop-down).
        match = _CELL_PATH.fullmatch(path)
        if match is not None:
            for table in self.parties_tables:
                row = table.row_of(int(match[1]))
                if row >= 0:
                    table.table.setCurrentCell(row, _CELL_COLUMNS[match[2]])
        super().focus_field(path)

    # --- the tables, one per party ------------------------------------------------------
    def table_of(self, party: str) -> PartyContributions:
        """The table of ``party`` (made, at the end, if the party has none yet)."""
        for table in self.parties_tables:
            if table.party == party:
                return table
        table = PartyContributions(party, self._currency)
        table.next_key = self._take_key
        table.edited.connect(self._table_edited)
        self.parties_tables.append(table)
        self.tables_layout.addWidget(table)
        return table

    def _drop(self, table: PartyContributions) -> None:
        self.tables_layout.removeWidget(table)
        table.hide()
        table.deleteLater()

    def _take_key(self) -> int:
        self._next_key += 1
        return self._next_key - 1

    def _table_edited(self) -> None:
        self._update_totals()
        self.edited()

    def _apply_parties(self, names: Sequence[str]) -> None:
        wanted = list(dict.fromkeys(name for name in names if name))
        tables = [self.table_of(name) for name in wanted]
        for table in self.parties_tables:
            if table.party not in wanted:
                if table.table.rowCount():
                    tables.append(table)  # kept, with its rows, until the user moves or removes them
                    table.set_party(table.party, still_a_party=False)
                else:
                    self._drop(table)
            elif not table.still_a_party:
                table.set_party(table.party)
        self.parties_tables = tables
        self.payments.set_parties(wanted)
        for table in tables:
            self.tables_layout.removeWidget(table)
            self.tables_layout.addWidget(table)
        self._update_totals()
        self.recheck()  # a party removed elsewhere leaves rows here that need the user's attention

    def rename_parties(self, renames: dict[str, str]) -> None:
        super().rename_parties(renames)
        for table in self.parties_tables:
            if table.party in renames:
                table.set_party(renames[table.party])

    def _apply_model(self, model: AllianceModel) -> None:
        self.funding_box.setVisible(model in FUNDED_MODELS)

    def offer_currency(self, code: str) -> None:
        """New rows take the currency of the rest of the draft (rows typed keep theirs)."""
        super().offer_currency(code)
        self._currency = code
        for table in self.parties_tables:
            table.default_currency = code

    # --- load / read ------------------------------------------------------------------
    def _load(self, terms: AgreementTerms) -> None:
        self._currency = terms.sharing.currency
        self._calls = terms.capital_calls
        for table in self.parties_tables:
            self._drop(table)
        self.parties_tables = []
        self._originals = dict(enumerate(terms.contributions))
        self._next_key = len(terms.contributions)
        for party in terms.parties:
            if party.short_name:
                self.table_of(party.short_name)
        for key, contribution in self._originals.items():
            self.table_of(contribution.party).add_row(contribution, key=key)
        self._apply_parties([party.short_name for party in terms.parties])
        self.calls.set_value(terms.capital_calls.mode)
        self.notice_days.setValue(terms.capital_calls.notice_days)
        self._funding_default = terms.funding_default
        for remedy, box in self.remedies.items():
            box.setChecked(remedy in terms.funding_default.remedies)
        self.cure_days.setValue(terms.funding_default.cure_days)
        self.payments.load(terms.payments)

    def read(self) -> dict[str, Any]:
        rows = sorted((row for table in self.parties_tables for row in table.rows()), key=lambda row: row[0])
        contributions = []
        for key, fields in rows:
            original = self._originals.get(key)
            # Fields this page does not show (pricing) stay as loaded.
            values: dict[str, Any] = {**dict(original), **fields} if original else fields
            contributions.append(Contribution.model_validate(values))
        calls: CapitalCalls = updated(self._calls, mode=self.calls.value(), notice_days=self.notice_days.value())
        # Keep the loaded order of the remedies a draft already has; new ones follow in list order.
        chosen = {remedy for remedy, box in self.remedies.items() if box.isChecked()}
        kept = [remedy for remedy in self._funding_default.remedies if remedy in chosen]
        remedies = tuple(kept + [remedy for remedy in self.remedies if remedy in chosen and remedy not in kept])
        funding_default: FundingDefault = updated(
            self._funding_default, remedies=remedies, cure_days=self.cure_days.value()
        )
        return {
            "contributions": tuple(contributions),
            "capital_calls": calls,
            "funding_default": funding_default,
            "payments": self.payments.payments(),
        }

    def check(self) -> dict[str, str]:
        for table in self.parties_tables:
            problem = table.problem()
            if problem:
                return {"rows": problem}
        if problem := self.payments.problem():
            return {"payments": problem}
        return {}

    def _update_totals(self) -> None:
        grand: dict[str, Decimal] = {}
        for table in self.parties_tables:
            for currency, amount in table.subtotals().items():
                grand[currency] = grand.get(currency, Decimal(0)) + amount
        for table in self.parties_tables:
            table.show_subtotal(grand)
        self.totals.setText(
            "Total value of the contributions: " + "; ".join(money_text(*item) for item in grand.items())
            if grand
            else "No valued contributions yet."
        )
