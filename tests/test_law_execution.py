"""Execution formalities per governing law: the profile's ``[execution]`` table reaches
the document model and every writer (Word, PDF, HTML and the app's preview), for every
profile: the statement that opens the signature page, who signs for whom, room to sign,
seals, witnesses, and the neutral profile's note for local counsel."""

from __future__ import annotations

import functools
import html
import re
import tomllib
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from drafting.document import AgreementDocument, SignatureBlock
from drafting.docx_writer import docx_bytes
from drafting.docx_writer.house_style import StyleId
from drafting.engine import assemble_agreement
from drafting.html_writer import render_html
from drafting.law import all_profiles, profile
from drafting.law.profiles import LAW_DIR, LawProfileError, load_profile
from drafting.pdf_writer import pdf_bytes
from tests.docx_helpers import open_docx, style_id
from tests.engine_helpers import make_terms, party
from tests.support import normalise_space, pdf_text

PROFILES = [p.id for p in all_profiles()]
US = {"us_ny", "us_de", "us_ca"}

#: The words that show each law's own form of execution (one line per profile: a new
#: profile without its line fails ``test_every_profile_has_a_hallmark``).
HALLMARKS = {
    "ew": "is executed as a contract under hand",
    "ie": "is executed as a contract under hand",
    "sg": "is executed as a contract under hand",
    "hk": "is executed as a contract under hand",
    "sc": "are subscribed by the Parties in accordance with the Requirements of Writing (Scotland) Act 1995",
    "de": "at the places and on the dates stated below",
    "ch": "at the places and on the dates stated below",
    "nl": "Thus agreed and signed in counterparts, including by electronic signature",
    "se": "in two (2) identical originals, of which each Party has taken one",
    "fr": "Made at ____________________ on ____________________ in two (2) originals, one for each Party",
    "be": "Made at ____________________ on ____________________ in two (2) originals, each Party acknowledging",
    "us_ny": "IN WITNESS WHEREOF, the Parties have executed this Agreement on the dates set out below.",
    "us_de": "IN WITNESS WHEREOF, the Parties have executed this Agreement on the dates set out below.",
    "us_ca": "IN WITNESS WHEREOF, the Parties have executed this Agreement on the dates set out below.",
    "jp": "affixed their names and seals (or signatures)",
    "kr": "affixed their names and registered seals (or signatures)",
    "br": "in the presence of the two witnesses below",
    "neutral": "signed by or on behalf of the Parties on the dates stated below",
}

INDIVIDUAL = "Maria Lopez"


@functools.cache
def draft(law_id: str) -> AgreementDocument:
    """A company (Alpha, signing by its director) and an individual (signing herself)."""
    parties = [
        party("Alpha"),
        party("Beta", legal_name=INDIVIDUAL, entity_type="individual", signatory={"name": "", "title": ""}),
    ]
    other = "the United Arab Emirates" if law_id == "neutral" else ""
    sharing = {
        "model": "revenue",
        "base": "net",
        "shares": [{"party": "Alpha", "percent": "60"}, {"party": "Beta", "percent": "40"}],
    }
    terms = make_terms("revenue_sharing", parties, governing_law={"profile": law_id, "other": other}, sharing=sharing)
    return assemble_agreement(terms)


def page_lines(document: AgreementDocument) -> list[str]:
    """Every line of text of the signature page, in order."""
    lines = [document.execution_statement]
    for block in (*document.signatures, *document.witnesses):
        lines.append(heading(block))
        lines += [line.text for line in block.body if line.text]
    return lines


def heading(block: SignatureBlock) -> str:
    return " ".join(part for part in (block.heading_lead, block.party_legal_name) if part)


def test_every_profile_states_its_own_execution() -> None:
    for path in sorted(LAW_DIR.glob("[!_]*.toml")):
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("execution")
        assert table and table.get("statement"), f"{path.name} has no [execution] statement"


def test_every_profile_has_a_hallmark() -> None:
    assert set(HALLMARKS) == set(PROFILES)


