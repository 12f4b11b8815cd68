"""The figures of an equity investment that the draft derives from the terms, computed
once per assembly (``deal.investment``) and read by the clauses, the capitalisation table
and the review alike: the founders who sign, the caps on warranty claims, the long-stop
date, and the holdings before and after each Completion.

Where the terms give no figure, a default a reviewing lawyer would accept as a first
draft is used and named in ``defaults``, so that the review can say what to confirm:
a long-stop date three months after signing and a founder's cap of a tenth of the price
paid. No de minimis or threshold of warranty claims is assumed: the answers give none, and
a figure the parties never agreed is not drafted.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from drafting.engine.investee import subscription_items
from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.base import Money
from drafting.terms.economics import PaymentKind

#: A founder's default cap, as a fraction of the subscription price paid (words for the clause).
FOUNDER_CAP_PERCENT = Decimal(10)
#: Months after the Effective Date that the default long-stop date falls.
LONG_STOP_MONTHS = 3


@dataclass(frozen=True, slots=True)
class Holding:
    """One column of the capitalisation table: the existing holders' and the investor's
    holdings at one moment (a number where the terms allow one, and a percentage)."""

    label: str
    existing: Decimal | None
    investor: Decimal | None
    investor_percent: Decimal

    @property
    def existing_percent(self) -> Decimal:
        return Decimal(100) - self.investor_percent


@dataclass(frozen=True, slots=True)
class InvestmentFacts:
    """What the investment clauses and schedule need beyond the terms as typed."""

    #: The parties that are neither investor nor investee: the founders who sign.
    founders: tuple[str, ...]
    #: The caps the user gave, or ``None`` for the default ("the subscription price paid",
    #: a tenth of it for each founder).
    cap: Money | None
    founder_cap: Money | None
    founder_cap_percent: Decimal
    #: The long-stop date given, or the default: three months after the planned first
    #: Completion (or the Effective Date, whichever is later) where those dates are known;
    #: ``None`` where no date can be computed (the clause then counts from the Effective Date).
    long_stop_date: dt.date | None
    long_stop_given: bool
    long_stop_months: int
    #: The capitalisation table: before Completion, then after each Completion.
    table: tuple[Holding, ...]
    #: Whether the number of shares in issue before Completion was derived (from the price
    #: per share and the stake) rather than given.
    shares_derived: bool
    #: The figures the draft assumed because the terms did not give them, in words.
    defaults: tuple[str, ...]


def _add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved ``months`` calendar months on (31 January + 1 month = 28 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _default_long_stop(terms: AgreementTerms) -> dt.date | None:
    """Three months after the later of the Effective Date and the planned first Completion
    (a restated subscription milestone's date, or the first tranche's): never a long-stop
    that falls before the Completion the parties planned."""
    equity = terms.equity
    assert equity is not None
    planned = [item.due for item in subscription_items(terms.scope.milestones, terms) if item.due]
    planned += [
        payment.due_date
        for payment in terms.payments
        if payment.kind is PaymentKind.TRANCHE and payment.payer == equity.investor and payment.due_date
    ][:1]
    start = max([day for day in (terms.term.effective_date, *planned) if day is not None], default=None)
    return _add_months(start, LONG_STOP_MONTHS) if start is not None else None


def _round(value: Decimal, places: str = "1") -> Decimal:
    return value.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def _percent(part: Decimal, whole: Decimal) -> Decimal:
    return _round(part / whole * 100, "0.01") if whole else Decimal(0)


def investment_facts(terms: AgreementTerms) -> InvestmentFacts | None:
    """The figures of ``terms``' equity investment, or ``None`` where there is none."""
    equity = terms.equity
    if terms.model is not AllianceModel.EQUITY_ALLIANCE or equity is None:
        return None
    founders = tuple(p.short_name for p in terms.parties if p.short_name not in {equity.investor, equity.investee})
    tranches = [
        payment.amount.amount
        for payment in terms.payments
        if payment.kind is PaymentKind.TRANCHE and payment.payer == equity.investor and payment.amount is not None
    ]
    table, derived = _table(terms, tranches)
    long_stop = equity.long_stop_date or _default_long_stop(terms)
    defaults = []
    if equity.long_stop_date is None:
        defaults.append(f"the long-stop date ({LONG_STOP_MONTHS} months after the planned Completion)")
    if founders and equity.founder_warranty_cap is None:
        defaults.append(f"each founder's warranty cap ({FOUNDER_CAP_PERCENT:f}% of the subscription price paid)")
    if derived:
        defaults.append(
            "the number of shares in issue before Completion in the capitalisation table (derived from "
            "the price per share and the stake)"
        )
    return InvestmentFacts(
        founders=founders,
        cap=equity.warranty_cap,
        founder_cap=equity.founder_warranty_cap,
        founder_cap_percent=FOUNDER_CAP_PERCENT,
        long_stop_date=long_stop,
        long_stop_given=equity.long_stop_date is not None,
        long_stop_months=LONG_STOP_MONTHS,
        table=table,
        shares_derived=derived,
        defaults=tuple(defaults),
    )


def _table(terms: AgreementTerms, tranches: list[Decimal]) -> tuple[tuple[Holding, ...], bool]:
    """Before Completion, and after each Completion (one per tranche). The investor's
    holding grows with the price paid (every tranche at the same price per share); its
    final percentage is the stake. Numbers where the price per share or the shares in
    issue are known, percentages always."""
    equity = terms.equity
    assert equity is not None
    stake = equity.stake_percent
    total = equity.amount.amount
    price = equity.price_per_share.amount if equity.price_per_share else None
    existing: Decimal | None = Decimal(equity.shares_before) if equity.shares_before else None
    derived = False
    investor_total: Decimal | None = None
    if price:
        investor_total = total / price
        if existing is None and 0 < stake < 100:
            existing = _round(investor_total * (100 - stake) / stake)
            derived = True
    elif existing is not None and 0 < stake < 100:
        investor_total = existing * stake / (100 - stake)
    paid = tranches or [total]
    columns = [Holding("Before Completion", existing, Decimal(0) if existing is not None else None, Decimal(0))]
    cumulative = Decimal(0)
    for index, part in enumerate(paid, start=1):
        cumulative += part
        share = cumulative / total if total else Decimal(1)
        label = f"After Completion of tranche {index}" if len(paid) > 1 else "After Completion"
        if investor_total is not None and existing is not None:
            held = _round(investor_total * share)
            columns.append(Holding(label, existing, held, _percent(held, existing + held)))
        else:
            # No numbers: the investor's percentage after a part c of the price is paid,
            # at one price per share, is s.c / (1 - s + s.c) for a final stake s.
            fraction = stake / 100
            columns.append(
                Holding(label, None, None, _round(fraction * share / (1 - fraction + fraction * share) * 100, "0.01"))
            )
    return tuple(columns), derived
