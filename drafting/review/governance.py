"""Governance: deadlock in 50/50 deals, deadlines on the deadlock steps the agreement
contains, casting votes, quorum, reserved matters, seats, and shotgun clauses between
partners of unequal means."""

from __future__ import annotations

from collections.abc import Iterator

from drafting.review.facts import (
    contributed_value_shares,
    has_equal_two_party_votes,
    is_fifty_fifty,
    markedly_unequal,
    ownership_shares,
)
from drafting.review.findings import Finding, error, listing, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel
from drafting.terms.governance import BodyType, CastingVote, ChairRule, TerminalMechanism

_SHOTGUNS = {
    TerminalMechanism.RUSSIAN_ROULETTE: "Russian roulette (shotgun)",
    TerminalMechanism.TEXAS_SHOOTOUT: "Texas shoot-out",
}
_POOLED_MODELS = {AllianceModel.JOINT_VENTURE, AllianceModel.CONSORTIUM}
#: Models where a joint committee is optional and a short escalation step is worth a word.
#: (Not an equity alliance: a minority investor has consent rights, not a deadlock.)
_COMMITTEE_MODELS = {
    AllianceModel.LICENSING,
    AllianceModel.CO_MARKETING,
    AllianceModel.DATA_SHARING,
}


@rule(models={AllianceModel.JOINT_VENTURE})
def deadlock_in_fifty_fifty(ctx: ReviewContext) -> Iterator[Finding]:
    deadlock = ctx.terms.governance.deadlock
    if not is_fifty_fifty(ctx.terms):
        return
    no_steps = deadlock is None or (
        deadlock.terminal is TerminalMechanism.NONE and not deadlock.escalation_days and not deadlock.mediation_days
    )
    if no_steps:
        yield error(
            "governance.deadlock-missing",
            "governance.deadlock",
            "This is a 50/50 joint venture with no way to break a deadlock. If the two sides "
            "disagree on something important, such as the budget, the business can freeze with no "
            "way forward except a court.",
            "Add a deadlock ladder: written position statements, escalation to the chief "
            "executives within 30 days, mediation within 45 days, then a final step such as "
            "an independent expert, a put/call option at fair market value or a sale.",
        )
    elif deadlock is not None and deadlock.terminal is TerminalMechanism.NONE:
        yield warning(
            "governance.deadlock-no-final-step",
            "governance.deadlock.terminal",
            f"The deadlock ladder ({listing(ctx.draft.labels('deadlock')) or 'the Deadlock article'}) of "
            "this 50/50 joint venture has no final step: if escalation and mediation fail, the "
            "deadlock simply continues.",
            "Choose a final step: an independent expert, arbitration, a put/call option at "
            "fair market value, a sale to a third party or winding up.",
            clauses=ctx.draft.labels("deadlock"),
        )


@rule(models=_COMMITTEE_MODELS)
def deadlock_committee(ctx: ReviewContext) -> Iterator[Finding]:
    # A committee the agreement does not contain has no votes to tie (see governance_not_drafted).
    if ctx.draft.assembled and not ctx.draft.has("governance.voting"):
        return
    if ctx.terms.governance.deadlock is None and has_equal_two_party_votes(ctx.terms):
        yield note(
            "governance.deadlock-committee",
            "governance.deadlock",
            "The two parties have equal votes on the committee but no deadlock steps, so a "
            "disagreement goes straight to the dispute-resolution clause.",
            "Consider a short escalation step (senior managers meet within 30 days) before a formal dispute.",
            clauses=ctx.draft.labels("governance.voting"),
        )


@rule()
def deadlock_step_deadlines(ctx: ReviewContext) -> Iterator[Finding]:
    """Only the steps the agreement actually contains: a step the user left out has no
    clause, so it has no deadline to miss."""
    deadlock = ctx.terms.governance.deadlock
    if deadlock is None:
        return
    for field, clause_id, label in (
        ("escalation_days", "deadlock.escalation", "escalation"),
        ("mediation_days", "deadlock.mediation", "mediation"),
    ):
        view = ctx.draft.clause(clause_id)
        if view is None or getattr(deadlock, field):
            continue
        yield warning(
            f"governance.deadlock-{label}-deadline-missing",
            f"governance.deadlock.{field}",
            f"The deadlock {label} step ({view.label}) has no time limit (0 days), so a party can "
            "hold up the next step indefinitely.",
            f"Give the {label} step a deadline, for example 30 days, or leave the step out.",
            clauses=[view.label],
        )


@rule()
def casting_vote_in_fifty_fifty(ctx: ReviewContext) -> Iterator[Finding]:
    governance = ctx.terms.governance
    if not (is_fifty_fifty(ctx.terms) or has_equal_two_party_votes(ctx.terms)):
        return
    independent_chair = governance.chair is ChairRule.INDEPENDENT
    hands_control = governance.casting_vote is CastingVote.PARTY or (
        governance.casting_vote is CastingVote.CHAIR and not independent_chair
    )
    if hands_control:
        yield warning(
            "governance.casting-vote-fifty-fifty",
            "governance.casting_vote",
            "The votes are split equally, but a casting vote for the chair or one party lets "
            "that side decide every tie. In practice it hands control of the alliance to one "
            "partner and removes the equality the 50/50 split was meant to give.",
            "Remove the casting vote and rely on the deadlock steps, limit it to a short list of "
            "operational matters, or give it to an independent chair.",
            clauses=ctx.draft.labels("governance.casting_vote"),
        )


