"""The Contributions page: one table per party with its subtotal and share of the total
value; rows typed, removed and renamed with their party; the order of the terms kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from drafting.terms.commercial import ContributionKind, TransferMode
from tests.engine_helpers import make_terms
from tests.ui_helpers import click, type_into, type_into_cell
from ui.drafts import example_files, load_example
from ui.wizard.contribution_table import DESCRIPTION, KIND, TRANSFER, VALUE


def euros(amount: str) -> dict[str, str]:
    return {"amount": amount, "currency": "eur"}  # lower case on purpose: the model normalises it


def interleaved_terms():
    """Alpha, Beta, Alpha: the tables group them, the terms must keep this order."""
    return make_terms(
        "co_marketing",  # a type that drafts contributions (a revenue share has none)
        contributions=[
            {
                "party": "Alpha",
                "kind": "cash",
                "description": "seed money",
                "value": {"amount": "600", "currency": "eur"},
            },
            {"party": "Beta", "kind": "ip", "description": "the Beta patents", "transfer_mode": "license"},
            {
                "party": "Alpha",
                "kind": "personnel",
                "description": "two engineers",
                "value": euros("200"),
                "transfer_mode": "service",
            },
        ],
    )


def test_one_table_per_party_with_subtotals_and_shares(wizard) -> None:
    terms = interleaved_terms()
    wizard.load(terms)
    page = wizard.contributions
    assert [table.title() for table in page.parties_tables] == ["Alpha", "Beta"]
    alpha, beta = page.parties_tables
    assert [alpha.cell(row, DESCRIPTION) for row in range(alpha.table.rowCount())] == ["seed money", "two engineers"]
    assert beta.cell(0, VALUE) == ""
    assert beta.table.cellWidget(0, TRANSFER).currentText() == "Licence"
    assert alpha.subtotal.text() == "Subtotal: EUR 800.00 (100% of the total value)"
    assert beta.subtotal.text() == "No value given yet"
    assert page.totals.text() == "Total value of the contributions: EUR 800.00"
    collected, problems = wizard.collect()
    assert problems == [] and collected == terms  # the interleaved order survives the grouping


def test_every_example_shows_each_contribution_under_its_party(wizard) -> None:
    for path in example_files():
        terms = load_example(path)
        wizard.load(terms)
        page = wizard.contributions
        shown = {table.party: table.table.rowCount() for table in page.parties_tables}
        assert list(shown) == [party.short_name for party in terms.parties], path.stem
        for party in terms.parties:
            assert shown[party.short_name] == sum(1 for item in terms.contributions if item.party == party.short_name)


def test_typing_a_new_row_in_a_partys_table(qtbot, wizard) -> None:
    wizard.load(interleaved_terms())
    wizard.jump_to(wizard.pages.index(wizard.contributions))
    beta = wizard.contributions.table_of("Beta")
    click(qtbot, beta.add_button)
    assert beta.table.rowCount() == 2 and beta.table.hasFocus()
    assert "describe what the party contributes" in wizard.contributions.problems()["rows"]
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    type_into_cell(qtbot, beta.table, 1, DESCRIPTION, "a test lab <R&D> {{ x }}")
    type_into_cell(qtbot, beta.table, 1, VALUE, "1200")
    beta.table.cellWidget(1, KIND).set_value(ContributionKind.FACILITIES)
    transfer = beta.table.cellWidget(1, TRANSFER)
    transfer.setCurrentIndex(transfer.findData("loan"))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert beta.subtotal.text() == "Subtotal: EUR 1,200.00 (60% of the total value)"
    assert wizard.contributions.table_of("Alpha").subtotal.text() == "Subtotal: EUR 800.00 (40% of the total value)"
    collected, problems = wizard.collect()
    assert problems == [] and collected is not None
    added = collected.contributions[-1]
    assert (added.party, added.kind) == ("Beta", ContributionKind.FACILITIES)
    assert added.description == "a test lab <R&D> {{ x }}"
    assert added.value is not None and str(added.value.amount) == "1200" and added.transfer_mode is TransferMode.LOAN
    type_into_cell(qtbot, beta.table, 1, VALUE, "12x")
    assert wizard.contributions.problems() == {"rows": "Beta, row 2: '12x' is not a number."}


def test_removing_a_row_and_a_bad_currency(qtbot, wizard) -> None:
    wizard.load(interleaved_terms())
    wizard.jump_to(wizard.pages.index(wizard.contributions))
    alpha = wizard.contributions.table_of("Alpha")
    type_into_cell(qtbot, alpha.table, 0, 3, "E1")
    assert "'E1' is not a three-letter currency code" in wizard.contributions.problems()["rows"]
    alpha.table.setCurrentCell(0, DESCRIPTION)
    click(qtbot, alpha.remove_button)
    assert wizard.contributions.problems() == {}
    collected, _ = wizard.collect()
    assert collected is not None
    assert [item.description for item in collected.contributions] == ["the Beta patents", "two engineers"]


def test_a_renamed_party_keeps_its_table_and_a_removed_one_is_flagged(qtbot, wizard) -> None:
    wizard.load(interleaved_terms())
    cards = wizard.parties.cards
    type_into(qtbot, cards[0].short_name, "Alphabet")
    page = wizard.contributions
    assert [table.title() for table in page.parties_tables] == ["Alphabet", "Beta"]
    collected, _ = wizard.collect()
    assert collected is not None
    assert [item.party for item in collected.contributions] == ["Alphabet", "Beta", "Alphabet"]
    click(qtbot, wizard.parties.add_button)
    type_into(qtbot, wizard.parties.cards[2].legal_name, "Gamma Limited")
    click(qtbot, cards[1].remove_button)
    titles = [table.title() for table in page.parties_tables]
    assert titles[-1] == "Beta (no longer a party)" and "Gamma" in titles
    assert page.problems()["rows"].startswith("Beta is no longer a party")
    beta = page.table_of("Beta")
    beta.table.setCurrentCell(0, DESCRIPTION)
    click(qtbot, beta.remove_button)
    assert page.problems() == {}


def test_the_party_tables_are_named_for_screen_readers(wizard) -> None:
    wizard.load(interleaved_terms())
    beta = wizard.contributions.table_of("Beta")
    assert beta.table.accessibleName() == "Contributions by Beta"
    assert beta.add_button.accessibleName() == "Add a contribution by Beta"
    assert beta.table.cellWidget(0, KIND).accessibleName() == "Kind, contribution 1 by Beta"
    assert beta.table.tabKeyNavigation() is False
    assert beta.table.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_funding_default_remedies_are_asked_and_kept(qtbot, wizard) -> None:
    from drafting.terms.commercial import DefaultRemedy

    terms = load_example(next(path for path in example_files() if path.stem == "joint_venture_50_50"))
    wizard.load(terms)
    wizard.jump_to(wizard.pages.index(wizard.contributions))
    page = wizard.contributions
    assert page.funding_box.isVisible()
    for remedy, check in page.remedies.items():
        assert check.isChecked() == (remedy in terms.funding_default.remedies)
    forced_sale = page.remedies[DefaultRemedy.FORCED_SALE]
    assert not forced_sale.isChecked()
    click(qtbot, forced_sale)
    assert forced_sale.isChecked()
    page.cure_days.setValue(45)
    collected, problems = wizard.collect()
    assert problems == [] and collected is not None
    assert collected.funding_default.remedies == (*terms.funding_default.remedies, DefaultRemedy.FORCED_SALE)
    assert collected.funding_default.cure_days == 45
