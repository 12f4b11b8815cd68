"""The app and the repository's housekeeping: the daily backup runs in the background
(start-up never waits for it; a failure is a status-bar line), and the lawyer's clause
overrides reach the preview and the export."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QThreadPool

from storage.errors import StorageError
from ui.drafts import example_files, load_example
from ui.export_worker import ExportJob, accepts_overrides

pytest_plugins = ("tests.ui_fixtures",)
LAWYERS_WORDING = "Nothing here makes the parties partners <as the lawyer wrote it> & no agency."


def test_the_backup_runs_in_the_background_and_start_up_does_not_wait(qtbot, window, store, monkeypatch) -> None:
    release = threading.Event()
    started = threading.Event()

    def slow_backup() -> Path | None:
        started.set()
        assert release.wait(30), "the test never released the backup"
        return None

    monkeypatch.setattr(store, "backup_if_due", slow_backup)
    window.start_background_backup()  # returns while the backup is still blocked
    assert started.wait(30) and not release.is_set()
    assert window.backup_job is not None
    with qtbot.waitSignal(window.backup_job.signals.finished, timeout=30_000):
        release.set()
    assert "backup" not in window.statusBar().currentMessage().casefold()


def test_a_real_backup_is_written(qtbot, window, data_dir) -> None:
    window.start_background_backup()
    assert window.backup_job is not None
    with qtbot.waitSignal(window.backup_job.signals.finished, timeout=30_000) as signal:
        pass
    written = signal.args[0]
    assert written is not None and Path(written).is_file() and Path(written).is_relative_to(data_dir)


def test_a_failed_backup_is_one_quiet_line_in_the_status_bar(qtbot, window, store, monkeypatch) -> None:
    def failing_backup() -> Path | None:
        raise StorageError("the disk is full")

    monkeypatch.setattr(store, "backup_if_due", failing_backup)
    window.start_background_backup()  # the answers fixture fails the test on any message box
    qtbot.waitUntil(lambda: "the disk is full" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage().startswith("The automatic backup of your drafts failed")


def test_a_read_only_window_makes_no_backup(qtbot, store, settings, tmp_path, monkeypatch) -> None:
    from ui.main_window import MainWindow

    calls: list[str] = []
    monkeypatch.setattr(store, "backup_if_due", lambda: calls.append("backup"))
    window = MainWindow(store, settings, tmp_path, read_only=True)
    qtbot.addWidget(window)
    window.start_background_backup()
    QThreadPool.globalInstance().waitForDone()
    assert calls == [] and window.backup_job is None


def test_clause_overrides_reach_the_preview_and_the_export(qtbot, window, store, tmp_path) -> None:
    store.set_clause_override("general.relationship", LAWYERS_WORDING)
    terms = load_example(next(path for path in example_files() if "revenue_sharing" in path.stem))
    window.create_and_open(terms)
    preview = window.editor.preview
    preview.wait_for_render()
    assert LAWYERS_WORDING in preview.browser.toPlainText()
    assert "&lt;as the lawyer wrote it&gt;" in preview._page  # data, not markup

    received: dict[str, object] = {}

    def export_with_overrides(terms, out_dir, formats, *, draft=False, overrides=None) -> list[Path]:
        received["overrides"] = overrides
        return []

    export = window.editor.wizard.export
    export.export_function = export_with_overrides
    with qtbot.waitSignal(export.exported, timeout=30_000):
        export.folder.setText(str(tmp_path / "out"))
        export.lawyer.setChecked(True)
        export.start_export()
    assert received["overrides"] == {"general.relationship": LAWYERS_WORDING}


def test_an_export_function_without_overrides_is_still_called(qtbot, tmp_path) -> None:
    calls: list[tuple[str, ...]] = []

    def plain_export(terms, out_dir, formats, *, draft=False) -> list[Path]:
        calls.append(tuple(formats))
        return []

    assert not accepts_overrides(plain_export)
    job = ExportJob(
        load_example(example_files()[0]), tmp_path, ["docx"], draft=True, export=plain_export, overrides={"x": "y"}
    )
    with qtbot.waitSignal(job.signals.finished, timeout=30_000):
        QThreadPool.globalInstance().start(job)
    assert calls == [("docx",)]


def test_the_real_export_function_is_asked_whether_it_takes_overrides() -> None:
    import inspect

    from drafting.export import export_agreement

    assert accepts_overrides(export_agreement) == ("overrides" in inspect.signature(export_agreement).parameters)


def test_the_real_export_writes_the_lawyers_wording(qtbot, tmp_path) -> None:
    import docx

    terms = load_example(next(path for path in example_files() if "revenue_sharing" in path.stem))
    job = ExportJob(terms, tmp_path, ["docx"], draft=True, overrides={"general.relationship": LAWYERS_WORDING})
    with qtbot.waitSignal(job.signals.finished, timeout=60_000) as signal:
        QThreadPool.globalInstance().start(job)
    (written,) = signal.args[0]
    text = "\n".join(paragraph.text for paragraph in docx.Document(str(written)).paragraphs)
    assert LAWYERS_WORDING in text


def test_read_only_media_offers_to_open_the_drafts_read_only(qtbot, tmp_path: Path, monkeypatch) -> None:
    """The app started on a drafts folder it cannot write says why and, if the user
    agrees, opens the drafts read-only instead of failing."""
    from PySide6.QtWidgets import QMessageBox

    import ui.app
    from storage.errors import ReadOnlyMediaError

    asked: list[str] = []
    opened: list[bool] = []

    def fake_open(data_dir: Path, read_only: bool = False) -> object:
        opened.append(read_only)
        if not read_only:
            raise ReadOnlyMediaError(data_dir, "read-only file system")
        return object()

    def fake_question(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Open

    monkeypatch.setattr(ui.app, "open_store", fake_open)
    monkeypatch.setattr(QMessageBox, "question", fake_question)
    result = ui.app.open_store_interactively(tmp_path)
    assert result is not None and result[1] is True
    assert opened == [False, True]
    assert "cannot be written" in asked[0] and "Open them read-only here?" in asked[0]
