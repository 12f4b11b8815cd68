"""Rules about what the user typed: numbered references written by hand.

The engine numbers articles, clauses and schedules itself, and a clause that falls away
renumbers everything after it, so "listed in Schedule 1" typed into a field may end up
pointing at the wrong schedule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from drafting.review.findings import Finding, note
from drafting.terms import AgreementTerms

_TYPED_REFERENCE = re.compile(r"\b(?:Schedules?|Annex(?:es)?|Appendix|Articles?|[Cc]lauses?)\s+\d+(?:\.\d+)*")


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


def typed_references(terms: AgreementTerms) -> Iterator[Finding]:
    for path, text in _texts(terms):
        match = _TYPED_REFERENCE.search(text)
        if match is None:
            continue
        yield note(
            "text.typed-reference",
            path,
            f"Your text refers to '{match.group(0)}'. Pactwright numbers the schedules and clauses "
            "itself, and the numbers change when a clause is added or left out, so this reference "
            "may point at the wrong place.",
            "Describe what you mean instead (for example 'the products in the current price list'), "
            "or ask the lawyer to add it as a schedule of its own.",
        )


RULES = (typed_references,)
