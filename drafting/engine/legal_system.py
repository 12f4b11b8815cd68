"""The governing law as the templates see it: ``law`` in every clause template.

``law`` is the chosen profile (``drafting.law``) plus what depends on the deal: the
facts about the parties (``law.facts``: ``uk_party``, ``us_party``, ``eu_party``) and
the other law's name under the neutral profile. Two helpers render the profile's own
sentences in the same sandbox as the clause that prints them:

    {{ law_text("third_party_rights") }}    a snippet; "" where the system has none
    {% for item in law_list("non_excludable") %}   a list from the profile

A draft whose law is not chosen yet is drafted under the neutral profile, so the
preview always renders; the review asks for the law.

Some texts belong to another law than the governing law (``law/_subjects.toml``): the
joint venture company's share issue and title to its shares to the law of its place of
incorporation, insolvency to the parties' places, the UK Bribery Act and the UK GDPR to
the persons within their reach. ``law_text`` and ``law.word`` take those texts from the
profile of that law, and the neutral profile's where there is none.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Template
from markupsafe import Markup

from drafting.engine import wording
from drafting.engine.environment import ClauseEnvironment, escape_value
from drafting.law import NEUTRAL, Institution, LawProfile, institution, profile
from drafting.law.facts import REGION_PROFILES, border_facts, party_facts, regions_of
from drafting.law.profiles import LAW_DIR
from drafting.law.spelling import respell
from drafting.law.suggest import profile_of_place
from drafting.terms import AgreementTerms, AllianceModel


@dataclass(frozen=True, slots=True)
class LawView:
    """What a template reads as ``law``."""

    id: str
    label: str
    #: The other law's name under the neutral profile ("" otherwise).
    other: str
    spelling: str
    paper: str
    date_style: str
    us: bool
    facts: frozenset[str]
    positions: Mapping[str, str]
    vocabulary: Mapping[str, str]
    courts: str
    local_counsel: bool
    profile: LawProfile
    #: The profile each ``law_text`` key whose subject another law decides is taken from
    #: (``law/_subjects.toml``); keys not listed follow ``profile``.
    sources: Mapping[str, LawProfile] = field(default_factory=dict)
    #: For each ``law_text`` key whose subject is ``each_party``: every party's short name
    #: with the profile of the system it is established in (``law_each``).
    each_party: Mapping[str, tuple[tuple[str, LawProfile], ...]] = field(default_factory=dict)

    def word(self, key: str) -> str:
        return self.vocabulary.get(key, "")

    @property
    def gdpr(self) -> str:
        """The GDPR as it applies here: "the UK GDPR" under UK laws, "the GDPR" under
        EU laws or where a party is in the EU, "" where no GDPR applies."""
        return self.vocabulary.get("gdpr", "") or ("the GDPR" if "eu_party" in self.facts else "")

    @property
    def also_gdpr(self) -> str:
        """ "the GDPR" where the law's own regime is the UK GDPR but a party is in the EU."""
        own = self.vocabulary.get("gdpr", "")
        return "the GDPR" if own and own != "the GDPR" and "eu_party" in self.facts else ""

    @property
    def transfer_area(self) -> str:
        """Where personal data may go without transfer safeguards ("" if no such rule)."""
        if self.vocabulary.get("gdpr"):
            return self.vocabulary.get("data_transfer_area", "")
        return "the European Economic Area" if "eu_party" in self.facts else ""

    def fact(self, name: str) -> bool:
        return name in self.facts


def chosen_profile(terms: AgreementTerms) -> LawProfile:
    """The profile the draft is written under (neutral until a law is chosen)."""
    return profile(terms.governing_law.profile or NEUTRAL)


@functools.cache
def subjects() -> tuple[Mapping[str, str], Mapping[str, str]]:
    """``law/_subjects.toml``: the subject of each clause text and each word."""
    data = tomllib.loads((LAW_DIR / "_subjects.toml").read_text(encoding="utf-8"))
    return (
        {str(k): str(v) for k, v in data.get("clauses", {}).items()},
        {str(k): str(v) for k, v in data.get("vocabulary", {}).items()},
    )


@functools.cache
def one_insolvency_law() -> tuple[frozenset[str], ...]:
    """``law/_subjects.toml`` [one_insolvency_law]: groups of profiles whose parties share
    one insolvency law (the states of a federation under its bankruptcy code)."""
    data = tomllib.loads((LAW_DIR / "_subjects.toml").read_text(encoding="utf-8"))
    return tuple(frozenset(str(i) for i in ids) for ids in data.get("one_insolvency_law", {}).values())


def company_place(terms: AgreementTerms) -> str:
    """Where the joint venture company is incorporated ("" if no company or not said)."""
    venture = terms.joint_venture if terms.model is AllianceModel.JOINT_VENTURE else None
    return venture.jurisdiction.strip() if venture is not None else ""


def company_law_id(terms: AgreementTerms) -> str:
    """The profile of the law the joint venture company is formed under: its place's
    profile; the neutral profile for a place no profile covers; the governing law when
    the place is not said."""
    place = company_place(terms)
    if not place:
        return chosen_profile(terms).id
    return profile_of_place(place) or NEUTRAL


