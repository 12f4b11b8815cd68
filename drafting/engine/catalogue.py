"""The clause catalogue: every clause's metadata and templates, read from
``clause_templates/`` (data only) and compiled once per process.

Layout of ``clause_templates/``:

    <section>/catalogue.toml   [section] heading, order, note; [[clause]] entries
    <group>/<section>/...      the same, one level down: a type's own sections together
    <section>/<name>.j2        the template of clause "<section>.<name>"
    <section>/<name>.<key>.j2  one template per alternative position, picked by the
                               clause's ``variant`` expression ("russian_roulette", ...)
    definitions.toml           [[definition]] term, when, text, models
    front/recitals.j2          the recitals

A ``[[clause]]`` entry: ``id``, ``title`` (the run-in heading), ``models`` (default:
every model), ``not_models``, ``when`` (a Jinja expression over ``terms`` and ``deal``;
default "true"), ``variant`` (an expression giving the alternative's key), ``note`` (for
the reviewing lawyer: why, what to watch), ``fallbacks`` (alternative positions),
``run_in`` (default true: print the title as a run-in heading), ``survives`` (true, or a
Jinja expression: the clause outlives termination and the survival clause lists it; the
default is the ``[section]``'s own ``survives``, else false), ``only_if_used`` (a defined
term: the clause is struck when no other clause of the draft uses that term, as the
Expert clause is when nothing refers a matter to the Expert), ``schedule`` (a title: the
clause is printed as a schedule of that title, referred to as ``schedule.<clause id>``,
its paragraphs as they are), ``kept`` (true, or a Jinja expression: the clause grants a
licence, access right or ownership that a party keeps after the agreement ends, so the
return-or-destroy clauses except what that party needs for it and name the clause; the
engine lists them as ``kept_rights``). A fallback is a string, or a
table ``{ text, variant, drafted, models, not_models, when }``: it is not offered where
the draft already takes it (the clause's alternative is one of ``variant``, or the
``drafted`` expression holds), nor in a type outside ``models``, nor where ``when`` fails
(e.g. a cap measured by fees in a deal without fees). The variables a clause
needs are read from its templates (``ClauseSpec.variables``), so they cannot drift.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Template, TemplateSyntaxError

from drafting.engine.environment import ClauseEnvironment, build_environment, template_paths
from drafting.law.spelling import americanise, americanise_tree
from drafting.terms import AllianceModel

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "clause_templates"
CONTEXT_ROOTS = frozenset({"terms", "deal", "law"})
SPELLINGS = ("en-GB", "en-US")
ALL_MODELS = frozenset(AllianceModel)

Condition = Callable[..., Any]


class CatalogueError(ValueError):
    """The clause catalogue or a template in it is malformed."""


@dataclass(frozen=True, slots=True)
class FallbackSpec:
    """One alternative position offered in a clause's drafting note."""

    text: str
    variants: frozenset[str] = frozenset()
    models: frozenset[AllianceModel] = ALL_MODELS
    when: Condition | None = None
    drafted: Condition | None = None


@dataclass(frozen=True, slots=True)
class ClauseSpec:
    id: str
    section: str
    title: str
    run_in: bool
    models: frozenset[AllianceModel]
    when: str
    condition: Condition
    variant: str
    variant_expression: Condition | None
    note: str
    templates: Mapping[str, Template]
    sources: Mapping[str, str]
    variables: frozenset[str]
    #: Whether the clause outlives termination, as an expression over the context
    #: ("true", "false" or a condition such as "terms.research is not none").
    survives: str = "false"
    survival: Condition | None = None
    fallback_specs: tuple[FallbackSpec, ...] = ()
    #: A term the clause exists to serve ("Expert"); struck when no other clause uses it.
    only_if_used: str = ""
    #: The title of the schedule the clause is printed as ("" for a clause of its article):
    #: an arrangement the body refers to, such as a joint controller arrangement.
    schedule: str = ""
    #: Whether the clause grants a right a party keeps after the agreement ends (a
    #: surviving licence, access right or co-ownership), as an expression like ``survives``.
    kept: str = "false"
    keeping: Condition | None = None

    @property
    def schedule_id(self) -> str:
        """The id a template refers to the schedule by ("schedule.<clause id>")."""
        return f"schedule.{self.id}" if self.schedule else ""

    @property
    def heading(self) -> str:
        return self.title if self.run_in else ""


@dataclass(frozen=True, slots=True)
class SectionSpec:
    id: str
    heading: str
    order: int
    note: str
    clauses: tuple[ClauseSpec, ...]
    #: The section's ``[[set_aside]]`` entries as written (answers its clauses draft
    #: otherwise than given, for every type that drafts them): checked and compiled with
    #: each blueprint's own (``drafting.engine.blueprints``).
    set_aside: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class DefinitionSpec:
    term: str
    models: frozenset[AllianceModel]
    when: str
    condition: Condition
    template: Template
    source: str


