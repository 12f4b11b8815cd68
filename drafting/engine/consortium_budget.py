"""The Budget schedule of a consortium (precedent 7, article 6): each Member's estimated
costs, its maximum grant and its own contribution, in figures that add up (computed once
in ``drafting.engine.budget_figures``, which the budget clause reads too).

This is cost sharing: each Member bears its own costs and receives its share of the
grant; there is no pool between the Members. ``drafting.engine.schedules`` places the
schedule.
"""

from __future__ import annotations

from decimal import Decimal

from drafting.document import CrossRef, Table, TextRun
from drafting.engine import wording
from drafting.engine.budget_figures import BudgetLine, consortium_budget
from drafting.engine.context import DealFacts
from drafting.engine.environment import clean_text
from drafting.engine.markup import DraftParagraph
from drafting.engine.numbering import DraftSchedule
from drafting.terms import AgreementTerms

BUDGET_SCHEDULE = "schedule.budget"
#: The clause that refers to the schedule: without it, the schedule is left out.
OWNER = "financial.budget"
_DASH = "\u2014"


def budget_schedule_ids(terms: AgreementTerms, selected: frozenset[str] | None) -> list[str]:
    if consortium_budget(terms) is None or (selected is not None and OWNER not in selected):
        return []
    return [BUDGET_SCHEDULE]


def _figures(amount: Decimal | None, currency: str) -> str:
    return f"{currency} {wording.money_figures(amount)}" if amount is not None else _DASH


def _amounts(line: BudgetLine, with_grant: bool) -> tuple[Decimal | None, ...]:
    return (line.costs, line.grant, line.own) if with_grant else (line.costs,)


def build_budget_schedule(terms: AgreementTerms, facts: DealFacts, included: frozenset[str]) -> DraftSchedule:
    budget = consortium_budget(terms)
    assert budget is not None
    currency = budget.currency
    with_grant = budget.grant is not None
    header: tuple[str, ...] = (facts.party, "Estimated costs")
    if with_grant:
        header += ("Maximum grant", "Own contribution")
    rows = tuple(
        (clean_text(line.party), *(_figures(amount, currency) for amount in _amounts(line, with_grant)))
        for line in budget.lines
    )
    totals = (budget.costs, budget.grant, budget.own) if with_grant else (budget.costs,)
    total = ("Total", *(_figures(amount, currency) for amount in totals))
    if OWNER in included:
        intro = DraftParagraph([TextRun("The Budget referred to in "), CrossRef(OWNER, "clause", ""), TextRun(" is:")])
    else:
        intro = DraftParagraph([TextRun("The Budget is:")])
    blocks: list[DraftParagraph | Table] = [intro, Table("table.budget", "Budget", header, rows, total)]
    if with_grant:
        # Without a grant in the answers there is no defined Granting Authority to name.
        consortium = terms.consortium
        granting = (
            "the Granting Authority"
            if consortium is not None and consortium.grant is not None
            else "the body granting it"
        )
        blocks.append(
            DraftParagraph(
                [
                    TextRun(
                        f"Each {facts.party}'s own contribution is its estimated costs less its maximum grant. "
                        "The maximum grant of each "
                        f"{facts.party} is the most it may receive; the grant actually paid follows the costs "
                        f"accepted by {granting}."
                    )
                ]
            )
        )
    return DraftSchedule(BUDGET_SCHEDULE, "Budget", blocks)
