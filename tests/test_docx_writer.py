"""The DOCX writer, read back with python-docx: text, styles, numbering, cross-references,
comments, headers and footers, properties, and hostile input."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from docx.oxml.ns import qn
from hypothesis import given, settings
from hypothesis import strategies as st

from drafting.document import Article, Clause, TextRun, body_text_lines, clause_lead_text
from drafting.docx_writer import docx_bytes, write_docx
from drafting.docx_writer.house_style import NumId, StyleId
from drafting.docx_writer.ooxml import BOOKMARK_NAME_MAX, bookmark_name, clean_text
from tests.docx_helpers import (
    CLAUSE_STYLE_IDS,
    NUMBERED_STYLE_IDS,
    awkward_document,
    open_docx,
    operative_lines,
    style_id,
)
from tests.support import sample_document


@pytest.fixture(scope="module")
def sample_word():
    return open_docx(docx_bytes(sample_document(draft_marking="DRAFT \u2014 open points")))


def test_operative_text_equals_the_document_model(sample_word):
    assert operative_lines(sample_word) == body_text_lines(sample_document())


def test_clause_paragraphs_use_clause_styles_without_typed_numbers(sample_word):
    document = sample_document()
    clause_paragraphs = [p for p in sample_word.paragraphs if style_id(p) in CLAUSE_STYLE_IDS]
    assert len(clause_paragraphs) == sum(1 for _ in document.iter_clauses())
    levels = [StyleId.CLAUSE_LEVELS.index(style_id(p)) + 1 for p in clause_paragraphs]
    assert levels == [clause.level for clause in document.iter_clauses()]
    # The paragraph holds exactly the model's text: any typed number would show here.
    assert [p.text.replace("\xa0", " ") for p in clause_paragraphs] == [
        clause_lead_text(c) for c in document.iter_clauses()
    ]
    assert all(p._p.pPr.numPr is None for p in clause_paragraphs)  # numbered through the style


def test_every_numbered_style_is_linked_both_ways_to_one_list(sample_word):
    numbering = sample_word.part.numbering_part.element
    abstract_of_num = {
        num.get(qn("w:numId")): num.find(qn("w:abstractNumId")).get(qn("w:val")) for num in numbering.iter(qn("w:num"))
    }
    level_style: dict[tuple[str, str], str] = {}
    for abstract in numbering.iter(qn("w:abstractNum")):
        assert abstract.find(qn("w:multiLevelType")).get(qn("w:val")) == "multilevel"
        for level in abstract.iter(qn("w:lvl")):
            key = (abstract.get(qn("w:abstractNumId")), level.get(qn("w:ilvl")))
            level_style[key] = level.find(qn("w:pStyle")).get(qn("w:val"))
    for style_name in NUMBERED_STYLE_IDS:
        num_pr = sample_word.styles.element.get_by_id(style_name).pPr.numPr
        key = (abstract_of_num[str(num_pr.numId.val)], str(num_pr.ilvl.val))
        assert level_style[key] == style_name
    clause_list = abstract_of_num[str(NumId.CLAUSES)]
    texts = {
        level.get(qn("w:ilvl")): level.find(qn("w:lvlText")).get(qn("w:val"))
        for abstract in numbering.iter(qn("w:abstractNum"))
        if abstract.get(qn("w:abstractNumId")) == clause_list
        for level in abstract.iter(qn("w:lvl"))
    }
    assert texts == {"0": "%1", "1": "%1.%2", "2": "(%3)", "3": "(%4)"}


def test_cross_references_are_ref_fields_to_bookmarks_on_their_targets(sample_word):
    body = sample_word.element.body
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    instructions = [i.text.strip() for i in body.iter(qn("w:instrText"))]
    refs = [i for i in instructions if i.startswith("REF ")]
    assert refs == [
        f"REF {bookmark_name('termination.for_cause')} \\w \\h",
        f"REF {bookmark_name('termination.for_cause.insolvency')} \\w \\h",
    ]
    assert {ref.split()[1] for ref in refs} <= bookmarks
    assert any(i.startswith("TOC ") for i in instructions)
    kinds = [c.get(qn("w:fldCharType")) for c in body.iter(qn("w:fldChar"))]
    assert kinds.count("begin") == kinds.count("separate") == kinds.count("end") == len(instructions)


def test_bookmark_names_are_valid_and_distinct():
    ids = ["a.b", "a_b", "x" * 80, "x" * 80 + "y", "clause 1 (a)", "1.2"]
    names = [bookmark_name(i) for i in ids]
    assert len(set(names)) == len(names)
    for name in names:
        assert len(name) <= BOOKMARK_NAME_MAX and name[0].isalpha() and name.replace("_", "").isalnum()


def test_drafting_notes_become_comments_on_their_clauses(sample_word):
    comments = {c.comment_id: c for c in sample_word.comments}
    assert [c.text for c in comments.values()] == [
        "Keep definitions alphabetical.\nAlternative: Define terms inline.",
        "Exit is in Schedule 2.",
        "A 30-day cure period is market standard.",
    ]
    anchored = {}
    for paragraph in sample_word.paragraphs:
        for start in paragraph._p.iter(qn("w:commentRangeStart")):
            anchored[int(start.get(qn("w:id")))] = paragraph.text
    assert anchored[0].startswith("In this Agreement")
    assert anchored[1] == "Termination"
    assert anchored[2].startswith("Termination for cause.")
    assert all(c.author == "Pactwright" for c in comments.values())


def test_clean_copy_has_no_comments():
    data = docx_bytes(sample_document(), comments=False)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert "word/comments.xml" not in archive.namelist()
        assert b"commentRange" not in archive.read("word/document.xml")


def _field_instructions(story) -> list[str]:
    return [i.text.strip() for i in story._element.iter(qn("w:instrText"))]


def test_header_footer_and_cover(sample_word):
    section = sample_word.sections[0]
    assert section.different_first_page_header_footer
    assert [p.text for p in section.header.paragraphs] == ["Joint Venture Agreement", "DRAFT \u2014 open points"]
    assert [p.text for p in section.first_page_header.paragraphs] == ["DRAFT \u2014 open points"]
    assert section.footer.paragraphs[0].text == "Page 1 of 1"
    assert _field_instructions(section.footer) == ["PAGE \\* MERGEFORMAT", "NUMPAGES \\* MERGEFORMAT"]
    first = sample_word.paragraphs[0]
    assert (style_id(first), first.text) == (StyleId.TITLE, "Joint Venture Agreement")


def test_no_draft_marking_without_open_points():
    word = open_docx(docx_bytes(sample_document()))
    assert [p.text for p in word.sections[0].header.paragraphs] == ["Joint Venture Agreement"]
    assert "DRAFT" not in "".join(p.text for p in word.sections[0].first_page_header.paragraphs)


def _signature_blocks(word) -> list[list]:
    blocks: list[list] = []
    for paragraph in word.paragraphs:
        kind = style_id(paragraph)
        if kind == StyleId.SIGNATURE_PARTY:
            blocks.append([paragraph])
        elif kind in (StyleId.SIGNATURE_LINE, StyleId.SIGNATURE_TEXT, StyleId.SIGNATURE_LAST) and blocks:
            blocks[-1].append(paragraph)
    return blocks


def test_signature_blocks_have_room_to_sign_and_are_kept_together(sample_word):
    blocks = _signature_blocks(sample_word)
    assert len(blocks) == 2
    texts = [[p.text for p in block] for block in blocks]
    assert texts[0][0] == "Signed for and on behalf of Alpha GmbH"
    assert texts[1][1:] == ["", "Name: Bob O'Brien", "Title: Director", "Date:"]
    styles = {style.style_id: style for style in sample_word.styles}
    line = styles[StyleId.SIGNATURE_LINE].element
    assert line.find(qn("w:pPr")).find(qn("w:pBdr")) is not None  # the rule signed on
    assert line.find(qn("w:pPr")).find(qn("w:spacing")).get(qn("w:before")) == "600"  # 30 pt to sign in
    # Every paragraph but the date keeps with the next: a block never splits across pages.
    for style in (StyleId.SIGNATURE_PARTY, StyleId.SIGNATURE_LINE, StyleId.SIGNATURE_TEXT):
        assert styles[style].paragraph_format.keep_with_next, style
    assert not styles[StyleId.SIGNATURE_LAST].element.find(qn("w:pPr")).findall(qn("w:keepNext"))
    assert styles[StyleId.SIGNATURE_LAST].paragraph_format.space_after.pt == 22


def test_schedule_table_is_a_real_table_with_sized_columns_and_amounts_right(sample_word):
    table = next(iter(sample_word.tables))
    assert [c.text for c in table.rows[0].cells] == ["Party", "Contribution", "Value"]
    assert [c.text for c in table.rows[-1].cells] == ["Total", "", "EUR 500,000"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    widths = [int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.iter(qn("w:gridCol"))]
    assert len(set(widths)) > 1 and sum(widths) == 9026  # sized to their text, full width
    assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    value_cells = [row.cells[2].paragraphs[0] for row in table.rows[1:]]
    assert {style_id(p) for p in value_cells} == {StyleId.TABLE_AMOUNT}
    assert {style_id(row.cells[0].paragraphs[0]) for row in table.rows[1:]} == {StyleId.TABLE_TEXT}


def test_defined_terms_use_a_character_style(sample_word):
    runs = [run for p in sample_word.paragraphs for run in p.runs if run.text.startswith("\u201c")]
    defined = [run for run in runs if run.style is not None and run.style.style_id == StyleId.DEFINED_TERM]
    assert defined and all(run.bold is None for run in defined)  # no direct formatting


def test_widow_control_and_the_face_with_its_metric_twin(sample_word):
    styles = sample_word.styles.element
    normal = next(s for s in styles.iter(qn("w:style")) if s.get(qn("w:styleId")) == "Normal")
    assert normal.find(qn("w:pPr")).find(qn("w:widowControl")) is not None
    fonts = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    assert fonts.get(qn("w:ascii")) == "Times New Roman"
    with zipfile.ZipFile(io.BytesIO(docx_bytes(sample_document()))) as archive:
        font_table = archive.read("word/fontTable.xml").decode()
        assert "word/theme/theme1.xml" in archive.namelist()
    assert '<w:font w:name="Times New Roman"><w:altName w:val="Liberation Serif"/>' in font_table


def test_schedule_heading_is_one_line_without_a_manual_break(sample_word):
    headings = [p for p in sample_word.paragraphs if style_id(p) == StyleId.SCHEDULE_HEADING]
    assert [p.text for p in headings] == ["\u2014 Contributions"]
    assert not any(p._p.findall(f".//{qn('w:br')}") for p in headings)


def test_clause_words_are_tied_to_their_numbers(sample_word):
    text = "\n".join(p.text for p in sample_word.paragraphs)
    assert "clause\xa02.1" in text and "clause 2.1" not in text


def test_document_properties(sample_word):
    properties = sample_word.core_properties
    assert properties.title == "Joint Venture Agreement"
    assert properties.subject == "Joint venture between Alpha and Beta"
    assert properties.author == "Pactwright"
    assert properties.version == "3"
    assert properties.revision == 3
    assert properties.created == dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.UTC)


def test_no_update_fields_prompt_on_open(sample_word):
    # The contents already carry their page numbers: Word need not ask to update fields.
    assert sample_word.settings.element.find(qn("w:updateFields")) is None


def test_hostile_text_is_cleaned_not_fatal():
    document = awkward_document()
    word = open_docx(docx_bytes(document))
    expected = [clean_text(line) for line in body_text_lines(document)]
    assert operative_lines(word) == expected
    assert any(len(line) > 100_000 for line in expected)
    hostile = 'R&D <Labs> "Ltd" {{ 7*7 }} {% if x %} \u05e9\u05dc\u05d5\u05dd \U0001f91d'
    assert any(hostile in p.text for p in word.paragraphs)
    assert [c.text for c in word.comments][-1] == "Note with <tags> &  control."


def test_long_metadata_is_trimmed_to_word_limits():
    document = sample_document()
    metadata = document.metadata.__class__(title="T\x0b" * 300, subject="S", version="draft-7")
    word = open_docx(docx_bytes(document.__class__(**{**_fields(document), "metadata": metadata})))
    assert word.core_properties.title == "T" * 255
    assert word.core_properties.version == "draft-7"
    assert word.core_properties.revision == 1


def _fields(document) -> dict:
    return {name: getattr(document, name) for name in document.__dataclass_fields__}


def test_write_docx_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    target = tmp_path / "agreement.docx"
    write_docx(sample_document(), target)
    before = target.read_bytes()
    assert open_docx(before).paragraphs

    def explode(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("drafting.files.os.replace", explode)
    with pytest.raises(OSError, match="disk full"):
        write_docx(awkward_document(), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["agreement.docx"]


def test_an_empty_agreement_still_exports():
    document = sample_document()
    empty = document.__class__(
        metadata=document.metadata, cover=document.cover, parties=(), recitals=(), articles=(), signatures=()
    )
    word = open_docx(docx_bytes(empty))
    assert operative_lines(word) == []
    assert word.paragraphs[0].text == "Joint Venture Agreement"


@settings(max_examples=60, deadline=None)
@given(text=st.text(st.characters(codec=None, exclude_categories=()), max_size=60))
def test_any_text_survives_as_its_cleaned_self(text: str):
    document = sample_document()
    clause = Clause("any.text", 1, "1.1", "1.1", (TextRun(text),))
    article = Article("any", "1", "Any text", (clause,))
    word = open_docx(docx_bytes(dataclasses.replace(document, articles=(article,), schedules=())))
    expected = clean_text(text).replace("\r\n", "\n").replace("\r", "\n")
    clause_text = next(p.text for p in word.paragraphs if style_id(p) == StyleId.CLAUSE_LEVELS[0])
    assert clause_text == expected
