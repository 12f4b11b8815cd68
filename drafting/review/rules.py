"""How a review rule is declared: a function of a ``ReviewContext`` that yields findings,
wrapped by ``@rule(...)`` with where it applies.

    @rule(models={AllianceModel.JOINT_VENTURE}, party_types=COMPANIES, legal_systems=EU_SYSTEMS)
    def my_check(ctx: ReviewContext) -> Iterator[Finding]:
        ...

The engine runs a rule only when the draft's agreement type is in ``models``, at least
one party's entity type is in ``party_types`` and one of the deal's legal systems (the
governing law or a party's home, see ``drafting.review.systems``) is in
``legal_systems``; everywhere else the rule is silent. Inside, ``ctx.parties`` holds only
the parties of the declared types, so a rule about companies never speaks to an
individual. ``ctx.draft`` answers what the assembled agreement says (``drafting.review.draft``).

To add a rule: write it in the module of its theme (or a new module), decorate it, add
it to that module's ``RULES``, and add a draft that fires it and one where it stays
silent to the labelled corpus (``tests/review_corpus/``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from drafting.review.draft import DraftText
from drafting.review.findings import Finding
from drafting.review.systems import ALL_SYSTEMS, deal_systems, governing_system
from drafting.terms import AgreementTerms, AllianceModel, EntityType, Party

ALL_MODELS = frozenset(AllianceModel)
ALL_ENTITY_TYPES = frozenset(EntityType)
#: Bodies with share capital and a group behind them (parent guarantees, merger control).
COMPANIES = frozenset({EntityType.CORPORATION, EntityType.LLC})
#: Every kind of organisation, i.e. everything but a natural person.
ORGANISATIONS = ALL_ENTITY_TYPES - {EntityType.INDIVIDUAL}
#: Bodies that are not public authorities (a public-task lawful basis is not theirs).
PRIVATE_BODIES = ALL_ENTITY_TYPES - {EntityType.PUBLIC_BODY}


@dataclass(frozen=True)
class ReviewContext:
    """What a rule sees: the terms, the drafted text, and the parties in its scope."""

    terms: AgreementTerms
    draft: DraftText
    #: The parties whose entity type the rule declared, in the draft's order.
    parties: tuple[Party, ...]

    @cached_property
    def law(self) -> str:
        """The governing law's profile id."""
        return governing_system(self.terms)

    @cached_property
    def systems(self) -> frozenset[str]:
        return deal_systems(self.terms)

    def party_index(self, short_name: str) -> int:
        """The party's position in ``terms.parties`` (for field paths like ``parties[1]``)."""
        return [party.short_name for party in self.terms.parties].index(short_name)


Check = Callable[[ReviewContext], Iterator[Finding]]


@dataclass(frozen=True)
class Rule:
    """A check plus the agreement types, party types and legal systems it applies to."""

    check: Check
    models: frozenset[AllianceModel] = ALL_MODELS
    party_types: frozenset[EntityType] = ALL_ENTITY_TYPES
    legal_systems: frozenset[str] = ALL_SYSTEMS

    @property
    def name(self) -> str:
        return self.check.__name__

    def in_scope(self, terms: AgreementTerms, systems: frozenset[str]) -> tuple[Party, ...] | None:
        """The parties the rule may speak about, or None when it must stay silent."""
        if terms.model not in self.models or not systems & self.legal_systems:
            return None
        parties = tuple(party for party in terms.parties if party.entity_type in self.party_types)
        return parties or None

    def run(self, terms: AgreementTerms, draft: DraftText, systems: frozenset[str]) -> Iterator[Finding]:
        parties = self.in_scope(terms, systems)
        if parties is None:
            return iter(())
        return self.check(ReviewContext(terms, draft, parties))


def rule(
    *,
    models: Iterable[AllianceModel] = ALL_MODELS,
    party_types: Iterable[EntityType] = ALL_ENTITY_TYPES,
    legal_systems: Iterable[str] = ALL_SYSTEMS,
) -> Callable[[Check], Rule]:
    """Declare where a rule applies (see the module doc)."""
    unknown = set(legal_systems) - ALL_SYSTEMS
    if unknown:
        raise ValueError(f"unknown legal systems: {sorted(unknown)}")

    def wrap(check: Check) -> Rule:
        return Rule(check, frozenset(models), frozenset(party_types), frozenset(legal_systems))

    return wrap
