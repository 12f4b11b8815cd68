"""Blueprints: one precedent per agreement type, read from
``clause_templates/blueprints/<model>.toml`` (data a lawyer can read and edit).

A blueprint gives the agreement's title (with variants), its closing recital, its
article outline in order (each article is one catalogue section, with the heading this
type uses and, where needed, clauses left out), the drafting notes a lawyer reads in
this type (optionally with deal-specific text), the optional modules a user may add
explicitly, and the cross-clause consistency rules of the precedent.

Assembly selects through the blueprint: a section that is not in the type's outline
never appears, nor does a clause the article leaves out, unless an optional module the
user added brings it in. The catalogue's own ``models``/``when`` stay a second gate, so
a clause newly added to a section already in the outline appears where its ``models``
admit the type.

File format::

    title = "Distribution Agreement"
    collaboration = "the distribution of the Products"   # "the Alliance" is never used
    [[title_variant]]            # first whose ``when`` holds wins
    when = "terms.exclusivity.kind != 'none'"
    title = "Exclusive Distribution Agreement"
    recitals = ["Jinja text of a recital", ...]
    [[article]]
    section = "distribution"     # a catalogue section id
    heading = "Appointment"      # "{investor_stake}": the investee's words ("Investor Units")
    exclude = ["distribution.most_favoured"]   # optional
    titles = { "financial.model" = "Royalty" } # optional run-in headings
    [[note]]
    clause = "distribution.minimum_purchase"   # the note shown on this clause
    text = "optional Jinja text; default: the catalogue's note"
    [[optional]]
    id = "steering_committee"    # switched on by terms.extra_modules
    label = "..."; help = "..."
    include = ["clause ids re-admitted"]
    [[optional.article]]
    section = "governance"; heading = "Steering Committee"; after = "scope"
    [[admit]]                    # clauses left out above that a fact of the deal brings back
    when = "Jinja expression over terms"; include = ["clause ids"]
    [[consistency]]
    id = "..."; first = "clause id"; second = "clause id"
    when = "Jinja expression, true when the two clauses contradict each other"
    message = "..."; fix = "..."; field = "the terms field that resolves it"
    [[set_aside]]                # an answer this type drafts otherwise than given, and why
    id = "background-licence"; answer = "ip.background_licence"   # the field the fix edits
    clauses = ["ip.access_rights"]   # what carries the replacement (named by number in the review)
    when = "has('ip.access_rights')" # Jinja over terms, deal, has(clause): the replacement is drafted
    severity = "warning"             # "note" for a harmless normalisation
    why = "one plain sentence"; fix = "where the user changes it"
    [[set_aside.item]]               # what the user answered, in words (none: the entry alone)
    when = "terms.ip.background_licence.exclusive"; text = "an exclusive licence"
    # each = "Jinja expression giving a list": one item per element, named ``it`` in the text
    [liability]                  # how this type allocates risk (templates read deal.indemnity_heads ...)
    indemnity = ["injury", "infringement", "misconduct"]   # heads of the mutual indemnity
    excluded_losses_except = ["covenants"]  # clauses/sections whose breach the exclusion of losses does not reach
    recoverable_losses = ["loss of data"]   # heads of the law's excluded losses this type keeps recoverable
    uncapped = ["confidentiality", "ip_misuse", "personal_data"]  # breaches outside the cap and the exclusion of losses
    as_is = ["confidential"]     # what the disclaimer gives "as is" (AS_IS_KINDS): never what a clause warrants
    [ip]                         # what this type creates (templates read deal.creates_inventions)
    inventions = false           # no inventions: creators are remunerated as authors only
"""

from __future__ import annotations

import dataclasses
import functools
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Template, TemplateError, TemplateSyntaxError

from drafting.engine.catalogue import TEMPLATES_DIR, Catalogue, default_catalogue
from drafting.engine.investee import investee_words
from drafting.law.spelling import americanise, americanise_tree, respell
from drafting.terms import AgreementTerms, AllianceModel

BLUEPRINTS_DIR = TEMPLATES_DIR / "blueprints"

#: The hard ceiling on drafting notes in one agreement (a lawyer reads a handful).
MAX_NOTES = 30

Condition = Callable[..., Any]


class BlueprintError(ValueError):
    """A blueprint file is malformed or names a section or clause that does not exist."""


