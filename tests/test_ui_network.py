"""A partner network through the real widgets (typed text is ASCII: QtTest types no
other): the platform and a partner on "The parties", the master terms and the table of
partners on "The deal", partners added and imported from a CSV (a malformed row named
by line and column), no review error, and an export that writes the master terms and
one accession form per partner."""

from __future__ import annotations

from pathlib import Path

import docx
from pypdf import PdfReader

from drafting.terms import AllianceModel
from tests.ui_helpers import choose, click, next_page, type_into, type_into_cell, when_modal_opens

pytest_plugins = ("tests.ui_fixtures",)

CSV = (
    "legal_name,short_name,entity_type,jurisdiction,address,notice_email,registration_number,signatory_name,"
    "signatory_title,territory,exclusive,partner_share,targets,brand_scope,start_date,special_terms\n"
    "Genève Voisins Sàrl,Genève,llc,Switzerland,Rue du Rhône 30 Geneva,info@gv.ch,CHE-123.456.789,Anne Favre,"
    "Gérante,Canton of Geneva,yes,35%,100 households,local events,2027-09-01,\n"
    "Broken Row SARL,Broken,llc,France,Paris,bad@x.fr,RCS 1,Jo,Gérant,Paris,maybe,30%,,,,\n"
)


def _text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())
    word = docx.Document(str(path))
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    return " ".join(" ".join([paragraph.text for paragraph in word.paragraphs] + cells).split())


def test_a_partner_network_from_the_wizard_to_its_set_of_documents(qtbot, window, tmp_path: Path) -> None:
    def fill(dialog) -> None:
        dialog.model.setFocus()
        qtbot.keyClicks(dialog.model, "Partner")
        assert dialog.model.value() is AllianceModel.PARTNER_NETWORK
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    when_modal_opens(qtbot, fill)
    click(qtbot, window.library.new_button)
    wizard = window.editor.wizard
    next_page(qtbot, wizard)

    platform, partner = wizard.parties.cards[:2]
    for card, values in (
        (platform, ("Voisineo SAS", "France", "27 rue du Faubourg Saint-Antoine, Paris", "partenaires@voisineo.fr")),
        (partner, ("Lyon Quartiers SAS", "France", "18 rue de la Republique, Lyon", "contact@lyonquartiers.fr")),
    ):
        for edit, text in zip((card.legal_name, card.jurisdiction, card.address, card.email), values, strict=True):
            type_into(qtbot, edit, text)
        type_into(qtbot, card.registration, "RCS 851 234 567")
        type_into(qtbot, card.signatory_name, "Camille Durand")
        type_into(qtbot, card.signatory_title, "Presidente")
    next_page(qtbot, wizard)
    type_into(qtbot, wizard.scope.purpose, "to grow the Voisineo neighbourhood network through local partners")

    wizard.jump_to(wizard.pages.index(wizard.deal))
    section = wizard.deal.sections[AllianceModel.PARTNER_NETWORK]
    assert section.box.isVisible()
    choose(qtbot, section.platform, "Voisineo")
    type_into(qtbot, section.services, "a subscription to the Voisineo neighbourhood app")
    assert section.table.rowCount() == 1 and section.table.item(0, 0).text() == "Lyon"
    for column, text in ((1, "Lyon metropolitan area"), (3, "30%"), (4, "150 households"), (5, "local events")):
        type_into_cell(qtbot, section.table, 0, column, text)
    type_into_cell(qtbot, section.table, 0, 6, "2027-03-01")

    source = tmp_path / "partners.csv"
    source.write_text(CSV, encoding="utf-8")
    section.import_csv(source)
    report = section.import_report.text()
    assert "1 partner(s) imported from partners.csv" in report
    assert "line 3, column exclusive: 'maybe' is neither yes nor no" in report
    assert [section.table.item(row, 0).text() for row in range(section.table.rowCount())] == ["Lyon", "Genève"]
    assert len(wizard.parties.cards) == 3
    # Renaming a partner on "The parties" keeps its schedule.
    wizard.jump_to(wizard.pages.index(wizard.parties))
    type_into(qtbot, wizard.parties.cards[1].short_name, "Lyon Q")
    wizard.jump_to(wizard.pages.index(wizard.deal))
    assert section.table.item(0, 0).text() == "Lyon Q"
    assert section.table.item(0, 1).text() == "Lyon metropolitan area"

    wizard.jump_to(wizard.pages.index(wizard.disputes))
    choose(qtbot, wizard.disputes.law, "France")
    wizard.jump_to(wizard.pages.index(wizard.review))
    errors = [issue for issue in wizard.review.issues if issue.is_error]
    assert errors == [], errors

    terms = wizard.terms_for_export()
    assert terms is not None and terms.network is not None
    assert [schedule.party for schedule in terms.network.partners] == ["Lyon Q", "Genève"]

    next_page(qtbot, wizard)
    export = wizard.export
    out_dir = tmp_path / "exported"
    type_into(qtbot, export.folder, str(out_dir))
    export.lawyer.setChecked(True)  # the copy is chosen explicitly
    with qtbot.waitSignal(export.exported, timeout=180_000) as signal:
        click(qtbot, export.export_button)
    names = sorted(path.name for path in signal.args[0])
    assert names == sorted(
        [
            "partner-network-terms.docx",
            "partner-network-terms.pdf",
            "accession-form-01-lyon-q.docx",
            "accession-form-01-lyon-q.pdf",
            "accession-form-02-geneve.docx",
            "accession-form-02-geneve.pdf",
        ]
    )
    master = _text_of(out_dir / "partner-network-terms.docx")
    assert "No contract arises under the Master Terms between the Partner and any other partner" in master
    for suffix in (".docx", ".pdf"):
        lyon = _text_of(out_dir / f"accession-form-01-lyon-q{suffix}")
        assert "Lyon Quartiers SAS" in lyon and "Lyon metropolitan area" in lyon and "Partner 30%" in lyon
        geneve = _text_of(out_dir / f"accession-form-02-geneve{suffix}")
        assert "Canton of Geneva" in geneve and "Exclusive in the Territory" in geneve and "Partner 35%" in geneve
