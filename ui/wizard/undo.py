"""Undo and Redo for the wizard's field edits, whatever the widget: line edits, drop-downs,
spin boxes, check boxes and table cells.

The history holds whole ``AgreementTerms`` snapshots (immutable, so cheap to keep), one
per edit; consecutive edits of the same field make one step, so undoing "Bean & Co" takes
the whole name back, not one letter. Undo loads the previous snapshot into the pages
without leaving the page the user is on.

Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) reach the history from any field of the wizard: a line
edit would otherwise keep them for its own, one-field undo, and the two histories would
disagree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from drafting.terms import AgreementTerms

if TYPE_CHECKING:
    from ui.wizard.wizard import AgreementWizard

#: How many steps back the user can go.
DEPTH = 200
_CTRL = Qt.KeyboardModifier.ControlModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier


def _is_undo(event: QKeyEvent) -> bool:
    mods = event.modifiers() & (_CTRL | _SHIFT)
    return event.key() == Qt.Key.Key_Z and mods == _CTRL


def _is_redo(event: QKeyEvent) -> bool:
    mods = event.modifiers() & (_CTRL | _SHIFT)
    return (event.key() == Qt.Key.Key_Z and mods == _CTRL | _SHIFT) or (event.key() == Qt.Key.Key_Y and mods == _CTRL)


class EditHistory(QObject):
    """The wizard's undo stack. ``available`` fires when Undo or Redo becomes (un)available."""

    available = Signal()

    def __init__(self, wizard: AgreementWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self._past: list[AgreementTerms] = []
        self._future: list[AgreementTerms] = []
        self._last_field: QWidget | None = None
        self._restoring = False
        wizard.edited.connect(self._edited)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # --- state ---------------------------------------------------------------------------
    def reset(self, terms: AgreementTerms) -> None:
        self._past, self._future, self._last_field = [terms], [], None
        self.available.emit()

    def can_undo(self) -> bool:
        return len(self._past) > 1

    def can_redo(self) -> bool:
        return bool(self._future)

    def _edited(self) -> None:
        if self._restoring or not self._past:
            return
        terms, _problems = self.wizard.collect()
        if terms is None or terms == self._past[-1]:
            return  # half-typed input the terms cannot hold yet: the next edit records it
        focus = QApplication.focusWidget()
        if focus is not None and focus is self._last_field and len(self._past) > 1:
            self._past[-1] = terms  # still typing in the same field: one step
        else:
            self._past.append(terms)
            del self._past[:-DEPTH]
        self._last_field = focus
        self._future.clear()
        self.available.emit()

    # --- moving ------------------------------------------------------------------------
    def undo(self) -> None:
        if self.can_undo():
            self._future.append(self._past.pop())
            self._restore(self._past[-1])

    def redo(self) -> None:
        if self.can_redo():
            self._past.append(self._future.pop())
            self._restore(self._past[-1])

    def _restore(self, terms: AgreementTerms) -> None:
        field = self._last_field
        self._restoring = True
        try:
            self.wizard.reload(terms)
        finally:
            self._restoring = False
        self._last_field = None
        if field is not None and field.isVisible():
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.available.emit()

    # --- the keys ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isValid(self.wizard):  # the wizard is gone: stop listening
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            return False
        if not isinstance(watched, QWidget) or not self.wizard.isAncestorOf(watched):
            return False
        assert isinstance(event, QKeyEvent)
        undo, redo = _is_undo(event), _is_redo(event)
        if not (undo or redo):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key press comes here, not to a window-wide shortcut
            return False
        self.undo() if undo else self.redo()
        return True
