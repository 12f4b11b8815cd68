"""Exports from the app are recorded: exporting saves the draft first, the files are
dated with the saved version's moment, the History dialog lists them (version, format,
copy, file, SHA-256) and "Re-create" writes one again, byte for byte."""

from __future__ import annotations

import time
from pathlib import Path

from drafting.export import file_sha256
from ui.drafts import example_files, load_example

pytest_plugins = ("tests.ui_fixtures",)


def _export(qtbot, window, folder: Path, *, clean: bool) -> list[Path]:
    export = window.editor.wizard.export
    export.folder.setText(str(folder))
    export.docx.setChecked(True)
    export.pdf.setChecked(True)
    (export.clean if clean else export.lawyer).setChecked(True)
    with qtbot.waitSignal(export.exported, timeout=120_000) as signal:
        export.start_export()
    return list(signal.args[0])


def test_an_export_from_the_app_is_recorded_and_re_created_exactly(qtbot, window, store, tmp_path) -> None:
    terms = load_example(next(path for path in example_files() if "licensing" in path.stem))
    window.create_and_open(terms)
    draft_id = window.editor.draft_id
    first = _export(qtbot, window, tmp_path / "first", clean=True)
    time.sleep(1.1)  # the clock moves on: the bytes must not
    again = _export(qtbot, window, tmp_path / "again", clean=True)
    assert [file_sha256(path) for path in first] == [file_sha256(path) for path in again]
    records = store.exports(draft_id)
    assert [(r.version, r.format, r.lawyer_copy) for r in records] == [(1, "docx", False), (1, "pdf", False)] * 2
    assert records[0].sha256 == records[2].sha256 == file_sha256(first[0])
    assert records[0].file_name == first[0].name

    dialog = window.history_dialog(draft_id)
    qtbot.addWidget(dialog)
    panel = dialog.exports
    assert panel.tree.topLevelItemCount() == 4
    top = panel.tree.topLevelItem(0)
    assert [top.text(column) for column in (0, 2, 3)] == ["1", "PDF", "clean copy"]
    panel.tree.setCurrentItem(top)
    recreated = panel.recreate_selected(tmp_path / "recreated")
    assert recreated is not None and recreated.matches
    assert recreated.path.read_bytes() == again[1].read_bytes()
    assert "identical" in panel.status.text()


def test_an_unsaved_draft_is_saved_before_it_is_exported(qtbot, window, store, tmp_path) -> None:
    terms = load_example(next(path for path in example_files() if "licensing" in path.stem))
    window.create_and_open(terms)
    draft_id = window.editor.draft_id
    window.editor.dirty = True  # as after an edit
    _export(qtbot, window, tmp_path / "out", clean=False)
    assert [info.number for info in store.history(draft_id)] == [1, 2]
    assert {(r.version, r.lawyer_copy) for r in store.exports(draft_id)} == {(2, True)}
