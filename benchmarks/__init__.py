"""Benchmarks: `make bench` (python -m benchmarks) runs every bench_*.py module's run().

Targets live here, not in timed tests: each benchmark prints its figures and, where a
peer exists, the ratio measured in the same run.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(action: Callable[[], object], repeat: int = 7, warmup: int = 1) -> float:
    """Median wall time of ``action`` in milliseconds."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def report(name: str, value_ms: float, target_ms: float | None = None) -> None:
    verdict = ""
    if target_ms is not None:
        verdict = f"  (target < {target_ms:g} ms: {'met' if value_ms < target_ms else 'MISSED'})"
    print(f"  {name:<48} {value_ms:10.2f} ms{verdict}")
