"""Right-to-left names and passages in the PDF: ordered by python-bidi's Unicode
Bidirectional Algorithm line by line, Arabic joined by arabic-reshaper. pdftotext gives
the names back in logical order; a passage longer than a line starts on the first line
and ends on a later one; the Arabic is drawn in joined (presentation) forms."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from drafting.document import PartyBlock, SignatureBlock, TextRun
from drafting.pdf_writer import write_pdf
from drafting.pdf_writer.bidi import visual_order, visual_pieces
from tests.support import sample_document

ARABIC_NAME = "شركة الخليج للتجارة والمقاولات"
HEBREW_NAME = 'חברת אלפא טכנולוגיות בע"מ'
PASSAGE = "يلتزم الطرفان بالتعاون الكامل في تنفيذ المشروع المشترك وفقا لأحكام هذه الاتفاقية"
PASSAGE_WORDS = PASSAGE.split(" ")
#: Bidi marks pdftotext puts around right-to-left runs.
MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _document():
    base = sample_document()
    parties = (
        PartyBlock(1, ARABIC_NAME, "Gulf", "a company incorporated in Dubai"),
        PartyBlock(2, HEBREW_NAME, "Alpha", "a company incorporated in Israel"),
    )
    passage = " ".join(PASSAGE_WORDS * 3)
    first = base.articles[0]
    clause = dataclasses.replace(first.blocks[0], content=(TextRun(f"The parties agree: {passage} (end)."),))
    return dataclasses.replace(
        base,
        parties=parties,
        signatures=(
            SignatureBlock(ARABIC_NAME, "Gulf", "أحمد", "مدير"),
            SignatureBlock(HEBREW_NAME, "Alpha", "דנה", 'מנכ"ל'),
        ),
        articles=(dataclasses.replace(first, blocks=(clause,)), *base.articles[1:]),
    )


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path_factory.mktemp("rtl") / "agreement.pdf"
    write_pdf(_document(), path)
    return path


def _text(path: Path, *options: str) -> str:
    text = subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return text


def test_arabic_and_hebrew_names_extract_in_logical_order(pdf: Path) -> None:
    # Presentation forms fold back to the letters (NFKC), as extractors and search do.
    lines = MARKS.sub("", unicodedata.normalize("NFKC", _text(pdf))).splitlines()
    assert any(ARABIC_NAME in line and "Dubai" in line for line in lines)
    assert any(HEBREW_NAME in line and "Israel" in line for line in lines)
    signed = [line for line in lines if line.startswith("Signed for and on behalf of")]
    assert any(ARABIC_NAME in line for line in signed) and any(HEBREW_NAME in line for line in signed)


def test_arabic_is_drawn_in_joined_forms(pdf: Path) -> None:
    raw = _text(pdf, "-raw")
    drawn = "".join(re.findall("[\ufe70-\ufeff]+", raw))
    # Initial, medial and final forms (and lam-alef), not the isolated letters.
    assert len(set(drawn)) > 20
    assert not re.search("[\u0621-\u064a]{2,}", MARKS.sub("", raw))  # no run of unjoined base letters


def test_a_long_passage_wraps_in_reading_order(pdf: Path) -> None:
    lines = MARKS.sub("", unicodedata.normalize("NFKC", _text(pdf))).splitlines()
    start = next(index for index, line in enumerate(lines) if "The parties agree:" in line)
    end = next(index for index, line in enumerate(lines) if "end)" in line)
    assert end > start  # longer than one line
    assert " ".join(PASSAGE_WORDS[:2]) in lines[start]  # its first words on its first line
    assert PASSAGE_WORDS[-1] in lines[end]


def test_display_order_of_a_line() -> None:
    assert visual_order("Party אבג דהו Ltd") == "Party והד גבא Ltd"
    assert visual_order("plain text") == "plain text"
    pieces = visual_pieces([("see ", "serif"), ("אבג", "sans"), (" (1)", "serif")])
    assert "".join(text for text, _ in pieces) == "see (1) גבא" or "".join(text for text, _ in pieces).startswith(
        "see "
    )
    assert ("גבא", "sans") in pieces  # each character keeps its font
