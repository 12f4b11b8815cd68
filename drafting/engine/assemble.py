"""Assembly: terms in, one immutable ``AgreementDocument`` out.

1. Select through the type's blueprint (``drafting.engine.blueprints``): its articles,
   in its order and under its headings; in each, every catalogue clause the article
   admits whose models include this one and whose condition holds; its alternative is
   picked by its ``variant`` expression, then mapped by the blueprint where the type
   drafts another. Only the notes the blueprint names are kept.
2. Render: each clause template with ``terms`` and ``deal`` as data (a lawyer's
   override of a clause replaces the built-in template and renders under limits).
3. Parse the markup into draft clauses; a clause that renders empty falls away.
4. Strike the clauses that serve a term nothing uses (the Expert clause with nothing
   referred to the Expert), then the definitions nothing uses (``drafting.engine.usage``).
5. Number everything, resolve cross-references, freeze.
"""

from __future__ import annotations

import dataclasses
import html
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment, Template, TemplateError, TemplateSyntaxError, UndefinedError

from drafting.document import AgreementDocument, DraftingNote, Recital, Table, inline_text
from drafting.engine import front, network
from drafting.engine.blueprints import ArticlePlan, Blueprint, default_blueprints, load_blueprints
from drafting.engine.catalogue import Catalogue, ClauseSpec, SectionSpec, default_catalogue
from drafting.engine.context import derive_facts
from drafting.engine.environment import (
    EmptyValueError,
    RenderLimitError,
    SecurityError,
    make_reference_helpers,
    template_paths,
)
from drafting.engine.execution import signature_page
from drafting.engine.isolation import render_isolated
from drafting.engine.legal_system import law_view, make_law_helpers, profile_note
from drafting.engine.markup import (
    DraftClause,
    DraftDefinition,
    DraftParagraph,
    MarkupError,
    OptionalDefinition,
    parse_clause,
    parse_inlines,
)
from drafting.engine.numbering import DraftArticle, DraftSchedule, freeze
from drafting.engine.own_block import with_own_block
from drafting.engine.schedules import build_schedules, planned_schedules
from drafting.engine.survival import kept_alive
from drafting.engine.usage import clause_text, prune_unused_terms, strike_unserved_clauses
from drafting.terms import AgreementTerms, AllianceModel

#: The clause that carries the definitions list.
DEFINITIONS_CLAUSE = "definitions.terms"


class ClauseRenderError(ValueError):
    """A clause could not be rendered; the message names the clause and the cause."""

    def __init__(self, clause_id: str, message: str) -> None:
        self.clause_id = clause_id
        super().__init__(f"clause '{clause_id}': {message}")


class UnknownOverrideError(ValueError):
    """An override names a clause the catalogue does not have."""


def _lookup(context: Mapping[str, Any], path: str) -> object:
    head, *rest = path.split(".")
    value: object = context.get(head)
    for name in rest:
        value = getattr(value, name, None)
        if value is None:
            return None
    return value


def _empty_paths(context: Mapping[str, Any], paths: frozenset[str] | set[str]) -> list[str]:
    return sorted(path for path in paths if _lookup(context, path) is None)