@rule()
def quorum_blockable(ctx: ReviewContext) -> Iterator[Finding]:
    governance = ctx.terms.governance
    if governance.body is BodyType.NONE or governance.quorum.adjourned_meeting_reduced:
        return
    if ctx.draft.assembled and not ctx.draft.has("governance.quorum"):
        return
    yield warning(
        "governance.quorum-blockable",
        "governance.quorum.adjourned_meeting_reduced",
        "Without an adjourned-meeting rule a party can block every decision simply by not "
        "turning up, because the meeting never has a quorum.",
        "Add an adjourned-meeting rule: if a meeting is not quorate, it is adjourned by "
        f"{governance.quorum.adjournment_days or 7} days and the parties present then form a quorum.",
        clauses=ctx.draft.labels("governance.quorum"),
    )


@rule(models=_POOLED_MODELS)
def reserved_matters(ctx: ReviewContext) -> Iterator[Finding]:
    governance = ctx.terms.governance
    if governance.body is BodyType.NONE:
        return
    if not governance.reserved_matters:
        yield warning(
            "governance.reserved-matters-missing",
            "governance.reserved_matters",
            "No reserved matters are listed, so every decision, even selling the business or "
            "issuing new shares, could pass by a simple majority.",
            "List the decisions that need unanimity or a supermajority: changes to the "
            "constitution, new shares, borrowing and disposals above a threshold, the budget, "
            "dividends, change of business and winding up.",
            clauses=ctx.draft.labels("governance.voting"),
        )
    vague = [
        (index, matter.matter)
        for index, matter in enumerate(governance.reserved_matters)
        if "threshold" in matter.matter.lower() and matter.amount is None
    ]
    if vague:
        yield warning(
            "governance.reserved-matter-amount",
            f"governance.reserved_matters[{vague[0][0]}].amount",
            f"The reserved {'matter' if len(vague) == 1 else 'matters'} "
            f"{listing(repr(text) for _, text in vague)} refer to a threshold but give no amount, "
            "so nobody can tell which decisions they catch.",
            "Enter the amount (for example EUR 500,000) above which each matter is reserved.",
            clauses=ctx.draft.labels("governance.reserved_matters"),
            items=[text for _, text in vague],
        )


@rule(models=_POOLED_MODELS)
def seats_for_every_party(ctx: ReviewContext) -> Iterator[Finding]:
    governance = ctx.terms.governance
    if governance.body is BodyType.NONE or not governance.seats:
        return
    seated = {entry.party for entry in governance.seats if entry.seats > 0}
    unseated = [party.short_name for party in ctx.terms.parties if party.short_name not in seated]
    if not unseated:
        return
    yield warning(
        "governance.party-without-seat",
        "governance.seats",
        f"{listing(unseated)} {'has' if len(unseated) == 1 else 'have'} no seat on the governing "
        "body, so no say in decisions although a member of the alliance.",
        "Give each of them at least one seat, or an observer and information right.",
        clauses=ctx.draft.labels("governance.body", "schedule.governance"),
        items=unseated,
    )


@rule()
def shotgun_unequal_capacity(ctx: ReviewContext) -> Iterator[Finding]:
    deadlock = ctx.terms.governance.deadlock
    if deadlock is None or deadlock.terminal not in _SHOTGUNS:
        return
    if ctx.draft.assembled and not ctx.draft.has("deadlock.resolution"):
        return
    owned, contributed = ownership_shares(ctx.terms), contributed_value_shares(ctx.terms)
    if not (markedly_unequal(owned) or markedly_unequal(contributed)):
        return
    name = _SHOTGUNS[deadlock.terminal]
    yield warning(
        "governance.shotgun-unequal",
        "governance.deadlock.terminal",
        f"A {name} lets one partner name a price at which the other must buy or sell. Between "
        "partners of unequal size or means, the richer one can name a price the smaller one "
        "cannot afford to match, forcing it out cheaply.",
        "Use a mechanism that does not depend on financial strength, such as a put/call option "
        "at fair market value set by an independent expert, or a sale to a third party.",
        clauses=ctx.draft.labels("deadlock.resolution"),
    )


@rule(models={AllianceModel.CONSORTIUM})
def consortium_veto_window(ctx: ReviewContext) -> Iterator[Finding]:
    if ctx.terms.governance.body is not BodyType.NONE and ctx.terms.governance.veto_window_days is None:
        yield note(
            "governance.veto-window",
            "governance.veto_window_days",
            "Consortium members usually have a short window (about 15 days) to veto a decision "
            "that harms their work or results; this draft sets none.",
            "Set a veto window, for example 15 days after the minutes are sent.",
            clauses=ctx.draft.labels("governance.voting"),
        )


RULES = (
    deadlock_in_fifty_fifty,
    deadlock_committee,
    deadlock_step_deadlines,
    casting_vote_in_fifty_fifty,
    quorum_blockable,
    reserved_matters,
    seats_for_every_party,
    shotgun_unequal_capacity,
    consortium_veto_window,
)
