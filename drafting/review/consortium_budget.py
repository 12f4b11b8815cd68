"""A consortium's money checked against itself (precedent 7, consistency rules): the
Budget against the Contributions each Member brings, the cost shares against the
Contributions where there is no Budget, and the grant the Budget hands out against the
maximum grant."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from drafting.engine import wording
from drafting.engine.budget_figures import consortium_budget
from drafting.review.facts import contributed_value_shares
from drafting.review.findings import Finding, error, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.commercial import SharingModel

#: Cost shares are stated to two decimals: a difference below half a point is rounding.
_SHARE_TOLERANCE = Decimal("0.5")


def _amount(value: Decimal, currency: str) -> str:
    return f"{currency} {wording.money_figures(value)}"


def _joined(items: list[str]) -> str:
    # Each item holds commas of its own ("Rheinwerk: 22% of the costs, 25.3% ..."), so the
    # items are separated by semicolons.
    return "; ".join(items)


def _contributed(terms: AgreementTerms, currency: str) -> dict[str, Decimal]:
    """Each Member's Contributions at their agreed values in the Budget's currency."""
    totals: dict[str, Decimal] = {}
    for entry in terms.contributions:
        if entry.value is not None and entry.value.currency == currency:
            totals[entry.party] = totals.get(entry.party, Decimal(0)) + entry.value.amount
    return totals


def _budget_disagreements(terms: AgreementTerms) -> list[str]:
    budget = consortium_budget(terms)
    if budget is None:
        return []
    contributed = _contributed(terms, budget.currency)
    if not contributed:
        return []  # no valued Contributions: nothing to check the Budget against
    items = []
    budgeted = {line.party: line.costs for line in budget.lines}
    for party in terms.parties:
        name = party.short_name
        costs, brought = budgeted.get(name), contributed.get(name)
        if costs is None and brought is not None:
            items.append(f"{name}: Contributions of {_amount(brought, budget.currency)}, no line in the Budget")
        elif costs is not None and brought is not None and costs != brought:
            items.append(
                f"{name}: Contributions of {_amount(brought, budget.currency)}, "
                f"estimated costs of {_amount(costs, budget.currency)} in the Budget"
            )
    return items


def _share_disagreements(terms: AgreementTerms) -> list[str]:
    contributed = contributed_value_shares(terms)
    if not contributed or terms.sharing.model is not SharingModel.COST_SHARE:
        return []
    items = []
    for share in terms.sharing.shares:
        brought = contributed.get(share.party)
        if brought is not None and abs(share.percent - brought) > _SHARE_TOLERANCE:
            items.append(
                f"{share.party}: {wording.figures(share.percent)}% of the costs, "
                f"{wording.figures(brought.quantize(Decimal('0.1')))}% of the Contributions"
            )
    return items


@rule(models={AllianceModel.CONSORTIUM})
def budget_matches_contributions(ctx: ReviewContext) -> Iterator[Finding]:
    """The Budget (or, without one, the cost shares) and the Contributions are two
    statements of what each Member puts in; where they differ, one of them is wrong."""
    if ctx.draft.has("financial.budget"):
        items = _budget_disagreements(ctx.terms)
        if items:
            yield warning(
                "consortium.budget-vs-contributions",
                "consortium.budget",
                "The Budget and the values given for the Contributions disagree on what each Member puts "
                f"into the project: {_joined(items)}. The agreement states the money once, in the Budget, "
                "and sets no value on the Contributions, so a wrong Budget holds the Member to the wrong "
                "figure.",
                "Correct each Member's estimated costs in the Budget, or the values given for its "
                "Contributions, so that the two agree.",
                clauses=ctx.draft.labels("financial.budget", "schedule.budget", "schedule.contributions"),
                items=items,
            )
        return
    if ctx.draft.has("financial.model"):
        items = _share_disagreements(ctx.terms)
        if items:
            yield warning(
                "consortium.budget-vs-contributions",
                "sharing.shares",
                "The Members' shares of the costs do not follow the value of their Contributions: "
                f"{_joined(items)}. A Member then pays a share of the costs that its Contributions do not "
                "cover, or is credited with more than it bears.",
                "Set each Member's share of the costs to its share of the Contributions, or state the "
                "Budget per Member so that the costs follow what each Member brings.",
                clauses=ctx.draft.labels("financial.model", "schedule.shares", "schedule.contributions"),
                items=items,
            )


@rule(models={AllianceModel.CONSORTIUM})
def grant_within_maximum(ctx: ReviewContext) -> Iterator[Finding]:
    """The Budget may not promise the Members more grant than the Granting Authority gives."""
    consortium = ctx.terms.consortium
    if consortium is None or consortium.grant is None or not ctx.draft.has("financial.budget"):
        return
    budget, maximum = consortium_budget(ctx.terms), consortium.grant.max_grant
    if budget is None:
        return
    if budget.grant is None:
        yield warning(
            "consortium.grant-shares-missing",
            "consortium.grant.funding_rate_percent",
            "The consortium is funded by a grant, but the Budget does not say how much of it each Member "
            "may receive: neither a funding rate nor a maximum grant per Member is given.",
            "Give the funding rate of the Grant Agreement, or each Member's maximum grant in the Budget.",
            clauses=ctx.draft.labels("financial.budget", "schedule.budget"),
        )
        return
    if maximum is not None and maximum.currency == budget.currency and budget.grant > maximum.amount:
        yield error(
            "consortium.grant-over-maximum",
            "consortium.grant.max_grant",
            f"The Budget gives the Members maximum grants totalling {_amount(budget.grant, budget.currency)}, "
            f"more than the maximum grant of {_amount(maximum.amount, maximum.currency)} for the project: "
            "the Coordinator cannot pay every Member its share.",
            "Reduce the Members' maximum grants (or the funding rate) so that they total no more than the "
            "maximum grant, or correct the maximum grant.",
            clauses=ctx.draft.labels("grant_agreement.funding", "financial.budget", "schedule.budget"),
        )


RULES = (budget_matches_contributions, grant_within_maximum)
