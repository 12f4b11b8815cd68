"""The History dialog's list of exports: every Word, PDF or HTML file exported from a
saved version (which version, when, clean or lawyer's copy, file name, SHA-256), and
"Re-create…", which writes the selected one again and says whether it is identical."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from ui.store import storage_error_types
from ui.widgets import describe


def _local(moment: Any) -> str:
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{local:%d %b %Y, %H:%M}"


class ExportsPanel(QWidget):
    """The recorded exports of one draft, newest first."""

    def __init__(self, store: Any, draft_id: str, export_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.draft_id, self.export_folder = store, draft_id, export_folder
        self.records: list[Any] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>Exports</b> — what was sent, and its fingerprint (SHA-256)"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Version", "Exported", "Format", "Copy", "File", "SHA-256"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        describe(self.tree, "Exports", "Every file exported from a saved version, newest first.")
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.recreate_button = QPushButton("Re-&create this file…")
        row.addWidget(self.recreate_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Exports status")
        layout.addWidget(self.status)
        self.recreate_button.clicked.connect(self.recreate_selected)
        self.tree.itemSelectionChanged.connect(self._update_button)
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        try:
            self.records = list(self.store.exports(self.draft_id))
        except storage_error_types() as error:
            self.status.setText(f"The exports could not be read: {error}")
            self.records = []
        for index in reversed(range(len(self.records))):
            record = self.records[index]
            copy = record.copy_label + (", draft" if record.draft_marking else "")
            item = QTreeWidgetItem(
                [
                    str(record.version),
                    _local(record.exported_at),
                    record.format.upper(),
                    copy,
                    record.file_name,
                    record.sha256[:16] + "…",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(5, record.sha256)
            self.tree.addTopLevelItem(item)
        for column in (0, 1, 2, 3, 5):
            self.tree.resizeColumnToContents(column)
        if not self.records:
            self.status.setText("Nothing has been exported from this draft yet.")
        self._update_button()

    def selected(self) -> Any | None:
        item = self.tree.currentItem()
        return self.records[int(item.data(0, Qt.ItemDataRole.UserRole))] if item is not None else None

    def _update_button(self) -> None:
        self.recreate_button.setEnabled(self.selected() is not None)

    def recreate_selected(self, folder: Path | None = None) -> Any | None:
        """Write the selected export again into ``folder`` (asked for when not given)."""
        record = self.selected()
        if record is None:
            return None
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, "Re-create the export in", str(self.export_folder))
            if not chosen:
                return None
            folder = Path(chosen)
        from storage.export_history import recreate_export  # loads the writers

        expected: tuple[type[Exception], ...] = (*storage_error_types(), ValueError)
        try:
            version = self.store.get_version(self.draft_id, record.version)
            again = recreate_export(version.terms, version.info.saved_at, record, folder)
        except expected as error:
            QMessageBox.warning(self, "History", f"The export could not be re-created: {error}")
            return None
        if again.matches:
            self.status.setText(
                f"Re-created {html.escape(again.path.name)} in {html.escape(str(again.path.parent))}: "
                "identical to the file exported (same SHA-256)."
            )
        else:
            self.status.setText(
                f"Re-created {html.escape(again.path.name)}, but it differs from the file exported "
                f"(it was made by Pactwright {html.escape(record.app_version or 'of another version')})."
            )
        return again
