"""The R&D collaboration's part of "The deal" page: the research programme and who funds
it, the joint committee, who owns the results, the licence option, diligence,
publication and early exit. Milestone payments are entered with the other payments
(Contributions page) and the royalty rates and tiers on the Sharing page, so each
figure is asked once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox

from drafting.terms import AgreementTerms, Money
from drafting.terms.commercial import Period
from drafting.terms.research import (
    AccessTerms,
    BudgetLine,
    ConvenienceRight,
    FieldOwner,
    FinalSay,
    JointExploitation,
    Publication,
    PublicationMode,
    ResearchTerms,
    ResultsOwnership,
    WorkPackage,
)
from ui.widgets import EnumCombo, MoneyEdit, NumberEdit, PartyCombo, add_row, parse_decimal
from ui.wizard.deal_sections import Section
from ui.wizard.research_option import OptionBox
from ui.wizard.research_tables import DATE, NUMBER, PARTY, Column, RowsTable, parse_date

OWNERSHIP = {
    ResultsOwnership.CREATOR: "The party whose people create them",
    ResultsOwnership.BY_FIELD: "By field: each party owns the results in its own field",
    ResultsOwnership.ONE_PARTY: "One party owns all results",
    ResultsOwnership.JOINT: "Both (all) parties jointly",
}
PUBLICATION = {
    PublicationMode.CONSENT: "Only with the other parties' consent",
    PublicationMode.REVIEW: "After review, with a delay for patents",
}


def _spin(maximum: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSuffix(suffix)
    return spin


def _text(value: object) -> str:
    return "" if value is None else str(value)


class ResearchSection(Section):
    title = "The research collaboration"
    help_text = "What you research together, who pays for it, who owns the results and who may license them."

    def build(self, form: QFormLayout) -> None:
        self._plan(form)
        self._results(form)
        self.option = OptionBox(self.page)
        form.addRow(self.option.box)
        self._publication_and_exit(form)

    def _plan(self, form: QFormLayout) -> None:
        self.programme = QPlainTextEdit()
        self.programme.setFixedHeight(70)
        add_row(form, "&Research programme", self.programme, "What you will research or develop, in a sentence or two.")
        form.addRow("", self.page.error_line("programme", "research programme"))
        self.research_term = _spin(240, " months")
        self.research_term.setMinimum(1)
        add_row(form, "Research &term", self.research_term, "How long the research runs; funding stops at its end.")
        self.work_packages = RowsTable(
            "Work packages",
            "Each part of the research plan: who does it, what it delivers and by when.",
            (
                Column("Work package"),
                Column("Performed by", PARTY),
                Column("Deliverables"),
                Column("Due", DATE),
                Column("Researchers (FTE)", NUMBER, "e.g. 2"),
            ),
            "work package",
        )
        add_row(form, "&Work packages", self.work_packages, "The research plan, written into a schedule.")
        self.standards = QLineEdit()
        add_row(form, "Standards", self.standards, "The standards the work follows, e.g. 'good laboratory practice'.")
        self.budget = RowsTable(
            "Budget",
            "Who funds what: the cost of one party's work paid by itself or by another party, up to an amount.",
            (
                Column("Budget line"),
                Column("Work done by", PARTY),
                Column("Paid for by", PARTY),
                Column("Maximum amount", NUMBER),
            ),
            "budget line",
        )
        add_row(form, "Bu&dget", self.budget, "A funder pays the costs actually incurred, up to each line.")
        self.budget_currency = QLineEdit("EUR")
        self.budget_currency.setMaximumWidth(60)
        add_row(form, "Budget currency", self.budget_currency, "Three-letter currency code of the budget.")
        self.fte_rate = MoneyEdit("FTE rate")
        add_row(form, "Cost of a researcher", self.fte_rate, "Yearly rate for one full-time researcher (optional).")
        self.cost_reporting = EnumCombo(Period)
        add_row(form, "Cost re&ports", self.cost_reporting, "How often a funded party reports its costs.")
        self.overrun = NumberEdit("10")
        add_row(form, "Overrun allowed (%)", self.overrun, "Above this, the performing party bears the excess.")
        self.committee_members = _spin(10, " each")
        self.committee_members.setMinimum(1)
        add_row(form, "Committee members", self.committee_members, "Representatives each party names to the committee.")
        self.escalation = _spin(365, " days")
        add_row(form, "Escalation", self.escalation, "Time the chief executives have to settle a deadlock.")
        self.final_say = RowsTable(
            "Final say",
            "Matters on which one party decides if the committee and the executives cannot agree.",
            (Column("Matters", placeholder="e.g. scientific matters"), Column("Decided by", PARTY)),
            "matter",
        )
        add_row(
            form,
            "Final sa&y",
            self.final_say,
            "The party that decides when the committee cannot agree; keep it to listed "
            "matters, never changes to the agreement.",
        )
        self.exclusivity_in_field = QCheckBox("No competing research in the field during the research term")
        add_row(
            form, "Exclusivity", self.exclusivity_in_field, "A competition-law point: only for the term and the field."
        )
        self.page.watch(self.programme, self.research_term, self.standards, self.budget_currency, self.cost_reporting)
        self.page.watch(self.overrun, self.committee_members, self.escalation, self.exclusivity_in_field)
        self.fte_rate.changed.connect(self.page.edited)
        for table in (self.work_packages, self.budget, self.final_say):
            table.changed.connect(self.page.edited)

    def _results(self, form: QFormLayout) -> None:
        self.ownership = EnumCombo(ResultsOwnership, OWNERSHIP)  # type: ignore[arg-type]
        add_row(
            form,
            "Results be&long to",
            self.ownership,
            "Each party keeps what it brought in; this is about new results.",
        )
        self.owner = PartyCombo()
        add_row(form, "Sole owner", self.owner, "The party that owns all results, if you chose one party.")
        self.fields = RowsTable(
            "Fields",
            "Which field of results belongs to which party.",
            (Column("Party", PARTY), Column("Field", placeholder="e.g. fermentation processes")),
            "field",
        )
        add_row(form, "Fields", self.fields, "Results in a party's field belong to it.")
        self.joint = EnumCombo(
            JointExploitation,
            {
                JointExploitation.CONSENT_NEEDED: "A co-owner needs the others' consent to license",
                JointExploitation.USE_AND_LICENSE_WITH_NOTICE: "A co-owner may license on notice, with compensation",
            },
        )
        add_row(
            form,
            "Joint results",
            self.joint,
            "How co-owned results may be used and licensed; laws differ on co-owned patents, so the agreement says it.",
        )
        self.access = EnumCombo(
            AccessTerms,
            {AccessTerms.ROYALTY_FREE: "Royalty-free", AccessTerms.FAIR_AND_REASONABLE: "On fair and reasonable terms"},
        )
        add_row(
            form,
            "Access for exploitation",
            self.access,
            "On what terms a party may use another's results commercially.",
        )
        self.ownership.currentIndexChanged.connect(self._ownership_changed)
        self.page.watch(self.ownership, self.owner, self.joint, self.access)
        self.fields.changed.connect(self.page.edited)

    def _publication_and_exit(self, form: QFormLayout) -> None:
        self.publication_mode = EnumCombo(PublicationMode, PUBLICATION)  # type: ignore[arg-type]
        add_row(
            form, "P&ublication", self.publication_mode, "A university partner needs freedom to publish after review."
        )
        self.notice_days = _spin(365, " days")
        add_row(form, "Review period", self.notice_days, "Notice of a publication before it is submitted.")
        self.delay_days = _spin(3650, " days")
        add_row(form, "Delay for patents", self.delay_days, "Longest hold to file a patent application (90 is usual).")
        self.convenience = PartyCombo(allow_none="Nobody")
        add_row(
            form,
            "May stop for convenience",
            self.convenience,
            "Who may end the research early without a reason: usually the funder, on notice; it then loses the option.",
        )
        self.convenience_days = _spin(3650, " days")
        add_row(form, "Notice to stop", self.convenience_days, "Notice for stopping for convenience.")
        self.page.watch(
            self.publication_mode, self.notice_days, self.delay_days, self.convenience, self.convenience_days
        )

    def _ownership_changed(self) -> None:
        chosen = self.ownership.value()
        self.owner.setEnabled(chosen is ResultsOwnership.ONE_PARTY)
        self.fields.setEnabled(chosen is ResultsOwnership.BY_FIELD)

    def set_parties(self, names: Sequence[str]) -> None:
        for combo in (self.owner, self.convenience):
            combo.set_parties(names)
        self.option.set_parties(names)
        for table in (self.work_packages, self.budget, self.final_say, self.fields):
            table.set_parties(names)

    def load(self, terms: AgreementTerms) -> None:
        research = self.terms_value = terms.research or ResearchTerms()
        self.programme.setPlainText(research.programme)
        self.research_term.setValue(research.research_term_months)
        self.work_packages.load(
            [(p.name, p.party, p.deliverables, _text(p.due), _text(p.fte)) for p in research.work_packages]
        )
        self.standards.setText(research.standards)
        self.budget.load([(b.description, b.party, b.payer, _text(b.amount.amount)) for b in research.budget])
        self.budget_currency.setText(research.budget[0].amount.currency if research.budget else terms.sharing.currency)
        self.fte_rate.set_money(research.fte_rate, terms.sharing.currency)
        self.cost_reporting.set_value(research.cost_reporting)
        self.overrun.set_decimal(research.overrun_percent)
        self.committee_members.setValue(research.committee_members_each)
        self.escalation.setValue(research.escalation_days)
        self.final_say.load([(say.matter, say.party) for say in research.final_say])
        self.exclusivity_in_field.setChecked(research.exclusivity_in_field)
        self.ownership.set_value(research.ownership)
        self.owner.set_value(research.owner)
        self.fields.load([(f.party, f.field) for f in research.fields])
        self.joint.set_value(research.joint_exploitation)
        self.access.set_value(research.access)
        self._ownership_changed()
        self.option.load(research.option, research.diligence, terms)
        self.publication_mode.set_value(research.publication.mode)
        self.notice_days.setValue(research.publication.notice_days)
        self.delay_days.setValue(research.publication.delay_days)
        self.convenience.set_value(research.convenience.party if research.convenience else None)
        self.convenience_days.setValue(research.convenience.notice_days if research.convenience else 90)

    def read(self) -> dict[str, Any]:
        currency = self.budget_currency.text().strip().upper() or "EUR"
        packages = [
            WorkPackage(
                name=name,
                party=party,
                deliverables=deliverables,
                due=parse_date(due, f"Work package '{name}'"),
                fte=parse_decimal(fte),
            )
            for name, party, deliverables, due, fte in self.work_packages.values()
        ]
        budget = [
            BudgetLine(
                description=text,
                party=party,
                payer=payer,
                amount=Money(amount=parse_decimal(amount) or 0, currency=currency),
            )
            for text, party, payer, amount in self.budget.values()
        ]
        convenience = self.convenience.value()
        values: dict[str, Any] = dict(self.terms_value) if self.terms_value else {}
        values.update(
            programme=self.programme.toPlainText().strip(),
            work_packages=tuple(packages),
            research_term_months=self.research_term.value(),
            standards=self.standards.text().strip(),
            budget=tuple(budget),
            fte_rate=self.fte_rate.money(),
            cost_reporting=self.cost_reporting.value(),
            overrun_percent=self.overrun.decimal() or 0,
            committee_members_each=self.committee_members.value(),
            escalation_days=self.escalation.value(),
            final_say=tuple(FinalSay(matter=matter, party=party) for matter, party in self.final_say.values()),
            exclusivity_in_field=self.exclusivity_in_field.isChecked(),
            ownership=self.ownership.value(),
            owner=self.owner.value() if self.ownership.value() is ResultsOwnership.ONE_PARTY else None,
            fields=tuple(FieldOwner(party=party, field=field) for party, field in self.fields.values()),
            joint_exploitation=self.joint.value(),
            access=self.access.value(),
            option=self.option.value(),
            diligence=self.option.diligence(),
            publication=Publication(
                mode=self.publication_mode.value(),
                notice_days=self.notice_days.value(),
                delay_days=self.delay_days.value(),
            ),
            convenience=ConvenienceRight(party=convenience, notice_days=self.convenience_days.value())
            if convenience
            else None,
        )
        return {"research": ResearchTerms.model_validate(values)}

    def check(self) -> dict[str, str]:
        problems = self.required("programme", self.programme, "Describe the research programme.")
        if self.option.box.isChecked():
            problems.update(self.required("product", self.option.product, "Say which products the licence covers."))
        return problems
