"""The strategic supplier alliance (precedent 10): its risk flags and the consistency
rules that need arithmetic (the simple ones are in its blueprint).

- the supply terms themselves are missing;
- take-or-pay bands that leave a gap or overlap, or charge the full price for units never
  made (a penalty risk);
- a co-investment the supplier makes with no volume commitment behind it;
- a line written down after the agreement ends;
- exclusive purchasing longer than the block exemption allows, where the governing law's
  profile names one (data: ``[clauses] vertical_block_exemption``);
- a most-favoured-customer clause with exclusivity (a competition-law point).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from drafting.law import profile
from drafting.review.findings import Finding, error, listing, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.lifecycle import TermKind
from drafting.terms.supplier_alliance import Amortisation, SupplierAllianceTerms, SupplyExclusivity

_SUPPLY = {AllianceModel.SUPPLIER_ALLIANCE}
#: Vertical block exemptions (EU Regulation 2022/720, the UK Order of 2022) do not cover an
#: exclusive purchasing (non-compete) obligation of more than five years.
BLOCK_EXEMPTION_MONTHS = 60
_PURCHASE = {SupplyExclusivity.PURCHASE, SupplyExclusivity.BOTH}
#: The profile text ([clauses]) naming a system's vertical block exemption ("" where none).
EXEMPTION = "vertical_block_exemption"


def _figure(value: Decimal) -> str:
    return f"{value.normalize():f}%"


def _term_months(terms: AgreementTerms) -> int | None:
    """The fixed length of the agreement in months, or None when it may run on."""
    term = terms.term
    if term.kind in {TermKind.INDEFINITE, TermKind.INITIAL_PLUS_RENEWAL}:
        return None
    if term.effective_date is not None and term.end_date is not None:
        start, end = term.effective_date, term.end_date
        return (end.year - start.year) * 12 + end.month - start.month
    return term.length_months


def _block(ctx: ReviewContext) -> SupplierAllianceTerms | None:
    return ctx.terms.supplier_alliance


@rule(models=_SUPPLY)
def supply_terms_missing(ctx: ReviewContext) -> Iterator[Finding]:
    if _block(ctx) is None:
        yield error(
            "supplier.terms-missing",
            "supplier_alliance",
            "This is a strategic supply agreement, but the supply terms (who supplies, who buys, "
            "what products) are not filled in, so the core articles cannot be drafted.",
            "Open the deal page and name the supplier, the buyer and the products.",
        )


@rule(models=_SUPPLY)
def take_or_pay_bands(ctx: ReviewContext) -> Iterator[Finding]:
    block = _block(ctx)
    if block is None or not block.take_or_pay:
        return
    clauses = ctx.draft.labels("supplier_alliance_volumes.take_or_pay")
    gaps = [f"{_figure(end)} to {_figure(start)} (no rate)" for end, start in block.band_gaps if end < start]
    overlaps = [f"{_figure(start)} to {_figure(end)} (two rates)" for end, start in block.band_gaps if end > start]
    if gaps or overlaps:
        yield error(
            "supplier.take-or-pay-gaps",
            "supplier_alliance.take_or_pay",
            f"The take-or-pay bands in {listing_or('the take-or-pay clause', clauses)} are not contiguous: "
            f"{', '.join(gaps + overlaps)} of the Committed Volume, so that part of a shortfall is paid "
            + ("at no rate." if not overlaps else "at two rates." if not gaps else "at no rate, or at two."),
            "Make each band start where the one before ends, from 0% up to 100% of the Committed Volume.",
            clauses=clauses,
            items=gaps + overlaps,
        )
    full = [band for band in block.bands if band.payment_percent >= 100]
    if full:
        band = full[0]
        said = profile(ctx.law).review.get("penalty", "") if ctx.terms.governing_law.profile else ""
        yield warning(
            "supplier.take-or-pay-penalty",
            "supplier_alliance.take_or_pay",
            f"The band from {_figure(band.from_percent)} to {_figure(band.to_percent)} of the shortfall pays "
            f"{_figure(band.payment_percent)} of the price for units the supplier never makes, so it earns more "
            "than if the units had been bought (it saves their materials and labour). A court may treat that "
            "as a penalty." + (f" Under this law: {said}" if said else ""),
            "Size each band's rate to the supplier's unrecovered investment and margin, below 100% of the price.",
            clauses=clauses,
        )


def listing_or(fallback: str, labels: tuple[str, ...]) -> str:
    return labels[0] if labels else fallback


@rule(models=_SUPPLY)
def committed_volumes_total(ctx: ReviewContext) -> Iterator[Finding]:
    block = _block(ctx)
    if block is None or not block.total_committed_units or block.total_committed_units == block.committed_total:
        return
    years = " + ".join(f"{entry.units:,}" for entry in sorted(block.committed_volumes, key=lambda e: e.year))
    difference = block.total_committed_units - block.committed_total
    yield warning(
        "supplier.volumes-total",
        "supplier_alliance.total_committed_units",
        f"The yearly Committed Volumes in {ctx.draft.label('supplier_alliance_volumes.commitment') or 'the clause'} "
        f"add up to {years or '0'} = {block.committed_total:,} units, not the {block.total_committed_units:,} "
        f"stated as the total (the years are {abs(difference):,} {'short of' if difference > 0 else 'over'} it).",
        f"Correct a year's volume, or state the total as {block.committed_total:,} units.",
        clauses=ctx.draft.labels("supplier_alliance_volumes.commitment"),
    )


@rule(models=_SUPPLY)
def co_investment_unsecured(ctx: ReviewContext) -> Iterator[Finding]:
    block = _block(ctx)
    investment = block.co_investment if block else None
    if block is None or investment is None:
        return
    supplier_funds = investment.cost.amount - (
        investment.contribution.amount if investment.payer != block.supplier else Decimal(0)
    )
    if investment.owner != block.supplier or supplier_funds <= 0:
        return
    if block.committed_volumes and block.take_or_pay:
        return
    yield warning(
        "supplier.co-investment-unsecured",
        "supplier_alliance.take_or_pay",
        f"{block.supplier} funds {investment.cost.currency} {supplier_funds:,.2f} of the dedicated line "
        f"({ctx.draft.label('supplier_alliance_tooling.funding') or 'the tooling clause'}), but "
        f"{block.purchaser} commits to "
        + ("no volumes" if not block.committed_volumes else "volumes with no take-or-pay")
        + ", so nothing secures the recovery of that investment if orders fall away.",
        "Add committed volumes with take-or-pay bands sized to the unrecovered investment.",
        clauses=ctx.draft.labels("supplier_alliance_tooling.funding", "supplier_alliance_volumes.commitment"),
    )


@rule(models=_SUPPLY)
def amortisation_outlasts_term(ctx: ReviewContext) -> Iterator[Finding]:
    block = _block(ctx)
    investment = block.co_investment if block else None
    months = _term_months(ctx.terms)
    if investment is None or investment.amortisation is not Amortisation.STRAIGHT_LINE or months is None:
        return
    # Write-down starts only when the first parts from the line are approved, after the
    # Effective Date: a write-down as long as the term still leaves a value at expiry.
    if investment.amortisation_months < months:
        return
    yield warning(
        "supplier.amortisation-outlasts-term",
        "supplier_alliance.co_investment.amortisation_months",
        f"The dedicated line is written down over {investment.amortisation_months} months "
        f"({ctx.draft.label('supplier_alliance_tooling.amortisation') or 'the written-down value clause'}), "
        f"from the approval of its first parts, and the agreement runs for {months} months from the Effective "
        "Date: at expiry the line still has a written-down value, which the owner must repay or the buyer buy.",
        f"Write it down over fewer than {months} months (the term less the months to first-part approval), "
        "or extend the term.",
        clauses=ctx.draft.labels("supplier_alliance_tooling.amortisation", "term.duration"),
    )


@rule(models=_SUPPLY)
def exclusive_purchasing_too_long(ctx: ReviewContext) -> Iterator[Finding]:
    block = _block(ctx)
    if block is None or block.exclusivity not in _PURCHASE:
        return
    # Competition law applies where the restraint has its effects, not by the choice of law:
    # every system the deal touches whose profile names a vertical block exemption counts.
    exempting = sorted(profile(system).label for system in ctx.systems if profile(system).clause(EXEMPTION))
    if not exempting:
        return  # no such exemption here: the clause is assessed on its effects
    months = block.exclusivity_months or _term_months(ctx.terms)
    if months is not None and months <= BLOCK_EXEMPTION_MONTHS:
        return
    length = f"for {months} months" if months is not None else "for as long as the agreement runs"
    yield warning(
        "supplier.exclusive-purchasing-duration",
        "supplier_alliance.exclusivity_months",
        f"{block.purchaser} must buy only from {block.supplier} {length} "
        f"({ctx.draft.label('supplier_alliance_exclusivity.grant') or 'the exclusivity clause'}). The vertical "
        f"block exemption that applies through {listing(exempting)} covers such an obligation for five years "
        "at most; beyond that it needs its own competition assessment.",
        "Limit exclusivity to 60 months or less, or have a competition lawyer assess it.",
        clauses=ctx.draft.labels("supplier_alliance_exclusivity.grant", "supplier_alliance_compliance.competition"),
    )


@rule(models=_SUPPLY)
def most_favoured_with_exclusivity(ctx: ReviewContext) -> Iterator[Finding]:
    block = _block(ctx)
    if block is None or not block.most_favoured_customer or block.exclusivity is SupplyExclusivity.NONE:
        return
    yield note(
        "supplier.mfc-and-exclusivity",
        "supplier_alliance.most_favoured_customer",
        f"The draft combines exclusivity ({ctx.draft.label('supplier_alliance_exclusivity.grant')}) with a "
        f"most-favoured-customer price ({ctx.draft.label('supplier_alliance_pricing.most_favoured')}). "
        "Both are vertical restraints: the block exemptions (article 3 of Regulation (EU) 2022/720; the UK "
        "Vertical Agreements Block Exemption Order 2022) cover them only while the supplier's share of the "
        "market on which it sells the Products, and the buyer's share of the market on which it buys them, "
        "are each 30% or less. Above either threshold the pair can shut rivals out and needs its own assessment.",
        "Check both market shares against the 30% thresholds; if either may be exceeded, drop one of the two "
        "or have a competition lawyer assess them.",
        clauses=ctx.draft.labels("supplier_alliance_exclusivity.grant", "supplier_alliance_pricing.most_favoured"),
    )


RULES = (
    supply_terms_missing,
    take_or_pay_bands,
    committed_volumes_total,
    co_investment_unsecured,
    amortisation_outlasts_term,
    exclusive_purchasing_too_long,
    most_favoured_with_exclusivity,
)
