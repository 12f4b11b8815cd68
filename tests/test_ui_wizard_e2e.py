"""End to end, as a person would do it: create a three-party joint venture by typing
into the wizard, run into the review error of shares adding up to 90%, fix it, export
DOCX and PDF, then reopen the draft from the library and find every answer intact."""

from __future__ import annotations

from pathlib import Path

import docx
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from drafting.terms import AllianceModel
from drafting.terms.commercial import SharingModel
from tests.ui_helpers import choose, click, next_page, type_into, type_into_cell, when_modal_opens

pytest_plugins = ("tests.ui_fixtures",)

PARTIES = [
    ("Northwind Traders Ltd", "England and Wales", "1 High Street, London", "legal@northwind.example"),
    ("Sol & Sombra S.L.", "Spain", "Calle Mayor 5, Madrid", "legal@solsombra.example"),
    ("Fjord Capital AS", "Norway", "Karl Johans gate 1, Oslo", "legal@fjord.example"),
]


def create_joint_venture_draft(qtbot, window) -> None:
    def fill(dialog) -> None:
        dialog.model.setFocus()
        qtbot.keyClicks(dialog.model, "Joint")
        assert dialog.model.value() is AllianceModel.JOINT_VENTURE
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    when_modal_opens(qtbot, fill)
    click(qtbot, window.library.new_button)
    assert window.stack.currentWidget() is window.editor


def fill_parties(qtbot, page) -> None:
    click(qtbot, page.add_button)
    assert len(page.cards) == 3
    for card, (legal, jurisdiction, address, email) in zip(page.cards, PARTIES, strict=True):
        type_into(qtbot, card.legal_name, legal)
        type_into(qtbot, card.jurisdiction, jurisdiction)
        type_into(qtbot, card.address, address)
        type_into(qtbot, card.email, email)
    assert [card.short_name.text() for card in page.cards] == ["Northwind", "Sol", "Fjord"]


