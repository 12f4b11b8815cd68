"""Plain-language help beside the fields that carry legal weight, from ``glossary.toml``:
a one-line explanation under the field, a "?" that opens its short glossary entry, and a
warning under a choice with a big effect (an exclusivity, an uncapped liability, a
contribution given away for good) saying what it does, while that choice is made.

Where each line goes is data too (``<wizard page>.<widget>``), so a new field gets its
help by a line in the TOML file, not by code in its page.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import HELP_STYLE, EnumCombo, FieldHelp, FitsWidth

GLOSSARY_FILE = Path(__file__).with_name("glossary.toml")
WARNING_STYLE = "color: #8a4b00;"


@dataclass(frozen=True, slots=True)
class Term:
    id: str
    term: str
    line: str
    entry: str
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Caution:
    id: str
    field: str
    values: tuple[str, ...]
    text: str


@cache
def _data() -> dict[str, dict[str, dict[str, object]]]:
    return tomllib.loads(GLOSSARY_FILE.read_text(encoding="utf-8"))


def terms() -> tuple[Term, ...]:
    return tuple(
        Term(key, str(item["term"]), str(item["line"]), str(item["entry"]), tuple(item.get("fields", ())))  # type: ignore[arg-type]
        for key, item in _data().get("term", {}).items()
    )


def term(ident: str) -> Term:
    return next(item for item in terms() if item.id == ident)


def warnings() -> tuple[Caution, ...]:
    return tuple(
        Caution(key, str(item.get("field", "")), tuple(item.get("values", ())), str(item["text"]))  # type: ignore[arg-type]
        for key, item in _data().get("warning", {}).items()
    )


def warning_text(ident: str, **values: str) -> str:
    return next(item.text for item in warnings() if item.id == ident).format(**values)


class GlossaryDialog(QDialog):
    """A short glossary entry, opened from a field's "?"."""

    def __init__(self, entry: Term, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"What is {entry.term.lower() if entry.term[1:].islower() else entry.term}?")
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{entry.term}</b>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.text = QLabel(entry.entry)
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(380)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class HelpLine(FitsWidth):
    """Under a field: its one-line explanation and the "?" that opens the glossary."""

    def __init__(self, entry: Term, field: QWidget | None = None) -> None:
        super().__init__()
        self.entry = entry
        #: The field this line explains.
        self.explains = field
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(entry.line)
        self.label.setWordWrap(True)
        self.label.setStyleSheet(HELP_STYLE)
        self.button = QToolButton()
        self.button.setText("?")
        self.button.setAccessibleName(f"What is {entry.term}?")
        self.button.setToolTip(f"What is {entry.term}? A short explanation.")
        # Tab stays on the fields; the "?" is for the mouse (the line itself is always shown).
        self.button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.dialog: GlossaryDialog | None = None
        self.button.clicked.connect(self.open_entry)

    def open_entry(self) -> None:
        self.dialog = GlossaryDialog(self.entry, self.window())
        self.dialog.open()


class WarningLine(QLabel):
    """Under a field: what the choice made does, shown only while it is made."""

    def __init__(self, warning: Caution, field: QWidget) -> None:
        super().__init__(f"⚠ {warning.text}")
        self.warning = warning
        self.field = field
        self.setWordWrap(True)
        self.setStyleSheet(WARNING_STYLE)
        self.setAccessibleName("Warning")
        if isinstance(field, QComboBox):
            field.currentIndexChanged.connect(self.refresh)
        elif isinstance(field, QAbstractButton):
            field.toggled.connect(self.refresh)
        self.refresh()

    def active(self) -> bool:
        field = self.field
        if isinstance(field, EnumCombo):
            value = str(field.value().value)
        elif isinstance(field, QAbstractButton):
            value = "checked" if field.isChecked() else "unchecked"
        else:
            return False
        return value in self.warning.values

    def refresh(self) -> None:
        self.setHidden(self.field.isHidden() or not self.active())


class _Follow(QObject):
    """Hides a help or warning line while its field is hidden (a field for another model)."""

    def __init__(self, field: QWidget, lines: Sequence[QWidget]) -> None:
        super().__init__(field)
        self.lines = list(lines)
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide) and isinstance(watched, QWidget):
            for line in self.lines:
                if isinstance(line, WarningLine):
                    line.refresh()
                else:
                    line.setHidden(watched.isHidden())
        return False


def _form_row(field: QWidget) -> tuple[QFormLayout, int] | None:
    parent = field.parentWidget()
    while parent is not None:
        found = _find_in(parent.layout(), field)
        if found is not None:
            return found
        parent = parent.parentWidget()
    return None


def _find_in(layout: QLayout | None, field: QWidget) -> tuple[QFormLayout, int] | None:
    if layout is None:
        return None
    if isinstance(layout, QFormLayout):
        position: Any = layout.getWidgetPosition(field)
        row = int(position[0])
        if row >= 0:
            return layout, row
    for index in range(layout.count()):
        item = layout.itemAt(index)
        found = _find_in(item.layout() if item is not None else None, field)
        if found is not None:
            return found
    return None


def _widget(pages: dict[str, object], spec: str) -> QWidget | None:
    page_name, _, path = spec.partition(".")
    page = pages.get(page_name)
    if page is None:
        return None
    value: object = page
    for name in path.split("."):
        # The deal page keeps one section per agreement type ("deal.members.company_work").
        sections = getattr(value, "sections", None)
        found = getattr(value, name, None)
        if found is None and isinstance(sections, dict):
            found = next((section for model, section in sections.items() if getattr(model, "value", "") == name), None)
        value = found
        if value is None:
            return None
    return value if isinstance(value, QWidget) else None


def attach(pages: dict[str, object]) -> dict[str, QWidget]:
    """Put every help line and warning of the glossary under its field on ``pages``
    (wizard attribute name -> page). Returns each placed line by its glossary id."""
    placed: dict[str, QWidget] = {}
    under: dict[int, list[QWidget]] = {}
    fields: dict[int, QWidget] = {}
    for entry in terms():
        for spec in entry.fields:
            field = _widget(pages, spec)
            if field is not None:
                help_line: QWidget = HelpLine(entry, field)
                placed[f"{entry.id}@{spec}"] = help_line
                under.setdefault(id(field), []).append(help_line)
                fields[id(field)] = field
    for warning in warnings():
        field = _widget(pages, warning.field) if warning.field else None
        if field is not None:
            warning_line = WarningLine(warning, field)
            placed[warning.id] = warning_line
            under.setdefault(id(field), []).append(warning_line)
            fields[id(field)] = field
    for key, lines in under.items():
        field = fields[key]
        position = _form_row(field)
        if position is None:
            continue
        form, row = position
        # The glossary's line takes the place of the field's own plain line: one line each.
        # (Hidden, not removed: a removed form row deletes layout items Python may still hold.)
        holder = field.parentWidget()
        if any(isinstance(line, HelpLine) for line in lines) and holder is not None:
            for own in holder.findChildren(FieldHelp):
                if own.explains is field:
                    own.retire()
        for offset, line in enumerate(lines, start=1):
            form.insertRow(row + offset, "", line)
            line.setHidden(field.isHidden() or (isinstance(line, WarningLine) and not line.active()))
        _Follow(field, lines)
    return placed
