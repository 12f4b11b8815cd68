"""A real client opens our files: LibreOffice converts every example's DOCX (and the
hand-made documents) to PDF in one run, and the PDF shows the numbers Word lists produce
("1.1", "(a)", "(i)") and cross-references that LibreOffice computed from the bookmarks
itself, equal to the numbers the document model resolved."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from drafting.document import AgreementDocument
from drafting.docx_writer import write_docx
from drafting.engine import assemble_agreement
from drafting.pdf_writer import heading_pages, write_pdf
from drafting.validation import load_terms_file
from tests.docx_helpers import (
    awkward_document,
    convert_all_with_libreoffice,
    expected_number_snippets,
    expected_reference_snippets,
    pdf_running_text,
)
from tests.pdf_helpers import pdf_pages
from tests.support import example_paths, normalise_space, pdf_text, sample_document


def page_count(path: Path) -> int:
    return len(PdfReader(path).pages)


pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]


def _documents() -> dict[str, AgreementDocument]:
    documents = {path.stem: assemble_agreement(load_terms_file(path)) for path in example_paths()}
    documents["sample"] = sample_document(draft_marking="DRAFT \u2014 open points")
    documents["awkward"] = awkward_document()
    return documents


DOCUMENTS = _documents()


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("docx-libreoffice")
    sources: dict[str, Path] = {}
    for name, document in DOCUMENTS.items():
        sources[name] = folder / f"{name}.docx"
        write_docx(document, sources[name])
    converted = convert_all_with_libreoffice(list(sources.values()), folder)
    return {name: converted[source] for name, source in sources.items()}


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_pdf_shows_the_automatic_numbers(pdfs: dict[str, Path], name: str):
    text = pdf_running_text(pdfs[name], DOCUMENTS[name])
    missing = [snippet for snippet in expected_number_snippets(DOCUMENTS[name]) if snippet not in text]
    assert not missing


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_pdf_shows_resolved_cross_references(pdfs: dict[str, Path], name: str):
    text = pdf_running_text(pdfs[name], DOCUMENTS[name])
    missing = [snippet for snippet in expected_reference_snippets(DOCUMENTS[name]) if snippet not in text]
    assert not missing


def test_sample_pdf_has_page_x_of_y_contents_and_schedule_number(pdfs: dict[str, Path]):
    text = normalise_space(pdf_text(pdfs["sample"]))
    total = page_count(pdfs["sample"])
    assert f"Page 2 of {total}" in text and f"Page {total} of {total}" in text
    assert "Contents" in text and "Schedule 1 \u2014 Contributions" in text
    assert "SCHEDULE 1" not in text  # headings keep the model's case


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_libreoffice_paginates_within_one_page_of_our_pdf(pdfs: dict[str, Path], name: str, tmp_path: Path):
    # One face (Times New Roman in Word, its metric twin Liberation Serif in LibreOffice
    # and our PDF), one page set-up, one line spacing: the two layouts keep in step.
    ours = tmp_path / "ours.pdf"
    write_pdf(DOCUMENTS[name], ours, drafting_notes=False)  # Word shows notes in the margin
    # Signature blocks are kept whole in both; where a block just misses a page the two
    # engines may part by two pages in a long agreement (professionals_members: 18 and 20).
    pages = page_count(ours)
    assert abs(page_count(pdfs[name]) - pages) <= max(1, pages // 10)


@pytest.mark.parametrize("name", [name for name in DOCUMENTS if name not in {"sample", "awkward"}])
def test_contents_page_numbers_are_where_libreoffice_puts_the_headings(pdfs: dict[str, Path], name: str):
    """The cached contents (what a reader sees with no field update) point at the page
    LibreOffice's own layout puts each article on, give or take one."""
    document = DOCUMENTS[name]
    pages = [normalise_space(page) for page in pdf_pages(pdfs[name])]
    cached = heading_pages(document)
    for article in document.articles:
        heading = normalise_space(f"{article.number} {article.heading}")
        found = [index + 1 for index, page in enumerate(pages) if index > 1 and heading in page]
        assert found and abs(found[0] - cached[article.id]) <= 1, (article.heading, found, cached[article.id])


def test_awkward_pdf_numbers_past_z_and_references_articles_and_schedules(pdfs: dict[str, Path]):
    text = pdf_running_text(pdfs["awkward"], DOCUMENTS["awkward"])
    assert "(aa) Sub-clause 27." in text
    assert "See Article 2, Schedule 1, clause 3.1(bb) and clause 3.1." in text
