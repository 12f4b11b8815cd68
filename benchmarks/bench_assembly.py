"""Assembly and HTML preview speed for the largest example (targets: assembly well under
50 ms, HTML a few milliseconds so the preview can follow every keystroke)."""

from __future__ import annotations

from pathlib import Path

from benchmarks import median_ms, report
from drafting.engine import assemble_agreement, default_catalogue
from drafting.html_writer import render_html
from drafting.terms import AgreementTerms

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def largest_example() -> AgreementTerms:
    path = max(EXAMPLES.glob("*.json"), key=lambda candidate: candidate.stat().st_size)
    return AgreementTerms.from_json(path.read_text(encoding="utf-8"))


def run() -> None:
    terms = largest_example()
    default_catalogue()  # loaded once per process; not part of a keystroke
    assembly = median_ms(lambda: assemble_agreement(terms), repeat=15, warmup=2)
    document = assemble_agreement(terms)
    preview = median_ms(lambda: render_html(document), repeat=15, warmup=2)
    clauses = sum(1 for _ in document.iter_clauses())
    print(f"  largest example: {len(terms.parties)} parties, {len(document.articles)} articles, {clauses} clauses")
    report("assemble_agreement (median)", assembly, 50)
    report("render_html (median)", preview, 5)
    report("assemble + render_html (median)", median_ms(lambda: render_html(assemble_agreement(terms))), 50)
