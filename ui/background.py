"""Housekeeping the app does in the background after start-up: the daily backup of the
drafts database. It runs on a pool thread (the repository serialises its own calls), so
start-up never waits for it; a failure is a quiet line in the status bar, not a dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ui.store import storage_error_types

BACKUP_FAILED_MS = 15000


class BackupSignals(QObject):
    finished = Signal(object)  # the backup's Path, or None when none was due
    failed = Signal(str)


class BackupJob(QRunnable):
    """Call ``backup_if_due`` once; report the result through ``signals`` (queued to the GUI)."""

    def __init__(self, backup_if_due: Callable[[], Path | None]) -> None:
        super().__init__()
        self.backup_if_due = backup_if_due
        self.signals = BackupSignals()
        self.setAutoDelete(False)  # the window holds the job (and its signals) until it reports

    def run(self) -> None:
        try:
            written = self.backup_if_due()
        except storage_error_types() as error:
            self.signals.failed.emit(f"The automatic backup of your drafts failed: {error}")
            return
        except Exception as error:  # a bug here must never take the app down with it
            self.signals.failed.emit(f"The automatic backup of your drafts failed unexpectedly: {error}")
            return
        self.signals.finished.emit(written)


def start_backup_if_due(
    store: object, report_failure: Callable[[str], None], pool: QThreadPool | None = None
) -> BackupJob | None:
    """Start the backup if the store can make one; returns the running job (keep it alive)."""
    backup_if_due = getattr(store, "backup_if_due", None)
    if not callable(backup_if_due):
        return None
    job = BackupJob(backup_if_due)
    job.signals.failed.connect(report_failure)
    (pool or QThreadPool.globalInstance()).start(job)
    return job