@dataclass(frozen=True, slots=True)
class ArticlePlan:
    """One article of the outline: a catalogue section under this type's heading."""

    section: str
    heading: str
    exclude: frozenset[str] = frozenset()
    after: str = ""
    #: clause id -> {alternative the answers pick: alternative this type drafts}; the key
    #: "*" stands for any alternative, and an empty target drops the clause.
    variants: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    #: clause id -> the run-in heading this type gives it ("Royalty" for "Sharing").
    titles: Mapping[str, str] = field(default_factory=dict)

    def admits(self, clause_id: str, added: frozenset[str]) -> bool:
        return clause_id not in self.exclude or clause_id in added

    def variant(self, clause_id: str, key: str) -> str:
        """The alternative this type drafts where the answers pick ``key``."""
        mapping = self.variants.get(clause_id, {})
        return mapping.get(key, mapping.get("*", key))


@dataclass(frozen=True, slots=True)
class OptionalModule:
    """A module the type leaves out unless the user adds it (``terms.extra_modules``)."""

    id: str
    label: str
    help: str
    articles: tuple[ArticlePlan, ...]
    include: frozenset[str]
    #: What the review tells a user whose answers the module would draft when it is not
    #: added, where the precedent keeps it out (a distribution's committee): "" to offer it.
    not_added: str = ""
    #: Where what the module would draft belongs instead, if anywhere (an equity alliance's
    #: committee: the Commercial Agreement), offered after setting the body to none.
    instead: str = ""
    #: Why the type runs without the body unless the module is added (a campaign is run by
    #: the marketing leads through the approval procedure): the review then notes that the
    #: body was set aside, offering the module, instead of warning. "" to warn.
    set_aside: str = ""


@dataclass(frozen=True, slots=True)
class ConsistencyRule:
    """Two clauses that must not contradict each other; ``condition`` is true when they do."""

    id: str
    first: str
    second: str
    condition: Condition
    message: str
    fix: str
    #: The answer the user changes to resolve it (a terms field path).
    field: str


#: The heads of the general mutual indemnity (``liability/indemnity.general.j2``):
#: third-party claims for death, personal injury or damage to property; for infringement
#: by what the indemnifier provided; for its wilful misconduct or breach of law.
INDEMNITY_HEADS = ("injury", "infringement", "misconduct")
#: Narrower heads a type may choose instead: death or personal injury only (no property
#: damage), and wilful misconduct only (no indemnity for any breach of law).
NARROW_INDEMNITY_HEADS = ("personal_injury", "wilful_misconduct")
#: Heads a type may add: claims about the indemnifier's own products and offers (a
#: co-marketing party answers for what it sells and says about it); for a research
#: programme, infringement by what a party provided confined to the research itself (a
#: licence phase's freedom to operate is disclaimed, not indemnified) and the option
#: licensee's claims for the Licensed Products it sells.
EXTRA_INDEMNITY_HEADS = ("own_products", "research_infringement", "licensee_products")
#: Breaches that neither the cap nor the exclusion of lost profit reaches (precedents.md,
#: "Limitation of liability": confidentiality, IP, data protection): each causes lost
#: profit or regulatory loss and little else, so a cap would license it. A type lists
#: fewer only where its precedent says so.
UNCAPPED_BREACHES = ("confidentiality", "ip_misuse", "personal_data")
#: Narrower breaches a type may list instead: misuse of the project's marks and names only,
#: where contributions are given "as is" and no party answers for their content (an open
#: source project: an uncapped head for any infringement would undo that rule).
#: A revenue share keeps the shares the payee loses through the collector's breach outside the
#: cap and the exclusion of lost revenue: they are the payee's whole loss ("revenue_share").
EXTRA_UNCAPPED_BREACHES = ("mark_misuse", "revenue_share")
#: What the "no other warranties" clause may give "as is" (``liability/disclaimer.j2``): the
#: technology or Background IP a party brings, the Foreground IP the deal creates, and
#: Confidential Information. A type leaves out whatever one of its clauses warrants (a
#: co-marketing party warrants the clearance of the content and Campaign Materials it provides).
AS_IS_KINDS = ("technology", "results", "confidential")


@dataclass(frozen=True, slots=True)
class LiabilityPlan:
    """How a type allocates risk, read by the liability templates through ``deal``
    (``deal.indemnity_heads``, ``deal.excluded_losses_except``, ``deal.recoverable_losses``).

    A type whose contributions are given "as is" (open source, a consortium) gives no
    uncapped infringement indemnity; a type with no physical activity (data sharing)
    has no injury head; a members' agreement keeps its core covenants out of the
    exclusion of lost profit, which would otherwise empty them.
    """

    indemnity: tuple[str, ...] = INDEMNITY_HEADS
    #: Clause or section ids whose breach the exclusion of losses does not reach.
    excluded_losses_except: tuple[str, ...] = ()
    #: Heads of loss the law's excluded losses list that this type keeps recoverable.
    recoverable_losses: tuple[str, ...] = ()
    #: Breaches outside the cap and the exclusion of losses (``UNCAPPED_BREACHES``).
    uncapped: tuple[str, ...] = UNCAPPED_BREACHES
    #: What the disclaimer gives "as is" (``AS_IS_KINDS``).
    as_is: tuple[str, ...] = AS_IS_KINDS


