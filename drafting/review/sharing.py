"""Money: how revenue, profit, cost, commission or royalty is shared, tiers, the net
basis, audit rights and the no-partnership clause that sharing needs."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise

from drafting.review.facts import HUNDRED, shares_from
from drafting.review.findings import Finding, error, warning
from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.commercial import SharingBase, SharingModel

_POOLS = {SharingModel.REVENUE, SharingModel.PROFIT, SharingModel.COST_SHARE}
_RATES = {SharingModel.COMMISSION, SharingModel.ROYALTY}


def pool_totals_100(terms: AgreementTerms) -> Iterator[Finding]:
    sharing = terms.sharing
    if sharing.model not in _POOLS:
        return
    what = sharing.model.value.replace("_", " ")
    if not sharing.shares:
        yield error(
            "sharing.pool-missing",
            "sharing.shares",
            f"The draft shares {what} but does not say who gets what percentage.",
            "Enter each party's percentage; together they must make 100.",
        )
        return
    total = sum(shares_from(sharing.shares).values(), Decimal(0))
    if total != HUNDRED:
        yield error(
            "sharing.pool-not-100",
            "sharing.shares",
            f"The {what} shares add up to {total:f}%, not 100%. Either part of the money has no "
            "owner or more than all of it is promised; both lead to disputes at the first payment.",
            "Adjust the percentages so that they add up to exactly 100.",
        )


def cost_split_totals_100(terms: AgreementTerms) -> Iterator[Finding]:
    marketing = terms.co_marketing
    if marketing is None or not marketing.cost_split:
        return
    total = sum(shares_from(marketing.cost_split).values(), Decimal(0))
    if total != HUNDRED:
        yield error(
            "sharing.cost-split-not-100",
            "co_marketing.cost_split",
            f"The campaign cost split adds up to {total:f}%, not 100%, so some costs have nobody to pay them.",
            "Adjust the percentages so that they add up to exactly 100.",
        )


def rate_and_parties(terms: AgreementTerms) -> Iterator[Finding]:
    sharing = terms.sharing
    if sharing.model not in _RATES:
        return
    what = sharing.model.value
    if sharing.rate_percent is None and not sharing.tiers:
        yield error(
            "sharing.rate-missing",
            "sharing.rate_percent",
            f"The draft pays a {what} but gives no rate, so the amount owed cannot be worked out.",
            f"Enter the {what} rate as a percentage, or a table of tiers.",
        )
    if sharing.payer is None or sharing.payee is None:
        yield error(
            "sharing.payer-payee-missing",
            "sharing.payer" if sharing.payer is None else "sharing.payee",
            f"The draft does not say who pays the {what} and who receives it.",
            "Choose the paying party and the receiving party.",
        )
    elif sharing.payer == sharing.payee:
        yield error(
            "sharing.payer-is-payee",
            "sharing.payee",
            f"{sharing.payer} is named both as payer and as receiver of the {what}.",
            "Name the other party as the receiver (or the payer).",
        )


def net_basis_deductions(terms: AgreementTerms) -> Iterator[Finding]:
    sharing = terms.sharing
    if sharing.model is SharingModel.NONE or sharing.base is not SharingBase.NET or sharing.deductions:
        return
    yield error(
        "sharing.net-without-deductions",
        "sharing.deductions",
        "Payments are calculated on a net amount, but the draft does not list what is deducted. "
        "'Net' then means whatever the paying party says, a classic source of disputes.",
        "List every deduction allowed (returns, refunds, taxes, chargebacks, payment fees, cost of "
        "goods), or switch to a gross basis.",
    )


def tiers_ordered(terms: AgreementTerms) -> Iterator[Finding]:
    tiers = terms.sharing.tiers
    for index in range(1, len(tiers)):
        if tiers[index].threshold <= tiers[index - 1].threshold:
            yield error(
                "sharing.tiers-overlap",
                f"sharing.tiers[{index}].threshold",
                f"Tier {index + 1} starts at {tiers[index].threshold:f}, not above the previous tier "
                f"({tiers[index - 1].threshold:f}). The tiers overlap, so two rates apply to the same sales.",
                "List the tiers from the lowest threshold to the highest, each starting above the one before.",
            )
    steps = [later.percent - earlier.percent for earlier, later in pairwise(tiers)]
    if any(step > 0 for step in steps) and any(step < 0 for step in steps):
        yield warning(
            "sharing.tiers-not-monotonic",
            "sharing.tiers",
            "The tier rates go up and then down (or down and then up). Such a table is hard to "
            "apply and invites games around the thresholds.",
            "Make the rates rise steadily (to reward growth) or fall steadily (volume discount).",
        )


def audit_rights(terms: AgreementTerms) -> Iterator[Finding]:
    sharing = terms.sharing
    if sharing.model is SharingModel.NONE or sharing.audit is not None:
        return
    yield warning(
        "sharing.audit-missing",
        "sharing.audit",
        "Money is shared, but the receiving party has no right to check the other's books. "
        "It must take the payment reports on trust.",
        "Add audit rights: once a year, on 30 days' notice, with the paying party bearing the "
        "cost if it underpaid by more than 5%.",
    )


def no_partnership_clause(terms: AgreementTerms) -> Iterator[Finding]:
    if terms.sharing.model is SharingModel.NONE or terms.model is AllianceModel.JOINT_VENTURE:
        return
    if terms.boilerplate.no_partnership:
        return
    yield error(
        "sharing.no-partnership-missing",
        "boilerplate.no_partnership",
        "The parties share money but the agreement lacks a 'no partnership' clause. Sharing "
        "profits can make a court treat the parties as partners in law, each liable for the "
        "other's debts.",
        "Keep the clause stating that nothing in the agreement creates a partnership, joint "
        "venture or agency, and that no party may bind another.",
    )


def guarantee_and_cap(terms: AgreementTerms) -> Iterator[Finding]:
    sharing = terms.sharing
    guarantee, cap = sharing.minimum_guarantee, sharing.cap
    if guarantee is not None and guarantee.currency != sharing.currency:
        yield warning(
            "sharing.currency-mismatch",
            "sharing.minimum_guarantee.currency",
            f"The minimum guarantee is in {guarantee.currency} but payments are made in "
            f"{sharing.currency}; exchange-rate moves will change what is actually guaranteed.",
            "Use the same currency, or say which exchange rate and date apply.",
        )
    if guarantee is None or cap is None or cap.currency != guarantee.currency:
        return
    if cap.amount < guarantee.amount:
        yield error(
            "sharing.cap-below-guarantee",
            "sharing.cap",
            "The payment cap is lower than the minimum guarantee, so the two promises contradict each other.",
            "Raise the cap above the minimum guarantee, or lower the guarantee.",
        )


RULES = (
    pool_totals_100,
    cost_split_totals_100,
    rate_and_parties,
    net_basis_deductions,
    tiers_ordered,
    audit_rights,
    no_partnership_clause,
    guarantee_and_cap,
)
