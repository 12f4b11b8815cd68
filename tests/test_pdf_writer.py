"""The PDF writer on hand-made documents: text read back equals the model's, hostile and
multi-script text prints literally, and the print furniture (cover, contents with right
page numbers, bookmarks, metadata, page totals, draft marking, kept-together signature
blocks) is there."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from drafting.document import DRAFT_MARKING, PartyBlock, SignatureBlock, TextRun
from drafting.pdf_writer import pdf_bytes, printable_text, write_pdf
from drafting.pdf_writer.bidi import visual_order
from tests.docx_helpers import awkward_document
from tests.pdf_helpers import assert_pdf_matches_model, body_text, long_document, pdf_pages
from tests.support import normalise_space, sample_document

HOSTILE_LITERAL = 'R&D <Labs> "Ltd" {{ 7*7 }} {% if x %}'
NAMES = {
    "Greek": "Ελληνική Τεχνολογική Ανώνυμη Εταιρεία",
    "Cyrillic": "Общество с ограниченной ответственностью «Ромашка»",
    "Polish": "Zakłady Łódzkie Spółka z o.o. — Żółć & Gęśla",
    "Vietnamese": "Công ty Trách nhiệm Hữu hạn Nguyễn Thị Ánh Dương",
}


def write(tmp_path: Path, document, name: str = "agreement.pdf", **options) -> Path:
    path = tmp_path / name
    write_pdf(document, path, **options)
    return path


def all_text(path: Path) -> str:
    return normalise_space(" ".join(pdf_pages(path)))


def test_sample_text_reads_back_as_the_model_in_order(tmp_path):
    document = sample_document()
    assert_pdf_matches_model(write(tmp_path, document), document)


def test_long_document_has_25_pages_and_the_model_text(tmp_path):
    document = long_document()
    path = write(tmp_path, document)
    assert len(PdfReader(path).pages) >= 25
    assert_pdf_matches_model(path, document)


def test_hostile_text_prints_literally(tmp_path):
    text = all_text(write(tmp_path, sample_document()))
    assert HOSTILE_LITERAL in text
    assert "49" not in text.replace("12345", "")  # {{ 7*7 }} was never evaluated
    # Hebrew comes back in logical order; the emoji no font has is the replacement character.
    assert "\u05e9\u05dc\u05d5\u05dd" in text
    assert "\ufffd" in text


def test_greek_cyrillic_polish_vietnamese_names_extract_exactly(tmp_path):
    base = sample_document()
    parties = tuple(
        PartyBlock(index, name, f"Party {index}", f"a company ({script})")
        for index, (script, name) in enumerate(NAMES.items(), start=1)
    )
    signatures = tuple(SignatureBlock(name, f"Party {i}", name, "Director") for i, name in enumerate(NAMES.values()))
    first = base.articles[0]
    clause = first.blocks[0]
    named_clause = dataclasses.replace(clause, content=(TextRun("Parties: " + "; ".join(NAMES.values())),))
    document = dataclasses.replace(
        base,
        cover=dataclasses.replace(base.cover, subtitle="between " + " and ".join(NAMES.values())),
        parties=parties,
        signatures=signatures,
        articles=(dataclasses.replace(first, blocks=(named_clause,)), *base.articles[1:]),
    )
    path = write(tmp_path, document)
    text = all_text(path)
    for name in NAMES.values():
        assert printable_text(name) == name  # every character has a glyph in the shipped fonts
        assert text.count(name) >= 3  # parties block, clause text, signature block
    assert "\ufffd" not in text, text[max(0, text.index("\ufffd") - 200) : text.index("\ufffd") + 50]
    assert_pdf_matches_model(path, document)
    fonts = embedded_fonts(path)
    assert any("LiberationSerif" in font for font in fonts), fonts


def embedded_fonts(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            names.add(str(font.get_object().get("/BaseFont")))
    return names


def test_characters_the_serif_lacks_use_the_sans_fallback(tmp_path):
    base = sample_document()
    party = PartyBlock(3, "\u05d7\u05d1\u05e8\u05d4 \u05d1\u05e2\u05f4\u05de Armenian \u0540\u0561\u0575", "Gamma", "")
    path = write(tmp_path, dataclasses.replace(base, parties=(*base.parties, party)))
    fonts = embedded_fonts(path)
    assert any("DejaVuSans" in font for font in fonts), fonts
    assert "\u0540\u0561\u0575" in all_text(path)


def test_missing_glyph_rule():
    assert printable_text("Alpha \U0001f91d Beta") == "Alpha \ufffd Beta"
    # Joiners, variation selectors and skin tones are invisible: dropped, one mark per emoji.
    assert printable_text("a\U0001f44d\U0001f3fdb") == "a\ufffdb"
    assert printable_text("Bell\x07 null\x00 tab\tend") == "Bell null tab end"
    assert printable_text("Nguye\u0302\u0303n") == "Nguyễn"  # NFC: one precomposed glyph
    assert printable_text("中文") == "\ufffd\ufffd"


def test_right_to_left_runs_are_reversed_for_drawing_numbers_stay_readable():
    assert visual_order("Alpha \u05d0\u05d1\u05d2 Beta") == "Alpha \u05d2\u05d1\u05d0 Beta"
    assert visual_order("\u05d0\u05d1 2024 Ltd") == "2024 \u05d1\u05d0 Ltd"
    assert visual_order("plain text") == "plain text"


def test_metadata_outline_and_page_totals(tmp_path):
    document = sample_document()
    reader = PdfReader(
        write(
            tmp_path,
            dataclasses.replace(
                document, metadata=dataclasses.replace(document.metadata, keywords=("alliance", "joint venture"))
            ),
        )
    )
    info = reader.metadata
    assert info.title == "Joint Venture Agreement"
    assert info.author == "Pactwright"
    assert info.subject == "Joint venture between Alpha and Beta"
    assert info.creator.startswith("Pactwright")
    assert "joint venture" in info["/Keywords"]
    assert info["/CreationDate"].startswith("D:20261101093000")
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline == [
        "Contents",
        "1 Definitions and Interpretation",
        "2 Termination",
        "Signatures",
        "Schedule 1 \u2014 Contributions",
    ]
    total = len(reader.pages)
    for number, page in enumerate(pdf_pages(Path(tmp_path / "agreement.pdf"))[1:total], start=2):
        assert f"Page {number} of {total}" in page
    # Bookmarks point at the page the heading is on, not at page 1.
    for item in reader.outline:
        page_index = reader.get_destination_page_number(item)
        heading = item.title.split(" ", 1)[-1].split(" \u2014 ")[-1]
        assert heading in pdf_pages(tmp_path / "agreement.pdf")[page_index]


def test_contents_page_numbers_are_the_heading_pages(tmp_path):
    document = long_document()
    path = write(tmp_path, document)
    pages = pdf_pages(path)
    contents = pages[1] + pages[2]
    for article in document.articles:
        match = re.search(rf"^{article.number} {re.escape(article.heading)} (\d+)$", contents, re.MULTILINE)
        assert match, f"no contents entry for {article.heading}"
        page = pages[int(match.group(1)) - 1]
        assert re.search(rf"^{article.number} {re.escape(article.heading)}$", page, re.MULTILINE)


def test_headings_never_end_a_page(tmp_path):
    document = long_document()
    path = write(tmp_path, document)
    headings = {f"{article.number} {article.heading}" for article in document.articles}
    for page in pdf_pages(path)[3:]:
        lines = [line for line in page.splitlines() if line.strip()]
        if lines:
            assert lines[-1] not in headings


def test_signature_blocks_are_kept_together_and_not_alone(tmp_path):
    document = long_document()
    pages = pdf_pages(write(tmp_path, document))
    for block in document.signatures:
        on_page = [
            page
            for page in pages
            if f"Signed for and on behalf of {printable_text(block.party_legal_name)}" in normalise_space(page)
        ]
        assert len(on_page) == 1
        assert f"Name: {block.signatory_name}" in on_page[0]
    signature_page = next(page for page in pages if "Signatures\n" in page)
    last_paragraph = normalise_space(printable_text(" ".join(t.text for t in document.articles[-1].blocks[-1].content)))
    assert last_paragraph in normalise_space(signature_page)


def test_draft_marking_on_every_page_and_notes_only_in_a_draft(tmp_path):
    draft = sample_document(draft_marking=DRAFT_MARKING)
    draft_pages = pdf_pages(write(tmp_path, draft, "draft.pdf"))
    assert all(DRAFT_MARKING in page for page in draft_pages if page.strip())
    draft_text = all_text(tmp_path / "draft.pdf")
    assert "Drafting note: A 30-day cure period is market standard." in draft_text
    assert "Alternative: Define terms inline." in draft_text
    clean_text = all_text(write(tmp_path, sample_document(), "clean.pdf"))
    assert "Drafting note" not in clean_text and DRAFT_MARKING not in clean_text
    without_notes = all_text(write(tmp_path, draft, "quiet.pdf", drafting_notes=False))
    assert "Drafting note" not in without_notes


def test_awkward_document_renders_every_character_it_can(tmp_path):
    document = awkward_document()
    path = write(tmp_path, document)
    text = body_text(path, document)
    assert "Bell vertical form null escape lone end." in text
    assert "x" * 5000 in text.replace(" ", "")
    assert len(PdfReader(path).pages) > 20


def test_same_document_same_bytes():
    assert pdf_bytes(sample_document()) == pdf_bytes(sample_document())


def test_write_is_atomic(tmp_path, monkeypatch):
    path = write(tmp_path, sample_document())
    before = path.read_bytes()

    def fail(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("drafting.pdf_writer.pdf_bytes", fail)
    with pytest.raises(RuntimeError):
        write_pdf(sample_document(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["agreement.pdf"]


def test_a_huge_text_field_reaches_the_pdf_whole_and_in_order() -> None:
    """A field of many pages (one paragraph) is written with every word, in order: the
    paragraph is carried over the pages in pieces (see ``measure.Paragraph.split``)."""
    import io
    import json

    from drafting.engine import assemble_agreement
    from drafting.pdf_writer import pdf_bytes
    from drafting.validation import parse_terms

    data = json.loads((Path(__file__).resolve().parent.parent / "examples" / "revenue_sharing.json").read_text())
    words = [f"w{index}" for index in range(12_000)]
    data["background"] = " ".join(words)
    document = assemble_agreement(parse_terms(json.dumps(data)))
    reader = PdfReader(io.BytesIO(pdf_bytes(document)))
    text = " ".join(page.extract_text() for page in reader.pages)
    tokens = (token.rstrip(".,;") for token in text.split())
    found = [token for token in tokens if token.startswith("w") and token[1:].isdigit()]
    assert found == words
