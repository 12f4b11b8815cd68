"""The general clauses (boilerplate) group shown on the law-and-disputes page: the
clauses every agreement has, with the few choices a business owner may want to make
(no-partnership statement, anti-bribery, sanctions, indemnity procedure, liability cap)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel

from drafting.terms.lifecycle import Boilerplate, LiabilityCapKind
from ui.widgets import EnumCombo, MoneyEdit, add_row, group
from ui.wizard.base import updated

#: "None" alone would read as a cap of nothing; it means no cap at all.
CAP_LABELS = {
    LiabilityCapKind.NONE: "No cap (unlimited liability)",
    LiabilityCapKind.FEES_LAST_12_MONTHS: "What was paid in the last 12 months",
    LiabilityCapKind.FIXED_AMOUNT: "A fixed amount",
}


class GeneralClauses:
    """Builds the group into a page's layout; ``load`` / ``read`` a ``Boilerplate``."""

    def __init__(self) -> None:
        self._boilerplate = Boilerplate()
        self.box: QGroupBox
        box, form = group(
            "General clauses",
            "The clauses every agreement has; keep them unless there is a specific reason not to.",
        )
        self.box = box
        self.no_partnership = QCheckBox("State that the parties are not partners and cannot bind each other")
        add_row(
            form,
            "No partnership",
            self.no_partnership,
            "Says the parties are not partners in law: sharing profits without it can "
            "make each liable for the other's debts.",
        )
        self.anti_bribery = QCheckBox("Include the anti-bribery clause")
        add_row(form, "Anti-bribery", self.anti_bribery, "A partner's bribery can taint the others.")
        self.sanctions = QCheckBox("Include the sanctions and export-control clause")
        add_row(form, "Sanctions", self.sanctions, "Dealing with a sanctioned person is a serious offence.")
        self.indemnity_procedure = QCheckBox("Claims under an indemnity follow a notice and defence procedure")
        add_row(
            form,
            "Indemnity claims",
            self.indemnity_procedure,
            "When a party must cover the other's loss from an outsider's claim: who is "
            "told, how fast, who runs the defence.",
        )
        self.cap_kind = EnumCombo(LiabilityCapKind, CAP_LABELS)  # type: ignore[arg-type]
        add_row(form, "Liability capped at", self.cap_kind, "The most a party pays for a breach, with carve-outs.")
        self.cap_amount = MoneyEdit("Liability cap amount")
        self.cap_amount_label: QLabel = add_row(form, "Cap amount", self.cap_amount, "For a fixed-amount cap.")
        self.cap_floor = QCheckBox("The parties agreed the expected yearly value as the cap's minimum")
        self.cap_floor_label: QLabel = add_row(
            form, "Cap minimum", self.cap_floor, "Leave unticked if the yearly value is only an estimate."
        )

    def watched(self) -> tuple[object, ...]:
        return (self.no_partnership, self.anti_bribery, self.sanctions, self.indemnity_procedure, self.cap_kind,
                self.cap_amount, self.cap_floor)  # fmt: skip

    def show_dependent(self) -> None:
        fixed_cap = self.cap_kind.value() is LiabilityCapKind.FIXED_AMOUNT
        self.cap_amount.setVisible(fixed_cap)
        self.cap_amount_label.setVisible(fixed_cap)
        fees_cap = self.cap_kind.value() is LiabilityCapKind.FEES_LAST_12_MONTHS
        self.cap_floor.setVisible(fees_cap)
        self.cap_floor_label.setVisible(fees_cap)

    def load(self, boilerplate: Boilerplate) -> None:
        self._boilerplate = boilerplate
        self.no_partnership.setChecked(boilerplate.no_partnership)
        self.anti_bribery.setChecked(boilerplate.anti_bribery)
        self.sanctions.setChecked(boilerplate.sanctions)
        self.indemnity_procedure.setChecked(boilerplate.indemnity_procedure)
        self.cap_kind.set_value(boilerplate.liability_cap.kind)
        self.cap_amount.set_money(boilerplate.liability_cap.amount)
        self.cap_floor.setChecked(boilerplate.liability_cap.expected_value_floor)
        self.show_dependent()

    def read(self) -> Boilerplate:
        fixed = self.cap_kind.value() is LiabilityCapKind.FIXED_AMOUNT
        cap = updated(
            self._boilerplate.liability_cap,
            kind=self.cap_kind.value(),
            amount=self.cap_amount.money() if fixed else self._boilerplate.liability_cap.amount,
            expected_value_floor=self.cap_floor.isChecked(),
        )
        result: Boilerplate = updated(
            self._boilerplate,
            no_partnership=self.no_partnership.isChecked(),
            anti_bribery=self.anti_bribery.isChecked(),
            sanctions=self.sanctions.isChecked(),
            indemnity_procedure=self.indemnity_procedure.isChecked(),
            liability_cap=cap,
        )
        return result