@dataclass(frozen=True, slots=True)
class SetAsideItem:
    """One thing the user answered that an entry names (``[[set_aside.item]]``): text shown
    when ``condition`` holds, once per element of ``each`` when given (bound to ``it``)."""

    text: Template
    condition: Condition | None = None
    each: Condition | None = None


@dataclass(frozen=True, slots=True)
class SetAside:
    """An answer this type drafts otherwise than the user gave it (``[[set_aside]]``): the
    assembled agreement sets it aside, replaces it with a fixed rule or recomputes it. The
    review reports it once (``drafting.review.set_aside``) with the clauses that carry what
    is drafted instead, why, and the field to change."""

    id: str
    #: The terms field the fix edits (the wizard jumps to it).
    answer: str
    #: Clause (or schedule) ids that carry what is drafted instead.
    clauses: tuple[str, ...]
    condition: Condition
    why: str
    fix: str
    #: "warning" where the user's instruction is not followed, "note" for a harmless normalisation.
    severity: str
    items: tuple[SetAsideItem, ...] = ()
    #: What the finding opens with before the answers it names: "Not drafted as answered:"
    #: where the user's instruction is not followed; a neutral lead ("Answers this agreement
    #: replaces:") where the type's own regime takes their place by design.
    lead: str = "Not drafted as answered:"


