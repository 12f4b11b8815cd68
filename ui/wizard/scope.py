"""Page 3: what the alliance is for, where, and how exclusive it is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox

from drafting.terms import AgreementTerms
from drafting.terms.commercial import (
    Exclusivity,
    ExclusivityDirection,
    ExclusivityKind,
    NonCompete,
    NonCompeteKind,
    Scope,
)
from ui.widgets import EnumCombo, MoneyEdit, PartyCombo, add_row, group
from ui.wizard.base import TermsPage, updated
from ui.wizard.page_index import SCOPE
from ui.wizard.scope_tables import KpisTable, MilestonesTable, ObligationsTable

EXCLUSIVITY_LABELS = {
    ExclusivityKind.NONE: "None: both parties stay free",
    ExclusivityKind.TERRITORY: "In a territory",
    ExclusivityKind.FIELD: "In a field of business",
    ExclusivityKind.CUSTOMER_TYPE: "For a type of customer",
    ExclusivityKind.REQUIREMENTS: "All requirements from the other party",
    ExclusivityKind.SUPPLY: "Supply: the products are supplied only to the other party",
    ExclusivityKind.PURCHASE: "Purchase: the products are bought only from the other party",
}
DIRECTION_LABELS = {
    ExclusivityDirection.MUTUAL: "Both ways: each party is bound",
    ExclusivityDirection.ONE_WAY: "One way: only one party is bound",
}
NON_COMPETE_LABELS = {
    NonCompeteKind.NONE: "None",
    NonCompeteKind.IN_FIELD: "No competing in the field during the term and after",
    NonCompeteKind.NON_SOLICIT_ONLY: "Only no poaching of customers and staff",
}


class ScopePage(TermsPage):
    paths = SCOPE.paths

    def __init__(self) -> None:
        super().__init__(SCOPE.title, SCOPE.subtitle)
        box, form = group("Purpose", "One or two sentences a stranger would understand; it frames every other clause.")
        self.purpose = QPlainTextEdit()
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(70)
        self.purpose.setPlaceholderText("e.g. to develop and sell solar roof tiles in Spain and Portugal")
        add_row(form, "&Purpose", self.purpose, "What the alliance is for. A vague purpose invites disputes later.")
        form.addRow("", self.error_line("purpose", "purpose"))
        self.objectives = QPlainTextEdit()
        self.objectives.setTabChangesFocus(True)
        self.objectives.setFixedHeight(70)
        self.objectives.setPlaceholderText("One objective per line")
        objectives_label = add_row(
            form, "&Objectives", self.objectives, "Concrete goals, one per line, e.g. 'launch in Madrid by June'."
        )
        self.show_if_drafted(("scope.objectives",), objectives_label, self.objectives)
        self.territory = QLineEdit()
        self.territory.setPlaceholderText("e.g. the United Kingdom, or worldwide")
        add_row(form, "&Territory", self.territory, "Where the alliance operates. 'worldwide' is the default.")
        self.field_of_use = QLineEdit()
        self.field_of_use.setPlaceholderText("optional, e.g. residential solar")
        add_row(form, "Fiel&d", self.field_of_use, "The line of business the alliance covers (optional).")
        self.annual_value = MoneyEdit("Expected yearly value")
        add_row(
            form,
            "Expected &yearly value",
            self.annual_value,
            "A rough figure for what the deal is worth each year; it sizes the liability cap. Leave empty if unknown.",
        )
        self.body_layout.addWidget(box)
        self._build_plan()

        self.exclusivity_box, form = box, form = group(
            "Exclusivity and non-compete",
            "Exclusivity and non-compete are separate promises; 'none' keeps both parties free, the usual start.",
        )
        self.exclusivity = EnumCombo(ExclusivityKind, EXCLUSIVITY_LABELS)  # type: ignore[arg-type]
        add_row(form, "E&xclusivity", self.exclusivity, "Whether one party may work only with the other, and where.")
        self.exclusivity_scope = QLineEdit()
        self.exclusivity_scope.setPlaceholderText("e.g. Spain and Portugal")
        self.exclusivity_scope_label = add_row(
            form, "Exclusive &in", self.exclusivity_scope, "The territory, field or customers that are exclusive."
        )
        self.carve_outs = QLineEdit()
        self.carve_outs.setPlaceholderText("e.g. Direct sales by BPW to Renault SA and Stellantis N.V.")
        self.carve_outs_label = add_row(
            form,
            "Exclusivity exception&s",
            self.carve_outs,
            "What the exclusivity leaves open; name any reserved customers.",
        )
        self.direction = EnumCombo(ExclusivityDirection, DIRECTION_LABELS)  # type: ignore[arg-type]
        self.direction_label = add_row(
            form, "Exclusive &which way", self.direction, "Both parties bound, or one towards the other."
        )
        self.bound_party = PartyCombo()
        self.bound_label = add_row(form, "Bo&und party", self.bound_party, "The party that may deal only as agreed.")
        self.protected_party = PartyCombo()
        self.protected_label = add_row(
            form, "In fa&vour of", self.protected_party, "The party the exclusivity protects; it stays free itself."
        )
        form.addRow("", self.error_line("exclusivity", "exclusive scope"))
        self.non_compete = EnumCombo(NonCompeteKind, NON_COMPETE_LABELS)  # type: ignore[arg-type]
        add_row(form, "Non-co&mpete", self.non_compete, "Whether the parties may compete with the alliance.")
        self.tail_months = QSpinBox()
        self.tail_months.setRange(0, 60)
        self.tail_months.setSuffix(" months")
        self.tail_label = add_row(
            form,
            "Non-compete &after the end",
            self.tail_months,
            "How long the non-compete lasts after the agreement ends.",
        )
        self.body_layout.addWidget(box)
        # A consortium, a data-sharing or R&D agreement, a network... drafts neither promise.
        self.show_if_drafted(("exclusivity", "non_compete"), self.exclusivity_box)
        self.body_layout.addStretch(1)
        self.watch(
            self.purpose,
            self.objectives,
            self.territory,
            self.field_of_use,
            self.annual_value,
            self.exclusivity,
            self.exclusivity_scope,
            self.carve_outs,
            self.direction,
            self.bound_party,
            self.protected_party,
            self.non_compete,
            self.tail_months,
        )
        self.exclusivity.currentIndexChanged.connect(self._show_dependent)
        self.direction.currentIndexChanged.connect(self._show_dependent)
        self.non_compete.currentIndexChanged.connect(self._show_dependent)

    def _build_plan(self) -> None:
        """Who does what, by when, measured how: the lists the types that draft them ask for
        (a licence's diligence duties, a co-marketing plan, a ramp-up)."""
        box, form = group(
            "Who does what",
            "The parties' own undertakings, dated milestones and targets; each row becomes a clause of the draft.",
        )
        self.obligations = ObligationsTable()
        obligations_label = add_row(
            form, "Unde&rtakings", self.obligations, "What each party promises to do for the alliance."
        )
        form.addRow("", self.error_line("obligations", "undertakings"))
        self.milestones = MilestonesTable()
        milestones_label = add_row(form, "Mi&lestones", self.milestones, "Steps with a date and a responsible party.")
        form.addRow("", self.error_line("milestones", "milestones"))
        self.kpis = KpisTable()
        kpis_label = add_row(form, "&KPIs", self.kpis, "The figures the alliance is measured by.")
        form.addRow("", self.error_line("kpis", "KPIs"))
        self.body_layout.addWidget(box)
        self.show_if_drafted(("scope.obligations", "scope.milestones", "scope.kpis"), box)
        self.show_if_drafted(("scope.obligations",), obligations_label, self.obligations)
        self.show_if_drafted(("scope.milestones",), milestones_label, self.milestones)
        self.show_if_drafted(("scope.kpis",), kpis_label, self.kpis)
        for table in (self.obligations, self.milestones, self.kpis):
            table.changed.connect(self.edited)

    def _show_dependent(self) -> None:
        exclusive = self.exclusivity.value() is not ExclusivityKind.NONE
        self.exclusivity_scope.setVisible(exclusive)
        self.exclusivity_scope_label.setVisible(exclusive)
        self.carve_outs.setVisible(exclusive)
        self.carve_outs_label.setVisible(exclusive)
        one_way = exclusive and self.direction.value() is ExclusivityDirection.ONE_WAY
        for widget, visible in (
            (self.direction, exclusive),
            (self.direction_label, exclusive),
            (self.bound_party, one_way),
            (self.bound_label, one_way),
            (self.protected_party, one_way),
            (self.protected_label, one_way),
        ):
            widget.setVisible(visible)
        in_field = self.non_compete.value() is NonCompeteKind.IN_FIELD
        self.tail_months.setVisible(in_field)
        self.tail_label.setVisible(in_field)

    def _apply_parties(self, names: Sequence[str]) -> None:
        for table in (self.obligations, self.milestones):
            table.set_parties(names)
        self.bound_party.set_parties(names)
        self.protected_party.set_parties(names)

    def _load(self, terms: AgreementTerms) -> None:
        self._scope, self._exclusivity, self._non_compete = terms.scope, terms.exclusivity, terms.non_compete
        self.purpose.setPlainText(terms.scope.purpose)
        self.objectives.setPlainText("\n".join(terms.scope.objectives))
        self.territory.setText(terms.scope.territory)
        self.field_of_use.setText(terms.scope.field_of_use)
        self.annual_value.set_money(terms.scope.expected_annual_value, terms.sharing.currency)
        self.obligations.set_items(terms.scope.obligations)
        self.milestones.set_items(terms.scope.milestones)
        self.kpis.set_items(terms.scope.kpis)
        self.exclusivity.set_value(terms.exclusivity.kind)
        self.exclusivity_scope.setText(terms.exclusivity.scope)
        self.carve_outs.setText(terms.exclusivity.carve_outs)
        self.direction.set_value(terms.exclusivity.direction)
        self.bound_party.set_value(terms.exclusivity.exclusive_party)
        self.protected_party.set_value(terms.exclusivity.in_favour_of)
        if terms.exclusivity.in_favour_of is None and len(terms.parties) > 1:
            self.protected_party.setCurrentIndex(1)
        self.non_compete.set_value(terms.non_compete.kind)
        self.tail_months.setValue(terms.non_compete.tail_months)
        self._show_dependent()

    def read(self) -> dict[str, Any]:
        objectives = tuple(line.strip() for line in self.objectives.toPlainText().splitlines() if line.strip())
        scope: Scope = updated(
            self._scope,
            purpose=self.purpose.toPlainText().strip(),
            objectives=objectives,
            territory=self.territory.text().strip() or "worldwide",
            field_of_use=self.field_of_use.text().strip(),
            expected_annual_value=self.annual_value.money(),
            obligations=self.obligations.items(),
            milestones=self.milestones.items(),
            kpis=self.kpis.items(),
        )
        kind = self.exclusivity.value()
        one_way = kind is not ExclusivityKind.NONE and self.direction.value() is ExclusivityDirection.ONE_WAY
        exclusivity: Exclusivity = updated(
            self._exclusivity,
            kind=kind,
            scope=self.exclusivity_scope.text().strip() if kind is not ExclusivityKind.NONE else "",
            carve_outs=self.carve_outs.text().strip() if kind is not ExclusivityKind.NONE else "",
            direction=self.direction.value(),
            exclusive_party=self.bound_party.value() if one_way else None,
            in_favour_of=self.protected_party.value() if one_way else None,
        )
        non_compete: NonCompete = updated(
            self._non_compete, kind=self.non_compete.value(), tail_months=self.tail_months.value()
        )
        return {"scope": scope, "exclusivity": exclusivity, "non_compete": non_compete}

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.purpose.toPlainText().strip():
            problems["purpose"] = "Say in a sentence what the alliance is for."
        if self.exclusivity.value() is not ExclusivityKind.NONE and not self.exclusivity_scope.text().strip():
            problems["exclusivity"] = "Say what is exclusive: the territory, field or customers."
        one_way = self.direction.value() is ExclusivityDirection.ONE_WAY
        exclusive = self.exclusivity.value() is not ExclusivityKind.NONE
        if one_way and exclusive and self.bound_party.value() == self.protected_party.value():
            problems["exclusivity"] = "One-way exclusivity binds one party towards another: choose two parties."
        for key, table in (("obligations", self.obligations), ("milestones", self.milestones), ("kpis", self.kpis)):
            if message := table.problem():
                problems[key] = message
        return problems
