"""Assembly: terms in, one immutable ``AgreementDocument`` out.

1. Select: every catalogue clause whose models include this one and whose condition
   holds; its alternative is picked by its ``variant`` expression.
2. Render: each clause template with ``terms`` and ``deal`` as data (a lawyer's
   override of a clause replaces the built-in template and renders under limits).
3. Parse the markup into draft clauses; a clause that renders empty falls away.
4. Strike the definitions nothing uses (``drafting.engine.usage``).
5. Number everything, resolve cross-references, freeze.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, Template, TemplateError, TemplateSyntaxError, UndefinedError

from drafting.document import AgreementDocument, DraftingNote, Recital, inline_text
from drafting.engine import front
from drafting.engine.catalogue import Catalogue, ClauseSpec, default_catalogue
from drafting.engine.context import derive_facts
from drafting.engine.environment import (
    EmptyValueError,
    RenderLimitError,
    SecurityError,
    make_reference_helpers,
    template_paths,
)
from drafting.engine.isolation import render_isolated
from drafting.engine.legal_system import law_view, make_law_helpers, profile_note
from drafting.engine.markup import (
    DraftClause,
    DraftDefinition,
    MarkupError,
    OptionalDefinition,
    parse_clause,
    parse_inlines,
)
from drafting.engine.numbering import DraftArticle, freeze
from drafting.engine.schedules import build_schedules, planned_schedules
from drafting.engine.usage import prune_unused_terms
from drafting.terms import AgreementTerms

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


def _render_clause(
    catalogue: Catalogue,
    spec: ClauseSpec,
    base: Mapping[str, Any],
    context: Mapping[str, Any],
    override: Override | None,
) -> DraftClause | None:
    if override is not None:
        text = render_template(override, context, spec.id, override.variables)
    else:
        key = str(_evaluate(spec, spec.variant_expression, base, "variant")) if spec.variant_expression else ""
        template = spec.templates.get(key)
        if template is None:
            raise ClauseRenderError(spec.id, f"there is no template for the alternative '{key}'")
        text = render_template(template, context, spec.id, spec.variables)
    try:
        return parse_clause(text, spec.id, spec.heading)
    except MarkupError as error:
        raise ClauseRenderError(spec.id, str(error)) from None


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


def _recitals(catalogue: Catalogue, context: Mapping[str, Any]) -> tuple[Recital, ...]:
    text = render_template(catalogue.recitals, context, "recitals", set())
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


def assemble_agreement(
    terms: AgreementTerms,
    *,
    draft_marking: str = "",
    open_points: Sequence[str] = (),
    overrides: Mapping[str, str] | None = None,
    version: str = "",
    catalogue: Catalogue | None = None,
) -> AgreementDocument:
    """The complete agreement for ``terms``.

    ``overrides`` maps clause ids to a lawyer's own template for that clause; it is
    rendered in the same sandbox, under a size and time limit. Raises
    ``ClauseRenderError`` (naming the clause), ``UnknownOverrideError`` or
    ``DanglingReferenceError``.
    """
    law = law_view(terms)
    catalogue = catalogue or default_catalogue(law.spelling)
    facts = derive_facts(terms, law.spelling)
    base: dict[str, Any] = {"terms": terms, "deal": facts, "law": law}
    compiled_overrides = _compile_overrides(catalogue, overrides)
    selection = [
        (section, [spec for spec in section.clauses if is_selected(spec, terms, base)])
        for section in catalogue.sections
    ]
    schedule_ids = planned_schedules(terms, open_points)
    included = frozenset(
        [*schedule_ids]
        + [section.id for section, specs in selection if specs]
        + [spec.id for _, specs in selection for spec in specs]
    )
    context: dict[str, Any] = {**base, **make_reference_helpers(included)}
    context.update(make_law_helpers(catalogue.environment, law, context))
    articles = []
    for section, specs in selection:
        drafts: list[DraftClause] = []
        notes: dict[str, DraftingNote] = {}
        for spec in specs:
            draft = _render_clause(catalogue, spec, base, context, compiled_overrides.get(spec.id))
            if draft is None:
                continue
            if spec.id == DEFINITIONS_CLAUSE:
                draft.children.extend(_definitions(catalogue, terms, context))
            drafts.append(draft)
            notes[spec.id] = DraftingNote(
                profile_note(catalogue.environment, law, spec.id, context) or spec.note, spec.fallbacks
            )
        if drafts:
            note = DraftingNote(section.note) if section.note else None
            articles.append(DraftArticle(section.id, section.heading, drafts, note, notes))
    schedules = build_schedules(terms, facts, open_points, included, law.date_style, law.spelling)
    recitals = _recitals(catalogue, context)
    prune_unused_terms(articles, schedules, "\n".join(inline_text(recital.content) for recital in recitals))
    frozen_articles, frozen_schedules = freeze(articles, schedules)
    return AgreementDocument(
        metadata=front.metadata(terms, facts, version, law),
        cover=front.cover(terms, facts, version, law),
        parties=front.party_blocks(terms, law),
        recitals=recitals,
        articles=frozen_articles,
        signatures=front.signature_blocks(terms),
        schedules=frozen_schedules,
        draft_marking=draft_marking,
    )
