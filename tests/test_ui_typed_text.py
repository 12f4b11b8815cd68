"""Free text the agreement wraps in words of its own ("the courts of ...", "in ...",
"under the laws of ...", "the field of ...") reads right however the user types it,
including the way the field's own placeholder suggests: never "the courts of the courts
of England and Wales", "in in the United Kingdom" or "the field of the field of ..."."""

from __future__ import annotations

import re

import pytest

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from drafting.engine.front import party_blocks
from drafting.engine.wording import field_of, place
from tests.engine_helpers import make_terms, party
from tests.ui_helpers import type_into
from ui.drafts import blank_terms
from ui.wizard.wizard import AgreementWizard

#: A word group printed twice in a row: what a template and the user both wrote.
DOUBLED = re.compile(r"\b(in|the laws of|the courts of|the field of)\s+\1\b", re.IGNORECASE)


def agreement_text(terms) -> str:
    document = assemble_agreement(terms)
    parties = " ".join(block.description for block in party_blocks(terms))
    return parties + "\n" + "\n".join(body_text_lines(document))


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("in the United Kingdom", "the United Kingdom"),
        ("the laws of England and Wales", "England and Wales"),
        ("under the laws of Scotland", "Scotland"),
        ("laws of Netherlands", "the Netherlands"),
        ("India", "India"),
        ("Indiana", "Indiana"),
    ],
)
def test_a_place_typed_with_the_templates_own_words(typed: str, printed: str) -> None:
    assert place(typed) == printed


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("the field of specialty coffee", "specialty coffee"),
        ("in the field of roasting", "roasting"),
        ("Field of use: cafés", "cafés"),
        ("fieldwork surveys", "fieldwork surveys"),
    ],
)
def test_a_field_typed_with_the_templates_own_words(typed: str, printed: str) -> None:
    assert field_of(typed) == printed


# Every free-text field whose clause wraps it, typed with the wrapping words repeated.
WRAPPED = {
    "courts": {"disputes": {"forum": "courts", "courts": {"courts": "the courts of England and Wales"}}},
    "territory": {"scope": {"purpose": "to sell coffee", "territory": "in the United Kingdom"}},
    "field": {"scope": {"purpose": "to sell coffee", "field_of_use": "the field of specialty coffee"}},
    "jurisdiction": {"parties": [party("Alpha", jurisdiction="the laws of England and Wales"), party("Beta")]},
    "other law": {"governing_law": {"profile": "neutral", "other": "the laws of the United Arab Emirates"}},
}


@pytest.mark.parametrize("name", list(WRAPPED))
def test_no_wrapped_free_text_is_printed_twice(name: str) -> None:
    text = agreement_text(make_terms(**WRAPPED[name]))
    assert not DOUBLED.search(text), DOUBLED.search(text)


def test_typed_as_the_placeholders_suggest_the_agreement_reads_right(qtbot, tmp_path) -> None:
    wizard = AgreementWizard(tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.load(blank_terms(make_terms().model))
    wizard.jump_to(wizard.pages.index(wizard.parties))
    card = wizard.parties.cards[0]
    type_into(qtbot, card.jurisdiction, "the laws of England and Wales")
    wizard.jump_to(wizard.pages.index(wizard.scope))
    type_into(qtbot, wizard.scope.territory, "in the United Kingdom")
    type_into(qtbot, wizard.scope.field_of_use, "the field of specialty coffee")
    wizard.jump_to(wizard.pages.index(wizard.disputes))
    page = wizard.disputes
    page.set_law("ew")
    page.forum.setCurrentIndex(page.forum.findText("The courts"))
    placeholder = page.courts.placeholderText()
    assert placeholder == "Leave empty for the courts of England and Wales"
    type_into(qtbot, page.courts, placeholder.removeprefix("Leave empty for "))
    terms, problems = wizard.collect()
    assert terms is not None, problems
    text = agreement_text(terms)
    assert "The courts of England and Wales have exclusive jurisdiction" in text
    assert "incorporated under the laws of England and Wales" in text
    assert "in the United Kingdom" in text and "the field of specialty coffee" in text
    assert not DOUBLED.search(text), DOUBLED.search(text)
