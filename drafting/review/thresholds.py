"""Decision thresholds counted out on the actual voters: a two-thirds majority that, with
three voters, needs no more votes than a simple majority, and an adjourned meeting where
one member present is a quorum and decides ordinary matters alone.

Both read the assembled draft: a rule speaks only of the reserved-matters, quorum and
voting clauses the agreement actually contains, and counts the voters the way the voting
clause counts them (one vote per party, one per member, or votes weighted by holdings).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import combinations

from drafting.review.facts import describe_shares, ownership_shares, shares_from
from drafting.review.findings import Finding, listing, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.governance import BodyType, Threshold, VotingBasis

#: The drafted supermajority: "a majority of at least two thirds of the votes of all ...".
TWO_THIRDS = Decimal(2) / Decimal(3)
HALF = Decimal(1) / Decimal(2)
#: Weighted votes are tried coalition by coalition; beyond this many holders the check is skipped.
_MAX_WEIGHTED = 12


@dataclass(frozen=True)
class Voters:
    """Who votes on a decision, as the voting clause counts them."""

    #: "Parties", "Members", "members of the Steering Committee".
    noun: str
    #: One weight per voter (all 1 when each has one vote).
    weights: tuple[Decimal, ...]
    #: Shares by party, when the votes are weighted by holdings (for the message).
    holdings: dict[str, Decimal]

    @property
    def count(self) -> int:
        return len(self.weights)

    @property
    def equal(self) -> bool:
        return len(set(self.weights)) <= 1


def _voters(terms: AgreementTerms) -> Voters | None:
    """The voters on the governing body (or, in a members' agreement, the Members)."""
    governance = terms.governance
    weighted = governance.voting_basis is VotingBasis.WEIGHTED_BY_OWNERSHIP
    if terms.members is not None:
        holdings = shares_from(terms.members.holdings)
        if weighted:
            return Voters("Members", tuple(holdings.values()), holdings) if holdings else None
        return Voters("Members", tuple(Decimal(1) for _ in holdings), {}) if holdings else None
    if governance.body is BodyType.NONE:
        return None
    seats: dict[str, int] = {}
    for entry in governance.seats:
        seats[entry.party] = seats.get(entry.party, 0) + entry.seats
    seated = [party for party, count in seats.items() if count > 0] or [p.short_name for p in terms.parties]
    if weighted:
        owned = ownership_shares(terms)
        return Voters("Parties", tuple(owned.values()), owned) if owned else None
    if governance.voting_basis is VotingBasis.PER_MEMBER and seats:
        body = f"members of the {governance.body.value.replace('_', ' ').title()}"
        return Voters(body, tuple(Decimal(1) for _ in range(sum(seats.values()))), {})
    return Voters("Parties", tuple(Decimal(1) for _ in seated), {})


def _votes_needed(count: int, share: Decimal, strictly_more: bool) -> int:
    """Equal votes: how many of ``count`` reach ``share`` of all (more than it, if strict)."""
    exact = share * count
    return math.floor(exact) + 1 if strictly_more else math.ceil(exact)


def _illusory(voters: Voters) -> bool:
    """True when every group that holds a majority of all votes also holds two thirds, and a
    majority can be reached without everyone (else both thresholds simply mean unanimity)."""
    if voters.equal:
        majority = _votes_needed(voters.count, HALF, strictly_more=True)
        return majority < voters.count and _votes_needed(voters.count, TWO_THIRDS, strictly_more=False) == majority
    if voters.count > _MAX_WEIGHTED:
        return False
    total = sum(voters.weights, Decimal(0))
    majorities = [
        sum(group, Decimal(0))
        for size in range(1, voters.count)
        for group in combinations(voters.weights, size)
        if sum(group, Decimal(0)) > total * HALF
    ]
    return bool(majorities) and all(weight >= total * TWO_THIRDS for weight in majorities)


#: How the clause names those who vote ("two thirds of the votes of all Members").
_ALL_OF = re.compile(r"two thirds of the votes of all (?:the )?([A-Z][a-z]+)")


@rule()
def illusory_supermajority(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    view = ctx.draft.first("decisions.consensus", "governance.reserved_matters")
    reserved = terms.governance.reserved_matters
    matters = [matter.matter for matter in reserved if matter.threshold is Threshold.SUPERMAJORITY]
    if view is None or not matters or "two thirds" not in view.text:
        return
    voters = _voters(terms)
    if voters is None or not _illusory(voters):
        return
    said = _ALL_OF.search(view.text)
    if said and voters.noun in {"Parties", "Members"}:
        voters = replace(voters, noun=said.group(1))  # as the clause names them ("Members", "Partners")
    named = listing(f"'{matter}'" for matter in matters)
    one = len(matters) == 1
    if voters.equal:
        needed = _votes_needed(voters.count, TWO_THIRDS, strictly_more=False)
        count = f"two thirds of the votes of all {voters.count} {voters.noun}, each with one vote, is {needed} votes"
        same = f"exactly what a simple majority needs ({needed} of {voters.count})"
    else:
        count = (
            f"with the votes weighted by holdings ({describe_shares(voters.holdings)}), every group of "
            f"{voters.noun} that holds a majority of the votes also holds two thirds of them"
        )
        same = "so two thirds asks no more than a simple majority"
    yield note(
        "governance.illusory-supermajority",
        "governance.reserved_matters",
        f"The reserved {'matter' if one else 'matters'} {named} in {view.label} "
        f"{'needs' if one else 'need'} a two-thirds majority, but {count}, {same}: the {voters.noun} "
        "outvoted on an ordinary decision are outvoted on these too, so the supermajority protects no one.",
        f"Choose unanimity for {'this matter' if one else 'these matters'} if each of the {voters.noun} "
        "should have a veto on it, or a simple majority if none should.",
        clauses=[view.label],
        items=matters,
    )


#: The adjourned-meeting sentence of the quorum clauses: those present form the quorum.
_ADJOURNED = ("adjourned meeting", "present", "form a quorum")
#: The safeguards a quorum clause may add: a matter opposed in writing before the adjourned
#: meeting cannot be decided there (an every-party quorum), or at least two must be present.
_SAFEGUARDS = ("opposed in writing", "at least two of them")


_PRESENT = re.compile(r"the (\w+) present (?:at the adjourned meeting )?form a quorum", re.IGNORECASE)
_EACH = re.compile(r"each ([A-Z][a-z]+) has (?:one vote|a number of votes)")


@rule()
def quorum_of_one(ctx: ReviewContext) -> Iterator[Finding]:
    """Silent where the agreement has no adjourned-meeting rule (no clause, or a type that
    drafts its own quorum) or where those absent can stop a matter by objecting in writing."""
    terms = ctx.terms
    view = next(
        (
            found
            for clause_id in ("governance.quorum", "decisions.votes")
            if (found := ctx.draft.clause(clause_id)) is not None and all(words in found.text for words in _ADJOURNED)
        ),
        None,
    )
    if view is None or any(safeguard in view.text for safeguard in _SAFEGUARDS):
        return
    voting = ctx.draft.first("decisions.votes", "governance.voting")
    if voting is None or "majority of the votes cast" not in voting.text:
        return
    voters = _voters(terms)
    if voters is None or voters.count < 3:
        return
    # Named as the clauses name them: "the representatives present at the adjourned meeting",
    # "each Member has one vote".
    present = _PRESENT.search(view.text)
    one = present.group(1).removesuffix("s") if present else "member"
    each = _EACH.search(voting.text)
    noun = f"{each.group(1)}s" if each and voters.noun in {"Parties", "Members"} else voters.noun
    clauses = ctx.draft.labels(view.id, voting.id)
    # One clause may hold both sentences (the members' "Meetings and votes").
    by_vote = f" ({voting.label})" if voting.label != view.label else ""
    yield warning(
        "governance.quorum-of-one",
        "governance.quorum.adjourned_meeting_reduced",
        f"At an adjourned meeting ({view.label}) whoever is present forms a quorum, and decisions are taken "
        f"by a majority of the votes cast{by_vote}: with {voters.count} {noun}, a single {one} who "
        "alone turns up can take any ordinary decision on the agenda by itself.",
        "Require at least two members present at the adjourned meeting (or members holding a majority of "
        "all the votes), or let a matter that another member has opposed in writing beforehand wait for "
        "a quorate meeting.",
        clauses=clauses,
    )


@rule(models={AllianceModel.CONSORTIUM})
def admission_supermajority(ctx: ReviewContext) -> Iterator[Finding]:
    """The admission of a new Member by two thirds of the Members (one each, as the clause
    counts them) where that is no more than a majority: three, four or six Members."""
    consortium = ctx.terms.consortium
    view = ctx.draft.clause("consortium.admission")
    if consortium is None or consortium.admission_threshold is not Threshold.SUPERMAJORITY:
        return
    if view is None or "two thirds of the Members" not in view.text:
        return
    voters = Voters("Members", tuple(Decimal(1) for _ in ctx.terms.parties), {})
    if not _illusory(voters):
        return
    needed = _votes_needed(voters.count, TWO_THIRDS, strictly_more=False)
    yield note(
        "consortium.illusory-admission-majority",
        "consortium.admission_threshold",
        f"{view.label.capitalize()} admits a new Member by a majority of at least two thirds of the Members, but "
        f"two thirds of all {voters.count} Members is {needed}, exactly what a simple majority needs ({needed} of "
        f"{voters.count}): the Member outvoted on an ordinary decision is outvoted on who joins too, so the "
        "supermajority protects no one.",
        "Choose unanimity for admissions if each Member should have a veto on who joins the consortium, or a "
        "simple majority if none should.",
        clauses=[view.label],
    )


RULES = (illusory_supermajority, quorum_of_one, admission_supermajority)
