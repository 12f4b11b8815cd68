"""The agreement wizard: the pages in order, model-dependent branching, merging the
pages' parts into one ``AgreementTerms`` and jumping to the page that fixes a finding."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from drafting.law.suggest import suggest_currency
from drafting.review.dropped import clear_dropped, dropped_answers, dropped_items
from drafting.terms import AgreementTerms, AllianceModel
from drafting.validation import Problem, problems_from_error
from ui.findings import Issue, collect_issues
from ui.glossary import attach
from ui.wizard.base import WIZARD_BUTTONS, TermsPage, has_money, updated
from ui.wizard.basics import BasicsPage
from ui.wizard.confidentiality import ConfidentialityPage
from ui.wizard.contribution_table import PartyContributions
from ui.wizard.contributions import ContributionsPage
from ui.wizard.deal import DealPage
from ui.wizard.disputes import DisputesPage
from ui.wizard.export_page import ExportPage
from ui.wizard.governance import GovernancePage
from ui.wizard.ip import IpPage
from ui.wizard.parties import PartiesPage
from ui.wizard.party_refs import follow_renames, rename_references
from ui.wizard.review import ReviewPage
from ui.wizard.scope import ScopePage
from ui.wizard.sharing import SharingPage
from ui.wizard.table_keys import enter_in_table
from ui.wizard.term import TermPage
from ui.wizard.undo import EditHistory

#: The wizard's own margins, a page's group box and its scroll bar around a field.
PAGE_CHROME = 100  # measured: 98 px between the wizard and a contributions table


class AgreementWizard(QWizard):
    """Emits ``edited`` on every change the user makes, ``step_changed`` on page changes
    and ``close_requested`` when the user presses Escape."""

    edited = Signal()
    step_changed = Signal(int)
    close_requested = Signal()

    def __init__(self, export_folder: Path) -> None:
        super().__init__()
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.IndependentPages, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.basics = BasicsPage()
        self.parties = PartiesPage()
        self.scope = ScopePage()
        self.contributions = ContributionsPage()
        self.deal = DealPage()
        self.governance = GovernancePage()
        self.ip = IpPage()
        self.confidentiality = ConfidentialityPage()
        self.sharing = SharingPage()
        self.term = TermPage()
        self.disputes = DisputesPage()
        self.review = ReviewPage(self.issues)
        self.export = ExportPage(self.terms_for_export, export_folder)
        self.pages: list[TermsPage] = [
            self.basics, self.parties, self.scope, self.contributions, self.deal, self.governance, self.ip,
            self.confidentiality, self.sharing, self.term, self.disputes, self.review, self.export,
        ]  # fmt: skip
        for page_id, page in enumerate(self.pages):
            self.setPage(page_id, page)
            page.changed.connect(self.edited)
        self.setStartId(0)
        self._base: AgreementTerms | None = None
        self._names_by_card: dict[int, str] = {}
        self._renames: dict[str, str] = {}
        self.parties.changed.connect(self._parties_edited)
        self.basics.changed.connect(self._basics_edited)
        self.basics.clear_requested.connect(self.clear_dropped_answers)
        self.review.jump_requested.connect(self.jump_to_path)
        self.review.key_terms.terms_source = lambda: (self.collect()[0], self.export.overrides)
        self.currentIdChanged.connect(self._entered)
        self.history = EditHistory(self)
        #: As wide as the widest page needs (a party's contributions table): the editor
        #: gives the wizard that room before the preview's, so nothing is clipped.
        probe = PartyContributions("", "EUR")
        self.needed_width = probe.needed_width + PAGE_CHROME
        probe.deleteLater()
        #: The plain explanations, glossary "?" and big-effect warnings under the fields.
        self.help_lines = attach(
            {name: getattr(self, name) for name in ("basics", "parties", "scope", "contributions", "deal",
                                                     "governance", "ip", "confidentiality", "sharing", "term",
                                                     "disputes")}
        )  # fmt: skip

    # --- loading and collecting ----------------------------------------------------------
    def load(self, terms: AgreementTerms) -> None:
        self._base = terms
        self._renames = {}
        for page in self.pages:
            page.load(terms)
        self._names_by_card = self._card_names()
        self.restart()
        self.history.reset(terms)
        self._show_dropped()

    def reload(self, terms: AgreementTerms) -> None:
        """Show ``terms`` (an undo or redo step) on every page, staying on the current one."""
        self._base = terms
        self._renames = {}
        for page in self.pages:
            page.load(terms)
        self._names_by_card = self._card_names()
        current = self.currentPage()
        if isinstance(current, TermsPage):
            current.set_model(self.model())
            current.set_parties(self.parties.current_names())
        self._show_dropped()
        self.edited.emit()

    def collect(self) -> tuple[AgreementTerms | None, list[Problem]]:
        """The terms as the pages show them now, or the problems that stop them fitting the model."""
        if self._base is None:
            return None, [Problem("", "no draft is open")]
        merged: dict[str, Any] = dict(self._base)
        problems: list[Problem] = []
        licence_grant: Any = None
        for page in self.pages:
            if not page.applies_to(self.model()) and page is not self.basics:
                continue
            try:
                part = page.read()
            except ValidationError as error:
                problems.extend(_prefixed(page, problem) for problem in problems_from_error(error))
                continue
            except ValueError as error:
                problems.append(Problem(page.paths[0] if page.paths else "", str(error)))
                continue
            licence_grant = part.pop("licence_grant", licence_grant)
            merged.update(part)
        if problems:
            return None, problems
        if isinstance(merged.get("ip"), BaseModel):
            merged["ip"] = updated(merged["ip"], licence_grant=licence_grant)
        data = {key: value.model_dump() if isinstance(value, BaseModel) else value for key, value in merged.items()}
        data = rename_references(_plain(data), self._renames)
        try:
            return AgreementTerms.model_validate(data), []
        except ValidationError as error:
            return None, problems_from_error(error)

    def issues(self) -> list[Issue]:
        terms, problems = self.collect()
        return collect_issues(terms, problems)

    def terms_for_export(self) -> AgreementTerms | None:
        return self.collect()[0]

    # --- navigation ----------------------------------------------------------------------
    def model(self) -> AllianceModel:
        return self.basics.chosen_model()

    def applicable_ids(self) -> list[int]:
        model = self.model()
        return [page_id for page_id, page in enumerate(self.pages) if page.applies_to(model)]

    def nextId(self) -> int:  # noqa: N802 (Qt override)
        later = [page_id for page_id in self.applicable_ids() if page_id > self.currentId()]
        return later[0] if later else -1

    def jump_to(self, page_id: int) -> None:
        """Go to any page: back through history, or forward page by page."""
        if page_id not in self.applicable_ids():
            return
        while self.currentId() > page_id and self.visitedIds() and self.visitedIds()[0] != self.currentId():
            self.back()
        while self.currentId() < page_id and self.nextId() != -1:
            self.next()

    def page_for_path(self, path: str) -> int | None:
        for page_id, page in enumerate(self.pages):
            if page.applies_to(self.model()) and page.fixes(path):
                return page_id
        return None

    def jump_to_path(self, path: str) -> None:
        """Go to the page that fixes ``path`` and put the cursor in its field."""
        page_id = self.page_for_path(path)
        if page_id is not None:
            self.jump_to(page_id)
            page = self.pages[page_id]
            # After the page's own "focus the first field" (also queued), so the field wins.
            QTimer.singleShot(0, lambda: page.focus_field(path) if self.currentPage() is page else None)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Enter in a table or one of its cells edits or moves down, as in a spreadsheet;
        QDialog would press the default button (Next) and leave the page half typed."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and enter_in_table(QApplication.focusWidget()):
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Escape: ask what to do with unsaved work, as Quit and Close do; QDialog would
        close the wizard at once (and the editor then saved without asking)."""
        self.close_requested.emit()

    # --- keeping pages in step -----------------------------------------------------------
    def _entered(self, page_id: int) -> None:
        page = self.page(page_id)
        if isinstance(page, TermsPage):
            page.set_model(self.model())
            page.set_parties(self.parties.current_names())
            if page is self.confidentiality:
                self.confidentiality.show_competitor_fields(self.basics.competitors.isChecked())
            if page is self.disputes:
                self.disputes.suggest_from(self.parties.current_jurisdictions())
            currency = self.default_currency()
            if currency:
                page.offer_currency(currency)
            page.recheck()
            page.entered()
            # Once the page is laid out: until then its fields have no positions to put in
            # reading order (and QWizard moves the focus about while it switches pages).
            QTimer.singleShot(0, lambda: self._focus_first_field(page))
        self.step_changed.emit(page_id)

    def default_currency(self) -> str:
        """The currency the user last typed anywhere, else the parties' country's ("" if
        neither says): what empty amounts on the next page show."""
        when, code = max((page.typed_currency() for page in self.pages), default=(0, ""))
        if when and len(code) == 3:
            return code
        if self._base is not None and has_money(self._base):
            return ""  # the draft priced something already: its currency stands
        return suggest_currency(self.parties.current_jurisdictions()) or ""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt override)
        """Tab moves along Back / Next / Finish, then out of the wizard (Shift+Tab from the
        first button goes back to the page's last field), never round in a loop."""
        buttons = [
            button
            for button in (self.button(which) for which in WIZARD_BUTTONS)
            if button.isVisible() and button.isEnabled()
        ]
        focus = QApplication.focusWidget()
        page = self.currentPage()
        if focus is not None and not focus.isVisible() and isinstance(page, TermsPage) and page.isAncestorOf(focus):
            # QWizard hides and re-shows its page frame when a page's completeness changes
            # (each keystroke that makes a field valid or not): Qt then asks to move the
            # focus on. The field is back a moment later, so keep typing where the user is.
            QTimer.singleShot(0, lambda: self._focus_first_field(page) if not focus.isVisible() else None)
            return True
        if focus not in buttons:
            return super().focusNextPrevChild(forward)
        target = buttons.index(focus) + (1 if forward else -1)
        if 0 <= target < len(buttons):
            buttons[target].setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
            return True
        last = page.last_field() if isinstance(page, TermsPage) else None
        if not forward and last is not None:
            last.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        widget: QWidget | None = focus.nextInFocusChain() if focus is not None else None
        while widget is not None and widget is not focus:
            if (
                not self.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and (widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            widget = widget.nextInFocusChain()
        return super().focusNextPrevChild(forward)

    def focus_current_page(self) -> None:
        page = self.currentPage()
        if isinstance(page, TermsPage):
            self._focus_first_field(page)

    def _focus_first_field(self, page: TermsPage) -> None:
        if self.currentPage() is page and self.isVisible():
            page.focus_first_field()

    def _basics_edited(self) -> None:
        for page in self.pages:
            page.set_model(self.model())
        self._show_dropped()

    def _show_dropped(self) -> None:
        """Name, under the agreement type, the answers the chosen type cannot draft."""
        terms, _problems = self.collect()
        self.basics.show_dropped(dropped_items(terms) if terms is not None else [])

    def clear_dropped_answers(self) -> None:
        """Remove the answers the chosen type cannot draft (one step Undo takes back)."""
        terms, _problems = self.collect()
        if terms is not None and dropped_answers(terms):
            self.reload(clear_dropped(terms))
            self._show_dropped()

    def _card_names(self) -> dict[int, str]:
        return {id(card): card.short_name.text().strip() for card in self.parties.cards}

    def _parties_edited(self) -> None:
        current = self._card_names()
        step = {
            old: current[key]
            for key, old in self._names_by_card.items()
            if key in current and current[key] and old and current[key] != old
        }
        if step:
            self._renames = follow_renames(self._renames, step)
            for page in self.pages:
                if page is not self.parties:
                    page.rename_parties(step)
        self._names_by_card = current
        names = self.parties.current_names()
        for page in self.pages:
            if page is not self.parties:
                page.set_parties(names)


def _prefixed(page: TermsPage, problem: Problem) -> Problem:
    prefix = page.paths[0] if page.paths else ""
    return Problem(f"{prefix}.{problem.path}" if prefix and problem.path else prefix or problem.path, problem.message)


def _plain(data: Any) -> Any:
    if isinstance(data, BaseModel):
        return _plain(data.model_dump())
    if isinstance(data, dict):
        return {key: _plain(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [_plain(item) for item in data]
    return data
