"""A lawyer's clause override in the live preview: what its isolation costs per render.

Linux forks a child per render; Windows and macOS render in a persistent spawned worker
(``drafting.engine.override_worker``), whose start-up is paid once, in the background,
when a draft with overrides opens. Target: a render's isolation well under the preview's
50 ms assembly budget."""

from __future__ import annotations

import os
import time

from benchmarks import median_ms, report
from benchmarks.bench_assembly import largest_example
from drafting.engine import assemble_agreement, default_catalogue
from drafting.engine.environment import build_environment
from drafting.engine.isolation import ISOLATION_ENV, MAX_OVERRIDE_MEMORY, render_isolated
from drafting.engine.override_worker import POOL, Worker

OVERRIDE = {"general.costs": "Each {{ deal.party }} bears its own costs under {{ law_name() }}."}


def run() -> None:
    terms = largest_example()
    default_catalogue()
    started = time.perf_counter()
    Worker(MAX_OVERRIDE_MEMORY).kill()
    report("override worker start-up (once, in background)", (time.perf_counter() - started) * 1000)
    environment = build_environment()
    context = {"name": "Acme"}
    report("no isolation: assemble_agreement, no override", median_ms(lambda: assemble_agreement(terms), repeat=11))
    for mode in ("fork", "spawn"):
        if mode == "fork" and not hasattr(os, "fork"):
            continue
        isolated = median_ms(
            lambda mode=mode: render_isolated(environment, "Hi {{ name }}", context, isolation=mode), 21, 2
        )
        report(f"{mode}: one small override, isolated (median)", isolated, 50)
        previous = os.environ.get(ISOLATION_ENV)
        os.environ[ISOLATION_ENV] = mode
        try:
            whole = median_ms(lambda: assemble_agreement(terms, overrides=OVERRIDE), repeat=11, warmup=2)
        finally:
            if previous is None:
                os.environ.pop(ISOLATION_ENV, None)
            else:
                os.environ[ISOLATION_ENV] = previous
        report(f"{mode}: assemble with one override (median)", whole, 50)
    POOL.shutdown()
