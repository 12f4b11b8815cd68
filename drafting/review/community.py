"""Open-source and community alliances: the inbound licence or DCO, the project licence,
neutral trade marks, an antitrust policy among competing members, membership tiers
(every member has one; its seats on the board are those the charter lists), no change
of the project licence by a vote, and a host that stands apart from the members."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafting.review.findings import Finding, error, listing, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel
from drafting.terms.extras import ContributionMechanism
from drafting.terms.parties import EntityType, PartyRole


@rule(models={AllianceModel.OPEN_SOURCE})
def inbound_licence(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    project = terms.open_source
    if project is None:
        return
    if project.contribution_mechanism is ContributionMechanism.NONE:
        yield error(
            "community.inbound-missing",
            "open_source.contribution_mechanism",
            "Contributors do not sign a Developer Certificate of Origin (DCO) or a contributor "
            "licence agreement (CLA). Nobody can then show that a contributor had the right to "
            "contribute its code, which puts every user of the project at risk.",
            "Require a DCO sign-off on every contribution (or a CLA).",
            clauses=ctx.draft.labels("project.contributions"),
        )
    if not project.inbound_equals_outbound and project.contribution_mechanism is not ContributionMechanism.CLA:
        yield error(
            "community.inbound-licence-missing",
            "open_source.inbound_equals_outbound",
            "Contributions are not received under the project licence and there is no CLA, so "
            "the project has no licence to distribute what contributors send in.",
            "Use 'inbound = outbound' (contributions come in under the project licence) or a CLA.",
            clauses=ctx.draft.labels("project.contributions"),
        )
    if not project.licence.strip():
        yield error(
            "community.licence-missing",
            "open_source.licence",
            "The project has no licence, so nobody outside the members may lawfully use the code.",
            "Choose an open-source licence by its SPDX id, for example Apache-2.0.",
            clauses=ctx.draft.labels("project.licence"),
        )


@rule(models={AllianceModel.OPEN_SOURCE})
def antitrust_policy(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    project = terms.open_source
    if project is None or project.antitrust_policy or not terms.competitors:
        return
    yield warning(
        "community.antitrust-policy-missing",
        "open_source.antitrust_policy",
        "Competing companies meet in the project without an antitrust policy. Talk about "
        "prices, customers or plans at project meetings can break competition law.",
        "Adopt an antitrust policy: agendas in advance, minutes, no discussion of prices, "
        "customers, markets or business plans.",
        clauses=ctx.draft.labels("project.charter"),
    )


@rule(models={AllianceModel.OPEN_SOURCE})
def neutral_trademarks(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    project = terms.open_source
    if project is None or project.trademark_holder.strip():
        return
    yield note(
        "community.trademark-holder",
        "open_source.trademark_holder",
        "Nobody is named to hold the project's name and logo. If one member registers them, it "
        "controls the project's identity.",
        "Have the marks held neutrally, by a foundation or the project's legal entity.",
        clauses=ctx.draft.labels("project.trademarks"),
    )


@rule(models={AllianceModel.OPEN_SOURCE})
def membership_tiers(ctx: ReviewContext) -> Iterator[Finding]:
    """Precedent 9: each member joins at a tier, and the seats per tier are the same in
    the membership article and in the charter's list of seats."""
    terms = ctx.terms
    project = terms.open_source
    if project is None or not project.tiers:
        return  # tiers are optional: a charter without them says nothing about fees
    tiered = {member.party: member.tier for member in project.members}
    # The host is never a member, whatever role the parties page gave it.
    members = [party.short_name for party in terms.parties if party.role is PartyRole.MEMBER]
    untiered = [name for name in members if name not in tiered and name != project.host]
    if untiered:
        yield warning(
            "community.member-without-tier",
            "open_source.members",
            f"{listing(untiered)} {'is a member' if len(untiered) == 1 else 'are members'} with no "
            "membership tier, so the agreement does not say what "
            f"{'it pays' if len(untiered) == 1 else 'they pay'} or which seats "
            f"{'it has' if len(untiered) == 1 else 'they have'} on the Governing Board.",
            "Choose the tier each member joins at.",
            clauses=ctx.draft.labels("membership.tiers"),
            items=untiered,
        )
    seats = {entry.party: entry.seats for entry in terms.governance.seats}
    if not seats:
        return
    carried = {tier.name: tier.board_seats for tier in project.tiers}
    differ = [
        (party, tier, carried[tier], seats.get(party, 0))
        for party, tier in tiered.items()
        if carried[tier] != seats.get(party, 0)
    ]
    if differ:
        yield error(
            "community.tier-seats-mismatch",
            "governance.seats",
            "The membership tiers and the list of seats disagree: "
            + "; ".join(
                f"{party} joins at the {tier} tier, which carries {_seats(tier_seats)}, "
                f"but the list of seats gives it {_seats(listed)}"
                for party, tier, tier_seats, listed in differ
            )
            + ". The agreement would give two answers to who sits on the board.",
            "Make each member's seats in the list of seats the seats its tier carries, or move the member to "
            "the tier that carries them.",
            clauses=ctx.draft.labels("membership.board", "schedule.governance"),
            items=[party for party, *_ in differ],
        )


