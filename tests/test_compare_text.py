"""compare_agreements and diff_html: the agreement text compared word by word, and the
page that shows it (escaped, readable by Qt's rich text)."""

from __future__ import annotations

import dataclasses

import pytest

from drafting.compare import (
    DiffSegment,
    ParagraphChange,
    SegmentKind,
    agreement_lines,
    align_paragraphs,
    compare_agreements,
    diff_html,
    diff_summary,
    diff_words,
    word_tokens,
)
from drafting.document import PartyBlock
from drafting.engine import assemble_agreement
from tests.compare_helpers import edited_terms, example_terms, sample_versions
from tests.support import sample_document


def test_changed_words_inside_a_paragraph() -> None:
    old, new = sample_versions()
    diff = compare_agreements(old, new)
    changed = next(p for p in diff.paragraphs if "material breach" in p.new_text)
    assert changed.change is ParagraphChange.CHANGED
    assert changed.segments == (
        DiffSegment(SegmentKind.EQUAL, "commits a material breach that it does not remedy within "),
        DiffSegment(SegmentKind.DELETED, "thirty (30)"),
        DiffSegment(SegmentKind.INSERTED, "sixty (60)"),
        DiffSegment(SegmentKind.EQUAL, " days;"),
    )


def test_added_and_removed_paragraphs() -> None:
    old, new = sample_versions()
    diff = compare_agreements(old, new)
    by_change = {
        change: [p.new_text or p.old_text for p in diff.paragraphs if p.change is change] for change in ParagraphChange
    }
    assert by_change[ParagraphChange.DELETED] == ["becomes insolvent."]
    assert by_change[ParagraphChange.INSERTED] == ["Clauses on confidentiality survive termination."]
    assert len(by_change[ParagraphChange.CHANGED]) == 3  # the cure period and two table cells
    assert diff.word_count(SegmentKind.INSERTED) == 2 + 5 + 2
    assert diff.word_count(SegmentKind.DELETED) == 2 + 2 + 2


def test_both_versions_can_be_read_back_from_the_diff() -> None:
    terms = example_terms("consortium_five_party")

    def edit(data: dict) -> None:
        data["parties"][1]["legal_name"] = "Nordlicht Energie AG"
        data["contributions"].pop()
        data["term"]["non_renewal_notice_days"] = 120

    old, new = assemble_agreement(terms), assemble_agreement(edited_terms(terms, edit))
    diff = compare_agreements(old, new)
    assert [p.old_text for p in diff.paragraphs if p.change is not ParagraphChange.INSERTED] == agreement_lines(old)
    assert [p.new_text for p in diff.paragraphs if p.change is not ParagraphChange.DELETED] == agreement_lines(new)
    assert any(
        "Nordlicht Energie AG" in s.text
        for p in diff.changed_paragraphs
        for s in p.segments
        if s.kind is SegmentKind.INSERTED
    )


def test_the_same_agreement_has_no_changes() -> None:
    document = sample_document()
    diff = compare_agreements(document, document)
    assert not diff.has_changes and diff.changed_paragraphs == ()
    assert diff_summary(diff) == "The text is the same in both versions."


def test_parties_and_recitals_are_compared_too() -> None:
    old = sample_document()
    new = dataclasses.replace(
        old, parties=(old.parties[0], PartyBlock(2, "Gamma SA", "Beta", old.parties[1].description))
    )
    diff = compare_agreements(old, new)
    inserted = [s.text for p in diff.changed_paragraphs for s in p.segments if s.kind is SegmentKind.INSERTED]
    assert inserted == ["Gamma SA,"]


def test_word_tokens_and_merged_changes() -> None:
    assert "".join(word_tokens("a  b\tc\n")) == "a  b\tc\n"
    old, new = word_tokens("within thirty (30) days"), word_tokens("within sixty (60) days")
    changes = [change for change in diff_words(old, new) if not change.equal]
    assert len(changes) == 1  # one replacement, not two around a kept space
    assert "".join(old[changes[0].old_start : changes[0].old_end]) == "thirty (30)"


def test_similar_paragraphs_are_paired_across_an_insertion() -> None:
    old = ["Alpha shall pay the fee within thirty days.", "Beta shall deliver the goods."]
    new = [
        "A completely new paragraph about something else entirely.",
        "Alpha shall pay the fee within sixty days.",
        "Beta shall deliver the goods.",
    ]
    assert align_paragraphs(old, new) == [(None, 0), (0, 1), (1, 2)]


HOSTILE = 'R&D <Labs> "Ltd" {{ 7*7 }} {% if x %} \u05e9\u05dc\u05d5\u05dd \U0001f91d \x07'


def _hostile_diff():
    old = sample_document()
    parties = (old.parties[0], dataclasses.replace(old.parties[1], legal_name=HOSTILE + " Two"))
    return compare_agreements(old, dataclasses.replace(old, parties=parties))


def test_html_escapes_every_text() -> None:
    page = diff_html(_hostile_diff())
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<Labs>" not in page and "&lt;Labs&gt;" in page and "R&amp;D" in page
    assert "\x07" not in page and "{{ 7*7 }}" in page
    assert '<a name="change-1"></a>' in page and "<ins>" in page


def test_qt_shows_insertions_highlighted_and_deletions_struck_through(qapp) -> None:
    from PySide6.QtGui import QTextDocument

    old, new = sample_versions()
    document = QTextDocument()
    document.setHtml(diff_html(compare_agreements(old, new)))
    formats: dict[str, tuple[bool, str]] = {}
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            char_format = fragment.charFormat()
            formats[fragment.text()] = (char_format.fontStrikeOut(), char_format.background().color().name())
            iterator += 1
        block = block.next()
    assert formats["thirty (30)"][0] is True
    assert formats["sixty (60)"][0] is False and formats["sixty (60)"][1] != "#000000"
    assert formats["thirty (30)"][1] != formats["sixty (60)"][1]


@pytest.mark.parametrize("limit_pairs", [1, 100])
def test_large_changed_blocks_stay_bounded(monkeypatch, limit_pairs: int) -> None:
    import drafting.compare.text as compare

    monkeypatch.setattr(compare, "PAIRING_LIMIT", limit_pairs)
    old = [f"Clause {n} says the party shall pay {n} euros." for n in range(20)]
    new = [f"Clause {n} says the party must pay {n} euros." for n in range(20)]
    pairs = align_paragraphs(old, new)
    assert sorted(i for i, _ in pairs if i is not None) == list(range(20))
    assert sorted(j for _, j in pairs if j is not None) == list(range(20))


def test_a_rewritten_table_cell_and_the_title_show_as_changes() -> None:
    terms = example_terms("joint_venture_unequal")
    venture = terms.joint_venture
    assert venture is not None
    holdings = tuple(
        share.model_copy(update={"percent": share.percent + (-10 if index == 0 else 10)})
        for index, share in enumerate(venture.holdings)
    )
    changed = terms.model_copy(
        update={"joint_venture": venture.model_copy(update={"holdings": holdings}), "title": "Solar JV"}
    )
    diff = compare_agreements(assemble_agreement(terms), assemble_agreement(changed))
    cells = [p for p in diff.changed_paragraphs if p.change is ParagraphChange.CHANGED]
    # The share table's cells (the clauses that follow the holdings change with them).
    table = [(p.old_text, p.new_text) for p in cells if p.old_text.endswith("%") and len(p.old_text) <= 4]
    assert table == [("70%", "60%"), ("30%", "40%")]
    assert any("Solar JV" in p.new_text for p in diff.changed_paragraphs)
