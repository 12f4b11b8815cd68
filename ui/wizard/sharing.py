"""Page: how money is split (revenue, profit, cost, commission or royalty), with the
shares table that must reach 100%."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget

from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.commercial import Audit, Distributions, Period, SharingBase, SharingModel, SharingTerms
from drafting.terms.economics import BandMethod, CapBasis, Payee, Shortfall
from ui.widgets import EnumCombo, MoneyEdit, NumberEdit, PartyCombo, add_row, group, typed_stamp
from ui.wizard.bands import BandsTable, PayeeCombo
from ui.wizard.base import TermsPage, has_money, updated
from ui.wizard.deductions import DeductionsGrid
from ui.wizard.page_index import SHARING
from ui.wizard.shares import SharesTable
from ui.wizard.tiers import TiersTable

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
BAND_MODELS = frozenset({SharingModel.REVENUE, SharingModel.PROFIT})
METHOD_LABELS = {
    BandMethod.MARGINAL: "Each band's split (or rate) applies to the part of the year's amount within it",
    BandMethod.WHOLE_AMOUNT: "The highest band reached applies to the whole year's amount",
}
CAP_LABELS = {
    CapBasis.PER_CONTRACT_YEAR: "In any Contract Year (starts again every year)",
    CapBasis.CUMULATIVE: "Until reached, over the whole term (never reset)",
}
SHORTFALL_LABELS = {
    Shortfall.TOP_UP_PAYMENT: "The shortfall is paid (a top-up payment)",
    Shortfall.CONVERT_TO_NON_EXCLUSIVE: "The exclusivity is lost",
    Shortfall.REDUCE_TERRITORY: "The territory is reduced",
    Shortfall.TERMINATION: "The agreement may be terminated",
}


class SharingPage(TermsPage):
    paths = SHARING.paths
    models = frozenset(
        {
            AllianceModel.DISTRIBUTION,
            AllianceModel.LICENSING,
            AllianceModel.CO_MARKETING,
            AllianceModel.JOINT_VENTURE,
            AllianceModel.REVENUE_SHARING,
            AllianceModel.CONSORTIUM,
            AllianceModel.RESEARCH_COLLABORATION,
        }
    )

    def __init__(self) -> None:
        super().__init__(SHARING.title, SHARING.subtitle)
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
        self.deductions = DeductionsGrid()
        self.deductions_label = add_row(
            form, "Deductions", self.deductions, "Net revenue: what may be deducted from each type of revenue."
        )
        self.shares = SharesTable(
            "Shares",
            "Each party's share, as a percentage or a fraction (1/6). The total must be exactly 100%.",
            equal_option=True,
        )
        self.shares_label = add_row(form, "S&hares", self.shares, "Each party's percentage; must total 100%.")
        form.addRow("", self.error_line("shares", "shares"))
        self.banded = QCheckBox("The split changes with the year's revenue (ban&ds)")
        self.banded_label = add_row(
            form, "Bands", self.banded, "Each band is a full split between the payees; every band must total 100%."
        )
        self.bands = BandsTable()
        self.bands_label = add_row(form, "Band &grid", self.bands, "From which amount each split applies; the shares.")
        form.addRow("", self.error_line("bands", "bands"))
        self.collector = PartyCombo(allow_none="Each party collects its own revenue")
        self.collector_label = add_row(
            form, "Co&llects and pays out", self.collector, "The party that receives the money and pays each share."
        )
        self.payer = PartyCombo()
        self.payer_label = add_row(form, "&Payer", self.payer, "The party that collects the money and pays the rate.")
        self.payee = PartyCombo()
        self.payee_label = add_row(form, "Pa&yee", self.payee, "The party that receives the commission or royalty.")
        self.rate = NumberEdit("e.g. 10")
        self.rate_label = add_row(form, "&Rate (%)", self.rate, "The commission or royalty as a percentage of sales.")
        form.addRow("", self.error_line("rate", "rate"))
        self.tiers = TiersTable()
        self.tiers_label = add_row(
            form, "Tiered rates", self.tiers, "Rates that change with the year's cumulative sales (optional)."
        )
        self.body_layout.addWidget(box)

        box, form = group(
            "Limits and minimums",
            "A cap 'until USD X has been paid' is cumulative; a cap 'in any year' starts again each year. "
            "A sunset ends the sharing after a number of years.",
        )
        self.method = EnumCombo(BandMethod, METHOD_LABELS)  # type: ignore[arg-type]
        add_row(form, "Bands apply to", self.method, "How bands (and tiered rates) apply to the year's amount.")
        self.cap = MoneyEdit("Cap")
        add_row(form, "&Cap", self.cap, "The most the payee receives (leave empty for no cap).")
        self.cap_basis = EnumCombo(CapBasis, CAP_LABELS)  # type: ignore[arg-type]
        add_row(form, "Cap &kind", self.cap_basis, "Per Contract Year, or once over the whole term.")
        self.cap_payee = PayeeCombo()
        add_row(form, "Whose share is capped", self.cap_payee, "The payee whose share the cap limits.")
        self.sunset = QSpinBox()
        self.sunset.setRange(0, 99)
        self.sunset.setSpecialValueText("No sunset")
        self.sunset.setSuffix(" years")
        add_row(form, "Sunse&t", self.sunset, "The sharing ends this many years after the start (0: no sunset).")
        self.minimum = MoneyEdit("Minimum")
        add_row(form, "Minim&um per year", self.minimum, "A minimum paid each Contract Year (e.g. a minimum royalty).")
        self.shortfall = EnumCombo(Shortfall, SHORTFALL_LABELS)  # type: ignore[arg-type]
        self.shortfall_label = add_row(
            form, "If the minimum is &missed", self.shortfall, "What follows when the minimum guarantee is not reached."
        )
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
        self.watch(self.kind, self.base, self.payer, self.payee, self.rate, self.currency)
        self._currency_typed_at = 0
        self._currency_offerable = False
        self.currency.textEdited.connect(self._stamp_currency)
        self.watch(self.banded, self.collector, self.method, self.cap, self.cap_basis, self.sunset, self.shortfall)
        self.watch(self.cap_payee)
        self.bands.changed.connect(self._refresh_cap_payees)
        self.bands.changed.connect(self.edited)
        self.deductions.changed.connect(self.edited)
        self.tiers.changed.connect(self.edited)
        self.watch(self.minimum)
        self.minimum.changed.connect(self._show_dependent)
        self.banded.toggled.connect(self._show_dependent)
        self.watch(self.payment_days, self.reporting, self.audit)
        self.shares.changed.connect(self.edited)
        self.kind.currentIndexChanged.connect(self._show_dependent)
        self.base.currentIndexChanged.connect(self._show_dependent)

    def _show_dependent(self) -> None:
        kind = self.kind.value()
        based = kind in {SharingModel.REVENUE, SharingModel.COMMISSION, SharingModel.ROYALTY}
        rate_widgets = (self.payer, self.payer_label, self.payee, self.payee_label, self.rate, self.rate_label)
        banded = kind in BAND_MODELS and self.banded.isChecked()
        groups: list[tuple[tuple[QWidget, ...], bool]] = [
            ((self.shares, self.shares_label), kind in SPLIT_MODELS and not banded),
            ((self.banded, self.banded_label), kind in BAND_MODELS),
            ((self.bands, self.bands_label), banded),
            ((self.collector, self.collector_label), kind in BAND_MODELS),
            ((self.shortfall, self.shortfall_label), self._minimum_given()),
            ((self.deductions, self.deductions_label), based and self.base.value() is SharingBase.NET),
            ((self.base, self.base_label), based),
            (rate_widgets, kind in RATE_MODELS),
            ((self.tiers, self.tiers_label), kind in RATE_MODELS),
        ]
        for widgets, visible in groups:
            for widget in widgets:
                widget.setVisible(visible)

    def _refresh_cap_payees(self) -> None:
        was_loading, self._loading = self._loading, True
        try:
            self.cap_payee.set_payees(self.bands.payees or [Payee(party=name) for name in self.party_names])
        finally:
            self._loading = was_loading

    def _minimum_given(self) -> bool:
        try:
            return self.minimum.money() is not None
        except ValueError:
            return False

    def offer_currency(self, code: str) -> None:
        super().offer_currency(code)
        if self._currency_offerable and not self._currency_typed_at and self.currency.text() != code:
            self.currency.setText(code)

    def typed_currency(self) -> tuple[int, str]:
        own = (self._currency_typed_at, self.currency.text().upper())
        return max(super().typed_currency(), own)

    def _stamp_currency(self, text: str) -> None:
        self._currency_typed_at = typed_stamp() if len(text) == 3 else 0

    def rename_parties(self, renames: dict[str, str]) -> None:
        super().rename_parties(renames)
        self.bands.rename(renames)

    def _apply_model(self, model: AllianceModel) -> None:
        self.distributions_box.setVisible(model is AllianceModel.JOINT_VENTURE)

    def _apply_parties(self, names: Sequence[str]) -> None:
        self.distributions.set_parties(names)
        self.shares.set_parties(names)
        self.bands.set_parties(names)
        self.collector.set_parties(names)
        self.payer.set_parties(names)
        self.payee.set_parties(names)

    def _load(self, terms: AgreementTerms) -> None:
        sharing = self._sharing = terms.sharing
        self.kind.set_value(sharing.model)
        self.base.set_value(sharing.base)
        self.shares.set_shares(sharing.shares, equal=sharing.equal_shares)
        self.banded.setChecked(bool(sharing.bands))
        self.bands.set_bands(sharing.bands, [party.short_name for party in terms.parties])
        self.collector.set_value(sharing.payer)
        self.method.set_value(sharing.band_method)
        self.cap.set_money(sharing.cap, sharing.currency)
        self.cap_basis.set_value(sharing.cap_basis)
        self._refresh_cap_payees()
        self.cap_payee.set_payee(sharing.cap_payee)
        self.sunset.setValue(sharing.sunset_years or 0)
        self.minimum.set_money(sharing.minimum_guarantee, sharing.currency)
        self.shortfall.set_value(sharing.shortfall or Shortfall.TOP_UP_PAYMENT)
        self.deductions.load(sharing.revenue_deductions)
        self.tiers.load(sharing.tiers)
        self.payer.set_value(sharing.payer)
        self.payee.set_value(sharing.payee)
        if sharing.payee is None and len(terms.parties) > 1:
            self.payee.setCurrentIndex(1)
        self.rate.set_decimal(sharing.rate_percent)
        self.currency.setText(sharing.currency)
        self._currency_typed_at = 0
        # A draft whose every amount is still empty has not chosen its currency yet.
        self._currency_offerable = not has_money(terms)
        self.payment_days.setValue(sharing.payment_terms_days)
        self.reporting.set_value(sharing.reporting)
        self._distributions = terms.distributions
        self.distributions.set_shares(terms.distributions.shares if terms.distributions else ())
        self.audit.setChecked(sharing.audit is not None)
        self._show_dependent()

    def read(self) -> dict[str, Any]:
        kind = self.kind.value()
        rated = kind in RATE_MODELS
        banded = kind in BAND_MODELS and self.banded.isChecked()
        minimum = self.minimum.money()
        shortfall = self.shortfall.value() if minimum is not None else None
        if shortfall is Shortfall.TOP_UP_PAYMENT and self._sharing.shortfall is None:
            shortfall = None  # the default consequence, as an older draft meant it
        collector = self.collector.value() if kind in BAND_MODELS else None
        sharing: SharingTerms = updated(
            self._sharing,
            model=kind,
            base=self.base.value(),
            shares=self.shares.shares() if kind in SPLIT_MODELS and not banded else (),
            equal_shares=self.shares.is_equal() if kind in SPLIT_MODELS and not banded else False,
            bands=self.bands.bands() if banded else (),
            tiers=self.tiers.tiers() if rated else (),
            band_method=self.method.value(),
            cap=self.cap.money(),
            cap_basis=self.cap_basis.value(),
            cap_payee=self.cap_payee.payee() if self.cap.money() is not None else None,
            sunset_years=self.sunset.value() or None,
            shortfall=shortfall,
            minimum_guarantee=minimum,
            revenue_deductions=self.deductions.groups() if self.base.value() is SharingBase.NET else (),
            payer=self.payer.value() if rated else collector,
            # The payee of a pool with a collecting party (records and audit run towards it)
            # is kept as loaded while the collector stays the same.
            payee=self.payee.value()
            if rated
            else (self._sharing.payee if collector is not None and collector == self._sharing.payer else None),
            rate_percent=self.rate.decimal() if rated else None,
            currency=self.currency.text().strip().upper() or "EUR",
            payment_terms_days=self.payment_days.value(),
            reporting=self.reporting.value(),
            audit=(self._sharing.audit or Audit()) if self.audit.isChecked() else None,
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
        banded = kind in BAND_MODELS and self.banded.isChecked()
        if kind in SPLIT_MODELS and not banded and (message := self.shares.problem()):
            problems["shares"] = message
        if banded and (message := self.bands.problem()):
            problems["bands"] = message
        if kind in RATE_MODELS:
            try:
                rate = self.rate.decimal()
            except ValueError as error:
                rate, problems["rate"] = None, str(error)
            try:
                tiered = bool(self.tiers.tiers())
            except ValueError as error:
                tiered, problems["rate"] = False, f"Tiers: {error}"
            if "rate" not in problems and ((rate is None and not tiered) or (rate is not None and rate > 100)):
                problems["rate"] = "Enter the rate as a percentage between 0 and 100, or tiered rates."
            if self.payer.value() == self.payee.value():
                problems["rate"] = "The payer and the payee must be different parties."
        currency = self.currency.text().strip()
        if len(currency) != 3 or not currency.isalpha():
            problems["currency"] = "Use a three-letter currency code such as EUR, USD or GBP."
        return problems
