"""Payments over time on the Contributions page: upfront, tranche, milestone and success
payments and recurring fees, one small form per payment (who pays whom, how much, on
which date or milestone, on which conditions, how often and until when).

The payee may be a party, a named entity that does not sign (a foundation, an escrow,
the joint venture company) or a role.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from drafting.terms import Money
from drafting.terms.economics import Payee, PayeeKind, PaymentKind, Recurrence, ScheduledPayment
from ui.widgets import EnumCombo, MoneyEdit, PartyCombo, add_row

KIND_LABELS = {
    PaymentKind.UPFRONT: "Upfront payment",
    PaymentKind.TRANCHE: "Tranche of an investment",
    PaymentKind.MILESTONE: "Milestone payment",
    PaymentKind.SUCCESS: "Success fee",
    PaymentKind.RECURRING: "Recurring fee",
}
PAYEE_LABELS = {
    PayeeKind.PARTY: "A party",
    PayeeKind.ENTITY: "A named entity that does not sign",
    PayeeKind.ROLE: "A role",
}
RECURRENCE_LABELS = {
    Recurrence.MONTHLY: "Every month",
    Recurrence.QUARTERLY: "Every quarter",
    Recurrence.ANNUALLY: "Every year",
}


def _date(text: str, what: str) -> dt.date | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        return dt.date.fromisoformat(cleaned)
    except ValueError:
        raise ValueError(f"{what}: '{cleaned}' is not a date; write it as YYYY-MM-DD") from None


class PaymentForm(QGroupBox):
    """One payment."""

    changed = Signal()

    def __init__(self, number: int) -> None:
        super().__init__()
        self.setTitle(f"Payment {number}")
        form = QFormLayout(self)
        self.kind = EnumCombo(PaymentKind, KIND_LABELS)  # type: ignore[arg-type]
        add_row(form, "Kind", self.kind, "Upfront, tranche, milestone, success fee or a recurring fee.")
        self.payer = PartyCombo()
        add_row(form, "Paid by", self.payer, "The party that pays.")
        self.payee_kind = EnumCombo(PayeeKind, PAYEE_LABELS)  # type: ignore[arg-type]
        add_row(form, "Paid to", self.payee_kind, "A party, a named entity that does not sign, or a role.")
        self.payee_party = PartyCombo()
        self.payee_party_label = add_row(form, "Receiving party", self.payee_party, "The party that receives it.")
        self.payee_name = QLineEdit()
        self.payee_name.setPlaceholderText("e.g. the Open Ledger Foundation")
        self.payee_name_label = add_row(form, "Receiver's name", self.payee_name, "The entity's name or the role.")
        self.amount = MoneyEdit("Amount")
        add_row(form, "Amount", self.amount, "How much each payment is.")
        self.description = QLineEdit()
        add_row(form, "What for", self.description, "A short name, e.g. 'Second tranche' or 'Annual membership fee'.")
        self.due = QLineEdit()
        self.due.setPlaceholderText("YYYY-MM-DD")
        add_row(form, "Due on", self.due, "The date it falls due (the first date, for a recurring fee).")
        self.milestone = QLineEdit()
        add_row(form, "Or on the milestone", self.milestone, "The event it falls due on, instead of a date.")
        self.conditions = QLineEdit()
        self.conditions.setPlaceholderText("separate several with ;")
        add_row(form, "Conditions", self.conditions, "What must be true before it is paid; separate them with ;.")
        self.recurrence = EnumCombo(Recurrence, RECURRENCE_LABELS)  # type: ignore[arg-type]
        self.recurrence_label = add_row(form, "How often", self.recurrence, "How often a recurring fee is paid.")
        self.until = QLineEdit()
        self.until.setPlaceholderText("YYYY-MM-DD (empty: while the agreement lasts)")
        self.until_label = add_row(form, "Until", self.until, "The last date a recurring fee falls due.")
        self.remove_button = QPushButton("Remove this payment")
        form.addRow(self.remove_button)
        for edit in (self.payee_name, self.description, self.due, self.milestone, self.conditions, self.until):
            edit.textChanged.connect(self.changed)
        for combo in (self.kind, self.payer, self.payee_kind, self.payee_party, self.recurrence):
            combo.currentIndexChanged.connect(self.changed)
        self.amount.changed.connect(self.changed)
        self.kind.currentIndexChanged.connect(self._show_dependent)
        self.payee_kind.currentIndexChanged.connect(self._show_dependent)
        self._show_dependent()

    def set_parties(self, names: Sequence[str]) -> None:
        self.payer.set_parties(names)
        self.payee_party.set_parties(names)

    def _show_dependent(self) -> None:
        recurring = self.kind.value() is PaymentKind.RECURRING
        party = self.payee_kind.value() is PayeeKind.PARTY
        for widget, visible in (
            (self.recurrence, recurring),
            (self.recurrence_label, recurring),
            (self.until, recurring),
            (self.until_label, recurring),
            (self.payee_party, party),
            (self.payee_party_label, party),
            (self.payee_name, not party),
            (self.payee_name_label, not party),
        ):
            widget.setVisible(visible)

    def load(self, payment: ScheduledPayment) -> None:
        self.kind.set_value(payment.kind)
        self.payer.set_value(payment.payer)
        self.payee_kind.set_value(payment.payee.kind)
        self.payee_party.set_value(payment.payee.party)
        self.payee_name.setText(payment.payee.name)
        self.amount.set_money(payment.amount)
        self.description.setText(payment.description)
        self.due.setText(payment.due_date.isoformat() if payment.due_date else "")
        self.milestone.setText(payment.milestone)
        self.conditions.setText("; ".join(payment.conditions))
        if payment.recurrence is not None:
            self.recurrence.set_value(payment.recurrence)
        self.until.setText(payment.until.isoformat() if payment.until else "")
        self._show_dependent()

    def read(self, number: int) -> ScheduledPayment:
        """The payment as typed; ``ValueError`` (a plain sentence) when it cannot be used."""
        what = f"Payment {number}"
        amount: Money | None = self.amount.money()
        if amount is None:
            raise ValueError(f"{what}: give the amount")
        kind = self.kind.value()
        payee_kind = PayeeKind(str(self.payee_kind.value().value))
        payee = (
            Payee(party=self.payee_party.value())
            if payee_kind is PayeeKind.PARTY
            else Payee(kind=payee_kind, name=self.payee_name.text().strip())
        )
        recurring = kind is PaymentKind.RECURRING
        return ScheduledPayment(
            kind=PaymentKind(str(kind.value)),
            payer=self.payer.value() or "",
            payee=payee,
            amount=amount,
            description=self.description.text().strip(),
            due_date=_date(self.due.text(), what),
            milestone=self.milestone.text().strip(),
            conditions=tuple(part.strip() for part in self.conditions.text().split(";") if part.strip()),
            recurrence=Recurrence(str(self.recurrence.value().value)) if recurring else None,
            until=_date(self.until.text(), f"{what}, until") if recurring else None,
        )


class PaymentsEditor(QWidget):
    """Every payment of the deal, in order, with a button to add one."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.forms_layout = QVBoxLayout()
        layout.addLayout(self.forms_layout)
        self.add_button = QPushButton("Add a pa&yment")
        self.add_button.setAccessibleName("Add a payment")
        layout.addWidget(self.add_button)
        self.forms: list[PaymentForm] = []
        self.party_names: tuple[str, ...] = ()
        self.add_button.clicked.connect(self._add_clicked)

    def set_parties(self, names: Sequence[str]) -> None:
        self.party_names = tuple(names)
        for form in self.forms:
            form.set_parties(names)

    def add_payment(self) -> PaymentForm:
        form = PaymentForm(len(self.forms) + 1)
        form.set_parties(self.party_names)
        form.changed.connect(self.changed)
        form.remove_button.clicked.connect(lambda: self.remove_payment(form))
        self.forms.append(form)
        self.forms_layout.addWidget(form)
        return form

    def _add_clicked(self) -> None:
        self.add_payment()
        self.changed.emit()

    def remove_payment(self, form: PaymentForm) -> None:
        self.forms.remove(form)
        form.setParent(None)
        form.deleteLater()
        for number, remaining in enumerate(self.forms, start=1):
            remaining.setTitle(f"Payment {number}")
        self.changed.emit()

    def load(self, payments: Sequence[ScheduledPayment]) -> None:
        for form in list(self.forms):
            self.forms.remove(form)
            form.setParent(None)
            form.deleteLater()
        for payment in payments:
            self.add_payment().load(payment)

    def payments(self) -> tuple[ScheduledPayment, ...]:
        return tuple(form.read(number) for number, form in enumerate(self.forms, start=1))

    def problem(self) -> str:
        try:
            self.payments()
        except ValueError as error:
            return _plain(error)
        return ""


def _plain(error: Any) -> str:
    """The first sentence pydantic or our own checks give, without pydantic's framing."""
    errors = getattr(error, "errors", None)
    if callable(errors):
        first = errors(include_url=False)[0]
        return str(first.get("ctx", {}).get("error", first["msg"]))
    return str(error)
