"""The HTML preview: a standalone page that escapes every user text, prints numbers,
links cross-references, sets notes apart and shows the draft marking."""

from __future__ import annotations

import html
from html.parser import HTMLParser

from drafting.document import DRAFT_MARKING, body_text_lines
from drafting.engine import assemble_agreement
from drafting.html_writer import render_html
from tests.engine_helpers import CONTROL, HOSTILE, make_terms, party
from tests.support import normalise_space, sample_document


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "a" and values.get("href"):
            self.hrefs.append(str(values["href"]))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    return collector


def test_sample_document_prints_every_line_of_the_body() -> None:
    document = sample_document()
    page = parse(render_html(document))
    text = normalise_space("".join(page.text))
    for line in body_text_lines(document):
        assert normalise_space(line) in text


def test_hostile_text_is_printed_literally_never_as_markup() -> None:
    page = render_html(sample_document())
    assert "<Labs>" not in page and "&lt;Labs&gt;" in page
    collector = parse(page)
    assert "Labs" not in collector.tags
    assert 'R&D <Labs> "Ltd" {{ 7*7 }}' in "".join(collector.text)


def test_numbers_cross_reference_links_and_notes() -> None:
    page = render_html(sample_document())
    collector = parse(page)
    assert "2.1" in collector.text and "(a)" in collector.text and "(i)" in collector.text
    assert collector.hrefs
    for href in collector.hrefs:
        assert href.startswith("#") and href[1:] in collector.ids
    assert page.count('<aside class="note">') == 3
    assert '<aside class="note">' not in render_html(sample_document(), notes=False)


def test_draft_marking_banner() -> None:
    assert DRAFT_MARKING in html.unescape(render_html(sample_document(DRAFT_MARKING)))
    assert 'class="marking"' not in render_html(sample_document())


def test_assembled_hostile_text_renders_literally() -> None:
    terms = make_terms(
        parties=[party("Alpha", legal_name=HOSTILE, address=HOSTILE), party("Beta", legal_name=CONTROL)],
        background=HOSTILE + "\n" + "x" * 100_000,
        scope={"purpose": HOSTILE},
    )
    page = render_html(assemble_agreement(terms))
    text = "".join(parse(page).text)
    assert HOSTILE in text
    assert "{{ 7*7 }}" in text and "49" not in text
    assert "BadName" in text and "\x00" not in page and "\x1b" not in page
    assert "x" * 100_000 in text
    assert "<sub>x</sub>" not in page
