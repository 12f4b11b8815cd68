"""Partner network export: the master terms and one Accession Form per partner of a CSV,
checked in the Word file and the PDF; a malformed row is reported by line and column and
the other partners are still written."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

import main
from drafting.engine import assemble_agreement
from drafting.network_csv import read_partners
from drafting.network_export import Accession, export_network
from drafting.validation import load_terms_file
from tests.docx_helpers import open_docx
from tests.pdf_helpers import pdf_pages

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "partner_network.json"
PARTNERS_12 = ROOT / "tests" / "fixtures" / "network" / "partners_12.csv"


def _docx_text(path: Path) -> str:
    document = open_docx(path.read_bytes())
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(pdf_pages(path)).split())


def _rows() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(PARTNERS_12.read_text(encoding="utf-8"))))


def test_render_network_writes_the_master_and_twelve_accessions_each_with_its_schedule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main.main(["render-network", str(EXAMPLE), str(PARTNERS_12), "--out", str(tmp_path), "--format", "docx,pdf"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "12 accession form(s) written" in captured.err
    assert "Partner network" in captured.err  # the progress bar, on stderr
    master = _docx_text(tmp_path / "partner-network-terms.docx")
    assert "Partner Network Terms" in master
    assert "No contract arises under the Master Terms between the Partner and any other partner" in master
    assert "each other Party" not in master and "all the Parties" not in master
    assert "Lyon Quartiers" not in master  # partners are not parties of the master terms
    accessions = sorted(tmp_path.glob("accession-form-*.docx"))
    assert len(accessions) == 12
    for index, row in enumerate(_rows(), start=1):
        stem = next(path.stem for path in accessions if path.stem.startswith(f"accession-form-{index:02d}-"))
        for text in (_docx_text(tmp_path / f"{stem}.docx"), _pdf_text(tmp_path / f"{stem}.pdf")):
            flat = " ".join(text.split())
            assert "Accession Form" in flat
            assert row["legal_name"] in flat
            assert row["territory"] in flat
            assert ("Exclusive in the Territory" if row["exclusive"] == "yes" else "Non-exclusive") in flat
            assert row["targets"] in flat
            assert row["brand_scope"] in flat
            share = row["partner_share"].split(";")[0].split(":")[-1]
            assert f"Partner {share}" in flat
            others = [other["legal_name"] for other in _rows() if other["legal_name"] != row["legal_name"]]
            assert not any(f"{other}," in flat for other in others)


def test_a_malformed_row_is_named_by_line_and_column_and_the_others_are_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = PARTNERS_12.read_text(encoding="utf-8").splitlines()
    broken = rows[3].replace(",25%,", ",125%,")  # line 4: Lille Ensemble's share
    assert broken != rows[3]
    rows[3] = broken
    rows[6] = rows[6].replace("2027-03-15", "15/03/2027")  # line 7: a date in another format
    source = tmp_path / "partners.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main.main(["render-network", str(EXAMPLE), str(source), "--out", str(out), "--format", "docx"])
    captured = capsys.readouterr()
    assert code == 1
    assert "line 4, column partner_share: '125%' is not between nothing and the whole" in captured.err
    assert "line 7, column start_date: '15/03/2027' is not a date" in captured.err
    assert "10 accession form(s) written with the master terms; 2 partner row(s) left out" in captured.err
    assert len(list(out.glob("accession-form-*.docx"))) == 10
    assert (out / "partner-network-terms.docx").is_file()


def test_a_file_with_missing_columns_is_refused_in_one_sentence(tmp_path: Path) -> None:
    table = read_partners("legal_name,territory\nAcme,Lyon\n", "Voisinéo")
    assert not table.rows
    assert str(table.problems[0]).startswith("line 1: missing column(s) jurisdiction, address, notice_email")


def test_the_draft_s_own_partners_are_exported_without_draft_marking(tmp_path: Path) -> None:
    terms = load_terms_file(EXAMPLE)
    result = export_network(terms, tmp_path, ["docx"])
    assert not result.failures and len(result.accessions) == 12
    text = _docx_text(result.accessions["Sophie Lambert"][0])
    assert "full legal capacity" in text  # an individual partner
    assert "DRAFT" not in text


def test_the_master_terms_read_as_one_bilateral_contract() -> None:
    terms = load_terms_file(EXAMPLE)
    document = assemble_agreement(terms)
    assert [block.legal_name for block in document.parties] == ["Voisinéo SAS", "Each Partner"]
    assert [block.party_short_name for block in document.signatures] == ["Voisinéo"]
    assert document.cover.subtitle == "issued by Voisinéo SAS to each of its partners"


def test_a_csv_partner_named_like_the_platform_is_refused() -> None:
    header = "legal_name,short_name,jurisdiction,address,notice_email,territory,partner_share\n"
    table = read_partners(header + "Voisinéo Lyon,Voisinéo,France,Lyon,a@b.fr,Lyon,30%\n", "Voisinéo")
    assert [str(problem) for problem in table.problems] == [
        "line 2, column short_name: 'Voisinéo' is the platform's name; give the partner its own"
    ]


def test_accessions_from_rows_keep_their_line(tmp_path: Path) -> None:
    terms = load_terms_file(EXAMPLE)
    assert terms.network is not None
    table = read_partners(PARTNERS_12.read_text(encoding="utf-8"), terms.network.platform)
    assert [row.line for row in table.rows] == list(range(2, 14))
    seen: list[int] = []
    export_network(
        terms,
        tmp_path,
        ["docx"],
        accessions=[Accession(row.party, row.schedule, row.line) for row in table.rows[:2]],
        progress=lambda done, total, name: seen.append(done),
    )
    assert seen == [1, 2, 3]
