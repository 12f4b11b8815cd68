"""The window's layout checks at a high-DPI scale factor: every page of the real window at
1024 x 700 and 1280 x 800 logical pixels, drawn at twice the density (Qt's
QT_SCALE_FACTOR=2 on an X server with a 2560 x 1600 screen), with no page scrolling
sideways, no squeezed button or drop-down and no cramped dialog."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import REQUIRE_LIBREOFFICE_ENV

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize("scale", ["1.5", "2"])
def test_the_layout_holds_at_a_high_dpi_scale_factor(scale: str) -> None:
    if shutil.which("xvfb-run") is None:
        if os.environ.get(REQUIRE_LIBREOFFICE_ENV) == "1":  # CI installs Xvfb with LibreOffice
            pytest.fail("xvfb-run is required here but not installed")
        pytest.skip("xvfb-run is not installed")
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    env["QT_SCALE_FACTOR"] = scale
    command = [
        "xvfb-run", "-a", "-s", "-screen 0 2560x1600x24",
        sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(ROOT / "tests" / "test_ui_layout.py"),
    ]  # fmt: skip
    finished = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=540, check=False)
    assert finished.returncode == 0, finished.stdout[-3000:] + finished.stderr[-2000:]