@dataclass(frozen=True, slots=True)
class Catalogue:
    environment: ClauseEnvironment
    sections: tuple[SectionSpec, ...]
    definitions: tuple[DefinitionSpec, ...]
    recitals: Template
    recitals_source: str

    def clauses(self) -> Iterator[ClauseSpec]:
        for section in self.sections:
            yield from section.clauses

    def clause(self, clause_id: str) -> ClauseSpec:
        for spec in self.clauses():
            if spec.id == clause_id:
                return spec
        raise KeyError(clause_id)


def _models(entry: Mapping[str, Any], where: str) -> frozenset[AllianceModel]:
    try:
        chosen = frozenset(AllianceModel(name) for name in entry.get("models", [])) or ALL_MODELS
        excluded = frozenset(AllianceModel(name) for name in entry.get("not_models", []))
    except ValueError as error:
        raise CatalogueError(f"{where}: {error}") from None
    return chosen - excluded


def _compile(environment: ClauseEnvironment, source: str, where: str) -> Template:
    try:
        if environment.american:
            return environment.from_string(americanise_tree(environment.parse(source)))
        return environment.from_string(source)
    except TemplateSyntaxError as error:
        raise CatalogueError(f"{where}: line {error.lineno}: {error.message}") from None


def _expression(environment: ClauseEnvironment, source: str, where: str) -> Condition:
    try:
        return environment.compile_expression(source, undefined_to_none=False)
    except TemplateSyntaxError as error:
        raise CatalogueError(f"{where}: {error.message}") from None


def _variables(environment: ClauseEnvironment, sources: Mapping[str, str], *extra: str) -> frozenset[str]:
    found: set[str] = set()
    for source in (*sources.values(), *extra):
        found |= template_paths(environment.parse(source), CONTEXT_ROOTS)
    return frozenset(found)


def _identity(text: str) -> str:
    return text


def _load_clause(
    environment: ClauseEnvironment,
    folder: Path,
    section_id: str,
    entry: Mapping[str, Any],
    spell: Callable[[str], str] = _identity,
    spell_template: Callable[[str], str] = _identity,
    survives_default: object = False,
) -> ClauseSpec:
    clause_id = str(entry.get("id", ""))
    where = f"{folder.name}/catalogue.toml: clause '{clause_id}'"
    section, _, name = clause_id.partition(".")
    if section != section_id or not name:
        raise CatalogueError(f"{where}: the id must start with '{section_id}.'")
    for key in ("title", "note"):
        if not str(entry.get(key, "")).strip():
            raise CatalogueError(f"{where}: '{key}' is required")
    variant = str(entry.get("variant", ""))
    sources: dict[str, str] = {}
    if variant:
        for path in sorted(folder.glob(f"{name}.*.j2")):
            sources[path.name[len(name) + 1 : -len(".j2")]] = spell_template(path.read_text(encoding="utf-8"))
        if not sources:
            raise CatalogueError(f"{where}: no {name}.<variant>.j2 templates")
    else:
        path = folder / f"{name}.j2"
        if not path.is_file():
            raise CatalogueError(f"{where}: {path.name} is missing")
        sources[""] = spell_template(path.read_text(encoding="utf-8"))
    templates = {
        key: _compile(environment, text, f"{folder.name}/{name}{'.' + key if key else ''}.j2")
        for key, text in sources.items()
    }
    when = str(entry.get("when", "true"))
    survives = _survives(entry.get("survives", survives_default), where)
    kept = _survives(entry.get("kept", False), where, "kept")
    fallbacks = tuple(_fallback(environment, item, where, spell) for item in entry.get("fallbacks", []))
    # Every expression's paths are checked against the terms model with the templates'.
    conditions = [survives, kept] + [
        str(item[key])
        for item in entry.get("fallbacks", [])
        if isinstance(item, dict)
        for key in ("when", "drafted")
        if key in item
    ]
    return ClauseSpec(
        id=clause_id,
        section=section_id,
        title=spell(str(entry["title"])),
        run_in=bool(entry.get("run_in", True)),
        models=_models(entry, where),
        when=when,
        condition=_expression(environment, when, where),
        variant=variant,
        variant_expression=_expression(environment, variant, where) if variant else None,
        note=spell(" ".join(str(entry["note"]).split())),
        templates=templates,
        sources=sources,
        variables=_variables(
            environment,
            sources,
            "{{ " + when + " }}",
            "{{ " + (variant or "1") + " }}",
            *("{{ " + condition + " }}" for condition in conditions),
        ),
        survives=survives,
        survival=_expression(environment, survives, where),
        fallback_specs=fallbacks,
        only_if_used=str(entry.get("only_if_used", "")),
        schedule=spell(str(entry.get("schedule", ""))),
        kept=kept,
        keeping=_expression(environment, kept, where),
    )


_FALLBACK_KEYS = frozenset({"text", "variant", "drafted", "models", "not_models", "when"})


