"""Run every benchmark module (or those named on the command line)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main(selected: list[str]) -> int:
    names = sorted(info.name for info in pkgutil.iter_modules([str(HERE)]) if info.name.startswith("bench_"))
    if selected:
        names = [name for name in names if any(choice in name for choice in selected)]
    failures = 0
    for name in names:
        print(f"== {name}")
        try:
            importlib.import_module(f"benchmarks.{name}").run()
        except Exception:  # one broken benchmark must not hide the others' figures
            failures += 1
            traceback.print_exc()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
