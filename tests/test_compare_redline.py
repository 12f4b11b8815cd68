"""The redline DOCX: the new agreement with real tracked changes against the old one.
Reopened as XML: the changes carry exactly the changed words; accepting every change
gives the new agreement's text and rejecting every change the old one's."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from pathlib import Path

import docx
import pytest

from drafting.document import CrossRef, TextRun
from drafting.docx_writer import docx_bytes, redline_docx_bytes, write_redline_docx
from drafting.docx_writer.package import heading_pages
from drafting.engine import assemble_agreement
from tests.compare_helpers import (
    NS,
    document_xml,
    edited_terms,
    example_terms,
    paragraph_texts,
    resolve_changes,
    sample_versions,
    tracked_texts,
    w,
)
from tests.support import convert_with_libreoffice, normalise_space, pdf_text, sample_document

STAMP = dt.datetime(2027, 3, 4, 5, 6, 7, tzinfo=dt.UTC)


def test_changed_words_are_tracked_exactly() -> None:
    old, new = sample_versions()
    root = document_xml(redline_docx_bytes(old, new, date=STAMP))
    inserted = tracked_texts(root, "ins")
    deleted = tracked_texts(root, "del")
    assert "sixty (60)" in inserted and "thirty (30)" in deleted
    assert "Clauses on confidentiality survive termination." in inserted
    assert "becomes insolvent." in deleted
    assert "300,000" in inserted and "250,000" in deleted and "550,000" in inserted and "500,000" in deleted
    # Nothing else is marked: unchanged words stay outside every change.
    assert not any("commits a material breach" in text for text in inserted + deleted)
    assert not any("Alpha GmbH" in text for text in inserted + deleted)


def test_accept_all_gives_the_new_text_and_reject_all_the_old() -> None:
    old, new = sample_versions()
    root = document_xml(redline_docx_bytes(old, new))
    assert paragraph_texts(resolve_changes(root, accept=True)) == paragraph_texts(document_xml(docx_bytes(new)))
    rejected = paragraph_texts(resolve_changes(root, accept=False))
    assert rejected == paragraph_texts(document_xml(docx_bytes(old, comments=False)))


def test_every_change_has_a_unique_id_author_and_date() -> None:
    old, new = sample_versions()
    root = document_xml(redline_docx_bytes(old, new, author='Bob <"R&D"> O\'Brien \x01', date=STAMP))
    changes = [*root.iter(w("ins")), *root.iter(w("del"))]
    assert len(changes) >= 8
    for change in changes:
        assert change.get(w("author")) == 'Bob <"R&D"> O\'Brien '
        assert change.get(w("date")) == "2027-03-04T05:06:07Z"
    revision_ids = [change.get(w("id")) for change in changes]
    other_ids = {
        element.get(w("id")) for element in root.iter(w("bookmarkStart"), w("commentRangeStart"), w("commentReference"))
    }
    assert len(set(revision_ids)) == len(revision_ids)
    assert not set(revision_ids) & other_ids
    for deletion in root.iter(w("del")):
        assert deletion.find(".//w:t", NS) is None  # deleted text is w:delText only


def test_removed_and_added_paragraphs_keep_real_styles_and_numbering() -> None:
    old, new = sample_versions()
    root = document_xml(redline_docx_bytes(old, new))
    paragraphs = list(root.iter(w("p")))
    removed = next(p for p in paragraphs if "becomes insolvent." in "".join(t.text for t in p.iter(w("delText"))))
    added = next(p for p in paragraphs if "survive termination" in "".join(t.text or "" for t in p.iter(w("t"))))
    assert removed.find("w:pPr/w:rPr/w:del", NS) is not None
    assert added.find("w:pPr/w:rPr/w:ins", NS) is not None
    assert removed.find("w:pPr/w:pStyle", NS).get(w("val")).startswith("Clause")
    assert added.find("w:pPr/w:pStyle", NS).get(w("val")).startswith("Clause")
    assert not any((t.text or "").strip() in {"2.3", "(b)"} for t in root.iter(w("t"), w("delText")))
    # The bookmark of the new clause exists once, the removed clause's is not repeated.
    names = Counter(bookmark.get(w("name")) for bookmark in root.iter(w("bookmarkStart")))
    assert all(count == 1 for count in names.values())


def test_identical_versions_have_no_tracked_changes() -> None:
    document = sample_document()
    root = document_xml(redline_docx_bytes(document, document))
    assert list(root.iter(w("ins"))) == [] and list(root.iter(w("del"))) == []


def test_a_changed_cross_reference_is_replaced_whole() -> None:
    old, new = sample_versions()
    effects = new.articles[1].blocks[1]
    renumbered = tuple(
        dataclasses.replace(item, number="2.9") if isinstance(item, CrossRef) and item.number == "2.1" else item
        for item in effects.content
    )
    articles = (
        new.articles[0],
        dataclasses.replace(
            new.articles[1],
            blocks=(
                new.articles[1].blocks[0],
                dataclasses.replace(effects, content=renumbered),
                *new.articles[1].blocks[2:],
            ),
        ),
    )
    new = dataclasses.replace(new, articles=articles)
    root = document_xml(redline_docx_bytes(old, new))
    assert "2.1" in tracked_texts(root, "del") and "2.9" in tracked_texts(root, "ins")
    changed_field = next(ins for ins in root.iter(w("ins")) if "".join(t.text or "" for t in ins.iter(w("t"))) == "2.9")
    kinds = [char.get(w("fldCharType")) for char in changed_field.iter(w("fldChar"))]
    assert kinds == ["begin", "separate", "end"]
    assert "REF" in "".join(text.text for text in changed_field.iter(w("instrText")))
    # The old reference comes back as a deleted field, so rejecting keeps a live field too.
    removed_field = next(d for d in root.iter(w("del")) if "".join(t.text or "" for t in d.iter(w("delText"))) == "2.1")
    assert [char.get(w("fldCharType")) for char in removed_field.iter(w("fldChar"))] == ["begin", "separate", "end"]
    assert "REF" in "".join(text.text for text in removed_field.iter(w("delInstrText")))
    assert paragraph_texts(resolve_changes(root, accept=True)) == paragraph_texts(document_xml(docx_bytes(new)))
    rejected = resolve_changes(root, accept=False)
    assert paragraph_texts(rejected) == paragraph_texts(document_xml(docx_bytes(old, comments=False)))
    assert _reference_fields(rejected) == _reference_fields(document_xml(docx_bytes(old, comments=False)))


def _reference_fields(root) -> list[str]:
    return [text.text.strip() for text in root.iter(w("instrText")) if text.text.strip().startswith("REF")]


def test_a_renumbered_reference_stays_a_field_whether_accepted_or_rejected() -> None:
    """An article inserted before the references renumbers them: every reference is a
    field after accepting all changes and after rejecting all, none turns to dead text,
    and a reference whose number did not change is not marked."""
    terms = example_terms("joint_venture_50_50")
    old = assemble_agreement(terms, version="1")
    first = old.articles[1]
    inserted = dataclasses.replace(first, id="inserted.article", heading="Inserted Article", note=None, blocks=())
    articles = (
        old.articles[0],
        inserted,
        *(dataclasses.replace(a, number=str(int(a.number) + 1)) for a in old.articles[1:]),
    )
    new = dataclasses.replace(old, articles=articles)
    root = document_xml(redline_docx_bytes(old, new, date=STAMP))
    accepted, rejected = resolve_changes(root, accept=True), resolve_changes(root, accept=False)
    assert len(_reference_fields(rejected)) > 20
    assert len(_reference_fields(accepted)) == len(_reference_fields(document_xml(docx_bytes(new))))
    assert len(_reference_fields(rejected)) == len(_reference_fields(document_xml(docx_bytes(old))))
    for change in root.iter(w("ins"), w("del")):
        inserted_text = "".join(t.text or "" for t in change.iter(w("t")))
        deleted_text = "".join(t.text or "" for t in change.iter(w("delText")))
        assert inserted_text != deleted_text or not inserted_text  # no "17.3" -> "17.3"


def test_each_change_carries_the_author_and_date_of_the_version_that_made_it() -> None:
    old, final = sample_versions()
    middle = dataclasses.replace(final, metadata=dataclasses.replace(final.metadata, author="Anna"))
    # Version 2 made every change but one; version 3 (by Bob) changed the last clause's words again.
    last = final.articles[-1]
    edited_clause = dataclasses.replace(last.blocks[-1], content=(TextRun("Edited in version three."),))
    third = dataclasses.replace(
        final,
        metadata=dataclasses.replace(final.metadata, author="Bob"),
        articles=(*final.articles[:-1], dataclasses.replace(last, blocks=(*last.blocks[:-1], edited_clause))),
    )
    v2, v3 = dt.datetime(2027, 1, 2, tzinfo=dt.UTC), dt.datetime(2027, 2, 3, tzinfo=dt.UTC)
    root = document_xml(redline_docx_bytes(old, third, history=[(middle, v2), (third, v3)]))
    stamps = {(c.get(w("author")), c.get(w("date"))) for c in root.iter(w("ins"), w("del"))}
    assert stamps == {("Anna", "2027-01-02T00:00:00Z"), ("Bob", "2027-02-03T00:00:00Z")}
    bob = [c for c in root.iter(w("ins")) if c.get(w("author")) == "Bob"]
    assert any("Edited in version three." in "".join(t.text or "" for t in c.iter(w("t"))) for c in bob)


def test_example_redline_round_trips(tmp_path: Path) -> None:
    def without_grant(data: dict) -> None:
        # The page layout below is that of the consortium without its grant and Budget.
        data["consortium"].pop("grant", None)
        data["consortium"].pop("budget", None)

    terms = edited_terms(example_terms("consortium_five_party"), without_grant)

    def edit(data: dict) -> None:
        data["parties"][1]["legal_name"] = "Nordlicht Energie AG"
        data["contributions"].pop()
        # A longer purpose moves the later headings to another page, whatever the layout.
        data["scope"]["purpose"] += (
            ", and to test its integration with the port's hydrogen pipeline, storage and "
            "bunkering facilities, its safety case and its operation under the grid operator's "
            "balancing rules, and to prepare the permits needed for a later industrial plant"
        ) * 5

    old = assemble_agreement(terms, version="1")
    new = assemble_agreement(edited_terms(terms, edit), version="2")
    path = tmp_path / "redline.docx"
    write_redline_docx(old, new, path, author="Reviewer")
    root = document_xml(path.read_bytes())
    assert "Nordlicht Energie AG" in tracked_texts(root, "ins")
    assert "Institut National des Matériaux Avancés" in tracked_texts(root, "del")
    assert paragraph_texts(resolve_changes(root, accept=True)) == paragraph_texts(document_xml(docx_bytes(new)))
    assert paragraph_texts(resolve_changes(root, accept=False)) == paragraph_texts(
        document_xml(docx_bytes(old, comments=False))
    )
    # The contents: an entry whose page moved is a change (rejecting every change gives the
    # old pages); an entry on the same page in both versions is not marked.
    old_pages, new_pages = heading_pages(old), heading_pages(new)
    assert old_pages != new_pages
    # A contents entry reads "8Confidentiality" (number and heading; the tab is not text).
    entries = [text for text in tracked_texts(root, "ins") if re.fullmatch(r"\d+[A-Z][A-Za-z ,]+", text)]
    # Numbered articles only (the pattern above reads "8Confidentiality"; schedules and the
    # signatures read otherwise); how many move depends on the layout of the draft.
    articles = {block for block in new_pages if not block.startswith("schedule.") and block != "signatures"}
    moved_articles = sum(1 for block in articles if old_pages.get(block) not in (None, new_pages[block]))
    assert len(entries) == moved_articles > 0
    deleted_rows = root.findall(".//w:tr/w:trPr/w:del", NS)
    assert len(deleted_rows) == 1  # the dropped contribution's table row, as a row
    reopened = docx.Document(str(path))
    assert reopened.core_properties.version == "2"
    assert reopened.paragraphs[0].style.name == "Title"


def test_libreoffice_converts_the_redline(tmp_path: Path) -> None:
    old, new = sample_versions()
    path = tmp_path / "redline.docx"
    write_redline_docx(old, new, path)
    text = normalise_space(pdf_text(convert_with_libreoffice(path, tmp_path)))
    assert "sixty (60) days" in text
    assert "Clauses on confidentiality survive termination." in text


def test_an_unwritable_path_raises_and_leaves_nothing(tmp_path: Path) -> None:
    old, new = sample_versions()
    with pytest.raises(OSError):
        write_redline_docx(old, new, tmp_path / "missing" / "redline.docx")
    assert list(tmp_path.iterdir()) == []
