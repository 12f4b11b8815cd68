"""Contradictory answers are not resolved in silence: where two answers say opposite things
(a licence granted exclusively while the exclusivity answer says none; results owned by
their creator in one answer and jointly in another), the draft follows one of them, and the
review says which, once, naming both answers and the clauses that follow the one drafted.

Which answers conflict, and which one the draft follows, is data a lawyer reads in the
type's blueprint (``[[conflict]]`` in ``clause_templates/blueprints/<type>.toml``, loaded by
``drafting.engine.blueprints``). An answer the type's wizard does not ask, still at the
terms model's default, is no answer the user gave (every saved draft carries it): a
conflict with it says nothing and is not reported.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from drafting.engine.blueprints import Conflict, blueprint_for, drafts_field, evaluate
from drafting.engine.context import derive_facts
from drafting.engine.legal_system import law_view
from drafting.review.findings import Finding, listing, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AgreementTerms

_MISSING = object()


def _value_and_default(terms: AgreementTerms, path: str) -> tuple[Any, Any]:
    """The answer at ``path`` (``ip.foreground.ownership``) and the model's default for it."""
    parent: Any = terms
    steps = path.split(".")
    for step in steps[:-1]:
        parent = getattr(parent, step, None)
        if parent is None:
            return None, None
    last = steps[-1]
    if not isinstance(parent, BaseModel) or last not in type(parent).model_fields:
        return _MISSING, None
    field = type(parent).model_fields[last]
    default = None if field.is_required() else field.get_default(call_default_factory=True)
    return getattr(parent, last), default


def _given(terms: AgreementTerms, path: str) -> bool:
    """Whether ``path`` is an answer the user gave: asked for this type, or not its default."""
    if drafts_field(terms.model, path):
        return True
    value, default = _value_and_default(terms, path)
    return value is not _MISSING and value != default


def conflicting_answers(terms: AgreementTerms) -> list[tuple[Conflict, tuple[str, str]]]:
    """Each ``[[conflict]]`` of the type that holds, with its two answers in words."""
    blueprint = blueprint_for(terms.model)
    if not blueprint.conflicts:
        return []
    context = {"terms": terms, "deal": derive_facts(terms), "law": law_view(terms)}
    found = []
    for entry in blueprint.conflicts:
        where = f"{blueprint.source}: conflict '{entry.id}'"
        if not evaluate(entry.condition, context, where):
            continue
        if not all(_given(terms, answer) for answer in entry.answers):
            continue
        first, second = (html.unescape(str(text.render(context))).strip() for text in entry.said)
        found.append((entry, (first, second)))
    return found


def superseded_answers(terms: AgreementTerms) -> frozenset[str]:
    """The answers a reported conflict already names as not followed: the rules on answers
    a type does not draft leave them to it, so each contradiction is reported once."""
    return frozenset(
        answer for entry, _ in conflicting_answers(terms) for answer in entry.answers if answer != entry.follows
    )


@rule()
def contradictory_answers(ctx: ReviewContext) -> Iterator[Finding]:
    if not ctx.draft.assembled:
        return  # which clause follows which answer shows only in the agreement
    for entry, (first, second) in conflicting_answers(ctx.terms):
        clauses = ctx.draft.labels(*entry.clauses)
        if not clauses:
            continue  # the clause that follows the answer is not drafted: nothing follows it
        drafted = "former" if entry.follows == entry.answers[0] else "latter"
        make = warning if entry.severity == "warning" else note
        yield make(
            f"conflict.{entry.id}",
            entry.follows,
            f"Two answers contradict each other: {first}, but {second}. The agreement follows the {drafted}, "
            f"in {listing(clauses)}. {entry.why}",
            entry.fix,
            clauses=clauses,
            items=(first, second),
        )


RULES = (contradictory_answers,)