#: A reserved matter that decides the licence itself: relicensing, or changing, amending,
#: replacing or switching the licence (approving the licence of inbound third-party code
#: is not one).
_LICENCE_CHANGE = re.compile(
    r"relicens|\b(chang|amend|replac|switch)\w*\b.*\blicen[cs]e|\blicen[cs]e\b.*\b(chang|amend|replac|switch)",
    re.IGNORECASE,
)


@rule(models={AllianceModel.OPEN_SOURCE})
def licence_change_by_vote(ctx: ReviewContext) -> Iterator[Finding]:
    """Precedent 9: the licence of existing code changes only with the consent of its
    copyright holders (or as the licence itself permits); a licence change by vote is an
    error, whatever the majority."""
    matters = [entry.matter for entry in ctx.terms.governance.reserved_matters if _LICENCE_CHANGE.search(entry.matter)]
    if not matters:
        return
    yield error(
        "community.licence-change-by-vote",
        "governance.reserved_matters",
        f"The members may decide by a vote on {listing(matters)}. Contributors keep the copyright "
        "in their code, so a vote cannot relicense it: the licence of existing contributions "
        "changes only with the consent of their copyright holders, or as the project licence "
        "itself permits.",
        "Take the licence change out of the matters decided by vote, and say that a new licence "
        "applies to existing contributions only with their copyright holders' consent.",
        clauses=ctx.draft.labels("governance.reserved_matters", "ip.foreground"),
        items=matters,
    )


@rule(models={AllianceModel.OPEN_SOURCE})
def host_apart_from_members(ctx: ReviewContext) -> Iterator[Finding]:
    """Precedent 9: a neutral host (foundation, association, stichting) is a party but
    never a member: it holds the marks, receives the fees and has no vote. A foundation
    drafted as one more member, a host with votes, marks held by someone else and an EU
    market without a steward are each raised."""
    terms = ctx.terms
    project = terms.open_source
    if project is None:
        return
    if project.host is None:
        foundations = [party.short_name for party in terms.parties if party.entity_type is EntityType.FOUNDATION]
        if foundations:
            yield warning(
                "community.host-drafted-as-member",
                "open_source.host",
                f"{listing(foundations)} {'is a foundation' if len(foundations) == 1 else 'are foundations'} "
                "but the agreement names no host, so it is drafted as one more Member on the same footing "
                "as the companies, with a vote and the members' obligations. A foundation (and a Dutch "
                "stichting, which has no members at all) hosts the project; it does not join it.",
                "Name the foundation as the project's host: it then holds the marks, admits the members and "
                "receives the fees, and has no vote.",
                clauses=ctx.draft.labels("project.charter"),
                items=foundations,
            )
        if project.eu_market:
            yield warning(
                "community.cra-no-steward",
                "open_source.host",
                "Members place products that include the project's software on the EU market, but no legal "
                "person hosts the project. The Cyber Resilience Act (Regulation (EU) 2024/2847) expects an "
                "open-source software steward to keep a cybersecurity policy and cooperate with market "
                "surveillance authorities; without a host nobody does.",
                "Name the foundation or association that hosts the project, which then acts as steward.",
                clauses=ctx.draft.labels("project.charter"),
            )
        return
    seats = [entry.seats for entry in terms.governance.seats if entry.party == project.host and entry.seats]
    if seats:
        yield warning(
            "community.host-holds-seats",
            "governance.seats",
            f"{project.host} hosts the project but is given {_seats(sum(seats))} on the "
            f"{terms.governance.body.value.replace('_', ' ')}. The agreement lets its representatives attend "
            "without a vote, but a seat in the list reads as a vote, and the host should stay neutral.",
            f"Take {project.host} out of the list of seats; its staff may attend meetings as observers.",
            clauses=ctx.draft.labels("membership.host", "schedule.governance"),
            items=[project.host],
        )
    holder = project.trademark_holder.strip()
    host = terms.party(project.host)
    if holder and holder.casefold() not in {host.short_name.casefold(), host.legal_name.casefold()}:
        yield warning(
            "community.marks-not-with-host",
            "open_source.trademark_holder",
            f"The project marks are to be held by {holder}, not by {project.host}, which hosts the project "
            f"and grants the members their licence to use the marks. {holder} would have to license "
            f"{project.host} first, and a member holding the marks controls the project's identity.",
            f"Have {project.host} hold the project marks.",
            clauses=ctx.draft.labels("project.trademarks", "project.mark_licence"),
            items=[holder],
        )


def _seats(count: int) -> str:
    return "no seat" if count == 0 else ("1 seat" if count == 1 else f"{count} seats")


RULES = (
    inbound_licence,
    antitrust_policy,
    neutral_trademarks,
    membership_tiers,
    licence_change_by_vote,
    host_apart_from_members,
)
