"""Fields of "The deal" page for company facts, leavers and minimum purchases: whether
the joint venture company is new or already exists, its legal form (which decides
whether its equity is shares, units or membership interests) and number of shares;
what happens when a member leaves; and what follows a missed minimum purchase."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QSpinBox, QWidget

from drafting.terms.company import CompanyForm, CompanyStatus
from drafting.terms.economics import LeaverBuyer, LeaverEvent, LeaverPrice, LeaverTerms, Shortfall
from ui.widgets import EnumCombo, add_row, describe, explain

STATUS_LABELS = {
    CompanyStatus.NEW: "A new company, formed under this agreement",
    CompanyStatus.EXISTING: "A company that already exists (the parties already own it)",
}
FORM_LABELS = {
    CompanyForm.COMPANY_LIMITED_BY_SHARES: "Private company limited by shares (Ltd)",
    CompanyForm.PUBLIC_LIMITED_COMPANY: "Public limited company (plc)",
    CompanyForm.PRIVATE_LIMITED: "Private limited company (Pte. Ltd., Pty Ltd)",
    CompanyForm.CORPORATION: "Corporation (Inc.)",
    CompanyForm.LLC: "Limited liability company (LLC): units",
    CompanyForm.LLP: "Limited liability partnership (LLP): membership interests",
    CompanyForm.GMBH: "GmbH",
    CompanyForm.AG: "AG",
    CompanyForm.BV: "B.V.",
    CompanyForm.NV: "N.V.",
    CompanyForm.SA: "S.A.",
    CompanyForm.SARL: "S.à r.l.",
    CompanyForm.SAS: "S.A.S.",
    CompanyForm.SP_ZOO: "sp. z o.o.",
    CompanyForm.SRL_BV: "SRL/BV (Belgium)",
}
EVENT_LABELS = {
    LeaverEvent.RETIREMENT: "Retirement",
    LeaverEvent.DEATH: "Death",
    LeaverEvent.INCAPACITY: "Incapacity",
    LeaverEvent.BANKRUPTCY: "Bankruptcy",
    LeaverEvent.LOSS_OF_STANDING: "Loss of professional standing",
    LeaverEvent.BREACH: "Uncured breach",
    LeaverEvent.EXPULSION: "Expulsion by all the others",
}
PRICE_LABELS = {
    LeaverPrice.FAIR_VALUE: "Fair value (no minority discount)",
    LeaverPrice.NET_ASSET_VALUE: "Net asset value",
    LeaverPrice.NOMINAL: "Nominal value (a penalty: check it is enforceable)",
}
BUYER_LABELS = {
    LeaverBuyer.COMPANY_THEN_OTHERS: "The company buys back what it lawfully can; the others buy the rest pro rata",
    LeaverBuyer.OTHERS_PRO_RATA: "The other members, in proportion to their holdings",
    LeaverBuyer.COMPANY: "The company only",
}
SHORTFALL_LABELS = {
    Shortfall.CONVERT_TO_NON_EXCLUSIVE: "The distributor loses its exclusivity",
    Shortfall.REDUCE_TERRITORY: "The territory is reduced",
    Shortfall.TERMINATION: "The supplier may terminate",
    Shortfall.TOP_UP_PAYMENT: "The distributor pays the difference (take-or-pay)",
}
NOT_CHOSEN = "Not chosen: end the exclusivity or terminate, as the supplier decides"


class CompanyFacts:
    """Status, form and number of shares, added to the joint venture section's form."""

    def __init__(self, form: QFormLayout) -> None:
        self.status = EnumCombo(CompanyStatus, STATUS_LABELS)  # type: ignore[arg-type]
        add_row(
            form,
            "New or e&xisting",
            self.status,
            "Whether the company is still to be set up, or already exists (then its "
            "rules are set, it is not formed again).",
        )
        self.form = QComboBox()
        self.form.addItem("Not stated (a company with shares)", "")
        for member, label in FORM_LABELS.items():
            self.form.addItem(label, member.value)
        add_row(form, "Company form", self.form, "The legal form decides the words: shares, units or interests.")
        self.shares = QSpinBox()
        self.shares.setRange(0, 1_000_000_000)
        self.shares.setSpecialValueText("Not stated")
        add_row(form, "Number of s&hares", self.shares, "Shares (units, interests) in issue; 0 if not stated.")

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.status, self.form, self.shares)

    def load(self, status: CompanyStatus, form: CompanyForm | None, shares: int | None) -> None:
        self.status.set_value(status)
        self.form.setCurrentIndex(self.form.findData(form.value) if form is not None else 0)
        self.shares.setValue(shares or 0)

    def values(self) -> dict[str, Any]:
        data = self.form.currentData()
        return {
            "status": self.status.value(),
            "form": CompanyForm(data) if data else None,
            "number_of_shares": self.shares.value() or None,
        }


