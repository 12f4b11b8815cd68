"""Test-wide set-up: Qt runs offscreen (set before any QApplication exists, or a
headless machine aborts the whole run), and each test gets its own data folder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder, also exported as PACTWRIGHT_DATA_DIR."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("PACTWRIGHT_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def wizard(qtbot: Any, tmp_path: Path) -> Any:
    """The agreement wizard, shown, on a fresh folder (a test file may define its own)."""
    from ui.wizard.wizard import AgreementWizard  # Qt only for the tests that ask for it

    widget = AgreementWizard(tmp_path)
    qtbot.addWidget(widget)
    widget.show()
    return widget
