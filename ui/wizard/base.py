"""The base of every wizard page: load terms into widgets, read them back as a part of
the terms, check the page inline and tell the wizard when anything was edited.

Pages never hand widgets to the domain: ``read()`` returns ``{top-level field: value}``
built from the widgets, and the wizard merges the parts into one ``AgreementTerms``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cmp_to_key
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel
from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from drafting.engine.blueprints import answers_drafted, drafts_field
from drafting.terms import AgreementTerms, AllianceModel
from ui.widgets import ErrorLine, MoneyEdit, PartyCombo, help_line
from ui.wizard.fields import resolve
from ui.wizard.membership import MembersTable
from ui.wizard.seats import SeatsTable
from ui.wizard.shares import SharesTable

ModelT = TypeVar("ModelT", bound=BaseModel)
#: The wizard's buttons in the order Tab visits them after a page's last field.
WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
)


def updated(original: ModelT, /, **changes: Any) -> ModelT:
    """A validated copy of ``model`` with ``changes`` (``model_copy`` would skip validation)."""
    return type(original).model_validate({**dict(original), **changes})


class TermsPage(QWizardPage):
    """One step of the wizard. Subclasses build widgets, then implement ``_load``,
    ``read`` and, where the page has rules of its own, ``check``."""

    changed = Signal()
    #: Finding paths starting with one of these prefixes are fixed on this page.
    paths: ClassVar[tuple[str, ...]] = ()
    #: Models this page is shown for; empty means every model.
    models: ClassVar[frozenset[AllianceModel]] = frozenset()
    #: Shown only for types whose clauses read one of ``paths`` (the blueprint's articles,
    #: computed from the templates): a partner network drafts no governance or IP article.
    drafted_only: ClassVar[bool] = False

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self._loading = False
        self._problems: dict[str, str] = {}
        self._error_lines: dict[str, ErrorLine] = {}
        #: Whether the user has edited this page (or was sent to one of its fields): until
        #: then what the page still needs is grey guidance, not red errors.
        self.touched = False
        self.model = AllianceModel.JOINT_VENTURE
        self.party_names: tuple[str, ...] = ()
        #: Widgets asked only where the type drafts one of their answers (``show_if_drafted``).
        self._drafted_widgets: list[tuple[tuple[str, ...], tuple[QWidget, ...]]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # A stop on the scroll area itself would be a nameless Tab stop before the first field.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll.setWidget(self.body)
        outer.addWidget(scroll)

    # --- what subclasses provide -----------------------------------------------------
    def _load(self, terms: AgreementTerms) -> None:
        raise NotImplementedError

    def read(self) -> dict[str, Any]:
        """This page's part of the terms; may raise ``ValueError`` on input it cannot use."""
        raise NotImplementedError

    def check(self) -> dict[str, str]:
        """Inline problems keyed by the error line they belong under; empty when complete."""
        return {}

    def entered(self) -> None:
        """Called each time the page is shown (``initializePage`` runs only the first time)."""

    def _apply_model(self, model: AllianceModel) -> None:
        """Show only the fields that apply to ``model``."""

    def offer_currency(self, code: str) -> None:
        """The currency the user last typed, or the one of the parties' country: amounts
        still empty take it (the user's own choices stay)."""
        for edit in self.findChildren(MoneyEdit):
            edit.offer_currency(code)

    def typed_currency(self) -> tuple[int, str]:
        """(when, code) of the currency the user last typed on this page; (0, "") if none."""
        typed = [(edit.typed_at, edit.currency.text().upper()) for edit in self.findChildren(MoneyEdit)]
        return max(typed, default=(0, ""))

    def _apply_parties(self, names: Sequence[str]) -> None:
        """Refresh every party picker on the page."""

    # --- used by the wizard ----------------------------------------------------------
    def applies_to(self, model: AllianceModel) -> bool:
        if self.models and model not in self.models:
            return False
        # A page shown only where the type drafts from its answers (see ``drafted_only``).
        return not self.drafted_only or any(path in answers_drafted(model) for path in self.paths)

    def fixes(self, path: str) -> bool:
        return any(path == prefix or path.startswith((f"{prefix}.", f"{prefix}[")) for prefix in self.paths)

    def field_widget(self, path: str) -> QWidget | None:
        """The widget on this page that edits the field ``path`` (a finding's target), if any."""
        return resolve(self, path)

    def focus_field(self, path: str) -> None:
        self.set_touched()
        widget = self.field_widget(path)
        if widget is not None and widget.isVisible() and widget.isEnabled():
            # A table of rows puts the cursor in the very row and column the path names.
            for owner in (widget, widget.parentWidget()):
                focus_path = getattr(owner, "focus_path", None)
                if callable(focus_path) and focus_path(path):
                    return
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def load(self, terms: AgreementTerms) -> None:
        self._loading = True
        try:
            self.set_model(terms.model)
            self.set_parties([party.short_name for party in terms.parties])
            self._load(terms)
        finally:
            self._loading = False
        self.recheck()

    def set_model(self, model: AllianceModel) -> None:
        self.model = model
        self._apply_model(model)
        for paths, widgets in self._drafted_widgets:
            shown = any(drafts_field(model, path) for path in paths)
            for widget in widgets:
                if widget.isHidden() == shown:  # only a change: an explicit show would re-lay the page
                    widget.setVisible(shown)

    def show_if_drafted(self, paths: tuple[str, ...], *widgets: QWidget) -> None:
        """Ask with ``widgets`` only where the type drafts one of ``paths`` (``scope.objectives``,
        ``contributions``): the same analysis of the clauses the review uses, so an answer
        the type drops can reach a draft only from another type or an import, and the review
        then reports it (``drafting.review.dropped``)."""
        self._drafted_widgets.append((paths, widgets))

    def set_parties(self, names: Sequence[str]) -> None:
        was_loading, self._loading = self._loading, True
        try:
            self.party_names = tuple(names)
            self._apply_parties(self.party_names)
        finally:
            self._loading = was_loading

    def rename_parties(self, renames: dict[str, str]) -> None:
        """A party's short name changed: pickers and share rows follow it."""
        for combo in self.findChildren(PartyCombo):
            combo.rename(renames)
        for table in self.findChildren(SharesTable):
            table.rename(renames)
        for seats in self.findChildren(SeatsTable):
            seats.rename(renames)
        for members in self.findChildren(MembersTable):
            members.rename(renames)

    def recheck(self) -> None:
        problems = self.check()
        for key, line in self._error_lines.items():
            line.show_problem(problems.get(key, ""))
        for line in self.findChildren(ErrorLine):
            line.set_urgent(self.touched)
        if problems != self._problems:
            self._problems = problems
            self.completeChanged.emit()

    def problems(self) -> dict[str, str]:
        return dict(self._problems)

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return not self._problems

    # --- keyboard ---------------------------------------------------------------------
    # Tab follows the page as it reads (top to bottom, left to right), whatever order the
    # widgets were made in (party cards and contribution tables come and go), and leaves
    # the page's last field for the wizard's Back / Next / Finish buttons.
    def fields_in_tab_order(self) -> list[QWidget]:
        """The page's widgets Tab stops at, in reading order."""
        fields: list[QWidget] = []
        widget: QWidget | None = self.nextInFocusChain()
        while widget is not None and widget is not self and widget not in fields:
            if (
                self.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                fields.append(widget)
            widget = widget.nextInFocusChain()
        return sorted(fields, key=cmp_to_key(self._reading_order))

    def _reading_order(self, first: QWidget, second: QWidget) -> int:
        a = QRect(first.mapTo(self, QPoint(0, 0)), first.size())
        b = QRect(second.mapTo(self, QPoint(0, 0)), second.size())
        if a.bottom() < b.center().y() and a.center().y() < b.top():
            return -1  # wholly above
        if b.bottom() < a.center().y() and b.center().y() < a.top():
            return 1
        return a.left() - b.left()  # on the same line

    def last_field(self) -> QWidget | None:
        fields = self.fields_in_tab_order()
        return fields[-1] if fields else None

    def focus_first_field(self) -> None:
        fields = self.fields_in_tab_order()
        if fields:
            fields[0].setFocus(Qt.FocusReason.TabFocusReason)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt override)
        fields = self.fields_in_tab_order()
        focus = QApplication.focusWidget()
        # The field itself, else the innermost field holding it: a share typed in a table
        # row is inside the table, which is a stop of its own before its rows.
        holders = [
            index
            for index, field in enumerate(fields)
            if focus is not None and (focus is field or field.isAncestorOf(focus))
        ]
        exact = [index for index in holders if fields[index] is focus]
        innermost = sorted(holders, key=lambda index: -_depth(fields[index]))
        at = exact[0] if exact else (innermost[0] if innermost else None)
        if at is None:
            return super().focusNextPrevChild(forward)
        target = at + (1 if forward else -1)
        if 0 <= target < len(fields):
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            fields[target].setFocus(reason)
            return True
        wizard = self.wizard()
        if forward and wizard is not None:
            for which in WIZARD_BUTTONS:
                button = wizard.button(which)
                if button.isVisible() and button.isEnabled():
                    button.setFocus(Qt.FocusReason.TabFocusReason)
                    return True
        return super().focusNextPrevChild(forward)

    # --- helpers for subclasses ------------------------------------------------------
    def error_line(self, key: str, name: str) -> ErrorLine:
        line = ErrorLine(name)
        self._error_lines[key] = line
        return line

    def add_help(self, text: str) -> None:
        self.body_layout.addWidget(help_line(text))

    def set_touched(self) -> None:
        if not self.touched:
            self.touched = True
            for line in self.findChildren(ErrorLine):
                line.set_urgent(True)

    def edited(self) -> None:
        if self._loading:
            return
        self.touched = True
        self.recheck()
        self.changed.emit()

    def watch(self, *widgets: QWidget) -> None:
        """Report every user edit of ``widgets`` as a change of the page."""
        for widget in widgets:
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.textChanged.connect(self.edited)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.edited)
                if widget.isEditable():
                    widget.editTextChanged.connect(self.edited)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self.edited)
            elif isinstance(widget, QSpinBox):
                widget.valueChanged.connect(self.edited)
            elif isinstance(widget, QDateEdit):
                widget.dateChanged.connect(self.edited)
            elif isinstance(widget, MoneyEdit):
                widget.changed.connect(self.edited)
            elif isinstance(widget, QTableWidget):
                widget.itemChanged.connect(self.edited)
            else:
                raise TypeError(f"cannot watch {type(widget).__name__}")


def _depth(widget: QWidget) -> int:
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth


def has_money(terms: AgreementTerms) -> bool:
    """Whether any amount of the draft is given (then its currency was chosen)."""

    def walk(value: Any) -> bool:
        if isinstance(value, dict):
            return ("amount" in value and "currency" in value) or any(walk(item) for item in value.values())
        if isinstance(value, list | tuple):
            return any(walk(item) for item in value)
        return False

    return walk(terms.model_dump(mode="json"))
