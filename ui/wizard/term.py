"""Page: when the agreement starts and ends, how a party may end it, and how a party leaves."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QGridLayout, QLineEdit, QSpinBox, QWidget

from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.lifecycle import (
    ChangeOfControl,
    ConvenienceTermination,
    ExitTerms,
    ExitTrigger,
    FirstRight,
    Term,
    Termination,
    TermKind,
    TransferRestrictions,
    Valuation,
    ValuationFormula,
)
from ui.widgets import EnumCombo, NumberEdit, add_row, decimal_text, describe, group, humanize, parse_decimal
from ui.wizard.base import TermsPage, updated
from ui.wizard.page_index import TERM

OWNERSHIP_MODELS = frozenset({AllianceModel.JOINT_VENTURE, AllianceModel.EQUITY_ALLIANCE})
EXIT_MODELS = OWNERSHIP_MODELS | {AllianceModel.CONSORTIUM}
KIND_LABELS = {
    TermKind.FIXED: "A fixed period",
    TermKind.INITIAL_PLUS_RENEWAL: "A first period, then renews automatically",
    TermKind.UNTIL_COMPLETION: "Until the project is finished",
    TermKind.INDEFINITE: "No end date (until a party gives notice)",
}
CONTROL_LABELS = {
    ChangeOfControl.NONE: "Nothing happens",
    ChangeOfControl.NOTICE: "The party must tell the others",
    ChangeOfControl.CONSENT: "The others must consent",
    ChangeOfControl.TERMINATION_RIGHT: "The others may end the agreement",
    ChangeOfControl.CALL_OPTION: "The others may buy the party out",
}


def _months(maximum: int = 600) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSuffix(" months")
    return box


def _days(maximum: int = 730) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSuffix(" days")
    return box


class TermPage(TermsPage):
    paths = TERM.paths

    def __init__(self) -> None:
        super().__init__(TERM.title, TERM.subtitle)
        box, form = group(
            "Duration", "Three years renewing yearly unless a party gives 90 days' notice is a common start."
        )
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        add_row(form, "&Starts on", self.start, "The effective date: the day the agreement starts to apply.")
        self.kind = EnumCombo(TermKind, KIND_LABELS)  # type: ignore[arg-type]
        add_row(form, "&Lasts", self.kind, "How long the agreement runs.")
        self.length = _months()
        self.length_label = add_row(form, "First &period", self.length, "The length of the first period.")
        self.renewal = _months()
        self.renewal_label = add_row(form, "&Renews for", self.renewal, "Each automatic renewal period.")
        self.notice = _days()
        self.notice_label = add_row(form, "Notice to &end", self.notice, "Notice a party gives to stop the renewal.")
        self.body_layout.addWidget(box)

        box, form = group(
            "Ending early", "A party in breach gets 30 days to put things right before the other may end it."
        )
        self.cure = _days()
        add_row(form, "Time to &cure a breach", self.cure, "How long a party has to fix a breach before termination.")
        self.convenience = QCheckBox("A party may end it &without a reason, on notice")
        add_row(form, "For convenience", self.convenience, "Flexible, but makes the alliance less dependable.")
        self.convenience_days = _days()
        self.convenience_label = add_row(
            form, "Con&venience notice", self.convenience_days, "Notice needed to end it without a reason."
        )
        self.control = EnumCombo(ChangeOfControl, CONTROL_LABELS)  # type: ignore[arg-type]
        add_row(form, "If a party is ta&ken over", self.control, "What happens if a party comes under new control.")
        self.body_layout.addWidget(box)

        self.exit_box, form = group(
            "Leaving the venture",
            "Agree the exit at the start, while everyone is friendly: when a party may leave and at what price.",
        )
        self.triggers: dict[ExitTrigger, QCheckBox] = {}
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, trigger in enumerate(ExitTrigger):
            check = QCheckBox(humanize(trigger.value))
            describe(
                check,
                f"Exit on {humanize(trigger.value).lower()}",
                "A party may leave, or be bought out, when this happens.",
            )
            grid.addWidget(check, index // 2, index % 2)
            self.triggers[trigger] = check
        add_row(form, "Exit &when", grid_widget, "The events that open the exit route.")
        self.valuation = EnumCombo(Valuation)
        add_row(
            form, "&Price set by", self.valuation, "Fair market value set by an independent expert is the usual choice."
        )
        self.formula = EnumCombo(ValuationFormula)
        self.formula_label = add_row(form, "Formula", self.formula, "Used when the price follows a formula.")
        self.multiple = NumberEdit("e.g. 6")
        self.multiple_label = add_row(form, "EBITDA multiple", self.multiple, "For a multiple-of-EBITDA formula.")
        self.expert = QLineEdit()
        add_row(form, "Valuer", self.expert, "Who values the shares, or how the valuer is appointed.")
        self.timetable = _days()
        add_row(form, "Exit completes within", self.timetable, "Valuation and completion deadlines keep it moving.")
        self.bad_leaver = NumberEdit("none")
        add_row(
            form,
            "Bad-leaver discount (%)",
            self.bad_leaver,
            "How much less a party forced out for its own breach is paid. Some laws cut a discount "
            "that is out of proportion to the harm.",
        )
        self.lock_in = _months(120)
        self.lock_in_label = add_row(form, "Loc&k-in", self.lock_in, "How long no party may sell its stake.")
        self.first_right = EnumCombo(FirstRight)
        self.first_right_label = add_row(
            form,
            "Before selling to outsiders",
            self.first_right,
            "Whether a party selling its stake must first offer it to the others (a right of first refusal).",
        )
        self.tag_along = QCheckBox("Minority owners may join a sale (&tag-along)")
        self.tag_label = add_row(
            form,
            "Tag-along",
            self.tag_along,
            "If a big owner sells, a small owner may sell its shares to the same buyer on the same terms.",
        )
        self.drag = QSpinBox()
        self.drag.setRange(51, 100)
        self.drag.setSuffix(" %")
        self.drag_label = add_row(
            form,
            "Drag-along from",
            self.drag,
            "Owners holding at least this share may make the others sell with them to a buyer. "
            "Set it above the largest single holding if no one owner should decide a sale alone.",
        )
        self.body_layout.addWidget(self.exit_box)
        self.body_layout.addStretch(1)
        self.watch(self.start, self.kind, self.length, self.renewal, self.notice, self.cure, self.convenience)
        self.watch(self.convenience_days, self.control, self.valuation, self.lock_in, self.first_right, self.tag_along)
        self.watch(self.drag)
        self.watch(*self.triggers.values())
        self.watch(self.formula, self.multiple, self.expert, self.timetable)
        self.kind.currentIndexChanged.connect(self._show_dependent)
        self.valuation.currentIndexChanged.connect(self._show_dependent)
        self.convenience.toggled.connect(self._show_dependent)

    def _apply_model(self, model: AllianceModel) -> None:
        self.exit_box.setVisible(model in EXIT_MODELS)
        owned = model in OWNERSHIP_MODELS
        for widget in (self.lock_in, self.lock_in_label, self.first_right, self.first_right_label):
            widget.setVisible(owned)
        self.tag_along.setVisible(owned)
        self.tag_label.setVisible(owned)
        self.drag.setVisible(owned)
        self.drag_label.setVisible(owned)

    def _show_dependent(self) -> None:
        kind = self.kind.value()
        timed = kind in {TermKind.FIXED, TermKind.INITIAL_PLUS_RENEWAL}
        renews = kind is TermKind.INITIAL_PLUS_RENEWAL
        convenience = self.convenience.isChecked()
        by_formula = self.valuation.value() is Valuation.FORMULA
        for widget, shown in (
            (self.length, timed), (self.length_label, timed), (self.renewal, renews), (self.renewal_label, renews),
            (self.notice, renews), (self.notice_label, renews),
            (self.convenience_days, convenience), (self.convenience_label, convenience),
            (self.formula, by_formula), (self.formula_label, by_formula),
            (self.multiple, by_formula), (self.multiple_label, by_formula),
        ):  # fmt: skip
            widget.setVisible(shown)

    def _load(self, terms: AgreementTerms) -> None:
        self._term, self._termination = terms.term, terms.termination
        self._exit, self._transfer = terms.exit, terms.transfer
        start = terms.term.effective_date or dt.date.today()
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.kind.set_value(terms.term.kind)
        self.length.setValue(terms.term.length_months or 36)
        self.renewal.setValue(terms.term.renewal_months or 12)
        self.notice.setValue(terms.term.non_renewal_notice_days)
        self.cure.setValue(terms.termination.breach_cure_days)
        self.convenience.setChecked(terms.termination.convenience.allowed)
        self.convenience_days.setValue(terms.termination.convenience.notice_days)
        self.control.set_value(terms.termination.change_of_control)
        exit_terms = terms.exit or ExitTerms()
        for trigger, check in self.triggers.items():
            check.setChecked(trigger in exit_terms.triggers)
        self.valuation.set_value(exit_terms.valuation)
        self.formula.set_value(exit_terms.formula or ValuationFormula.EBITDA_MULTIPLE)
        self.multiple.setText(decimal_text(exit_terms.multiple))
        self.expert.setText(exit_terms.expert)
        self.timetable.setValue(exit_terms.timetable_days)
        self.bad_leaver.setText(decimal_text(exit_terms.bad_leaver_discount_percent))
        transfer = terms.transfer or TransferRestrictions()
        self.lock_in.setValue(transfer.lock_in_months or 0)
        self.first_right.set_value(transfer.first_right)
        self.tag_along.setChecked(transfer.tag_along)
        self.drag.setValue(round(transfer.drag_threshold_percent))
        self._show_dependent()

    def read(self) -> dict[str, Any]:
        date = self.start.date()
        kind = self.kind.value()
        term: Term = updated(
            self._term,
            effective_date=dt.date(date.year(), date.month(), date.day()),
            kind=kind,
            # A hidden field keeps its value, so switching the kind back and forth loses nothing.
            length_months=self.length.value() if self.length.isVisibleTo(self) else self._term.length_months,
            renewal_months=self.renewal.value() if self.renewal.isVisibleTo(self) else self._term.renewal_months,
            non_renewal_notice_days=self.notice.value(),
        )
        convenience: ConvenienceTermination = updated(
            self._termination.convenience,
            allowed=self.convenience.isChecked(),
            notice_days=self.convenience_days.value(),
        )
        termination: Termination = updated(
            self._termination,
            breach_cure_days=self.cure.value(),
            convenience=convenience,
            change_of_control=self.control.value(),
        )
        result: dict[str, Any] = {"term": term, "termination": termination, "exit": None, "transfer": None}
        if self.model in EXIT_MODELS:
            checked = [trigger for trigger, check in self.triggers.items() if check.isChecked()]
            # Keep the order the draft lists its triggers in; newly ticked ones follow.
            previous = self._exit.triggers if self._exit else ()
            triggers = tuple(t for t in previous if t in checked) + tuple(t for t in checked if t not in previous)
            valuation = self.valuation.value()
            exit_terms = self._exit or ExitTerms()
            by_formula = valuation is Valuation.FORMULA
            result["exit"] = updated(
                exit_terms,
                triggers=triggers,
                valuation=valuation,
                formula=self.formula.value() if by_formula else exit_terms.formula,
                multiple=parse_decimal(self.multiple.text()) if by_formula else exit_terms.multiple,
                expert=self.expert.text().strip(),
                timetable_days=self.timetable.value(),
                bad_leaver_discount_percent=parse_decimal(self.bad_leaver.text()),
            )
        if self.model in OWNERSHIP_MODELS:
            result["transfer"] = updated(
                self._transfer or TransferRestrictions(),
                lock_in_months=self.lock_in.value() or None,
                first_right=self.first_right.value(),
                tag_along=self.tag_along.isChecked(),
                drag_threshold_percent=self._drag_percent(),
            )
        return result

    def _drag_percent(self) -> Decimal:
        """The threshold as shown, keeping a stored fraction (66.7%) the whole-number box
        rounds, unless the user changed it."""
        stored = (self._transfer or TransferRestrictions()).drag_threshold_percent
        shown = Decimal(self.drag.value())
        return stored if round(stored) == shown else shown

    def check(self) -> dict[str, str]:
        return {}
