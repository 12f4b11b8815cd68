"""The reserved matters on the Governance page: one row per decision that needs every
party's yes (or the majority the draft already set), with the amount above which it is
reserved when the decision has one ("borrowing above the threshold")."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from drafting.terms.governance import ReservedMatter
from ui.widgets import MoneyEdit
from ui.wizard.row_table import RowTable


class ReservedMattersTable(RowTable[ReservedMatter]):
    columns = ("Decision", "Only above (amount)")
    noun = "Reserved matter"
    fields = ("matter", "amount")

    def __init__(self) -> None:
        super().__init__(
            "Reserved matters",
            "Decisions that need every party's yes; give an amount where the decision has one (borrowing above it).",
            "Add a decision",
            "Remove the selected decision",
        )
        self.currency = "EUR"
        #: The loaded matters by their text: the majority each needs is kept as loaded.
        self.loaded: dict[str, ReservedMatter] = {}

    def make_row(self, item: ReservedMatter | None) -> list[QWidget]:
        matter = QLineEdit(item.matter if item else "")
        matter.setPlaceholderText("e.g. borrowing above the threshold")
        amount = MoneyEdit("Threshold", self.currency)
        amount.set_money(item.amount if item else None, self.currency)
        amount.amount.setPlaceholderText("any amount")
        return [matter, amount]

    def load(self, matters: tuple[ReservedMatter, ...], currency: str) -> None:
        self.currency = currency
        self.loaded = {matter.matter: matter for matter in matters}
        self.set_items(matters)

    def amount_edit(self, row: int) -> MoneyEdit:
        edit = self.rows[row][1]
        assert isinstance(edit, MoneyEdit)
        return edit

    def problem(self) -> str | None:
        for index, (matter, amount) in enumerate(self.rows, start=1):
            assert isinstance(matter, QLineEdit) and isinstance(amount, MoneyEdit)
            try:
                money = amount.money()
            except ValueError as error:
                return f"Reserved matter {index}: {error}."
            if money is not None and not matter.text().strip():
                return f"Reserved matter {index}: say which decision the amount is for."
        return None

    def matters(self) -> tuple[ReservedMatter, ...]:
        """The decisions typed, each with its amount (unreadable amounts are reported by ``problem``)."""
        result = []
        for matter, amount in self.rows:
            assert isinstance(matter, QLineEdit) and isinstance(amount, MoneyEdit)
            text = matter.text().strip()
            if not text:
                continue
            try:
                money = amount.money()
            except ValueError:
                money = None
            kept = self.loaded.get(text)
            if kept is not None:
                result.append(ReservedMatter(matter=text, threshold=kept.threshold, amount=money))
            else:
                result.append(ReservedMatter(matter=text, amount=money))
        return tuple(result)
