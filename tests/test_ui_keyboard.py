"""Keyboard only: the first wizard pages driven with Tab, typing and Alt+N alone. Focus
starts on each page's first field, moves in reading order (down the page, left to right
on a line), reaches every field, then Back / Next; every stop has an accessible name."""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget, QWizard

from drafting.terms import AllianceModel
from ui.drafts import blank_terms, example_files, load_example
from ui.wizard.base import WIZARD_BUTTONS, TermsPage
from ui.wizard.wizard import AgreementWizard

pytest_plugins = ("tests.ui_fixtures",)
MOST_STOPS = 80


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces as the widget's name (a button's is its text)."""
    if isinstance(widget, QAbstractButton) and not widget.accessibleName():
        interface = QAccessible.queryAccessibleInterface(widget)
        return interface.text(QAccessible.Text.Name) if interface is not None else ""
    return widget.accessibleName()


def tab_through(qtbot, page: TermsPage) -> tuple[list[QWidget], QWidget]:
    """Press Tab from the page's first field until the focus leaves the page: the stops
    on the page, in order, and where the focus went next."""
    stops: list[QWidget] = []
    while page.isAncestorOf(focused()):
        assert focused() not in stops, f"Tab came back to {spoken_name(focused())!r}"
        stops.append(focused())
        assert len(stops) < MOST_STOPS
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    return stops, focused()


def assert_reading_order(page: TermsPage, stops: list[QWidget]) -> None:
    def centre(widget: QWidget) -> QPoint:
        return widget.mapTo(page, widget.rect().center())

    for before, after in itertools.pairwise(stops):
        a, b = centre(before), centre(after)
        same_line = abs(a.y() - b.y()) <= 4
        assert b.y() > a.y() + 4 or (same_line and b.x() > a.x()), (
            f"Tab went from {spoken_name(before)!r} at {a.toTuple()} back up to {spoken_name(after)!r} at {b.toTuple()}"
        )


def check_page(qtbot, wizard: QWizard, page: TermsPage) -> list[QWidget]:
    """The page is current, focus is on its first field; Tab visits every field in order."""

    def on_first_field() -> bool:
        fields = page.fields_in_tab_order()
        return wizard.currentPage() is page and bool(fields) and QApplication.focusWidget() is fields[0]

    qtbot.waitUntil(on_first_field)
    first = focused()
    stops, after = tab_through(qtbot, page)
    assert set(stops) == set(page.fields_in_tab_order()), "Tab skipped a field"
    assert_reading_order(page, stops)
    unnamed = [type(stop).__name__ for stop in stops if not spoken_name(stop).strip()]
    assert unnamed == [], f"focusable widgets without an accessible name on {page.title()!r}: {unnamed}"
    buttons = {wizard.button(which) for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton)}
    assert after in buttons, f"after the last field Tab went to {spoken_name(after)!r}"
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is stops[-1], "Shift+Tab from the first button did not go back to the last field"
    first.setFocus(Qt.FocusReason.ShortcutFocusReason)  # back to the start, as Shift+Tab would
    return stops


def tab_to(qtbot, target: QWidget) -> None:
    for _ in range(MOST_STOPS):
        if focused() is target:
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {spoken_name(target)!r}")


def press_next(qtbot) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)


def test_the_first_pages_by_keyboard_alone(qtbot, window) -> None:
    # A co-marketing alliance drafts contributions, so their tables are a step of its wizard.
    window.create_and_open(blank_terms(AllianceModel.CO_MARKETING))
    wizard = window.editor.wizard

    basics = wizard.basics
    stops = check_page(qtbot, wizard, basics)
    assert stops[0] is basics.fields_in_tab_order()[0]
    tab_to(qtbot, basics.title_edit)
    qtbot.keyClicks(focused(), "Keyboard Alliance")
    press_next(qtbot)

    parties = wizard.parties
    stops = check_page(qtbot, wizard, parties)
    first_card, second_card = parties.cards
    assert stops[0] is first_card.legal_name
    assert stops.index(first_card.email) < stops.index(second_card.legal_name) < stops.index(parties.add_button)
    qtbot.keyClicks(focused(), "Acme Robotics Ltd")
    assert focused() is first_card.legal_name  # the Next button coming and going does not move it
    tab_to(qtbot, second_card.legal_name)
    qtbot.keyClicks(focused(), "Bolt Energy GmbH")
    assert [card.short_name.text() for card in parties.cards] == ["Acme", "Bolt"]
    press_next(qtbot)

    scope = wizard.scope
    check_page(qtbot, wizard, scope)
    assert focused() is scope.purpose
    qtbot.keyClicks(focused(), "to sell robots powered by Bolt batteries")
    press_next(qtbot)

    contributions = wizard.contributions
    stops = check_page(qtbot, wizard, contributions)
    acme = contributions.table_of("Acme")
    assert stops[:3] == [acme.table, acme.add_button, acme.remove_button]
    terms = window.editor.current_terms()
    assert terms is not None
    assert terms.title == "Keyboard Alliance"
    assert [party.legal_name for party in terms.parties] == ["Acme Robotics Ltd", "Bolt Energy GmbH"]
    assert terms.scope.purpose == "to sell robots powered by Bolt batteries"


def mnemonic(text: str) -> str:
    """The Alt+letter of a label ('Registration n&umber' -> 'u'), '' when it has none."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else ""


def test_no_field_takes_the_wizards_alt_keys(qtbot, tmp_path) -> None:
    """A page label with Alt+N would turn Next's Alt+N into 'cycle between the two'."""
    wizard = AgreementWizard(tmp_path)
    qtbot.addWidget(wizard)
    wizard.load(load_example(next(path for path in example_files() if "consortium" in path.stem)))
    taken = {mnemonic(wizard.button(which).text()) for which in WIZARD_BUTTONS} - {""}
    assert taken >= {"n", "b", "f"}
    clashes = []
    for page in wizard.pages:
        for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
            if mnemonic(widget.text()) in taken:
                clashes.append(f"{page.title()}: {widget.text()}")
    assert clashes == []