SET_ASIDE_SEVERITIES = frozenset({"warning", "note"})


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two answers that contradict each other, of which the draft follows one
    (``[[conflict]]``): the review reports it once (``drafting.review.conflicts``), naming
    both answers in words and the clauses that follow the one drafted."""

    id: str
    #: The two answer paths, in the order the finding names them.
    answers: tuple[str, str]
    #: The answer the agreement follows (one of ``answers``); the fix edits it.
    follows: str
    #: Each answer in words (Jinja, rendered with ``terms``, ``deal``, ``law``).
    said: tuple[Template, Template]
    clauses: tuple[str, ...]
    condition: Condition
    why: str
    fix: str
    severity: str


@dataclass(frozen=True, slots=True)
class Blueprint:
    model: AllianceModel
    source: str
    title: str
    collaboration: str
    title_variants: tuple[tuple[Condition, str], ...]
    recitals: tuple[Template, ...]
    articles: tuple[ArticlePlan, ...]
    notes: Mapping[str, Template | None]
    optional: tuple[OptionalModule, ...]
    consistency: tuple[ConsistencyRule, ...]
    #: Clauses an article leaves out that a fact of the deal brings back (``[[admit]]``):
    #: e.g. a company its members already own splits the revenue of the work they pass
    #: through it (precedent 1b), which a joint venture forming a company does not.
    admissions: tuple[tuple[Condition, frozenset[str]], ...] = ()
    liability: LiabilityPlan = LiabilityPlan()
    #: Whether the type's work creates inventions (``[ip] inventions``): where it creates
    #: only works (campaign materials, course content), creators are remunerated as authors.
    inventions: bool = True
    #: Loose words of a user's answer and the defined term this type uses for them
    #: ("the funding body" -> "the Granting Authority"), with the clause that must be in
    #: the draft for the term to exist ("" for always): applied where answer text is spliced.
    vocabulary: tuple[tuple[str, str, str], ...] = ()
    #: Answers this type drafts otherwise than given (``[[set_aside]]``), reported by the review.
    set_aside: tuple[SetAside, ...] = ()
    #: Contradictory answers and the one the draft follows (``[[conflict]]``), reported by the review.
    conflicts: tuple[Conflict, ...] = ()

    def title_for(self, terms: AgreementTerms) -> str:
        for condition, title in self.title_variants:
            if condition(terms=terms):
                return title
        return self.title

    def active_modules(self, terms: AgreementTerms) -> tuple[OptionalModule, ...]:
        chosen = set(terms.extra_modules)
        return tuple(module for module in self.optional if module.id in chosen)

    def outline(self, terms: AgreementTerms) -> tuple[tuple[ArticlePlan, ...], frozenset[str]]:
        """The articles in order, with the optional modules the user added placed after
        the article they name, and the clause ids those modules re-admit."""
        articles = list(self.articles)
        added: set[str] = set()
        for condition, clauses in self.admissions:
            if condition(terms=terms):
                added |= clauses
        for module in self.active_modules(terms):
            added |= module.include
            for plan in module.articles:
                if any(existing.section == plan.section for existing in articles):
                    continue
                position = next(
                    (index + 1 for index, existing in enumerate(articles) if existing.section == plan.after),
                    len(articles),
                )
                articles.insert(position, plan)
        # A heading names the investor's holding in the words of the investee's form
        # ("Transfer of Investor Units" for an LLC), the words every clause uses.
        investee = investee_words(terms)
        if investee is not None:
            articles = [
                dataclasses.replace(plan, heading=plan.heading.replace("{investor_stake}", investee.investor_stake))
                for plan in articles
            ]
        return tuple(articles), frozenset(added)

    @property
    def sections(self) -> frozenset[str]:
        return frozenset(plan.section for plan in self.articles)


def _expression(catalogue: Catalogue, source: str, where: str) -> Condition:
    try:
        return catalogue.environment.compile_expression(source, undefined_to_none=False)
    except TemplateSyntaxError as error:
        raise BlueprintError(f"{where}: {error.message}") from None


def _template(catalogue: Catalogue, source: str, where: str) -> Template:
    try:
        # An American-spelling catalogue gets the blueprint's own words respelled too.
        if catalogue.environment.american:
            return catalogue.environment.from_string(americanise_tree(catalogue.environment.parse(source)))
        return catalogue.environment.from_string(source)
    except TemplateSyntaxError as error:
        raise BlueprintError(f"{where}: line {error.lineno}: {error.message}") from None


#: The keys each part of a blueprint may have: a misplaced key (TOML puts a key written
#: after a [[table]] into that table) is a load error, not silently ignored.
_KEYS: dict[str, frozenset[str]] = {
    "": frozenset(
        {
            "title",
            "collaboration",
            "title_variant",
            "recitals",
            "article",
            "note",
            "optional",
            "consistency",
            "admit",
            "liability",
            "ip",
            "vocabulary",
            "set_aside",
            "conflict",
        }
    ),
    "conflict": frozenset({"id", "answers", "follows", "said", "clauses", "when", "why", "fix", "severity"}),
    "set_aside": frozenset({"id", "answer", "clauses", "when", "why", "fix", "severity", "item", "lead"}),
    "set_aside.item": frozenset({"text", "when", "each"}),
    "liability": frozenset({"indemnity", "excluded_losses_except", "recoverable_losses", "uncapped", "as_is"}),
    "ip": frozenset({"inventions"}),
    "admit": frozenset({"when", "include"}),
    "title_variant": frozenset({"when", "title"}),
    "article": frozenset({"section", "heading", "exclude", "variants", "after", "titles"}),
    "note": frozenset({"clause", "text"}),
    "vocabulary": frozenset({"loose", "term", "needs"}),
    "optional": frozenset({"id", "label", "help", "article", "include", "not_added", "instead", "set_aside"}),
    "consistency": frozenset({"id", "first", "second", "when", "message", "fix", "field"}),
}


def _check_keys(data: Mapping[str, Any], name: str) -> None:
    def check(entry: Any, part: str, where: str) -> None:
        if not isinstance(entry, Mapping):
            raise BlueprintError(f"{name}: {where or 'the file'} must be a table")
        unknown = sorted(set(entry) - _KEYS[part])
        if unknown:
            raise BlueprintError(f"{name}: {where or 'top level'}: unknown key '{unknown[0]}'")

    check(data, "", "")
    for part in ("title_variant", "article", "note", "optional", "consistency", "admit", "set_aside", "conflict"):
        entries = data.get(part, [])
        if not isinstance(entries, list):
            raise BlueprintError(f"{name}: '{part}' must be written [[{part}]]")
        for index, entry in enumerate(entries, 1):
            check(entry, part, f"{part} {index}")
            if part == "optional":
                for inner in entry.get("article", []):
                    check(inner, "article", f"optional {index} article")
            if part == "set_aside":
                for inner in entry.get("item", []):
                    check(inner, "set_aside.item", f"set_aside {index} item")
    if "liability" in data:
        check(data["liability"], "liability", "[liability]")


def _text(entry: Mapping[str, Any], key: str, where: str, american: bool = False) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise BlueprintError(f"{where}: '{key}' is required")
    text = " ".join(value.split())
    return americanise(text) if american else text


class _Checker:
    """Names the file and entry at fault when a blueprint refers to something unknown."""

    def __init__(self, catalogue: Catalogue, name: str) -> None:
        self.name = name
        self.american = catalogue.environment.american
        self.sections = {section.id: {spec.id for spec in section.clauses} for section in catalogue.sections}
        self.clauses = {clause for clauses in self.sections.values() for clause in clauses}
        self.alternatives = {spec.id: set(spec.templates) for spec in catalogue.clauses()}

    def clause(self, clause_id: str, where: str) -> str:
        if clause_id not in self.clauses:
            raise BlueprintError(f"{self.name}: {where}: there is no clause '{clause_id}' in the catalogue")
        return clause_id

    def article(self, entry: Mapping[str, Any], where: str) -> ArticlePlan:
        section = _text(entry, "section", f"{self.name}: {where}")
        if section not in self.sections:
            raise BlueprintError(f"{self.name}: {where}: there is no section '{section}' in the catalogue")
        exclude = frozenset(self.clause(str(item), where) for item in entry.get("exclude", []))
        strangers = sorted(item for item in exclude if item not in self.sections[section])
        if strangers:
            raise BlueprintError(f"{self.name}: {where}: '{strangers[0]}' is not in section '{section}'")
        variants: dict[str, dict[str, str]] = {}
        for clause_id, mapping in dict(entry.get("variants", {})).items():
            self.clause(clause_id, where)
            if clause_id not in self.sections[section] or not isinstance(mapping, dict):
                raise BlueprintError(f"{self.name}: {where}: variants of '{clause_id}' must be a table in its section")
            known = self.alternatives[clause_id]
            for source, target in mapping.items():
                if (source != "*" and source not in known) or (target and target not in known):
                    raise BlueprintError(
                        f"{self.name}: {where}: '{clause_id}' has no alternative "
                        f"'{target if source in known or source == '*' else source}'"
                    )
            variants[clause_id] = {str(source): str(target) for source, target in mapping.items()}
        titles = {
            self.clause(str(key), where): respell(" ".join(str(value).split()), "en-US" if self.american else "en-GB")
            for key, value in dict(entry.get("titles", {})).items()
        }
        return ArticlePlan(
            section=section,
            heading=_text(entry, "heading", f"{self.name}: {where}", self.american),
            exclude=exclude,
            after=str(entry.get("after", "")),
            variants=variants,
            titles=titles,
        )


def _liability(check: _Checker, data: Mapping[str, Any], name: str) -> LiabilityPlan:
    """The ``[liability]`` table: names the entry at fault when it names an unknown
    indemnity head or clause."""
    entry = data.get("liability", {})

    def strings(key: str) -> tuple[str, ...]:
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
            raise BlueprintError(f"{name}: [liability] '{key}' must be a list of texts")
        return tuple(value)

    heads = strings("indemnity") if "indemnity" in entry else INDEMNITY_HEADS
    unknown = sorted(set(heads) - set(INDEMNITY_HEADS) - set(NARROW_INDEMNITY_HEADS) - set(EXTRA_INDEMNITY_HEADS))
    if unknown:
        raise BlueprintError(f"{name}: [liability] there is no indemnity head '{unknown[0]}'")
    carve_outs = strings("excluded_losses_except")
    for target in carve_outs:
        if target not in check.sections:
            check.clause(target, "[liability] excluded_losses_except")
    uncapped = strings("uncapped") if "uncapped" in entry else UNCAPPED_BREACHES
    stray = sorted(set(uncapped) - set(UNCAPPED_BREACHES) - set(EXTRA_UNCAPPED_BREACHES))
    if stray:
        raise BlueprintError(f"{name}: [liability] there is no uncapped breach '{stray[0]}'")
    as_is = strings("as_is") if "as_is" in entry else AS_IS_KINDS
    if set(as_is) - set(AS_IS_KINDS):
        raise BlueprintError(f"{name}: [liability] as_is names none of {', '.join(AS_IS_KINDS)}")
    return LiabilityPlan(
        indemnity=heads,
        excluded_losses_except=carve_outs,
        recoverable_losses=strings("recoverable_losses"),
        uncapped=uncapped,
        as_is=as_is,
    )


def _inventions(data: Mapping[str, Any], name: str) -> bool:
    """``[ip] inventions``: whether the type's work creates inventions (default true)."""
    value = data.get("ip", {}).get("inventions", True)
    if not isinstance(value, bool):
        raise BlueprintError(f"{name}: [ip] 'inventions' must be true or false")
    return value


