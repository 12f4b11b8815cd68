"""The operative core of licensing and distribution deals: how long royalties
run against how long the agreement runs, royalties on patents after they expire (United
States), a sublicence-income share with no right to sublicense and an exclusivity that
ends while the distribution goes on."""

from __future__ import annotations

from collections.abc import Iterator

from drafting.engine.wording import long_date, months
from drafting.law.facts import regions_of
from drafting.review.facts import plain_percent
from drafting.review.findings import Finding, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.review.systems import EU_SYSTEMS, US_SYSTEMS, governing_system
from drafting.terms import AllianceModel
from drafting.terms.commercial import ExclusivityKind
from drafting.terms.ip import RoyaltyTerm
from drafting.terms.lifecycle import Term, TermKind

_ROYALTY_TERMS = {
    RoyaltyTerm.LAST_VALID_CLAIM: "until the last Valid Claim covering each product expires",
    RoyaltyTerm.YEARS_FROM_FIRST_SALE: "for {years} years from each product's first sale",
    RoyaltyTerm.LATER_OF: "until the later of the last Valid Claim's expiry and {years} years from first sale",
}


_BINDS_DISTRIBUTOR = {ExclusivityKind.NONE, ExclusivityKind.REQUIREMENTS, ExclusivityKind.PURCHASE}


def _term_end(term: Term) -> str:
    """How the agreement's own term ends, in words, or "" when it runs until terminated."""
    if term.kind is TermKind.INDEFINITE:
        return ""
    if term.kind is TermKind.INITIAL_PLUS_RENEWAL:
        return f"after an initial {months(term.length_months or 12)} unless renewed"
    if term.end_date is not None:
        return f"on {long_date(term.end_date)}"
    if term.kind is TermKind.FIXED and term.length_months:
        return f"after {months(term.length_months)}"
    return "when the Purpose is achieved"