@pytest.mark.parametrize("law_id", PROFILES)
def test_the_signature_page_follows_the_profile(law_id: str) -> None:
    document = draft(law_id)
    execution = profile(law_id).execution
    assert HALLMARKS[law_id] in document.execution_statement
    assert "{" not in document.execution_statement
    company, individual = document.signatures
    # A company signs by its signatory (or an authorised signatory); an individual as herself.
    assert company.heading_lead == execution.company
    assert individual.heading_lead == execution.individual
    company_text = [line.text for line in company.body]
    assert any("Alpha Signer" in text for text in company_text)
    assert any("Director" in text for text in company_text)
    individual_text = " ".join(line.text for line in individual.body)
    assert "behalf" not in heading(individual) and "Title" not in individual_text
    assert individual.party_legal_name == INDIVIDUAL
    # Room to sign in every block, witnesses where the law wants them.
    for block in (*document.signatures, *document.witnesses):
        assert any(line.sign for line in block.body), heading(block)
    assert len(document.witnesses) == execution.witnesses
    if law_id in US:
        assert company.heading_lead == "" and company.body[0].sign and company.body[0].text == "By:"
        assert "behalf" not in " ".join(page_lines(document))
    if law_id == "br":
        assert [heading(block) for block in document.witnesses] == ["Witness 1", "Witness 2"]
        assert all([line.text for line in w.body if line.text] == ["Name:", "CPF:"] for w in document.witnesses)
    if law_id == "sc":
        assert any(line.sign and line.text == "Witness" for line in company.body)
        assert "Address:" in company_text
    if law_id in {"jp", "kr"}:
        assert any(line.sign and "seal" in line.text.lower() for line in company.body)
    if law_id == "neutral":
        assert document.execution_note is not None and "local counsel" in document.execution_note.text
    else:
        assert (document.execution_note is not None) == bool(execution.note)


@pytest.mark.parametrize("law_id", PROFILES)
def test_word_prints_the_signature_page_in_blocks_that_do_not_touch(law_id: str) -> None:
    document = draft(law_id)
    data = docx_bytes(document)
    word = open_docx(data)
    paragraphs = [(style_id(p), p.text) for p in word.paragraphs]
    texts = [text for _, text in paragraphs]
    assert document.execution_statement in texts
    start = texts.index(document.execution_statement)
    signature_page = paragraphs[start + 1 :]
    blocks: list[list[tuple[str, str]]] = []
    for kind, text in signature_page:
        if kind == StyleId.SIGNATURE_PARTY:
            blocks.append([(kind, text)])
        elif kind in (StyleId.SIGNATURE_LINE, StyleId.SIGNATURE_TEXT, StyleId.SIGNATURE_LAST) and blocks:
            blocks[-1].append((kind, text))
    expected = (*document.signatures, *document.witnesses)
    assert [block[0][1] for block in blocks] == [heading(block) for block in expected]
    for printed, block in zip(blocks, expected, strict=True):
        assert [text for _, text in printed[1:] if text] == [line.text for line in block.body if line.text]
        assert sum(kind == StyleId.SIGNATURE_LINE for kind, _ in printed) == sum(line.sign for line in block.body)
        # The closing paragraph carries the space after the block: blocks never touch.
        assert printed[-1][0] == StyleId.SIGNATURE_LAST
    with zipfile.ZipFile(BytesIO(data)) as archive:
        comments = archive.read("word/comments.xml").decode() if "word/comments.xml" in archive.namelist() else ""
    if document.execution_note is not None:
        assert html.escape(document.execution_note.text[:60], quote=False) in comments


@pytest.mark.parametrize("law_id", PROFILES)
def test_pdf_and_html_print_the_signature_page(law_id: str, tmp_path: Path) -> None:
    document = draft(law_id)
    path = tmp_path / "agreement.pdf"
    path.write_bytes(pdf_bytes(document, drafting_notes=True))
    text = normalise_space(pdf_text(path))
    page = text[text.rindex("Signatures") :]
    position = 0
    for line in page_lines(document):
        found = page.find(normalise_space(line), position)
        assert found >= 0, f"{line!r} missing or out of order in the PDF"
        position = found
    if document.execution_note is not None:
        assert normalise_space(document.execution_note.text)[:60] in text
    for for_qt in (False, True):
        page_html = render_html(document, notes=True, for_qt=for_qt)
        plain = normalise_space(html.unescape(re.sub(r"<[^>]+>", " ", page_html)))
        for line in page_lines(document):
            assert normalise_space(line) in plain, (for_qt, line)
        if document.execution_note is not None:
            assert normalise_space(document.execution_note.text)[:60] in plain


def test_a_malformed_execution_table_is_named(tmp_path: Path) -> None:
    source = (LAW_DIR / "ew.toml").read_text(encoding="utf-8")
    bad = tmp_path / "ew.toml"
    bad.write_text(source.replace('company_lines = ["___", "Name: {name}"', 'company_lines = ["___", "Name: {who}"'))
    with pytest.raises(LawProfileError, match=r"\[execution\].*\{name\} and \{title\}"):
        load_profile(bad)
    bad.write_text(source.replace("[execution]", "[execution]\nwitnesses = 2"))
    with pytest.raises(LawProfileError, match="witness_lines"):
        load_profile(bad)
