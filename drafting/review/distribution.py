"""Distribution agreements, read from the drafted clauses: a carve-out for the supplier's
own customers that depends on a list the parties have not yet agreed, and credit given to
a distributor in another country with nothing standing behind it, and a stock the
distributor must keep up to the end of a fixed term with no duty to take it back."""

from __future__ import annotations

import math
from collections.abc import Iterator
from decimal import Decimal

from drafting.engine import wording
from drafting.law.facts import border_facts
from drafting.review.findings import Finding, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel
from drafting.terms.lifecycle import TermKind

#: Words that make a client's duty for the distributor a duty to keep stock (as
#: supply/distributor_obligations.j2 reads them).
_STOCK = ("stock", "inventory")

#: The words the exceptions clause uses when the Reserved Customers are a class described
#: in the answers, proved by a list given at signing (clause_templates/exclusivity/carve_outs.j2).
_LIST_AT_SIGNING = "a written list naming the Reserved Customers known to it"


@rule(models={AllianceModel.DISTRIBUTION})
def reserved_customers_not_named(ctx: ReviewContext) -> Iterator[Finding]:
    distribution = ctx.terms.distribution
    clause = ctx.draft.clause("exclusivity.carve_outs")
    if distribution is None or clause is None or _LIST_AT_SIGNING not in clause.text:
        return
    grant = ctx.draft.label("exclusivity.grant") or "the exclusivity clause"
    yield note(
        "distribution.reserved-customers-unnamed",
        "exclusivity.carve_outs",
        f"Clause {clause.number} keeps {distribution.supplier}'s sales to a class of customers outside the "
        f"exclusivity of {grant}, and the list naming them is still to be given at signing: until the "
        f"Parties agree that list, {distribution.distributor} cannot tell which customers it may not serve.",
        f"Agree the list before signing and name the customers in the carve-out ('Direct sales by "
        f"{distribution.supplier} to' followed by their names), so that the clause itself names them.",
        clauses=(clause.label,),
    )


@rule(models={AllianceModel.DISTRIBUTION})
def unsecured_credit_abroad(ctx: ReviewContext) -> Iterator[Finding]:
    """Credit terms to a distributor in another country: the supplier lends the price of
    each delivery for the payment period, its retention of title ends when the distributor
    resells (as the clause allows) and abroad works only as far as the law where the goods
    are lets it, and a claim must be enforced abroad. Silent where a parent guarantees the
    distributor or there is no credit."""
    terms, distribution = ctx.terms, ctx.terms.distribution
    prices = ctx.draft.clause("supply.prices")
    if distribution is None or prices is None or distribution.payment_days <= 0:
        return
    by_name = {party.short_name: party for party in terms.parties}
    supplier, distributor = by_name.get(distribution.supplier), by_name.get(distribution.distributor)
    if supplier is None or distributor is None or distributor.parent_guarantor.strip():
        return
    places = (supplier.jurisdiction, distributor.jurisdiction)
    if not distributor.jurisdiction.strip() or "one_country" in border_facts(places):
        return
    pace = distribution.minimum_purchase or terms.scope.expected_annual_value
    owed = ""
    if pace is not None:
        thousands = math.ceil(Decimal(pace.amount) * distribution.payment_days / 365 / 1000)
        measure = "minimum purchases" if distribution.minimum_purchase is not None else "expected purchases"
        owed = (
            f": at the pace of its {measure} of {pace.currency} {wording.money_figures(pace.amount)} a year, "
            f"about {pace.currency} {wording.money_figures(thousands * 1000)} is owed to {supplier.short_name} "
            "at any time, and more in a busy season"
        )
    delivery = ctx.draft.clause("supply.delivery")
    if distribution.retention_of_title and delivery is not None:
        title = (
            f" The retention of title in clause {delivery.number} secures little of it: {distributor.short_name} may "
            "resell the Products in the ordinary course, which ends it, and against its other creditors it works "
            f"only as far as the law of {distributor.jurisdiction}, where the Products are, allows."
        )
    else:
        title = f" Title to the Products passes to {distributor.short_name} on delivery, with no retention of title."
    credit = ctx.draft.clause("supply.credit")
    limit = (
        f" Clause {credit.number} lets {supplier.short_name} set a Credit Limit and ask for a letter of credit or "
        "a bank guarantee only for an order above it or while an invoice is overdue: until then nothing stands "
        "behind the credit, and a claim has to be enforced abroad."
        if credit is not None
        else " No letter of credit, credit insurance, guarantee or credit limit stands behind the credit, and a "
        "claim has to be enforced abroad."
    )
    yield warning(
        "distribution.unsecured-credit-abroad",
        "distribution.payment_days",
        f"Clause {prices.number} gives {distributor.short_name}, in {distributor.jurisdiction}, "
        f"{wording.days(distribution.payment_days)} to pay each invoice{owed}.{title}{limit}",
        f"Before signing, have {supplier.short_name}'s credit insurer cover {distributor.short_name} and set the "
        "Credit Limit at that cover, or obtain a guarantee from its parent company (as a parent guarantor on the "
        "Parties page) or its bank; otherwise shorten the payment period.",
        clauses=ctx.draft.labels("supply.delivery", "supply.prices", "supply.credit"),
    )


@rule(models={AllianceModel.DISTRIBUTION})
def stock_without_buy_back(ctx: ReviewContext) -> Iterator[Finding]:
    """A distributor bound to keep a stated stock up to the last day of a fixed term holds
    that stock when the term expires, and the stock clause obliges the supplier to buy it back
    only where a notice of non-renewal or a termination without the distributor's fault ends
    the Agreement: at a fixed expiry the distributor has the sell-off at most."""
    terms, distribution = ctx.terms, ctx.terms.distribution
    duties = ctx.draft.clause("supply.distributor_obligations")
    stock = ctx.draft.clause("effects.stock_and_customers")
    if distribution is None or duties is None or stock is None or terms.term.kind is not TermKind.FIXED:
        return
    kept = [
        duty.description.strip().rstrip(".")
        for duty in terms.scope.obligations
        if duty.party == distribution.distributor and any(word in duty.description.lower() for word in _STOCK)
    ]
    if not kept:
        return
    wind_down = ctx.draft.clause("effects.wind_down")
    sell_off = (
        f"may only sell it off within the Wind-down Period of clause {wind_down.number}"
        if wind_down is not None
        else "it has no time to sell it off"
    )
    yield note(
        "distribution.stock-without-buy-back",
        "term.kind",
        f"Clause {duties.number} requires {distribution.distributor} to '{kept[0][0].lower()}{kept[0][1:]}' until "
        f"the fixed term ends, so it holds that stock when this Agreement expires; clause {stock.number} obliges "
        f"{distribution.supplier} to buy stock back only where it ends the Agreement without cause or "
        f"{distribution.distributor} terminates it for cause, not at the expiry of a fixed term, and "
        f"{distribution.distributor} {sell_off}.",
        f"Let the agreement renew unless a party gives notice, so that {distribution.supplier}'s decision not to "
        "continue brings its duty to buy back the stock, or agree before expiry that it takes back the stock it "
        "required at landed cost.",
        clauses=ctx.draft.labels("supply.distributor_obligations", "effects.stock_and_customers"),
    )


RULES = (reserved_customers_not_named, unsecured_credit_abroad, stock_without_buy_back)
