"""The draft editor: a list of steps, the wizard and the live preview side by side,
plus saving, autosaving (on every page change and after a short pause) and the
unsaved-changes question."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMessageBox, QSplitter, QVBoxLayout, QWidget

from drafting.engine.isolation import prestart_isolation
from drafting.terms import AgreementTerms
from ui.labels import model_name
from ui.preview import PreviewPane
from ui.progress import ResumeStore, StepProgress
from ui.store import DraftStore, storage_error_types
from ui.widgets import describe
from ui.wizard.wizard import AgreementWizard

AUTOSAVE_IDLE_MS = 2000
#: Narrower than this (a 1024-pixel screen), the wizard needs the preview's room.
NARROW_WIDTH = 1150
#: The preview never narrower than this to make room for the wizard.
PREVIEW_AT_LEAST = 240
BANNER_STYLE = "background: #fff4ce; color: #4a3b00; padding: 6px 10px; border-bottom: 1px solid #d9a400;"
#: The articles each wizard page writes, by the wizard's attribute name: the preview
#: scrolls to the first one present when that page is shown. () means the cover and
#: parties at the top; pages not listed leave the preview where the reader left it.
PREVIEW_SECTIONS: dict[str, tuple[str, ...]] = {
    "basics": (),
    "parties": (),
    "scope": ("scope",),
    "contributions": ("contributions", "schedule.contributions"),
    "deal": ("company", "investment", "licence", "distribution", "co_marketing", "consortium", "data", "project"),
    "governance": ("governance",),
    "ip": ("ip",),
    "confidentiality": ("confidentiality",),
    "sharing": ("financial",),
    "term": ("term", "termination"),
    "disputes": ("disputes",),
}


class DraftEditor(QWidget):
    """Edits one draft at a time. ``closed`` asks the window to go back to the library."""

    closed = Signal()
    saved = Signal(str)
    status_message = Signal(str)
    #: The preview was shown or hidden by the editor itself (a window too narrow for it).
    preview_toggled = Signal(bool)

    def __init__(self, store: DraftStore, export_folder: Path, *, read_only: bool = False) -> None:
        super().__init__()
        self.store = store
        self.read_only = read_only
        self.draft_id: str | None = None
        self.autosave_key: str | None = None
        self.dirty = False
        self.overrides: dict[str, str] = {}
        self.steps = QListWidget()
        self.steps.setMaximumWidth(210)
        describe(self.steps, "Steps", "The steps of the wizard. Select one to go to it.")
        self.wizard = AgreementWizard(export_folder)
        self.step_label = QLabel()
        self.step_label.setStyleSheet("font-weight: bold; padding: 4px 8px;")
        self.progress = StepProgress(self.wizard, self.steps, self.step_label)
        #: Where each draft was left (set by the main window, which owns the settings).
        self.resume: ResumeStore | None = None
        self.preview = PreviewPane()
        self.preview.set_source(self.current_terms)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.steps)
        wizard_column = QWidget()
        column = QVBoxLayout(wizard_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.step_label)
        column.addWidget(self.wizard, 1)
        splitter.addWidget(wizard_column)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([160, 660, 460])
        self.splitter = splitter
        self._preview_auto_hidden = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setAccessibleName("Which version is open")
        self.banner.hide()
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(AUTOSAVE_IDLE_MS)
        self.idle.timeout.connect(self.autosave_now)
        self.wizard.edited.connect(self._edited)
        self.wizard.step_changed.connect(self._step_changed)
        self.wizard.finished.connect(self._wizard_finished)
        self.wizard.close_requested.connect(self._close_requested)
        self.steps.itemActivated.connect(self._step_chosen)
        self.steps.itemClicked.connect(self._step_chosen)
        self.wizard.basics.changed.connect(self._fill_steps)
        self.wizard.export.before_export = self._prepare_export
        self.wizard.export.exported.connect(self._record_exports)
        #: The saved version the export under way is of: (draft id, version number).
        self._exporting: tuple[str, int] | None = None

    # --- fitting the window ------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        """Below ``NARROW_WIDTH`` the preview steps aside so the wizard's tables and fields
        fit (View > Preview brings it back); it returns when the window is wide again."""
        super().resizeEvent(event)
        narrow = self.width() < NARROW_WIDTH
        if narrow and self.preview.isVisibleTo(self):
            self._preview_auto_hidden = True
            self.preview.hide()
            self.preview_toggled.emit(False)
        elif not narrow and self._preview_auto_hidden:
            self._preview_auto_hidden = False
            self.preview.show()
            self.preview_toggled.emit(True)
        self._give_the_wizard_room()  # the layout has already resized the splitter

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        QTimer.singleShot(0, self._give_the_wizard_room)

    def _give_the_wizard_room(self) -> None:
        """The wizard as wide as its widest table, taken from the preview (kept readable)."""
        sizes = self.splitter.sizes()
        if len(sizes) != 3 or not self.preview.isVisibleTo(self):
            return
        deficit = min(self.wizard.needed_width - sizes[1], sizes[2] - PREVIEW_AT_LEAST)
        if deficit > 0:
            self.splitter.setSizes([sizes[0], sizes[1] + deficit, sizes[2] - deficit])

    def show_preview(self, shown: bool) -> None:
        """The user's own choice (View > Preview), which the width no longer overrides."""
        self._preview_auto_hidden = False
        self.preview.setVisible(shown)

    # --- opening -------------------------------------------------------------------------
    def open(self, terms: AgreementTerms, draft_id: str | None, *, autosave_key: str | None = None) -> None:
        # Read before loading: loading shows the first page, which is remembered as the latest.
        resume_at = self.resume.page_of(draft_id) if self.resume is not None and draft_id else None
        self.draft_id = draft_id
        self.autosave_key = autosave_key
        self.banner.hide()
        self.wizard.load(terms)
        self.wizard.show()  # QWizard hides itself when finished, as every QDialog does
        self.dirty = autosave_key is not None
        self.overrides = self._clause_overrides()
        if self.overrides:
            prestart_isolation()  # Windows and macOS: the override worker starts meanwhile
        self.preview.overrides = self.overrides
        self.wizard.export.overrides = self.overrides
        self._fill_steps()
        self.preview.show_section(())  # a new draft starts at its cover
        self.preview.show_terms(terms)
        self.progress.reset(resume_at or 0)
        if resume_at:
            self.wizard.jump_to(resume_at)  # where the user left this draft

    def focus_first_field(self) -> None:
        """Put the cursor in the open page's first field, once the editor is on screen (the
        wizard's own attempt, on loading, came while it was hidden)."""
        wizard = self.wizard
        QTimer.singleShot(0, lambda: wizard.focus_current_page())

    def open_version(self, terms: AgreementTerms, draft_id: str, number: int, saved_at: str) -> None:
        """Show an earlier version as the draft's current terms, unsaved until the user saves."""
        self.open(terms, draft_id)
        self.dirty = True
        self.banner.setText(
            f"<b>Version {number}</b> (saved {saved_at}) is open as the current terms. It is not saved: "
            "Save makes it the newest version; closing without saving keeps the draft as it was."
        )
        self.banner.show()
        self.status_message.emit(f"Opened version {number}; not saved yet.")

    def _clause_overrides(self) -> dict[str, str]:
        """The lawyer's own clause wording kept with the drafts; read afresh for each draft."""
        try:
            return dict(self.store.clause_overrides())
        except storage_error_types() as error:
            self.status_message.emit(f"Your edited clauses could not be read; the standard wording is used: {error}")
            return {}

    def title(self) -> str:
        terms = self.current_terms()
        if terms is None:
            return "Draft"
        names = " / ".join(party.short_name for party in terms.parties[:3])
        return f"{terms.title or model_name(terms.model)} — {names}"

    def current_terms(self) -> AgreementTerms | None:
        return self.wizard.collect()[0]

    # --- steps list ----------------------------------------------------------------------
    def _fill_steps(self) -> None:
        self.steps.blockSignals(True)
        self.steps.clear()
        for page_id in self.wizard.applicable_ids():
            item = QListWidgetItem(self.wizard.page(page_id).title())
            item.setData(Qt.ItemDataRole.UserRole, page_id)
            self.steps.addItem(item)
        self.steps.blockSignals(False)
        self._mark_step(self.wizard.currentId())
        self.progress.refresh()

    def _mark_step(self, page_id: int) -> None:
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == page_id:
                self.steps.blockSignals(True)
                self.steps.setCurrentRow(row)
                self.steps.blockSignals(False)

    def _step_chosen(self, item: QListWidgetItem) -> None:
        choosing = self.steps.hasFocus()
        self.wizard.jump_to(int(item.data(Qt.ItemDataRole.UserRole)))
        if choosing:  # the wizard focuses the page's first field; a keyboard user browsing steps stays here
            QTimer.singleShot(0, self.steps.setFocus)

    def _step_changed(self, page_id: int) -> None:
        self._mark_step(page_id)
        self.progress.refresh()
        if self.resume is not None and self.draft_id and page_id >= 0:
            self.resume.remember(self.draft_id, page_id)
        page = self.wizard.page(page_id)
        for name, sections in PREVIEW_SECTIONS.items():
            if getattr(self.wizard, name) is page:
                self.preview.show_section(sections)
        if self.dirty:
            self.autosave_now()
        self.preview.schedule()

    # --- saving --------------------------------------------------------------------------
    def _edited(self) -> None:
        self.dirty = True
        self.progress.refresh()
        self.idle.start()
        self.preview.schedule()

    def autosave_now(self) -> bool:
        self.idle.stop()
        if not self.dirty or self.read_only:
            return False
        terms = self.current_terms()
        if terms is None:
            return False
        try:
            # A never-saved draft is known by its autosave key ("new-..."), passed back each time.
            self.autosave_key = self.store.put_autosave(self.draft_id or self.autosave_key, terms)
        except storage_error_types() as error:
            self.status_message.emit(f"Autosave failed: {error}")
            return False
        return True

    def save(self) -> bool:
        """Save a new version; False (with the reason in the status bar) if it cannot be saved."""
        if self.read_only:
            self.status_message.emit("This window is read-only: another Pactwright has the drafts open.")
            return False
        terms, problems = self.wizard.collect()
        if terms is None:
            first = problems[0] if problems else None
            self.status_message.emit(f"Not saved yet: {first}" if first else "Not saved: the draft has problems.")
            return False
        try:
            if self.draft_id is None:
                summary: Any = self.store.create(terms, title=terms.title)
                self.draft_id = str(getattr(summary, "id", summary))
            else:
                self.store.save(self.draft_id, terms)
            if self.autosave_key:
                self.store.clear_autosave(self.autosave_key)
        except storage_error_types() as error:
            self.status_message.emit(f"Not saved: {error}")
            return False
        self.autosave_key = None
        self.dirty = False
        self.idle.stop()
        self.banner.hide()
        self.status_message.emit("Saved.")
        self.saved.emit(self.draft_id)
        return True

    # --- exports -----------------------------------------------------------------------
    def _prepare_export(self) -> dict[str, Any] | None:
        """Save first, so that what is exported is a saved version (recorded in its
        history, and dated with the version's own moment so it can be re-created)."""
        self._exporting = None
        if self.read_only:
            return {}  # nothing can be saved or recorded: export the terms as they are
        if (self.dirty or self.draft_id is None) and not self.save():
            return None
        assert self.draft_id is not None
        try:
            latest = self.store.history(self.draft_id)[-1]
        except storage_error_types() as error:
            self.status_message.emit(f"Not exported: the draft's versions could not be read: {error}")
            return None
        self._exporting = (self.draft_id, latest.number)
        return {"created": latest.saved_at}

    def _record_exports(self, written: list[Path]) -> None:
        if self._exporting is None or not written:
            return
        draft_id, number = self._exporting
        self._exporting = None
        from storage.export_history import records_for  # with the writers, on the first export

        options = self.wizard.export.last_options
        records = records_for(
            draft_id,
            number,
            written,
            comments=bool(options.get("comments", True)),
            draft=bool(options.get("draft", False)),
            paper=options.get("paper"),
            overrides=self.overrides,
        )
        try:
            for record in records:
                self.store.record_export(record)
        except storage_error_types() as error:
            self.status_message.emit(f"Exported, but the export could not be recorded in the history: {error}")

    def confirm_close(self) -> bool:
        """True when the editor may close: nothing unsaved, or the user chose what to do."""
        if not self.dirty or self.read_only:
            return True
        answer = QMessageBox.question(
            self,
            "Unsaved changes",
            "This draft has changes that are not saved yet. Save them before closing?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()
            return True
        return False

    def discard(self) -> None:
        if self.autosave_key:
            try:
                self.store.clear_autosave(self.autosave_key)
            except storage_error_types():
                pass
        self.autosave_key = None
        self.dirty = False
        self.idle.stop()

    def _close_requested(self) -> None:
        if self.confirm_close():
            self.closed.emit()

    def _wizard_finished(self, _result: int) -> None:
        if self.dirty:
            self.save()
        self.closed.emit()
