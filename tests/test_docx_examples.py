"""Every example draft, assembled by the engine and exported to DOCX, reads back with the
document model's text and with every clause numbered by a Word list style."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from drafting.document import AgreementDocument, body_text_lines, clause_lead_text
from drafting.docx_writer import docx_bytes
from drafting.docx_writer.house_style import StyleId
from drafting.docx_writer.ooxml import clean_text
from drafting.engine import assemble_agreement
from drafting.validation import load_terms_file
from tests.docx_helpers import CLAUSE_STYLE_IDS, open_docx, operative_lines, style_id
from tests.support import example_paths

EXAMPLES = example_paths()


@cache
def example_document(path: Path) -> AgreementDocument:
    return assemble_agreement(load_terms_file(path))


def test_there_are_examples():
    assert len(EXAMPLES) >= 10


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_example_reopens_with_the_model_text_and_numbered_styles(path: Path):
    document = example_document(path)
    word = open_docx(docx_bytes(document))
    assert operative_lines(word) == [clean_text(line) for line in body_text_lines(document)]
    clauses = list(document.iter_clauses())
    clause_paragraphs = [p for p in word.paragraphs if style_id(p) in CLAUSE_STYLE_IDS]
    assert [style_id(p) for p in clause_paragraphs] == [StyleId.CLAUSE_LEVELS[c.level - 1] for c in clauses]
    # The paragraph holds exactly the model's text: any typed number would show here.
    texts = [p.text.replace("\xa0", " ") for p in clause_paragraphs]  # "clause" is tied to its number
    assert texts == [clean_text(clause_lead_text(c)) for c in clauses]
    assert all(p._p.pPr.numPr is None for p in clause_paragraphs)  # numbered through the style
    headings = [p.text for p in word.paragraphs if style_id(p) == StyleId.ARTICLE_HEADING]
    assert headings == [clean_text(article.heading) for article in document.articles]
    notes = sum(1 for c in clauses if c.note) + sum(1 for a in document.articles if a.note)
    notes += document.execution_note is not None  # the signature page's note (e.g. Scotland)
    notes += sum(1 for s in document.schedules if s.note)  # a schedule's note, on its heading
    assert len(list(word.comments)) == notes


@pytest.mark.parametrize("path", EXAMPLES[:1], ids=lambda path: path.stem)
def test_clean_copy_of_an_example_has_the_same_text_and_no_comments(path: Path):
    document = example_document(path)
    word = open_docx(docx_bytes(document, comments=False))
    assert operative_lines(word) == [clean_text(line) for line in body_text_lines(document)]
    assert not list(word.comments)


def test_render_command_writes_a_docx_for_every_example(tmp_path: Path):
    import main

    for path in EXAMPLES:
        out = tmp_path / path.stem
        assert main.main(["render", str(path), "--out", str(out), "--format", "docx"]) == 0
        (written,) = out.glob("*.docx")
        word = open_docx(written.read_bytes())
        assert operative_lines(word) == [clean_text(line) for line in body_text_lines(example_document(path))]
