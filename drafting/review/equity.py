"""Review rules of the equity alliance's investment terms (precedent 2): the figures the
draft had to assume because the terms did not give them (the long-stop date, a founder's
warranty cap, the shares in issue before Completion), and a capitalisation that does not
reconcile (the price per share, the shares in issue and the stake must agree), and a price
per share that does not buy a whole number of shares; and an "as is" disclaimer that does
not leave the infringement indemnity of the same IP in place."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from drafting.engine.investee import investee_words
from drafting.engine.investment import investment_facts
from drafting.engine.legal_system import law_view
from drafting.engine.wording import figures, long_date
from drafting.review.findings import Finding, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AgreementTerms, AllianceModel

#: How far (percentage points) the stake the figures give may stray from the stake typed:
#: a whole number of shares rarely gives a round percentage.
TOLERANCE = Decimal("0.01")


def _closing(terms: AgreementTerms) -> str:
    """What the governing law's profile calls the closing ("Completion"; "Closing" under US
    profiles), so the findings use the draft's own defined term."""
    return law_view(terms).word("completion") or "Completion"


@rule(models={AllianceModel.EQUITY_ALLIANCE})
def investment_figures_to_confirm(ctx: ReviewContext) -> Iterator[Finding]:
    """Where the terms lack a figure the investment needs, the draft uses a default; say
    which, so that the lawyer confirms it rather than signs it unseen."""
    equity, facts = ctx.terms.equity, investment_facts(ctx.terms)
    if equity is None or facts is None:
        return
    missing: list[tuple[str, str]] = []
    closing = _closing(ctx.terms)
    # "the long-stop date", or the profile's "outside date" under US laws.
    stop = (law_view(ctx.terms).word("long_stop_date") or "Long-Stop Date").lower()
    if equity.long_stop_date is None:
        day = facts.long_stop_date
        when = (
            f"of {long_date(day, law_view(ctx.terms).date_style)}, {facts.long_stop_months} months after the "
            f"planned {closing}"
            if day is not None
            else f"{facts.long_stop_months} months after the Effective Date"
        )
        article = "an" if stop[0] in "aeiou" else "a"
        missing.append(("equity.long_stop_date", f"{article} {stop} {when}"))
    if facts.founders and equity.founder_warranty_cap is None:
        missing.append(
            (
                "equity.founder_warranty_cap",
                f"a cap on each founder's warranties of {facts.founder_cap_percent:f}% of the subscription price paid",
            )
        )
    if equity.shares_before is None:
        words = investee_words(ctx.terms)
        stake = words.stake_words if words is not None else "shares"
        missing.append(
            (
                "equity.shares_before",
                f"a capitalisation table whose {stake} in issue before {closing} are not counted, their number "
                f"and holders being left to the {_disclosure(ctx)}",
            )
        )
    if not missing:
        return
    assumed = "; ".join(text for _, text in missing)
    # The fix names only the figures this draft lacks (no founders' cap where no founder signs).
    words = investee_words(ctx.terms)
    stake_words = words.stake_words if words is not None else "shares"
    names = {
        "equity.long_stop_date": f"the {stop}",
        "equity.founder_warranty_cap": "the founders' cap",
        "equity.shares_before": f"the {stake_words} in issue before {closing}",
    }
    figures = [names[path] for path, _ in missing]
    listed = figures[0] if len(figures) == 1 else ", ".join(figures[:-1]) + " and " + figures[-1]
    # Each assumption is named where it is drafted: the long-stop date in the Conditions, the
    # founders' cap in their warranty clause, the capitalisation in the subscription, the
    # capitalisation warranty and the Schedule that states it.
    where = {
        "equity.long_stop_date": ("investment.conditions",),
        "equity.founder_warranty_cap": ("investment.founder_warranties",),
        "equity.shares_before": ("investment.subscription", _capitalisation_warranty(ctx), "schedule.shares"),
    }
    clauses = ctx.draft.labels(*(clause for path, _ in missing for clause in where[path]))
    # An assumed capitalisation is warranted as fact (the investee warrants the table), so a
    # wrong guess is a warranty claim on signing: that is a risk to weigh, not a question.
    raise_as = warning if equity.shares_before is None else note
    yield raise_as(
        "equity.figures-to-confirm",
        missing[0][0],
        f"The investment terms do not give every figure the agreement needs, so the draft assumes {assumed}"
        + (
            f", and {ctx.draft.label(_capitalisation_warranty(ctx)) or 'the capitalisation warranty'} warrants "
            "that table as fact."
            if equity.shares_before is None
            else "."
        ),
        f"Confirm each assumption with the client, or give the figure ({listed}) so that the draft states "
        "the agreed one.",
        clauses=clauses,
        items=[path for path, _ in missing],
    )


def _disclosure(ctx: ReviewContext) -> str:
    """The disclosure document in the governing law's words ("Disclosure Schedule" in the US)."""
    return law_view(ctx.terms).word("disclosure") or "Disclosure Letter"


def _capitalisation_warranty(ctx: ReviewContext) -> str:
    """The id of the investee's warranty of its capitalisation table (a lettered item of the
    warranties clause whose letter depends on which warranties are drafted)."""
    for index in range(1, 30):
        clause_id = f"investment.warranties.{index}"
        view = ctx.draft.clause(clause_id)
        # The limb that states the equity in issue and the rights to subscribe for it, whether
        # it points to the capitalisation table or (no count given) to the disclosure.
        if view is not None and ("capitali" in view.text or "rights to subscribe for" in view.text):
            return clause_id
    return "investment.warranties"