def render_template(
    template: Template | Override,
    context: Mapping[str, Any],
    clause_id: str,
    variables: frozenset[str] | set[str],
) -> str:
    """Render one clause template; every failure becomes a ``ClauseRenderError``.

    A lawyer's ``Override`` is compiled and rendered in a child process under hard time
    and memory limits (``drafting.engine.isolation``); the library's own templates render
    in process, which keeps the usual assembly fast.
    """
    try:
        if isinstance(template, Override):
            return render_isolated(template.environment, template.source, context)
        return template.render(context)
    except UndefinedError as error:
        empty = _empty_paths(context, variables)
        hint = f"; fill in {', '.join(empty)}" if empty else ""
        raise ClauseRenderError(clause_id, f"needs a value that is missing ({error.message}{hint})") from None
    except EmptyValueError:
        names = ", ".join(_empty_paths(context, variables)) or "a value"
        raise ClauseRenderError(clause_id, f"printed an empty value; fill in {names}") from None
    except (SecurityError, RenderLimitError) as error:
        raise ClauseRenderError(clause_id, f"refused: {error}") from None
    except (TemplateError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
        raise ClauseRenderError(clause_id, f"{type(error).__name__}: {error}") from None


def _evaluate(spec: ClauseSpec, expression: Any, base: Mapping[str, Any], what: str) -> Any:
    try:
        return expression(**base)
    except (TemplateError, TypeError, ValueError, AttributeError) as error:
        raise ClauseRenderError(spec.id, f"its {what} could not be evaluated ({error})") from None


def is_selected(spec: ClauseSpec, terms: AgreementTerms, base: Mapping[str, Any]) -> bool:
    return terms.model in spec.models and bool(_evaluate(spec, spec.condition, base, "condition"))


@dataclass(frozen=True, slots=True)
class Override:
    """A lawyer's template for one clause, checked for syntax; compiled only in isolation
    (compiling evaluates constant expressions, which may be hostile)."""

    environment: Environment
    source: str
    variables: frozenset[str]


def _compile_overrides(catalogue: Catalogue, overrides: Mapping[str, str] | None) -> dict[str, Override]:
    compiled: dict[str, Override] = {}
    known = {spec.id for spec in catalogue.clauses()}
    for clause_id, source in (overrides or {}).items():
        if clause_id not in known:
            raise UnknownOverrideError(f"override for '{clause_id}': there is no such clause in the catalogue")
        try:
            ast = catalogue.environment.parse(source)
            variables = frozenset(template_paths(ast, frozenset({"terms", "deal"})))
            compiled[clause_id] = Override(catalogue.environment, source, variables)
        except TemplateSyntaxError as error:
            raise ClauseRenderError(
                clause_id, f"the override has a syntax error on line {error.lineno}: {error.message}"
            ) from None
        except (RecursionError, MemoryError, SyntaxError):
            # Thousands of nested brackets exhaust the parser or Python's compiler.
            raise ClauseRenderError(clause_id, "refused: the override nests too deeply to be read") from None
    return compiled


def _variant(spec: ClauseSpec, plan: ArticlePlan, base: Mapping[str, Any]) -> str:
    """The alternative drafted: the answers' pick, mapped by the blueprint ("" for a clause
    without alternatives; ``DROPPED`` where this type drafts none)."""
    if spec.variant_expression is None:
        return ""
    key = str(_evaluate(spec, spec.variant_expression, base, "variant"))
    return plan.variant(spec.id, key) or DROPPED


#: The alternative of a clause the type's blueprint leaves out for the answers given.
DROPPED = "\0dropped"


def _render_clause(
    catalogue: Catalogue,
    spec: ClauseSpec,
    key: str,
    context: Mapping[str, Any],
    override: Override | None,
    heading: str,
) -> DraftClause | None:
    if override is not None:
        text = render_template(override, context, spec.id, override.variables)
    else:
        template = spec.templates.get(key)
        if template is None:
            raise ClauseRenderError(spec.id, f"there is no template for the alternative '{key}'")
        text = render_template(template, context, spec.id, spec.variables)
    try:
        return parse_clause(text, spec.id, heading)
    except MarkupError as error:
        raise ClauseRenderError(spec.id, str(error)) from None


def _as_schedule(spec: ClauseSpec, draft: DraftClause) -> DraftSchedule:
    """A clause printed as a schedule: its opening words and each paragraph or item as a
    paragraph of the schedule (a schedule's paragraphs carry no clause numbers)."""
    blocks: list[DraftParagraph | Table] = [DraftParagraph(draft.content)] if draft.content else []
    for child in draft.children:
        if isinstance(child, (DraftClause, DraftParagraph)) and child.content:
            blocks.append(DraftParagraph(child.content))
    return DraftSchedule(spec.schedule_id, spec.schedule, blocks)


def _definitions(catalogue: Catalogue, terms: AgreementTerms, context: Mapping[str, Any]) -> list[DraftDefinition]:
    entries = []
    for spec in catalogue.definitions:
        owner = f"definition '{spec.term}'"
        if terms.model not in spec.models:
            continue
        try:
            wanted = spec.condition(**context)
        except (TemplateError, TypeError, ValueError, AttributeError) as error:
            raise ClauseRenderError(owner, f"its condition could not be evaluated ({error})") from None
        if not wanted:
            continue
        text = render_template(spec.template, context, owner, set())
        content = parse_inlines(text, owner)
        if content:
            entries.append(DraftDefinition(spec.term, content))
    entries.sort(key=lambda entry: entry.term.casefold())
    return entries


def _recitals(catalogue: Catalogue, blueprint: Blueprint, context: Mapping[str, Any]) -> tuple[Recital, ...]:
    text = render_template(catalogue.recitals, context, "recitals", set())
    for template in blueprint.recitals:
        own = render_template(template, context, f"{blueprint.source}: recitals", set()).strip()
        if own:
            text += f"\n<sub>{own}</sub>"
    parsed = parse_clause(text, "recitals")
    if parsed is None:
        return ()
    recitals = []
    letters = string.ascii_uppercase
    for index, child in enumerate(item for item in parsed.children if isinstance(item, DraftClause)):
        letter = letters[index % 26] * (index // 26 + 1)
        recitals.append(
            Recital(letter, tuple(item for item in child.content if not isinstance(item, OptionalDefinition)))
        )
    return tuple(recitals)


Selection = list[tuple[ArticlePlan, SectionSpec, list[tuple[ClauseSpec, str]]]]


def _select(catalogue: Catalogue, blueprint: Blueprint, terms: AgreementTerms, base: Mapping[str, Any]) -> Selection:
    """The blueprint's articles with the clauses each drafts and the alternative of each."""
    sections = {section.id: section for section in catalogue.sections}
    outline, added = blueprint.outline(terms)
    selection: Selection = []
    for plan in outline:
        section = sections[plan.section]
        chosen = []
        for spec in section.clauses:
            if not plan.admits(spec.id, added) or not is_selected(spec, terms, base):
                continue
            key = _variant(spec, plan, base)
            if key != DROPPED:
                chosen.append((spec, key))
        selection.append((plan, section, chosen))
    return selection


def surviving(selection: Selection, base: Mapping[str, Any]) -> list[str]:
    """What the survival clause lists, in document order: an article whose every clause
    survives by itself, else each clause flagged ``survives`` in the catalogue (never
    both, so the list never reads "clause 4, clause 4.2")."""
    targets: list[str] = []
    for _, section, chosen in selection:
        # A clause printed as a schedule is part of the Agreement, not of the survival list.
        chosen = [(spec, key) for spec, key in chosen if not spec.schedule]
        flagged = [
            spec.id
            for spec, _ in chosen
            if spec.survival is not None and _evaluate(spec, spec.survival, base, "survives")
        ]
        if flagged and len(flagged) == len(chosen):
            targets.append(section.id)
        else:
            targets.extend(flagged)
    return targets


def _complete_survival(
    articles: list[DraftArticle],
    selection: Selection,
    catalogue: Catalogue,
    context: dict[str, Any],
    overrides: Mapping[str, Override],
) -> None:
    """Redraft the Survival clause once every clause is drafted: a surviving clause keeps
    alive the clauses it relies on (``drafting.engine.survival``), which only the drafted
    text shows, and some of them come after the Survival clause."""
    found = next(
        (
            (article, index)
            for article in articles
            for index, clause in enumerate(article.clauses)
            if clause.id == SURVIVAL_CLAUSE
        ),
        None,
    )
    if found is None:
        return
    survivors = kept_alive(articles, context["survivors"])
    if survivors == context["survivors"]:
        return
    context["survivors"] = survivors
    article, index = found
    spec, key = next((spec, key) for _, _, chosen in selection for spec, key in chosen if spec.id == SURVIVAL_CLAUSE)
    draft = _render_clause(catalogue, spec, key, context, overrides.get(spec.id), article.clauses[index].heading)
    if draft is not None:
        article.clauses[index] = draft


#: The clause that lists the provisions surviving the end of the Agreement.
SURVIVAL_CLAUSE = "effects.survival"


def kept_rights(selection: Selection, base: Mapping[str, Any]) -> list[str]:
    """The clauses, in document order, that grant a right a party keeps after this
    Agreement ends (flagged ``kept`` in the catalogue): the return-or-destroy clauses
    except what that party needs for them and name them, so they never contradict them."""
    return [
        spec.id
        for _, _, chosen in selection
        for spec, _ in chosen
        if not spec.schedule and spec.keeping is not None and _evaluate(spec, spec.keeping, base, "kept")
    ]


def selected_variants(terms: AgreementTerms) -> dict[str, str]:
    """Clause id -> the alternative drafted for ``terms`` (the built-in catalogue)."""
    law = law_view(terms)
    catalogue = default_catalogue(law.spelling)
    base = {"terms": terms, "deal": derive_facts(terms, law.spelling), "law": law}
    selection = _select(catalogue, default_blueprints()[terms.model], terms, base)
    return {spec.id: key for _, _, chosen in selection for spec, key in chosen}


def offered_fallbacks(spec: ClauseSpec, key: str, model: AllianceModel, base: Mapping[str, Any]) -> tuple[str, ...]:
    """The alternatives a note offers: never the position the draft already takes (the
    alternative ``key`` drafted, or the fallback's ``drafted`` condition), never one from
    another type (its ``models``), and only where its ``when`` holds."""
    offered = []
    for fallback in spec.fallback_specs:
        if model not in fallback.models or (key and key in fallback.variants):
            continue
        if fallback.when is not None and not _evaluate(spec, fallback.when, base, "fallback condition"):
            continue
        if fallback.drafted is not None and _evaluate(spec, fallback.drafted, base, "fallback condition"):
            continue
        offered.append(fallback.text)
    return tuple(offered)


def _note(
    spec: ClauseSpec, blueprint: Blueprint, context: Mapping[str, Any], fallbacks: tuple[str, ...]
) -> DraftingNote:
    """The blueprint's note for this deal where it has one, else the catalogue's."""
    template = blueprint.notes.get(spec.id)
    if template is None:
        return DraftingNote(spec.note, fallbacks)
    rendered = render_template(template, context, f"{blueprint.source}: note on {spec.id}", set())
    # A note is plain text for a Word comment: the sandbox's escaping is undone once here,
    # or the writer escapes it again ("partner&amp;#39;s").
    text = " ".join(html.unescape(rendered).split())
    # A deal-specific note with nothing to say for this deal gives way to the catalogue's.
    return DraftingNote(text or spec.note, fallbacks)


@dataclass(slots=True)
class _Drafted:
    """``drafted(pattern)``: whether a clause rendered before this one matches the regular
    expression ``pattern`` (case-insensitive). A plain object, not a closure, so that an
    override's context can be pickled (``drafting.engine.environment``)."""

    texts: list[str] = field(default_factory=list)

    def __call__(self, pattern: str) -> bool:
        return any(re.search(pattern, text, re.IGNORECASE) for text in self.texts)


def assemble_agreement(
    terms: AgreementTerms,
    *,
    draft_marking: str = "",
    open_points: Sequence[str] = (),
    overrides: Mapping[str, str] | None = None,
    version: str = "",
    catalogue: Catalogue | None = None,
    blueprints: Mapping[AllianceModel, Blueprint] | None = None,
    whole: AgreementTerms | None = None,
) -> AgreementDocument:
    """The complete agreement for ``terms``.

    ``whole`` is the draft ``terms`` was cut from when it is a view (a partner network's
    master terms hold no partner): the blueprint's notes read it as ``draft``.

    ``overrides`` maps clause ids to a lawyer's own template for that clause; it is
    rendered in the same sandbox, under a size and time limit. Raises
    ``ClauseRenderError`` (naming the clause), ``UnknownOverrideError`` or
    ``DanglingReferenceError``.
    """
    terms = with_own_block(terms)
    law = law_view(terms)
    catalogue = catalogue or default_catalogue(law.spelling)
    if blueprints is None:
        blueprints = (
            default_blueprints(law.spelling)
            if catalogue is default_catalogue(law.spelling)
            else load_blueprints(catalogue)
        )
        if network.is_network(terms):
            # A partner network is drafted as the platform's contract with "the Partner";
            # the view comes back here with its blueprints given.
            return network.assemble_master(
                terms,
                assemble_agreement,
                draft_marking=draft_marking,
                open_points=open_points,
                overrides=overrides,
                version=version,
                catalogue=catalogue,
                blueprints=blueprints,
                whole=whole,
            )
    blueprint = blueprints[terms.model]
    facts = derive_facts(terms, law.spelling)
    base: dict[str, Any] = {"terms": terms, "deal": facts, "law": law, "draft": whole or terms}
    compiled_overrides = _compile_overrides(catalogue, overrides)
    selection = _select(catalogue, blueprint, terms, base)
    selected_specs = [spec for _, _, chosen in selection for spec, _ in chosen]
    selected = frozenset(spec.id for spec in selected_specs)
    schedule_ids = planned_schedules(terms, open_points, selected)
    schedule_ids += [spec.schedule_id for spec in selected_specs if spec.schedule]
    included = frozenset([*schedule_ids] + [section.id for _, section, chosen in selection if chosen] + list(selected))
    clause_word = law.word("clause") or "clause"
    context: dict[str, Any] = {**base, **make_reference_helpers(included, clause_word)}
    context["survivors"] = surviving(selection, base)
    context["kept_rights"] = kept_rights(selection, base)
    # What the clauses rendered so far say: a consequence clause names a kind of licence
    # ("perpetual or irrevocable") only where an earlier clause drafts one.
    drafted = _Drafted()
    context["drafted"] = drafted
    # Whether any schedule is drafted: "including its Schedules" and the order of
    # precedence speak of Schedules only when there is one.
    context["schedules"] = tuple(schedule_ids)
    context.update(make_law_helpers(catalogue.environment, law, context))
    articles = []
    clause_schedules: list[DraftSchedule] = []
    for plan, section, chosen in selection:
        drafts: list[DraftClause] = []
        notes: dict[str, DraftingNote] = {}
        for spec, key in chosen:
            # The type's own title first ("Royalty"), then the legal system's ("Severability"
            # under US laws: the profile's ``heading.<clause id>`` word), then the catalogue's.
            title = plan.titles.get(spec.id) or law.word(f"heading.{spec.id}") or spec.title
            heading = title if spec.run_in else ""
            draft = _render_clause(catalogue, spec, key, context, compiled_overrides.get(spec.id), heading)
            if draft is None:
                continue
            if spec.schedule:
                clause_schedules.append(_as_schedule(spec, draft))
                continue
            if spec.id == DEFINITIONS_CLAUSE:
                draft.children.extend(_definitions(catalogue, terms, context))
            drafts.append(draft)
            drafted.texts.append(clause_text(draft))
            # The notes a lawyer reads: the blueprint's, and the legal system's own.
            law_note = profile_note(catalogue.environment, law, spec.id, context)
            if law_note or spec.id in blueprint.notes:
                fallbacks = offered_fallbacks(spec, key, terms.model, base)
                note = DraftingNote(law_note, fallbacks) if law_note else None
                notes[spec.id] = note or _note(spec, blueprint, context, fallbacks)
        if drafts:
            articles.append(DraftArticle(section.id, plan.heading, drafts, None, notes))
    _complete_survival(articles, selection, catalogue, context, compiled_overrides)
    schedules = build_schedules(terms, facts, open_points, included, law.date_style, law.spelling, clause_word)
    # The arrangements printed as schedules come before the Responsibilities (added last, so
    # that listing them renumbers no other schedule) and the open points of a draft.
    last = ("schedule.responsibilities", "schedule.open_points")
    position = next((i for i, item in enumerate(schedules) if item.id in last), len(schedules))
    schedules[position:position] = clause_schedules
    recitals = _recitals(catalogue, blueprint, context)
    page = signature_page(terms, law, catalogue.environment, {**context, "schedule_count": len(schedules)})
    # The opening names the Effective Date: its definition is used even where no clause is.
    opening = front.date_line(terms, law)
    other_text = [opening, page.statement, *(inline_text(recital.content) for recital in recitals)]
    served = {spec.id: spec.only_if_used for spec in selected_specs if spec.only_if_used}
    strike_unserved_clauses(articles, served, schedules, "\n".join(other_text))
    prune_unused_terms(articles, schedules, "\n".join(other_text))
    frozen_articles, frozen_schedules = freeze(articles, schedules)
    return AgreementDocument(
        metadata=front.metadata(terms, facts, version, law),
        cover=dataclasses.replace(front.cover(terms, facts, version, law), date_line=opening),
        parties=front.party_blocks(terms, law),
        recitals=recitals,
        articles=frozen_articles,
        signatures=page.signatures,
        schedules=frozen_schedules,
        draft_marking=draft_marking,
        execution_statement=page.statement,
        execution_note=page.note,
        witnesses=page.witnesses,
        clause_word=clause_word,
        # "IT IS AGREED" is English; a profile may give its own words ("The Parties agree").
        operative_intro=(law.word("operative_intro").replace("{parties}", facts.parties) or "IT IS AGREED as follows:"),
    )
