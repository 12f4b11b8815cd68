"""The main window: the draft library (home) and the draft editor, the menus with
standard shortcuts, recent drafts, and window geometry kept in QSettings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu, QMessageBox, QStackedWidget

from drafting.terms import AgreementTerms, AllianceModel
from drafting.version import __version__
from ui.advisor import AdvisorDialog
from ui.background import BACKUP_FAILED_MS, BackupJob, start_backup_if_due
from ui.drafts import blank_terms
from ui.editor import DraftEditor
from ui.export_settings import remember_export_folder
from ui.history import HistoryDialog
from ui.library import LibraryView
from ui.new_draft import NewDraftDialog
from ui.progress import ResumeStore
from ui.store import DraftStore, storage_error_types, summary_of, terms_of
from ui.widgets import literal

APP_TITLE = "Pactwright"
MAX_RECENT = 8


class MainWindow(QMainWindow):
    def __init__(self, store: DraftStore, settings: QSettings, export_folder: Path, *, read_only: bool = False) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.read_only = read_only
        self.library = LibraryView(store)
        self.editor = DraftEditor(store, export_folder, read_only=read_only)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library)
        self.stack.addWidget(self.editor)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self.library.open_requested.connect(self.open_draft)
        self.library.new_requested.connect(self.new_draft)
        self.library.advisor_requested.connect(self.choose_with_advisor)
        self.library.welcome.model_chosen.connect(self.start_blank)
        self.library.welcome.example_requested.connect(lambda: self.start_new(example=True))
        self.library.welcome.advisor_requested.connect(self.choose_with_advisor)
        remember_export_folder(self.editor.wizard.export, settings)
        self.editor.resume = ResumeStore(settings)
        self.library.duplicate_button.clicked.connect(self.duplicate_draft)
        self.library.rename_button.clicked.connect(self.rename_draft)
        self.library.delete_button.clicked.connect(self.delete_draft)
        self.library.restore_button.clicked.connect(self.restore_draft)
        self.library.history_button.clicked.connect(self.show_history)
        self.library.selection_changed.connect(self._update_actions)
        self.editor.closed.connect(self.show_library)
        self.editor.saved.connect(self._saved)
        self.editor.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.editor.wizard.edited.connect(self._update_title)
        self.editor.preview_toggled.connect(self.preview_action.setChecked)
        self.resize(1280, 800)
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.show_library()
        self.backup_job: BackupJob | None = None
        if read_only:
            self.statusBar().showMessage("Read-only: another Pactwright window has the drafts open.")

    def start_background_backup(self) -> None:
        """The daily backup, off the GUI thread; only a failure is mentioned (status bar)."""
        if not self.read_only:
            self.backup_job = start_backup_if_due(
                self.store, lambda message: self.statusBar().showMessage(message, BACKUP_FAILED_MS)
            )

    # --- menus ---------------------------------------------------------------------------
    def _action(
        self, text: str, slot: Any, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu("&File")
        self.new_action = self._action("&New draft…", self.new_draft, keys.New)
        self.open_action = self._action("&Open", self._open_selected, keys.Open)
        self.save_action = self._action("&Save", self.editor.save, keys.Save)
        self.export_action = self._action("&Export…", self.go_to_export, "Ctrl+E")
        self.close_action = self._action("&Close draft", self.close_draft, keys.Close)
        self.quit_action = self._action("&Quit", self.close, keys.Quit)
        self.recent_menu = QMenu("Open &recent", self)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        for action in (self.save_action, self.export_action, self.close_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        history = self.editor.wizard.history
        self.undo_action = self._action("&Undo", history.undo, keys.Undo)
        self.redo_action = self._action("&Redo", history.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        history.available.connect(self._update_actions)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.find_action = self._action("&Find drafts", self._focus_search, keys.Find)
        self.duplicate_action = self._action("&Duplicate", self.duplicate_draft, "Ctrl+D")
        self.rename_action = self._action("&Rename…", self.rename_draft, "F2")
        self.delete_action = self._action("Move to &trash", self.delete_draft, keys.Delete)
        self.restore_action = self._action("Re&store from trash", self.restore_draft)
        for action in (
            self.find_action,
            self.duplicate_action,
            self.rename_action,
            self.delete_action,
            self.restore_action,
        ):
            edit_menu.addAction(action)
        draft_menu = self.menuBar().addMenu("&Draft")
        self.history_action = self._action("&History…", self.show_history, "Ctrl+H")
        draft_menu.addAction(self.history_action)
        view_menu = self.menuBar().addMenu("&View")
        self.library_action = self._action("&Library", self.close_draft, "Ctrl+L")
        self.preview_action = self._action("&Preview", self._toggle_preview, "Ctrl+P")
        self.preview_action.setCheckable(True)
        self.preview_action.setChecked(True)
        view_menu.addAction(self.library_action)
        view_menu.addAction(self.preview_action)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self._action("Help me &choose a model…", self.choose_with_advisor))
        help_menu.addAction(self._action("&About Pactwright", self._about))
        self._fill_recent()

    def _update_actions(self) -> None:
        editing = self.stack.currentWidget() is self.editor
        selected = self.library.selected_id() is not None and not editing
        trash = self.library.show_trash.isChecked()
        self.save_action.setEnabled(editing and not self.read_only)
        self.export_action.setEnabled(editing)
        self.close_action.setEnabled(editing)
        self.undo_action.setEnabled(editing and self.editor.wizard.history.can_undo())
        self.redo_action.setEnabled(editing and self.editor.wizard.history.can_redo())
        self.library_action.setEnabled(editing)
        self.open_action.setEnabled(selected and not trash)
        for action in (self.duplicate_action, self.rename_action, self.delete_action):
            action.setEnabled(selected and not trash and not self.read_only)
        self.restore_action.setEnabled(selected and trash and not self.read_only)
        self.history_action.setEnabled(self._history_target() is not None)
        self.new_action.setEnabled(not self.read_only)

    def _update_title(self) -> None:
        if self.stack.currentWidget() is self.editor:
            marker = "*" if self.editor.dirty else ""
            self.setWindowTitle(f"{marker}{self.editor.title()} — {APP_TITLE}")
        else:
            self.setWindowTitle(APP_TITLE)

    # --- recent drafts -------------------------------------------------------------------
    def recent_ids(self) -> list[str]:
        value = self.settings.value("recent", [])
        if isinstance(value, str):
            return [value]
        return [str(item) for item in value] if isinstance(value, list | tuple) else []

    def _remember(self, draft_id: str) -> None:
        recent = [draft_id] + [other for other in self.recent_ids() if other != draft_id]
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self._fill_recent()

    def _fill_recent(self) -> None:
        """The File menu's recent drafts and the home screen's panel (trashed drafts left out)."""
        self.recent_menu.clear()
        try:
            summaries = {summary.id: summary for summary in self.store.list()}
        except storage_error_types():
            summaries = {}
        recent = []
        for draft_id in self.recent_ids():
            summary = summaries.get(draft_id)
            if summary is not None:
                recent.append((draft_id, summary.title or "Untitled draft", summary.modified))
                action = self.recent_menu.addAction(f"&{len(recent)} {literal(recent[-1][1])}")
                action.triggered.connect(lambda _checked=False, target=draft_id: self.open_draft(target))
        self.recent_menu.setEnabled(bool(recent))
        self.library.set_recent(recent)

    # --- screens -------------------------------------------------------------------------
    def show_library(self) -> None:
        self.stack.setCurrentWidget(self.library)
        self.library.refresh()
        self.library.focus_home()
        self._update_actions()
        self._update_title()

    def show_editor(self, terms: AgreementTerms, draft_id: str | None, *, autosave_key: str | None = None) -> None:
        self.editor.open(terms, draft_id, autosave_key=autosave_key)
        self.stack.setCurrentWidget(self.editor)
        self.editor.focus_first_field()
        self._update_actions()
        self._update_title()
        if draft_id:
            self._remember(draft_id)

    def _error(self, error: Exception) -> None:
        QMessageBox.warning(self, APP_TITLE, str(error))

    # --- actions -------------------------------------------------------------------------
    def new_draft(self) -> None:
        self.start_new()

    def start_new(self, *, model: AllianceModel | None = None, example: bool = False) -> None:
        """The new-draft dialog, opened on ``model`` or on the examples (the home screen's starts)."""
        if self.stack.currentWidget() is self.editor and not self.editor.confirm_close():
            return
        dialog = NewDraftDialog(self)
        if model is not None:
            dialog.model.set_value(model)
        if example and dialog.from_example.isEnabled():
            dialog.from_example.setChecked(True)
        if dialog.exec() and dialog.terms is not None:
            self.create_and_open(dialog.terms)

    def start_blank(self, model: AllianceModel) -> None:
        """A home-screen start: a blank draft of that type, straight into the wizard (the
        type is already chosen; the new-draft dialog would only ask it again)."""
        if self.stack.currentWidget() is self.editor and not self.editor.confirm_close():
            return
        self.create_and_open(blank_terms(model))

    def choose_with_advisor(self) -> None:
        dialog = AdvisorDialog(self)
        if dialog.exec() and dialog.chosen is not None:
            if self.stack.currentWidget() is self.editor and not self.editor.confirm_close():
                return
            self.create_and_open(blank_terms(dialog.chosen))

    def create_and_open(self, terms: AgreementTerms) -> None:
        try:
            summary = self.store.create(terms, title=terms.title)
        except storage_error_types() as error:
            self._error(error)
            return
        self.show_editor(terms, str(summary_of(summary).id))

    def _open_selected(self) -> None:
        draft_id = self.library.selected_id()
        if draft_id:
            self.open_draft(draft_id)

    def open_draft(self, draft_id: str) -> None:
        if self.stack.currentWidget() is self.editor:
            if self.editor.draft_id == draft_id:
                return
            if not self.editor.confirm_close():
                return
        try:
            terms = terms_of(self.store.get(draft_id))
        except storage_error_types() as error:
            self._error(error)
            return
        self.show_editor(terms, draft_id)

    def close_draft(self) -> None:
        if self.stack.currentWidget() is self.editor and self.editor.confirm_close():
            self.show_library()

    def go_to_export(self) -> None:
        wizard = self.editor.wizard
        wizard.jump_to(wizard.pages.index(wizard.export))

    def duplicate_draft(self) -> None:
        draft_id = self.library.selected_id()
        if draft_id:
            self._run(lambda: self.store.duplicate(draft_id), "Duplicated.")

    def rename_draft(self) -> None:
        draft_id = self.library.selected_id()
        item = self.library.tree.currentItem()
        if not draft_id or item is None:
            return
        title, ok = QInputDialog.getText(self, "Rename draft", "New &title:", text=item.text(0))
        if ok and title.strip():
            self._run(lambda: self.store.rename(draft_id, title.strip()), "Renamed.")

    def delete_draft(self) -> None:
        draft_id = self.library.selected_id()
        if draft_id:
            self._run(lambda: self.store.delete(draft_id), "Moved to the trash. Show the trash to restore it.")

    def restore_draft(self) -> None:
        draft_id = self.library.selected_id()
        if draft_id:
            self._run(lambda: self.store.restore(draft_id), "Restored.")

    def _run(self, operation: Any, done: str) -> None:
        try:
            operation()
        except storage_error_types() as error:
            self._error(error)
            return
        self.statusBar().showMessage(done, 6000)
        self.library.refresh()
        self._fill_recent()

    # --- history ------------------------------------------------------------------------
    def _history_target(self) -> str | None:
        if self.stack.currentWidget() is self.editor:
            return self.editor.draft_id
        return None if self.library.show_trash.isChecked() else self.library.selected_id()

    def history_dialog(self, draft_id: str) -> HistoryDialog:
        editing = self.stack.currentWidget() is self.editor and self.editor.draft_id == draft_id
        title = next((summary.title for summary in self.store.list() if summary.id == draft_id), "") or "Untitled draft"
        dialog = HistoryDialog(
            self.store,
            draft_id,
            title,
            # Unsaved edits are "the draft as it stands"; otherwise that is the newest version.
            current_terms=lambda: self.editor.current_terms() if editing and self.editor.dirty else None,
            overrides=self.editor.overrides if editing else self._overrides(),
            read_only=self.read_only,
            export_folder=self.editor.wizard.export.folder_path(),
            parent=self,
        )
        dialog.open_requested.connect(lambda terms, number, saved: self.open_version(draft_id, terms, number, saved))
        dialog.restored.connect(self._version_restored)
        return dialog

    def show_history(self) -> None:
        draft_id = self._history_target()
        if draft_id is not None:
            self.history_dialog(draft_id).exec()

    def open_version(self, draft_id: str, terms: AgreementTerms, number: int, saved_at: str) -> None:
        if self.stack.currentWidget() is self.editor and not self.editor.confirm_close():
            return
        self.editor.open_version(terms, draft_id, number, saved_at)
        self.stack.setCurrentWidget(self.editor)
        self._remember(draft_id)
        self._update_actions()
        self._update_title()

    def _version_restored(self, draft_id: str) -> None:
        self.library.refresh()
        if self.stack.currentWidget() is self.editor and self.editor.draft_id == draft_id:
            self.editor.discard()  # the user was warned: the restored version replaces unsaved edits
            try:
                terms = terms_of(self.store.get(draft_id))
            except storage_error_types() as error:
                self._error(error)
                return
            self.show_editor(terms, draft_id)
        self.statusBar().showMessage("Restored: that version is now the newest.", 6000)

    def _overrides(self) -> dict[str, str]:
        try:
            return dict(self.store.clause_overrides())
        except storage_error_types():
            return {}

    def _saved(self, draft_id: str) -> None:
        self._remember(draft_id)
        self._update_title()

    def _focus_search(self) -> None:
        if self.stack.currentWidget() is self.library:
            self.library.search.setFocus()
            self.library.search.selectAll()

    def _toggle_preview(self, shown: bool) -> None:
        self.editor.show_preview(shown)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_TITLE}",
            f"{APP_TITLE} {__version__}\nDrafts strategic alliance agreements and exports them to Word and PDF.\n"
            "It is a drafting aid, not legal advice: have a lawyer review the agreement before signing.",
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.stack.currentWidget() is self.editor and not self.editor.confirm_close():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        event.accept()
