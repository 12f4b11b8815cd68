"""PDF export time against the length of the text: one agreement whose background is a
single paragraph of 10 KB, 100 KB and 1 MB (the largest text field accepted). The time
must grow in proportion to the text (a long paragraph once cost time in the square of
its length); target: 1 MB under 5 s. LibreOffice, our peer for PDF, converts the same
document's DOCX at 100 KB in the same run. Figures are medians of three."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from benchmarks import report
from drafting.document import AgreementDocument
from drafting.engine import assemble_agreement
from drafting.pdf_writer import pdf_bytes
from drafting.validation import parse_terms

TARGET_1MB_S = 5.0
SIZES = (10_000, 100_000, 1_000_000)
_PHRASE = "the partner shall promote the product in the territory and report monthly on its sales "


def document_with_text(size: int) -> AgreementDocument:
    example = Path(__file__).resolve().parent.parent / "examples" / "revenue_sharing.json"
    data = json.loads(example.read_text(encoding="utf-8"))
    data["background"] = (_PHRASE * (size // len(_PHRASE) + 1))[:size].strip()
    return assemble_agreement(parse_terms(json.dumps(data)))


def _seconds(document: AgreementDocument) -> float:
    start = time.perf_counter()
    pdf_bytes(document)
    return time.perf_counter() - start


def run() -> None:
    per_kb: list[float] = []
    for size in SIZES:
        document = document_with_text(size)
        seconds = statistics.median(_seconds(document) for _ in range(3))
        target = TARGET_1MB_S * 1000 if size == 1_000_000 else None
        report(f"PDF with {size // 1000} KB of text", seconds * 1000, target)
        per_kb.append(seconds * 1000 / (size / 1000))
    print(f"  {'ms per KB of text (10 KB, 100 KB, 1 MB)':<48} " + ", ".join(f"{value:.2f}" for value in per_kb))
    try:
        from benchmarks.bench_pdf import _libreoffice_converter
    except ImportError:
        return
    with _libreoffice_converter(document_with_text(100_000)) as convert:
        if convert is None:
            print("  LibreOffice is not available: no peer figure")
            return
        start = time.perf_counter()
        convert()
        report("LibreOffice DOCX->PDF with 100 KB of text", (time.perf_counter() - start) * 1000)
