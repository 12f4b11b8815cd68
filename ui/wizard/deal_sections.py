"""The model-specific parts of the "The deal" page: one section per alliance model. Here
the base and the owned and licensed models (the joint-venture company, the equity stake,
the licence grant, distribution); the collaborative models are in ``deal_collaboration``."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from drafting.terms import AgreementTerms, EntityType
from drafting.terms.extras import (
    BoardRight,
    DistributionTerms,
    EquityInvestment,
    JointVentureEntity,
)
from drafting.terms.ip import LicenceGrant, RoyaltyTerm
from ui.widgets import EnumCombo, MoneyEdit, NumberEdit, PartyCombo, add_row, group
from ui.wizard.base import updated
from ui.wizard.company_fields import CompanyFacts, LeaversBox, ShortfallCombo
from ui.wizard.shares import SharesTable

if TYPE_CHECKING:
    from ui.wizard.deal import DealPage


class Section:
    """One model's fields; the page shows the section of the chosen model only."""

    title = ""
    help_text = ""

    def __init__(self, page: DealPage) -> None:
        self.page = page
        self.box: QGroupBox
        self.box, self.form = group(self.title, self.help_text)
        self.build(self.form)

    def build(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def load(self, terms: AgreementTerms) -> None:
        raise NotImplementedError

    def read(self) -> dict[str, Any]:
        raise NotImplementedError

    def check(self) -> dict[str, str]:
        return {}

    def set_parties(self, names: Sequence[str]) -> None:
        """Refresh party pickers."""

    def required(self, key: str, edit: QLineEdit | QPlainTextEdit, message: str) -> dict[str, str]:
        text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        return {key: message} if not text.strip() else {}


class JointVentureSection(Section):
    title = "The joint venture company"
    help_text = "The new company the parties will own. Equal (50/50) ventures succeed most often."

    def build(self, form: QFormLayout) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText("e.g. SunCo Iberia S.L.")
        add_row(form, "Co&mpany name", self.name, "The joint venture company's proposed name.")
        form.addRow("", self.page.error_line("jv_name", "company name"))
        self.jurisdiction = QLineEdit()
        add_row(form, "&Incorporated in", self.jurisdiction, "Where the joint venture company will be registered.")
        self.entity_type = EnumCombo(EntityType, {EntityType.LLC: "LLC", EntityType.LLP: "LLP"})
        add_row(form, "Legal fo&rm", self.entity_type, "Usually a limited company.")
        self.business = QLineEdit()
        add_row(form, "B&usiness", self.business, "What the company will do, in a phrase.")
        self.facts = CompanyFacts(form)
        self.capital = MoneyEdit("Share capital")
        add_row(form, "Share &capital", self.capital, "The starting share capital (optional).")
        self.holdings = SharesTable(
            "Shareholdings",
            "Each party's share of the company, as a percentage or a fraction (1/6).",
            equal_option=True,
        )
        add_row(form, "&Ownership", self.holdings, "Each party's shareholding; must total 100%.")
        form.addRow("", self.page.error_line("holdings", "ownership"))
        self.long_stop = QSpinBox()
        self.long_stop.setRange(1, 120)
        self.long_stop.setSuffix(" months")
        add_row(
            form,
            "&Long-stop",
            self.long_stop,
            "If the steps to set up the company (approvals, filings) are not all done within this time, "
            "either party may walk away. Six months is usual.",
        )
        self.merger_filing = QCheckBox("A merger-control filing is needed; clearance is a condition")
        add_row(
            form,
            "Merger control",
            self.merger_filing,
            "Whether a competition authority must clear the joint venture first: depends "
            "on the parents' turnover and countries.",
        )
        self.page.watch(self.name, self.jurisdiction, self.entity_type, self.business, self.capital, self.long_stop)
        self.page.watch(self.merger_filing)
        self.leavers = LeaversBox()
        form.addRow(self.leavers)
        self.page.watch(*self.facts.widgets(), *self.leavers.widgets())
        self.holdings.changed.connect(self.page.edited)
        self.leavers.toggled.connect(self.page.edited)

    def set_parties(self, names: Sequence[str]) -> None:
        self.holdings.set_parties(names)

    def load(self, terms: AgreementTerms) -> None:
        entity = self.entity = terms.joint_venture or JointVentureEntity()
        self.name.setText(entity.name)
        self.jurisdiction.setText(entity.jurisdiction)
        self.entity_type.set_value(entity.entity_type)
        self.business.setText(entity.business)
        self.capital.set_money(entity.share_capital, terms.sharing.currency)
        self.holdings.set_shares(entity.holdings, equal=entity.equal_shares)
        self.long_stop.setValue(entity.long_stop_months)
        self.merger_filing.setChecked(entity.merger_control_filing)
        self.facts.load(entity.status, entity.form, entity.number_of_shares)
        self.leavers.load(terms.leavers)

    def read(self) -> dict[str, Any]:
        entity = updated(
            self.entity,
            name=self.name.text().strip(),
            jurisdiction=self.jurisdiction.text().strip(),
            entity_type=self.entity_type.value(),
            business=self.business.text().strip(),
            share_capital=self.capital.money(),
            holdings=self.holdings.shares(),
            equal_shares=self.holdings.is_equal(),
            long_stop_months=self.long_stop.value(),
            merger_control_filing=self.merger_filing.isChecked(),
            **self.facts.values(),
        )
        return {"joint_venture": entity, "leavers": self.leavers.leavers()}

    def check(self) -> dict[str, str]:
        problems = self.required("jv_name", self.name, "Give the joint venture company a name.")
        if not self.holdings.is_empty() and (message := self.holdings.problem()):
            problems["holdings"] = message
        return problems


class EquitySection(Section):
    title = "The equity stake"
    help_text = "One party buys a minority stake in the other; an observer seat gives insight without liability."

    def build(self, form: QFormLayout) -> None:
        self.investor = PartyCombo()
        add_row(form, "In&vestor", self.investor, "The party that buys the shares.")
        self.investee = PartyCombo()
        add_row(form, "Company invested &in", self.investee, "The party whose shares are bought.")
        self.amount = MoneyEdit("Investment")
        add_row(form, "&Investment", self.amount, "How much the investor pays in total.")
        self.stake = NumberEdit("e.g. 10")
        add_row(form, "&Stake (%)", self.stake, "The percentage of the company the investor will hold.")
        form.addRow("", self.page.error_line("equity", "equity stake"))
        self.board = EnumCombo(BoardRight)
        add_row(form, "Board &right", self.board, "A seat votes; an observer only attends and listens.")
        self.page.watch(self.investor, self.investee, self.amount, self.stake, self.board)
        self._build_completion(form)

    def _build_completion(self, form: QFormLayout) -> None:
        """Conditions, long-stop, warranty limits and the capitalisation table's base: each
        optional; left empty, the draft uses a default the review asks to confirm."""
        self.conditions = QPlainTextEdit()
        self.conditions.setPlaceholderText("e.g. Consent of the investee's bank under its facility agreement")
        self.conditions.setMaximumHeight(70)
        add_row(
            form,
            "Further con&ditions",
            self.conditions,
            "One per line: what must happen before Completion besides the usual (warranties still true, no "
            "material adverse change, any merger-control clearance), such as a third party's consent.",
        )
        self.long_stop_set = QCheckBox("Set a long-stop date")
        self.long_stop = QDateEdit()
        self.long_stop.setCalendarPopup(True)
        self.long_stop.setDisplayFormat("yyyy-MM-dd")
        self.long_stop.setEnabled(False)
        self.long_stop_set.toggled.connect(self.long_stop.setEnabled)
        add_row(form, "", self.long_stop_set, "Without one, the draft uses three months after signing.")
        add_row(
            form,
            "&Long-stop date",
            self.long_stop,
            "If the conditions are not met or waived by this date, the agreement ends.",
        )
        self.warranty_period = QSpinBox()
        self.warranty_period.setRange(1, 120)
        self.warranty_period.setSuffix(" months")
        add_row(
            form,
            "&Warranty claims within",
            self.warranty_period,
            "How long after Completion the investor may claim for a breach of the investee's warranties. "
            "Two years is usual.",
        )
        self.warranty_cap = MoneyEdit("Warranty cap")
        add_row(
            form,
            "Warranty ca&p",
            self.warranty_cap,
            "The most the investee pays for warranty claims. Empty: the subscription price paid.",
        )
        self.founder_cap = MoneyEdit("Founders' warranty cap")
        add_row(
            form,
            "Fo&unders' cap",
            self.founder_cap,
            "Where founders sign: the most each pays for its warranties. Empty: a tenth of the price paid.",
        )
        self.shares_before = NumberEdit("e.g. 880000")
        add_row(
            form,
            "S&hares in issue before",
            self.shares_before,
            "Shares (units, interests) in issue before Completion, counting options, for the capitalisation "
            "table. Empty: worked out from the price per share and the stake.",
        )
        self.page.watch(
            self.conditions,
            self.long_stop_set,
            self.long_stop,
            self.warranty_period,
            self.warranty_cap,
            self.founder_cap,
            self.shares_before,
        )

    def set_parties(self, names: Sequence[str]) -> None:
        self.investor.set_parties(names)
        self.investee.set_parties(names)
        if self.investee.value() == self.investor.value() and len(names) > 1:
            self.investee.set_value(names[1])

    def load(self, terms: AgreementTerms) -> None:
        self.equity = terms.equity
        if terms.equity:
            self.investor.set_value(terms.equity.investor)
            self.investee.set_value(terms.equity.investee)
            self.board.set_value(terms.equity.board_right)
        self.amount.set_money(terms.equity.amount if terms.equity else None, terms.sharing.currency)
        self.stake.set_decimal(terms.equity.stake_percent if terms.equity else None)
        equity = terms.equity
        self.conditions.setPlainText("\n".join(equity.conditions) if equity else "")
        self.long_stop_set.setChecked(bool(equity and equity.long_stop_date))
        when = equity.long_stop_date if equity else None
        # Unset, the date offered is the default the draft uses: three months from today.
        self.long_stop.setDate(QDate(when.year, when.month, when.day) if when else QDate.currentDate().addMonths(3))
        self.warranty_period.setValue(equity.warranty_period_months if equity else 24)
        self.warranty_cap.set_money(equity.warranty_cap if equity else None, terms.sharing.currency)
        self.founder_cap.set_money(equity.founder_warranty_cap if equity else None, terms.sharing.currency)
        self.shares_before.set_decimal(Decimal(equity.shares_before) if equity and equity.shares_before else None)

    def read(self) -> dict[str, Any]:
        values: dict[str, Any] = dict(self.equity) if self.equity else {}
        amount = self.amount.money()
        stake = self.stake.decimal()
        if amount is None or stake is None:
            return {"equity": None}
        values.update(
            investor=self.investor.value(),
            investee=self.investee.value(),
            amount=amount,
            stake_percent=stake,
            board_right=self.board.value(),
            conditions=tuple(line.strip() for line in self.conditions.toPlainText().splitlines() if line.strip()),
            long_stop_date=self.long_stop.date().toPython() if self.long_stop_set.isChecked() else None,
            warranty_period_months=self.warranty_period.value(),
            warranty_cap=self.warranty_cap.money(),
            founder_warranty_cap=self.founder_cap.money(),
            shares_before=_whole(self.shares_before.decimal()),
        )
        return {"equity": EquityInvestment.model_validate(values)}

    def check(self) -> dict[str, str]:
        if self.investor.value() == self.investee.value():
            return {"equity": "The investor and the company invested in must be different parties."}
        try:
            amount, stake = self.amount.money(), self.stake.decimal()
        except ValueError as error:
            return {"equity": str(error)}
        if amount is None or stake is None:
            return {"equity": "Enter the amount invested and the stake it buys."}
        if stake <= 0 or stake > 100:
            return {"equity": "The stake is a percentage above 0 and at most 100."}
        return {}


def _whole(value: Decimal | None) -> int | None:
    """A count typed in a number field ("880000"), or ``None`` when empty."""
    return int(value) if value else None


#: How long royalties run, in the words the review's fixes use.
ROYALTY_TERM_LABELS = {
    RoyaltyTerm.AGREEMENT_TERM: "For as long as the licence runs",
    RoyaltyTerm.LAST_VALID_CLAIM: "Until the last valid claim expires",
    RoyaltyTerm.YEARS_FROM_FIRST_SALE: "A number of years from first sale",
    RoyaltyTerm.LATER_OF: "The later of the two, with a lower know-how rate",
}


class LicensingSection(Section):
    title = "The licence"
    help_text = "What is licensed, to whom, and how far the licence goes. Non-exclusive is the cautious default."

    def build(self, form: QFormLayout) -> None:
        self.licensor = PartyCombo()
        add_row(form, "Li&censor", self.licensor, "The party that owns what is licensed.")
        self.licensee = PartyCombo()
        add_row(form, "Licens&ee", self.licensee, "The party that gets the right to use it.")
        self.subject = QLineEdit()
        self.subject.setPlaceholderText("e.g. the patents and software listed in Schedule 1")
        add_row(form, "What is &licensed", self.subject, "The patents, software, brand or know-how.")
        form.addRow("", self.page.error_line("licence", "licence"))
        self.territory = QLineEdit()
        add_row(form, "&Territory", self.territory, "Where the licensee may use it; empty means worldwide.")
        self.exclusive = QCheckBox("E&xclusive: nobody else gets the same licence")
        add_row(form, "Exclusive", self.exclusive, "Exclusive licences are worth more but bind the licensor.")
        self.sublicensable = QCheckBox("The licensee may &sublicense")
        add_row(form, "Sublicensing", self.sublicensable, "Allow the licensee to grant sublicences.")
        self.page.watch(self.licensor, self.licensee, self.subject, self.territory, self.exclusive, self.sublicensable)
        self.sublicence_income = NumberEdit("e.g. 20")
        add_row(
            form,
            "Share of s&ublicence income (%)",
            self.sublicence_income,
            "What the licensor gets of the fees the licensee earns from sublicences (not royalties). Empty: none.",
        )
        self.royalty_term = EnumCombo(RoyaltyTerm, ROYALTY_TERM_LABELS)  # type: ignore[arg-type]
        add_row(
            form,
            "Royalties &run",
            self.royalty_term,
            "Per product and country. For patents, until the last valid claim expires: in the US a royalty "
            "on an expired patent cannot be enforced. For know-how or software, a number of years.",
        )
        self.royalty_years = _spin(50, " years")
        self.royalty_years.setMinimum(1)
        add_row(form, "Royalty &years", self.royalty_years, "Years from each product's first sale; 10 is usual.")
        self.no_claim_rate = NumberEdit("e.g. 3")
        add_row(
            form,
            "Know-how rate (%)",
            self.no_claim_rate,
            "The lower royalty once no valid patent claim covers a product (with 'the later of'). Empty: none.",
        )
        self.page.watch(self.sublicence_income, self.royalty_term, self.royalty_years, self.no_claim_rate)

    def set_parties(self, names: Sequence[str]) -> None:
        self.licensor.set_parties(names)
        self.licensee.set_parties(names)
        if self.licensee.value() == self.licensor.value() and len(names) > 1:
            self.licensee.set_value(names[1])

    def load(self, terms: AgreementTerms) -> None:
        grant = terms.ip.licence_grant
        if grant:
            self.licensor.set_value(grant.licensor)
            self.licensee.set_value(grant.licensee)
        self.subject.setText(grant.subject if grant else "")
        self.territory.setText(grant.territory if grant else "")
        self.exclusive.setChecked(bool(grant and grant.exclusive))
        self.sublicensable.setChecked(bool(grant and grant.sublicensable))
        self.sublicence_income.set_decimal(grant.sublicence_income_percent if grant else None)
        self.royalty_term.set_value(grant.royalty_term if grant else RoyaltyTerm.AGREEMENT_TERM)
        self.royalty_years.setValue(grant.royalty_term_years if grant else 10)
        self.no_claim_rate.set_decimal(grant.no_claim_rate_percent if grant else None)
        self.grant = grant

    def read(self) -> dict[str, Any]:
        if not self.subject.text().strip():
            return {"licence_grant": None}
        values: dict[str, Any] = dict(self.grant) if self.grant else {}
        values.update(
            licensor=self.licensor.value(),
            licensee=self.licensee.value(),
            subject=self.subject.text().strip(),
            territory=self.territory.text().strip(),
            exclusive=self.exclusive.isChecked(),
            sublicensable=self.sublicensable.isChecked(),
            sublicence_income_percent=self.sublicence_income.decimal(),
            royalty_term=self.royalty_term.value(),
            royalty_term_years=self.royalty_years.value(),
            no_claim_rate_percent=self.no_claim_rate.decimal(),
        )
        return {"licence_grant": LicenceGrant.model_validate(values)}

    def check(self) -> dict[str, str]:
        if self.licensor.value() == self.licensee.value():
            return {"licence": "The licensor and the licensee must be different parties."}
        for edit, what in ((self.sublicence_income, "sublicence income share"), (self.no_claim_rate, "know-how rate")):
            try:
                value = edit.decimal()
            except ValueError as error:
                return {"licence": f"The {what}: {error}"}
            if value is not None and not 0 <= value <= 100:
                return {"licence": f"The {what} is a percentage from 0 to 100."}
        return self.required("licence", self.subject, "Say what is licensed.")


#: The Incoterms 2020 rules, with a plain gloss for the wizard.
INCOTERMS = {
    "EXW": "EXW: the distributor collects from the supplier's premises",
    "FCA": "FCA: the supplier hands over to the distributor's carrier (usual)",
    "CPT": "CPT: the supplier pays carriage to the named place",
    "CIP": "CIP: the supplier pays carriage and insurance to the named place",
    "DAP": "DAP: the supplier delivers to the named place, unloading excluded",
    "DPU": "DPU: the supplier delivers and unloads at the named place",
    "DDP": "DDP: the supplier delivers with import duties paid",
    "FAS": "FAS: alongside the ship at the named port",
    "FOB": "FOB: on board the ship at the named port",
    "CFR": "CFR: the supplier pays sea freight to the named port",
    "CIF": "CIF: the supplier pays sea freight and insurance to the named port",
}


def _spin(maximum: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSuffix(suffix)
    return spin


class DistributionSection(Section):
    title = "The distribution"
    help_text = "Which products the distributor sells. Online sales should stay allowed under EU competition law."

    def build(self, form: QFormLayout) -> None:
        self.supplier = PartyCombo()
        add_row(form, "&Supplier", self.supplier, "The party that makes or owns the products.")
        self.distributor = PartyCombo()
        add_row(form, "&Distributor", self.distributor, "The party that resells them.")
        self.products = QLineEdit()
        add_row(form, "&Products", self.products, "The products covered, e.g. 'the SolarMax range'.")
        form.addRow("", self.page.error_line("distribution", "products"))
        self.online = QCheckBox("The distributor may sell &online")
        add_row(
            form,
            "Online sales",
            self.online,
            "Whether the distributor may sell online; banning it is usually unlawful in the EU.",
        )
        self.minimum = MoneyEdit("Minimum purchases")
        add_row(form, "&Minimum purchases", self.minimum, "The least the distributor buys each Contract Year.")
        self.shortfall = ShortfallCombo()
        add_row(
            form,
            "If the minimum is mi&ssed",
            self.shortfall,
            "What happens if the distributor buys less than the minimum, e.g. it loses its exclusivity.",
        )
        self.forecast = _spin(36, " months")
        add_row(form, "Forecasts c&over", self.forecast, "Each month the distributor forecasts this far ahead.")
        self.binding = _spin(12, " months")
        add_row(
            form, "Fir&m months", self.binding, "The first months of each forecast that the distributor must order."
        )
        self.incoterm = QComboBox()
        for code, gloss in INCOTERMS.items():
            self.incoterm.addItem(gloss, code)
        add_row(form, "De&livery", self.incoterm, "Where the products are handed over, and who pays transport.")
        self.place = QLineEdit()
        add_row(form, "Delivery pl&ace", self.place, "The named place, e.g. 'the supplier's warehouse in Munich'.")
        self.payment = _spin(365, " days")
        add_row(form, "Pa&yment within", self.payment, "Days after the invoice date. 30 to 60 is usual.")
        self.retention = QCheckBox("The supplier keeps &title until paid")
        add_row(
            form,
            "Retention of title",
            self.retention,
            "The supplier owns the goods until they are paid for, so it can take them back if the distributor fails.",
        )
        self.warranty = _spin(120, " months")
        add_row(form, "&Warranty", self.warranty, "How long the supplier warrants the products after delivery.")
        self.page.watch(self.supplier, self.distributor, self.products, self.online, self.forecast, self.binding)
        self.page.watch(self.minimum, self.shortfall)
        self.page.watch(self.incoterm, self.place, self.payment, self.retention, self.warranty)

    def set_parties(self, names: Sequence[str]) -> None:
        self.supplier.set_parties(names)
        self.distributor.set_parties(names)
        if self.distributor.value() == self.supplier.value() and len(names) > 1:
            self.distributor.set_value(names[1])

    def load(self, terms: AgreementTerms) -> None:
        self.terms_value = terms.distribution
        if terms.distribution:
            self.supplier.set_value(terms.distribution.supplier)
            self.distributor.set_value(terms.distribution.distributor)
        self.products.setText(terms.distribution.products if terms.distribution else "")
        self.online.setChecked(terms.distribution.online_sales_permitted if terms.distribution else True)
        distribution = terms.distribution
        self.minimum.set_money(distribution.minimum_purchase if distribution else None, terms.sharing.currency)
        self.shortfall.set_shortfall(distribution.minimum_purchase_shortfall if distribution else None)
        supply = terms.distribution or DistributionTerms(supplier="-", distributor="-", products="-")
        self.forecast.setValue(supply.forecast_months)
        self.binding.setValue(supply.binding_months)
        self.incoterm.setCurrentIndex(max(0, self.incoterm.findData(supply.incoterm)))
        self.place.setText(supply.delivery_place)
        self.payment.setValue(supply.payment_days)
        self.retention.setChecked(supply.retention_of_title)
        self.warranty.setValue(supply.warranty_months)

    def read(self) -> dict[str, Any]:
        if not self.products.text().strip():
            return {"distribution": None}
        values: dict[str, Any] = dict(self.terms_value) if self.terms_value else {}
        values.update(
            supplier=self.supplier.value(),
            distributor=self.distributor.value(),
            products=self.products.text().strip(),
            online_sales_permitted=self.online.isChecked(),
            minimum_purchase=self.minimum.money(),
            minimum_purchase_shortfall=self.shortfall.shortfall(),
            forecast_months=self.forecast.value(),
            binding_months=self.binding.value(),
            incoterm=self.incoterm.currentData(),
            delivery_place=self.place.text().strip(),
            payment_days=self.payment.value(),
            retention_of_title=self.retention.isChecked(),
            warranty_months=self.warranty.value(),
        )
        return {"distribution": DistributionTerms.model_validate(values)}

    def check(self) -> dict[str, str]:
        if self.supplier.value() == self.distributor.value():
            return {"distribution": "The supplier and the distributor must be different parties."}
        return self.required("distribution", self.products, "Name the products the distributor sells.")
