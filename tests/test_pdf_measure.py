"""The PDF writer's remembered measurements change nothing: a remembered width is
reportlab's width to the last bit, and a paragraph that reuses its line breaks breaks,
splits and draws exactly as a fresh reportlab paragraph does."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib import rl_accel
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph as ReportlabParagraph

from drafting.pdf_writer.fonts import FONT_DIR, SERIF, SERIF_BOLD, register_fonts
from drafting.pdf_writer.measure import MeasuredTTFont, Paragraph, remember_number_formatting, remembered_fp_str
from drafting.pdf_writer.styles import TEXT_WIDTH, house_styles

SAMPLES = [
    "",
    " ",
    "the",
    "Agreement",
    "R&D\u00a0Labs",
    "Zakłady Łódzkie — Żółć",
    "Ελληνική",
    "\u05e9\u05dc\u05d5\u05dd",  # Hebrew: not in the serif, measured with its default width
    "\U0001f600",
    "x" * 5000,
]

TEXT = (
    "<b>Skyward Booking B.V.</b>, a company incorporated under the laws of the Netherlands "
    "whose registered office is at Keizersgracht 1, Amsterdam (the <b>\u201cPartner\u201d</b>), "
    "shall use all reasonable endeavours to promote the Joint Offering in the Territory. "
) * 6


@pytest.mark.parametrize("size", [8.5, 10.5, 11.5, 24])
def test_remembered_widths_equal_reportlabs(size: float) -> None:
    register_fonts()
    reference = TTFont("PactTestSerif", str(FONT_DIR / "LiberationSerif-Regular.ttf"))
    measured = pdfmetrics.getFont(SERIF)
    assert isinstance(measured, MeasuredTTFont)
    for text in SAMPLES:
        first = measured.stringWidth(text, size)
        again = measured.stringWidth(text, size)  # now from memory
        assert first == again == reference.stringWidth(text, size), text
        assert measured.stringWidth(text.encode("utf8"), size) == reference.stringWidth(text, size)


def _lines(paragraph: ReportlabParagraph) -> list[object]:
    """The broken lines as comparable values (words and their spacing)."""
    para = paragraph.blPara
    if para.kind == 0:
        return [(round(extra, 9), list(words)) for extra, words in para.lines]
    return [(round(line.extraSpace, 9), [word.text for word in line.words]) for line in para.lines]


def test_rewrapping_at_the_same_width_keeps_the_same_lines() -> None:
    style = house_styles().clause_levels[0]
    ours = Paragraph(TEXT, style, bulletText="1.1")
    fresh = ReportlabParagraph(TEXT, style, bulletText="1.1")
    assert ours.wrap(TEXT_WIDTH, 800) == fresh.wrap(TEXT_WIDTH, 800)
    kept = ours.blPara
    assert ours.wrap(TEXT_WIDTH, 800) == fresh.wrap(TEXT_WIDTH, 800)
    assert ours.blPara is kept  # reused, not broken again
    assert _lines(ours) == _lines(fresh)


def test_a_new_width_breaks_the_lines_again() -> None:
    style = house_styles().body
    ours = Paragraph(TEXT, style)
    wide = ours.wrap(TEXT_WIDTH, 800)
    narrow = ours.wrap(TEXT_WIDTH / 2, 800)
    assert narrow[1] > wide[1]
    fresh = ReportlabParagraph(TEXT, style)
    assert narrow == fresh.wrap(TEXT_WIDTH / 2, 800)
    assert _lines(ours) == _lines(fresh)
    assert ours.wrap(TEXT_WIDTH, 800) == wide


def test_split_halves_match_reportlabs_and_draw_the_same() -> None:
    style = house_styles().body
    ours = Paragraph(TEXT, style)
    fresh = ReportlabParagraph(TEXT, style)
    ours.wrap(TEXT_WIDTH, 100)
    fresh.wrap(TEXT_WIDTH, 100)
    our_halves = ours.split(TEXT_WIDTH, 100)
    fresh_halves = fresh.split(TEXT_WIDTH, 100)
    assert len(our_halves) == len(fresh_halves) == 2
    for mine, theirs in zip(our_halves, fresh_halves, strict=True):
        assert isinstance(mine, Paragraph)
        assert mine.wrap(TEXT_WIDTH, 800) == theirs.wrap(TEXT_WIDTH, 800)
        assert _lines(mine) == _lines(theirs)
    assert _drawn(our_halves[0]) == _drawn(fresh_halves[0])
    assert _drawn(our_halves[1]) == _drawn(fresh_halves[1])


def test_a_paragraph_that_found_no_room_is_measured_again() -> None:
    style = house_styles().body
    ours = Paragraph(TEXT, style)
    ours.wrap(TEXT_WIDTH, 800)
    assert ours.split(TEXT_WIDTH, 10) == []  # no room: reportlab drops its line breaks
    assert "blPara" not in ours.__dict__
    assert ours.wrap(TEXT_WIDTH, 800) == ReportlabParagraph(TEXT, style).wrap(TEXT_WIDTH, 800)
    assert "blPara" in ours.__dict__


def _drawn(paragraph: ReportlabParagraph) -> str:
    """The page operators the paragraph writes (before compression)."""
    canvas = Canvas(io.BytesIO(), invariant=1)
    paragraph.drawOn(canvas, 72, 400)
    return "\n".join(canvas._code)


def test_bold_font_is_measured_too() -> None:
    register_fonts()
    assert isinstance(pdfmetrics.getFont(SERIF_BOLD), MeasuredTTFont)


def test_page_streams_are_binary_without_touching_reportlabs_global() -> None:
    from pypdf import PdfReader
    from reportlab import rl_config

    from drafting.pdf_writer import pdf_bytes
    from tests.support import sample_document

    before = rl_config.useA85
    reader = PdfReader(io.BytesIO(pdf_bytes(sample_document())), strict=True)
    assert rl_config.useA85 == before
    assert len(reader.pages) >= 3
    for page in reader.pages:
        stream = page["/Contents"].get_object()
        assert stream["/Filter"] in ("/FlateDecode", ["/FlateDecode"])
        assert b"BT" in stream.get_data()  # still decodes to drawing operators


@pytest.mark.parametrize(
    "text",
    ["Plain words.", "  spaced \n  across\tlines  ", "Ltd\u00a0“quoted” — 50%", "Ελληνική " * 400, "x"],
)
def test_text_without_markup_gets_the_parsers_fragment(text: str) -> None:
    for style in (house_styles().body, house_styles().table_total, house_styles().note):
        ours = Paragraph(text, style, bulletText="(a)")
        parsed = ReportlabParagraph(text, style, bulletText="(a)")
        assert [fragment.__dict__ for fragment in ours.frags] == [fragment.__dict__ for fragment in parsed.frags]
        assert ours.text == parsed.text
        assert ours.style is parsed.style
        assert ours.wrap(TEXT_WIDTH, 800) == parsed.wrap(TEXT_WIDTH, 800)
        assert _drawn(ours) == _drawn(parsed)


def test_copied_fragments_share_no_lists() -> None:
    style = house_styles().body
    first, second = Paragraph("one", style), Paragraph("two", style)
    first.frags[0].link.append((0, "#elsewhere"))
    assert second.frags[0].link == []
    assert Paragraph("three", style).frags[0].link == []


def test_markup_and_empty_text_still_go_through_the_parser() -> None:
    style = house_styles().body
    marked = Paragraph("R&amp;D <b>Labs</b>", style)
    assert [fragment.text for fragment in marked.frags] == ["R", "&", "D ", "Labs"]
    assert marked.frags[-1].fontName == SERIF_BOLD
    empty = Paragraph("   ", style)
    assert [fragment.__dict__ for fragment in empty.frags] == [
        fragment.__dict__ for fragment in ReportlabParagraph("   ", style).frags
    ]


def test_split_string_matches_reportlabs_through_new_characters_and_subsets() -> None:
    register_fonts()
    ours = pdfmetrics.getFont(SERIF)
    reference = TTFont("PactTestSerifSplit", str(FONT_DIR / "LiberationSerif-Regular.ttf"))
    our_doc, reference_doc = _Document(), _Document()  # splitString keys its state by document
    many = "".join(chr(code) for code in range(0x100, 0x100 + 400))  # forces a second subset
    texts = [
        "The Parties agree",
        "The Parties agree",
        "no\u00a0break space",
        "Zakłady Łódzkie — Żółć",
        "emoji \U0001f600 has no glyph",
        many,
        many[:50] + " plain " + many[-50:],
        "The Parties agree again",
        "",
    ]
    for text in texts:
        assert ours.splitString(text, our_doc) == reference.splitString(text, reference_doc), text
    assert ours.state[our_doc].assignments == reference.state[reference_doc].assignments
    assert ours.state[our_doc].subsets == reference.state[reference_doc].subsets


class _Document:
    """A stand-in for reportlab's PDF document: only its identity matters to splitString."""


