"""The last page: export to Word and/or PDF in the background, then open the result."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from drafting.file_names import agreement_stem, summary_stem
from drafting.summary.files import SUMMARY_FORMATS
from drafting.terms import AgreementTerms
from ui.export_worker import ExportFunction, ExportJob
from ui.findings import issue_from_finding
from ui.widgets import ERROR_STYLE, add_row, group
from ui.wizard.base import TermsPage
from ui.wizard.page_index import EXPORT

#: The paper sizes offered: the governing law's own (None), or one chosen for all exports.
PAPER_CHOICES: tuple[tuple[str, str | None], ...] = (
    ("As the governing law expects", None),
    ("A4", "A4"),
    ("US Letter", "Letter"),
)


class ExportPage(TermsPage):
    exported = Signal(list)

    def __init__(self, terms_provider: Callable[[], AgreementTerms | None], default_folder: Path) -> None:
        super().__init__(EXPORT.title, EXPORT.subtitle)
        self._terms_provider = terms_provider
        self.export_function: ExportFunction | None = None
        #: The lawyer's clause overrides kept with the drafts (set by the editor).
        self.overrides: dict[str, str] = {}
        self.job: ExportJob | None = None
        self.written: list[Path] = []
        #: The key-terms summary files of the last export (not recorded in the history).
        self.summary_written: list[Path] = []
        #: Called before each export (set by the editor): saves the draft so the export is
        #: of a saved version, and returns further export options (the version's moment),
        #: or None when the export cannot go ahead (it has said why).
        self.before_export: Callable[[], dict[str, Any] | None] | None = None
        #: The options of the export under way or last finished (``comments``, ``draft``...).
        self.last_options: dict[str, Any] = {}
        box, form = group(
            "Files",
            "Word for your lawyer to refine; PDF for reading and signing. Choose below which copy you are making.",
        )
        self.docx = QCheckBox("&Word document (.docx)")
        self.docx.setChecked(True)
        add_row(form, "Formats", self.docx, "An editable Word file with numbered clauses.")
        self.pdf = QCheckBox("&PDF")
        self.pdf.setChecked(True)
        add_row(form, "", self.pdf, "A fixed-layout PDF for reading and signing.")
        self.summary = QCheckBox("The one-page &key-terms summary too")
        self.summary.setChecked(True)
        add_row(
            form,
            "",
            self.summary,
            "Who, what, money, duration, exit and law in plain words, beside the agreement in the same formats.",
        )
        self.paper = QComboBox()
        for label, paper in PAPER_CHOICES:
            self.paper.addItem(label, paper)
        add_row(
            form,
            "Paper si&ze",
            self.paper,
            "The governing law decides by default: US Letter for a US law, A4 elsewhere. Choose another "
            "size when the agreement will be printed where the other is used.",
        )
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit(str(default_folder))
        self.browse = QPushButton("B&rowse…")
        self.browse.setAccessibleName("Choose the export folder")
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        add_row(form, "Fo&lder", folder_row, "Where the files are written; remembered for next time.")
        self.folder.setAccessibleName("Export folder")
        self.draft = QCheckBox("Mark it as a &draft")
        add_row(
            form,
            "Draft",
            self.draft,
            "A draft may be exported while the review still shows errors; every page then says 'DRAFT'.",
        )
        copy_box = QWidget()
        copies = QVBoxLayout(copy_box)
        copies.setContentsMargins(0, 0, 0, 0)
        self.clean = QRadioButton("&Clean copy, to send to the other side")
        self.lawyer = QRadioButton("Lawyer'&s copy, for your own lawyer only")
        self.copy_choice = QButtonGroup(self)
        for button in (self.clean, self.lawyer):
            self.copy_choice.addButton(button)
            # Left-aligned at their own width: a click in the empty row beside the label
            # would not choose the copy, so the button must not stretch across it.
            copies.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        add_row(
            form,
            "Which copy",
            copy_box,
            "The clean copy has no drafting notes, no comments and no list of open points. The lawyer's copy "
            "has the drafting notes as Word comments and, in a draft, the open points: never send it to the "
            "other side.",
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

    def chosen_paper(self) -> str | None:
        """ "A4" or "Letter" when the user overrides the law's paper; None to follow it."""
        paper = self.paper.currentData()
        return paper if isinstance(paper, str) and paper else None

    def chosen_copy(self) -> str | None:
        """The copy chosen, "clean" or "lawyer"; None while the user has not chosen."""
        return "clean" if self.clean.isChecked() else "lawyer" if self.lawyer.isChecked() else None

    def targets(self, terms: AgreementTerms, created: dt.datetime | None) -> list[Path]:
        """The files this export writes: the agreement, then the summary, per format."""
        day = (created.astimezone() if created else dt.datetime.now().astimezone()).date()
        stem = agreement_stem(terms, day)
        folder = self.folder_path()
        files = [folder / f"{stem}.{name}" for name in self.formats()]
        if self.summary.isChecked():
            files += [folder / f"{summary_stem(stem)}.{name}" for name in self.formats() if name in SUMMARY_FORMATS]
        return files

    def confirm_replace(self, existing: list[Path]) -> bool:
        """Ask before writing over files already in the folder."""
        names = "\n".join(f"• {path.name}" for path in existing)
        answer = QMessageBox.question(
            self,
            "Replace the files?",
            f"These files are already in {existing[0].parent}:\n{names}\n\nReplace them with this export?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def start_export(self) -> None:
        terms = self._terms_provider()
        if terms is None:
            self._say("The draft has problems to fix first; see the Review page.", error=True)
            return
        if self.chosen_copy() is None:
            self._say(
                "Choose which copy to make: the clean copy for the other side, or your lawyer's copy.", error=True
            )
            self.clean.setFocus()
            return
        extra = self.before_export() if self.before_export is not None else {}
        if extra is None:
            return
        targets = self.targets(terms, extra.get("created"))
        existing = [path for path in targets if path.exists()]
        if existing and not self.confirm_replace(existing):
            self._say("Not exported: the files already there were kept.")
            return
        self.last_options = {
            "comments": self.chosen_copy() == "lawyer", "draft": self.draft.isChecked(), **extra,
            "stem": targets[0].stem, "paper": self.chosen_paper(),
        }  # fmt: skip
        options = {key: value for key, value in self.last_options.items() if key != "draft"}
        self.job = ExportJob(
            terms, self.folder_path(), self.formats(), draft=self.draft.isChecked(),
            export=self.export_function, overrides=self.overrides, options=options, summary=self.summary.isChecked(),
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
        summary_written = self.job.summary_written if self.job is not None else []
        self.job = None
        self._formats_changed()
        self.written = list(written)
        self.summary_written = list(summary_written)
        names = ", ".join(path.name for path in [*self.written, *self.summary_written])
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
