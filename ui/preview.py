"""The live preview: the agreement rendered from the document model into a
QTextBrowser. Typing restarts a short timer; when the typing pauses the pages are read
and the agreement is rendered on a pool thread, so a keystroke never waits for a render;
only the newest render is shown.

The GUI thread's share is ``setHtml``, so the pane is fed the writer's lighter Qt page,
skips it when nothing changed, keeps the reader's scroll position across refreshes and
scrolls to the article of the wizard page being edited when the page changes."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QPoint,
    QRunnable,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from drafting.engine import assemble_agreement
from drafting.html_writer import anchor_name, render_html
from drafting.terms import AgreementTerms

DEBOUNCE_MS = 150
#: How far (in paragraphs) to look for the paragraph the reader was on after an edit.
PLACE_SEARCH_BLOCKS = 400
Renderer = Callable[[AgreementTerms], str]


def engine_renderer(terms: AgreementTerms, overrides: Mapping[str, str] | None = None) -> str:
    """The agreement as the preview shows it, with the lawyer's clause overrides applied."""
    return render_html(assemble_agreement(terms, overrides=overrides or None), for_qt=True)


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
            self._report(self.signals.failed, self.generation, str(error))
            return
        self._report(self.signals.done, self.generation, page, (time.perf_counter() - started) * 1000)

    @staticmethod
    def _report(signal: SignalInstance, *values: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed while this render ran
            signal.emit(*values)


class PreviewPane(QWidget):
    """Shows the latest terms. ``refreshed`` carries the milliseconds the GUI thread spent
    (reading the pages and showing the HTML); the render itself runs on a pool thread."""

    refreshed = Signal(float)

    def __init__(self, renderer: Renderer | None = None) -> None:
        super().__init__()
        #: The clause overrides kept in the drafts database; the default renderer applies them.
        self.overrides: dict[str, str] = {}
        self.renderer: Renderer = renderer or (lambda terms: engine_renderer(terms, self.overrides))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel("Preview")
        self.status.setAccessibleName("Preview status")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.document().setDocumentMargin(16)
        self.browser.anchorClicked.connect(self._follow_link)
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
        self._page = ""
        self._pending_section: tuple[str, ...] = ()
        self.pages_shown = 0
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
        if page != self._page:
            place = self._reading_place()
            self.browser.setHtml(page)
            self._page = page
            self.pages_shown += 1
            self._return_to(place)
        if self._pending_section:
            self.show_section(self._pending_section)
        self.last_render_ms = render_ms
        self.last_gui_ms = self._collect_ms + (time.perf_counter() - started) * 1000
        self.status.setText("Preview: the agreement as it stands")
        self.refreshed.emit(self.last_gui_ms)

    def _reading_place(self) -> tuple[int, str, float] | None:
        """The paragraph at the top of the view (number, text) and how far into it the view is."""
        bar = self.browser.verticalScrollBar()
        if bar.value() == 0:
            return None
        block = self.browser.cursorForPosition(QPoint(0, 0)).block()
        top = self.browser.document().documentLayout().blockBoundingRect(block).top()
        return block.blockNumber(), block.text(), bar.value() - top

    def _return_to(self, place: tuple[int, str, float] | None) -> None:
        """Scroll so the same paragraph is at the top again, even when text above it grew or
        shrank: the nearest paragraph with the same text, else the same paragraph number."""
        if place is None:
            return
        number, text, offset = place
        document = self.browser.document()
        block = document.findBlockByNumber(min(number, document.blockCount() - 1))
        for distance in range(PLACE_SEARCH_BLOCKS):
            below, above = document.findBlockByNumber(number + distance), document.findBlockByNumber(number - distance)
            found = [candidate for candidate in (below, above) if candidate.isValid() and candidate.text() == text]
            if found:
                block = found[0]
                break
        top = document.documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(round(top + offset))

    def show_section(self, block_ids: Sequence[str]) -> bool:
        """Scroll to the first of ``block_ids`` the agreement has (an article, clause or
        schedule id), or to the top when there are none; remembered until the first page
        is shown."""
        if not block_ids:
            self._pending_section = ()
            self.browser.verticalScrollBar().setValue(0)
            return True
        for block_id in block_ids:
            anchor = anchor_name(block_id)
            if f'name="{anchor}"' in self._page:
                self._pending_section = ()
                self.browser.scrollToAnchor(anchor)
                return True
        self._pending_section = tuple(block_ids) if not self._page else ()
        return False

    def _follow_link(self, url: QUrl) -> None:
        if url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.status.setText(f"Preview unavailable: {message}")