@rule(models={AllianceModel.LICENSING})
def royalty_term_within_agreement(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    grant = terms.ip.licence_grant
    if grant is None or grant.royalty_term is RoyaltyTerm.AGREEMENT_TERM or not ctx.draft.has("financial.royalty_term"):
        return
    if "last Royalty Term" in ctx.draft.text("term.duration"):
        # A licence of patents runs until the last Royalty Term ends, whatever the answer.
        return
    ends = _term_end(terms.term)
    if not ends:
        return
    royalty = _ROYALTY_TERMS[grant.royalty_term].format(years=grant.royalty_term_years)
    yield warning(
        "licensing.royalty-term-outlives-agreement",
        "term.kind",
        f"{ctx.draft.label('financial.royalty_term').capitalize()} runs royalties {royalty}, but "
        f"{ctx.draft.label('term.duration')} ends the agreement {ends}; the licence, and the royalties, "
        "would stop before the Royalty Term does.",
        "Choose 'No end date' for the agreement's duration (it then runs until the last Royalty Term ends), "
        "or a royalty term 'for as long as the licence runs'.",
        clauses=ctx.draft.labels("financial.royalty_term", "term.duration"),
    )


def _licenses_patents(ctx: ReviewContext) -> bool:
    grant = ctx.terms.ip.licence_grant
    texts = [grant.subject if grant else ""] + [asset.asset for asset in ctx.terms.ip.background_schedule]
    return any("patent" in text.casefold() for text in texts)


@rule(models={AllianceModel.LICENSING}, legal_systems=US_SYSTEMS)
def us_royalty_after_patent_expiry(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    grant = terms.ip.licence_grant
    if grant is None or not _licenses_patents(ctx) or not ctx.draft.has("financial.model"):
        return
    if grant.royalty_term is RoyaltyTerm.LAST_VALID_CLAIM:
        return
    if grant.royalty_term is RoyaltyTerm.AGREEMENT_TERM and ctx.draft.assembled and ctx.draft.has("licence.grant"):
        # The draft gives a patent licence a Royalty Term that steps the rate down, country by
        # country, where no Valid Claim covers the product (financial/royalty_term.j2).
        return
    if grant.royalty_term is RoyaltyTerm.LATER_OF and (
        grant.no_claim_rate_percent is not None
        or "covered by a Valid Claim in the country of manufacture or sale" in ctx.draft.text("financial.royalty_term")
    ):
        return
    rate = plain_percent(terms.sharing.rate_percent) if terms.sharing.rate_percent is not None else "the tiered rate"
    how = {
        RoyaltyTerm.AGREEMENT_TERM: "for as long as the licence runs, whether or not a patent still covers the product",
        RoyaltyTerm.YEARS_FROM_FIRST_SALE: f"for {grant.royalty_term_years} years from first sale, whatever the "
        "patents' expiry",
        RoyaltyTerm.LATER_OF: "at the same rate after the last patent has expired",
    }[grant.royalty_term]
    yield warning(
        "licensing.royalty-after-patent-expiry",
        "ip.licence_grant.royalty_term",
        f"{ctx.draft.label('financial.model').capitalize()} charges {rate} {how}; under US law a royalty "
        "for the use of a patent after it expires is unenforceable (Brulotte v. Thys, Kimble v. Marvel).",
        "Set the royalty term to 'until the last valid claim expires', or to 'the later of' with a lower "
        "rate for the know-how-only years.",
        clauses=ctx.draft.labels("financial.model", "financial.royalty_term"),
    )


@rule(models={AllianceModel.LICENSING})
def sublicence_income_needs_sublicensing(ctx: ReviewContext) -> Iterator[Finding]:
    grant = ctx.terms.ip.licence_grant
    if grant is None or grant.sublicence_income_percent is None or grant.sublicensable:
        return
    yield warning(
        "licensing.sublicence-income-not-drafted",
        "ip.licence_grant.sublicensable",
        f"A {plain_percent(grant.sublicence_income_percent)} share of sublicence income was asked for, but "
        f"{ctx.draft.label('licence.grant') or 'the grant'} forbids sublicensing, so the agreement drafts no "
        "such share.",
        "Allow the licensee to sublicense, or clear the sublicence-income share.",
        clauses=ctx.draft.labels("licence.grant"),
    )


@rule(models={AllianceModel.DISTRIBUTION})
def exclusivity_ends_before_term(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    exclusivity = terms.exclusivity
    length = exclusivity.duration_months
    # Only the exclusivity the distributor enjoys: an exclusive-purchase (non-compete)
    # obligation on the distributor is limited in time on purpose (five years in the EU).
    if exclusivity.kind in _BINDS_DISTRIBUTOR or not length or not ctx.draft.has("exclusivity.grant"):
        return
    term = terms.term
    if term.kind is TermKind.FIXED and term.end_date is None and (term.length_months or 0) <= length:
        return
    runs = {
        TermKind.INITIAL_PLUS_RENEWAL: "renews automatically",
        TermKind.INDEFINITE: "runs until terminated",
    }.get(term.kind, "runs longer")
    distribution = terms.distribution
    minimum = ""
    if distribution is not None and distribution.minimum_purchase is not None:
        # The minimum clause ends the minimum with the exclusivity it pays for
        # (distribution/minimum_purchase.j2): say so, rather than warn it still binds.
        money = distribution.minimum_purchase
        minimum = (
            f" The minimum purchases of {money.currency} {money.amount:,.0f} a year end with it under "
            f"{ctx.draft.label('distribution.minimum_purchase')}, so the distributor then buys without a "
            "minimum and without protection in the Territory."
        )
    # Shortening the term does nothing where the initial term already equals the
    # exclusivity: the renewals (or an open-ended term) are what outlast it.
    if term.length_months is not None and term.length_months <= length and term.kind is not TermKind.FIXED:
        fix = (
            "Leave the exclusivity's duration empty so it continues through the renewals, or let the "
            "agreement end with the initial term (no automatic renewal)."
        )
    else:
        fix = (
            "Leave the exclusivity's duration empty so it lasts as long as the agreement, or shorten the "
            "agreement's term to match it."
        )
    yield warning(
        "distribution.exclusivity-ends-before-term",
        "exclusivity.duration_months",
        f"{ctx.draft.label('exclusivity.grant').capitalize()} ends the exclusivity after {months(length)}, "
        f"while {ctx.draft.label('term.duration')} {runs}.{minimum}",
        fix,
        clauses=ctx.draft.labels("exclusivity.grant", "term.duration"),
    )


@rule(models={AllianceModel.LICENSING})
def eu_territory_under_another_law(ctx: ReviewContext) -> Iterator[Finding]:
    """A licence for EU countries meets EU competition law whatever law governs it; under an
    EU law the EU rules' own findings already speak (``ip.ttber-multi-party``...)."""
    grant = ctx.terms.ip.licence_grant
    if grant is None or "eu" not in regions_of(grant.territory) or governing_system(ctx.terms) in EU_SYSTEMS:
        return
    # Only the threshold that applies: the parties said whether they compete (terms.competitors).
    threshold = (
        "below a 20% combined market share, the parties being competitors"
        if ctx.terms.competitors
        else "while each party's market share stays below 30%, the parties not being competitors"
    )
    challenge = ""
    if ctx.draft.has("licence.challenge") and not grant.exclusive:
        challenge = (
            f" The licensor's right to terminate on a challenge ({ctx.draft.label('licence.challenge')}) is "
            "block-exempted only in an exclusive licence (Article 5(1)(b)); in this non-exclusive one it needs "
            "its own assessment."
        )
    yield note(
        "licensing.eu-territory",
        "ip.licence_grant.territory",
        f"The licence covers {grant.territory.strip()}, in the European Union: Article 101 of the EU "
        "Treaty and the technology transfer block exemption (Regulation 316/2014) apply to it whatever "
        f"law governs the contract. The exemption holds only {threshold}; it never covers a restriction of "
        "the licensee's passive sales beyond the exceptions the Regulation lists, nor an exclusive grant-back "
        f"of its severable improvements.{challenge}",
        "Have the parties' market shares checked in the licensed products' markets, and keep the "
        "grant-back non-exclusive and the licensee free to answer unsolicited orders from outside the territory.",
        clauses=ctx.draft.labels("licence.grant"),
    )


RULES = (
    eu_territory_under_another_law,
    royalty_term_within_agreement,
    us_royalty_after_patent_expiry,
    sublicence_income_needs_sublicensing,
    exclusivity_ends_before_term,
)
