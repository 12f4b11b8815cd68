"""The licence option of an R&D collaboration on "The deal" page: who holds it, what
the licence covers, the data package and option period, the licence terms (a term sheet
or negotiation), what follows if the licence is not signed, the royalty term and its
reductions, and the licensee's diligence. The royalty rates and tiers are asked once,
on the Sharing page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QSpinBox

from drafting.terms import AgreementTerms
from drafting.terms.research import (
    Diligence,
    DiligenceEvent,
    DiligenceRemedy,
    IfNotAgreed,
    LicenceTermsBasis,
    ResearchOption,
)
from ui.widgets import EnumCombo, NumberEdit, PartyCombo, add_row, group
from ui.wizard.research_tables import DATE, Column, RowsTable, parse_date

if TYPE_CHECKING:
    from ui.wizard.deal import DealPage

BASIS = {
    LicenceTermsBasis.TERM_SHEET: "Key terms agreed now, in a term sheet",
    LicenceTermsBasis.GOOD_FAITH: "Negotiated in good faith after exercise",
}
#: The licence exists from exercise (the Licence Date): what is left open when the longer
#: Licence Agreement is not signed is only its further terms, so neither choice ends the
#: licence. "Right of match" is kept for older drafts; it is drafted as the first choice.
NOT_AGREED = {
    IfNotAgreed.LAPSE: "The licence runs on the terms this agreement already states",
    IfNotAgreed.EXPERT: "An independent expert sets the further terms",
    IfNotAgreed.RIGHT_OF_MATCH: "The licence runs on the terms already stated (a right to match is not needed)",
}
REMEDY = {
    DiligenceRemedy.REVERSION: "Rights in that product or country revert",
    DiligenceRemedy.NON_EXCLUSIVE: "The licence becomes non-exclusive",
    DiligenceRemedy.TERMINATION: "The licence may be terminated for it",
}


def _spin(maximum: int, suffix: str, minimum: int = 0) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(minimum, maximum)
    spin.setSuffix(suffix)
    return spin


class OptionBox:
    """The option's fields in a checkable group: unchecked means no option."""

    def __init__(self, page: DealPage) -> None:
        self.kept: ResearchOption | None = None
        self.box, form = group(
            "Option to take a licence", "One party (usually the funder) may take a licence of the results."
        )
        self.box.setCheckable(True)
        self.box.toggled.connect(page.edited)
        self.licensee = PartyCombo()
        add_row(
            form,
            "Option &holder",
            self.licensee,
            "The party with the right to take a licence of the results: usually the party that funds the research.",
        )
        self.product = QLineEdit()
        add_row(
            form,
            "Licensed &products",
            self.product,
            "What the licence covers, e.g. 'ingredients containing the protein'.",
        )
        form.addRow("", page.error_line("product", "licensed products"))
        self.option_field = QLineEdit()
        add_row(form, "Field", self.option_field, "The field of use of the licence (optional).")
        self.territory = QLineEdit()
        add_row(form, "Territory", self.territory, "Where the licence applies, e.g. 'worldwide'.")
        self.exclusive = QCheckBox("Exclusive licence")
        add_row(form, "Exclusivity", self.exclusive, "Exclusive means not even the owner may use it in the field.")
        self.data_package = QLineEdit()
        add_row(form, "Data package", self.data_package, "What must be delivered before the option can be exercised.")
        self.period_days = _spin(3650, " days")
        add_row(form, "Option &period", self.period_days, "Time to decide after the data package is delivered.")
        self.basis = EnumCombo(LicenceTermsBasis, BASIS)  # type: ignore[arg-type]
        add_row(
            form,
            "Licence terms",
            self.basis,
            "The licence's main terms agreed now, so the option can be enforced later.",
        )
        self.term_sheet = QPlainTextEdit()
        self.term_sheet.setFixedHeight(90)
        add_row(
            form, "&Term sheet", self.term_sheet, "One key term per line; the royalties are set on the Sharing page."
        )
        self.negotiation_days = _spin(3650, " days")
        add_row(form, "Time to sign", self.negotiation_days, "Days after exercise to sign the full licence.")
        self.if_not_agreed = EnumCombo(IfNotAgreed, NOT_AGREED)  # type: ignore[arg-type]
        add_row(form, "If not signed in time", self.if_not_agreed, "What happens if the licence is not signed.")
        self.clearance = QCheckBox("Exercise needs merger-control or other clearance")
        add_row(
            form,
            "Clearance",
            self.clearance,
            "Whether a competition authority must approve first: an exclusive licence can count as buying a business.",
        )
        self.sublicensable = QCheckBox("The holder may grant sublicences")
        add_row(form, "Sublicences", self.sublicensable, "Usually yes for a commercial licence.")
        self.sublicence_income = NumberEdit("none")
        add_row(form, "Share of sublicence income (%)", self.sublicence_income, "Paid to the grantors (optional).")
        self.royalty_years = _spin(50, " years", 1)
        add_row(
            form,
            "Royalty term",
            self.royalty_years,
            "Years from first sale per country (or longer while patents last).",
        )
        self.reduction = NumberEdit("none")
        add_row(
            form, "Reduction without a patent (%)", self.reduction, "Lower royalty where no patent covers the product."
        )
        self.floor = NumberEdit("none")
        add_row(form, "Royalty floor (%)", self.floor, "No reduction takes the rate below this.")
        self.diligence_events = RowsTable(
            "Diligence events",
            "Dated steps the licensee must reach, e.g. a regulatory filing or a first sale.",
            (Column("Event"), Column("By", DATE)),
            "event",
        )
        add_row(
            form,
            "&Diligence events",
            self.diligence_events,
            "Dated steps the licensee must reach (trials, launch), proving it really works to sell the products.",
        )
        self.remedy = EnumCombo(DiligenceRemedy, REMEDY)  # type: ignore[arg-type]
        add_row(
            form,
            "If diligence fails",
            self.remedy,
            "What happens if the licensee misses a step; limited to the product or country concerned.",
        )
        page.watch(self.licensee, self.product, self.option_field, self.territory, self.exclusive)
        page.watch(self.data_package, self.period_days, self.basis, self.term_sheet, self.negotiation_days)
        page.watch(self.if_not_agreed, self.clearance, self.sublicensable, self.sublicence_income)
        page.watch(self.royalty_years, self.reduction, self.floor, self.remedy)
        self.diligence_events.changed.connect(page.edited)

    def load(self, option: ResearchOption | None, diligence: Diligence, terms: AgreementTerms) -> None:
        self.kept = option
        self.box.setChecked(option is not None)
        self.remedy.set_value(diligence.remedy)
        self.diligence_events.load([(e.event, e.due.isoformat()) for e in diligence.events])
        shown = option or ResearchOption(licensee=terms.parties[-1].short_name)
        self.licensee.set_value(shown.licensee)
        self.product.setText(shown.product)
        self.option_field.setText(shown.field)
        self.territory.setText(shown.territory)
        self.exclusive.setChecked(shown.exclusive)
        self.data_package.setText(shown.data_package)
        self.period_days.setValue(shown.period_days)
        self.basis.set_value(shown.basis)
        self.term_sheet.setPlainText("\n".join(shown.term_sheet))
        self.negotiation_days.setValue(shown.negotiation_days)
        self.if_not_agreed.set_value(shown.if_not_agreed)
        self.clearance.setChecked(shown.regulatory_clearance)
        self.sublicensable.setChecked(shown.sublicensable)
        self.sublicence_income.set_decimal(shown.sublicence_income_percent)
        self.royalty_years.setValue(shown.royalty_term_years)
        self.reduction.set_decimal(shown.no_claim_reduction_percent)
        self.floor.set_decimal(shown.royalty_floor_percent)

    def set_parties(self, names: Sequence[str]) -> None:
        self.licensee.set_parties(names)

    def diligence(self) -> Diligence:
        events = []
        for event, due in self.diligence_events.values():
            date = parse_date(due, f"Diligence event '{event}'")
            if date is None:
                raise ValueError(f"Diligence event '{event}': give the date by which it must be reached (YYYY-MM-DD)")
            events.append(DiligenceEvent(event=event, due=date))
        return Diligence(events=tuple(events), remedy=self.remedy.value(), cure_days=90)

    def value(self) -> ResearchOption | None:
        licensee = self.licensee.value()
        if not self.box.isChecked() or not licensee:
            return None
        kept = self.kept
        values: dict[str, Any] = dict(kept) if kept else {}
        values.update(
            licensee=licensee,
            product=self.product.text().strip(),
            field=self.option_field.text().strip(),
            territory=self.territory.text().strip(),
            exclusive=self.exclusive.isChecked(),
            data_package=self.data_package.text().strip() or ResearchOption.model_fields["data_package"].default,
            period_days=self.period_days.value(),
            basis=self.basis.value(),
            term_sheet=tuple(line.strip() for line in self.term_sheet.toPlainText().splitlines() if line.strip()),
            negotiation_days=self.negotiation_days.value(),
            if_not_agreed=self.if_not_agreed.value(),
            regulatory_clearance=self.clearance.isChecked(),
            sublicensable=self.sublicensable.isChecked(),
            sublicence_income_percent=self.sublicence_income.decimal(),
            royalty_term_years=self.royalty_years.value(),
            no_claim_reduction_percent=self.reduction.decimal(),
            royalty_floor_percent=self.floor.decimal(),
        )
        return ResearchOption.model_validate(values)