def _same_system(first: str, second: str) -> bool:
    """One system for the reach of its statutes: England and Scotland share the UK's."""
    return first == second or {first, second} <= set(REGION_PROFILES["uk"])


def _subject_profile(subject: str, terms: AgreementTerms, chosen: LawProfile) -> LawProfile:
    if subject == "company":
        return profile(company_law_id(terms)) if company_place(terms) else chosen
    # A place not said is taken to be under the governing law (nothing says otherwise); a
    # deal without a company has no company place at all (its absence is not a place).
    company = [company_place(terms)] if terms.model is AllianceModel.JOINT_VENTURE else []
    places: Iterable[str] = [party.jurisdiction for party in terms.parties] + company
    systems = {(profile_of_place(place) or NEUTRAL) if place.strip() else chosen.id for place in places}
    systems.discard("")
    if subject == "parties":
        if len(systems) == 1:
            return profile(systems.pop())
        # Parties in several systems under one insolvency law take its text: the governing
        # law's where it is one of them.
        shared = next((group for group in one_insolvency_law() if systems <= group), None)
        if shared is None:
            return profile(NEUTRAL)
        return chosen if chosen.id in shared else profile(sorted(systems)[0])
    if subject == "present":
        return chosen if any(_same_system(found, chosen.id) for found in systems) else profile(NEUTRAL)
    if subject == "each_party":
        # Each party's own system speaks for it (``law_each``); ``law_text`` alone keeps the
        # governing law's text for a template that does not name the parties.
        return chosen
    raise ValueError(f"law/_subjects.toml: unknown subject {subject!r}")


def _from(source: LawProfile, table: str, key: str) -> str:
    """The text of ``key`` in ``source``, the neutral profile's where ``source`` has none."""
    own = source.clauses if table == "clauses" else source.vocabulary
    if key in own:
        return own[key]
    neutral = profile(NEUTRAL)
    return (neutral.clauses if table == "clauses" else neutral.vocabulary).get(key, "")


def establishment_profile(place: str, chosen: LawProfile) -> LawProfile:
    """The profile of the system a party is established in: the governing law where the
    place is not said, the neutral profile where no profile covers it."""
    if not place.strip():
        return chosen
    return profile(profile_of_place(place) or NEUTRAL)


def law_view(terms: AgreementTerms) -> LawView:
    chosen = chosen_profile(terms)
    clause_subjects, word_subjects = subjects()
    sources = {key: _subject_profile(subject, terms, chosen) for key, subject in clause_subjects.items()}
    vocabulary = dict(chosen.vocabulary)
    for key, subject in word_subjects.items():
        found = respell(_from(_subject_profile(subject, terms, chosen), "vocabulary", key), chosen.spelling)
        if found:
            vocabulary[key] = found
        else:
            vocabulary.pop(key, None)
    places = [party.jurisdiction for party in terms.parties] + [company_place(terms)]
    return LawView(
        id=chosen.id,
        label=chosen.label,
        other=wording.place(terms.governing_law.other.strip()) if chosen.id == NEUTRAL else "",
        spelling=chosen.spelling,
        paper=chosen.paper,
        date_style=chosen.date_style,
        us=chosen.us,
        # The Company's place counts with the parties': a Polish company processes
        # personal data under the GDPR whoever its shareholders are.
        # A place outside the EU adds "non_eu_party": personal data an EU party passes to
        # it may be a transfer that needs a safeguard (co-marketing leads).
        facts=party_facts(place for place in places if place)
        | ({"non_eu_party"} if any(place.strip() and "eu" not in regions_of(place) for place in places) else set())
        | border_facts(party.jurisdiction for party in terms.parties)
        # A party established in the governing law's own country: the notes on its taxes,
        # remittances and registrations concern only such a party.
        | (
            {"home_party"}
            if any(profile_of_place(place.jurisdiction) == chosen.id for place in terms.parties)
            else set()
        ),
        positions=chosen.positions,
        vocabulary=vocabulary,
        courts=chosen.courts,
        local_counsel=chosen.local_counsel,
        profile=chosen,
        sources=sources,
        each_party={
            # A draft under the neutral profile cites no statute of any system (its text is
            # generic until a lawyer names the law), so every party gets the neutral words.
            key: tuple(
                (
                    party.short_name or party.legal_name,
                    chosen if chosen.id == NEUTRAL else establishment_profile(party.jurisdiction, chosen),
                )
                for party in terms.parties
            )
            for key, subject in clause_subjects.items()
            if subject in ("each_party", "present")
        },
    )


_compiled: dict[tuple[int, str, str], Template] = {}


def _snippet(environment: ClauseEnvironment, chosen: LawProfile, key: str, source: str) -> Template:
    cache_key = (id(environment), chosen.id, key)
    template = _compiled.get(cache_key)
    if template is None:
        template = _compiled[cache_key] = environment.from_string(source)
    return template


