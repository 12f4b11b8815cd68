"""The History dialog: a draft's saved versions (number, when, note) and what can be done
with one: open it in the editor as unsaved terms, restore it as the newest version (after
asking), compare it with the draft as it stands, or export that comparison as a Word
redline with tracked changes. Below, the files exported from the versions
(``history_exports``), each of which can be written again."""

from __future__ import annotations

import contextlib
import datetime as dt
import html
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafting.export import slug
from drafting.terms import AgreementTerms
from ui.history_compare import CompareDialog, Comparison
from ui.history_exports import ExportsPanel
from ui.store import storage_error_types, terms_of
from ui.widgets import describe, help_line

#: The terms the editor shows for this draft right now (unsaved edits included), or None
#: when the draft is not open or its pages do not make valid terms.
CurrentTerms = Callable[[], AgreementTerms | None]


def local_time(moment: dt.datetime) -> str:
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{local:%d %b %Y, %H:%M}"


class HistoryDialog(QDialog):
    """Lists the versions of one draft. ``open_requested(terms, number, saved_at text)``
    asks the window to show a version in the editor; ``restored(draft_id)`` says a version
    became the newest."""

    open_requested = Signal(object, int, str)
    restored = Signal(str)

    def __init__(
        self,
        store: Any,
        draft_id: str,
        title: str,
        *,
        current_terms: CurrentTerms,
        overrides: Mapping[str, str] | None = None,
        read_only: bool = False,
        export_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.draft_id, self.title = store, draft_id, title
        self.current_terms = current_terms
        self.overrides = dict(overrides or {})
        self.read_only = read_only
        self.export_folder = export_folder or Path.home()
        self.setWindowTitle(f"History — {title}")
        self.resize(860, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h3>Versions of “{html.escape(title)}”</h3>"))
        layout.addWidget(
            help_line(
                "Every save keeps a version. Open one to read or reuse it, restore it as the newest version, "
                "or compare it with the draft as it stands now."
            )
        )
        self.versions = QTreeWidget()
        self.versions.setHeaderLabels(["Version", "Saved", "Note"])
        self.versions.setRootIsDecorated(False)
        self.versions.setAlternatingRowColors(True)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        describe(self.versions, "Versions", "The saved versions, newest first. Enter opens the selected one.")
        layout.addWidget(self.versions, 1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton("&Open this version")
        self.restore_button = QPushButton("&Restore…")
        self.compare_button = QPushButton("&Compare with current")
        self.redline_button = QPushButton("Export red&line (Word)…")
        self.close_button = QPushButton("Close")
        for button in (self.open_button, self.restore_button, self.compare_button, self.redline_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.status = help_line("")
        self.status.setAccessibleName("History status")
        layout.addWidget(self.status)
        self.exports = ExportsPanel(store, draft_id, self.export_folder, self)
        layout.addWidget(self.exports, 1)
        self.open_button.clicked.connect(self.open_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        self.redline_button.clicked.connect(self.export_redline)
        self.close_button.clicked.connect(self.reject)
        self.versions.itemActivated.connect(lambda _item: self.open_selected())
        self.versions.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    # --- the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.versions.clear()
        try:
            history = self.store.history(self.draft_id)
        except storage_error_types() as error:
            self._say(f"The versions could not be read: {error}")
            history = []
        for info in sorted(history, key=lambda info: info.number, reverse=True):
            item = QTreeWidgetItem([str(info.number), local_time(info.saved_at), info.note])
            item.setData(0, Qt.ItemDataRole.UserRole, info.number)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(2, info.note)
            self.versions.addTopLevelItem(item)
        for column in (0, 1):
            self.versions.resizeColumnToContents(column)
        items = self._items()
        if items:
            self.versions.setCurrentItem(items[0])
        self._update_buttons()

    def selected_number(self) -> int | None:
        item = self.versions.currentItem()
        return int(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def select(self, number: int) -> None:
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == number:
                self.versions.setCurrentItem(item)

    def _update_buttons(self) -> None:
        chosen = self.selected_number() is not None
        for button in (self.open_button, self.compare_button, self.redline_button):
            button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen and not self.read_only)

    def _say(self, message: str) -> None:
        self.status.setText(message)

    def _version(self, number: int) -> tuple[AgreementTerms, str] | None:
        try:
            version = self.store.get_version(self.draft_id, number)
        except storage_error_types() as error:
            QMessageBox.warning(self, "History", f"Version {number} could not be read: {error}")
            return None
        return version.terms, local_time(version.info.saved_at)

    # --- the actions ---------------------------------------------------------------------
    def open_selected(self) -> None:
        number = self.selected_number()
        version = self._version(number) if number is not None else None
        if number is None or version is None:
            return
        self.open_requested.emit(version[0], number, version[1])
        self.accept()

    def restore_selected(self) -> None:
        number = self.selected_number()
        if number is None or self.read_only:
            return
        answer = QMessageBox.question(
            self,
            "Restore this version?",
            f"Make version {number} the newest version of “{self.title}”?\n\n"
            "Nothing is lost: the versions after it stay in the history. Unsaved changes in the editor "
            "are replaced by the restored version.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            info = self.store.restore_version(self.draft_id, number)
        except storage_error_types() as error:
            QMessageBox.warning(self, "History", f"Version {number} could not be restored: {error}")
            return
        self.refresh()
        self._say(f"Version {number} is now the newest version ({info.number}).")
        self.restored.emit(self.draft_id)

    def comparison(self) -> Comparison | None:
        """The selected version against the draft as it stands (the editor's terms when
        this draft is open there, else the newest saved version)."""
        number = self.selected_number()
        version = self._version(number) if number is not None else None
        if number is None or version is None:
            return None
        newest = max((int(item.data(0, Qt.ItemDataRole.UserRole)) for item in self._items()), default=number)
        current = self.current_terms()
        label, current_version = "the draft as it stands", f"{newest} with unsaved changes"
        if current is None:
            try:
                current = terms_of(self.store.get(self.draft_id))
            except storage_error_types() as error:
                QMessageBox.warning(self, "History", f"The draft could not be read: {error}")
                return None
            label, current_version = "the newest saved version", str(newest)
        history = self._later_versions(number, newest, current, label == "the draft as it stands")
        return Comparison(
            version[0], current, f"version {number}", label, self.overrides, str(number), current_version, history
        )

    def _later_versions(
        self, number: int, newest: int, current: AgreementTerms, unsaved: bool
    ) -> tuple[tuple[AgreementTerms, str, dt.datetime], ...]:
        """The saved versions after ``number`` and then the compared terms, each with the
        moment it was made (now, for unsaved edits)."""
        later: list[tuple[AgreementTerms, str, dt.datetime]] = []
        try:
            for step in range(number + 1, newest + 1):
                saved = self.store.get_version(self.draft_id, step)
                later.append((saved.terms, str(step), saved.info.saved_at))
        except storage_error_types():
            later = []  # the redline then dates every change with the compared version's moment
        if unsaved or not later:
            later.append((current, f"{newest} with unsaved changes", dt.datetime.now(dt.UTC)))
        return tuple(later)

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.versions.topLevelItem(row) for row in range(self.versions.topLevelItemCount()))
        return [item for item in items if item is not None]

    def compare_selected(self) -> CompareDialog | None:
        comparison = self.comparison()
        if comparison is None:
            return None
        try:
            with busy_cursor():
                dialog = CompareDialog(comparison, self)
        except Exception as error:  # e.g. a clause override that no longer renders
            QMessageBox.warning(self, "History", f"The versions could not be compared: {error}")
            return None
        dialog.open()  # window-modal over the history, returns at once
        return dialog

    def export_redline(self) -> Path | None:
        comparison = self.comparison()
        if comparison is None:
            return None
        suggested = self.export_folder / f"{slug(self.title)}-redline-{comparison.old_label.replace(' ', '-')}.docx"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Export redline (Word)", str(suggested), "Word document (*.docx)"
        )
        if not chosen:
            return None
        path = Path(chosen) if chosen.lower().endswith(".docx") else Path(f"{chosen}.docx")
        try:
            with busy_cursor():
                comparison.write_redline(path)
        except Exception as error:  # the disk, or a clause override that no longer renders
            QMessageBox.warning(self, "History", f"The redline could not be written: {error}")
            return None
        self._say(f"Saved the redline as {path.name} in {path.parent}.")
        return path


@contextlib.contextmanager
def busy_cursor() -> Iterator[None]:
    """A wait cursor while the agreement is assembled and compared."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
