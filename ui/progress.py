"""Progress through the wizard: "Step 4 of 12" above the page, a tick on every step
that is done (seen, and its required answers valid) and, per draft, the page the user
was on, so that reopening a draft resumes there.

The page kept is UI state, not part of the agreement: it lives in the app's settings
(keyed by the draft's id), never in the terms, so the terms' schema is untouched."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QStyle

from ui.wizard.base import TermsPage
from ui.wizard.wizard import AgreementWizard

RESUME_GROUP = "resume"


class ResumeStore:
    """The wizard page each draft was last left on."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def page_of(self, draft_id: str) -> int | None:
        value = self.settings.value(f"{RESUME_GROUP}/{draft_id}")
        try:
            return int(str(value)) if value is not None else None
        except ValueError:
            return None  # a hand-edited settings file: start at the beginning

    def remember(self, draft_id: str, page_id: int) -> None:
        self.settings.setValue(f"{RESUME_GROUP}/{draft_id}", page_id)


class StepProgress:
    """Keeps the step counter and the ticks of the steps list in line with the wizard."""

    def __init__(self, wizard: AgreementWizard, steps: QListWidget, label: QLabel) -> None:
        self.wizard = wizard
        self.steps = steps
        self.label = label
        self.seen: set[int] = set()
        label.setAccessibleName("Progress")
        size = steps.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        steps.setIconSize(QSize(size, size))

    def reset(self, seen_up_to: int = 0) -> None:
        """A draft was opened: the pages before ``seen_up_to`` count as seen (resumed drafts)."""
        self.seen = {page_id for page_id in self.wizard.applicable_ids() if page_id <= seen_up_to}
        self.refresh()

    def _blank(self) -> QIcon:
        """An empty icon the size of the tick, so titles stay aligned."""
        size = self.steps.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        return QIcon(pixmap)

    def done(self, page_id: int) -> bool:
        page = self.wizard.page(page_id)
        return page_id in self.seen and isinstance(page, TermsPage) and page.isComplete()

    def refresh(self) -> None:
        current = self.wizard.currentId()
        if current >= 0:
            self.seen.add(current)
        ids = self.wizard.applicable_ids()
        if current in ids:
            self.label.setText(f"Step {ids.index(current) + 1} of {len(ids)}")
        tick = self.steps.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            page_id = int(item.data(Qt.ItemDataRole.UserRole))
            done = self.done(page_id)
            item.setIcon(tick if done else self._blank())
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{item.text()}, done" if done else item.text())
            item.setData(Qt.ItemDataRole.UserRole + 1, done)
