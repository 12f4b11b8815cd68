"""Storage at the size of a busy user: 10,000 drafts of 5 versions each.

The database is generated straight into the on-disk format (the same header and
version records the repository writes, without an fsync per file) so that building it
takes seconds; then the repository opens it and every figure is measured through the
public API. Targets: list / search < 200 ms, open a draft < 50 ms, save a new version
< 50 ms, and the save time must not grow with the number of drafts (100 vs 10,000,
measured in the same run).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from benchmarks import median_ms, report
from drafting.terms import AgreementTerms, AllianceModel, Party
from storage.draft_file import HEADER_DOC_ID, HEADER_TABLE, VERSIONS_TABLE
from storage.index import TABLE as INDEX_TABLE
from storage.layout import Layout, new_draft_id
from storage.meta import MetaStore
from storage.migrations import STORAGE_SCHEMA_VERSION
from storage.records import new_header, to_iso, utc_now, version_doc
from storage.repository import DraftRepository

DRAFTS = 10_000
VERSIONS = 5
SMALL = 100
COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Tyrell", "Cyberdyne", "Wonka"]


def _terms(rng: random.Random, number: int) -> AgreementTerms:
    first, second = rng.sample(COMPANIES, 2)
    parties = (
        Party(legal_name=f"{first} {number} Ltd", short_name=f"{first}{number}", address="1 High Street, London"),
        Party(legal_name=f"{second} {number} GmbH", short_name=f"{second}{number}", address="Hauptstrasse 2, Berlin"),
    )
    return AgreementTerms(
        model=rng.choice(list(AllianceModel)), parties=parties, governing_law="England and Wales", background="x" * 400
    )


def build_database(folder: Path, count: int, versions: int = VERSIONS, seed: int = 7) -> list[str]:
    """Write ``count`` drafts of ``versions`` versions each, plus their index, into ``folder``."""
    layout = Layout(folder)
    for path in (layout.drafts_dir, layout.index_dir):
        path.mkdir(parents=True, exist_ok=True)
    MetaStore(layout, read_only=False).set_schema_version(STORAGE_SCHEMA_VERSION)
    rng = random.Random(seed)
    start = utc_now() - timedelta(days=3 * 365)
    shards: dict[str, dict[str, dict[str, object]]] = {}
    ids = []
    for number in range(count):
        draft_id = new_draft_id()
        terms = _terms(rng, number)
        created = start + timedelta(minutes=number * 150)
        header = new_header(draft_id, terms, "", created)
        first = version_doc(terms, "", created)  # dumped once; each version differs in its text
        version_docs = {
            str(version): {
                "saved_at": to_iso(created + timedelta(minutes=version)),
                "note": f"save {version}",
                "terms": {**first["terms"], "background": f"Version {version} of draft {number}. " + "x" * 400},
            }
            for version in range(1, versions + 1)
        }
        header.update(modified=to_iso(created + timedelta(minutes=versions)), versions=versions)
        path = layout.draft_path(draft_id)
        tables = {HEADER_TABLE: {str(HEADER_DOC_ID): header}, VERSIONS_TABLE: version_docs}
        path.write_text(json.dumps(tables, separators=(",", ":")), encoding="ascii")
        info = os.stat(path)
        entry = {**header, "file": [info.st_size, info.st_mtime_ns]}
        shard = shards.setdefault(layout.shard_name(draft_id), {INDEX_TABLE: {}})[INDEX_TABLE]
        shard[str(len(shard) + 1)] = entry
        ids.append(draft_id)
    for shard_name, tables in shards.items():
        layout.shard_path(shard_name).write_text(json.dumps(tables, separators=(",", ":")), encoding="ascii")
    return ids


def _interleaved_saves(
    big: DraftRepository, big_ids: list[str], small: DraftRepository, small_ids: list[str], repeat: int = 41
) -> tuple[float, float]:
    """Median save time in each database, alternating between them so that disk noise
    (fsync times vary a lot on a shared machine) hits both alike."""
    terms = big.get(big_ids[0]).terms
    rng = random.Random(3)
    samples: dict[int, list[float]] = {0: [], 1: []}
    for round_number in range(repeat + 2):
        for which, (repo, ids) in enumerate(((big, big_ids), (small, small_ids))):
            started = time.perf_counter()
            repo.save(rng.choice(ids), terms, note="benchmark")
            if round_number >= 2:  # warm-up
                samples[which].append((time.perf_counter() - started) * 1000)
    return statistics.median(samples[0]), statistics.median(samples[1])


def run() -> None:
    rng = random.Random(11)
    with tempfile.TemporaryDirectory(prefix="pactwright-bench-") as temp:
        big, small = Path(temp) / "big", Path(temp) / "small"
        started = time.perf_counter()
        ids = build_database(big, DRAFTS)
        small_ids = build_database(small, SMALL)
        print(f"  built {DRAFTS:,} x {VERSIONS} drafts in {time.perf_counter() - started:.1f} s")

        opened = time.perf_counter()
        repo = DraftRepository.open(big)
        report(f"open the database ({DRAFTS:,} drafts, first time)", (time.perf_counter() - opened) * 1000)
        repo.close()
        report("open the database again", median_ms(lambda: DraftRepository.open(big).close(), repeat=5))
        with DraftRepository.open(big) as repo:
            assert len(repo.list()) == DRAFTS
            report("list all drafts (newest first)", median_ms(repo.list), 200)
            report("search 'globex' (title and parties)", median_ms(lambda: repo.list("globex")), 200)
            report(
                "search 'acme 12' + model filter",
                median_ms(lambda: repo.list("acme 12", model=AllianceModel.LICENSING)),
                200,
            )
            report("open a draft (latest terms)", median_ms(lambda: repo.get(rng.choice(ids)), repeat=25), 50)
            report("open a draft's version 3", median_ms(lambda: repo.get_version(rng.choice(ids), 3), repeat=25), 50)
        with DraftRepository.open(big, read_only=True) as reader:
            report("list in a read-only second instance", median_ms(reader.list), 200)
        with DraftRepository.open(big) as repo, DraftRepository.open(small) as small_repo:
            big_save, small_save = _interleaved_saves(repo, ids, small_repo, small_ids)
        report(f"save a new version ({DRAFTS:,} drafts)", big_save, 50)
        report(f"save a new version ({SMALL} drafts)", small_save, 50)
        print(f"  save time ratio {DRAFTS:,} / {SMALL} drafts: {big_save / small_save:.2f} (1.0 = no growth)")
        with DraftRepository.open(big) as repo:
            started = time.perf_counter()
            repo.backup()
            report(f"full backup zip ({DRAFTS:,} drafts)", (time.perf_counter() - started) * 1000)


if __name__ == "__main__":
    run()
