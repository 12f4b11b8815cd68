"""The scripted newcomer run (docs/newcomer_run.py) of the real app: under Xvfb when it
is installed (a real X server, as ``make screenshots`` runs it), offscreen otherwise.
It writes its exports and screenshots into the test's folder, never into docs/."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "docs" / "newcomer_run.py"


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_a_newcomer_sets_up_a_uk_revenue_share_from_the_advisor_to_export(tmp_path: Path) -> None:
    out, shots = tmp_path / "out", tmp_path / "shots"
    command = [sys.executable, str(SCRIPT), "--out", str(out), "--shots", str(shots)]
    env = dict(os.environ)
    if shutil.which("xvfb-run"):
        env.pop("QT_QPA_PLATFORM", None)  # the X server xvfb-run starts, not offscreen
        command = ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", *command]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    finished = subprocess.run(command, capture_output=True, text=True, env=env, timeout=540, check=False)
    assert finished.returncode == 0, finished.stderr[-2000:]
    report = json.loads(finished.stdout[finished.stdout.index("{") :])
    assert report["pages"][0] == "Home" and report["pages"][-1] == "Export"
    assert len(report["fields_typed"]) == 11  # 4 per party, the purpose, the two shares
    for name in report["files"]:
        assert (out / name).stat().st_size > 0
    assert len(report["files"]) == 8  # agreement and summary, Word and PDF, clean and lawyer's
    assert sorted(path.name for path in shots.iterdir()) == sorted(report["screenshots"])
    page = QImage(str(shots / "41-the-parties-1024x700.png"))
    assert (page.width(), page.height()) == (1024, 700)
    assert not (ROOT / "docs" / "screenshots" / "newcomer").exists()
