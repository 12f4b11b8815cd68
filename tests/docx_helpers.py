"""Helpers for the DOCX writer's tests: read a written file back in reading order, map
styles to their list levels, and a hand-made document with awkward content."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
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
    clause_lead_text,
    inline_text,
)
from drafting.docx_writer.house_style import StyleId
from drafting.docx_writer.ooxml import clean_text
from tests.support import REQUIRE_LIBREOFFICE_ENV, normalise_space, require_libreoffice, sample_document

NUMBERED_STYLE_IDS = frozenset(
    {StyleId.ARTICLE_HEADING, *StyleId.CLAUSE_LEVELS, *StyleId.SCHEDULE_LEVELS, StyleId.SCHEDULE_HEADING}
)
CLAUSE_STYLE_IDS = frozenset({*StyleId.CLAUSE_LEVELS, *StyleId.SCHEDULE_LEVELS})


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
            elif kind == StyleId.SIGNATURES_HEADING:
                collecting = False
            if collecting:
                text = block.text.strip()
                # The schedule heading reads "Schedule 1 — Title": the list prints the number.
                lines.append(text.removeprefix("\u2014 ") if kind == StyleId.SCHEDULE_HEADING else text)
        elif collecting:
            for row in block.rows:
                lines.extend(cell.text.strip() for cell in row.cells)
    # No-break spaces tie "clause" to its number; the model's text has ordinary spaces.
    return [line.replace("\u00a0", " ") for line in lines if line.strip()]


def awkward_document() -> AgreementDocument:
    """The sample document plus what tends to break writers: control characters, long ids,
    a 100,000-character clause, 28 sub-clauses (numbers past "(z)") and references to an
    article and a schedule."""
    base = sample_document(draft_marking="DRAFT \u2014 open points")
    long_id = "very." * 20 + "long.clause.identifier"
    letters = [chr(ord("a") + i % 26) * (i // 26 + 1) for i in range(28)]  # a ... z, aa, bb
    many = tuple(
        Clause(f"boilerplate.sub.{index}", 2, f"({letter})", f"3.1({letter})", (TextRun(f"Sub-clause {index}."),))
        for index, letter in enumerate(letters, start=1)
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


def convert_all_with_libreoffice(sources: list[Path], out_dir: Path) -> dict[Path, Path]:
    """Convert several files to PDF in one LibreOffice start (a start costs about a
    second); fail the test with LibreOffice's output if any PDF is missing."""
    binary = require_libreoffice()
    result = subprocess.run(
        [
            binary,
            f"-env:UserInstallation=file://{out_dir / 'lo-profile'}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            *map(str, sources),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    converted = {source: out_dir / f"{source.stem}.pdf" for source in sources}
    missing = [source.name for source, pdf in converted.items() if not pdf.exists()]
    if result.returncode != 0 or missing:
        pytest.fail(f"LibreOffice could not convert {missing}: {result.stdout}\n{result.stderr}")
    return converted


_PAGE_FOOTER = re.compile(r"^Page \d+ of \d+$")


def pdf_running_text(pdf: Path, document: AgreementDocument) -> str:
    """The PDF's text on one line, without running headers and footers (so a paragraph
    that crosses a page break reads on)."""
    running = {document.metadata.title, document.draft_marking.upper(), document.draft_marking}
    if shutil.which("pdftotext") is None:
        if os.environ.get(REQUIRE_LIBREOFFICE_ENV) == "1":
            pytest.fail("pdftotext (poppler-utils) is required here but not installed")
        pytest.skip("pdftotext (poppler-utils) is not installed")
    # -layout keeps a list number on the line of its text (plain mode reads the number
    # column and the text column separately).
    layout = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = [
        line
        for line in layout.replace("\f", "\n").splitlines()
        if line.strip() not in running and not _PAGE_FOOTER.match(line.strip())
    ]
    # A line that ends in a word's own hyphen ("co-" / "owner") reads on without a space:
    # LibreOffice breaks there, but our documents never hyphenate a word themselves.
    return normalise_space(re.sub(r"(?<=\w-)\s*\n\s*", "", "\n".join(lines)).replace("\n", " "))


def expected_number_snippets(document: AgreementDocument) -> list[str]:
    """For every clause: its number followed by the start of its text ("2.1 Termination
    for cause. Either"), as LibreOffice must print it if Word numbering is right."""
    return [
        normalise_space(f"{clause.number} {clean_text(clause_lead_text(clause))[:40]}")
        for clause in document.iter_clauses()
    ] + [normalise_space(f"{article.number} {clean_text(article.heading)[:40]}") for article in document.articles]


def expected_reference_snippets(document: AgreementDocument) -> list[str]:
    """For every cross-reference: the words before it, its resolved text, and what
    follows, as printed once LibreOffice has computed the REF field itself."""
    snippets: list[str] = []
    for clause in document.iter_clauses():
        text = ""
        spans: list[tuple[int, int]] = []
        for item in clause.content:
            piece = clean_text(inline_text((item,)))
            if isinstance(item, CrossRef):
                spans.append((len(text), len(text) + len(piece)))
            text += piece
        for start, end in spans:
            snippets.append(normalise_space(text[max(0, start - 20) : end + 12]))
    return snippets
