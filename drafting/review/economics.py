"""Deal economics: full splits per band, caps that read "until" but reset yearly,
minimums whose consequence is empty, payment schedules that contradict the payment
clause, equal or fractional holdings that whole shares cannot carry, and leaver terms.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise

from drafting.engine.blueprints import drafts_field
from drafting.review.findings import Finding, error, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.review.share_sums import exact_sum, not_whole_message
from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.commercial import ExclusivityKind, SharingModel
from drafting.terms.economics import (
    CapBasis,
    LeaverBuyer,
    LeaverEvent,
    LeaverPrice,
    PayeeKind,
    PaymentKind,
    Shortfall,
)
from drafting.terms.portions import share_text

_SPLITS = {SharingModel.REVENUE, SharingModel.PROFIT}
#: "until USD 2m has been paid", "until the cap is reached": a limit over the whole Term.
_UNTIL = re.compile(r"\buntil\b[^.;]{0,80}\b(?:paid|reached|received|recouped|earned)\b", re.IGNORECASE)


def money_figures(amount: Decimal) -> str:
    """ "400,000" or "1,000.50" (the review does not depend on the drafting engine)."""
    return f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"


def long_date(value: dt.date) -> str:
    return f"{value.day} {value:%B %Y}"


# --- splits per band ----------------------------------------------------------------------
@rule()
def band_splits_total_100(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    sharing = terms.sharing
    for index, band in enumerate(sharing.bands):
        named = [(entry.payee.label, entry.share) for entry in band.shares]
        where = f"Band {index + 1} (from {sharing.currency} {money_figures(band.from_amount)}) of the split"
        if not named:
            yield error(
                "economics.band-empty",
                f"sharing.bands[{index}].shares",
                f"{where} names nobody, so the money in that band has no owner.",
                "Give each payee's share in the band; together the shares must make 100%.",
            )
        elif exact_sum(named) != 1:
            yield error(
                "economics.band-not-100",
                f"sharing.bands[{index}].shares",
                not_whole_message(
                    named,
                    where,
                    "A band that does not make the whole promises the payees more (or less) than all of the "
                    "money in it.",
                ),
                "State each band as a full split: every payee's share, adding up to exactly 100%.",
            )


@rule()
def bands_contiguous(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    bands = terms.sharing.bands
    if not bands:
        return
    if bands[0].from_amount != 0:
        yield error(
            "economics.bands-not-from-zero",
            "sharing.bands[0].from_amount",
            f"The first band starts at {terms.sharing.currency} {money_figures(bands[0].from_amount)}, so the "
            "money below it has no split.",
            "Start the first band at 0.",
        )
    for index, (earlier, later) in enumerate(pairwise(bands), start=1):
        if later.from_amount <= earlier.from_amount:
            yield error(
                "economics.bands-overlap",
                f"sharing.bands[{index}].from_amount",
                f"Band {index + 1} does not start above band {index}, so two splits apply to the same money.",
                "List the bands from the lowest starting amount to the highest, each starting above the one before.",
            )


@rule()
def one_split_only(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    sharing = terms.sharing
    if sharing.bands and sharing.shares:
        yield error(
            "economics.split-twice",
            "sharing.shares",
            "The draft gives both one split for all the money and a split per band; the agreement can "
            "state only one of them.",
            "Keep the bands (the first band is the split below the first threshold) and clear the single split.",
        )
    if sharing.bands and sharing.model not in _SPLITS:
        yield error(
            "economics.bands-without-split",
            "sharing.bands",
            "Bands are given but the money is not split (the sharing is a rate or a cost share), so they "
            "would not be drafted.",
            "Choose revenue or profit sharing, or clear the bands.",
        )


@rule()
def equal_split_is_equal(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    checks = []
    if terms.sharing.equal_shares:
        checks.append(("sharing.shares", [(s.party, s.exact) for s in terms.sharing.shares], "the split"))
    venture = terms.joint_venture
    if venture is not None and venture.equal_shares:
        checks.append(("joint_venture.holdings", [(h.party, h.exact) for h in venture.holdings], "the holdings"))
    for path, named, what in checks:
        if named and len({portion for _, portion in named}) > 1:
            listed = ", ".join(f"{name} {share_text(portion)}" for name, portion in named)
            yield error(
                "economics.equal-shares-unequal",
                path,
                f"The draft says {what} are equal shares, but they are {listed}.",
                f"Give each the same share (1/{len(named)} each), or clear 'equal shares'.",
            )


# --- caps, sunsets, minimums --------------------------------------------------------------------
def _deal_texts(terms: AgreementTerms) -> Iterator[str]:
    yield terms.background
    yield terms.scope.purpose
    yield terms.sharing.attribution
    yield from (obligation.description for obligation in terms.scope.obligations)
    for payment in terms.payments:
        yield payment.description
        yield payment.milestone


@rule()
def cap_until_not_yearly(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    sharing = terms.sharing
    if sharing.model is SharingModel.NONE or sharing.cap is None or sharing.cap_basis is not CapBasis.PER_CONTRACT_YEAR:
        return
    if any(_UNTIL.search(text) for text in _deal_texts(terms)):
        yield error(
            "economics.cap-until-drafted-yearly",
            "sharing.cap_basis",
            f"The deal reads 'until ... has been paid', but the cap of {sharing.cap.currency} "
            f"{money_figures(sharing.cap.amount)} is drafted per Contract Year, so it would start again "
            "every year instead of ending the share once reached.",
            "Make the cap cumulative ('until reached, over the whole Term'), or reword the deal if a yearly cap "
            "is meant.",
        )


@rule()
def sunset_within_term(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    years = terms.sharing.sunset_years
    if years is None or terms.sharing.model is SharingModel.NONE:
        return
    length = terms.term.length_months
    if length is not None and terms.term.kind.value == "fixed" and years * 12 > length:
        yield note(
            "economics.sunset-after-term",
            "sharing.sunset_years",
            f"The sharing runs for {years} years but the agreement ends after {length} months, so the sunset "
            "never takes effect.",
            "Shorten the sunset, or make the agreement last as long as the sharing.",
        )


def _exclusive(terms: AgreementTerms) -> bool:
    grant = terms.ip.licence_grant
    return terms.exclusivity.kind is not ExclusivityKind.NONE or (grant is not None and grant.exclusive)


@rule()
def minimum_has_a_consequence(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    checks: list[tuple[str, str, Shortfall | None]] = []
    if terms.sharing.minimum_guarantee is not None and terms.sharing.model is not SharingModel.NONE:
        checks.append(("sharing.shortfall", "the minimum guarantee", terms.sharing.shortfall))
    distribution = terms.distribution
    if distribution is not None and distribution.minimum_purchase is not None:
        checks.append(
            ("distribution.minimum_purchase_shortfall", "the minimum purchase", distribution.minimum_purchase_shortfall)
        )
    for path, what, shortfall in checks:
        if shortfall is Shortfall.CONVERT_TO_NON_EXCLUSIVE and not _exclusive(terms):
            yield error(
                "economics.minimum-without-consequence",
                path,
                f"Missing {what} is meant to cost the exclusivity, but the draft grants no exclusivity, so "
                "the minimum has no consequence at all.",
                "Choose another consequence (a top-up payment or termination), or grant the exclusivity.",
            )
        elif shortfall is Shortfall.REDUCE_TERRITORY and terms.scope.territory.strip().lower() in {"", "worldwide"}:
            yield warning(
                "economics.minimum-without-consequence",
                path,
                f"Missing {what} is meant to shrink the territory, but no territory is defined to shrink.",
                "Define the territory (by country or region), or choose another consequence.",
            )


@rule(models={AllianceModel.DISTRIBUTION})
def exclusivity_without_minimum(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    distribution = terms.distribution
    if terms.model is not AllianceModel.DISTRIBUTION or distribution is None:
        return
    if terms.exclusivity.kind is not ExclusivityKind.NONE and distribution.minimum_purchase is None:
        yield warning(
            "economics.exclusive-without-minimum",
            "distribution.minimum_purchase",
            "The distributor is exclusive but commits to no minimum purchases, so the supplier has no remedy if "
            "the territory is neglected.",
            "Add a minimum purchase per Contract Year and what follows a shortfall.",
        )


# --- money over time ----------------------------------------------------------------------------
@rule(models={AllianceModel.EQUITY_ALLIANCE})
def tranches_match_investment(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    equity = terms.equity
    if equity is None or terms.model is not AllianceModel.EQUITY_ALLIANCE:
        return
    tranches = [p for p in terms.payments if p.kind is PaymentKind.TRANCHE and p.payer == equity.investor]
    if not tranches:
        return
    currencies = {p.amount.currency for p in tranches}
    total = sum((p.amount.amount for p in tranches), Decimal(0))
    if currencies != {equity.amount.currency} or total != equity.amount.amount:
        shown = " + ".join(f"{p.amount.currency} {money_figures(p.amount.amount)}" for p in tranches)
        yield error(
            "economics.tranches-not-total",
            "payments",
            f"The tranches ({shown}) do not add up to the subscription price of {equity.amount.currency} "
            f"{money_figures(equity.amount.amount)} stated in the subscription clause.",
            "Make the tranches add up to the subscription price, in its currency.",
        )


@rule()
def payment_clause_matches_schedule(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    if not drafts_field(terms.model, "contributions"):
        return  # the contributions are not in this type's text (``dropped`` reports them)
    scheduled = {p.payer for p in terms.payments if p.kind in {PaymentKind.TRANCHE, PaymentKind.MILESTONE}}
    for index, contribution in enumerate(terms.contributions):
        if contribution.kind.value != "cash" or contribution.party not in scheduled or contribution.due is None:
            continue
        yield error(
            "economics.payment-clause-vs-schedule",
            f"contributions[{index}].due",
            f"The contributions say {contribution.party} pays its cash on {long_date(contribution.due)}, but the "
            f"payment schedule has it paying in tranches or on milestones; the agreement would state both.",
            "Clear the contribution's due date so that it refers to the payment schedule, or remove the tranches.",
        )


@rule()
def payments_say_when(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    for index, payment in enumerate(terms.payments):
        if payment.kind is PaymentKind.RECURRING or payment.due_date is not None or payment.milestone.strip():
            continue
        if payment.kind is PaymentKind.UPFRONT:
            continue  # an upfront payment without a date is due on the Effective Date, as it should be
        yield error(
            "economics.payment-without-when",
            f"payments[{index}].milestone",
            f"The {payment.kind.value.replace('_', ' ')} payment '{payment.label}' has neither a date nor a "
            "milestone, so it would be drafted as due on the Effective Date.",
            "Give the date, or the milestone or event on which it falls due.",
        )


@rule()
def non_party_payees(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    if terms.boilerplate.third_party_rights:
        return
    payees = [(f"payments[{i}].payee", p.payee) for i, p in enumerate(terms.payments)]
    payees += [
        (f"sharing.bands[{b}].shares[{s}].payee", entry.payee)
        for b, band in enumerate(terms.sharing.bands)
        for s, entry in enumerate(band.shares)
    ]
    for path, payee in payees:
        if payee.kind is PayeeKind.ENTITY:
            yield note(
                "economics.non-party-payee",
                path,
                f"Money is paid to {payee.label}, which is not a party and has no third-party right, so it "
                "cannot enforce the payment itself; only the parties can.",
                "If it should be able to enforce it, allow third-party rights, or have it sign or accede.",
            )
            return


# --- company and leavers -------------------------------------------------------------------------
@rule()
def holdings_fit_whole_shares(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    venture = terms.joint_venture
    if venture is None or venture.number_of_shares is None:
        return
    for holding in venture.holdings:
        count = holding.exact * venture.number_of_shares
        if count.denominator != 1:
            yield error(
                "economics.holding-not-whole-shares",
                "joint_venture.number_of_shares",
                f"{holding.party}'s {share_text(holding.exact)} of {venture.number_of_shares:,} shares is "
                f"{_mixed(count)} shares; a holding must be a whole number of shares.",
                "Choose a number of shares that every holding divides exactly (e.g. a multiple of "
                f"{_common_denominator([h.exact for h in venture.holdings])}).",
            )
            return


def _mixed(value: Fraction) -> str:
    whole, rest = divmod(value.numerator, value.denominator)
    return f"{whole} {rest}/{value.denominator}" if whole else f"{rest}/{value.denominator}"


def _common_denominator(portions: list[Fraction]) -> int:
    result = 1
    for portion in portions:
        result = result * portion.denominator // _gcd(result, portion.denominator)
    return result


def _gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


@rule()
def leaver_terms_sound(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    leavers = terms.leavers
    if leavers is None:
        return
    owned = (terms.model is AllianceModel.JOINT_VENTURE and terms.joint_venture is not None) or (
        terms.model is AllianceModel.PROFESSIONALS_MEMBERS and terms.members is not None
    )
    if not owned:
        yield warning(
            "economics.leavers-without-company",
            "model",
            "Leaver terms are given, but there is no company whose shares a leaver could sell, so they "
            "are not drafted.",
            "Describe the company the members own (the joint venture company), or clear the leaver terms.",
        )
        return
    innocent = {LeaverEvent.DEATH, LeaverEvent.INCAPACITY} & set(leavers.good_leaver_events)
    if innocent and leavers.good_leaver_price is LeaverPrice.NOMINAL:
        yield warning(
            "economics.good-leaver-nominal",
            "leavers.good_leaver_price",
            "A good leaver (including one who dies or becomes incapable) would be paid only the nominal value "
            "of its shares: its family loses the value it built.",
            "Pay good leavers fair value or net asset value.",
        )
    if leavers.bad_leaver_price is LeaverPrice.NOMINAL and set(leavers.events) - set(leavers.good_leaver_events):
        yield note(
            "economics.bad-leaver-discount",
            "leavers.bad_leaver_price",
            "Bad leavers are paid only nominal value. Courts may treat a forfeiture this large as a penalty, "
            "and some laws restrict it.",
            "Have a lawyer confirm the discount is enforceable, or use the lower of fair value and cost.",
        )
    if leavers.buyer is LeaverBuyer.COMPANY:
        yield warning(
            "economics.buy-back-without-fallback",
            "leavers.buyer",
            "Only the Company buys a leaver's shares, but a company may buy back its own shares only out of "
            "distributable reserves; without them the leaver is stuck.",
            "Let the other members buy whatever the Company cannot lawfully buy back.",
        )


RULES = (
    band_splits_total_100,
    bands_contiguous,
    one_split_only,
    equal_split_is_equal,
    cap_until_not_yearly,
    sunset_within_term,
    minimum_has_a_consequence,
    exclusivity_without_minimum,
    tranches_match_investment,
    payment_clause_matches_schedule,
    payments_say_when,
    non_party_payees,
    holdings_fit_whole_shares,
    leaver_terms_sound,
)