def render_profile_text(
    environment: ClauseEnvironment, chosen: LawProfile, key: str, source: str, context: Mapping[str, Any]
) -> str:
    """One of the profile's texts, rendered with the clause context ("" stays "")."""
    if "{" not in source:
        return source
    return _snippet(environment, chosen, key, source).render(context)


@dataclass(frozen=True, slots=True, eq=False)
class _LawText:
    """``law_text(key)``: one of the profile's snippets, rendered with the clause context.

    The helpers are small objects rather than closures so that a clause override's
    context can be pickled to the worker process that renders it where ``fork`` is not
    used (``drafting.engine.override_worker``); ``context`` holds this helper itself,
    which pickle's memo handles."""

    environment: ClauseEnvironment
    chosen: LawProfile
    context: Mapping[str, Any] = field(repr=False)
    sources: Mapping[str, LawProfile] = field(default_factory=dict)

    def __call__(self, key: str) -> Markup:
        owner = self.sources.get(key)
        if owner is None:
            owner, source = self.chosen, self.chosen.clause(key)
        else:
            # Another system's sentence, spelt as the agreement is ("authorized" under US law).
            source = respell(_from(owner, "clauses", key), self.chosen.spelling)
        return Markup(render_profile_text(self.environment, owner, f"clause:{key}", source, self.context))


@dataclass(frozen=True, slots=True)
class PartyText:
    """One group of ``law_each``: the parties established in systems that say the same."""

    parties: tuple[str, ...]
    text: Markup


@dataclass(frozen=True, slots=True, eq=False)
class _LawEach:
    """``law_each(key)``: the text of ``key`` in the system each party is established in,
    grouped by text in the parties' order ("" for a system that has none). A national rule
    the GDPR leaves to each Member State follows the party, not the governing law: the
    Dutch UAVG binds the Dutch party, the Irish Data Protection Act 2018 the Irish one. The
    snippet sees ``law_parties``, the short names of the parties of its group."""

    environment: ClauseEnvironment
    chosen: LawProfile
    context: Mapping[str, Any] = field(repr=False)
    each_party: Mapping[str, tuple[tuple[str, LawProfile], ...]] = field(default_factory=dict)

    def __call__(self, key: str) -> tuple[PartyText, ...]:
        found = self.each_party.get(key)
        if found is None:
            raise KeyError(f"law_each({key!r}): its subject in law/_subjects.toml is not each_party or present")
        groups: dict[str, list[str]] = {}
        owners: dict[str, LawProfile] = {}
        for name, owner in found:
            source = respell(_from(owner, "clauses", key), self.chosen.spelling)
            groups.setdefault(source, []).append(name)
            owners.setdefault(source, owner)
        result = []
        for source, names in groups.items():
            local = {**self.context, "law_parties": tuple(names)}
            text = render_profile_text(self.environment, owners[source], f"each:{key}", source, local)
            result.append(PartyText(tuple(names), Markup(text)))
        return tuple(result)


@dataclass(frozen=True, slots=True, eq=False)
class _LawName:
    """``law_name()``: the governing law's name, rendered with the clause context."""

    environment: ClauseEnvironment
    chosen: LawProfile
    context: Mapping[str, Any] = field(repr=False)

    def __call__(self) -> Markup:
        chosen = self.chosen
        return Markup(render_profile_text(self.environment, chosen, "law_name", chosen.law_name, self.context))


@dataclass(frozen=True, slots=True)
class _LawList:
    """``law_list(key)``: a list from the profile, each item escaped."""

    chosen: LawProfile

    def __call__(self, key: str) -> tuple[Markup, ...]:
        return tuple(escape_value(item) for item in self.chosen.lists.get(key, ()))


def _institution_rules(ident: str) -> str:
    return institution(ident).arbitration_rules


def _mediation_rules(ident: str) -> str:
    return institution(ident).mediation_rules


def _institution_data(ident: str) -> Institution:
    # The institution's own words: its initiating document, its expert appointments.
    return institution(ident)


def make_law_helpers(
    environment: ClauseEnvironment, view: LawView, context: Mapping[str, Any]
) -> dict[str, Callable[..., Any]]:
    """``law_text``, ``law_list``, ``law_name``, ``institution_rules``,
    ``mediation_rules`` and ``institution`` (the institution's data) for one assembly
    (``context`` is filled in by the caller)."""
    chosen = view.profile
    return {
        "law_text": _LawText(environment, chosen, context, view.sources),
        "law_each": _LawEach(environment, chosen, context, view.each_party),
        "law_list": _LawList(chosen),
        "law_name": _LawName(environment, chosen, context),
        "institution_rules": _institution_rules,
        "mediation_rules": _mediation_rules,
        "institution": _institution_data,
    }


def profile_note(environment: ClauseEnvironment, view: LawView, clause_id: str, context: Mapping[str, Any]) -> str:
    """The drafting note the legal system adds to a clause ("" if none)."""
    source = view.profile.notes.get(clause_id, "")
    if not source:
        return ""
    # Notes are plain text, not clause markup: undo the sandbox's escaping.
    return Markup(render_profile_text(environment, view.profile, f"note:{clause_id}", source, context)).unescape()
