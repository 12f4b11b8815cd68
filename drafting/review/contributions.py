"""Contributions and funding: in-kind contributions need a valuation method, IP needs to
be assigned or licensed, a joint venture needs a way to raise more money, and dilution
as a default remedy hurts the weaker partner."""

from __future__ import annotations

from collections.abc import Iterator

from drafting.review.facts import contributed_value_shares, describe_shares, markedly_unequal, ownership_shares
from drafting.review.findings import Finding, listing, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel
from drafting.terms.commercial import CapitalCallMode, ContributionKind, DefaultRemedy, TransferMode

#: Where contributions are pooled into a shared venture, their value decides ownership or
#: cost shares, so even unvalued in-kind contributions need a method.
_POOLED_MODELS = {AllianceModel.JOINT_VENTURE, AllianceModel.CONSORTIUM}


@rule()
def in_kind_valuation(ctx: ReviewContext) -> Iterator[Finding]:
    unvalued = [
        (index, entry)
        for index, entry in enumerate(ctx.terms.contributions)
        if entry.kind is not ContributionKind.CASH
        and not entry.valuation_method.strip()
        and (entry.value is not None or ctx.terms.model in _POOLED_MODELS)
    ]
    if not unvalued:
        return
    items = [f"{entry.party}: {entry.description}" for _, entry in unvalued]
    yield warning(
        "contributions.in-kind-valuation",
        f"contributions[{unvalued[0][0]}].valuation_method",
        f"{'This contribution is' if len(items) == 1 else 'These contributions are'} not cash and "
        f"the draft does not say how {'its' if len(items) == 1 else 'their'} value is set: "
        f"{listing(items)}. Partners often fall out over what a patent, a site or seconded staff was really worth.",
        "State the valuation method for each: an independent valuer, market rent, person-months "
        "at an agreed rate, or book value.",
        clauses=ctx.draft.labels("contributions.in_kind", "schedule.contributions"),
        items=items,
    )


@rule()
def ip_transfer_mode(ctx: ReviewContext) -> Iterator[Finding]:
    open_ip = [
        (index, entry)
        for index, entry in enumerate(ctx.terms.contributions)
        if entry.kind is ContributionKind.IP and entry.transfer_mode not in {TransferMode.ASSIGN, TransferMode.LICENSE}
    ]
    if not open_ip:
        return
    items = [f"{entry.party}: {entry.description}" for _, entry in open_ip]
    yield warning(
        "contributions.ip-assign-or-licence",
        f"contributions[{open_ip[0][0]}].transfer_mode",
        f"Intellectual property is contributed without saying whether it is assigned (ownership "
        f"passes) or licensed (the owner keeps it): {listing(items)}. That decides who keeps it "
        "if the alliance ends.",
        "Choose 'assign' or 'license' for each; for a licence, set its scope in the background licence.",
        clauses=ctx.draft.labels("contributions.in_kind", "schedule.contributions"),
        items=items,
    )


@rule(models={AllianceModel.JOINT_VENTURE})
def capital_calls(ctx: ReviewContext) -> Iterator[Finding]:
    if ctx.terms.capital_calls.mode is not CapitalCallMode.NONE:
        return
    yield warning(
        "contributions.capital-calls-missing",
        "capital_calls.mode",
        "The joint venture has no way to raise more money from its owners. Most ventures need "
        "more funding than planned, and without agreed rules the request itself becomes a dispute.",
        "Choose a funding rule: pro-rata capital calls up to a cap on 30 days' notice, "
        "shareholder loans, or third-party debt, plus what happens if an owner does not pay.",
        clauses=ctx.draft.labels("contributions.further_funding"),
    )


@rule(models={AllianceModel.JOINT_VENTURE})
def punitive_dilution(ctx: ReviewContext) -> Iterator[Finding]:
    if DefaultRemedy.DILUTION not in ctx.terms.funding_default.remedies:
        return
    owned, contributed = ownership_shares(ctx.terms), contributed_value_shares(ctx.terms)
    unequal = owned if markedly_unequal(owned) else contributed if markedly_unequal(contributed) else None
    if unequal is None or not ctx.draft.has("contributions.funding_default"):
        return
    yield warning(
        "contributions.punitive-dilution",
        "funding_default.remedies",
        f"{ctx.draft.label('contributions.funding_default').capitalize()} dilutes a partner who "
        f"misses a capital call, and the partners' strength is very unequal ({describe_shares(unequal)}). "
        "The stronger partner could call for money the weaker one cannot raise and so take over "
        "the venture cheaply.",
        "Cap capital calls, dilute only at fair value (not at a punitive discount), give a "
        "longer cure period, or let the weaker partner fund by a shareholder loan instead.",
        clauses=ctx.draft.labels("contributions.funding_default"),
    )


_PENALTY_WORDS = {
    DefaultRemedy.DILUTION: "dilution",
    DefaultRemedy.LOSS_OF_RIGHTS: "suspension of rights",
    DefaultRemedy.FORCED_SALE: "a forced sale",
}


@rule(models={AllianceModel.JOINT_VENTURE, AllianceModel.EQUITY_ALLIANCE})
def stacked_default_penalties(ctx: ReviewContext) -> Iterator[Finding]:
    """One missed capital call should not cost a partner its holding three times over."""
    terms = ctx.terms
    if not ctx.draft.has("contributions.funding_default"):
        return
    penalties = [_PENALTY_WORDS[remedy] for remedy in terms.funding_default.remedies if remedy in _PENALTY_WORDS]
    exit_terms = terms.exit
    if exit_terms is not None and "funding_default" in exit_terms.triggers:
        discount = exit_terms.bad_leaver_discount_percent
        penalties.append(f"a call on its shares{f' at a {discount}% discount' if discount else ''}")
    if len(penalties) < 2:
        return
    yield warning(
        "contributions.stacked-penalties",
        "funding_default.remedies",
        f"A partner that misses one capital call faces {listing(penalties)}. Penalties stacked on one "
        "default look punitive: a court may strike them down as a penalty, and a diluted or suspended "
        "partner may petition for unfair prejudice. The draft makes the remedies alternatives, lifts a "
        "suspension once the defaulter pays the sum with interest (or its holding is diluted), and "
        "prices any issue or call at fair value.",
        "Keep one remedy for a funding default (dilution at fair value, or a loan at a premium), and "
        "drop the funding default from the exit triggers or the discount.",
        clauses=ctx.draft.labels("contributions.funding_default", "exit.triggers", "exit.valuation"),
    )


RULES = (in_kind_valuation, ip_transfer_mode, capital_calls, punitive_dilution, stacked_default_penalties)
