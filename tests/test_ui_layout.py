"""Every page of the real window usable at 1024 x 700 and at 1280 px: no page scrolls
sideways, no contribution table needs a horizontal scroll bar, no button or drop-down
squeezed below the size its text needs; the new-draft dialog is not cramped."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QScrollArea, QWidget

from drafting.terms import AllianceModel
from ui.drafts import blank_terms, example_files, load_example
from ui.new_draft import NewDraftDialog

pytest_plugins = ("tests.ui_fixtures",)
SIZES = [(1024, 700), (1280, 800)]


def squeezed(page: QWidget) -> list[str]:
    """Buttons and drop-downs narrower than their text needs (the text would be cut)."""
    found = []
    for widget in page.findChildren(QWidget):
        visible = isinstance(widget, QAbstractButton | QComboBox) and widget.isVisible()
        if visible and widget.width() + 1 < widget.minimumSizeHint().width():
            found.append(f"{type(widget).__name__} {widget.accessibleName() or widget.property('text')!r}")
    return found


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_page_fits_the_window(qtbot, window, size: tuple[int, int]) -> None:
    window.resize(*size)
    terms = load_example(next(path for path in example_files() if path.stem == "joint_venture_50_50"))
    window.show_editor(terms, None)
    wizard = window.editor.wizard
    if size[0] >= 1280:  # the preview makes room for the wizard's widest table
        qtbot.waitUntil(lambda: window.editor.splitter.sizes()[1] >= wizard.needed_width)
    seen = 0
    for page_id in wizard.applicable_ids():
        wizard.jump_to(page_id)
        page = wizard.currentPage()
        assert wizard.currentId() == page_id, f"stopped before {wizard.pages[page_id].title()}"
        seen += 1
        qtbot.waitUntil(lambda page=page: page.isVisible())
        scroll = page.findChild(QScrollArea)
        assert not scroll.horizontalScrollBar().isVisible(), f"{page.title()} scrolls sideways at {size}"
        assert squeezed(page) == [], f"{page.title()} at {size}"
        for table in getattr(page, "parties_tables", ()):
            assert not table.table.horizontalScrollBar().isVisible(), f"a contributions table overflows at {size}"
    assert seen >= 12
    if size[0] >= 1280:
        assert window.editor.preview.isVisible()  # room for the live preview beside the wizard
    else:
        assert not window.editor.preview.isVisible() and not window.preview_action.isChecked()


def test_the_preview_comes_back_when_asked_or_when_the_window_widens(qtbot, window) -> None:
    window.resize(1024, 700)
    window.show_editor(blank_terms(AllianceModel.REVENUE_SHARING), None)
    qtbot.waitUntil(lambda: not window.editor.preview.isVisible())
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: window.editor.preview.isVisible())
    assert window.preview_action.isChecked()


def test_the_new_draft_dialog_is_not_cramped(qtbot) -> None:
    dialog = NewDraftDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hint = dialog.sizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700
    assert dialog.width() >= 520
    assert squeezed(dialog) == []
    # Several rows of examples visible, at any scale factor (logical pixels vary with it).
    assert dialog.examples.height() >= dialog.examples.fontMetrics().height() * 7
