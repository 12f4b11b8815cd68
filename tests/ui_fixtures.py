"""Fixtures for the desktop-app tests (load with ``pytest_plugins``): a main window on a
fresh data folder, its settings in a temporary file, and message boxes replaced by
scripted answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from storage.repository import DraftRepository
from ui.main_window import MainWindow
from ui.store import open_store


@pytest.fixture
def store(data_dir: Path) -> Iterator[DraftRepository]:
    repository = open_store(data_dir)
    yield repository
    repository.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox.StandardButton]:
    """Scripted answers to QMessageBox.question, in order; a test fails on an unexpected question."""
    queue: list[QMessageBox.StandardButton] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        assert queue, f"unexpected question: {args[2] if len(args) > 2 else args}"
        return queue.pop(0)

    def fail(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", fail)
    monkeypatch.setattr(QMessageBox, "critical", fail)
    return queue


@pytest.fixture
def window(qtbot, store: DraftRepository, settings: QSettings, tmp_path: Path, answers) -> Iterator[MainWindow]:
    main = MainWindow(store, settings, tmp_path / "exports")
    main.show()
    main.activateWindow()
    qtbot.waitActive(main)
    yield main
    # Not qtbot.addWidget: it closes the window before this teardown could drop unsaved work.
    main.editor.discard()
    main.close()
    main.deleteLater()
