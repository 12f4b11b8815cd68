"""A strategic supplier alliance made through the real widgets: choose the type in the
new-draft dialog, name a UK component maker and a German machine builder, type the
committed volumes, the take-or-pay bands and the dedicated line, meet the review's
finding about a gap in the bands and fix it from the review, export DOCX and PDF and
read the agreement back."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QWizard

from drafting.terms import AllianceModel
from drafting.terms.supplier_alliance import AssetExit, SupplyExclusivity
from tests.ui_helpers import choose, click, next_page, type_into, when_modal_opens
from ui.wizard.deal_supplier import parse_bands, parse_volumes

pytest_plugins = ("tests.ui_fixtures",)

PARTIES = [
    ("Harrow Precision Components Limited", "England and Wales", "Brunel Park, Coventry", "legal@harrow.example"),
    ("Lindner Maschinenbau GmbH", "Germany", "Industriestraße 14, Stuttgart", "einkauf@lindner.example"),
]


def _go_to(qtbot, wizard, page) -> None:
    for _ in range(len(wizard.pages)):
        if wizard.currentPage() is page:
            return
        next_page(qtbot, wizard)
    raise AssertionError(f"never reached {page.title()}")


def _words(path: Path) -> str:
    word = docx.Document(str(path))
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    return "\n".join([paragraph.text for paragraph in word.paragraphs] + cells)


def test_a_supplier_alliance_from_typing_to_export(qtbot, window, store, tmp_path: Path) -> None:
    def fill(dialog) -> None:
        dialog.model.setFocus()
        qtbot.keyClicks(dialog.model, "Strat")
        assert dialog.model.value() is AllianceModel.SUPPLIER_ALLIANCE
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    when_modal_opens(qtbot, fill)
    click(qtbot, window.library.new_button)
    wizard = window.editor.wizard
    next_page(qtbot, wizard)

    cards = wizard.parties.cards
    assert len(cards) == 2
    for card, (legal, jurisdiction, address, email) in zip(cards, PARTIES, strict=True):
        type_into(qtbot, card.legal_name, legal)
        type_into(qtbot, card.jurisdiction, jurisdiction)
        type_into(qtbot, card.address, address)
        type_into(qtbot, card.email, email)
    assert [card.short_name.text() for card in cards] == ["Harrow", "Lindner"]
    next_page(qtbot, wizard)
    type_into(qtbot, wizard.scope.purpose, "to secure the long-term supply of gear sets for the LX series")

    _go_to(qtbot, wizard, wizard.deal)
    deal = wizard.deal.sections[AllianceModel.SUPPLIER_ALLIANCE]
    assert deal.box.isVisible()
    # Sensible defaults before anything is typed: an 18-month forecast with a 3-month firm zone.
    assert (deal.forecast.value(), deal.firm.value()) == (18, 3)
    assert deal.supplier.value() == "Harrow" and deal.purchaser.value() == "Lindner"
    type_into(qtbot, deal.products, "hardened helical gear sets for the LX series")
    type_into(qtbot, deal.volumes, "24000, 30000, 30000, 30000, 30000")
    type_into(qtbot, deal.price.amount, "118.50")
    # A gap from 10% to 20%: the review must catch it and lead back here.
    type_into(qtbot, deal.bands, "0-10: 0, 20-100: 40")
    type_into(qtbot, deal.cost_down, "2.5")
    click(qtbot, deal.mfc)
    type_into(qtbot, deal.asset, "a dedicated gear-grinding cell")
    choose(qtbot, deal.payer, "Lindner")
    type_into(qtbot, deal.cost.amount, "2400000")
    type_into(qtbot, deal.contribution.amount, "1200000")
    deal.on_exit.set_value(AssetExit.BUY_OUT)
    deal.exclusivity.set_value(SupplyExclusivity.PURCHASE)
    deal.exclusivity_months.setValue(60)
    click(qtbot, deal.step_in)
    click(qtbot, deal.escrow)

    _go_to(qtbot, wizard, wizard.disputes)
    choose(qtbot, wizard.disputes.law, "England and Wales")
    type_into(qtbot, wizard.disputes.seat, "London")
    next_page(qtbot, wizard)

    review = wizard.review
    assert wizard.currentPage() is review
    texts = [review.list.item(row).text() for row in range(review.list.count())]
    gap_rows = [row for row, text in enumerate(texts) if "10% to 20%" in text]
    assert gap_rows, texts
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    review.list.setCurrentRow(gap_rows[0])
    window.activateWindow()  # keyboard focus only lands in the active window
    qtbot.waitActive(window)
    click(qtbot, review.go_button)
    assert wizard.currentPage() is wizard.deal
    qtbot.waitUntil(lambda: QApplication.focusWidget() is deal.bands)
    type_into(qtbot, deal.bands, "0-10: 0, 10-30: 40, 30-100: 60")
    _go_to(qtbot, wizard, review)
    errors = [issue for issue in review.issues if issue.is_error]
    assert errors == [], errors
    next_page(qtbot, wizard)

    export = wizard.export
    type_into(qtbot, export.folder, str(tmp_path / "exported"))
    export.lawyer.setChecked(True)  # the copy is chosen explicitly
    with qtbot.waitSignal(export.exported, timeout=120_000) as signal:
        click(qtbot, export.export_button)
    written = {path.suffix: path for path in signal.args[0]}
    assert set(written) == {".docx", ".pdf"}

    text = _words(written[".docx"])
    assert "Strategic Supply and Co-Investment Agreement" in text
    assert "Lindner commits to take, in each Contract Year below" in text
    assert "twenty-four thousand (24,000) units" in text
    # The worked example of the shortfall payment, computed band by band.
    assert "For example, at the first Contract Year" in text and "if Lindner takes" in text
    assert "the payment is EUR" in text
    assert "Harrow shall acquire and install a dedicated gear-grinding cell" in text
    assert "Lindner shall, for sixty (60) months from the Effective Date, buy all its requirements" in text
    assert "Competition Act 1998 (Vertical Agreements Block Exemption) Order 2022" in text
    assert "Lindner may by notice" in text  # step-in
    pdf = " ".join(page.extract_text() for page in PdfReader(str(written[".pdf"])).pages)
    assert "Lindner Maschinenbau GmbH" in pdf
    assert "Take-or-pay" in pdf and "Dedicated Line" in pdf

    saved = store.get(store.list()[0].id).terms
    block = saved.supplier_alliance
    assert block is not None and block.purchaser == "Lindner"
    assert [entry.units for entry in block.committed_volumes] == [24000, 30000, 30000, 30000, 30000]
    assert block.co_investment is not None and block.co_investment.payer == "Lindner"


def test_volumes_and_bands_are_read_in_plain_words() -> None:
    assert [entry.units for entry in parse_volumes("24000, 30 000")] == [24000, 30000]
    assert parse_volumes("") == ()
    with pytest.raises(ValueError, match="Contract Year 2: 'lots' is not a whole number"):
        parse_volumes("24000, lots")
    bands = parse_bands("0-10: 0, 10%-30%: 40%, 30-100: 62.5")
    assert [(band.from_percent, band.to_percent, band.payment_percent) for band in bands][1:] == [
        (10, 30, 40),
        (30, 100, 62.5),
    ]
    with pytest.raises(ValueError, match="should read 'from-to: rate'"):
        parse_bands("ten to thirty: 40")


def test_a_mistyped_volume_is_named_under_its_field_and_kept(qtbot, tmp_path: Path) -> None:
    from drafting.terms import Party
    from ui.drafts import blank_terms
    from ui.wizard.wizard import AgreementWizard

    wizard = AgreementWizard(tmp_path)
    qtbot.addWidget(wizard)
    terms = blank_terms(AllianceModel.SUPPLIER_ALLIANCE)
    wizard.load(terms.model_copy(update={"parties": (Party(short_name="Harrow"), Party(short_name="Lindner"))}))
    page = wizard.deal
    page.set_model(AllianceModel.SUPPLIER_ALLIANCE)
    page.set_parties(["Harrow", "Lindner"])
    deal = page.sections[AllianceModel.SUPPLIER_ALLIANCE]
    type_into(qtbot, deal.products, "gear sets")
    type_into(qtbot, deal.volumes, "24000, lots")
    assert "Contract Year 2: 'lots' is not a whole number" in page.problems()["supplier_volumes"]
    assert not page.isComplete()
    assert deal.volumes.text() == "24000, lots"
    type_into(qtbot, deal.volumes, "24000, 30000")
    type_into(qtbot, deal.asset, "a grinding cell")
    assert "total cost of the dedicated line" in page.problems()["supplier_line"]
    type_into(qtbot, deal.cost.amount, "2400000")
    assert page.problems() == {} and page.isComplete()
