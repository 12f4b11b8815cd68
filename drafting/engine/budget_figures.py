"""The figures of a consortium's budget (precedent 7, article 6): each Member's estimated
costs, its maximum grant and its own contribution, and their totals. One computation
serves the budget clause (through the filters below) and the Budget schedule
(``drafting.engine.consortium_budget``), so the two cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from drafting.terms import AgreementTerms, Money
from drafting.terms.grant import member_grant


@dataclass(frozen=True, slots=True)
class BudgetLine:
    party: str
    costs: Decimal
    grant: Decimal | None  # None: no grant for this Member (or none the draft can state)
    own: Decimal


@dataclass(frozen=True, slots=True)
class Budget:
    currency: str
    lines: tuple[BudgetLine, ...]

    @property
    def costs(self) -> Decimal:
        return sum((line.costs for line in self.lines), Decimal(0))

    @property
    def grant(self) -> Decimal | None:
        grants = [line.grant for line in self.lines if line.grant is not None]
        return sum(grants, Decimal(0)) if grants else None

    @property
    def own(self) -> Decimal:
        return sum((line.own for line in self.lines), Decimal(0))


def consortium_budget(terms: AgreementTerms) -> Budget | None:
    """The budget in figures, or None when there is none or its lines mix currencies
    (then no total can be stated, and the review says so)."""
    consortium = terms.consortium
    if consortium is None or not consortium.budget:
        return None
    currencies = {line.costs.currency for line in consortium.budget}
    if len(currencies) != 1:
        return None
    lines = []
    for line in consortium.budget:
        grant = member_grant(line, consortium.grant)
        amount = grant.amount if grant is not None else None
        lines.append(BudgetLine(line.party, line.costs.amount, amount, line.costs.amount - (amount or Decimal(0))))
    (currency,) = currencies
    return Budget(currency, tuple(lines))


def _money(amount: Decimal, currency: str) -> Money:
    return Money(amount=amount, currency=currency)


def budget_costs(terms: AgreementTerms) -> Money | None:
    budget = consortium_budget(terms)
    return _money(budget.costs, budget.currency) if budget else None


def budget_grant(terms: AgreementTerms) -> Money | None:
    budget = consortium_budget(terms)
    return _money(budget.grant, budget.currency) if budget and budget.grant is not None else None


def budget_own(terms: AgreementTerms) -> Money | None:
    budget = consortium_budget(terms)
    return _money(budget.own, budget.currency) if budget else None


@dataclass(frozen=True, slots=True)
class OwnBesideCash:
    """A Member whose cash Contributions differ from its own contribution in the Budget."""

    party: str
    cash: Money
    own: Money


def budget_own_beside_cash(terms: AgreementTerms) -> list[OwnBesideCash]:
    """Each Member whose cash Contributions (in the Budget's currency) total a figure the
    Budget states nowhere for it: neither its estimated costs nor its own contribution (its
    costs less its maximum grant), which the Budget recomputes in place of the one given."""
    budget = consortium_budget(terms)
    if budget is None or budget.grant is None:
        return []
    cash: dict[str, Decimal] = {}
    valued: dict[str, Decimal] = {}
    for entry in terms.contributions:
        if entry.value is not None and entry.value.currency == budget.currency:
            valued[entry.party] = valued.get(entry.party, Decimal(0)) + entry.value.amount
            if entry.kind == "cash":
                cash[entry.party] = cash.get(entry.party, Decimal(0)) + entry.value.amount
    # A Member whose Contributions do not add up to its estimated costs is the review's
    # budget-against-contributions finding; cash that is the whole of its costs (its own
    # resources for its tasks) is stated as those costs.
    return [
        OwnBesideCash(line.party, _money(cash[line.party], budget.currency), _money(line.own, budget.currency))
        for line in budget.lines
        if line.party in cash and valued[line.party] == line.costs and cash[line.party] not in (line.own, line.costs)
    ]


@dataclass(frozen=True, slots=True)
class ShareBesideBudget:
    """A Member whose answered cost share differs from its share of the Budget's costs."""

    party: str
    answered: Decimal
    budgeted: Decimal  # its estimated costs as a percentage of the total, one decimal


def budget_share_beside_answer(terms: AgreementTerms) -> list[ShareBesideBudget]:
    """Each Member whose cost share in the sharing answers is not its share of the Budget.

    With a Budget the costs are shared by it, and the sharing percentages are not drafted:
    a percentage the Budget does not reproduce (to the nearest half point, the rounding a
    user types) would otherwise be dropped without a word."""
    budget = consortium_budget(terms)
    if budget is None or not budget.costs or terms.sharing.model != "cost_share":
        return []
    costs = {line.party: line.costs for line in budget.lines}
    found = []
    for share in terms.sharing.shares:
        budgeted = (costs.get(share.party, Decimal(0)) * 100 / budget.costs).quantize(Decimal("0.1"))
        if abs(budgeted - share.percent) > Decimal("0.5"):
            found.append(ShareBesideBudget(share.party, share.percent, budgeted))
    return found


FILTERS = {
    "budget_costs": budget_costs,
    "budget_grant": budget_grant,
    "budget_own": budget_own,
    "budget_own_beside_cash": budget_own_beside_cash,
    "budget_share_beside_answer": budget_share_beside_answer,
}
