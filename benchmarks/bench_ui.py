"""Desktop app figures: cold start to the main window shown (a fresh Python process each
time, median of several), the live preview's refresh time for the largest example, and
what setHtml costs for the standalone page against the lighter Qt page (same run)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import median_ms, report

ROOT = Path(__file__).resolve().parent.parent
START_RUNS = 5

# Runs in a child process: import, open storage, build and show the main window, and
# report the time from interpreter start-up to the window's first paint being done.
_COLD_START = r"""
import sys, time
t0 = time.perf_counter()
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from ui.main_window import MainWindow
from ui.store import open_store
app = QApplication(sys.argv[:1])
store = open_store(Path(sys.argv[1]))
window = MainWindow(store, QSettings(sys.argv[2], QSettings.Format.IniFormat), Path(sys.argv[1]))
window.show()
def shown():
    print((time.perf_counter() - t0) * 1000 + float(sys.argv[3]))
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
store.close()
"""


def _interpreter_ms() -> float:
    """A bare interpreter's start and exit, which the child's own clock cannot see."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return (time.perf_counter() - started) * 1000


def cold_start_ms() -> float:
    samples = []
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for _ in range(START_RUNS):
        with tempfile.TemporaryDirectory() as scratch:
            result = subprocess.run(
                [sys.executable, "-c", _COLD_START, f"{scratch}/data", f"{scratch}/s.ini", str(_interpreter_ms())],
                capture_output=True,
                text=True,
                cwd=ROOT,
                env=env,
                check=True,
            )
            samples.append(float(result.stdout.strip().splitlines()[-1]))
    return statistics.median(samples)


def preview_refresh() -> tuple[str, float, float, float, float]:
    """For the largest example: (name, GUI-thread ms per refresh after an edit, background
    render ms, edit-to-shown ms, GUI-thread ms when nothing changed). The GUI thread only
    reads the pages and shows the HTML."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.drafts import example_files, load_example
    from ui.editor import DraftEditor
    from ui.preview import engine_renderer
    from ui.store import open_store

    app = QApplication.instance() or QApplication(sys.argv[:1])
    largest = max(example_files(), key=lambda path: len(engine_renderer(load_example(path))))
    terms = load_example(largest)
    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(Path(scratch) / "data")
        editor = DraftEditor(store, Path(scratch))
        editor.resize(1280, 800)
        editor.show()
        editor.open(terms, None)
        preview = editor.preview
        title = editor.wizard.basics.title_edit
        gui, render = [], []

        def refresh() -> None:
            # A different title each time, so the page really changes and is set again.
            title.setText(f"{terms.title} {len(gui)}")
            preview.refresh_now()
            preview.wait_for_render()
            gui.append(preview.last_gui_ms)
            render.append(preview.last_render_ms)

        total = median_ms(refresh, repeat=9)
        unchanged = []
        for _ in range(9):
            preview.refresh_now()
            preview.wait_for_render()
            unchanged.append(preview.last_gui_ms)
        editor.discard()
        editor.deleteLater()
        store.close()
    del app
    return largest.stem, statistics.median(gui), statistics.median(render), total, statistics.median(unchanged)


def set_html_ms() -> tuple[float, float]:
    """QTextBrowser.setHtml of the largest example: the standalone page and the Qt page
    the preview now gets, alternately, so machine load hits both alike."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from drafting.engine import assemble_agreement
    from drafting.html_writer import render_html
    from ui.drafts import example_files, load_example

    app = QApplication.instance() or QApplication(sys.argv[:1])
    document = max(
        (assemble_agreement(load_example(path)) for path in example_files()), key=lambda doc: len(render_html(doc))
    )
    pages = {flavour: render_html(document, for_qt=flavour) for flavour in (False, True)}
    browser = QTextBrowser()
    browser.resize(480, 760)
    browser.show()
    samples: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(9):
        for flavour, page in pages.items():
            started = time.perf_counter()
            browser.setHtml(page)
            samples[flavour].append((time.perf_counter() - started) * 1000)
    browser.deleteLater()
    del app
    return statistics.median(samples[False]), statistics.median(samples[True])


def run() -> None:
    print("Desktop app")
    report("cold start to main window shown", cold_start_ms(), 1000)
    name, gui, render, total, unchanged = preview_refresh()
    report(f"preview refresh on the GUI thread ({name})", gui, 30)
    report("  render on the pool thread (assemble + HTML)", render)
    report("  edit to preview shown, end to end", total)
    report("  refresh with nothing changed (page not set again)", unchanged)
    standalone, for_qt = set_html_ms()
    report("  setHtml, standalone page (before)", standalone)
    report("  setHtml, Qt page (now)", for_qt)
    print(f"  {'  ratio standalone / Qt page':<48} {standalone / for_qt:10.2f} x")
