"""Jargon explained where it is met: a plain line under every field that carries legal
weight and a "?" that opens its glossary entry (data in ``ui/glossary.toml``), warnings
under choices with a big effect, acronyms in capitals. Driven through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from drafting.terms import AllianceModel
from tests.ui_helpers import click
from ui.drafts import blank_terms
from ui.glossary import GlossaryDialog, HelpLine, WarningLine, terms, warnings
from ui.widgets import humanize
from ui.wizard.contribution_table import TRANSFER
from ui.wizard.wizard import AgreementWizard

# The words a newcomer stumbled on: each has an entry.
JARGON = ("Quorum", "Casting vote", "Background IP", "Foreground IP", "Residuals", "Exclusivity", "Liability cap")


@pytest.fixture
def wizard(qtbot, tmp_path) -> AgreementWizard:
    widget = AgreementWizard(tmp_path)
    qtbot.addWidget(widget)
    widget.show()
    widget.load(blank_terms(AllianceModel.JOINT_VENTURE))
    return widget


def go(wizard: AgreementWizard, page) -> None:
    wizard.jump_to(wizard.pages.index(page))


def pick(qtbot, combo, text: str) -> None:
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"no {text!r} in the list")


def test_every_glossary_entry_and_warning_sits_under_a_real_field(wizard) -> None:
    assert set(JARGON) <= {entry.term for entry in terms()}
    for entry in terms():
        assert entry.line.endswith(".") and len(entry.line) < 130, entry.id
        for spec in entry.fields:
            assert f"{entry.id}@{spec}" in wizard.help_lines, f"{spec} is not a field of the wizard"
    for warning in warnings():
        if warning.field:
            assert warning.id in wizard.help_lines, f"{warning.field} is not a field of the wizard"


def test_the_line_under_quorum_and_its_glossary_entry(qtbot, wizard) -> None:
    go(wizard, wizard.governance)
    line = wizard.help_lines["quorum@governance.quorum"]
    assert isinstance(line, HelpLine) and line.isVisible()
    assert "must be present" in line.label.text()
    assert line.button.accessibleName() == "What is Quorum?"
    click(qtbot, line.button)
    dialog = line.dialog
    assert isinstance(dialog, GlossaryDialog) and dialog.isVisible()
    assert "minimum attendance" in dialog.text.text()
    dialog.reject()


def test_a_help_line_hides_with_its_field(qtbot, tmp_path) -> None:
    wizard = AgreementWizard(tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.load(blank_terms(AllianceModel.JOINT_VENTURE))
    go(wizard, wizard.disputes)
    seat = wizard.help_lines["seat@disputes.seat"]
    pick(qtbot, wizard.disputes.forum, "Arbitration")
    assert seat.isVisible()
    pick(qtbot, wizard.disputes.forum, "The courts")
    assert not seat.isVisible()


@pytest.mark.parametrize(
    ("page_name", "field", "choice", "warning", "words"),
    [
        ("scope", "exclusivity", "In a territory", "exclusivity", "may not work with anyone else"),
        ("disputes", "general.cap_kind", "No cap", "uncapped", "whole loss"),
        ("ip", "ownership", "Owned jointly", "joint_ip", "without the other"),
    ],
)
def test_a_choice_with_a_big_effect_says_what_it_does(
    qtbot, wizard, page_name: str, field: str, choice: str, warning: str, words: str
) -> None:
    page = getattr(wizard, page_name)
    go(wizard, page)
    combo = page
    for name in field.split("."):
        combo = getattr(combo, name)
    line = wizard.help_lines[warning]
    assert isinstance(line, WarningLine)
    before = combo.currentText()
    pick(qtbot, combo, choice)
    assert line.isVisible() and words in line.text()
    pick(qtbot, combo, before)
    assert not line.isVisible() or line.active()


def test_a_contribution_given_away_for_good_is_spelled_out(qtbot, wizard) -> None:
    go(wizard, wizard.contributions)
    table = wizard.contributions.parties_tables[0]
    click(qtbot, table.add_button)
    table.table.item(0, 1).setText("the house roasting recipe")
    transfer = table.table.cellWidget(0, TRANSFER)
    assert not table.transfer_warning.isVisible()
    pick(qtbot, transfer, "Transfer of ownership")
    assert table.transfer_warning.isVisible()
    text = table.transfer_warning.text()
    assert "the house roasting recipe" in text and "gives it away for good" in text and "Licence" in text
    pick(qtbot, transfer, "Licence")
    assert not table.transfer_warning.isVisible()


def test_acronyms_keep_their_capitals() -> None:
    assert [humanize(value) for value in ("ICC", "lcia", "ip_assignment", "change_of_control")] == [
        "ICC",
        "LCIA",
        "IP assignment",
        "Change of control",
    ]