def _fallback(environment: ClauseEnvironment, item: object, where: str, spell: Callable[[str], str]) -> FallbackSpec:
    """A fallback entry: a plain string, or a table saying when it is offered."""
    if isinstance(item, str):
        return FallbackSpec(spell(" ".join(item.split())))
    if not isinstance(item, dict) or not str(item.get("text", "")).strip() or set(item) - _FALLBACK_KEYS:
        raise CatalogueError(f"{where}: a fallback is a string or a table of {', '.join(sorted(_FALLBACK_KEYS))}")
    variant = item.get("variant", [])
    return FallbackSpec(
        text=spell(" ".join(str(item["text"]).split())),
        variants=frozenset([variant] if isinstance(variant, str) else map(str, variant)),
        models=_models(item, where),
        when=_expression(environment, str(item["when"]), where) if "when" in item else None,
        drafted=_expression(environment, str(item["drafted"]), where) if "drafted" in item else None,
    )


def _survives(value: object, where: str, key: str = "survives") -> str:
    """``survives`` (or ``kept``) as an expression: a TOML boolean or a condition string."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.strip():
        return value
    raise CatalogueError(f"{where}: '{key}' must be true, false or a condition")


def _load_section(
    environment: ClauseEnvironment,
    folder: Path,
    spell: Callable[[str], str] = _identity,
    spell_template: Callable[[str], str] = _identity,
) -> SectionSpec:
    with (folder / "catalogue.toml").open("rb") as handle:
        data = tomllib.load(handle)
    header = data.get("section", {})
    if not header.get("heading"):
        raise CatalogueError(f"{folder.name}/catalogue.toml: [section] needs a heading")
    clauses = tuple(
        _load_clause(environment, folder, folder.name, entry, spell, spell_template, header.get("survives", False))
        for entry in data.get("clause", [])
    )
    return SectionSpec(
        id=folder.name,
        heading=spell(str(header["heading"])),
        order=int(header.get("order", 0)),
        note=spell(" ".join(str(header.get("note", "")).split())),
        clauses=clauses,
        set_aside=tuple(data.get("set_aside", [])),
    )


def _load_definitions(
    environment: ClauseEnvironment, path: Path, spell_template: Callable[[str], str] = _identity
) -> tuple[DefinitionSpec, ...]:
    with path.open("rb") as handle:
        entries = tomllib.load(handle).get("definition", [])
    specs = []
    for entry in entries:
        term = str(entry.get("term", ""))
        where = f"definitions.toml: '{term}'"
        when = str(entry.get("when", "true"))
        source = spell_template(str(entry.get("text", "")))
        if not term or not source.strip():
            raise CatalogueError(f"{where}: 'term' and 'text' are required")
        specs.append(
            DefinitionSpec(
                term=term,
                models=_models(entry, where),
                when=when,
                condition=_expression(environment, when, where),
                template=_compile(environment, source, where),
                source=source,
            )
        )
    return tuple(specs)


def _section_folders(root: Path) -> list[Path]:
    """Each folder with a ``catalogue.toml``; a folder without one may group the sections
    of one agreement type (``network/network_revenue/``), each still named by its folder."""
    folders = []
    for folder in sorted(root.iterdir()):
        if (folder / "catalogue.toml").is_file():
            folders.append(folder)
        elif folder.is_dir():
            folders.extend(sorted(inner for inner in folder.iterdir() if (inner / "catalogue.toml").is_file()))
    return folders


def load_catalogue(root: Path = TEMPLATES_DIR, spelling: str = "en-GB") -> Catalogue:
    """Read and compile the whole catalogue; ``CatalogueError`` names what is wrong.

    ``spelling`` "en-US" compiles the library's own words in American spelling (the
    templates are written in British English; see ``drafting.law.spelling``)."""
    if spelling not in SPELLINGS:
        raise CatalogueError(f"unknown spelling '{spelling}' (known: {', '.join(SPELLINGS)})")
    american = spelling == "en-US"
    spell = americanise if american else _identity
    spell_template = _identity  # templates are respelled from their syntax tree in _compile
    environment = build_environment()
    environment.american = american
    sections = sorted(
        (_load_section(environment, folder, spell, spell_template) for folder in _section_folders(root)),
        key=lambda section: (section.order, section.id),
    )
    seen: set[str] = set()
    for spec in (clause for section in sections for clause in section.clauses):
        if spec.id in seen:
            raise CatalogueError(f"clause id '{spec.id}' is used twice")
        seen.add(spec.id)
    recitals_source = spell_template((root / "front" / "recitals.j2").read_text(encoding="utf-8"))
    return Catalogue(
        environment=environment,
        sections=tuple(sections),
        definitions=_load_definitions(environment, root / "definitions.toml", spell_template),
        recitals=_compile(environment, recitals_source, "front/recitals.j2"),
        recitals_source=recitals_source,
    )


@functools.cache
def default_catalogue(spelling: str = "en-GB") -> Catalogue:
    """The built-in catalogue in one spelling, loaded once per process."""
    return load_catalogue(spelling=spelling)
