"""Nothing the user answered is set aside in silence: an answer the agreement's type does
draft, but that the assembled agreement sets aside, replaces with a fixed rule of the
precedent or recomputes (a second liability cap beside the Members' cap, background-licence
terms under a grant's access rules, a reserved matter another clause already deals with),
is reported once, grouped, with the clause that carries what is drafted instead.

What is set aside, and why, is data a lawyer reads in the type's blueprint
(``[[set_aside]]`` in ``clause_templates/blueprints/<type>.toml``, loaded by
``drafting.engine.blueprints``); this one rule reports every entry the same way. Answers a
type cannot draft at all are ``drafting.review.dropped``'s.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from typing import Any

from drafting.engine.blueprints import SetAside, blueprint_for, evaluate
from drafting.engine.context import derive_facts
from drafting.engine.legal_system import law_view
from drafting.review.findings import Finding, listing, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AgreementTerms


def _render(entry: SetAside, context: Mapping[str, Any], where: str) -> list[str]:
    """The entry's items in words, for the answers that hold."""
    found: list[str] = []
    for item in entry.items:
        if item.condition is not None and not evaluate(item.condition, context, where):
            continue
        if item.each is None:
            elements: list[Any] = [None]
        else:
            try:
                elements = list(item.each(**context) or ())
            except (TypeError, ValueError, AttributeError) as error:
                raise ValueError(f"{where}: could not list the items ({error})") from None
        for element in elements:
            # Autoescaped like a clause: the finding is plain text, so entities are undone.
            text = html.unescape(str(item.text.render({**context, "it": element}))).strip()
            if text:
                found.append(text)
    return found


def set_aside_answers(terms: AgreementTerms, has: Any) -> list[tuple[SetAside, list[str]]]:
    """Each ``[[set_aside]]`` entry of the type whose answer the draft sets aside, with the
    answers it names in words (``has(clause_id)``: whether the agreement drafts the clause)."""
    blueprint = blueprint_for(terms.model)
    if not blueprint.set_aside:
        return []
    # ``law``: the profile's data (a civil jury, its label), as a clause's condition reads it.
    context = {"terms": terms, "deal": derive_facts(terms), "has": has, "law": law_view(terms)}
    found = []
    for entry in blueprint.set_aside:
        where = f"{blueprint.source}: set_aside '{entry.id}'"
        if not evaluate(entry.condition, context, where):
            continue
        items = _render(entry, context, where)
        # An entry with items speaks only when one of them holds; one without, by its ``when``.
        if entry.items and not items:
            continue
        found.append((entry, items))
    return found


@rule()
def answers_set_aside(ctx: ReviewContext) -> Iterator[Finding]:
    if not ctx.draft.assembled:
        return  # what the agreement sets aside shows only in the agreement
    for entry, items in set_aside_answers(ctx.terms, ctx.draft.has):
        what = f" {listing(items)}." if items else ""
        message = f"{entry.lead}{what} {entry.why}" if items else entry.why
        make = warning if entry.severity == "warning" else note
        yield make(
            f"set-aside.{entry.id}",
            entry.answer,
            message,
            entry.fix,
            clauses=ctx.draft.labels(*entry.clauses),
            items=items,
        )


RULES = (answers_set_aside,)
