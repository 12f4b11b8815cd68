"""The home screen: the draft library with search, sort, trash and the actions on a draft."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.home import WelcomePanel
from ui.labels import model_name
from ui.store import DraftStore
from ui.widgets import describe, help_line

#: Each recent draft is two lines (title, when); a rule and some padding keep them apart.
RECENT_STYLE = "QListWidget::item { padding: 6px 4px; border-bottom: 1px solid palette(midlight); }"
SORTS = {
    "Last changed": (lambda summary: summary.modified, True),
    "Title": (lambda summary: (summary.title or "").casefold(), False),
    "Alliance model": (lambda summary: model_name(summary.model), False),
    "Created": (lambda summary: summary.created, True),
}


def when(moment: dt.datetime) -> str:
    local = moment.astimezone() if moment.tzinfo else moment
    today = dt.datetime.now(local.tzinfo).date()
    if local.date() == today:
        return f"today {local:%H:%M}"
    return f"{local:%d %b %Y}"


class LibraryView(QWidget):
    """Lists drafts; emits the chosen action with the draft id."""

    open_requested = Signal(str)
    new_requested = Signal()
    advisor_requested = Signal()
    selection_changed = Signal()

    def __init__(self, store: DraftStore) -> None:
        super().__init__()
        self.store = store
        layout = QVBoxLayout(self)
        self.welcome = WelcomePanel()
        layout.addWidget(self.welcome)
        heading = QLabel("<h2>Your drafts</h2>")
        layout.addWidget(heading)
        layout.addWidget(
            help_line(
                "Start a new agreement, or open a draft to continue. Deleted drafts go to the trash "
                "and can be restored."
            )
        )
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search titles and party names")
        self.search.setClearButtonEnabled(True)
        search_label = QLabel("&Search:")
        search_label.setBuddy(self.search)
        describe(self.search, "Search drafts", "Type part of a title or a party's name.")
        self.sort = QComboBox()
        self.sort.addItems(list(SORTS))
        sort_label = QLabel("S&ort by:")
        sort_label.setBuddy(self.sort)
        describe(self.sort, "Sort drafts by", "The order of the list.")
        self.show_trash = QCheckBox("Show &trash")
        describe(self.show_trash, "Show trash", "List deleted drafts so you can restore them.")
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        row.addWidget(sort_label)
        row.addWidget(self.sort)
        row.addWidget(self.show_trash)
        layout.addLayout(row)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Title", "Model", "Parties", "Changed", "Versions"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # long party lists give way first
        header.resizeSection(0, 380)
        describe(self.tree, "Drafts", "Your drafts. Press Enter or double-click to open one.")
        lists = self.lists = QHBoxLayout()
        lists.addWidget(self.tree, 3)
        lists.addWidget(self._recent_panel(), 1)
        layout.addLayout(lists, 1)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.new_button = QPushButton("&New draft…")
        self.advisor_button = QPushButton("&Help me choose…")
        self.advisor_button.setToolTip("Answer a few questions to find the kind of alliance that fits.")
        self.open_button = QPushButton("&Open")
        self.duplicate_button = QPushButton("D&uplicate")
        self.rename_button = QPushButton("Rena&me…")
        self.history_button = QPushButton("Histor&y…")
        self.delete_button = QPushButton("De&lete")
        self.restore_button = QPushButton("&Restore")
        for button in (
            self.new_button, self.advisor_button, self.open_button, self.duplicate_button, self.rename_button,
            self.history_button, self.delete_button, self.restore_button,
        ):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self.refresh)
        self.sort.currentIndexChanged.connect(self.refresh)
        self.show_trash.toggled.connect(self.refresh)
        self.tree.itemActivated.connect(lambda item: self._open(item))
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.new_button.clicked.connect(self.new_requested)
        self.advisor_button.clicked.connect(self.advisor_requested)
        self.open_button.clicked.connect(lambda: self._open(self.tree.currentItem()))
        self.summaries: list[Any] = []
        #: What a first run hides: everything about existing drafts (there are none yet).
        self.drafts_widgets = [
            child for child in self.findChildren(QWidget) if child.parentWidget() is self and child is not self.welcome
        ]
        self._hidden_for_first_run: list[QWidget] = []
        self.refresh()

    def _recent_panel(self) -> QGroupBox:
        box = QGroupBox("Recent drafts")
        inner = QVBoxLayout(box)
        self.recent = QListWidget()
        self.recent.setMinimumWidth(220)
        self.recent.setMaximumWidth(340)
        self.recent.setWordWrap(True)
        self.recent.setStyleSheet(RECENT_STYLE)
        describe(self.recent, "Recent drafts", "The drafts you opened last. Press Enter or double-click to open one.")
        self.recent_empty = help_line("Drafts you open will be listed here.")
        inner.addWidget(self.recent, 1)
        inner.addWidget(self.recent_empty)
        self.recent.itemActivated.connect(self._open_recent)
        self.recent.itemClicked.connect(self._open_recent)  # a recent draft opens with one click
        box.setMaximumWidth(360)
        return box

    def set_recent(self, drafts: Sequence[tuple[str, str, dt.datetime]]) -> None:
        """Show the recently opened drafts: (id, title, last changed), most recent first."""
        self.recent.clear()
        for draft_id, title, modified in drafts:
            item = QListWidgetItem(f"{title}\n{when(modified)}")
            item.setData(Qt.ItemDataRole.UserRole, draft_id)
            item.setToolTip(f"{title}, changed {when(modified)}")
            self.recent.addItem(item)
        self.recent.setVisible(bool(drafts))
        self.recent_empty.setVisible(not drafts)

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _open(self, item: QTreeWidgetItem | None) -> None:
        if item is not None and not self.show_trash.isChecked():
            self.open_requested.emit(str(item.data(0, Qt.ItemDataRole.UserRole)))

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def select(self, draft_id: str) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == draft_id:
                self.tree.setCurrentItem(item)
                return

    def refresh(self) -> None:
        selected = self.selected_id()
        trashed = self.show_trash.isChecked()
        summaries: Sequence[Any] = self.store.list(self.search.text().strip(), trashed=trashed)
        key, reverse = SORTS[self.sort.currentText()]
        self.summaries = sorted(summaries, key=key, reverse=reverse)
        self.tree.clear()
        for summary in self.summaries:
            item = QTreeWidgetItem(
                [
                    summary.title or "Untitled draft",
                    model_name(summary.model),
                    ", ".join(summary.party_names),
                    when(summary.modified),
                    str(summary.version_count),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, summary.id)
            item.setToolTip(0, f"Created {when(summary.created)}")
            self.tree.addTopLevelItem(item)
        for column in (1, 3, 4):
            self.tree.resizeColumnToContents(column)
        if selected:
            self.select(selected)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        if self.summaries:
            self.empty.hide()
        else:
            self.empty.setText(
                "The trash is empty."
                if trashed
                else "No drafts found."
                if self.search.text()
                else "No drafts yet. Choose “New draft…” to write your first agreement; it takes about ten minutes."
            )
            self.empty.show()
        self._selection_changed()
        self._show_first_run(not (self.summaries or trashed or self.search.text() or self._has_any_draft()))

    def _has_any_draft(self) -> bool:
        return bool(self.store.list("", trashed=True))

    def _show_first_run(self, first_run: bool) -> None:
        """No drafts at all: the welcome alone; otherwise the compact starts above the drafts."""
        self.welcome.set_first_run(first_run)
        # The welcome fills a first run's screen; beside drafts, the drafts list takes the
        # room (a hidden layout with a stretch would still hold empty space).
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.setStretchFactor(self.welcome, 1 if first_run else 0)
            layout.setStretchFactor(self.lists, 0 if first_run else 1)
        if first_run:
            self._hidden_for_first_run += [widget for widget in self.drafts_widgets if not widget.isHidden()]
            for widget in self._hidden_for_first_run:
                widget.hide()
        else:  # only what the first run hid: the trash buttons keep their own visibility
            for widget in self._hidden_for_first_run:
                widget.setVisible(widget is not self.empty or not self.summaries)
            self._hidden_for_first_run = []

    def focus_home(self) -> None:
        """Keyboard focus where the user starts: the list of drafts, or the first answer."""
        if self.welcome.first_run:
            self.welcome.focus_first()
        else:
            self.tree.setFocus()

    def _selection_changed(self) -> None:
        has = self.selected_id() is not None
        trashed = self.show_trash.isChecked()
        self.open_button.setEnabled(has and not trashed)
        self.duplicate_button.setEnabled(has and not trashed)
        self.rename_button.setEnabled(has and not trashed)
        self.history_button.setEnabled(has and not trashed)
        self.delete_button.setEnabled(has and not trashed)
        self.restore_button.setVisible(trashed)
        self.restore_button.setEnabled(has and trashed)
        self.delete_button.setVisible(not trashed)
        self.selection_changed.emit()
