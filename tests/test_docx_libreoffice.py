"""A real client opens our files: LibreOffice converts every example's DOCX (and the
hand-made documents) to PDF in one run, and the PDF shows the numbers Word lists produce
("1.1", "(a)", "(i)") and cross-references that LibreOffice computed from the bookmarks
itself, equal to the numbers the document model resolved."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafting.document import AgreementDocument
from drafting.docx_writer import write_docx
from drafting.engine import assemble_agreement
from drafting.validation import load_terms_file
from tests.docx_helpers import (
    awkward_document,
    convert_all_with_libreoffice,
    expected_number_snippets,
    expected_reference_snippets,
    pdf_running_text,
)
from tests.support import example_paths, normalise_space, pdf_text, sample_document

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
    assert "Page 2 of 4" in text and "Page 4 of 4" in text
    assert "Contents" in text and "Schedule 1 Contributions" in text
    assert "SCHEDULE 1" not in text  # headings keep the model's case


def test_awkward_pdf_numbers_past_z_and_references_articles_and_schedules(pdfs: dict[str, Path]):
    text = pdf_running_text(pdfs["awkward"], DOCUMENTS["awkward"])
    assert "(aa) Sub-clause 27." in text
    assert "See Article 2, Schedule 1, clause 3.1(bb) and clause 3.1." in text