def test_three_party_joint_venture_from_typing_to_export_and_back(qtbot, window, store, tmp_path: Path) -> None:
    create_joint_venture_draft(qtbot, window)
    wizard = window.editor.wizard
    type_into(qtbot, wizard.basics.title_edit, "Iberian Solar Joint Venture Agreement")
    next_page(qtbot, wizard)

    fill_parties(qtbot, wizard.parties)
    next_page(qtbot, wizard)

    assert wizard.currentPage() is wizard.scope
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # the purpose is required
    type_into(qtbot, wizard.scope.purpose, "to build and run solar farms in Spain")
    next_page(qtbot, wizard)

    contributions = wizard.contributions
    northwind = contributions.table_of("Northwind")
    assert [table.title() for table in contributions.parties_tables] == ["Northwind", "Sol", "Fjord"]
    click(qtbot, northwind.add_button)
    type_into_cell(qtbot, northwind.table, 0, 1, "cash for the first two farms")
    type_into_cell(qtbot, northwind.table, 0, 2, "400000")
    assert northwind.subtotal.text() == "Subtotal: EUR 400,000.00 (100% of the total value)"
    assert contributions.totals.text() == "Total value of the contributions: EUR 400,000.00"
    next_page(qtbot, wizard)

    deal = wizard.deal.sections[AllianceModel.JOINT_VENTURE]
    type_into(qtbot, deal.name, "Sol Iberia JV S.L.")
    type_into(qtbot, deal.jurisdiction, "Spain")
    for edit, percent in zip(deal.holdings.edits.values(), ("40", "30", "30"), strict=True):
        type_into(qtbot, edit, percent)
    assert deal.holdings.total_label.text() == "Total: 100%"
    for _ in ("governance", "ip", "confidentiality", "sharing"):
        next_page(qtbot, wizard)

    sharing = wizard.sharing
    assert wizard.currentPage() is sharing
    # A joint venture pays out profits as dividends (its precedent has no revenue pool):
    # the owners' shares of the distributions are what must total 100%.
    sharing.kind.set_value(SharingModel.NONE)
    edits = list(sharing.distributions.edits.values())
    for edit in edits:
        type_into(qtbot, edit, "30")
    assert sharing.distributions.total_label.text() == "Total: 90% (must be 100%)"

    # The steps list reaches the review at any time; it names the 90% and leads back here.
    steps = window.editor.steps
    review_row = next(row for row in range(steps.count()) if steps.item(row).text() == "Review")
    steps.setCurrentRow(review_row)
    qtbot.keyClick(steps, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.review
    texts = [wizard.review.list.item(row).text() for row in range(wizard.review.list.count())]
    share_rows = [row for row, text in enumerate(texts) if "90%" in text]
    assert share_rows, texts
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.review.list.setCurrentRow(share_rows[0])
    click(qtbot, wizard.review.go_button)
    assert wizard.currentPage() is sharing

    type_into(qtbot, edits[0], "40")
    assert sharing.distributions.total_label.text() == "Total: 100%"
    next_page(qtbot, wizard)  # term
    next_page(qtbot, wizard)  # disputes
    disputes = wizard.disputes
    # Parties in three countries: no law is suggested, and the forum follows the law chosen.
    assert disputes.law.currentIndex() == -1
    choose(qtbot, disputes.law, "England and Wales")
    assert disputes.seat.text() == "London, England"
    assert disputes.institution.currentText().startswith("LCIA")
    type_into(qtbot, disputes.seat, "London")
    next_page(qtbot, wizard)

    assert wizard.currentPage() is wizard.review
    errors = [issue for issue in wizard.review.issues if issue.is_error]
    assert errors == [], errors
    next_page(qtbot, wizard)

    export = wizard.export
    out_dir = tmp_path / "exported"
    type_into(qtbot, export.folder, str(out_dir))
    export.lawyer.setChecked(True)
    with qtbot.waitSignal(export.exported, timeout=120_000) as signal:
        click(qtbot, export.export_button)
    written = {path.suffix: path for path in signal.args[0]}
    assert set(written) == {".docx", ".pdf"}
    assert export.open_folder.isVisible() and "Saved" in export.status.text()

    word = docx.Document(str(written[".docx"]))
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    document_text = "\n".join([paragraph.text for paragraph in word.paragraphs] + cells)
    for legal, *_ in PARTIES:
        assert legal in document_text
    assert "establish Sol Iberia JV S.L" in document_text
    assert "cash for the first two farms" in document_text
    pdf_text = " ".join(page.extract_text() for page in PdfReader(str(written[".pdf"])).pages)
    assert "Fjord Capital AS" in pdf_text
    assert "England and Wales" in pdf_text

    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert window.stack.currentWidget() is window.library

    # Reopen from the library: every answer is back in its widget.
    tree = window.library.tree
    assert tree.topLevelItemCount() == 1
    assert tree.topLevelItem(0).text(0) == "Iberian Solar Joint Venture Agreement"
    tree.setCurrentItem(tree.topLevelItem(0))
    click(qtbot, window.library.open_button)
    wizard = window.editor.wizard
    assert [card.legal_name.text() for card in wizard.parties.cards] == [party[0] for party in PARTIES]
    assert [card.email.text() for card in wizard.parties.cards] == [party[3] for party in PARTIES]
    assert wizard.scope.purpose.toPlainText() == "to build and run solar farms in Spain"
    assert wizard.contributions.table_of("Northwind").table.item(0, 1).text() == "cash for the first two farms"
    assert [edit.text() for edit in wizard.sharing.distributions.edits.values()] == ["40", "30", "30"]
    assert [edit.text() for edit in deal.holdings.edits.values()] == ["40", "30", "30"]
    assert deal.name.text() == "Sol Iberia JV S.L."
    assert wizard.disputes.law.currentText() == "England and Wales"
    assert wizard.disputes.seat.text() == "London"
    saved = store.get(store.list()[0].id).terms
    assert saved.distributions is not None
    assert [share.percent for share in saved.distributions.shares] == [40, 30, 30]
    assert saved.governing_law.profile == "ew"
    assert window.editor.dirty is False
