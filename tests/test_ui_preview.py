"""The live preview: the lighter Qt page says everything the agreement says, links
resolve, a refresh keeps the reader's place and is skipped when nothing changed, and
changing step scrolls to that step's article."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QTextBrowser

from drafting.document import DRAFT_MARKING, body_text_lines
from drafting.engine import assemble_agreement
from drafting.html_writer import render_html
from tests.support import normalise_space, sample_document
from tests.ui_helpers import type_into
from ui.drafts import example_files, load_example
from ui.editor import DraftEditor

pytest_plugins = ("tests.ui_fixtures",)


def largest_example() -> Path:
    return max(example_files(), key=lambda path: len(render_html(assemble_agreement(load_example(path)))))


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("name"):
            self.names.add(str(values["name"]))
        if tag == "a" and values.get("href"):
            self.hrefs.append(str(values["href"]))


def shown_text(qtbot, page: str) -> str:
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(page)
    return normalise_space(browser.toPlainText()).casefold()


@pytest.mark.parametrize(
    "document",
    [sample_document(DRAFT_MARKING), assemble_agreement(load_example(largest_example()))],
    ids=["sample", "largest"],
)
def test_the_qt_page_shows_every_line_and_every_link_lands(qtbot, document) -> None:
    page = render_html(document, for_qt=True)
    assert "<style>" not in page and 'class="' not in page  # Qt matches every rule against every element
    text = shown_text(qtbot, page)
    for line in body_text_lines(document):
        assert normalise_space(line).casefold() in text
    links = _Links()
    links.feed(page)
    assert links.hrefs
    for href in links.hrefs:
        assert href.startswith("#") and href[1:] in links.names
    if document.draft_marking:
        assert DRAFT_MARKING.casefold() in text


def test_hostile_text_stays_text_in_the_qt_page(qtbot) -> None:
    page = render_html(sample_document(), for_qt=True)
    assert "&lt;Labs&gt;" in page
    assert 'R&D <Labs> "Ltd" {{ 7*7 }}'.casefold() in shown_text(qtbot, page)
    assert "drafting note:" in shown_text(qtbot, page)
    assert "Drafting note:" not in render_html(sample_document(), for_qt=True, notes=False)


@pytest.fixture
def editor(qtbot, store, tmp_path) -> DraftEditor:
    widget = DraftEditor(store, tmp_path / "exports")
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    # The five-party consortium: long, with schedules and its own article headings.
    widget.open(load_example(next(path for path in example_files() if path.stem == "consortium_five_party")), None)
    widget.preview.wait_for_render()
    yield widget
    widget.discard()


def top_line(browser: QTextBrowser) -> str:
    return browser.cursorForPosition(QPoint(4, 4)).block().text()


def test_a_refresh_keeps_the_place_and_skips_an_unchanged_page(qtbot, editor) -> None:
    preview = editor.preview
    bar = preview.browser.verticalScrollBar()
    assert bar.maximum() > 2000
    bar.setValue(bar.maximum() // 2)
    place, line = bar.value(), top_line(preview.browser)
    shown = preview.pages_shown
    preview.refresh_now()
    preview.wait_for_render()
    assert preview.pages_shown == shown  # the same agreement: not set again
    type_into(qtbot, editor.wizard.basics.title_edit, "A renamed agreement")
    preview.refresh_now()
    preview.wait_for_render()
    assert preview.pages_shown == shown + 1
    assert "A RENAMED AGREEMENT" in preview.browser.toPlainText()
    assert top_line(preview.browser) == line  # the shorter title moved the text up; the view followed it
    assert bar.value() != place


def test_changing_step_scrolls_to_that_steps_article(qtbot, editor) -> None:
    preview, wizard = editor.preview, editor.wizard
    wizard.jump_to(wizard.pages.index(wizard.contributions))
    preview.wait_for_render()
    assert preview.browser.verticalScrollBar().value() > 0
    # The consortium calls its contributions article "Finance and Contributions" (its blueprint).
    assert re.fullmatch(r"\d+\.\s+FINANCE AND CONTRIBUTIONS", top_line(preview.browser))
    wizard.jump_to(wizard.pages.index(wizard.disputes))
    assert "GOVERNING LAW AND DISPUTES" in top_line(preview.browser)
    wizard.jump_to(0)
    assert preview.browser.verticalScrollBar().value() == 0


def test_a_cross_reference_link_scrolls_to_its_clause(qtbot, editor) -> None:
    preview = editor.preview
    links = _Links()
    links.feed(preview._page)
    target = next(href for href in links.hrefs if "schedule" in href)
    from PySide6.QtCore import QUrl

    preview.browser.anchorClicked.emit(QUrl(target))
    assert top_line(preview.browser).startswith("SCHEDULE")
