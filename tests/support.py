"""Shared test helpers: the examples, LibreOffice conversion, PDF text extraction and a
hand-made document that exercises every block type of the document model."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from drafting.document import (
    AgreementDocument,
    Article,
    Clause,
    Cover,
    CrossRef,
    DefinedTerm,
    Definition,
    DocumentMetadata,
    DraftingNote,
    Paragraph,
    PartyBlock,
    Recital,
    Schedule,
    SignatureBlock,
    Table,
    TextRun,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES_DIR = ROOT / "examples"
#: Set by .ci/run: a test that needs LibreOffice fails instead of skipping without it.
REQUIRE_LIBREOFFICE_ENV = "PACTWRIGHT_REQUIRE_LIBREOFFICE"


def example_paths() -> list[Path]:
    return sorted(EXAMPLES_DIR.glob("*.json"))


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def require_libreoffice() -> str:
    """The soffice binary; skip the test without it, unless CI demands it."""
    binary = find_soffice()
    if binary is None:
        if os.environ.get(REQUIRE_LIBREOFFICE_ENV) == "1":
            pytest.fail("LibreOffice (soffice) is required here but not installed")
        pytest.skip("LibreOffice (soffice) is not installed")
    return binary


def convert_with_libreoffice(source: Path, out_dir: Path, target: str = "pdf") -> Path:
    """Convert ``source`` with LibreOffice headless; fail the test with its output on error."""
    binary = require_libreoffice()
    profile = out_dir / "lo-profile"
    result = subprocess.run(
        [
            binary,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(out_dir),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    converted = out_dir / f"{source.stem}.{target.split(':')[0]}"
    if result.returncode != 0 or not converted.exists():
        pytest.fail(f"LibreOffice could not convert {source.name}: {result.stdout}\n{result.stderr}")
    return converted


def pdf_text(path: Path) -> str:
    """The text of a PDF, via pdftotext when present (best reading order), else pypdf."""
    if shutil.which("pdftotext"):
        return subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def normalise_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def sample_document(draft_marking: str = "") -> AgreementDocument:
    """A small agreement with every block type, hostile text included."""
    hostile = 'R&D <Labs> "Ltd" {{ 7*7 }} {% if x %} \u05e9\u05dc\u05d5\u05dd \U0001f91d'
    definitions = Clause(
        id="definitions.intro",
        level=1,
        number="1.1",
        full_number="1.1",
        content=(TextRun("In this Agreement the following definitions apply:"),),
        children=(
            Definition("Business Day", (TextRun("a day other than a Saturday, Sunday or public holiday."),)),
            Definition("Confidential Information", (TextRun("all information disclosed under it."),)),
        ),
        note=DraftingNote("Keep definitions alphabetical.", alternatives=("Define terms inline.",)),
    )
    termination = Clause(
        id="termination.for_cause",
        level=1,
        number="2.1",
        full_number="2.1",
        heading="Termination for cause",
        content=(TextRun("Either Party may terminate this Agreement by notice if the other Party:"),),
        children=(
            Clause(
                id="termination.for_cause.breach",
                level=2,
                number="(a)",
                full_number="2.1(a)",
                content=(TextRun("commits a material breach that it does not remedy within thirty (30) days;"),),
                children=(
                    Clause(
                        id="termination.for_cause.breach.notice",
                        level=3,
                        number="(i)",
                        full_number="2.1(a)(i)",
                        content=(TextRun("after written notice of the breach; or"),),
                    ),
                ),
            ),
            Clause(
                id="termination.for_cause.insolvency",
                level=2,
                number="(b)",
                full_number="2.1(b)",
                content=(TextRun("becomes insolvent."),),
            ),
        ),
        note=DraftingNote("A 30-day cure period is market standard."),
    )
    effects = Clause(
        id="termination.effects",
        level=1,
        number="2.2",
        full_number="2.2",
        content=(
            TextRun("On termination under "),
            CrossRef("termination.for_cause", "clause", "2.1"),
            TextRun(" the licences in "),
            CrossRef("termination.for_cause.insolvency", "clause", "2.1(b)"),
            TextRun(" end, and "),
            DefinedTerm("Wind-down Period"),
            TextRun(" means ninety (90) days."),
        ),
    )
    return AgreementDocument(
        metadata=DocumentMetadata(
            title="Joint Venture Agreement",
            subject="Joint venture between Alpha and Beta",
            version="3",
            created=dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.UTC),
        ),
        cover=Cover("Joint Venture Agreement", "between Alpha GmbH and " + hostile, "1 December 2026", "Version 3"),
        parties=(
            PartyBlock(1, "Alpha GmbH", "Alpha", "a company incorporated in Germany (HRB 12345)"),
            PartyBlock(2, hostile, "Beta", "a company incorporated in England and Wales"),
        ),
        recitals=(
            Recital("A", (TextRun("Alpha makes widgets."),)),
            Recital("B", (TextRun("The Parties wish to form a joint venture."),)),
        ),
        articles=(
            Article("definitions", "1", "Definitions and Interpretation", (definitions,)),
            Article(
                "termination",
                "2",
                "Termination",
                (termination, effects),
                note=DraftingNote("Exit is in Schedule 2."),
            ),
        ),
        signatures=(
            SignatureBlock("Alpha GmbH", "Alpha", "Anna Schmidt", "Managing Director"),
            SignatureBlock(hostile, "Beta", "Bob O'Brien", "Director"),
        ),
        schedules=(
            Schedule(
                "schedule.contributions",
                "1",
                "Contributions",
                (
                    Paragraph((TextRun("Each Party shall make the following contributions."),)),
                    Table(
                        "table.contributions",
                        "Initial contributions",
                        ("Party", "Contribution", "Value"),
                        (("Alpha", "Cash", "EUR 250,000"), ("Beta", "Patents <US 1,234>", "EUR 250,000")),
                        total_row=("Total", "", "EUR 500,000"),
                    ),
                ),
            ),
        ),
        draft_marking=draft_marking,
    )
