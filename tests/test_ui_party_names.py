"""Party names as the user types them, everywhere the wizard shows them: the revenue-split
rows follow a renamed party at once (no restart), and an ampersand in a name ("Bean & Co")
is shown as typed, never read as a keyboard mnemonic ("Bean _Co")."""

from __future__ import annotations

import pytest

from drafting.terms import AllianceModel
from tests.ui_helpers import type_into
from ui.drafts import blank_terms
from ui.widgets import literal, plain
from ui.wizard.wizard import AgreementWizard


@pytest.fixture
def wizard(qtbot, tmp_path) -> AgreementWizard:
    widget = AgreementWizard(tmp_path)
    qtbot.addWidget(widget)
    widget.show()
    widget.load(blank_terms(AllianceModel.REVENUE_SHARING))
    return widget


def name_parties(qtbot, wizard: AgreementWizard, *names: str) -> None:
    wizard.jump_to(wizard.pages.index(wizard.parties))
    for card, name in zip(wizard.parties.cards, names, strict=True):
        type_into(qtbot, card.short_name, name)


def split_rows(wizard: AgreementWizard) -> list[str]:
    table = wizard.sharing.shares.table
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def test_the_revenue_split_rows_follow_the_names_as_they_are_typed(qtbot, wizard) -> None:
    wizard.jump_to(wizard.pages.index(wizard.sharing))
    assert split_rows(wizard) == ["Party A", "Party B"]
    type_into(qtbot, wizard.sharing.shares.edits["Party A"], "60")
    name_parties(qtbot, wizard, "Roastery", "Cafe Chain")
    wizard.jump_to(wizard.pages.index(wizard.sharing))
    assert split_rows(wizard) == ["Roastery", "Cafe Chain"]
    assert wizard.sharing.shares.edits["Roastery"].text() == "60"  # the typed share stayed with its party
    assert wizard.sharing.shares.edits["Roastery"].accessibleName().endswith("Roastery, share")
    shares = wizard.collect()[0].sharing.shares
    assert [share.party for share in shares] == ["Roastery"]


def test_an_ampersand_in_a_name_is_shown_as_typed(qtbot, wizard) -> None:
    name_parties(qtbot, wizard, "Bean & Co", "Cup Ltd")
    wizard.jump_to(wizard.pages.index(wizard.contributions))
    titles = [table.title() for table in wizard.contributions.parties_tables]
    assert [plain(title) for title in titles] == ["Bean & Co", "Cup Ltd"]
    assert titles[0] == "Bean && Co"


def test_literal_is_the_inverse_of_plain() -> None:
    for text in ("Bean & Co", "A && B", "&", "No ampersand"):
        assert plain(literal(text)) == text
