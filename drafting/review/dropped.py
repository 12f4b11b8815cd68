"""Nothing the user answered is dropped in silence: answers saved in a draft whose type
cannot draft them (milestones, KPIs, exit terms, a committee, IP terms kept from before the
user switched the agreement type, or brought in by an imported file) are reported once,
grouped, with what to do.

Which answers a type drafts is the catalogue's own analysis of its clauses' templates
(``drafting.engine.blueprints.fields_drafted``), the very source the wizard uses to leave
out the questions a type never drafts; so the wizard never gathers such an answer itself,
and one can be in a draft only from another type or an import. Only answers that say
something count: a field at the terms model's default, or at a starting choice a new
draft of some type is given, is no answer the user gave.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from drafting.engine.blueprints import answers_drafted, drafts_field
from drafting.review.conflicts import superseded_answers
from drafting.review.findings import Finding, listing, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AgreementTerms, AllianceModel

#: Top-level entries that are not answers about the deal's terms (the draft's identity,
#: the parties, the recitals, the optional parts ticked), or that the engine drafts outside
#: the clauses for every type: the term's effective date on the cover (``engine.front``)
#: and the Payment Schedule (``engine.schedules``).
_NOT_ANSWERS = frozenset(
    {
        "schema_version",
        "title",
        "model",
        "competitors",
        "parties",
        "background",
        "extra_modules",
        "governing_law",
        "term",
        "payments",
    }
)
#: Choices a new draft of some type starts with (``ui.drafts.blank_terms``): a switch of
#: type carries them over without the user choosing anything, so alone they say nothing.
#: tests/test_review_dropped_answers.py proves no blank draft switched to another type
#: raises the finding.
_STARTING_CHOICES = frozenset(
    {
        "governance.body",
        "governance.voting_basis",
        "governance.quorum",
        "governance.deadlock",
        "capital_calls.mode",
        "sharing.model",
        "consortium.coordinator",
    }
)


def _is_default(value: Any, default: Any) -> bool:
    if value == default:
        return True
    # An empty text or list says nothing, whatever the model's default: a cleared answer
    # (an investor's draft starts with no exit events) cannot be dropped.
    if isinstance(value, str | tuple) and not value:
        return True
    return value is None and default in ("", (), None)


def _field_default(model: type[BaseModel], name: str) -> Any:
    field = model.model_fields[name]
    if field.is_required():
        return None
    return field.get_default(call_default_factory=True)


#: Answers a clause of their own drafts, one clause per list (``scope.kpis`` is the
#: clause "scope.kpis"), read by no other code: for these the template analysis sees
#: everything, so a type whose blueprint leaves the clause out drops the list. Other
#: answers are judged whole, as the wizard's pages are (engine code reads some of their
#: parts directly, which the template analysis does not see).
FIELD_BY_FIELD = frozenset({"scope.objectives", "scope.kpis", "scope.obligations", "scope.milestones"})


def drafted_answer(model: AllianceModel, path: str) -> bool:
    """Whether the answer a finding's ``path`` names (``ip.foreground.ownership``) is one
    this type can draft (or no answer of the terms at all, ``model``)."""
    steps = [step.split("[")[0] for step in path.split(".")[:2]]
    top = steps[0]
    if top not in AgreementTerms.model_fields or top in _NOT_ANSWERS:
        return True
    field = ".".join(steps)
    if field in FIELD_BY_FIELD:
        return drafts_field(model, field)
    return drafts_field(model, top)


def given_answers(terms: AgreementTerms) -> dict[str, list[str]]:
    """Per top-level answer (``scope``), the fields of it (``kpis``) the draft sets to
    something other than a default."""
    given: dict[str, list[str]] = {}
    for name in type(terms).model_fields:
        if name in _NOT_ANSWERS:
            continue
        value = getattr(terms, name)
        if isinstance(value, BaseModel):
            fields = [
                field
                for field in type(value).model_fields
                if f"{name}.{field}" not in _STARTING_CHOICES
                # A required field is asked whenever the part exists, so it says nothing alone.
                and not type(value).model_fields[field].is_required()
                and not _is_default(getattr(value, field), _field_default(type(value), field))
            ]
            if fields:
                given[name] = fields
        elif not isinstance(value, BaseModel) and not _is_default(value, _field_default(AgreementTerms, name)):
            given[name] = []  # a list of entries (contributions, payments) or a plain value
    return given


def dropped_answers(terms: AgreementTerms) -> dict[str, list[str]]:
    """The given answers no clause of the draft's type reads: ``{"exit": [],
    "scope": ["kpis"]}`` (an empty list: the whole answer)."""
    model = terms.model
    dropped: dict[str, list[str]] = {}
    for name, fields in given_answers(terms).items():
        if name not in answers_drafted(model):
            dropped[name] = []
            continue
        missing = [
            field
            for field in fields
            if f"{name}.{field}" in FIELD_BY_FIELD and not drafts_field(model, f"{name}.{field}")
        ]
        if missing:
            dropped[name] = missing
    return dropped


def clear_dropped(terms: AgreementTerms) -> AgreementTerms:
    """The draft without the answers its type cannot draft (the wizard's clear action)."""
    update: dict[str, Any] = {}
    for name, fields in dropped_answers(terms).items():
        value = getattr(terms, name)
        if not fields:
            update[name] = _field_default(AgreementTerms, name)
            continue
        assert isinstance(value, BaseModel)
        cleared = {field: _field_default(type(value), field) for field in fields}
        update[name] = value.model_copy(update=cleared)
    return AgreementTerms.model_validate({**terms.model_dump(), **{k: _dump(v) for k, v in update.items()}})


def _dump(value: Any) -> Any:
    return value.model_dump() if isinstance(value, BaseModel) else value


def dropped_items(terms: AgreementTerms) -> list[str]:
    """The dropped answers in words (``["exit terms", "scope (KPIs, milestones)"]``)."""
    return [_words(name, fields) for name, fields in dropped_answers(terms).items()]


def _words(name: str, fields: list[str]) -> str:
    """``("scope", ["kpis", "milestones"])`` -> ``"scope: KPIs, milestones"``."""
    label = _LABELS.get(name, name.replace("_", " "))
    if not fields:
        return label
    return f"{label} ({', '.join(_LABELS.get(f'{name}.{field}', field.replace('_', ' ')) for field in fields)})"


_LABELS = {
    "ip": "intellectual property",
    "scope.kpis": "KPIs",
    "scope.milestones": "milestones",
    "scope.objectives": "objectives",
    "exit": "exit terms",
    "transfer": "share transfer terms",
    "payments": "scheduled payments",
    "funding_default": "funding default remedies",
    "non_compete": "non-compete",
}


def _type_name(model: AllianceModel) -> str:
    return _TYPE_NAMES.get(model, model.value.replace("_", " "))


_TYPE_NAMES = {
    AllianceModel.CO_MARKETING: "co-marketing",
    AllianceModel.DATA_SHARING: "data-sharing",
    AllianceModel.OPEN_SOURCE: "open-source",
    AllianceModel.REVENUE_SHARING: "revenue-sharing",
    AllianceModel.PROFESSIONALS_MEMBERS: "members'",
    AllianceModel.RESEARCH_COLLABORATION: "R&D collaboration",
}


@rule()
def answers_not_drafted(ctx: ReviewContext) -> Iterator[Finding]:
    # An answer a reported contradiction names (``drafting.review.conflicts``) is said once, there.
    superseded = {answer.split(".")[0] for answer in superseded_answers(ctx.terms)}
    items = [_words(name, fields) for name, fields in dropped_answers(ctx.terms).items() if name not in superseded]
    if not items:
        return
    kind = _type_name(ctx.terms.model)
    article = "An" if kind[0] in "aeiouR" else "A"
    yield warning(
        "answers.not-drafted",
        "model",
        f"{article} {kind} agreement has no clause for some answers this draft holds, so none of them would be "
        f"signed: {listing(items)}. They were given for another type of agreement before the type was "
        "switched, or came with an imported file; the wizard does not ask for them for this type.",
        "Switch the agreement type back to one that drafts them, or press 'Clear answers this type does not "
        "draft' under the agreement type and agree anything still needed in a separate document.",
        items=items,
    )


RULES = (answers_not_drafted,)
