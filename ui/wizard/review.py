"""Page: every finding of the review rules, each a click away from the page that fixes it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QStyle

from drafting.terms import AgreementTerms
from ui.findings import Issue
from ui.widgets import describe, explain, plural
from ui.wizard.base import TermsPage
from ui.wizard.key_terms import KeyTermsView
from ui.wizard.page_index import REVIEW

ICONS = {
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "note": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class ReviewPage(TermsPage):
    jump_requested = Signal(str)

    def __init__(self, issues_provider: Callable[[], Sequence[Issue]]) -> None:
        super().__init__(REVIEW.title, REVIEW.subtitle)
        self._issues_provider = issues_provider
        self.issues: list[Issue] = []
        self.key_terms = KeyTermsView()
        self.body_layout.addWidget(self.key_terms)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Review summary")
        self.body_layout.addWidget(self.summary)
        self.list = QListWidget()
        self.body_layout.addWidget(
            explain(
                self.list,
                "Errors must be fixed before the final export; warnings and notes are worth a second look. "
                "Double-click a point to go to the question that settles it.",
            )
        )
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumHeight(260)
        describe(self.list, "Findings", "Select a finding and press Enter, or double-click it, to go to its page.")
        self.body_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.go_button = QPushButton("&Go to the page that fixes it")
        self.refresh_button = QPushButton("Check a&gain")
        row.addWidget(self.go_button)
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        self.body_layout.addLayout(row)
        self.go_button.clicked.connect(self._jump_to_selected)
        self.list.itemActivated.connect(lambda _item: self._jump_to_selected())
        self.list.currentRowChanged.connect(lambda row: self.go_button.setEnabled(row >= 0))
        self.refresh_button.clicked.connect(self.refresh)

    def entered(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.key_terms.refresh()
        self.issues = list(self._issues_provider())
        self.list.clear()
        style = self.style()
        for issue in self.issues:
            text = f"{issue.message}" + (f"\n→ {issue.fix}" if issue.fix else "")
            if issue.clauses:
                text = f"{', '.join(issue.clauses).capitalize()}: {text}"
            elif issue.path:
                text = f"{_place(issue.path)}: {text}"
            item = QListWidgetItem(style.standardIcon(ICONS.get(issue.severity, ICONS["note"])), text)
            item.setData(Qt.ItemDataRole.UserRole, issue.path)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{issue.severity}: {text}")
            self.list.addItem(item)
        errors = sum(issue.is_error for issue in self.issues)
        others = len(self.issues) - errors
        if not self.issues:
            self.summary.setText("Nothing to fix: the agreement is ready to export.")
        elif errors:
            self.summary.setText(
                f"{plural(errors, 'error')} to fix before the final export, "
                f"{plural(others, 'other point')} to consider."
            )
        else:
            self.summary.setText(f"No errors. {plural(others, 'point')} worth a look before signing.")
        self.list.setVisible(bool(self.issues))  # no empty box: the key terms get the room
        if self.issues:
            self.list.setCurrentRow(0)
        self.go_button.setEnabled(bool(self.issues))
        self.recheck()

    def _jump_to_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.jump_requested.emit(str(item.data(Qt.ItemDataRole.UserRole) or ""))

    def _load(self, terms: AgreementTerms) -> None:
        pass

    def read(self) -> dict[str, Any]:
        return {}

    def check(self) -> dict[str, str]:
        errors = [issue for issue in self.issues if issue.is_error]
        return {"errors": errors[0].message} if errors else {}


def _place(path: str) -> str:
    """'sharing.shares[0].percent' -> 'Sharing › shares'."""
    head = path.split("[")[0]
    parts = [part.replace("_", " ") for part in head.split(".") if part]
    return " › ".join([parts[0].capitalize(), *parts[1:]]) if parts else ""
