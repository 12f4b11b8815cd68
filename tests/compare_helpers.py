"""Helpers for the version-compare tests: two versions of an agreement with known
changes, and "accept all" / "reject all" applied to a redline's XML the way Word does."""

from __future__ import annotations

import copy
import dataclasses
import io
import json
import zipfile
from collections.abc import Callable
from typing import Any

from lxml import etree

from drafting.document import AgreementDocument, Article, Clause, TextRun
from drafting.terms import AgreementTerms
from drafting.validation import load_terms_file, parse_terms
from tests.support import EXAMPLES_DIR, sample_document

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W_NS}


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def edited_terms(terms: AgreementTerms, edit: Callable[[dict[str, Any]], None]) -> AgreementTerms:
    data = json.loads(terms.to_json())
    edit(data)
    return parse_terms(data)


def example_terms(name: str) -> AgreementTerms:
    return load_terms_file(EXAMPLES_DIR / f"{name}.json")


def _replace_clause(article: Article, clause_id: str, change: Callable[[Clause], Clause | None]) -> Article:
    def walk(blocks: tuple[Any, ...]) -> tuple[Any, ...]:
        result = []
        for block in blocks:
            if isinstance(block, Clause):
                block = dataclasses.replace(block, children=walk(block.children))
                if block.id == clause_id:
                    block = change(block)
            if block is not None:
                result.append(block)
        return tuple(result)

    return dataclasses.replace(article, blocks=walk(article.blocks))


def sample_versions() -> tuple[AgreementDocument, AgreementDocument]:
    """The sample agreement and a later version of it: "thirty (30)" became "sixty (60)"
    in clause 2.1(a), clause 2.1(b) ("becomes insolvent.") was removed, a clause 2.3 was
    added, and the second table row's value changed."""
    old = sample_document()

    def cure(clause: Clause) -> Clause:
        return dataclasses.replace(
            clause,
            content=(TextRun("commits a material breach that it does not remedy within sixty (60) days;"),),
        )

    termination = _replace_clause(old.articles[1], "termination.for_cause.breach", cure)
    termination = _replace_clause(termination, "termination.for_cause.insolvency", lambda clause: None)
    survival = Clause(
        id="termination.survival",
        level=1,
        number="2.3",
        full_number="2.3",
        content=(TextRun("Clauses on confidentiality survive termination."),),
    )
    termination = dataclasses.replace(termination, blocks=(*termination.blocks, survival))
    schedule = old.schedules[0]
    table = schedule.blocks[1]
    table = dataclasses.replace(
        table,
        rows=(table.rows[0], ("Beta", "Patents <US 1,234>", "EUR 300,000")),
        total_row=("Total", "", "EUR 550,000"),
    )
    new = dataclasses.replace(
        old,
        articles=(old.articles[0], termination),
        schedules=(dataclasses.replace(schedule, blocks=(schedule.blocks[0], table)),),
    )
    return old, new


def document_xml(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read("word/document.xml"))


def paragraph_texts(root: etree._Element) -> list[str]:
    """Each body paragraph's visible text (table cells included), deleted text left out."""
    texts = []
    for paragraph in root.iter(w("p")):
        parts = []
        for element in paragraph.iter(w("t"), w("tab"), w("br")):
            if element.tag == w("t"):
                parts.append(element.text or "")
            elif element.tag == w("tab"):
                parts.append("\t")
            elif element.get(w("type")) is None:
                parts.append("\n")
        texts.append("".join(parts))
    return texts


def _unwrap(element: etree._Element) -> None:
    parent = element.getparent()
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    parent.remove(element)


def resolve_changes(root: etree._Element, *, accept: bool) -> etree._Element:
    """A copy of the document with every tracked change accepted (or rejected)."""
    root = copy.deepcopy(root)
    keep, drop = ("ins", "del") if accept else ("del", "ins")
    for row in list(root.iter(w("tr"))):
        if row.find(f"w:trPr/w:{drop}", NS) is not None:
            row.getparent().remove(row)
    for paragraph in list(root.iter(w("p"))):
        if paragraph.find(f"w:pPr/w:rPr/w:{drop}", NS) is not None and paragraph.getparent() is not None:
            paragraph.getparent().remove(paragraph)
    for element in list(root.iter(w(drop))):
        if element.getparent() is not None and element.getparent().tag not in {w("rPr"), w("trPr")}:
            element.getparent().remove(element)
    for element in list(root.iter(w(keep))):
        if element.getparent().tag in {w("rPr"), w("trPr")}:
            element.getparent().remove(element)
        else:
            _unwrap(element)
    for text in list(root.iter(w("delText"))):
        text.tag = w("t")
    for instruction in list(root.iter(w("delInstrText"))):
        instruction.tag = w("instrText")
    return root


def tracked_texts(root: etree._Element, kind: str) -> list[str]:
    """The text inside each run-level ``w:ins`` (or ``w:del``), in document order."""
    tag = "t" if kind == "ins" else "delText"
    return [
        "".join(t.text or "" for t in element.iter(w(tag)))
        for element in root.iter(w(kind))
        if element.getparent().tag not in {w("rPr"), w("trPr")}
    ]
