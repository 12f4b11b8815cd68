"""Partner network export: the master terms and 200 accession forms (DOCX and PDF) from a
CSV of 200 partners, the way ``render-network`` writes them. Target: under 30 s on this
machine. The CSV is made from the 12 partners of the test fixture, renamed."""

from __future__ import annotations

import csv
import io
import os
import tempfile
import time
from pathlib import Path

from benchmarks import report
from drafting.network_csv import read_partners
from drafting.network_export import Accession, export_network
from drafting.validation import load_terms_file

ROOT = Path(__file__).resolve().parent.parent
PARTNERS = 200
TARGET_MS = 30_000.0


def partners_csv(count: int = PARTNERS) -> str:
    """``count`` partners cycled from the 12 of the fixture, each with its own names."""
    source = (ROOT / "tests" / "fixtures" / "network" / "partners_12.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(source)))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    for index in range(count):
        row = dict(rows[index % len(rows)])
        row["legal_name"] = f"{row['legal_name']} {index + 1}"
        row["short_name"] = f"{row['short_name']} {index + 1}"
        writer.writerow(row)
    return out.getvalue()


def _cpu_seconds() -> float:
    try:
        import resource  # POSIX only
    except ImportError:
        return time.process_time()  # Windows: this process only
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run() -> None:
    terms = load_terms_file(ROOT / "examples" / "partner_network.json")
    assert terms.network is not None
    table = read_partners(partners_csv(), terms.network.platform)
    assert not table.problems and len(table.rows) == PARTNERS
    accessions = [Accession(row.party, row.schedule, row.line) for row in table.rows]
    workers = min(4, os.cpu_count() or 1)
    for label, count in (("one process, as render-network does", 1), (f"{workers} worker processes", workers)):
        with tempfile.TemporaryDirectory() as folder:
            start, cpu = time.perf_counter(), _cpu_seconds()
            result = export_network(terms, Path(folder), ["docx", "pdf"], accessions=accessions, workers=count)
            elapsed, used = (time.perf_counter() - start) * 1000, (_cpu_seconds() - cpu) * 1000
        assert len(result.accessions) == PARTNERS and not result.failures
        report(f"master + {PARTNERS} accessions, DOCX+PDF, {label}", elapsed, TARGET_MS if count == 1 else None)
        # On a shared machine the wall time depends on the others' load; the CPU time
        # (this process and its workers) is what the set costs.
        report(f"  CPU time of the {label} run", used)
