"""Governance: deadlock in 50/50 deals, casting votes, quorum, reserved matters, seats,
and shotgun clauses between partners of unequal means."""

from __future__ import annotations

from collections.abc import Iterator

from drafting.review.facts import (
    contributed_value_shares,
    has_equal_two_party_votes,
    is_fifty_fifty,
    markedly_unequal,
    ownership_shares,
)
from drafting.review.findings import Finding, error, note, warning
from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.governance import BodyType, CastingVote, ChairRule, TerminalMechanism

_SHOTGUNS = {
    TerminalMechanism.RUSSIAN_ROULETTE: "Russian roulette (shotgun)",
    TerminalMechanism.TEXAS_SHOOTOUT: "Texas shoot-out",
}
_POOLED_MODELS = {AllianceModel.JOINT_VENTURE, AllianceModel.CONSORTIUM}


def deadlock_in_fifty_fifty(terms: AgreementTerms) -> Iterator[Finding]:
    deadlock = terms.governance.deadlock
    if is_fifty_fifty(terms):
        no_steps = deadlock is None or (
            deadlock.terminal is TerminalMechanism.NONE and not deadlock.escalation_days and not deadlock.mediation_days
        )
        if no_steps:
            yield error(
                "governance.deadlock-missing",
                "governance.deadlock",
                "This is a 50/50 deal with no way to break a deadlock. If the two sides disagree "
                "on something important, such as the budget, the business can freeze with no "
                "way forward except a court.",
                "Add a deadlock ladder: written position statements, escalation to the chief "
                "executives within 30 days, mediation within 45 days, then a final step such as "
                "an independent expert, a put/call option at fair market value or a sale.",
            )
        elif deadlock is not None and deadlock.terminal is TerminalMechanism.NONE:
            yield warning(
                "governance.deadlock-no-final-step",
                "governance.deadlock.terminal",
                "The deadlock ladder in this 50/50 deal has no final step: if escalation and "
                "mediation fail, the deadlock simply continues.",
                "Choose a final step: an independent expert, arbitration, a put/call option at "
                "fair market value, a sale to a third party or winding up.",
            )
    elif deadlock is None and has_equal_two_party_votes(terms):
        yield note(
            "governance.deadlock-committee",
            "governance.deadlock",
            "The two parties have equal votes on the committee but no deadlock steps, so a "
            "disagreement goes straight to the dispute-resolution clause.",
            "Consider a short escalation step (senior managers meet within 30 days) before a formal dispute.",
        )


def casting_vote_in_fifty_fifty(terms: AgreementTerms) -> Iterator[Finding]:
    governance = terms.governance
    if not (is_fifty_fifty(terms) or has_equal_two_party_votes(terms)):
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
        )


def quorum_blockable(terms: AgreementTerms) -> Iterator[Finding]:
    governance = terms.governance
    if governance.body is BodyType.NONE or governance.quorum.adjourned_meeting_reduced:
        return
    yield warning(
        "governance.quorum-blockable",
        "governance.quorum.adjourned_meeting_reduced",
        "Without an adjourned-meeting rule a party can block every decision simply by not "
        "turning up, because the meeting never has a quorum.",
        "Add an adjourned-meeting rule: if a meeting is not quorate, it is adjourned by "
        f"{governance.quorum.adjournment_days or 7} days and the parties present then form a quorum.",
    )


def reserved_matters(terms: AgreementTerms) -> Iterator[Finding]:
    governance = terms.governance
    if governance.body is BodyType.NONE:
        return
    if terms.model in _POOLED_MODELS and not governance.reserved_matters:
        yield warning(
            "governance.reserved-matters-missing",
            "governance.reserved_matters",
            "No reserved matters are listed, so every decision, even selling the business or "
            "issuing new shares, could pass by a simple majority.",
            "List the decisions that need unanimity or a supermajority: changes to the "
            "constitution, new shares, borrowing and disposals above a threshold, the budget, "
            "dividends, change of business and winding up.",
        )
    for index, matter in enumerate(governance.reserved_matters):
        if "threshold" in matter.matter.lower() and matter.amount is None:
            yield warning(
                "governance.reserved-matter-amount",
                f"governance.reserved_matters[{index}].amount",
                f"The reserved matter '{matter.matter}' refers to a threshold but gives no amount, "
                "so nobody can tell which decisions it catches.",
                "Enter the amount (for example EUR 500,000) above which the matter is reserved.",
            )


def seats_for_every_party(terms: AgreementTerms) -> Iterator[Finding]:
    governance = terms.governance
    if terms.model not in _POOLED_MODELS or governance.body is BodyType.NONE or not governance.seats:
        return
    seated = {entry.party for entry in governance.seats if entry.seats > 0}
    for index, party in enumerate(terms.parties):
        if party.short_name not in seated:
            yield warning(
                "governance.party-without-seat",
                f"parties[{index}]",
                f"{party.short_name} has no seat on the governing body, so it has no say in "
                "decisions although it is a member of the alliance.",
                f"Give {party.short_name} at least one seat, or an observer and information right.",
            )


def shotgun_unequal_capacity(terms: AgreementTerms) -> Iterator[Finding]:
    deadlock = terms.governance.deadlock
    if deadlock is None or deadlock.terminal not in _SHOTGUNS:
        return
    if not (markedly_unequal(ownership_shares(terms)) or markedly_unequal(contributed_value_shares(terms))):
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
    )


def consortium_veto_window(terms: AgreementTerms) -> Iterator[Finding]:
    if terms.model is AllianceModel.CONSORTIUM and terms.governance.veto_window_days is None:
        yield note(
            "governance.veto-window",
            "governance.veto_window_days",
            "Consortium members usually have a short window (about 15 days) to veto a decision "
            "that harms their work or results; this draft sets none.",
            "Set a veto window, for example 15 days after the minutes are sent.",
        )


RULES = (
    deadlock_in_fifty_fifty,
    casting_vote_in_fifty_fifty,
    quorum_blockable,
    reserved_matters,
    seats_for_every_party,
    shotgun_unequal_capacity,
    consortium_veto_window,
)
