"""Export a partner network: the master terms once, then one Accession Form (with its
Partner Schedule) per partner, each in every requested format.

The master terms go through the ordinary export (reviewed, refused on errors unless
exported as a draft). The partners come from the draft or from a CSV file
(``drafting.network_csv``); a partner whose accession cannot be drafted is reported by
name and the others are still written. ``progress`` is told after each document, so a
command line or a window can show how far it has got.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafting.document import DRAFT_MARKING
from drafting.engine import assemble_agreement
from drafting.engine.network import NetworkError, assemble_accession, partners
from drafting.export import _writer, export_agreement, slug
from drafting.terms import AgreementTerms, Party
from drafting.terms.network import PartnerSchedule

#: Accessions per batch handed to a worker process.
BATCH = 8

#: Told (documents done, documents in all, what was just written) after each document.
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class Accession:
    """One partner to write: where it came from (a CSV line, or 0 for the draft)."""

    party: Party
    schedule: PartnerSchedule
    line: int = 0


@dataclass
class NetworkExport:
    master: list[Path] = field(default_factory=list)
    accessions: dict[str, list[Path]] = field(default_factory=dict)
    #: (partner, what went wrong) for each accession not written.
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def files(self) -> list[Path]:
        return [*self.master, *(path for paths in self.accessions.values() for path in paths)]


def draft_accessions(terms: AgreementTerms) -> list[Accession]:
    """The partners of the draft, each with its Partner Schedule (a partner without one
    is left out: the review reports it)."""
    if terms.network is None:
        raise NetworkError("a partner network needs its network terms (the platform and the partners)")
    found = []
    for party in partners(terms):
        schedule = terms.network.schedule_for(party.short_name)
        if schedule is not None:
            found.append(Accession(party, schedule))
    return found


def accession_stem(index: int, party: Party, width: int = 2) -> str:
    return f"accession-form-{index:0{width}d}-{slug(party.short_name)}"


#: A written accession: (its index, the partner's name, the files) or, when it could not
#: be drafted, (its index, the partner's name, the reason).
Outcome = tuple[int, str, list[Path] | str]


def write_accessions(
    terms: AgreementTerms,
    out_dir: Path,
    formats: Sequence[str],
    batch: Sequence[tuple[int, Accession]],
    *,
    width: int = 2,
    draft: bool = False,
    comments: bool = True,
    created: dt.datetime | None = None,
) -> list[Outcome]:
    """Write the Accession Forms of ``batch`` (numbered as given), one outcome each."""
    ordered = sorted(dict.fromkeys(formats), key=lambda name: name != "pdf")
    writers = {name: _writer(name, comments) for name in ordered}
    outcomes: list[Outcome] = []
    for index, accession in batch:
        name = accession.party.legal_name.strip() or accession.party.short_name
        try:
            document = assemble_accession(
                terms,
                accession.party,
                accession.schedule,
                assemble_agreement,
                draft_marking=DRAFT_MARKING if draft else "",
            )
        except ValueError as error:
            outcomes.append((index, name, str(error)))
            continue
        if created is not None:
            document = dataclasses.replace(document, metadata=dataclasses.replace(document.metadata, created=created))
        stem = accession_stem(index, accession.party, width)
        written: dict[str, Path] = {}
        shared: dict[str, dict[str, int]] = {}
        for format_name, write in writers.items():
            path = out_dir / f"{stem}.{format_name}"
            write(document, path, shared)
            written[format_name] = path
        outcomes.append((index, name, [written[format_name] for format_name in dict.fromkeys(formats)]))
    return outcomes


def _write_in_worker(
    terms_json: str, out_dir: str, formats: list[str], batch: list[tuple[int, str, str, int]], options: dict[str, Any]
) -> list[Outcome]:
    """``write_accessions`` in a worker process, from plain data (what pickles simply)."""
    terms = AgreementTerms.model_validate_json(terms_json)
    accessions = [
        (index, Accession(Party.model_validate_json(party), PartnerSchedule.model_validate_json(schedule), line))
        for index, party, schedule, line in batch
    ]
    return write_accessions(terms, Path(out_dir), formats, accessions, **options)


def export_network(
    terms: AgreementTerms,
    out_dir: Path,
    formats: Sequence[str],
    *,
    accessions: Sequence[Accession] | None = None,
    draft: bool = False,
    comments: bool = True,
    created: dt.datetime | None = None,
    progress: Progress | None = None,
    workers: int = 1,
) -> NetworkExport:
    """Write the master terms and one Accession Form per partner to ``out_dir``.

    ``workers`` above 1 writes the accessions in that many separate processes (started
    afresh, never forked from a process that may run threads), in small batches so that
    ``progress`` moves steadily. Raises what ``export_agreement`` raises for the master
    terms (``ExportRefused`` on review errors unless ``draft``) before any accession is
    written."""
    chosen = list(draft_accessions(terms) if accessions is None else accessions)
    total = len(chosen) + 1
    result = NetworkExport()
    result.master = export_agreement(terms, out_dir, formats, draft=draft, comments=comments, created=created)
    done = 1
    if progress:
        progress(done, total, result.master[0].name)
    options: dict[str, Any] = {
        "width": max(2, len(str(len(chosen)))),
        "draft": draft,
        "comments": comments,
        "created": created,
    }
    numbered = list(enumerate(chosen, start=1))
    outcomes: list[Outcome] = []
    if workers <= 1 or len(numbered) < 2 * BATCH:
        for item in numbered:
            outcomes.extend(write_accessions(terms, out_dir, formats, [item], **options))
            done += 1
            if progress:
                progress(done, total, outcomes[-1][1])
    else:
        terms_json = terms.model_dump_json()
        batches = [
            [
                (index, item.party.model_dump_json(), item.schedule.model_dump_json(), item.line)
                for index, item in numbered[start : start + BATCH]
            ]
            for start in range(0, len(numbered), BATCH)
        ]
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = [
                pool.submit(_write_in_worker, terms_json, str(out_dir), list(formats), batch, options)
                for batch in batches
            ]
            for future in as_completed(futures):
                batch_outcomes = future.result()
                outcomes.extend(batch_outcomes)
                done += len(batch_outcomes)
                if progress:
                    progress(done, total, batch_outcomes[-1][1])
    for _, name, files in sorted(outcomes, key=lambda outcome: outcome[0]):
        if isinstance(files, str):
            result.failures.append((name, files))
        else:
            result.accessions[name] = files
    return result
