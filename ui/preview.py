"""The live preview: the agreement rendered from the document model into a
QTextBrowser. Typing restarts a short timer; when the typing pauses the pages are read
and the agreement is rendered on a pool thread, so a keystroke never waits for a render;
only the newest render is shown."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from drafting.engine import assemble_agreement
from drafting.html_writer import render_html
from drafting.terms import AgreementTerms

DEBOUNCE_MS = 150
Renderer = Callable[[AgreementTerms], str]


def engine_renderer(terms: AgreementTerms) -> str:
    return render_html(assemble_agreement(terms))


class _RenderSignals(QObject):
    done = Signal(int, str, float)  # generation, HTML, milliseconds spent rendering
    failed = Signal(int, str)


class _RenderJob(QRunnable):
    """Assemble and write the HTML on a pool thread: pure Python, no widgets touched."""

    def __init__(self, renderer: Renderer, terms: AgreementTerms, generation: int, signals: _RenderSignals) -> None:
        super().__init__()
        self.renderer, self.terms, self.generation, self.signals = renderer, terms, generation, signals

    def run(self) -> None:
        started = time.perf_counter()
        try:
            page = self.renderer(self.terms)
        except Exception as error:
            self.signals.failed.emit(self.generation, str(error))
            return
        self.signals.done.emit(self.generation, page, (time.perf_counter() - started) * 1000)


class PreviewPane(QWidget):
    """Shows the latest terms. ``refreshed`` carries the milliseconds the GUI thread spent
    (reading the pages and showing the HTML); the render itself runs on a pool thread."""

    refreshed = Signal(float)

    def __init__(self, renderer: Renderer | None = None) -> None:
        super().__init__()
        self.renderer: Renderer = renderer or engine_renderer
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel("Preview")
        self.status.setAccessibleName("Preview status")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName("Agreement preview")
        self.browser.setAccessibleDescription("The agreement as it will be exported, updated as you type.")
        layout.addWidget(self.status)
        layout.addWidget(self.browser, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_now)
        self._source: Callable[[], AgreementTerms | None] = lambda: None
        self._signals = _RenderSignals(self)
        self._signals.done.connect(self._show)
        self._signals.failed.connect(self._failed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0
        self._collect_ms = 0.0
        self.last_gui_ms = 0.0
        self.last_render_ms = 0.0

    def set_source(self, source: Callable[[], AgreementTerms | None]) -> None:
        self._source = source

    def schedule(self) -> None:
        """Called on every edit: (re)start the pause timer."""
        self.timer.start()

    def refresh_now(self) -> None:
        self.timer.stop()
        started = time.perf_counter()
        terms = self._source()
        self._collect_ms = (time.perf_counter() - started) * 1000
        if terms is None:
            self.status.setText("Preview paused: fix the highlighted fields to update it.")
            return
        self.show_terms(terms)

    def show_terms(self, terms: AgreementTerms) -> None:
        """Render ``terms`` in the background; only the newest request is shown."""
        self._generation += 1
        self._pool.start(_RenderJob(self.renderer, terms, self._generation, self._signals))

    def wait_for_render(self) -> None:
        """Block until pending renders are done and shown (tests, screenshots, benchmarks)."""
        self._pool.waitForDone()
        QCoreApplication.processEvents()  # delivers the queued "done" signal

    def _show(self, generation: int, page: str, render_ms: float) -> None:
        if generation != self._generation:
            return  # a newer edit is already being rendered
        started = time.perf_counter()
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml(page)
        bar.setValue(position)
        self.last_render_ms = render_ms
        self.last_gui_ms = self._collect_ms + (time.perf_counter() - started) * 1000
        self.status.setText("Preview: the agreement as it stands")
        self.refreshed.emit(self.last_gui_ms)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.status.setText(f"Preview unavailable: {message}")
