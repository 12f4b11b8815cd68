"""``pactwright render-network TERMS.json PARTNERS.csv --out DIR``: the master terms and
one Accession Form per partner of a CSV file, with a progress bar on stderr.

A malformed row is reported by line and column and skipped; every other partner is
still written, and the command ends with a summary and exit code 1 when anything was
left out (0 when every partner was written).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from tqdm import tqdm  # type: ignore[import-untyped]

from drafting.engine import ClauseRenderError
from drafting.engine.network import NetworkError
from drafting.export import ExportRefused, FormatUnavailableError
from drafting.network_csv import read_partners
from drafting.network_export import Accession, export_network
from drafting.terms import AgreementTerms, AllianceModel

#: The largest partner file read (the same limit as a draft file).
MAX_CSV_BYTES = 20 * 1024 * 1024


def _read_csv(path: Path) -> str:
    if not path.is_file():
        raise ValueError("not an ordinary file")
    if path.stat().st_size > MAX_CSV_BYTES:
        raise ValueError("larger than 20 MB")
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 text (byte {error.start})") from None


def render_network(
    terms: AgreementTerms,
    csv_path: Path,
    out_dir: Path,
    formats: Sequence[str],
    *,
    draft: bool = False,
    comments: bool = True,
    stderr: TextIO | None = None,
    workers: int | None = None,
) -> int:
    """Write the network; return the exit code (0 every partner written, 1 otherwise)."""
    err = stderr or sys.stderr
    if terms.model is not AllianceModel.PARTNER_NETWORK or terms.network is None:
        print(
            f"{csv_path}: the terms are not a partner network (model 'partner_network' with its network block)",
            file=err,
        )
        return 1
    try:
        text = _read_csv(csv_path)
    except (OSError, ValueError) as error:
        print(f"{csv_path}: cannot read the partners ({error})", file=err)
        return 1
    table = read_partners(text, terms.network.platform)
    accessions = [Accession(row.party, row.schedule, row.line) for row in table.rows]
    if workers is None:
        # One process: a worker process repeats the start-up (imports, catalogue, fonts:
        # about 6 s of CPU), which costs more than it saves on two cores (make bench).
        workers = 1
    bar = tqdm(total=len(accessions) + 1, file=err, unit="doc", desc="Partner network", leave=True)

    def progress(done: int, total: int, name: str) -> None:
        bar.update(done - bar.n)

    try:
        result = export_network(
            terms,
            out_dir,
            formats,
            accessions=accessions,
            draft=draft,
            comments=comments,
            progress=progress,
            workers=workers,
        )
    except ExportRefused as refused:
        bar.close()
        print(f"master terms: not rendered, {refused}:", file=err)
        for finding in refused.findings:
            where = f"{finding.path}: " if finding.path else ""
            print(f"  {finding.severity}: {where}{finding.message} {finding.fix}".rstrip(), file=err)
        return 1
    except (FormatUnavailableError, ClauseRenderError, NetworkError) as error:
        bar.close()
        print(f"master terms: {error}", file=err)
        return 1
    except OSError as error:
        bar.close()
        print(f"{error.filename or out_dir}: cannot write ({error.strerror or error})", file=err)
        return 1
    bar.close()
    for problem in table.problems:
        print(f"{csv_path}: {problem}", file=err)
    for name, reason in result.failures:
        print(f"{name}: not written ({reason})", file=err)
    for path in result.files:
        print(path)
    skipped = len(table.problems) + len(result.failures)
    summary = f"{len(result.accessions)} accession form(s) written with the master terms"
    if skipped:
        print(f"{summary}; {skipped} partner row(s) left out (see above)", file=err)
        return 1
    print(summary, file=err)
    return 0