def _set_aside(
    catalogue: Catalogue, check: _Checker, data: Mapping[str, Any], name: str, articles: Sequence[ArticlePlan]
) -> tuple[SetAside, ...]:
    """The ``[[set_aside]]`` entries of the blueprint, then those of the catalogue sections in
    its outline (a clause's own, for every type that drafts it): each names an answer of the
    terms, the clauses (or schedules) that carry what is drafted instead, and a severity."""
    sections = {section.id: section for section in catalogue.sections}
    written = [(f"{name}: set_aside {index}", entry) for index, entry in enumerate(data.get("set_aside", []), 1)]
    for section_id in dict.fromkeys(plan.section for plan in articles):
        section = sections[section_id]
        written += [
            (f"{section.id}/catalogue.toml: set_aside {index}", entry)
            for index, entry in enumerate(section.set_aside, 1)
        ]
    entries = []
    for where, entry in written:
        if not isinstance(entry, Mapping) or set(entry) - _KEYS["set_aside"]:
            raise BlueprintError(f"{where}: a set_aside entry has the keys {', '.join(sorted(_KEYS['set_aside']))}")
        for item in entry.get("item", []):
            if not isinstance(item, Mapping) or set(item) - _KEYS["set_aside.item"]:
                raise BlueprintError(f"{where}: an item has the keys {', '.join(sorted(_KEYS['set_aside.item']))}")
        answer = _text(entry, "answer", where)
        if answer.split(".")[0].split("[")[0] not in AgreementTerms.model_fields:
            raise BlueprintError(f"{where}: '{answer}' is not an answer of the terms")
        clauses = entry.get("clauses", [])
        if not isinstance(clauses, list):
            raise BlueprintError(f"{where}: 'clauses' must be a list of clause ids")
        for clause in clauses:
            # A clause, a whole article (its section id) or a schedule (``schedule.budget``).
            if not str(clause).startswith("schedule.") and str(clause) not in check.sections:
                check.clause(str(clause), where.split(": ", 1)[-1])
        severity = _text(entry, "severity", where)
        if severity not in SET_ASIDE_SEVERITIES:
            raise BlueprintError(f"{where}: severity is 'warning' or 'note', not '{severity}'")
        items = []
        for number, item in enumerate(entry.get("item", []), 1):
            at = f"{where} item {number}"
            items.append(
                SetAsideItem(
                    text=_template(catalogue, _text(item, "text", at), at),
                    condition=_expression(catalogue, str(item["when"]), at) if "when" in item else None,
                    each=_expression(catalogue, str(item["each"]), at) if "each" in item else None,
                )
            )
        entries.append(
            SetAside(
                id=_text(entry, "id", where),
                answer=answer,
                clauses=tuple(str(clause) for clause in clauses),
                condition=_expression(catalogue, _text(entry, "when", where), where),
                why=_text(entry, "why", where, check.american),
                fix=_text(entry, "fix", where, check.american),
                severity=severity,
                items=tuple(items),
                lead=str(entry.get("lead", "Not drafted as answered:")),
            )
        )
    return tuple(entries)


