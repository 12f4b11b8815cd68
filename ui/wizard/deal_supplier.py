"""The "The deal" page's section for a strategic supplier alliance (precedent 10): who
supplies and who buys, forecasts and committed volumes with take-or-pay bands, the price
path, the dedicated line, exclusivity, quality and continuity of supply.

Committed volumes and take-or-pay bands are typed on one line each ("24000, 30000" and
"0-10: 0, 10-30: 40, 30-100: 60"): a mistyped entry is named in plain words, and what
the user typed stays in the field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QSpinBox

from drafting.terms import AgreementTerms
from drafting.terms.supplier_alliance import (
    AssetExit,
    SupplierAllianceTerms,
    SupplyExclusivity,
    TakeOrPayBand,
    YearVolume,
)
from ui.widgets import EnumCombo, MoneyEdit, NumberEdit, PartyCombo, add_row, decimal_text
from ui.wizard.deal_sections import INCOTERMS, Section

_BAND = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*%?\s*-\s*(\d+(?:[.,]\d+)?)\s*%?\s*:\s*(\d+(?:[.,]\d+)?)\s*%?\s*$")


def parse_volumes(text: str) -> tuple[YearVolume, ...]:
    """ "24000, 30000" -> Contract Year 1: 24,000 units, year 2: 30,000 units."""
    volumes = []
    for year, entry in enumerate((part.strip() for part in text.split(",") if part.strip()), 1):
        cleaned = entry.replace(" ", "").replace("_", "")
        if not cleaned.isdigit() or int(cleaned) == 0:
            raise ValueError(f"committed volume for Contract Year {year}: '{entry}' is not a whole number of units")
        volumes.append(YearVolume(year=year, units=int(cleaned)))
    return tuple(volumes)


def parse_bands(text: str) -> tuple[TakeOrPayBand, ...]:
    """ "0-10: 0, 10-30: 40" -> a shortfall of 0-10% pays 0%, 10-30% pays 40% of the price."""
    bands = []
    for entry in (part for part in text.split(",") if part.strip()):
        match = _BAND.match(entry)
        if match is None:
            raise ValueError(
                f"take-or-pay band '{entry.strip()}' should read 'from-to: rate', e.g. '10-30: 40' "
                "(a shortfall between 10% and 30% pays 40% of the price)"
            )
        try:
            low, high, rate = (Decimal(group.replace(",", ".")) for group in match.groups())
        except InvalidOperation:
            raise ValueError(f"take-or-pay band '{entry.strip()}' has a number that cannot be read") from None
        bands.append(TakeOrPayBand(from_percent=low, to_percent=high, payment_percent=rate))
    return tuple(bands)


def _spin(maximum: int, suffix: str, minimum: int = 0) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(minimum, maximum)
    spin.setSuffix(suffix)
    return spin


class SupplierAllianceSection(Section):
    title = "The strategic supply"
    help_text = (
        "A long-term supply with committed volumes, a price path and, often, a line the buyer helps to fund. "
        "It is a supply contract, not a joint venture."
    )

    def build(self, form: QFormLayout) -> None:
        self.supplier = PartyCombo()
        add_row(form, "&Supplier", self.supplier, "The party that makes the products.")
        self.purchaser = PartyCombo()
        add_row(form, "B&uyer", self.purchaser, "The party that buys them for its own production.")
        self.products = QLineEdit()
        self.products.setPlaceholderText("e.g. precision gear sets for the LX machining centres")
        add_row(form, "&Products", self.products, "What is supplied, as it will read in the agreement.")
        form.addRow("", self.page.error_line("supplier_alliance", "products"))
        self.specifications = QLineEdit()
        add_row(form, "Specificat&ions", self.specifications, "Where the specifications are, e.g. a drawing set.")
        # --- planning and commitment
        self.forecast = _spin(60, " months", 1)
        add_row(form, "Forecasts co&ver", self.forecast, "Each month the buyer forecasts this far ahead (18 is usual).")
        self.firm = _spin(24, " months")
        add_row(form, "Firm &zone", self.firm, "The first months of each forecast the buyer must order.")
        self.flex = NumberEdit("15")
        add_row(form, "Flex band (%)", self.flex, "How far the months after the firm zone may move, up or down.")
        self.reserved = _spin(2_000_000_000, " units a year")
        add_row(form, "&Reserved capacity", self.reserved, "Capacity the supplier keeps for the buyer (0: none).")
        self.volumes = QLineEdit()
        self.volumes.setPlaceholderText("e.g. 24000, 30000, 30000")
        add_row(
            form, "Committed &volumes", self.volumes, "Units the buyer commits to take, one figure per Contract Year."
        )
        form.addRow("", self.page.error_line("supplier_volumes", "committed volumes"))
        self.total = _spin(2_000_000_000, " units")
        add_row(form, "Stated &total", self.total, "The total over all years, if the deal states one (0: none).")
        self.price = MoneyEdit("Base price")
        add_row(form, "Base pr&ice per unit", self.price, "The first year's price; it values any shortfall payment.")
        self.bands = QLineEdit()
        self.bands.setPlaceholderText("e.g. 0-10: 0, 10-30: 40, 30-100: 60")
        add_row(
            form,
            "&Take-or-pay bands",
            self.bands,
            "Shortfall as % of the year's commitment: the % of the price paid for it. A debt, so keep it fair.",
        )
        form.addRow("", self.page.error_line("supplier_bands", "take-or-pay bands"))
        # --- price path
        self.index = QLineEdit()
        add_row(form, "Price in&dex", self.index, "The raw-material index the price follows (empty: fixed price).")
        self.cost_down = NumberEdit("none")
        add_row(form, "Annual cost-do&wn (%)", self.cost_down, "The price reduction each year after the first.")
        self.mfc = QCheckBox("The buyer gets the supplier's best price for comparable &volumes")
        add_row(form, "Most-favoured customer", self.mfc, "Checked by an independent accountant, never by disclosure.")
        self.payment = _spin(365, " days")
        add_row(form, "Pa&yment within", self.payment, "Days after the invoice date.")
        # --- the dedicated line
        self.asset = QLineEdit()
        self.asset.setPlaceholderText("e.g. a dedicated grinding cell (empty: no co-investment)")
        add_row(form, "Dedicated &line", self.asset, "Tooling or a line built for the buyer's products.")
        self.owner = PartyCombo()
        add_row(form, "Line own&er", self.owner, "Who owns it (usually the supplier).")
        self.payer = PartyCombo()
        add_row(form, "Co-investor", self.payer, "Who contributes to its cost (usually the buyer).")
        self.cost = MoneyEdit("Line cost")
        add_row(form, "Line cost", self.cost, "What the line costs in total.")
        form.addRow("", self.page.error_line("supplier_line", "line cost"))
        self.contribution = MoneyEdit("Contribution")
        add_row(form, "Contribution", self.contribution, "What the co-investor pays towards it.")
        self.amortisation = _spin(240, " months", 1)
        add_row(form, "Written down o&ver", self.amortisation, "Keep within the term, or its value is argued at exit.")
        self.on_exit = EnumCombo(
            AssetExit,
            {
                AssetExit.BUY_OUT: "The co-investor may buy it at its written-down value",
                AssetExit.TRANSFER: "It is transferred to the co-investor",
                AssetExit.REMOVAL: "The owner keeps and removes it, and repays the rest",
            },
        )
        add_row(form, "On e&xit", self.on_exit, "What happens to the line if the agreement ends early.")
        # --- exclusivity
        self.exclusivity = EnumCombo(
            SupplyExclusivity,
            {
                SupplyExclusivity.NONE: "None",
                SupplyExclusivity.SUPPLY: "The supplier supplies these products to the buyer only",
                SupplyExclusivity.PURCHASE: "The buyer buys these products from the supplier only",
                SupplyExclusivity.BOTH: "Both ways",
            },
        )
        add_row(form, "&Exclusivity", self.exclusivity, "Which way it runs. Competition law limits its length.")
        self.exclusive_products = QLineEdit()
        add_row(form, "Exclusive pr&oducts", self.exclusive_products, "The product or technology (empty: all).")
        self.exclusivity_months = _spin(240, " months")
        add_row(form, "Exclusivity l&asts", self.exclusivity_months, "0: for the term. Five years at most in the EU.")
        # --- delivery, quality and continuity
        self.incoterm = QComboBox()
        for code, gloss in INCOTERMS.items():
            self.incoterm.addItem(gloss.replace("distributor", "buyer"), code)
        add_row(form, "Deli&very", self.incoterm, "Where the products are handed over, and who pays transport.")
        self.place = QLineEdit()
        add_row(form, "Delivery place", self.place, "The named place, e.g. 'the buyer's plant in Stuttgart'.")
        self.certification = QLineEdit()
        add_row(form, "Quality certification", self.certification, "e.g. ISO 9001:2015 or IATF 16949.")
        self.warranty = _spin(120, " months")
        add_row(form, "&Warranty", self.warranty, "How long the supplier warrants the products after delivery.")
        self.last_time_buy = _spin(60, " months")
        add_row(form, "Discontinuation notice", self.last_time_buy, "Notice before a product is discontinued.")
        self.buffer = _spin(52, " weeks")
        add_row(form, "Buffer stock", self.buffer, "Weeks of demand the supplier keeps in stock (0: none).")
        self.step_in = QCheckBox("The buyer may step in to run the line if supply fails")
        add_row(
            form,
            "Step-in",
            self.step_in,
            "The buyer may take over making the products after a long failure to supply; "
            "on insolvency only where the law allows.",
        )
        self.escrow = QCheckBox("The manufacturing know-how is deposited in escrow")
        add_row(form, "Escrow", self.escrow, "Released to the buyer if the supplier fails or becomes insolvent.")
        self.escrow_agent = QLineEdit()
        self.escrow_agent.setPlaceholderText("empty: an agent the parties agree later")
        add_row(form, "Escrow a&gent", self.escrow_agent, "Who holds the deposit, e.g. a specialist escrow company.")
        self.due_diligence = QCheckBox("The supplier gives supply-chain assurances (human rights, environment)")
        add_row(
            form,
            "Supply-chain &duties",
            self.due_diligence,
            "The supplier screens its own suppliers, lets the buyer check, and cooperates with the buyer's "
            "due-diligence duties under the supply-chain laws that apply to it.",
        )
        self.page.watch(self.supplier, self.purchaser, self.products, self.specifications, self.forecast, self.firm)
        self.page.watch(self.flex, self.reserved, self.volumes, self.total, self.bands, self.index, self.cost_down)
        self.page.watch(self.mfc, self.payment, self.asset, self.owner, self.payer, self.amortisation, self.on_exit)
        self.page.watch(self.exclusivity, self.exclusive_products, self.exclusivity_months, self.incoterm, self.place)
        self.page.watch(self.certification, self.warranty, self.last_time_buy, self.buffer, self.step_in)
        self.page.watch(self.escrow, self.escrow_agent, self.price, self.cost, self.contribution, self.due_diligence)

    def set_parties(self, names: Sequence[str]) -> None:
        for combo in (self.supplier, self.purchaser, self.owner, self.payer):
            combo.set_parties(names)
        if self.purchaser.value() == self.supplier.value() and len(names) > 1:
            self.purchaser.set_value(names[1])
        if self.payer.value() == self.owner.value() and len(names) > 1:
            self.payer.set_value(self.purchaser.value())

    def load(self, terms: AgreementTerms) -> None:
        block = terms.supplier_alliance
        self.terms_value = block
        shown = block or SupplierAllianceTerms(supplier="-", purchaser="--")
        if block is not None:
            self.supplier.set_value(block.supplier)
            self.purchaser.set_value(block.purchaser)
        self.products.setText(block.products if block else "")
        self.specifications.setText(shown.specifications)
        self.forecast.setValue(shown.forecast_months)
        self.firm.setValue(shown.firm_months)
        self.flex.set_decimal(shown.flex_percent)
        self.reserved.setValue(shown.reserved_capacity_units or 0)
        self.volumes.setText(", ".join(str(entry.units) for entry in sorted(shown.committed_volumes, key=_year)))
        self.total.setValue(shown.total_committed_units or 0)
        self.price.set_money(shown.unit_price, terms.sharing.currency)
        self.bands.setText(
            ", ".join(
                f"{decimal_text(band.from_percent)}-{decimal_text(band.to_percent)}: "
                f"{decimal_text(band.payment_percent)}"
                for band in shown.bands
            )
        )
        self.index.setText(shown.index)
        self.cost_down.set_decimal(shown.cost_down_percent)
        self.mfc.setChecked(shown.most_favoured_customer)
        self.payment.setValue(shown.payment_days)
        investment = shown.co_investment
        self.asset.setText(investment.asset if investment else "")
        if investment is not None:
            self.owner.set_value(investment.owner)
            self.payer.set_value(investment.payer)
            self.amortisation.setValue(investment.amortisation_months)
            self.on_exit.set_value(investment.on_exit)
        else:
            self.amortisation.setValue(60)
        self.cost.set_money(investment.cost if investment else None, terms.sharing.currency)
        self.contribution.set_money(investment.contribution if investment else None, terms.sharing.currency)
        self.exclusivity.set_value(shown.exclusivity)
        self.exclusive_products.setText(shown.exclusive_products)
        self.exclusivity_months.setValue(shown.exclusivity_months or 0)
        self.incoterm.setCurrentIndex(max(0, self.incoterm.findData(shown.incoterm)))
        self.place.setText(shown.delivery_place)
        self.certification.setText(shown.certification)
        self.warranty.setValue(shown.warranty_months)
        self.last_time_buy.setValue(shown.last_time_buy_months)
        self.buffer.setValue(shown.buffer_stock_weeks)
        self.step_in.setChecked(shown.step_in)
        self.escrow.setChecked(shown.escrow)
        self.escrow_agent.setText(shown.escrow_agent)
        self.due_diligence.setChecked(shown.supply_chain_due_diligence)

    def _co_investment(self, current: Any) -> dict[str, Any] | None:
        asset = self.asset.text().strip()
        if not asset:
            return None
        cost = self.cost.money()
        if cost is None:
            raise ValueError("the dedicated line needs its total cost")
        contribution = self.contribution.money() or cost.model_copy(update={"amount": Decimal(0)})
        values: dict[str, Any] = dict(current) if current is not None else {}
        values.update(
            asset=asset,
            owner=self.owner.value(),
            payer=self.payer.value(),
            cost=cost,
            contribution=contribution,
            amortisation_months=self.amortisation.value(),
            on_exit=self.on_exit.value(),
        )
        return values

    def read(self) -> dict[str, Any]:
        if not self.products.text().strip():
            return {"supplier_alliance": None}
        current = self.terms_value
        values: dict[str, Any] = dict(current) if current else {}
        values.update(
            supplier=self.supplier.value(),
            purchaser=self.purchaser.value(),
            products=self.products.text().strip(),
            specifications=self.specifications.text().strip(),
            forecast_months=self.forecast.value(),
            firm_months=self.firm.value(),
            flex_percent=self.flex.decimal() if self.flex.text().strip() else Decimal(0),
            reserved_capacity_units=self.reserved.value() or None,
            committed_volumes=parse_volumes(self.volumes.text()),
            total_committed_units=self.total.value() or None,
            unit_price=self.price.money(),
            take_or_pay=parse_bands(self.bands.text()),
            index=self.index.text().strip(),
            cost_down_percent=self.cost_down.decimal(),
            most_favoured_customer=self.mfc.isChecked(),
            payment_days=self.payment.value(),
            co_investment=self._co_investment(current.co_investment if current else None),
            exclusivity=self.exclusivity.value(),
            exclusive_products=self.exclusive_products.text().strip(),
            exclusivity_months=self.exclusivity_months.value() or None,
            incoterm=self.incoterm.currentData(),
            delivery_place=self.place.text().strip(),
            certification=self.certification.text().strip(),
            warranty_months=self.warranty.value(),
            last_time_buy_months=self.last_time_buy.value(),
            buffer_stock_weeks=self.buffer.value(),
            step_in=self.step_in.isChecked(),
            escrow=self.escrow.isChecked(),
            escrow_agent=self.escrow_agent.text().strip(),
            supply_chain_due_diligence=self.due_diligence.isChecked(),
        )
        return {"supplier_alliance": SupplierAllianceTerms.model_validate(values)}

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.supplier.value() == self.purchaser.value():
            problems["supplier_alliance"] = "The supplier and the buyer must be different parties."
        else:
            problems.update(self.required("supplier_alliance", self.products, "Name the products supplied."))
        # What was typed stays in the field; the line under it says what to change.
        for key, parse, edit in (
            ("supplier_volumes", parse_volumes, self.volumes),
            ("supplier_bands", parse_bands, self.bands),
        ):
            try:
                parse(edit.text())
            except ValueError as error:
                problems[key] = str(error)[:1].upper() + str(error)[1:] + "."
        if self.asset.text().strip() and self.cost.money() is None:
            problems["supplier_line"] = "Give the total cost of the dedicated line, or leave the line empty."
        return problems


def _year(entry: YearVolume) -> int:
    return entry.year
