"""Every example draft, assembled by the engine: the PDF's text equals the document
model's lines and the DOCX's paragraphs, in order, so the two exports cannot drift apart;
and the command line writes the PDF (and both formats at once)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader

from drafting.document import DRAFT_MARKING, AgreementDocument
from drafting.docx_writer import docx_bytes
from drafting.engine import assemble_agreement
from drafting.pdf_writer import printable_text, write_pdf
from drafting.validation import load_terms_file
from main import main
from tests.docx_helpers import open_docx, operative_lines
from tests.pdf_helpers import assert_pdf_matches_model, body_text, expected_lines, pdf_pages
from tests.support import example_paths, normalise_space

EXAMPLES = example_paths()


@cache
def example_document(path: Path, draft: bool = False) -> AgreementDocument:
    terms = load_terms_file(path)
    return assemble_agreement(terms, draft_marking=DRAFT_MARKING) if draft else assemble_agreement(terms)


def test_there_are_examples():
    assert len(EXAMPLES) >= 10


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_example_pdf_text_equals_the_model_and_the_docx(path: Path, tmp_path: Path):
    document = example_document(path)
    pdf = tmp_path / "agreement.pdf"
    write_pdf(document, pdf)
    assert_pdf_matches_model(pdf, document)
    # The DOCX, read back, says the same thing in the same order as the PDF.
    docx_lines = [printable_text(line) for line in operative_lines(open_docx(docx_bytes(document)))]
    model_lines, _ = expected_lines(document)
    assert [normalise_space(line) for line in docx_lines] == [normalise_space(line) for line in model_lines]
    text = body_text(pdf, document)
    position = 0
    for line in docx_lines:
        found = text.find(normalise_space(line), position)
        assert found >= 0, f"DOCX paragraph missing from the PDF, or out of order: {line[:100]!r}"
        position = found + len(normalise_space(line))


@pytest.mark.parametrize("path", EXAMPLES[:2], ids=lambda path: path.stem)
def test_example_draft_pdf_is_marked_on_every_page(path: Path, tmp_path: Path):
    document = example_document(path, draft=True)
    pdf = tmp_path / "draft.pdf"
    write_pdf(document, pdf)
    assert all(DRAFT_MARKING in page for page in pdf_pages(pdf) if page.strip())


def test_render_command_writes_pdf_for_every_example(tmp_path: Path):
    for path in EXAMPLES:
        out = tmp_path / path.stem
        assert main(["render", str(path), "--out", str(out), "--format", "pdf"]) == 0
        written = list(out.glob("*.pdf"))
        assert len(written) == 1
        assert len(PdfReader(written[0]).pages) >= 3


def test_render_command_writes_docx_and_pdf_together(tmp_path: Path):
    assert main(["render", str(EXAMPLES[0]), "--out", str(tmp_path), "--format", "docx,pdf"]) == 0
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".docx", ".pdf"]