def _conflicts(catalogue: Catalogue, check: _Checker, data: Mapping[str, Any], name: str) -> tuple[Conflict, ...]:
    """The ``[[conflict]]`` entries: two answers of the terms, the one followed, each in words."""
    entries = []
    for index, entry in enumerate(data.get("conflict", []), 1):
        where = f"{name}: conflict {index}"
        answers, said = entry.get("answers"), entry.get("said")
        if not (isinstance(answers, list) and len(answers) == 2 and isinstance(said, list) and len(said) == 2):
            raise BlueprintError(f"{where}: 'answers' and 'said' are lists of two")
        for answer in answers:
            if str(answer).split(".")[0].split("[")[0] not in AgreementTerms.model_fields:
                raise BlueprintError(f"{where}: '{answer}' is not an answer of the terms")
        follows = _text(entry, "follows", where)
        if follows not in answers:
            raise BlueprintError(f"{where}: 'follows' must be one of the two answers")
        clauses = entry.get("clauses", [])
        if not isinstance(clauses, list) or not clauses:
            raise BlueprintError(f"{where}: 'clauses' lists the clauses that follow the answer drafted")
        for clause in clauses:
            check.clause(str(clause), where.split(": ", 1)[-1])
        severity = _text(entry, "severity", where)
        if severity not in SET_ASIDE_SEVERITIES:
            raise BlueprintError(f"{where}: severity is 'warning' or 'note', not '{severity}'")
        entries.append(
            Conflict(
                id=_text(entry, "id", where),
                answers=(str(answers[0]), str(answers[1])),
                follows=follows,
                said=(_template(catalogue, str(said[0]), where), _template(catalogue, str(said[1]), where)),
                clauses=tuple(str(clause) for clause in clauses),
                condition=_expression(catalogue, _text(entry, "when", where), where),
                why=_text(entry, "why", where, check.american),
                fix=_text(entry, "fix", where, check.american),
                severity=severity,
            )
        )
    return tuple(entries)


