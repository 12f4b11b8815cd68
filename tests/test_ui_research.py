"""End to end through the real widgets: a Dutch start-up and a Swiss ingredients company
set up an R&D collaboration with a licence option, a milestone payment and tiered
royalties; the review has no error, and the exported Word and PDF files say what was
typed, with the term sheet and the research plan in their schedules."""

from __future__ import annotations

from pathlib import Path

import docx
from pypdf import PdfReader
from PySide6.QtWidgets import QWizard

from drafting.terms import AllianceModel
from drafting.terms.commercial import SharingModel
from drafting.terms.economics import PaymentKind
from drafting.terms.research import IfNotAgreed, PublicationMode, ResultsOwnership
from tests.ui_helpers import choose, click, next_page, type_into, when_modal_opens

pytest_plugins = ("tests.ui_fixtures",)

PARTIES = [
    ("Myceliq B.V.", "Netherlands", "Bronland 10, Wageningen", "legal@myceliq.example"),
    ("Alpenrose Ingredients AG", "Switzerland", "Technoparkstrasse 1, Winterthur", "legal@alpenrose.example"),
]


def _new_research_draft(qtbot, window) -> None:
    def fill(dialog) -> None:
        dialog.model.set_value(AllianceModel.RESEARCH_COLLABORATION)
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    when_modal_opens(qtbot, fill)
    click(qtbot, window.library.new_button)
    assert window.stack.currentWidget() is window.editor


def test_rnd_collaboration_from_the_wizard_to_word_and_pdf(qtbot, window, store, tmp_path: Path) -> None:
    # Long answers are set in one edit each rather than typed key by key: every keystroke
    # refreshes the progress list, and thousands of refreshes have crashed PySide6 here.
    _new_research_draft(qtbot, window)
    wizard = window.editor.wizard
    assert wizard.basics.model_combo.value() is AllianceModel.RESEARCH_COLLABORATION
    next_page(qtbot, wizard)

    for card, (legal, jurisdiction, address, email) in zip(wizard.parties.cards, PARTIES, strict=True):
        type_into(qtbot, card.legal_name, legal)
        type_into(qtbot, card.jurisdiction, jurisdiction)
        type_into(qtbot, card.address, address)
        type_into(qtbot, card.email, email)
    next_page(qtbot, wizard)

    wizard.scope.purpose.setPlainText("to develop a fermented sweet protein as a sugar replacer")
    next_page(qtbot, wizard)

    payment = wizard.contributions.payments.add_payment()
    payment.kind.set_value(PaymentKind.MILESTONE)
    payment.payer.set_value("Alpenrose")
    payment.payee_party.set_value("Myceliq")
    type_into(qtbot, payment.amount.amount, "250000")
    payment.description.setText("Proof of concept")
    payment.milestone.setText("a strain produces the protein at 5 g/L in a 10-litre fermentation")
    next_page(qtbot, wizard)

    section = wizard.deal.sections[AllianceModel.RESEARCH_COLLABORATION]
    assert section.box.isVisible()
    section.programme.setPlainText("Optimise Myceliq's strains and test the protein in beverages")
    click(qtbot, section.work_packages.add_button)
    name, party, deliverables, due, fte = section.work_packages.rows[0]
    name.setText("Strain optimisation")
    party.set_value("Myceliq")
    deliverables.setText("Production strains at 5 g/L")
    type_into(qtbot, due, "2028-03-31")
    type_into(qtbot, fte, "3")
    click(qtbot, section.budget.add_button)
    line, performer, funder, amount = section.budget.rows[0]
    line.setText("Work package 1")
    performer.set_value("Myceliq")
    funder.set_value("Alpenrose")
    type_into(qtbot, amount, "900000")
    section.ownership.set_value(ResultsOwnership.CREATOR)
    option = section.option
    option.box.setChecked(True)
    option.licensee.set_value("Alpenrose")
    option.product.setText("food ingredients containing the sweet protein")
    type_into(qtbot, option.territory, "Europe")
    option.term_sheet.setPlainText("Technology transfer: up to 40 days of assistance free of charge")
    option.if_not_agreed.set_value(IfNotAgreed.EXPERT)
    type_into(qtbot, option.reduction, "50")
    click(qtbot, option.diligence_events.add_button)
    event, by = option.diligence_events.rows[0]
    event.setText("File a novel-food application in the European Union")
    type_into(qtbot, by, "2030-06-30")
    section.publication_mode.set_value(PublicationMode.REVIEW)
    section.convenience.set_value("Alpenrose")
    for _ in ("governance", "ip", "confidentiality", "sharing"):
        next_page(qtbot, wizard)

    sharing = wizard.sharing
    assert wizard.currentPage() is sharing
    assert sharing.kind.value() is SharingModel.ROYALTY
    sharing.payer.set_value("Alpenrose")
    sharing.payee.set_value("Myceliq")
    type_into(qtbot, sharing.rate, "4")
    next_page(qtbot, wizard)  # term
    next_page(qtbot, wizard)  # disputes
    choose(qtbot, wizard.disputes.law, "Switzerland")
    type_into(qtbot, wizard.disputes.seat, "Zurich, Switzerland")
    next_page(qtbot, wizard)

    assert wizard.currentPage() is wizard.review
    errors = [issue for issue in wizard.review.issues if issue.is_error]
    assert errors == [], errors
    next_page(qtbot, wizard)
    export = wizard.export
    type_into(qtbot, export.folder, str(tmp_path / "out"))
    export.lawyer.setChecked(True)  # the lawyer's copy: Word and PDF, with the drafting notes
    with qtbot.waitSignal(export.exported, timeout=120_000) as signal:
        click(qtbot, export.export_button)
    written = {path.suffix: path for path in signal.args[0]}
    assert set(written) == {".docx", ".pdf"}

    word = docx.Document(str(written[".docx"]))
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    text = "\n".join([paragraph.text for paragraph in word.paragraphs] + cells)
    assert "Research and Development Collaboration and Licence Option Agreement" in text
    assert "Myceliq grants Alpenrose an option" in text
    assert "in Europe" in text and "four per cent (4%)" in text
    assert "reduced by fifty per cent (50%)" in text
    assert "Strain optimisation" in cells and "Technology transfer" in " ".join(cells)
    assert "file a novel-food application in the European Union: by 30 June 2030" in text
    assert "Alpenrose may terminate this Agreement for any reason" in text
    assert "governed by Swiss law" in text
    pdf = " ".join(page.extract_text() for page in PdfReader(str(written[".pdf"])).pages)
    assert "Licence Term Sheet" in pdf and "Research Plan and Budget" in pdf
    assert "Alpenrose Ingredients AG" in pdf

    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    saved = store.get(store.list()[0].id).terms
    assert saved.research is not None and saved.research.option is not None
    assert saved.research.option.licensee == "Alpenrose"
    assert saved.research.budget[0].payer == "Alpenrose"
    assert saved.research.work_packages[0].due is not None
