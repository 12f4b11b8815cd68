"""Page: how money is split (revenue, profit, cost, commission or royalty), with the
shares table that must reach 100%."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget

from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.commercial import Audit, Distributions, Period, SharingBase, SharingModel, SharingTerms
from ui.widgets import EnumCombo, MoneyEdit, NumberEdit, PartyCombo, add_row, group
from ui.wizard.base import TermsPage, updated
from ui.wizard.shares import SharesTable

SHARING_LABELS = {
    SharingModel.NONE: "No money changes hands",
    SharingModel.REVENUE: "Split the revenue (income before costs)",
    SharingModel.PROFIT: "Split the profit (income after costs)",
    SharingModel.COMMISSION: "One party earns a commission on sales",
    SharingModel.ROYALTY: "One party pays a royalty",
    SharingModel.COST_SHARE: "Share the costs",
}
BASE_LABELS = {SharingBase.GROSS: "Gross: before deductions", SharingBase.NET: "Net: after agreed deductions"}
SPLIT_MODELS = frozenset({SharingModel.REVENUE, SharingModel.PROFIT, SharingModel.COST_SHARE})
RATE_MODELS = frozenset({SharingModel.COMMISSION, SharingModel.ROYALTY})


class SharingPage(TermsPage):
    paths = ("sharing", "distributions")
    models = frozenset(
        {
            AllianceModel.DISTRIBUTION,
            AllianceModel.LICENSING,
            AllianceModel.CO_MARKETING,
            AllianceModel.JOINT_VENTURE,
            AllianceModel.REVENUE_SHARING,
            AllianceModel.CONSORTIUM,
        }
    )

    def __init__(self) -> None:
        super().__init__("Sharing terms", "How money is split between the parties, paid and checked.")
        box, form = group(
            "What is shared",
            "Revenue sharing splits income before costs (simple); profit sharing splits what is left after "
            "costs (fairer when costs are high).",
        )
        self.kind = EnumCombo(SharingModel, SHARING_LABELS)  # type: ignore[arg-type]
        add_row(form, "&Sharing", self.kind, "What the parties split, or whether one pays the other a rate.")
        self.base = EnumCombo(SharingBase, BASE_LABELS)  # type: ignore[arg-type]
        self.base_label = add_row(
            form, "Bas&is", self.base, "Gross is easier to check; net deducts refunds, taxes and fees first."
        )
        self.shares = SharesTable("Shares", "Each party's percentage. The total must be exactly 100%.")
        self.shares_label = add_row(form, "S&hares", self.shares, "Each party's percentage; must total 100%.")
        form.addRow("", self.error_line("shares", "shares"))
        self.payer = PartyCombo()
        self.payer_label = add_row(form, "&Payer", self.payer, "The party that collects the money and pays the rate.")
        self.payee = PartyCombo()
        self.payee_label = add_row(form, "Pa&yee", self.payee, "The party that receives the commission or royalty.")
        # In a revenue share one party usually collects from customers and pays the
        # others their shares: records, reports and audit then run one way only.
        self.collector = PartyCombo(allow_none="Each party collects its own revenue")
        self.collector_label = add_row(
            form,
            "Co&llects the revenue",
            self.collector,
            "The party that receives the money from customers and pays the others their shares. "
            "Only that party keeps the records and only the others may audit them.",
        )
        self.rate = NumberEdit("e.g. 10")
        self.rate_label = add_row(form, "&Rate (%)", self.rate, "The commission or royalty as a percentage of sales.")
        form.addRow("", self.error_line("rate", "rate"))
        self.body_layout.addWidget(box)

        box, form = group("Payment and reporting", "Quarterly statements paid within 30 days are the market norm.")
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        add_row(form, "C&urrency", self.currency, "The currency of payments, as a three-letter code such as EUR.")
        form.addRow("", self.error_line("currency", "currency"))
        self.payment_days = QSpinBox()
        self.payment_days.setRange(0, 180)
        self.payment_days.setSuffix(" days")
        add_row(form, "Pay &within", self.payment_days, "Days after each statement by which payment is due.")
        self.reporting = EnumCombo(Period)
        add_row(form, "Statements &every", self.reporting, "How often the paying party reports the figures.")
        self.audit = QCheckBox("The other parties may &audit the figures once a year")
        add_row(
            form, "Audit", self.audit, "An audit right keeps everyone honest; the payer bears the cost if off by >5%."
        )
        self.minimum = MoneyEdit("Minimum guarantee")
        add_row(form, "Minimum guarantee", self.minimum, "A floor the payer owes each year; empty for none.")
        self.cap = MoneyEdit("Payment cap")
        add_row(form, "Payment cap", self.cap, "A ceiling on payments; empty for none. It must not be below the floor.")
        self.body_layout.addWidget(box)
        self.distributions_box, form = group(
            "Profits the company pays out",
            "A joint venture company usually pays out profits in proportion to the shareholdings.",
        )
        self.distributions = SharesTable("Profit distributions", "Each owner's share of the profits paid out.")
        add_row(
            form,
            "Profit shares",
            self.distributions,
            "Leave empty to pay out in proportion to the shareholdings; otherwise they must total 100%.",
        )
        self.distributions.changed.connect(self.edited)
        self.body_layout.addWidget(self.distributions_box)
        self.body_layout.addStretch(1)
        self.watch(self.minimum, self.cap)
        self.watch(self.kind, self.base, self.payer, self.payee, self.rate, self.currency, self.collector)
        self.watch(self.payment_days, self.reporting, self.audit)
        self.shares.changed.connect(self.edited)
        self.kind.currentIndexChanged.connect(self._show_dependent)

    def _show_dependent(self) -> None:
        kind = self.kind.value()
        based = kind in {SharingModel.REVENUE, SharingModel.COMMISSION, SharingModel.ROYALTY}
        rate_widgets = (self.payer, self.payer_label, self.payee, self.payee_label, self.rate, self.rate_label)
        groups: list[tuple[tuple[QWidget, ...], bool]] = [
            ((self.shares, self.shares_label), kind in SPLIT_MODELS),
            ((self.base, self.base_label), based),
            (rate_widgets, kind in RATE_MODELS),
            ((self.collector, self.collector_label), kind is SharingModel.REVENUE),
        ]
        for widgets, visible in groups:
            for widget in widgets:
                widget.setVisible(visible)

    def _apply_model(self, model: AllianceModel) -> None:
        self.distributions_box.setVisible(model is AllianceModel.JOINT_VENTURE)

    def _apply_parties(self, names: Sequence[str]) -> None:
        self.distributions.set_parties(names)
        self.shares.set_parties(names)
        self.payer.set_parties(names)
        self.payee.set_parties(names)
        self.collector.set_parties(names)

    def _load(self, terms: AgreementTerms) -> None:
        sharing = self._sharing = terms.sharing
        self.kind.set_value(sharing.model)
        self.base.set_value(sharing.base)
        self.shares.set_shares(sharing.shares)
        self.payer.set_value(sharing.payer)
        self.payee.set_value(sharing.payee)
        self.collector.set_value(sharing.payer if sharing.model is SharingModel.REVENUE else None)
        if sharing.payee is None and len(terms.parties) > 1:
            self.payee.setCurrentIndex(1)
        self.rate.set_decimal(sharing.rate_percent)
        self.currency.setText(sharing.currency)
        self.payment_days.setValue(sharing.payment_terms_days)
        self.reporting.set_value(sharing.reporting)
        self.audit.setChecked(sharing.audit is not None)
        self.minimum.set_money(sharing.minimum_guarantee, sharing.currency)
        self.cap.set_money(sharing.cap, sharing.currency)
        self._distributions = terms.distributions
        self.distributions.set_shares(terms.distributions.shares if terms.distributions else ())
        self._show_dependent()

    def read(self) -> dict[str, Any]:
        kind = self.kind.value()
        rated = kind in RATE_MODELS
        payer = self.payer.value() if rated else None
        payee = self.payee.value() if rated else None
        if kind is SharingModel.REVENUE and (payer := self.collector.value()) is not None:
            others = [name for name in self.party_names if name != payer]
            payee = others[0] if len(others) == 1 else None
        sharing: SharingTerms = updated(
            self._sharing,
            model=kind,
            base=self.base.value(),
            shares=self.shares.shares() if kind in SPLIT_MODELS else (),
            payer=payer,
            payee=payee,
            rate_percent=self.rate.decimal() if rated else None,
            currency=self.currency.text().strip().upper() or "EUR",
            payment_terms_days=self.payment_days.value(),
            reporting=self.reporting.value(),
            audit=(self._sharing.audit or Audit()) if self.audit.isChecked() else None,
            minimum_guarantee=self.minimum.money(),
            cap=self.cap.money(),
        )
        result: dict[str, Any] = {"sharing": sharing}
        if self.model is AllianceModel.JOINT_VENTURE:
            shares = self.distributions.shares()
            kept = self._distributions
            result["distributions"] = updated(kept or Distributions(), shares=shares) if shares or kept else None
        return result

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        kind = self.kind.value()
        if kind in SPLIT_MODELS and (message := self.shares.problem()):
            problems["shares"] = message
        if kind in RATE_MODELS:
            try:
                rate = self.rate.decimal()
            except ValueError as error:
                rate, problems["rate"] = None, str(error)
            if "rate" not in problems and (rate is None or rate > 100):
                problems["rate"] = "Enter the rate as a percentage between 0 and 100."
            if self.payer.value() == self.payee.value():
                problems["rate"] = "The payer and the payee must be different parties."
        currency = self.currency.text().strip()
        if len(currency) != 3 or not currency.isalpha():
            problems["currency"] = "Use a three-letter currency code such as EUR, USD or GBP."
        return problems
