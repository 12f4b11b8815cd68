"""Helpers for the PDF writer's tests and benchmark: read a PDF's text back page by page,
check that the document model's lines appear in it in order with nothing but printed
numbers between them, and a synthetic agreement of 25+ pages."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from drafting.document import (
    AgreementDocument,
    Article,
    Block,
    Clause,
    CrossRef,
    DefinedTerm,
    Definition,
    Paragraph,
    Schedule,
    Table,
    TextRun,
    body_text_lines,
)
from drafting.pdf_writer import printable_text
from drafting.pdf_writer.fonts import plain_text
from tests.support import normalise_space, sample_document

#: What may stand between two lines of the model's text: the numbers the PDF prints
#: ("2", "1.1", "(a)", "(iv)", "Schedule 3"), nothing else.
PRINTED_NUMBERS = re.compile(r"^(?:(?:\d+(?:\.\d+)*\.?|\([a-z]{1,5}\)|Schedule \S+(?: \u2014)?)\s*)*$")
PAGE_FOOTER = re.compile(r"^Page \d+ of \d+$")
#: Bidi embedding marks pdftotext wraps around right-to-left runs.
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdf_pages(path: Path) -> list[str]:
    """Each page's text in content-stream order (``pdftotext -raw``): a hanging clause
    number comes out right before its text, as it is drawn."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    output = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return BIDI_MARKS.sub("", output).split("\f")


def header_lines(document: AgreementDocument) -> set[str]:
    return {plain_text(document.cover.title), plain_text(document.draft_marking)} - {""}


def body_text(path: Path, document: AgreementDocument) -> str:
    """The text of the pages after the operative intro, header and footer removed,
    whitespace normalised."""
    headers = header_lines(document)
    kept: list[str] = []
    for page in pdf_pages(path):
        lines = page.splitlines()
        # Header and footer are drawn before the page's text, so they come first; a
        # shortened running title ends with an ellipsis.
        while lines and (
            lines[0].strip() in headers
            or PAGE_FOOTER.match(lines[0].strip())
            or (lines[0].strip().endswith("\u2026") and any(h.startswith(lines[0].strip()[:-1]) for h in headers))
        ):
            lines.pop(0)
        kept.append(" ".join(lines))
    text = normalise_space(" ".join(kept))
    intro = normalise_space(document.operative_intro)
    start = text.find(intro)
    assert start >= 0, "the operative intro is missing from the PDF"
    return text[start + len(intro) :]


def assert_lines_in_order(
    text: str,
    lines: list[str],
    free_gap_at: int | None = None,
    repeated_headers: tuple[str, ...] = (),
    signatures_last: bool = False,
) -> None:
    """Each line appears in ``text`` after the previous one, with only printed numbers
    (or a table's header row, repeated on a new page) between them; anything is allowed
    before line ``free_gap_at`` (the signatures); nothing follows the last line."""
    position = 0
    for index, line in enumerate(lines):
        expected = normalise_space(line)
        found = text.find(expected, position)
        assert found >= 0, (
            f"line {index} not found in order: {expected[:120]!r}\nafter: {text[position : position + 300]!r}"
        )
        gap = text[position:found]
        for header in repeated_headers:
            gap = gap.replace(header, " ")
        gap = gap.strip()
        if index != free_gap_at:
            assert PRINTED_NUMBERS.match(gap), f"unexpected text before line {index} ({expected[:60]!r}): {gap[:300]!r}"
        position = found + len(expected)
    rest = text[position:].strip()
    if signatures_last:
        # An agreement without schedules ends with its signature blocks.
        assert rest.startswith("Signatures"), f"the signatures should follow the last line: {rest[:300]!r}"
    else:
        assert rest == "", f"unexpected text after the last line: {rest[:300]!r}"


def expected_lines(document: AgreementDocument) -> tuple[list[str], int | None]:
    """The model's lines as the PDF prints them, and the index of the first schedule line
    (the signatures stand before it)."""
    lines = [printable_text(line) for line in body_text_lines(document)]
    article_lines = len(body_text_lines(dataclasses.replace(document, schedules=())))
    return lines, (article_lines if document.schedules and document.signatures else None)


