"""Start the Qt application: open the drafts database (or explain why not), offer to
recover unsaved work after a crash, and show the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from drafting.version import __version__
from storage.errors import DatabaseInUseError, ReadOnlyMediaError
from ui.main_window import APP_TITLE, MainWindow
from ui.store import DraftStore, open_store, storage_error_types

ORGANISATION = "Pactwright"


def open_store_interactively(data_dir: Path, parent: QWidget | None = None) -> tuple[Any, bool] | None:
    """The repository and whether it is read-only; None when the user gives up."""
    try:
        return open_store(data_dir), False
    except DatabaseInUseError:
        why = "Pactwright is already open in another window, so your drafts are in use."
    except ReadOnlyMediaError:
        why = (
            f"Your drafts folder ({data_dir}) cannot be written: it is on read-only storage or you "
            "lack permission to change it."
        )
    except storage_error_types() as error:
        QMessageBox.critical(parent, APP_TITLE, f"The drafts could not be opened.\n\n{error}")
        return None
    answer = QMessageBox.question(
        parent,
        APP_TITLE,
        f"{why}\n\nOpen them read-only here? You can look at drafts and export them, but not change them.",
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Open:
        return None
    return open_store(data_dir, read_only=True), True


def show_recovery_report(store: Any, parent: QWidget | None) -> None:
    """If storage had to restore a backup at start-up, say so plainly."""
    report = getattr(store, "recovery_report", None)
    if callable(report):
        report = report()
    if report:
        QMessageBox.information(parent, APP_TITLE, f"Your drafts database needed repair.\n\n{report}")


def offer_autosave_recovery(window: MainWindow, store: DraftStore) -> bool:
    """After a crash, offer to reopen unsaved work. True if a draft was recovered."""
    try:
        autosaves = sorted(store.list_autosaves(), key=lambda info: info.saved_at, reverse=True)
    except storage_error_types():
        return False
    for info in autosaves:
        title = info.title or "an untitled draft"
        answer = QMessageBox.question(
            window,
            "Recover unsaved work?",
            f"Pactwright closed before changes to {title} were saved "
            f"(last autosaved {info.saved_at:%d %b %Y %H:%M}).\n\nRecover them now?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                terms = store.get_autosave(info.key)
            except storage_error_types() as error:
                QMessageBox.warning(window, APP_TITLE, f"The autosaved copy could not be read: {error}")
                continue
            if terms is None:
                continue
            window.show_editor(terms, info.draft_id, autosave_key=info.key)
            window.statusBar().showMessage("Recovered your unsaved changes; save to keep them.")
            return True
        store.clear_autosave(info.key)
    return False


def default_export_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "Pactwright"


def run_app(data_dir: Path, argv: list[str] | None = None) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_TITLE)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    opened = open_store_interactively(data_dir)
    if opened is None:
        return 1
    store, read_only = opened
    window = MainWindow(store, QSettings(), default_export_folder(), read_only=read_only)
    window.show()
    window.start_background_backup()
    show_recovery_report(store, window)
    if not read_only:
        offer_autosave_recovery(window, store)
    code = int(app.exec())
    QThreadPool.globalInstance().waitForDone()  # a backup or export still writing finishes first
    close = getattr(store, "close", None)
    if callable(close):
        close()
    return code
