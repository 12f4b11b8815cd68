"""Comparing two versions of a draft: the changed answers (field, before, after) and the
agreement text with insertions and deletions marked, side by side in tabs; and the
redline written as Word tracked changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafting.compare import ChangeKind, compare_agreements, compare_terms, diff_html, diff_summary
from drafting.document import AgreementDocument
from drafting.engine import assemble_agreement
from drafting.terms import AgreementTerms
from ui.widgets import describe, help_line, plural

KIND_LABELS = {ChangeKind.ADDED: "Added", ChangeKind.REMOVED: "Removed", ChangeKind.CHANGED: "Changed"}
REDLINE_AUTHOR = "Pactwright"


@dataclass(frozen=True)
class Comparison:
    """Two versions' terms, the labels a reader sees ("version 2", "the draft as it stands")
    and the version names the compared text and the redline print."""

    old_terms: AgreementTerms
    new_terms: AgreementTerms
    old_label: str
    new_label: str
    overrides: Mapping[str, str]
    old_version: str = ""  # as the compared page and the redline's cover name them: "1", "3"
    new_version: str = ""
    #: The versions after the old one, oldest first, ending with the new terms, each with
    #: its name and the moment it was saved: the redline dates each change by its version.
    history: tuple[tuple[AgreementTerms, str, dt.datetime], ...] = ()

    def documents(self) -> tuple[AgreementDocument, AgreementDocument]:
        overrides = dict(self.overrides) or None
        return (
            assemble_agreement(self.old_terms, version=self.old_version, overrides=overrides),
            assemble_agreement(self.new_terms, version=self.new_version, overrides=overrides),
        )

    def write_redline(self, path: Path) -> None:
        from drafting.docx_writer import write_redline_docx  # python-docx loads on first use only

        old, new = self.documents()
        overrides = dict(self.overrides) or None
        steps = [
            (assemble_agreement(terms, version=name, overrides=overrides), moment)
            for terms, name, moment in self.history[:-1]
        ]
        moment = self.history[-1][2] if self.history else dt.datetime.now(dt.UTC)
        steps.append((new, moment))
        write_redline_docx(old, new, path, author=REDLINE_AUTHOR, date=moment, history=steps)


class CompareDialog(QDialog):
    """The changed answers and the compared agreement text of one ``Comparison``."""

    def __init__(self, comparison: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Compare {comparison.old_label} with {comparison.new_label}")
        self.resize(980, 720)
        layout = QVBoxLayout(self)
        self.changes = compare_terms(comparison.old_terms, comparison.new_terms)
        self.diff = compare_agreements(*comparison.documents())
        heading = QLabel(f"<b>{comparison.old_label.capitalize()}</b> compared with <b>{comparison.new_label}</b>")
        layout.addWidget(heading)
        verb = "differs" if len(self.changes) == 1 else "differ"
        self.summary = help_line(f"{plural(len(self.changes), 'answer')} {verb}. {diff_summary(self.diff)}")
        self.summary.setAccessibleName("Summary of the differences")
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.answers = QTreeWidget()
        self.answers.setHeaderLabels(["Answer", "Change", f"In {comparison.old_label}", f"In {comparison.new_label}"])
        self.answers.setRootIsDecorated(False)
        self.answers.setAlternatingRowColors(True)
        self.answers.setWordWrap(True)
        header = self.answers.header()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 240)
        describe(self.answers, "Changed answers", "Each answer that differs between the two versions.")
        for change in self.changes:
            item = QTreeWidgetItem([change.path, KIND_LABELS[change.kind], change.before, change.after])
            for column in range(4):
                item.setToolTip(column, item.text(column))
            self.answers.addTopLevelItem(item)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.document().setDocumentMargin(16)
        self.text.setHtml(diff_html(self.diff))
        self.text.scrollToAnchor("change-1")  # straight to the first difference, not the cover
        describe(
            self.text,
            "Compared agreement text",
            "The agreement text: inserted words underlined in green, deleted words struck through in red.",
        )
        self.tabs.addTab(self.answers, f"Changed &answers ({len(self.changes)})")
        self.tabs.addTab(self.text, f"Agreement &text ({len(self.diff.changed_paragraphs)} changed paragraphs)")
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
