"""Page: how disputes are resolved and which law governs the agreement."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox

from drafting.terms import AgreementTerms
from drafting.terms.lifecycle import (
    Arbitration,
    Boilerplate,
    Courts,
    Disputes,
    Forum,
    Institution,
    LiabilityCapKind,
    Mediation,
    MediationProvider,
)
from ui.widgets import EnumCombo, MoneyEdit, add_row, group
from ui.wizard.base import TermsPage, updated

COMMON_LAWS = (
    "England and Wales",
    "Scotland",
    "Ireland",
    "New York",
    "Delaware",
    "California",
    "Germany",
    "France",
    "the Netherlands",
    "Switzerland",
    "Singapore",
    "Hong Kong",
)
FORUM_LABELS = {Forum.ARBITRATION: "Arbitration (private, enforceable abroad)", Forum.COURTS: "The courts"}
PROVIDER_LABELS = {
    MediationProvider.AD_HOC: "Ad hoc (the parties pick a mediator)",
    MediationProvider.AAA_ICDR: "AAA-ICDR",
}
INSTITUTION_LABELS = {Institution.AAA_ICDR: "AAA-ICDR"}


class DisputesPage(TermsPage):
    paths = ("disputes", "governing_law", "boilerplate")

    def __init__(self) -> None:
        super().__init__("Disputes and governing law", "How disagreements are settled, and under which law.")
        box, form = group("Governing law", "Pick the law the parties and their lawyers know best; usually a home law.")
        self.law = QComboBox()
        self.law.setEditable(True)
        self.law.addItems(COMMON_LAWS)
        self.law.setCurrentIndex(-1)
        law_edit = self.law.lineEdit()
        assert law_edit is not None  # an editable combo box always has its line edit
        law_edit.setPlaceholderText("Type or pick, e.g. England and Wales")
        add_row(form, "&Governing law", self.law, "The law that decides what the agreement means.")
        form.addRow("", self.error_line("law", "governing law"))
        self.body_layout.addWidget(box)

        box, form = group(
            "Resolving disputes",
            "A ladder saves money: talk first, then mediation, and only then arbitration or court.",
        )
        self.negotiation = QCheckBox("Senior managers first try to &settle it")
        add_row(form, "Negotiation", self.negotiation, "Escalate to senior managers before anything formal.")
        self.negotiation_days = QSpinBox()
        self.negotiation_days.setRange(1, 365)
        self.negotiation_days.setSuffix(" days")
        self.negotiation_label = add_row(form, "For up to", self.negotiation_days, "How long the talks may take.")
        self.mediation = QCheckBox("Then try &mediation")
        add_row(form, "Mediation", self.mediation, "A neutral mediator helps the parties agree; it is not binding.")
        self.provider = EnumCombo(MediationProvider, PROVIDER_LABELS)  # type: ignore[arg-type]
        self.provider_label = add_row(form, "&Mediation rules", self.provider, "The body whose mediation rules apply.")
        self.mediation_days = QSpinBox()
        self.mediation_days.setRange(1, 365)
        self.mediation_days.setSuffix(" days")
        self.mediation_days_label = add_row(form, "Mediation ends within", self.mediation_days, "Then the next step.")
        self.forum = EnumCombo(Forum, FORUM_LABELS)  # type: ignore[arg-type]
        add_row(form, "Finally &decided by", self.forum, "Arbitration is private and easier to enforce abroad.")
        self.institution = EnumCombo(Institution, INSTITUTION_LABELS)  # type: ignore[arg-type]
        self.institution_label = add_row(form, "Arbitration &rules", self.institution, "The institution that runs it.")
        self.seat = QLineEdit()
        self.seat.setPlaceholderText("e.g. London")
        self.seat_label = add_row(form, "&Seat (city)", self.seat, "The legal home of the arbitration.")
        self.arbitrators = QComboBox()
        self.arbitrators.addItem("One arbitrator (cheaper, faster)", 1)
        self.arbitrators.addItem("Three arbitrators", 3)
        self.language = QLineEdit()
        self.language_label = add_row(form, "Language", self.language, "Usually the language of the agreement.")
        self.arbitrators_label = add_row(
            form, "&Arbitrators", self.arbitrators, "One is usual unless the stakes are high."
        )
        self.courts = QLineEdit()
        self.courts.setPlaceholderText("e.g. the courts of England and Wales")
        self.courts_label = add_row(form, "&Courts", self.courts, "Which courts hear disputes.")
        form.addRow("", self.error_line("forum", "forum"))
        self.injunctions = QCheckBox("Urgent court orders stay &available")
        add_row(form, "Urgent relief", self.injunctions, "Lets a party ask a court to stop a leak of secrets at once.")
        self.body_layout.addWidget(box)
        self._build_general()
        self.body_layout.addStretch(1)
        self.watch(self.law, self.negotiation, self.negotiation_days, self.mediation, self.provider, self.forum)
        self.watch(self.institution, self.seat, self.arbitrators, self.courts, self.injunctions)
        self.watch(self.mediation_days, self.language)
        for signal in (self.negotiation.toggled, self.mediation.toggled, self.forum.currentIndexChanged):
            signal.connect(self._show_dependent)

    def _show_dependent(self) -> None:
        arbitration = self.forum.value() is Forum.ARBITRATION
        talks, mediation = self.negotiation.isChecked(), self.mediation.isChecked()
        fixed_cap = self.cap_kind.value() is LiabilityCapKind.FIXED_AMOUNT
        for widget, shown in (
            (self.negotiation_days, talks), (self.negotiation_label, talks),
            (self.provider, mediation), (self.provider_label, mediation),
            (self.mediation_days, mediation), (self.mediation_days_label, mediation),
            (self.language, arbitration), (self.language_label, arbitration),
            (self.institution, arbitration), (self.institution_label, arbitration), (self.seat, arbitration),
            (self.seat_label, arbitration), (self.arbitrators, arbitration), (self.arbitrators_label, arbitration),
            (self.courts, not arbitration), (self.courts_label, not arbitration),
            (self.cap_amount, fixed_cap), (self.cap_amount_label, fixed_cap),
        ):  # fmt: skip
            widget.setVisible(shown)

    def _load(self, terms: AgreementTerms) -> None:
        disputes = self._disputes = terms.disputes
        self.law.setEditText(terms.governing_law)
        self.negotiation.setChecked(disputes.negotiation)
        self.negotiation_days.setValue(disputes.negotiation_days or 30)
        self.mediation.setChecked(disputes.mediation is not None)
        self.provider.set_value((disputes.mediation or Mediation()).provider)
        self.mediation_days.setValue((disputes.mediation or Mediation()).days or 45)
        self.forum.set_value(disputes.forum)
        arbitration = disputes.arbitration or Arbitration()
        self.institution.set_value(arbitration.institution)
        self.seat.setText(arbitration.seat)
        self.arbitrators.setCurrentIndex(0 if arbitration.arbitrators == 1 else 1)
        self.language.setText(arbitration.language)
        self.courts.setText((disputes.courts or Courts()).courts)
        self.injunctions.setChecked(disputes.injunctive_carve_out)
        self._load_general(terms.boilerplate)
        self._show_dependent()

    def read(self) -> dict[str, Any]:
        disputes = self._disputes
        arbitration = self.forum.value() is Forum.ARBITRATION
        result: Disputes = updated(
            disputes,
            negotiation=self.negotiation.isChecked(),
            negotiation_days=self.negotiation_days.value() if self.negotiation.isChecked() else None,
            mediation=updated(
                disputes.mediation or Mediation(), provider=self.provider.value(), days=self.mediation_days.value()
            )
            if self.mediation.isChecked()
            else None,
            forum=self.forum.value(),
            arbitration=updated(
                disputes.arbitration or Arbitration(),
                institution=self.institution.value(),
                seat=self.seat.text().strip(),
                arbitrators=self.arbitrators.currentData(),
                language=self.language.text().strip(),
            )
            if arbitration
            else None,
            courts=None if arbitration else updated(disputes.courts or Courts(), courts=self.courts.text().strip()),
            injunctive_carve_out=self.injunctions.isChecked(),
        )
        return {
            "disputes": result,
            "governing_law": self.law.currentText().strip(),
            "boilerplate": self._read_general(),
        }

    # --- the general clauses (boilerplate) -------------------------------------------------
    def _build_general(self) -> None:
        self._boilerplate = Boilerplate()
        box, form = group(
            "General clauses",
            "The clauses every agreement has; keep them unless there is a specific reason not to.",
        )
        self.no_partnership = QCheckBox("State that the parties are not partners and cannot bind each other")
        add_row(form, "No partnership", self.no_partnership, "Sharing money without it risks a partnership in law.")
        self.anti_bribery = QCheckBox("Include the anti-bribery clause")
        add_row(form, "Anti-bribery", self.anti_bribery, "A partner's bribery can taint the others.")
        self.sanctions = QCheckBox("Include the sanctions and export-control clause")
        add_row(form, "Sanctions", self.sanctions, "Dealing with a sanctioned person is a serious offence.")
        self.indemnity_procedure = QCheckBox("Claims under an indemnity follow a notice and defence procedure")
        add_row(form, "Indemnity claims", self.indemnity_procedure, "Who is told, how fast, who runs the defence.")
        self.cap_kind = EnumCombo(LiabilityCapKind)
        add_row(form, "Liability capped at", self.cap_kind, "The most a party pays for a breach, with carve-outs.")
        self.cap_amount = MoneyEdit("Liability cap amount")
        self.cap_amount_label = add_row(form, "Cap amount", self.cap_amount, "For a fixed-amount cap.")
        self.body_layout.addWidget(box)
        self.watch(self.no_partnership, self.anti_bribery, self.sanctions, self.indemnity_procedure, self.cap_kind)
        self.watch(self.cap_amount)
        self.cap_kind.currentIndexChanged.connect(self._show_dependent)

    def _load_general(self, boilerplate: Boilerplate) -> None:
        self._boilerplate = boilerplate
        self.no_partnership.setChecked(boilerplate.no_partnership)
        self.anti_bribery.setChecked(boilerplate.anti_bribery)
        self.sanctions.setChecked(boilerplate.sanctions)
        self.indemnity_procedure.setChecked(boilerplate.indemnity_procedure)
        self.cap_kind.set_value(boilerplate.liability_cap.kind)
        self.cap_amount.set_money(boilerplate.liability_cap.amount)

    def _read_general(self) -> Boilerplate:
        fixed = self.cap_kind.value() is LiabilityCapKind.FIXED_AMOUNT
        cap = updated(
            self._boilerplate.liability_cap,
            kind=self.cap_kind.value(),
            amount=self.cap_amount.money() if fixed else self._boilerplate.liability_cap.amount,
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

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.law.currentText().strip():
            problems["law"] = "Choose the law that governs the agreement."
        if self.forum.value() is Forum.ARBITRATION and not self.seat.text().strip():
            problems["forum"] = "Name the city where the arbitration is seated, e.g. London."
        if self.forum.value() is Forum.COURTS and not self.courts.text().strip():
            problems["forum"] = "Name the courts that will hear disputes."
        return problems