def load_blueprint(catalogue: Catalogue, path: Path, model: AllianceModel | None = None) -> Blueprint:
    """One blueprint file, checked against the catalogue. ``model`` is the type of a
    companion document kept elsewhere (a partner network's Accession Form); by default
    the file name is the type."""
    name = f"blueprints/{path.name}" if model is None else f"{path.parent.name}/{path.name}"
    try:
        model = AllianceModel(path.stem) if model is None else model
    except ValueError:
        raise BlueprintError(f"{name}: the file name is not an agreement type") from None
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise BlueprintError(f"{name}: {error}") from None
    _check_keys(data, name)
    check = _Checker(catalogue, name)
    articles = tuple(check.article(entry, f"article {index}") for index, entry in enumerate(data.get("article", []), 1))
    if not articles:
        raise BlueprintError(f"{name}: the outline has no [[article]]")
    seen: set[str] = set()
    for plan in articles:
        if plan.section in seen:
            raise BlueprintError(f"{name}: section '{plan.section}' appears twice in the outline")
        seen.add(plan.section)
    notes: dict[str, Template | None] = {}
    for index, entry in enumerate(data.get("note", []), 1):
        clause = check.clause(str(entry.get("clause", "")), f"note {index}")
        text = str(entry.get("text", "")).strip()
        notes[clause] = _template(catalogue, " ".join(text.split()), f"{name}: note {index}") if text else None
    if len(notes) > MAX_NOTES:
        raise BlueprintError(f"{name}: {len(notes)} notes; a lawyer reads at most {MAX_NOTES}")
    optional = []
    for index, entry in enumerate(data.get("optional", []), 1):
        where = f"optional {index}"
        optional.append(
            OptionalModule(
                id=_text(entry, "id", f"{name}: {where}"),
                label=_text(entry, "label", f"{name}: {where}", check.american),
                help=_text(entry, "help", f"{name}: {where}", check.american),
                articles=tuple(check.article(item, f"{where} article") for item in entry.get("article", [])),
                include=frozenset(check.clause(str(item), where) for item in entry.get("include", [])),
                not_added=" ".join(str(entry.get("not_added", "")).split()),
                instead=" ".join(str(entry.get("instead", "")).split()),
                set_aside=" ".join(str(entry.get("set_aside", "")).split()),
            )
        )
    rules = []
    for index, entry in enumerate(data.get("consistency", []), 1):
        where = f"{name}: consistency {index}"
        rules.append(
            ConsistencyRule(
                id=_text(entry, "id", where),
                first=check.clause(str(entry.get("first", "")), f"consistency {index}"),
                second=check.clause(str(entry.get("second", "")), f"consistency {index}"),
                condition=_expression(catalogue, _text(entry, "when", where), where),
                message=_text(entry, "message", where, check.american),
                fix=_text(entry, "fix", where, check.american),
                field=_text(entry, "field", where),
            )
        )
    variants = tuple(
        (
            _expression(catalogue, _text(entry, "when", f"{name}: title_variant"), f"{name}: title_variant"),
            _text(entry, "title", f"{name}: title_variant", check.american),
        )
        for entry in data.get("title_variant", [])
    )
    return Blueprint(
        model=model,
        source=name,
        title=_text(data, "title", name, check.american),
        collaboration=_text(data, "collaboration", name, check.american),
        title_variants=variants,
        recitals=tuple(_template(catalogue, str(text), f"{name}: recitals") for text in data.get("recitals", [])),
        articles=articles,
        notes=notes,
        optional=tuple(optional),
        consistency=tuple(rules),
        admissions=tuple(
            (
                _expression(catalogue, _text(entry, "when", f"{name}: admit {index}"), f"{name}: admit {index}"),
                frozenset(check.clause(str(item), f"admit {index}") for item in entry.get("include", [])),
            )
            for index, entry in enumerate(data.get("admit", []), 1)
        ),
        liability=_liability(check, data, name),
        inventions=_inventions(data, name),
        vocabulary=tuple(
            (
                _text(entry, "loose", f"{name}: vocabulary {index}"),
                _text(entry, "term", f"{name}: vocabulary {index}", check.american),
                check.clause(str(entry["needs"]), f"vocabulary {index}") if entry.get("needs") else "",
            )
            for index, entry in enumerate(data.get("vocabulary", []), 1)
        ),
        set_aside=_set_aside(
            catalogue, check, data, name, [*articles, *(plan for module in optional for plan in module.articles)]
        ),
        conflicts=_conflicts(catalogue, check, data, name),
    )


