"""Version compare speed on the largest example (consortium_five_party): the terms
compare, the word-level text compare and its HTML page (target: compare well under
100 ms), and the redline DOCX against the plain DOCX export of the same version (its
peer: the ratio says what the tracked changes cost on top of an export).

Two edits: a typical one (a party renamed, a contribution dropped, a notice period
changed) and a worst case (the agreement compared with a wholly different one).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from benchmarks import median_ms, report
from drafting.compare import compare_agreements, compare_terms, diff_html
from drafting.document import AgreementDocument
from drafting.docx_writer import docx_bytes, redline_docx_bytes
from drafting.engine import assemble_agreement, default_catalogue
from drafting.terms import AgreementTerms

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _terms(name: str) -> AgreementTerms:
    return AgreementTerms.from_json((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))


def _typical_edit(terms: AgreementTerms) -> AgreementTerms:
    data: dict[str, Any] = json.loads(terms.to_json())
    data["parties"][1]["legal_name"] = "Nordlicht Energie AG"
    data["contributions"].pop()
    data["term"]["non_renewal_notice_days"] = 120
    return AgreementTerms.model_validate(data)


def _measure(
    label: str, old_terms: AgreementTerms, new_terms: AgreementTerms, old: AgreementDocument, target: float | None
) -> None:
    new = assemble_agreement(new_terms, version="2")
    diff = compare_agreements(old, new)
    print(
        f"  {label}: {len(compare_terms(old_terms, new_terms))} terms changes, "
        f"{len(diff.changed_paragraphs)} of {len(diff.paragraphs)} paragraphs changed"
    )
    report(f"{label}: compare_terms (median)", median_ms(lambda: compare_terms(old_terms, new_terms), 15, 2))
    report(f"{label}: compare_agreements (median)", median_ms(lambda: compare_agreements(old, new), 15, 2), target)
    page = median_ms(lambda: diff_html(compare_agreements(old, new)), 15, 2)
    report(f"{label}: compare_agreements + diff_html (median)", page, target)
    redline = median_ms(lambda: redline_docx_bytes(old, new), 7, 1)
    export = median_ms(lambda: docx_bytes(new), 7, 1)
    report(f"{label}: redline_docx_bytes (median)", redline)
    report(f"{label}: docx_bytes of the new version (median)", export)
    print(f"  {label}: redline / plain export ratio {redline / export:.2f}")


def run() -> None:
    default_catalogue()
    old_terms = _terms("consortium_five_party")
    old = assemble_agreement(old_terms, version="1")
    _measure("typical edit", old_terms, _typical_edit(old_terms), old, 100)
    # A stress case, not a target: nearly every paragraph differs.
    _measure("another agreement", old_terms, _terms("joint_venture_50_50"), old, None)
