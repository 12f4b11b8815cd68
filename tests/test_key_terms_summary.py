"""The key-terms summary (no Qt): what it says from the terms and the assembled
agreement, and the Word and PDF files read back; export file names safe everywhere."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from drafting.engine import assemble_agreement
from drafting.export import export_agreement
from drafting.file_names import agreement_stem, export_stem, safe_part
from drafting.summary import build_summary, export_summary, summary_text, write_summary
from drafting.terms import AgreementTerms
from tests.engine_helpers import make_terms

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _example(name: str) -> AgreementTerms:
    return AgreementTerms.from_json((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def _docx_text(path: Path) -> str:
    return "\n".join(paragraph.text for paragraph in docx.Document(str(path)).paragraphs)


def test_the_summary_answers_who_what_money_duration_exit_and_law_citing_the_clauses() -> None:
    terms = _example("revenue_sharing")
    summary = build_summary(terms, assemble_agreement(terms))
    assert [section.heading for section in summary.sections] == [
        "Who", "What", "Money", "Duration", "Exit", "Law and disputes",
    ]  # fmt: skip
    money = summary.section("Money")
    assert money.where == "Clause 4 (Revenue Share)"  # numbered as in the assembled draft
    assert "The net revenue is split: Cobblestone 70%, Pixelbridge 30%." in money.lines
    assert "Minimum guarantee: USD 100,000 a year." in money.lines
    assert summary.section("Who").lines[0].startswith("Cobblestone Learning Ltd (“Cobblestone”)")
    assert any("24 months" in line and "90 days' notice" in line for line in summary.section("Duration").lines)
    assert any("within 30 days" in line for line in summary.section("Exit").lines)
    law = " ".join(summary.section("Law and disputes").lines)
    assert "the laws of England and Wales" in law and "in London" in law


def test_a_split_changed_in_the_terms_changes_the_summary() -> None:
    terms = make_terms(sharing={"model": "revenue", "shares": [
        {"party": "Alpha", "percent": "55"}, {"party": "Beta", "percent": "45"},
    ]})  # fmt: skip
    text = summary_text(build_summary(terms, assemble_agreement(terms)))
    assert "Alpha 55%, Beta 45%" in text


def test_user_text_in_the_summary_is_text_not_markup(tmp_path: Path) -> None:
    terms = make_terms(scope={"purpose": "sell <b>R&D</b> kits"})
    summary = build_summary(terms, assemble_agreement(terms))
    pdf = write_summary(summary, tmp_path / "s.pdf")
    assert "Sell <b>R&D</b> kits" in _pdf_text(pdf)


def test_the_summary_files_are_one_page_readable_and_reproducible(tmp_path: Path) -> None:
    terms = _example("revenue_sharing")
    moment = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)
    first = export_summary(terms, tmp_path / "a", ["docx", "pdf", "html"], "Deal", created=moment)
    again = export_summary(terms, tmp_path / "b", ["pdf", "docx"], "Deal", created=moment)
    assert [path.name for path in first] == ["Deal - Key terms.docx", "Deal - Key terms.pdf"]
    for one, other in zip(first, sorted(again), strict=True):
        assert one.read_bytes() == other.read_bytes()
    pdf = first[1]
    assert len(PdfReader(pdf).pages) == 1
    text = _pdf_text(pdf)
    for expected in ("Key terms:", "Money", "Cobblestone 70%", "Law and disputes"):
        assert expected in text
    word = _docx_text(first[0])
    assert "Cobblestone 70%, Pixelbridge 30%" in word and "Clause 4 (Revenue Share)" in word
    with zipfile.ZipFile(first[0]) as package:
        assert not [name for name in package.namelist() if "comments" in name]


def test_a_summary_file_needs_a_known_suffix(tmp_path: Path) -> None:
    terms = _example("revenue_sharing")
    with pytest.raises(ValueError, match=r"\.docx or \.pdf"):
        write_summary(build_summary(terms, assemble_agreement(terms)), tmp_path / "s.txt")


def test_export_file_names_carry_title_parties_and_date_and_are_safe_on_windows() -> None:
    day = dt.date(2026, 12, 1)
    assert (
        export_stem("Alliance Agreement", ["Bean & Co", "Cafe Ltd"], day)
        == "Alliance Agreement - Bean & Co - Cafe Ltd - 2026-12-01"
    )
    stem = export_stem('A/B: "Deal"?', ["Acme <UK>", "Beta|Co*", "Gamma.", "Delta", "Epsilon"], day)
    assert not set('<>:"/\\|?*') & set(stem)
    assert stem == "A B Deal - Acme UK - Beta Co and 3 others - 2026-12-01"
    assert safe_part(" Gamma.  Ltd ") == "Gamma. Ltd"
    long = export_stem("x" * 300, ["y" * 300], day)
    assert len(long) <= 120 and long.endswith("2026-12-01")
    assert agreement_stem(_example("revenue_sharing"), day) == (
        "Course Revenue Sharing Agreement - Cobblestone Learning Ltd - Pixelbridge Media Inc. - 2026-12-01"
    )


def test_a_clean_draft_has_no_open_points_and_the_lawyers_draft_has_them(tmp_path: Path) -> None:
    # 80%: an error, so only a draft can be exported.
    shares = [{"party": "Alpha", "percent": "50"}, {"party": "Beta", "percent": "30"}]
    terms = make_terms(sharing={"model": "revenue", "shares": shares})
    (lawyer,) = export_agreement(terms, tmp_path / "lawyer", ["pdf"], draft=True, comments=True, stem="L")
    (clean,) = export_agreement(terms, tmp_path / "clean", ["pdf"], draft=True, comments=False, stem="C")
    assert lawyer.name == "L.pdf" and clean.name == "C.pdf"
    assert "Open points" in _pdf_text(lawyer)
    clean_text = _pdf_text(clean)
    assert "Open points" not in clean_text and "open points" not in clean_text
    assert "DRAFT" in clean_text


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("", "the courts of England and Wales"), ("Scotland", "the courts of Scotland"),
     ("the courts of England and Wales", "the courts of England and Wales")],
)  # fmt: skip
def test_the_courts_read_as_the_agreement_names_them(typed: str, expected: str) -> None:
    terms = make_terms(disputes={"forum": "courts", "courts": {"courts": typed}})
    law = " ".join(build_summary(terms, assemble_agreement(terms)).section("Law and disputes").lines)
    assert law.endswith(f"then {expected}.") and "courts of the courts" not in law
