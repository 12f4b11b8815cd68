"""Ownership and the balance of power in a joint venture: holdings that do not add up,
unequal partners, and ownership that differs from votes, contributions or distributions.

The balance-of-power research is about equity joint ventures; it says nothing about a
consortium, a community charter or a licence, so these rules are declared for joint
ventures only."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from drafting.review.facts import (
    MISMATCH_POINTS,
    Shares,
    contributed_value_shares,
    describe_shares,
    distribution_shares,
    markedly_unequal,
    ownership_shares,
    vote_shares,
)
from drafting.review.findings import Finding, error, listing, warning
from drafting.review.rules import ReviewContext, rule
from drafting.review.share_sums import exact_gap_text, exact_total_problem
from drafting.terms import AllianceModel
from drafting.terms.governance import Threshold

_VENTURE = {AllianceModel.JOINT_VENTURE}


@rule(models=_VENTURE)
def holdings_total(ctx: ReviewContext) -> Iterator[Finding]:
    venture = ctx.terms.joint_venture
    if venture is None or not venture.holdings:
        return
    problem = exact_total_problem(venture.holdings)
    if problem is None:
        return
    spelled, fix = problem
    clauses = ctx.draft.labels("schedule.shares", "company.formation")
    yield error(
        "ownership.holdings-total",
        "joint_venture.holdings",
        f"The shareholdings in the joint venture company are {spelled}, not 100%, so "
        f"{exact_gap_text(venture.holdings)}; holdings decide votes, profits and exit.",
        f"Make the holdings total exactly 100%: {fix}.",
        clauses=clauses,
    )


@rule(models=_VENTURE)
def distributions_total(ctx: ReviewContext) -> Iterator[Finding]:
    distributions = ctx.terms.distributions
    if distributions is None or not distributions.shares:
        return
    problem = exact_total_problem(distributions.shares)
    if problem is None:
        return
    spelled, fix = problem
    yield error(
        "ownership.distributions-total",
        "distributions.shares",
        f"The profit distributions are {spelled}, not 100%, so {exact_gap_text(distributions.shares)}.",
        f"Make the distribution shares total exactly 100% ({fix}), or leave them empty to "
        "distribute in proportion to ownership.",
        clauses=ctx.draft.labels("company.distributions"),
    )


#: The protections a smaller partner needs, each with the words of a reserved matter
#: that gives it (the matter must need its consent, i.e. unanimity).
_PROTECTIVE_MATTERS = (
    ("the budget", ("budget",)),
    ("new shares", ("issu", "new shares", "share capital")),
    ("borrowing", ("borrow", "debt")),
    ("a change of business", ("nature of the business", "change of business", "changing the business")),
)


def _missing_protections(ctx: ReviewContext, smaller: str) -> list[str]:
    """What the draft does not yet give the smaller partner (read from the draft: a
    protection it already contains is not recommended again)."""
    terms, draft = ctx.terms, ctx.draft
    missing: list[str] = []
    consented = [
        item.matter.casefold()
        for item in terms.governance.reserved_matters
        if item.threshold is Threshold.UNANIMITY and draft.has("governance.reserved_matters")
    ]
    absent = [label for label, words in _PROTECTIVE_MATTERS if not any(w in m for m in consented for w in words)]
    if absent:
        missing.append(f"reserved matters that need its consent ({listing(absent)})")
    seats = {seat.party: seat.seats for seat in terms.governance.seats}
    if not draft.has("governance.body") or seats.get(smaller, 0) < 1:
        missing.append("at least one board seat")
    if not draft.has("company.accounts"):
        missing.append("information rights (accounts and management information)")
    exits = []
    put = draft.contains("put option", "deadlock.resolution") or draft.contains("require the other", "exit.option")
    if not put:
        exits.append("a put option at fair market value")
    if not draft.has("transfer.tag_along"):
        exits.append("tag-along")
    if exits:
        missing.append(f"a clear exit ({listing(exits)})")
    return missing


@rule(models=_VENTURE)
def balance_of_power(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    dimensions: list[tuple[str, str, Shares]] = [
        ("joint_venture.holdings", "ownership", ownership_shares(terms)),
        ("governance.seats", "votes on the governing body", vote_shares(terms)),
        ("contributions", "value contributed", contributed_value_shares(terms)),
    ]
    unequal = [(path, label, shares) for path, label, shares in dimensions if markedly_unequal(shares)]
    if not unequal:
        return
    details = "; ".join(f"{label}: {describe_shares(shares)}" for _, label, shares in unequal)
    first = unequal[0][2]
    smaller = min(first, key=lambda party: first[party])
    missing = _missing_protections(ctx, smaller)
    clauses = ctx.draft.labels("governance.reserved_matters", "schedule.shares")
    message = (
        f"The partners are markedly unequal ({details}). An imbalance is not wrong in itself, but "
        f"the smaller partner ({smaller}) needs protection or it may lose interest or feel overruled."
    )
    if not missing:
        # Everything the finding would recommend is already drafted: a note that asks for
        # nothing is filler, so the review stays silent.
        return
    yield warning(
        "balance.power-imbalance",
        unequal[0][0],
        message,
        f"Give {smaller} what the draft does not yet contain: {listing(missing)}. Or move the "
        "holdings closer to equal.",
        clauses=clauses,
    )


def _differing(first: Shares, second: Shares) -> list[str]:
    parties = sorted(set(first) | set(second))
    return [
        party
        for party in parties
        if abs(first.get(party, Decimal(0)) - second.get(party, Decimal(0))) > MISMATCH_POINTS
    ]


@rule(models=_VENTURE)
def ownership_mismatch(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    ownership = ownership_shares(terms)
    if not ownership:
        return
    comparisons = [
        ("votes", "governance.seats", vote_shares(terms), "votes on the board", "schedule.governance"),
        ("contributions", "contributions", contributed_value_shares(terms), "share of the value contributed",
         "schedule.contributions"),
        ("distributions", "distributions.shares", distribution_shares(terms), "share of the profits paid out",
         "company.distributions"),
    ]  # fmt: skip
    for key, path, other, label, clause_id in comparisons:
        if not other or not _differing(ownership, other):
            continue
        yield warning(
            f"balance.ownership-vs-{key}",
            path,
            f"Ownership ({describe_shares(ownership)}) differs from the {label} "
            f"({describe_shares(other)}). When owning, deciding, paying in and being paid out "
            "do not line up, one partner can end up carrying risk without matching say or reward, "
            "a common source of disputes.",
            f"Either align the {label} with ownership, or keep the difference on purpose and "
            "say why in the background, so that both sides accept it knowingly.",
            clauses=ctx.draft.labels("schedule.shares", clause_id),
        )


RULES = (holdings_total, distributions_total, balance_of_power, ownership_mismatch)
