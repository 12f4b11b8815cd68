"""What a lawyer signs off, checked on every example: the Word file passes an OOXML
validator (openxml-audit, 0 errors, the redline too); its contents already list each
article with the page our PDF puts it on; no "clause" ends a line with its number on the
next; every PDF font is embedded; the paper is A4 or Letter in both outputs; the same
version exported again, later, gives the same bytes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
import time
import zipfile
from functools import cache
from pathlib import Path

import pytest
from lxml import etree
from openxml_audit import OpenXmlValidator
from pypdf import PdfReader

from drafting.document import AgreementDocument
from drafting.docx_writer import docx_bytes, redline_docx_bytes
from drafting.engine import assemble_agreement
from drafting.export import export_agreement, file_sha256
from drafting.pdf_writer import render_pdf
from drafting.validation import load_terms_file
from tests.compare_helpers import edited_terms
from tests.pdf_helpers import pdf_pages
from tests.support import example_paths, normalise_space

EXAMPLES = example_paths()
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: "clause", "Article", "Schedule", "paragraph" at a line's end with its number starting the next.
SPLIT_REFERENCE = re.compile(r"(?im)\b(?:clause|article|schedule|paragraph)s?[ \t]*\n[ \t]*[\d(]")


@cache
def example(path: Path) -> AgreementDocument:
    return assemble_agreement(load_terms_file(path))


def _audit_errors(data: bytes, tmp_path: Path) -> list[str]:
    target = tmp_path / "audited.docx"
    target.write_bytes(data)
    result = OpenXmlValidator().validate(target)
    return [str(error) for error in result.errors]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_openxml_audit_finds_no_error_in_the_word_file(path: Path, tmp_path: Path) -> None:
    assert _audit_errors(docx_bytes(example(path)), tmp_path) == []


def test_openxml_audit_finds_no_error_in_a_redline(tmp_path: Path) -> None:
    path = next(path for path in EXAMPLES if path.stem == "consortium_five_party")
    terms = load_terms_file(path)

    def edit(data: dict) -> None:
        data["parties"][1]["legal_name"] = "Nordlicht Energie AG"
        data["contributions"].pop()

    old = assemble_agreement(terms, version="1")
    new = assemble_agreement(edited_terms(terms, edit), version="2")
    assert _audit_errors(redline_docx_bytes(old, new), tmp_path) == []


def _contents_entries(data: bytes) -> dict[str, int]:
    """The Word contents' cached entries: bookmark -> the page number it shows."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    entries: dict[str, int] = {}
    for link in root.iter(f"{W}hyperlink"):
        instructions = "".join(text.text or "" for text in link.iter(f"{W}instrText"))
        if "PAGEREF" not in instructions:
            continue
        texts = [text.text or "" for text in link.iter(f"{W}t")]
        entries[link.get(f"{W}anchor")] = int(texts[-1])
    return entries


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_contents_cache_the_page_numbers_of_the_pdf(path: Path, tmp_path: Path) -> None:
    document = example(path)
    entries = _contents_entries(docx_bytes(document))
    # Every article, the signatures and every schedule, each with a page number.
    assert len(entries) == len(document.articles) + bool(document.signatures) + len(document.schedules)
    assert "c_signatures" in entries
    pdf = tmp_path / "agreement.pdf"
    pdf.write_bytes(render_pdf(document, drafting_notes=False).data)
    pages = [normalise_space(page) for page in pdf_pages(pdf)]
    for article in document.articles:
        heading = normalise_space(f"{article.number} {article.heading}")
        printed = next(index + 1 for index, page in enumerate(pages) if index > 1 and heading in page)
        anchor = next(name for name in entries if name.startswith(f"c_{article.id.replace('.', '_')}"[:31]))
        assert entries[anchor] == printed, article.heading


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_no_clause_word_is_parted_from_its_number_in_the_pdf(path: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "agreement.pdf"
    pdf.write_bytes(render_pdf(example(path)).data)
    text = "\n".join(pdf_pages(pdf))
    assert not SPLIT_REFERENCE.findall(text), SPLIT_REFERENCE.findall(text)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_pdffonts_shows_every_font_embedded(path: Path, tmp_path: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    pdf = tmp_path / "agreement.pdf"
    pdf.write_bytes(render_pdf(example(path)).data)
    rows = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        # name, type (may be two words), encoding, then emb sub uni: "yes"/"no".
        emb = row.split()[-5]
        assert emb == "yes", row
    assert not any("Helvetica" in row for row in rows)


@pytest.mark.parametrize(
    ("paper", "pdf_size", "word_size"), [("A4", (595, 842), (11906, 16838)), ("Letter", (612, 792), (12240, 15840))]
)
def test_both_outputs_are_set_on_the_chosen_paper(
    paper: str, pdf_size: tuple[int, int], word_size: tuple[int, int], tmp_path: Path
) -> None:
    base = example(EXAMPLES[0])
    document = dataclasses.replace(base, metadata=dataclasses.replace(base.metadata, paper=paper))
    box = PdfReader(io.BytesIO(render_pdf(document).data)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == pdf_size
    data = docx_bytes(document)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    size = root.find(f".//{W}pgSz")
    assert (int(size.get(f"{W}w")), int(size.get(f"{W}h"))) == word_size
    # The contents' page numbers stand at the right margin of this paper.
    text_width = word_size[0] - 2 * 1440
    toc = [p for p in root.iter(f"{W}p") if p.find(f"{W}pPr/{W}pStyle[@{W}val='TOC1']") is not None]
    tabs = {tab.get(f"{W}pos") for p in toc for tab in p.iter(f"{W}tab") if tab.get(f"{W}val") == "right"}
    assert tabs <= {str(text_width)}
    assert _audit_errors(data, tmp_path) == []


def test_the_same_version_exported_later_gives_identical_bytes(tmp_path: Path) -> None:
    terms = load_terms_file(EXAMPLES[0])
    made = dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=dt.UTC)
    first = export_agreement(terms, tmp_path / "first", ["docx", "pdf"], created=made, comments=False)
    time.sleep(1.1)  # the clock moves on; the bytes must not
    again = export_agreement(terms, tmp_path / "again", ["docx", "pdf"], created=made, comments=False)
    assert [path.read_bytes() for path in first] == [path.read_bytes() for path in again]
    lawyer = export_agreement(terms, tmp_path / "lawyer", ["docx"], created=made)
    assert file_sha256(lawyer[0]) != file_sha256(first[0])  # the lawyer's copy has its comments


def test_cli_records_each_export_and_lists_both_with_one_hash(tmp_path: Path, capsys) -> None:
    import main

    data = ["--data-dir", str(tmp_path / "data")]
    assert main.main([*data, "drafts", "import", str(EXAMPLES[0])]) == 0
    draft_id = capsys.readouterr().out.split()[1]
    for folder in ("one", "two"):
        assert (
            main.main(
                [*data, "drafts", "render", draft_id, "--out", str(tmp_path / folder), "--format", "docx", "--no-notes"]
            )
            == 0
        )
        time.sleep(1.1)
    capsys.readouterr()
    assert main.main([*data, "drafts", "exports", draft_id]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all("DOCX clean copy" in line and " v1 " in f" {line.split()[1]} " for line in lines)
    hashes = {line.rsplit("sha256:", 1)[1] for line in lines}
    assert hashes == {file_sha256(next((tmp_path / "one").glob("*.docx")))}
    assert main.main([*data, "drafts", "exports", draft_id, "--recreate", "2", "--out", str(tmp_path / "three")]) == 0
    assert "identical to the export" in capsys.readouterr().out
