"""Money: how revenue, profit, cost, commission or royalty is shared, tiers, the net
basis, audit rights and the no-partnership clause that sharing needs."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from drafting.review.findings import Finding, error, warning
from drafting.review.rules import ReviewContext, rule
from drafting.review.share_sums import exact_gap_text, exact_total_problem
from drafting.terms import AllianceModel
from drafting.terms.commercial import SharingBase, SharingModel

_POOLS = {SharingModel.REVENUE, SharingModel.PROFIT, SharingModel.COST_SHARE}
_RATES = {SharingModel.COMMISSION, SharingModel.ROYALTY}
#: A joint venture has its own relationship clause (the parties co-operate through the
#: company), never a plain "no partnership" statement.
_SHARING_MODELS = frozenset(AllianceModel) - {AllianceModel.JOINT_VENTURE}


@rule()
def pool_totals_100(ctx: ReviewContext) -> Iterator[Finding]:
    """Wherever the agreement drafts a pool (a joint venture's own profits follow the
    holdings instead, but a pool it does contain must still add up)."""
    sharing = ctx.terms.sharing
    if sharing.model not in _POOLS or (ctx.draft.assembled and not ctx.draft.has("financial.model")):
        return
    what = sharing.model.value.replace("_", " ")
    clauses = ctx.draft.labels("financial.model")
    if not sharing.shares and not sharing.bands:
        yield error(
            "sharing.pool-missing",
            "sharing.shares",
            f"The draft shares {what} but does not say who gets what percentage.",
            "Enter each party's percentage; together they must make 100.",
            clauses=clauses,
        )
        return
    problem = exact_total_problem(sharing.shares) if sharing.shares else None
    if problem is not None:
        spelled, fix = problem
        where = f"{clauses[0].capitalize()} shares" if clauses else "The draft shares"
        yield error(
            "sharing.pool-not-100",
            "sharing.shares",
            f"{where} {what} as {spelled}, not 100%, so {exact_gap_text(sharing.shares)}: "
            "a dispute at the first payment.",
            f"Make the shares total exactly 100%: {fix}.",
            clauses=clauses,
        )


@rule(models={AllianceModel.CO_MARKETING})
def cost_split_totals_100(ctx: ReviewContext) -> Iterator[Finding]:
    marketing = ctx.terms.co_marketing
    if marketing is None or not marketing.cost_split:
        return
    problem = exact_total_problem(marketing.cost_split)
    if problem is not None:
        spelled, fix = problem
        yield error(
            "sharing.cost-split-not-100",
            "co_marketing.cost_split",
            f"{ctx.draft.label('co_marketing.costs').capitalize() or 'The draft'} splits the campaign "
            f"costs {spelled}, not 100%, so {exact_gap_text(marketing.cost_split)}.",
            f"Make the cost split total exactly 100%: {fix}.",
            clauses=ctx.draft.labels("co_marketing.costs"),
        )


@rule()
def rate_and_parties(ctx: ReviewContext) -> Iterator[Finding]:
    sharing = ctx.terms.sharing
    if sharing.model not in _RATES:
        return
    what = sharing.model.value
    clauses = ctx.draft.labels("financial.model")
    if sharing.rate_percent is None and not sharing.tiers:
        yield error(
            "sharing.rate-missing",
            "sharing.rate_percent",
            f"The draft pays a {what} but gives no rate, so the amount owed cannot be worked out.",
            f"Enter the {what} rate as a percentage, or a table of tiers.",
            clauses=clauses,
        )
    # An R&D option's royalty with no payee is shared equally by the grantors (clause says so).
    shared_by_grantors = ctx.terms.research is not None and ctx.terms.research.option is not None
    if sharing.payer is None or (sharing.payee is None and not shared_by_grantors):
        yield error(
            "sharing.payer-payee-missing",
            "sharing.payer" if sharing.payer is None else "sharing.payee",
            f"The draft does not say who pays the {what} and who receives it.",
            "Choose the paying party and the receiving party.",
            clauses=clauses,
        )
    elif sharing.payer == sharing.payee:
        yield error(
            "sharing.payer-is-payee",
            "sharing.payee",
            f"{sharing.payer} is named both as payer and as receiver of the {what}.",
            "Name the other party as the receiver (or the payer).",
            clauses=clauses,
        )


@rule()
def net_basis_deductions(ctx: ReviewContext) -> Iterator[Finding]:
    sharing = ctx.terms.sharing
    if sharing.model is SharingModel.NONE or sharing.base is not SharingBase.NET or sharing.deductions:
        return
    yield error(
        "sharing.net-without-deductions",
        "sharing.deductions",
        "Payments are calculated on a net amount, but the draft does not list what is deducted. "
        "'Net' then means whatever the paying party says, a classic source of disputes.",
        "List every deduction allowed (returns, refunds, taxes, chargebacks, payment fees, cost of "
        "goods), or switch to a gross basis.",
        clauses=ctx.draft.labels("financial.model"),
    )


@rule()
def tiers_ordered(ctx: ReviewContext) -> Iterator[Finding]:
    tiers = ctx.terms.sharing.tiers
    clauses = ctx.draft.labels("financial.tiers")
    for index in range(1, len(tiers)):
        if tiers[index].threshold <= tiers[index - 1].threshold:
            yield error(
                "sharing.tiers-overlap",
                f"sharing.tiers[{index}].threshold",
                f"Tier {index + 1} starts at {tiers[index].threshold:f}, not above the previous tier "
                f"({tiers[index - 1].threshold:f}). The tiers overlap, so two rates apply to the same sales.",
                "List the tiers from the lowest threshold to the highest, each starting above the one before.",
                clauses=clauses,
            )
    steps = [later.percent - earlier.percent for earlier, later in pairwise(tiers)]
    if any(step > 0 for step in steps) and any(step < 0 for step in steps):
        rates = ", ".join(f"{tier.percent:f}% from {tier.threshold:f}" for tier in tiers)
        yield warning(
            "sharing.tiers-not-monotonic",
            "sharing.tiers",
            f"The tier rates ({rates}) go up and then down (or down and then up). Such a table is "
            "hard to apply and invites games around the thresholds.",
            "Make the rates rise steadily (to reward growth) or fall steadily (volume discount).",
            clauses=clauses,
        )


@rule()
def audit_rights(ctx: ReviewContext) -> Iterator[Finding]:
    sharing = ctx.terms.sharing
    if sharing.model is SharingModel.NONE or sharing.audit is not None:
        return
    yield warning(
        "sharing.audit-missing",
        "sharing.audit",
        "Money is shared, but the receiving party has no right to check the other's books. "
        "It must take the payment reports on trust.",
        "Add audit rights: once a year, on 30 days' notice, with the paying party bearing the "
        "cost if it underpaid by more than 5%.",
        clauses=ctx.draft.labels("financial.records"),
    )


@rule(models=_SHARING_MODELS)
def no_partnership_clause(ctx: ReviewContext) -> Iterator[Finding]:
    if ctx.terms.sharing.model is SharingModel.NONE or ctx.terms.boilerplate.no_partnership:
        return
    yield error(
        "sharing.no-partnership-missing",
        "boilerplate.no_partnership",
        "The parties share money but the agreement lacks a 'no partnership' clause. Sharing "
        "profits can make a court treat the parties as partners in law, each liable for the "
        "other's debts.",
        "Keep the clause stating that nothing in the agreement creates a partnership, joint "
        "venture or agency, and that no party may bind another.",
        clauses=ctx.draft.labels("financial.model"),
    )


@rule()
def guarantee_and_cap(ctx: ReviewContext) -> Iterator[Finding]:
    sharing = ctx.terms.sharing
    guarantee, cap = sharing.minimum_guarantee, sharing.cap
    if guarantee is not None and guarantee.currency != sharing.currency:
        yield warning(
            "sharing.currency-mismatch",
            "sharing.minimum_guarantee",
            f"The minimum guarantee is in {guarantee.currency} but payments are made in "
            f"{sharing.currency}; exchange-rate moves will change what is actually guaranteed.",
            "Use the same currency, or say which exchange rate and date apply.",
            clauses=ctx.draft.labels("financial.minimum_guarantee"),
        )
    if guarantee is None or cap is None or cap.currency != guarantee.currency:
        return
    if cap.amount < guarantee.amount:
        places = ctx.draft.labels("financial.cap", "financial.minimum_guarantee")
        where = f" ({' against '.join(places)})" if len(places) == 2 else ""
        yield error(
            "sharing.cap-below-guarantee",
            "sharing.cap",
            f"The payment cap ({cap.currency} {cap.amount:,.2f}) is lower than the minimum guarantee "
            f"({guarantee.currency} {guarantee.amount:,.2f}){where}, so the two promises contradict each other.",
            "Raise the cap above the minimum guarantee, or lower the guarantee.",
            clauses=places,
        )


@rule(models={AllianceModel.REVENUE_SHARING, AllianceModel.CO_MARKETING, AllianceModel.CONSORTIUM})
def split_minimum_names_who_owes_it(ctx: ReviewContext) -> Iterator[Finding]:
    """A minimum guarantee in a split where each party collects its own revenue reads
    "the paying Party guarantees ... to the receiving Party": nobody is bound."""
    sharing = ctx.terms.sharing
    if sharing.model not in {SharingModel.REVENUE, SharingModel.PROFIT} or sharing.minimum_guarantee is None:
        return
    # A revenue share names the guarantor "the Party that collects the Gross Revenue" where no
    # collector is chosen: still nobody in particular.
    unnamed = ctx.draft.contains("paying", "financial.minimum_guarantee") or ctx.draft.contains(
        "that collects the Gross Revenue", "financial.minimum_guarantee"
    )
    if sharing.payer is not None or not unnamed:
        return
    money = sharing.minimum_guarantee
    yield error(
        "sharing.minimum-owed-by-nobody",
        "sharing.minimum_guarantee",
        f"{ctx.draft.label('financial.minimum_guarantee').capitalize()} guarantees {money.currency} "
        f"{money.amount:,.0f} a year without naming who pays it or to whom, but under "
        f"{ctx.draft.label('financial.model')} each party collects its own revenue, so no one owes the minimum.",
        "Choose the party that collects and pays out each share, or remove the minimum guarantee.",
        clauses=ctx.draft.labels("financial.minimum_guarantee", "financial.model"),
    )


RULES = (
    split_minimum_names_who_owes_it,
    pool_totals_100,
    cost_split_totals_100,
    rate_and_parties,
    net_basis_deductions,
    tiers_ordered,
    audit_rights,
    no_partnership_clause,
    guarantee_and_cap,
)