_PIECES = st.sampled_from(["<b>", "</b>", "<i>", "</i>", " ", "\n", "Clause", "“Term”", "Ż ", "  x  ", ". ", "\u00a0"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12))
def test_bold_spans_get_the_parsers_fragments(pieces: list[str]) -> None:
    text = "".join(pieces)
    style = house_styles().clause_levels[1]
    try:
        parsed = ReportlabParagraph(text, style)
    except ValueError:  # unbalanced markup: ours must refuse it the same way
        with pytest.raises(ValueError):
            Paragraph(text, style)
        return
    ours = Paragraph(text, style)
    assert [fragment.__dict__ for fragment in ours.frags] == [fragment.__dict__ for fragment in parsed.frags]
    assert ours.text == parsed.text


def test_a_clause_heading_is_not_parsed_but_matches_the_parser() -> None:
    style = house_styles().clause_levels[0]
    text = "<b>Confidentiality. </b>Each Party shall keep the <b>“Confidential Information”</b> secret."
    ours, parsed = Paragraph(text, style, bulletText="7.1"), ReportlabParagraph(text, style, bulletText="7.1")
    assert [fragment.fontName for fragment in ours.frags] == [SERIF_BOLD, SERIF, SERIF_BOLD, SERIF]
    assert [fragment.__dict__ for fragment in ours.frags] == [fragment.__dict__ for fragment in parsed.frags]
    assert ours.wrap(TEXT_WIDTH, 800) == parsed.wrap(TEXT_WIDTH, 800)
    assert _drawn(ours) == _drawn(parsed)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.floats(allow_nan=False, allow_infinity=False, width=32), st.integers(-(10**6), 10**6), st.booleans()
        ),
        min_size=1,
        max_size=6,
    )
)
def test_remembered_number_formatting_equals_reportlabs(numbers: list[float]) -> None:
    assert remembered_fp_str(*numbers) == rl_accel.fp_str(*numbers)
    assert remembered_fp_str(*numbers) == rl_accel.fp_str(*numbers)  # now from memory
    assert remembered_fp_str(numbers) == rl_accel.fp_str(numbers)  # the one-list form