def load_blueprints(catalogue: Catalogue, root: Path = BLUEPRINTS_DIR) -> Mapping[AllianceModel, Blueprint]:
    """Every type's blueprint; ``BlueprintError`` names the file at fault or the type missing one."""
    found = {
        blueprint.model: blueprint
        for blueprint in map(functools.partial(load_blueprint, catalogue), sorted(root.glob("*.toml")))
    }
    missing = sorted(model.value for model in AllianceModel if model not in found)
    if missing:
        raise BlueprintError(f"blueprints: no blueprint for {', '.join(missing)} (add blueprints/<type>.toml)")
    return found


def blueprint_models(root: Path = BLUEPRINTS_DIR) -> tuple[AllianceModel, ...]:
    """The agreement types that have a blueprint, in the enum's order: the one list of
    what the app can draft (the home screen offers each), read from the file names alone
    so nothing is loaded."""
    stems = {path.stem for path in root.glob("*.toml")}
    return tuple(model for model in AllianceModel if model.value in stems)


@functools.cache
def default_blueprints(spelling: str = "en-GB") -> Mapping[AllianceModel, Blueprint]:
    """The built-in blueprints in one spelling, loaded once per process against the
    built-in catalogue in that spelling."""
    return load_blueprints(default_catalogue(spelling))


def blueprint_for(model: AllianceModel) -> Blueprint:
    return default_blueprints()[model]


def evaluate(condition: Condition, context: Mapping[str, Any], where: str) -> bool:
    """A blueprint expression's truth; a failure names the blueprint entry."""
    try:
        return bool(condition(**context))
    except (TemplateError, TypeError, ValueError, AttributeError) as error:
        raise BlueprintError(f"{where}: could not be evaluated ({error})") from None


def optional_modules(model: AllianceModel) -> Sequence[OptionalModule]:
    """The modules a user may add to this type (the wizard offers them, default off)."""
    return blueprint_for(model).optional


@functools.cache
def _terms_read(model: AllianceModel) -> frozenset[str]:
    """Every ``terms.`` path that some clause this type can draft reads (its optional
    modules and the clauses a deal's facts admit included): the catalogue's own analysis
    of each clause's templates and conditions (``ClauseSpec.variables``)."""
    catalogue = default_catalogue()
    blueprint = blueprint_for(model)
    sections = {section.id: section for section in catalogue.sections}
    plans = [*blueprint.articles, *(plan for module in blueprint.optional for plan in module.articles)]
    # A clause an article leaves out counts only when some fact of a deal brings it back.
    admitted = frozenset(clause for _, clauses in blueprint.admissions for clause in clauses)
    read: set[str] = set()
    for plan in plans:
        section = sections.get(plan.section)
        for spec in section.clauses if section is not None else ():
            if (spec.models and model not in spec.models) or not plan.admits(spec.id, admitted):
                continue
            read.update(path for path in spec.variables if path.startswith("terms."))
    return frozenset(read)


@functools.cache
def answers_drafted(model: AllianceModel) -> frozenset[str]:
    """The top-level answers (``governance``, ``ip``...) that some clause this type can
    draft reads, its optional modules included. The wizard asks only for those: a page
    whose answers no clause of the type reads would gather text the agreement never shows.
    """
    return frozenset(path.split(".")[1] for path in _terms_read(model))


@functools.cache
def fields_drafted(model: AllianceModel) -> frozenset[str]:
    """The answers this type drafts one level down (``scope.kpis``, ``exit.valuation``),
    from the same analysis as ``answers_drafted``; an answer some clause reads whole
    (``terms.ip`` handed to a filter) is listed by its own name (``ip``)."""
    return frozenset(".".join(path.split(".")[1:3]) for path in _terms_read(model))


def drafts_field(model: AllianceModel, path: str) -> bool:
    """Whether some clause of this type reads the answer ``path`` (``scope.kpis``), or
    all of the answer it belongs to (``scope``); a top-level answer (``exit``) when some
    clause reads any of it (``answers_drafted``)."""
    top = path.split(".")[0]
    if top == path:
        return top in answers_drafted(model)
    drafted = fields_drafted(model)
    return path in drafted or top in drafted
