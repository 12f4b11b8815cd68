"""The law-and-disputes page offers the jury waiver under a US law also with arbitration
(the Delaware panel, issue 7): urgent relief and the enforcement of an award still go to a
court, so the waiver is asked for, saved and drafted whatever the forum."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from drafting.terms.lifecycle import Forum
from tests.engine_helpers import make_terms
from tests.ui_helpers import choose
from ui.wizard.disputes import DisputesPage


@pytest.fixture
def page(qtbot) -> DisputesPage:  # type: ignore[no-untyped-def]
    widget = DisputesPage()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_jury_waiver_is_offered_with_arbitration_under_a_us_law(qtbot, page: DisputesPage) -> None:  # type: ignore[no-untyped-def]
    page.load(make_terms())
    choose(qtbot, page.law, "Delaware")
    page.forum.set_value(Forum.ARBITRATION)
    assert page.jury_waiver.isVisible()
    if not page.jury_waiver.isChecked():
        page.jury_waiver.setFocus()
        qtbot.keyClick(page.jury_waiver, Qt.Key.Key_Space)
    assert page.read()["disputes"].jury_waiver is True
    choose(qtbot, page.law, "England and Wales")
    assert not page.jury_waiver.isVisible()
