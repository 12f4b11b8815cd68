"""Rules about what the user typed: numbered references written by hand.

The engine numbers articles, clauses and schedules itself, and a clause that falls away
renumbers everything after it, so "listed in Schedule 1" typed into a field may end up
pointing at the wrong schedule. A reference to another instrument ("Article 26 GDPR",
"Article 101 of the TFEU", "Article 9(2) of Regulation 2016/679") is not ours to number
and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from drafting.review.findings import Finding, listing, note
from drafting.review.rules import ReviewContext, rule

_TYPED_REFERENCE = re.compile(r"\b(?:Schedules?|Annex(?:es)?|Appendix|Articles?|[Cc]lauses?)\s+\d+(?:\.\d+)*")
#: What follows a reference to another instrument: "(2)", "of the", then an acronym
#: (GDPR, TFEU, BGB) or a named law ("Regulation 2016/679", "the Companies Act").
_EXTERNAL = re.compile(
    r"^(?:\(\w+\))*\s*(?:of\s+)?(?:the\s+)?(?:[A-Z]{2,}\b|(?:EU\s+)?(?:Regulation|Directive|Treaty|Convention)\b"
    r"|(?:[A-Z][\w'-]*\s+){1,4}(?:Act|Code|Law|Regulations?|Convention|Treaty|Ordinance)\b)"
)


def _texts(model: BaseModel, path: str = "") -> Iterator[tuple[str, str]]:
    for name in type(model).model_fields:
        value: Any = getattr(model, name)
        field_path = f"{path}.{name}" if path else name
        if isinstance(value, str):
            yield field_path, value
        elif isinstance(value, BaseModel):
            yield from _texts(value, field_path)
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                item_path = f"{field_path}[{index}]"
                if isinstance(item, str):
                    yield item_path, item
                elif isinstance(item, BaseModel):
                    yield from _texts(item, item_path)


def internal_references(text: str) -> list[str]:
    """The references in ``text`` to this agreement's own numbered parts."""
    return [
        match.group(0)
        for match in _TYPED_REFERENCE.finditer(text)
        if not _EXTERNAL.match(text[match.end() : match.end() + 80])
    ]


@rule()
def typed_references(ctx: ReviewContext) -> Iterator[Finding]:
    found = [(path, reference) for path, text in _texts(ctx.terms) for reference in internal_references(text)[:1]]
    if not found:
        return
    quoted = listing(f"'{reference}' ({path})" for path, reference in found)
    yield note(
        "text.typed-reference",
        found[0][0],
        f"Your text refers to {quoted}. Pactwright numbers the schedules and clauses itself, and "
        "the numbers change when a clause is added or left out, so a typed number may point at the wrong place.",
        "Describe what you mean instead (for example 'the products in the current price list'), "
        "or ask the lawyer to add it as a schedule of its own.",
        items=[path for path, _ in found],
    )


RULES = (typed_references,)