def assert_pdf_matches_model(path: Path, document: AgreementDocument) -> None:
    lines, free_gap_at = expected_lines(document)
    headers = tuple(
        normalise_space(" ".join(printable_text(column) for column in block.columns))
        for schedule_or_article in (*document.articles, *document.schedules)
        for block in _all_blocks(schedule_or_article.blocks)
        if isinstance(block, Table)
    )
    signatures_last = bool(document.signatures) and not document.schedules
    assert_lines_in_order(body_text(path, document), lines, free_gap_at, headers, signatures_last)


def _all_blocks(blocks: tuple[Block, ...]) -> list[Block]:
    found: list[Block] = []
    for block in blocks:
        found.append(block)
        if isinstance(block, Clause):
            found += _all_blocks(block.children)
    return found


# --- a long agreement -----------------------------------------------------------------
_FILLER = (
    "the Parties shall cooperate in good faith to perform their obligations under this Agreement "
    "including the provision of resources personnel know-how and information reasonably required "
    "for the Alliance subject to applicable law and the confidentiality undertakings set out herein "
    "and each Party shall bear its own costs unless otherwise agreed in writing by the Steering Committee"
)
_WORDS = tuple(_FILLER.split())


def _sentence(seed: int, length: int) -> str:
    words = [_WORDS[(seed * 7 + index * 3) % len(_WORDS)] for index in range(length)]
    return " ".join(words).capitalize() + "."


def long_document(articles: int = 11, draft_marking: str = "") -> AgreementDocument:
    """A synthetic agreement of about 30 A4 pages: definitions, nested clauses, run-in
    headings, cross-references, a schedule with a long table."""
    base = sample_document(draft_marking=draft_marking)
    built: list[Article] = []
    definitions = tuple(Definition(f"Defined Term {index}", (TextRun(_sentence(index, 24)),)) for index in range(1, 26))
    built.append(
        Article(
            "long.definitions",
            "1",
            "Definitions and Interpretation",
            (
                Clause(
                    "long.definitions.1",
                    1,
                    "1.1",
                    "1.1",
                    (TextRun("In this Agreement:"),),
                    children=definitions,
                ),
            ),
        )
    )
    for article_index in range(2, articles + 1):
        clauses = []
        for clause_index in range(1, 6):
            number = f"{article_index}.{clause_index}"
            children = tuple(
                Clause(
                    f"long.{number}.{letter}",
                    2,
                    f"({letter})",
                    f"{number}({letter})",
                    (TextRun(_sentence(article_index * 31 + clause_index * 5 + offset, 30)),),
                    children=(
                        (
                            Clause(
                                f"long.{number}.{letter}.i",
                                3,
                                "(i)",
                                f"{number}({letter})(i)",
                                (TextRun(_sentence(offset, 18)),),
                            ),
                        )
                        if offset == 0
                        else ()
                    ),
                )
                for offset, letter in enumerate("abc")
            )
            content = (
                TextRun(_sentence(article_index * 13 + clause_index, 45) + " Subject to "),
                CrossRef("long.definitions.1", "clause", "1.1"),
                TextRun(", the "),
                DefinedTerm(f"Term {article_index}.{clause_index}"),
                TextRun(" applies."),
            )
            heading = f"Heading {number}" if clause_index % 2 else ""
            clauses.append(Clause(f"long.{number}", 1, number, number, content, heading=heading, children=children))
        clauses.append(Paragraph((TextRun(_sentence(article_index, 40)),)))
        built.append(
            Article(
                f"long.article.{article_index}", str(article_index), f"Article {article_index} Matters", tuple(clauses)
            )
        )
    rows = tuple((f"Item {index}", _sentence(index, 8), f"EUR {index * 1000:,}") for index in range(1, 41))
    schedule = Schedule(
        "long.schedule",
        "1",
        "Contributions",
        (
            Paragraph((TextRun("The contributions are:"),)),
            Table("long.table", "Contributions", ("Item", "Description", "Value"), rows, ("Total", "", "EUR 820,000")),
        ),
    )
    return dataclasses.replace(base, articles=tuple(built), schedules=(schedule,))
