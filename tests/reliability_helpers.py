"""Run the command line as a user does: a separate process, real files, its exit code
and both streams; a traceback in stderr is always a failure."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def cli(*argv: str, data_dir: Path | None = None, stdin: str | None = None, timeout: float = 120) -> Run:
    """``python main.py ARGV`` with a clean environment; fails on any traceback."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PACTWRIGHT_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    prefix = ["--data-dir", str(data_dir)] if data_dir is not None else []
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *prefix, *argv],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=timeout, input=stdin,
    )  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return Run(result.returncode, result.stdout, result.stderr)


def import_example(data_dir: Path, example: Path) -> str:
    """Import ``example`` and return the new draft's id."""
    run = cli("drafts", "import", str(example), data_dir=data_dir)
    assert run.code == 0, run.err
    return run.out.split()[1]