class LeaversBox(QGroupBox):
    """Leaver terms, switched on with the box's own check mark."""

    def __init__(self) -> None:
        super().__init__("&Leavers: when a member leaves")
        self.setCheckable(True)
        self.setChecked(False)
        describe(self, "Leavers", "Events that make a member leave, who buys its shares and at what price.")
        form = QFormLayout(self)
        form.addRow(
            explain(
                self,
                "Tick each event that makes a member leave and sell its shares; tick 'good leaver' where it is "
                "nobody's fault (death, illness, retirement), so the leaver is paid full value.",
            )
        )
        self.events: dict[LeaverEvent, QCheckBox] = {}
        self.good: dict[LeaverEvent, QCheckBox] = {}
        for event, label in EVENT_LABELS.items():
            row = QHBoxLayout()
            event_box = QCheckBox(label)
            event_box.setAccessibleName(f"Leaver event: {label}")
            good_box = QCheckBox("good leaver")
            good_box.setAccessibleName(f"{label} is a good leaver")
            row.addWidget(event_box)
            row.addWidget(good_box)
            row.addStretch(1)
            form.addRow(row)
            self.events[event], self.good[event] = event_box, good_box
        self.good_price = EnumCombo(LeaverPrice, PRICE_LABELS)  # type: ignore[arg-type]
        add_row(form, "Good leaver is paid", self.good_price, "The price for a good leaver's shares.")
        self.bad_price = EnumCombo(LeaverPrice, PRICE_LABELS)  # type: ignore[arg-type]
        add_row(form, "Bad leaver is paid", self.bad_price, "The price for a bad leaver's shares.")
        self.buyer = EnumCombo(LeaverBuyer, BUYER_LABELS)  # type: ignore[arg-type]
        add_row(form, "Who buys", self.buyer, "A buy-back needs reserves, so the members are the usual fallback.")
        self.instalments = QSpinBox()
        self.instalments.setRange(1, 60)
        add_row(form, "Paid in (instalments)", self.instalments, "The price may be paid over time.")
        self.load(None)

    def widgets(self) -> tuple[QWidget, ...]:
        """The fields to watch for edits (the box's own check mark is its ``toggled`` signal)."""
        fields = (self.good_price, self.bad_price, self.buyer, self.instalments)
        return (*self.events.values(), *self.good.values(), *fields)

    def load(self, leavers: LeaverTerms | None) -> None:
        self._loaded = leavers
        shown = leavers or LeaverTerms()
        self.setChecked(leavers is not None)
        for event in LeaverEvent:
            self.events[event].setChecked(event in shown.events)
            self.good[event].setChecked(event in shown.good_leaver_events)
        self.good_price.set_value(shown.good_leaver_price)
        self.bad_price.set_value(shown.bad_leaver_price)
        self.buyer.set_value(shown.buyer)
        self.instalments.setValue(shown.instalments)

    def leavers(self) -> LeaverTerms | None:
        if not self.isChecked():
            return None
        events = tuple(event for event in LeaverEvent if self.events[event].isChecked())
        base = dict(self._loaded) if self._loaded is not None else {}
        return LeaverTerms.model_validate(
            {
                **base,
                "events": events,
                "good_leaver_events": tuple(e for e in events if self.good[e].isChecked()),
                "good_leaver_price": self.good_price.value(),
                "bad_leaver_price": self.bad_price.value(),
                "buyer": self.buyer.value(),
                "instalments": self.instalments.value(),
            }
        )


class ShortfallCombo(QComboBox):
    """What follows a missed minimum purchase, or "not chosen" (the supplier's choice)."""

    def __init__(self) -> None:
        super().__init__()
        self.addItem(NOT_CHOSEN, "")
        for member, label in SHORTFALL_LABELS.items():
            self.addItem(label, member.value)

    def shortfall(self) -> Shortfall | None:
        data = self.currentData()
        return Shortfall(data) if data else None

    def set_shortfall(self, value: Shortfall | None) -> None:
        self.setCurrentIndex(self.findData(value.value) if value is not None else 0)
