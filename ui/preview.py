"""The live preview: the agreement rendered from the document model into a
QTextBrowser. Typing restarts a short timer; the render happens when the typing pauses,
so a keystroke never waits for a render."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from drafting.engine import assemble_agreement
from drafting.html_writer import render_html
from drafting.terms import AgreementTerms

DEBOUNCE_MS = 150
Renderer = Callable[[AgreementTerms], str]


def engine_renderer(terms: AgreementTerms) -> str:
    return render_html(assemble_agreement(terms))


class PreviewPane(QWidget):
    """Shows the latest terms; ``refreshed`` carries the render time in milliseconds."""

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
        self.last_render_ms = 0.0

    def set_source(self, source: Callable[[], AgreementTerms | None]) -> None:
        self._source = source

    def schedule(self) -> None:
        """Called on every edit: (re)start the pause timer."""
        self.timer.start()

    def refresh_now(self) -> None:
        self.timer.stop()
        terms = self._source()
        if terms is None:
            self.status.setText("Preview paused: fix the highlighted fields to update it.")
            return
        self.show_terms(terms)

    def show_terms(self, terms: AgreementTerms) -> None:
        started = time.perf_counter()
        try:
            page = self.renderer(terms)
        except Exception as error:
            self.status.setText(f"Preview unavailable: {error}")
            return
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml(page)
        bar.setValue(position)
        self.last_render_ms = (time.perf_counter() - started) * 1000
        self.status.setText("Preview: the agreement as it stands")
        self.refreshed.emit(self.last_render_ms)
