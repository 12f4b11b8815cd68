"""The last page: export to Word and/or PDF in the background, then open the result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QWidget

from drafting.terms import AgreementTerms
from ui.export_worker import ExportFunction, ExportJob
from ui.findings import issue_from_finding
from ui.widgets import ERROR_STYLE, add_row, group
from ui.wizard.base import TermsPage


class ExportPage(TermsPage):
    exported = Signal(list)

    def __init__(self, terms_provider: Callable[[], AgreementTerms | None], default_folder: Path) -> None:
        super().__init__("Export", "Write the agreement as a Word document and/or a PDF.")
        self._terms_provider = terms_provider
        self.export_function: ExportFunction | None = None
        #: The lawyer's clause overrides kept with the drafts (set by the editor).
        self.overrides: dict[str, str] = {}
        self.job: ExportJob | None = None
        self.written: list[Path] = []
        #: Called before each export (set by the editor): saves the draft so the export is
        #: of a saved version, and returns further export options (the version's moment),
        #: or None when the export cannot go ahead (it has said why).
        self.before_export: Callable[[], dict[str, Any] | None] | None = None
        #: The options of the export under way or last finished (``comments``, ``draft``...).
        self.last_options: dict[str, Any] = {}
        box, form = group(
            "Files",
            "Word is best for sending to a lawyer or the other side for comments; PDF for reading and signing.",
        )
        self.docx = QCheckBox("&Word document (.docx)")
        self.docx.setChecked(True)
        add_row(
            form, "Formats", self.docx, "An editable Word file with numbered clauses and drafting notes as comments."
        )
        self.pdf = QCheckBox("&PDF")
        self.pdf.setChecked(True)
        add_row(form, "", self.pdf, "A fixed-layout PDF for reading and signing.")
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit(str(default_folder))
        self.browse = QPushButton("B&rowse…")
        self.browse.setAccessibleName("Choose the export folder")
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        add_row(form, "Fo&lder", folder_row, "Where the files are written.")
        self.folder.setAccessibleName("Export folder")
        self.draft = QCheckBox("Mark it as a &draft with open points")
        add_row(
            form,
            "Draft",
            self.draft,
            "A draft may be exported while the review still shows errors; every page then says 'DRAFT'.",
        )
        self.clean = QCheckBox("&Clean copy, without drafting notes")
        add_row(
            form,
            "Notes",
            self.clean,
            "Leave it unticked for the lawyer's copy: the drafting notes are comments in Word. "
            "Tick it for a copy to send to the other side.",
        )
        self.body_layout.addWidget(box)

        row = QHBoxLayout()
        self.export_button = QPushButton("E&xport now")
        self.export_button.setDefault(True)
        row.addWidget(self.export_button)
        row.addStretch(1)
        self.body_layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Export progress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.hide()
        self.body_layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Export status")
        self.body_layout.addWidget(self.status)
        row = QHBoxLayout()
        self.open_file = QPushButton("&Open the file")
        self.open_folder = QPushButton("Open the fol&der")
        row.addWidget(self.open_file)
        row.addWidget(self.open_folder)
        row.addStretch(1)
        self.body_layout.addLayout(row)
        self.open_file.hide()
        self.open_folder.hide()
        self.body_layout.addStretch(1)
        self.export_button.clicked.connect(self.start_export)
        self.browse.clicked.connect(self._choose_folder)
        self.open_file.clicked.connect(lambda: self._open(self.written[0]))
        self.open_folder.clicked.connect(lambda: self._open(self.written[0].parent))
        self.docx.toggled.connect(self._formats_changed)
        self.pdf.toggled.connect(self._formats_changed)

    def _formats_changed(self) -> None:
        self.export_button.setEnabled(self.job is None and (self.docx.isChecked() or self.pdf.isChecked()))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Export to folder", self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def folder_path(self) -> Path:
        return Path(self.folder.text()).expanduser()

    def formats(self) -> list[str]:
        return [name for name, box in (("docx", self.docx), ("pdf", self.pdf)) if box.isChecked()]

    def start_export(self) -> None:
        terms = self._terms_provider()
        if terms is None:
            self._say("The draft has problems to fix first; see the Review page.", error=True)
            return
        extra = self.before_export() if self.before_export is not None else {}
        if extra is None:
            return
        self.last_options = {"comments": not self.clean.isChecked(), "draft": self.draft.isChecked(), **extra}
        options = {key: value for key, value in self.last_options.items() if key != "draft"}
        self.job = ExportJob(
            terms, Path(self.folder.text()).expanduser(), self.formats(), draft=self.draft.isChecked(),
            export=self.export_function, overrides=self.overrides, options=options,
        )  # fmt: skip
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.refused.connect(self._refused)
        self.job.signals.failed.connect(self._failed)
        self.export_button.setEnabled(False)
        self.open_file.hide()
        self.open_folder.hide()
        self.progress.setRange(0, len(self.formats()))
        self.progress.setValue(0)
        self.progress.show()
        self._say("Exporting…")
        QThreadPool.globalInstance().start(self.job)

    def _progress(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if what:
            self._say(f"Writing the {what} file ({done + 1} of {total})…")

    def _finished(self, written: list[Path]) -> None:
        self.job = None
        self._formats_changed()
        self.written = list(written)
        names = ", ".join(path.name for path in self.written)
        self._say(f"Saved {names} in {self.written[0].parent}." if self.written else "Nothing was written.")
        self.open_file.setVisible(bool(self.written))
        self.open_folder.setVisible(bool(self.written))
        self.exported.emit(self.written)

    def _refused(self, findings: list[Any]) -> None:
        self.job = None
        self._formats_changed()
        self.progress.hide()
        issues = [issue_from_finding(finding) for finding in findings]
        first = next((issue.message for issue in issues if issue.is_error), "")
        self._say(
            f"Not exported: {len(issues)} error(s) remain, e.g. “{first}”. Fix them on the Review page, "
            "or tick 'Mark it as a draft'.",
            error=True,
        )

    def _failed(self, message: str) -> None:
        self.job = None
        self._formats_changed()
        self.progress.hide()
        self._say(message, error=True)

    def _say(self, message: str, *, error: bool = False) -> None:
        self.status.setText(message)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def _open(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _load(self, terms: AgreementTerms) -> None:
        pass

    def read(self) -> dict[str, Any]:
        return {}