def test_equal_numbers_of_other_types_format_alike() -> None:
    assert {remembered_fp_str(value) for value in (1, 1.0, True)} == {rl_accel.fp_str(1.0)} == {"1"}
    assert remembered_fp_str(0.5, 10.5) == ".5 10.5"


def test_reportlab_writes_numbers_through_the_memory_once_fonts_are_registered() -> None:
    import reportlab.pdfbase.pdfdoc as pdfdoc
    import reportlab.pdfgen.textobject as textobject

    register_fonts()
    assert textobject.fp_str is remembered_fp_str
    assert pdfdoc.fp_str is remembered_fp_str
    remember_number_formatting()  # again: nothing changes
    assert textobject.fp_str is remembered_fp_str


def test_a_long_paragraph_carried_over_is_cut_into_pieces_that_break_the_same() -> None:
    """A paragraph of many pages comes back as its first page plus pieces of
    ``PIECE_LINES`` lines, made from the lines reportlab broke: rewrapped at the same
    width each piece keeps exactly those lines, and together they hold every word."""
    from drafting.pdf_writer.measure import PIECE_LINES

    style = house_styles().body
    text = TEXT * 40
    ours = Paragraph(text, style)
    fresh = ReportlabParagraph(text, style)
    ours.wrap(TEXT_WIDTH, 300)
    fresh.wrap(TEXT_WIDTH, 300)
    whole = _lines(fresh)
    parts = ours.split(TEXT_WIDTH, 300)
    assert len(parts) > 3
    assert all(part.style.spaceBefore == 0 for part in parts[1:])
    assert all(part.style.spaceAfter == 0 for part in parts[1:-1])
    rebroken: list[object] = []
    for part in parts:
        part.wrap(TEXT_WIDTH, 10_000)
        rebroken += _lines(part)
    assert all(len(part.blPara.lines) <= PIECE_LINES for part in parts[1:])
    assert [words for _, words in rebroken] == [words for _, words in whole]  # type: ignore[misc]
    # Every piece but the last justifies its last line, as the unbroken paragraph does.
    assert all(part._JustifyLast for part in parts[1:-1])


def test_a_short_remainder_is_split_exactly_as_reportlab_does() -> None:
    style = house_styles().body
    ours = Paragraph(TEXT * 3, style)
    ours.wrap(TEXT_WIDTH, 100)
    assert len(ours.split(TEXT_WIDTH, 100)) == 2


@pytest.mark.parametrize(("kind", "bullet"), [("body", None), ("recital", "(A)"), ("first_line", None)])
def test_a_long_plain_paragraph_breaks_into_reportlabs_lines_batch_by_batch(kind: str, bullet: str | None) -> None:
    """Lines found batch by batch are the lines reportlab finds in one go, with a bullet
    or a first-line indent too (only the paragraph's first line is narrower)."""
    from drafting.pdf_writer.measure import STREAM_CHARS

    styles = house_styles()
    style = styles.body.clone("Indented", firstLineIndent=30) if kind == "first_line" else getattr(styles, kind)
    words = [("word" * (index % 5 + 1)) + str(index) for index in range(9_000)]
    text = " ".join(words)
    assert len(text) > STREAM_CHARS
    ours = Paragraph(text, style, bulletText=bullet)
    fresh = ReportlabParagraph(text, style, bulletText=bullet)
    assert ours.wrap(TEXT_WIDTH, 10**7) == fresh.wrap(TEXT_WIDTH, 10**7)
    assert _lines(ours) == _lines(fresh)
