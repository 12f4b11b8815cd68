"""Every field of the wizard carries a visible one-line help (not only a tooltip): the
test walks every page of every agreement type (blank, and from its example, so tables
and party cards have rows) and fails on any input a user can reach without a help line
shown with it. The lines say what the choice means in plain words; jargon (quorum,
casting vote, background and foreground IP, residuals) is explained where it is met."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from drafting.engine.blueprints import BLUEPRINTS_DIR
from drafting.terms import AgreementTerms, AllianceModel
from ui.drafts import blank_terms, example_files, load_example
from ui.glossary import HelpLine
from ui.widgets import FieldHelp
from ui.wizard.wizard import AgreementWizard

MODELS = [AllianceModel(path.stem) for path in sorted(BLUEPRINTS_DIR.glob("*.toml"))]
INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton, QAbstractItemView)
#: Parts of another input (a spin box's line edit, a table's cell editor): helped with it.
INSIDE = (QAbstractSpinBox, QComboBox, QAbstractItemView)
#: Words a small-business owner should not meet unexplained in a help line.
JARGON_IN_LINES = ("inter alia", "mutatis mutandis", "pari passu", "hereinafter", "thereof", "pursuant")


def _example(model: AllianceModel) -> AgreementTerms:
    path = next(path for path in example_files() if json.loads(path.read_text(encoding="utf-8"))["model"] == model)
    return load_example(path)


def _inputs(page: QWidget) -> list[QWidget]:
    found = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisible():
            continue
        if isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly():
            continue  # something to read (the key-terms summary), not a question
        parent = widget.parentWidget()
        inner = False
        while parent is not None and parent is not page:
            if isinstance(parent, INSIDE):
                inner = True
                break
            parent = parent.parentWidget()
        if not inner:
            found.append(widget)
    return found


def _lines(page: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in page.findChildren(QWidget)
        if isinstance(widget, FieldHelp | HelpLine) and widget.isVisible() and widget.explains is not None
    ]


def _helped(widget: QWidget, explained: list[QWidget], page: QWidget) -> bool:
    """The field, or the composite it is part of (an amount and its currency, a row of
    check boxes), has a help line shown."""
    current: QWidget | None = widget
    while current is not None and current is not page:
        if any(current is field for field in explained):
            return True
        current = current.parentWidget()
    return False


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.accessibleName() or widget.objectName() or widget.property('text')!r}"


def _walk(qtbot, tmp_path: Path, terms: AgreementTerms) -> tuple[list[str], list[str]]:
    wizard = AgreementWizard(tmp_path)
    qtbot.addWidget(wizard)
    wizard.resize(1000, 760)
    wizard.show()
    wizard.load(terms)
    missing: list[str] = []
    texts: list[str] = []
    for page_id in wizard.applicable_ids():
        wizard.jump_to(page_id)
        page = wizard.currentPage()
        assert wizard.currentId() == page_id
        qtbot.waitUntil(page.isVisible)
        lines = _lines(page)
        explained = [line.explains for line in lines]  # type: ignore[attr-defined]
        texts += [line.text() if isinstance(line, FieldHelp) else line.label.text() for line in lines]
        missing += [f"{page.title()}: {_name(field)}" for field in _inputs(page) if not _helped(field, explained, page)]
        # One line each: the glossary's line takes the place of the field's own.
        doubled = [_name(field) for field in explained if sum(other is field for other in explained) > 1]
        assert doubled == [], f"{page.title()}: more than one help line under {doubled}"
    # A help line made before its row is never shown on its own, as a window of its own.
    assert not [top for top in QApplication.topLevelWidgets() if isinstance(top, FieldHelp) and top.isVisible()]
    return missing, texts


@pytest.mark.parametrize("start", ["blank", "example"])
@pytest.mark.parametrize("model", MODELS, ids=str)
def test_every_field_of_every_page_has_a_help_line(qtbot, tmp_path, model: AllianceModel, start: str) -> None:
    terms = blank_terms(model) if start == "blank" else _example(model)
    missing, texts = _walk(qtbot, tmp_path, terms)
    assert missing == [], f"{model} ({start}): fields without a visible help line:\n" + "\n".join(missing)
    for text in texts:
        assert text.strip() and len(text) <= 220, f"not one short line: {text!r}"
        assert not any(word in text.lower() for word in JARGON_IN_LINES), text