@rule(models={AllianceModel.EQUITY_ALLIANCE})
def capitalisation_reconciles(ctx: ReviewContext) -> Iterator[Finding]:
    """Precedent 2: the shares times the price reconcile with the amount, and the stake
    follows from the diluted base. Where the price per share and the shares in issue are
    both given, the stake they give must be the stake typed."""
    equity = ctx.terms.equity
    if equity is None or equity.price_per_share is None or not equity.shares_before:
        return
    price = equity.price_per_share.amount
    if not price:
        return
    bought = equity.amount.amount / price
    implied = bought / (Decimal(equity.shares_before) + bought) * 100
    if abs(implied - equity.stake_percent) <= TOLERANCE:
        return
    words = investee_words(ctx.terms)
    stake, one = (words.stake_words, words.stake_word) if words is not None else ("shares", "share")
    closing = _closing(ctx.terms)
    yield warning(
        "equity.capitalisation-mismatch",
        "equity.shares_before",
        f"At {equity.price_per_share.currency} {price:,} per {one}, the subscription price buys "
        f"{bought.quantize(Decimal('1')):,} {stake}; with {equity.shares_before:,} in issue before {closing} "
        f"that is {implied.quantize(Decimal('0.01'))}% of the company, not the {equity.stake_percent:f}% the "
        "agreement states, so the capitalisation table and the subscription clause disagree.",
        f"Correct the price per share, the {stake} in issue before {closing} or the stake, so that they agree.",
        clauses=ctx.draft.labels("investment.subscription", "schedule.shares"),
    )


@rule(models={AllianceModel.EQUITY_ALLIANCE})
def whole_number_subscribed(ctx: ReviewContext) -> Iterator[Finding]:
    """The subscription states a number, a price per share and a percentage: the price
    per share must divide the subscription price into a whole number, or no number of
    shares issued at that price costs the price stated and the three cannot agree."""
    equity = ctx.terms.equity
    if equity is None or equity.price_per_share is None or not equity.price_per_share.amount:
        return
    price = equity.price_per_share.amount
    bought = equity.amount.amount / price
    if bought == bought.to_integral_value():
        return
    words = investee_words(ctx.terms)
    stake, one = (words.stake_words, words.stake_word) if words is not None else ("shares", "share")
    whole = int(bought)
    currency = equity.amount.currency
    subscription = ctx.draft.label("investment.subscription") or "the subscription clause"
    yield warning(
        "equity.subscription-not-whole",
        "equity",
        f"At {currency} {figures(price)} per {one}, the subscription price of {currency} "
        f"{figures(equity.amount.amount)} buys "
        f"{bought.quantize(Decimal('0.01')):,} {stake}: {subscription} issues a whole number of {stake}, so the "
        f"number, the price per {one} and the {equity.stake_percent:f}% stake it states cannot all agree.",
        f"Set the investment to a whole number of {stake} at the price per {one} (for example {currency} "
        f"{figures(whole * price)} for {whole:,} {stake}), or agree another price per {one}.",
        clauses=ctx.draft.labels("investment.subscription", "schedule.shares"),
    )


#: The "as is" of a disclaimer (any case, with or without quotation marks).
_AS_IS = re.compile(r"\bas is\b", re.IGNORECASE)
#: The indemnity's infringement head: what a party provided infringes a third party's rights.
_INFRINGEMENT_HEAD = "infringe the Intellectual Property Rights of that third party"


@rule(models={AllianceModel.EQUITY_ALLIANCE})
def as_is_beside_infringement_indemnity(ctx: ReviewContext) -> Iterator[Finding]:
    """Each party indemnifies the other against claims that what it provided infringes a
    third party's rights, and the disclaimer makes the same IP available "as is": unless the
    disclaimer leaves the indemnity in place (it refers to it), the two read against each
    other. Reads the drafted clauses, so a lawyer's own wording of either is checked too."""
    disclaimer = ctx.draft.clause("liability.disclaimer")
    indemnity = ctx.draft.clause("liability.indemnity")
    if disclaimer is None or indemnity is None:
        return
    if not _AS_IS.search(disclaimer.text) or _INFRINGEMENT_HEAD not in indemnity.text:
        return
    if "liability.indemnity" in disclaimer.refers_to:
        return
    yield warning(
        "equity.as-is-beside-ip-indemnity",
        "boilerplate.indemnity_procedure",
        f"{disclaimer.label.capitalize()} makes the Background IP and Foreground IP available 'as is', while "
        f"{indemnity.label} indemnifies against claims that what a party provided infringes a third party's "
        "rights: a court may read the disclaimer as taking back the indemnity it does not carve out.",
        f"Say in {disclaimer.label} that it does not limit the indemnity in {indemnity.label}, as the drafted "
        "wording does, or restore the drafted wording.",
        clauses=[disclaimer.label, indemnity.label],
    )


RULES = (
    investment_figures_to_confirm,
    capitalisation_reconciles,
    whole_number_subscribed,
    as_is_beside_infringement_indemnity,
)
