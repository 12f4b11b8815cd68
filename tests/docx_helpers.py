"""Helpers for the DOCX writer's tests: read a written file back in reading order, map
styles to their list levels, and a hand-made document with awkward content."""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Iterator

import docx
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.table import Table as WordTable
from docx.text.paragraph import Paragraph as WordParagraph

from drafting.document import (
    AgreementDocument,
    Article,
    Clause,
    CrossRef,
    DraftingNote,
    TextRun,
)
from drafting.docx_writer.house_style import StyleId
from tests.support import sample_document

NUMBERED_STYLE_IDS = frozenset(
    {StyleId.ARTICLE_HEADING, *StyleId.CLAUSE_LEVELS, *StyleId.SCHEDULE_LEVELS, StyleId.SCHEDULE_HEADING}
)
CLAUSE_STYLE_IDS = frozenset({*StyleId.CLAUSE_LEVELS, *StyleId.SCHEDULE_LEVELS})
#: A number typed at the start of a paragraph: "1.1 ", "(a) ", "12. ".
TYPED_NUMBER = re.compile(r"^\s*(\d+(\.\d+)*\.?|\([a-z]{1,4}\)|\([ivxlc]+\))\s")


def open_docx(data: bytes) -> WordDocument:
    return docx.Document(io.BytesIO(data))


def style_id(paragraph: WordParagraph) -> str:
    p_style = paragraph._p.pPr.pStyle if paragraph._p.pPr is not None else None
    return p_style.val if p_style is not None else "Normal"


def iter_blocks(word: WordDocument) -> Iterator[WordParagraph | WordTable]:
    body = word.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            yield WordParagraph(child, word._body)
        elif child.tag == qn("w:tbl"):
            yield WordTable(child, word._body)


def operative_lines(word: WordDocument) -> list[str]:
    """The text of the articles and schedules, one entry per paragraph or table cell, in
    reading order: what ``body_text_lines`` predicts."""
    lines: list[str] = []
    collecting = False
    for block in iter_blocks(word):
        if isinstance(block, WordParagraph):
            kind = style_id(block)
            if kind in (StyleId.ARTICLE_HEADING, StyleId.SCHEDULE_HEADING):
                collecting = True
            elif kind == StyleId.UNNUMBERED_HEADING and block.text == "Signatures":
                collecting = False
            if collecting:
                lines.append(block.text.strip())
        elif collecting:
            for row in block.rows:
                lines.extend(cell.text.strip() for cell in row.cells)
    return [line for line in lines if line.strip()]


def awkward_document() -> AgreementDocument:
    """The sample document plus what tends to break writers: control characters, long ids,
    a 100,000-character clause, 28 sub-clauses (numbers past "(z)") and references to an
    article and a schedule."""
    base = sample_document(draft_marking="DRAFT \u2014 open points")
    long_id = "very." * 20 + "long.clause.identifier"
    many = tuple(
        Clause(f"boilerplate.sub.{index}", 2, f"({index})", f"3.1({index})", (TextRun(f"Sub-clause {index}."),))
        for index in range(1, 29)
    )
    hostile_clause = Clause(
        long_id,
        1,
        "3.1",
        "3.1",
        (TextRun("Bell\x07 vertical\x0b form\x0c null\x00 escape\x1b lone\ud800 end\ufffe. " + "x" * 100_000),),
        heading="Control\x01 characters",
        children=many,
        note=DraftingNote("Note with <tags> & \x0b control."),
    )
    references = Clause(
        "boilerplate.references",
        1,
        "3.2",
        "3.2",
        (
            TextRun("See "),
            CrossRef("termination", "Article", "2"),
            TextRun(", "),
            CrossRef("schedule.contributions", "Schedule", "1"),
            TextRun(", "),
            CrossRef("boilerplate.sub.28", "clause", "3.1(bb)"),
            TextRun(" and "),
            CrossRef(long_id, "clause", "3.1"),
            TextRun("."),
        ),
    )
    boilerplate = Article("boilerplate", "3", "General\x0c Provisions", (hostile_clause, references))
    return dataclasses.replace(base, articles=(*base.articles, boilerplate))
