"""PDF export speed: the largest example and a synthetic 30-page agreement, rendered by
our reportlab writer, against LibreOffice converting our own DOCX of the same document
to PDF (headless, measured in the same run). Target: under 150 ms for 25+ pages, and at
least 10x faster than LibreOffice."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

from benchmarks import median_ms, report
from drafting.document import AgreementDocument
from drafting.pdf_writer import pdf_bytes

TARGET_MS = 150.0
TARGET_RATIO = 10.0


def _largest_example() -> tuple[str, AgreementDocument] | None:
    try:
        from drafting.engine import assemble_agreement
        from drafting.validation import load_terms_file
    except ImportError:
        return None
    examples = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.json"))
    documents = [(path.stem, assemble_agreement(load_terms_file(path))) for path in examples]
    if not documents:
        return None
    return max(documents, key=lambda item: len(pdf_bytes(item[1])))


def _libreoffice_ms(document: AgreementDocument, repeat: int = 3) -> float | None:
    """Median time of one headless DOCX -> PDF conversion (a fresh soffice each time, as a
    user's export would run it; the profile is created once, outside the timing)."""
    binary = shutil.which("soffice") or shutil.which("libreoffice")
    if binary is None:
        return None
    try:
        from drafting.docx_writer import write_docx
    except ImportError:
        return None
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = work / "agreement.docx"
        write_docx(document, source)
        command = [
            binary,
            f"-env:UserInstallation=file://{work / 'profile'}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work / "out"),
            str(source),
        ]
        subprocess.run(command, capture_output=True, check=True, timeout=240)  # warm-up: builds the profile
        samples = []
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True, timeout=240)
            samples.append((time.perf_counter() - start) * 1000)
        samples.sort()
        return samples[len(samples) // 2]


def _measure(name: str, document: AgreementDocument) -> None:
    pages = len(PdfReader(io.BytesIO(pdf_bytes(document))).pages)
    ours = median_ms(lambda: pdf_bytes(document), repeat=11, warmup=2)
    report(f"PDF {name} ({pages} pages)", ours, TARGET_MS if pages >= 25 else None)
    print(f"  {'':<48} {ours / pages:10.2f} ms per page")
    office = _libreoffice_ms(document)
    if office is None:
        print("  LibreOffice or the DOCX writer is not available: no ratio")
        return
    report(f"LibreOffice DOCX->PDF {name}", office)
    ratio = office / ours
    verdict = "met" if ratio >= TARGET_RATIO else "MISSED"
    print(f"  {'ratio (LibreOffice / ours)':<48} {ratio:10.1f} x  (target >= {TARGET_RATIO:g}x: {verdict})")


def run() -> None:
    from tests.pdf_helpers import long_document

    largest = _largest_example()
    if largest is not None:
        _measure(f"largest example: {largest[0]}", largest[1])
    _measure("synthetic agreement", long_document())
