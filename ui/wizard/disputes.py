"""Page: which law governs the agreement, and how disagreements are settled.

The law comes first, because it shapes the rest: each legal system has a profile
(``clause_templates/law/``) with its courts, its usual arbitration institution and
seat. Until the user touches the forum fields, choosing a law fills them in with a
forum proportionate to the deal (``drafting.law.suggest``); the law itself is suggested
from where the parties are. Every forum is explained in one plain sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox

from drafting.law import NEUTRAL, all_institutions, all_profiles, institution, profile
from drafting.law.suggest import suggest_forum, suggest_law
from drafting.terms import AgreementTerms
from drafting.terms.law import GoverningLaw
from drafting.terms.lifecycle import (
    Arbitration,
    Courts,
    Disputes,
    Forum,
    Institution,
    Mediation,
    MediationProvider,
)
from ui.widgets import EnumCombo, add_row, group, help_line
from ui.wizard.base import TermsPage, updated
from ui.wizard.general_clauses import GeneralClauses
from ui.wizard.page_index import DISPUTES

FORUM_LABELS = {Forum.ARBITRATION: "Arbitration (private, enforceable abroad)", Forum.COURTS: "The courts"}
OTHER_LAW = "Another law (not listed)"


def _institution_labels() -> dict[Any, str]:
    labels: dict[Any, str] = {item: "Another institution (name its rules)" for item in (Institution.OTHER,)}
    for entry in all_institutions():
        if entry.arbitration_rules:
            labels[Institution(entry.id)] = entry.label
    return labels


def _provider_labels() -> dict[Any, str]:
    labels: dict[Any, str] = {
        MediationProvider.AD_HOC: "Ad hoc (the parties pick a mediator together)",
        MediationProvider.OTHER: "Another provider (name its rules)",
    }
    for entry in all_institutions():
        if entry.mediation_rules:
            labels[MediationProvider(entry.id)] = entry.label
    return labels


def _explain_institution(member: object) -> str:
    if member is Institution.OTHER:
        return "Name the institution's rules exactly as they are called, e.g. the DIAC Arbitration Rules."
    return institution(str(getattr(member, "value", member))).explain


class DisputesPage(TermsPage):
    paths = DISPUTES.paths

    def __init__(self) -> None:
        super().__init__(DISPUTES.title, DISPUTES.subtitle)
        box, form = group(
            "Governing law",
            "The law decides what the agreement means and shapes its wording. Pick the law the "
            "parties and their lawyers know best, usually the home law of one of them.",
        )
        self.law = QComboBox()
        for entry in all_profiles():
            if entry.id != NEUTRAL:
                self.law.addItem(entry.label, entry.id)
        self.law.addItem(OTHER_LAW, NEUTRAL)
        self.law.setCurrentIndex(-1)
        self.law.setPlaceholderText("Choose a law")
        add_row(form, "&Governing law", self.law, "The law that decides what the agreement means.")
        self.other_law = QLineEdit()
        self.other_law.setPlaceholderText("e.g. the United Arab Emirates")
        self.other_law_label = add_row(
            form,
            "Name of the &law",
            self.other_law,
            "The country or state whose law governs, as a lawyer would write it.",
        )
        self.law_help = help_line("")
        form.addRow("", self.law_help)
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
        self.provider = EnumCombo(MediationProvider, _provider_labels())
        self.provider_label = add_row(form, "&Mediation rules", self.provider, "The body whose mediation rules apply.")
        self.mediation_days = QSpinBox()
        self.mediation_days.setRange(1, 365)
        self.mediation_days.setSuffix(" days")
        self.mediation_days_label = add_row(
            form,
            "Mediation ends within",
            self.mediation_days,
            "How long mediation may take before the next step (the courts or arbitration) opens.",
        )
        self.other_provider = QLineEdit()
        self.other_provider.setPlaceholderText("e.g. the Mediation Rules of the Dubai International Arbitration Centre")
        self.other_provider_label = add_row(
            form, "Mediation r&ules named", self.other_provider, "The provider's rules, as they are called."
        )
        self.forum = EnumCombo(Forum, FORUM_LABELS)  # type: ignore[arg-type]
        add_row(form, "Finally &decided by", self.forum, "Arbitration is private and easier to enforce abroad.")
        self.forum_help = help_line("")
        form.addRow("", self.forum_help)
        self.institution = EnumCombo(Institution, _institution_labels())
        self.institution_label = add_row(
            form,
            "Arbitration &rules",
            self.institution,
            "The arbitration body whose rules run the case, e.g. ICC or LCIA.",
        )
        self.institution_help = help_line("")
        form.addRow("", self.institution_help)
        self.other_rules = QLineEdit()
        self.other_rules.setPlaceholderText("e.g. the Arbitration Rules of the Dubai International Arbitration Centre")
        self.other_rules_label = add_row(
            form, "Rules &written out", self.other_rules, "The institution's rules, as they are called."
        )
        self.seat = QLineEdit()
        self.seat.setPlaceholderText("e.g. London")
        self.seat_label = add_row(form, "&Seat (city)", self.seat, "The legal home of the arbitration.")
        self.arbitrators = QComboBox()
        self.arbitrators.addItem("One arbitrator (cheaper, faster)", 1)
        self.arbitrators.addItem("Three arbitrators", 3)
        self.arbitrators_label = add_row(
            form, "&Arbitrators", self.arbitrators, "One is usual unless the stakes are high."
        )
        self.language = QLineEdit()
        self.language_label = add_row(form, "Language", self.language, "Usually the language of the agreement.")
        self.courts = QLineEdit()
        self.courts_label = add_row(
            form,
            "&Courts",
            self.courts,
            "Which courts hear disputes, e.g. 'England and Wales' or 'the Tokyo District Court'.",
        )
        self.jury_waiver = QCheckBox("Give up a &jury trial (a judge decides)")
        self.jury_waiver_label = add_row(
            form,
            "Jury",
            self.jury_waiver,
            "US courts may try a contract claim before a jury unless both sides waive it "
            "(with arbitration: the urgent relief and award enforcement left to the courts).",
        )
        form.addRow("", self.error_line("forum", "forum"))
        self.injunctions = QCheckBox("Urgent court orders stay &available")
        add_row(form, "Urgent relief", self.injunctions, "Lets a party ask a court to stop a leak of secrets at once.")
        self.body_layout.addWidget(box)
        self.general = GeneralClauses()
        self.body_layout.addWidget(self.general.box)
        self.body_layout.addStretch(1)
        self.watch(self.law, self.other_law, self.negotiation, self.negotiation_days, self.mediation, self.provider)
        self.watch(self.forum, self.institution, self.seat, self.arbitrators, self.courts, self.injunctions)
        self.watch(self.other_rules, self.other_provider, self.jury_waiver, self.mediation_days, self.language)
        self.watch(*self.general.watched())  # type: ignore[arg-type]
        self.general.cap_kind.currentIndexChanged.connect(self.general.show_dependent)
        for signal in (
            self.negotiation.toggled,
            self.mediation.toggled,
            self.forum.currentIndexChanged,
            self.institution.currentIndexChanged,
            self.provider.currentIndexChanged,
        ):
            signal.connect(self._show_dependent)
        self.law.currentIndexChanged.connect(self._law_changed)
        for edited in (self.forum.activated, self.institution.activated, self.provider.activated):
            edited.connect(self._forum_edited)
        for line in (self.seat, self.courts, self.other_rules):
            line.textEdited.connect(self._forum_edited)
        self._jurisdictions: tuple[str, ...] = ()
        self._forum_touched = False
        self._disputes = Disputes()
        self._last_law = ""

    # --- what the user sees --------------------------------------------------------------
    def law_id(self) -> str:
        data = self.law.currentData()
        return data if isinstance(data, str) else ""

    def set_law(self, law_id: str) -> None:
        index = self.law.findData(law_id) if law_id else -1
        self.law.setCurrentIndex(index)

    def _show_dependent(self) -> None:
        arbitration = self.forum.value() is Forum.ARBITRATION
        talks, mediation = self.negotiation.isChecked(), self.mediation.isChecked()
        other_law = self.law_id() == NEUTRAL
        other_rules = arbitration and self.institution.value() is Institution.OTHER
        other_provider = mediation and self.provider.value() is MediationProvider.OTHER
        law_id = self.law_id()
        # Only under a law with a civil jury (the profile says so) is a waiver a question;
        # it is offered with arbitration too: urgent relief and the enforcement of an award
        # still go to a court, where a jury could sit.
        jury = self._civil_jury(law_id)
        for widget, shown in (
            (self.other_law, other_law), (self.other_law_label, other_law),
            (self.negotiation_days, talks), (self.negotiation_label, talks),
            (self.provider, mediation), (self.provider_label, mediation),
            (self.other_provider, other_provider), (self.other_provider_label, other_provider),
            (self.mediation_days, mediation), (self.mediation_days_label, mediation),
            (self.language, arbitration), (self.language_label, arbitration),
            (self.institution, arbitration), (self.institution_label, arbitration),
            (self.institution_help, arbitration), (self.other_rules, other_rules),
            (self.other_rules_label, other_rules), (self.seat, arbitration),
            (self.seat_label, arbitration), (self.arbitrators, arbitration), (self.arbitrators_label, arbitration),
            (self.courts, not arbitration), (self.courts_label, not arbitration),
            (self.jury_waiver, jury), (self.jury_waiver_label, jury),
        ):  # fmt: skip
            widget.setVisible(shown)
        self.institution_help.setText(_explain_institution(self.institution.value()) if arbitration else "")
        chosen = profile(law_id) if law_id else None
        courts = chosen.courts if chosen is not None else ""
        self.courts.setPlaceholderText(f"Leave empty for {courts}" if courts else "e.g. the courts of Dubai")
        self.law_help.setText(self._law_explanation(law_id))
        if jury and chosen is not None and not chosen.clause("jury_waiver"):
            self.jury_waiver_label.setToolTip(f"{chosen.label} does not enforce a jury waiver made before a dispute.")

    @staticmethod
    def _civil_jury(law_id: str) -> bool:
        return bool(law_id) and profile(law_id).civil_jury

    def _law_explanation(self, law_id: str) -> str:
        if not law_id:
            return "Choose the law first: the rest of this page follows from it."
        if law_id == NEUTRAL:
            return (
                "Pactwright has no profile for this law, so the draft cites no statute. A lawyer qualified "
                "in it must check the draft before signature."
            )
        chosen = profile(law_id)
        spelling = "American spelling, US Letter paper" if chosen.us else "British spelling, A4 paper"
        return f"The agreement is written for {chosen.label} law ({spelling})."

    def _forum_edited(self) -> None:
        if not self._loading:
            self._forum_touched = True

    def _law_changed(self) -> None:
        if not self._loading and not self._forum_touched:
            self._apply_forum_suggestion()
        law_id = self.law_id()
        if not self._loading and self._civil_jury(law_id) and not self._civil_jury(self._last_law):
            # A law with a civil jury is chosen: the usual position is to waive it.
            self.jury_waiver.setChecked(True)
        self._last_law = law_id
        self._show_dependent()

    def _apply_forum_suggestion(self) -> None:
        law_id = self.law_id()
        if not law_id:
            return
        suggestion = suggest_forum(law_id, self._jurisdictions)
        was_loading, self._loading = self._loading, True
        try:
            self.forum.set_value(Forum(suggestion.forum))
            self.institution.set_value(Institution(suggestion.institution))
            self.seat.setText(suggestion.seat)
            self.provider.set_value(MediationProvider(suggestion.mediation))
            self.mediation.setChecked(True)
            self.forum_help.setText(f"Suggested: {suggestion.reason}")
        finally:
            self._loading = was_loading
        self._show_dependent()

    def suggest_from(self, jurisdictions: Sequence[str]) -> None:
        """Called as the page is entered, with the parties' jurisdictions as typed now."""
        self._jurisdictions = tuple(jurisdictions)
        if self.law_id():
            return
        suggested = suggest_law(self._jurisdictions)
        if suggested is None:
            return
        self.set_law(suggested)  # fills the forum too, unless the user already chose one
        self.law_help.setText(f"Suggested from where the parties are. {self._law_explanation(suggested)}")

    # --- loading and reading ----------------------------------------------------------
    def _load(self, terms: AgreementTerms) -> None:
        disputes = self._disputes = terms.disputes
        self._jurisdictions = tuple(party.jurisdiction for party in terms.parties)
        # A draft whose forum still has the defaults (no seat, no courts) has not been decided.
        self._forum_touched = bool(
            (disputes.arbitration and disputes.arbitration.seat.strip())
            or (disputes.courts and disputes.courts.courts.strip())
        )
        self.set_law(terms.governing_law.profile)
        self._last_law = self.law_id()
        self.other_law.setText(terms.governing_law.other)
        self.negotiation.setChecked(disputes.negotiation)
        self.negotiation_days.setValue(disputes.negotiation_days or 30)
        self.mediation.setChecked(disputes.mediation is not None)
        mediation = disputes.mediation or Mediation()
        self.provider.set_value(mediation.provider)
        self.other_provider.setText(mediation.other_provider)
        self.mediation_days.setValue(mediation.days or 45)
        self.forum.set_value(disputes.forum)
        arbitration = disputes.arbitration or Arbitration()
        self.institution.set_value(arbitration.institution)
        self.other_rules.setText(arbitration.other_rules)
        self.seat.setText(arbitration.seat)
        self.arbitrators.setCurrentIndex(0 if arbitration.arbitrators == 1 else 1)
        self.language.setText(arbitration.language)
        self.courts.setText((disputes.courts or Courts()).courts)
        self.jury_waiver.setChecked(disputes.jury_waiver)
        self.injunctions.setChecked(disputes.injunctive_carve_out)
        self.forum_help.setText("")
        self.general.load(terms.boilerplate)
        self._show_dependent()

    def read(self) -> dict[str, Any]:
        disputes = self._disputes
        arbitration = self.forum.value() is Forum.ARBITRATION
        provider = self.provider.value()
        institution_choice = self.institution.value()
        result: Disputes = updated(
            disputes,
            negotiation=self.negotiation.isChecked(),
            negotiation_days=self.negotiation_days.value() if self.negotiation.isChecked() else None,
            mediation=updated(
                disputes.mediation or Mediation(),
                provider=provider,
                other_provider=self.other_provider.text().strip() if provider is MediationProvider.OTHER else "",
                days=self.mediation_days.value(),
            )
            if self.mediation.isChecked()
            else None,
            forum=self.forum.value(),
            arbitration=updated(
                disputes.arbitration or Arbitration(),
                institution=institution_choice,
                other_rules=self.other_rules.text().strip() if institution_choice is Institution.OTHER else "",
                seat=self.seat.text().strip(),
                arbitrators=self.arbitrators.currentData(),
                language=self.language.text().strip(),
            )
            if arbitration
            else None,
            courts=None if arbitration else updated(disputes.courts or Courts(), courts=self.courts.text().strip()),
            injunctive_carve_out=self.injunctions.isChecked(),
            # A waiver is an answer only where the law has a jury (the box is hidden elsewhere).
            jury_waiver=self.jury_waiver.isChecked() and self._civil_jury(self.law_id()),
        )
        law_id = self.law_id()
        law = GoverningLaw(profile=law_id, other=self.other_law.text().strip() if law_id == NEUTRAL else "")
        return {"disputes": result, "governing_law": law, "boilerplate": self.general.read()}

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        law_id = self.law_id()
        if not law_id:
            problems["law"] = "Choose the law that governs the agreement."
        elif law_id == NEUTRAL and not self.other_law.text().strip():
            problems["law"] = "Name the law that governs the agreement, e.g. the United Arab Emirates."
        arbitration = self.forum.value() is Forum.ARBITRATION
        if arbitration and self.institution.value() is Institution.OTHER and not self.other_rules.text().strip():
            problems["forum"] = "Name the arbitration rules, e.g. the Arbitration Rules of the DIAC."
        elif arbitration and not self.seat.text().strip():
            problems["forum"] = "Name the city where the arbitration is seated, e.g. London."
        elif not arbitration and not self.courts.text().strip():
            courts = profile(law_id).courts if law_id else ""
            if not courts:
                problems["forum"] = "Name the courts that will hear disputes."
        if (
            self.mediation.isChecked()
            and self.provider.value() is MediationProvider.OTHER
            and not self.other_provider.text().strip()
        ):
            problems["forum"] = "Name the mediation rules, or pick a provider from the list."
        return problems
