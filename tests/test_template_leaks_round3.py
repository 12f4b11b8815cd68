"""No template syntax ever reaches a draft: a fallback text written as a string inside an
expression is not rendered again, so "{{ deal.it_obj }}" would be printed as it stands. Every
example is rendered with the answers that switch such fallbacks on (no notice e-mail)."""

from __future__ import annotations

import pytest

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from tests.precedent_helpers import EXAMPLE_NAMES, example_terms


def _without_notice_addresses(name: str) -> str:
    terms = example_terms(name)
    data = terms.model_dump(mode="json")
    for party in data["parties"]:
        party["notice_email"] = ""
    bare = type(terms).model_validate(data)
    return "\n".join(body_text_lines(assemble_agreement(bare)))


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_no_template_syntax_in_a_draft_without_notice_addresses(name: str) -> None:
    text = _without_notice_addresses(name)
    assert "{{" not in text and "{%" not in text and "}}" not in text


def test_the_fallback_address_is_drafted_in_words() -> None:
    texts = [_without_notice_addresses(name) for name in EXAMPLE_NAMES]
    assert sum("the address notified by it for this purpose" in text for text in texts) >= 10
