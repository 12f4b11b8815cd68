"""A professionals' members' agreement made through the real widgets: choose the type in
the new-draft dialog, type three architects and their company, state the split of fees
(first short of 100%, which the review names), the holdings and the insurance, decide by
Consensus Matters on the governance page, export DOCX and PDF and read them back."""

from __future__ import annotations

from pathlib import Path

import docx
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from drafting.terms import AllianceModel
from tests.docx_helpers import CLAUSE_STYLE_IDS, style_id
from tests.ui_helpers import choose, click, next_page, type_into, when_modal_opens
from ui.labels import MODEL_STEERS

pytest_plugins = ("tests.ui_fixtures",)

PEOPLE = [
    ("Eleanor Whitcombe", "England and Wales", "12 Ancoats Street, Manchester", "eleanor@foundry.example"),
    ("Marcus Adeyemi", "England and Wales", "9 Beech Road, Manchester", "marcus@foundry.example"),
    ("Foundry Yard Architects Ltd", "England and Wales", "22 Blossom Street, Manchester", "office@foundry.example"),
]


def _create_members_draft(qtbot, window) -> None:
    def fill(dialog) -> None:
        dialog.model.set_value(AllianceModel.JOINT_VENTURE)
        # Choosing a joint venture points professionals who own their company to the new type.
        assert MODEL_STEERS[AllianceModel.JOINT_VENTURE] in dialog.blurb.text()
        dialog.model.setFocus()
        qtbot.keyClicks(dialog.model, "Prof")
        assert dialog.model.value() is AllianceModel.PROFESSIONALS_MEMBERS
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    when_modal_opens(qtbot, fill)
    click(qtbot, window.library.new_button)
    assert window.stack.currentWidget() is window.editor


def _go_to(qtbot, wizard, page) -> None:
    for _ in range(12):
        if wizard.currentPage() is page:
            return
        next_page(qtbot, wizard)
    raise AssertionError(f"never reached {page.title()}")


def test_members_agreement_from_the_new_draft_dialog_to_docx_and_pdf(qtbot, window, tmp_path: Path) -> None:
    _create_members_draft(qtbot, window)
    wizard = window.editor.wizard
    next_page(qtbot, wizard)

    parties = wizard.parties
    assert len(parties.cards) == 3
    for card, (legal, home, address, email) in zip(parties.cards, PEOPLE, strict=True):
        type_into(qtbot, card.legal_name, legal)
        type_into(qtbot, card.jurisdiction, home)
        type_into(qtbot, card.address, address)
        type_into(qtbot, card.email, email)
    # Individuals are known by their surname: type over the suggested first word.
    for card, short in zip(parties.cards, ("Whitcombe", "Adeyemi", "Foundry Yard"), strict=True):
        card.short_name.setFocus()
        card.short_name.selectAll()
        qtbot.keyClicks(card.short_name, short)
    assert parties.current_names() == ["Whitcombe", "Adeyemi", "Foundry Yard"]
    next_page(qtbot, wizard)

    type_into(qtbot, wizard.scope.purpose, "to win and deliver larger commissions together")
    _go_to(qtbot, wizard, wizard.deal)
    section = wizard.deal.sections[AllianceModel.PROFESSIONALS_MEMBERS]
    assert section.box.isVisible()
    # The company picked in the blank draft followed its new short name; the members hold it.
    assert section.company.currentText() == "Foundry Yard"
    assert list(section.holdings.edits) == ["Whitcombe", "Adeyemi"]
    section.holdings.equal.setChecked(False)
    type_into(qtbot, section.holdings.edits["Whitcombe"], "60")
    type_into(qtbot, section.holdings.edits["Adeyemi"], "40")
    assert section.holdings.total_label.text() == "Total: 100%"
    type_into(qtbot, section.profession, "architects")
    type_into(qtbot, section.company_work, "Commissions above GBP 2,000,000 in construction value")
    type_into(qtbot, section.own_practice, "Residential work and expert-witness work")
    type_into(qtbot, section.member_share, "60")
    type_into(qtbot, section.company_share, "30")
    type_into(qtbot, section.pi_cover.amount, "2000000")

    # The governance page asks for the members' own decisions, not a joint body.
    _go_to(qtbot, wizard, wizard.governance)
    governance = wizard.governance
    assert governance.decision_box.isVisible() and governance.reserved.isVisible()
    assert not governance.body_type.isVisible() and not governance.seats.isVisible()
    assert "Changing the division of fees" in [matter.matter for matter in governance.reserved.matters()]

    _go_to(qtbot, wizard, wizard.disputes)
    choose(qtbot, wizard.disputes.law, "England and Wales")
    if wizard.disputes.seat.isVisible() and not wizard.disputes.seat.text().strip():
        type_into(qtbot, wizard.disputes.seat, "London")
    next_page(qtbot, wizard)

    # The review names the split that falls short and leads back to the field.
    assert wizard.currentPage() is wizard.review
    texts = [wizard.review.list.item(row).text() for row in range(wizard.review.list.count())]
    short = [row for row, text in enumerate(texts) if "= 90%" in text]
    assert short, texts
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.review.list.setCurrentRow(short[0])
    click(qtbot, wizard.review.go_button)
    assert wizard.currentPage() is wizard.deal
    section.company_share.clear()
    type_into(qtbot, section.company_share, "40")

    steps = window.editor.steps
    review_row = next(row for row in range(steps.count()) if steps.item(row).text() == "Review")
    steps.setCurrentRow(review_row)
    qtbot.keyClick(steps, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.review
    errors = [issue for issue in wizard.review.issues if issue.is_error]
    assert errors == [], errors
    next_page(qtbot, wizard)

    export = wizard.export
    out_dir = tmp_path / "exported"
    type_into(qtbot, export.folder, str(out_dir))
    export.lawyer.setChecked(True)  # the copy is chosen explicitly
    try:
        with qtbot.waitSignal(export.exported, timeout=120_000) as signal:
            click(qtbot, export.export_button)
    except Exception:
        raise AssertionError(f"export did not finish: {export.status.text()!r}") from None
    written = {path.suffix: path for path in signal.args[0]}
    assert set(written) == {".docx", ".pdf"}

    word = docx.Document(str(written[".docx"]))
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    text = "\n".join([paragraph.text for paragraph in word.paragraphs] + cells)
    assert "Shareholders' Agreement" in text or "SHAREHOLDERS' AGREEMENT" in text.upper()
    assert "is a party to this Agreement. It already exists" in text
    assert "to the Delivering Member, sixty per cent (60%)" in text
    assert "to the Company, forty per cent (40%)" in text
    assert "by signing a deed of adherence" in text
    assert "Whitcombe and Adeyemi each have full legal capacity" in text
    assert "60%" in cells and "40%" in cells  # the share schedule
    numbered = [p for p in word.paragraphs if style_id(p) in CLAUSE_STYLE_IDS]
    assert len(numbered) > 60, "clauses use the numbered clause styles"
    pdf_text = " ".join(page.extract_text() for page in PdfReader(str(written[".pdf"])).pages)
    assert "Eleanor Whitcombe" in pdf_text and "Foundry Yard Architects Ltd" in pdf_text
    assert "Own Practice Work" in pdf_text and "Consensus Matters" in pdf_text
