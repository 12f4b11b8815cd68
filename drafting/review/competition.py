"""Competition law: exclusivity, non-competes and information exchange between
competitors, long non-competes under EU rules, board seats in a competitor, online-sales
bans and merger control.

The US FTC/DOJ Competitor Collaboration Guidelines, with their 20% "safety zone", were
withdrawn in December 2024; no rule here relies on them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from drafting.review.findings import Finding, note, warning
from drafting.review.rules import COMPANIES, ReviewContext, rule
from drafting.review.systems import EU_SYSTEMS, US_SYSTEMS
from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.commercial import ExclusivityKind, NonCompeteKind
from drafting.terms.extras import BoardRight
from drafting.terms.lifecycle import TermKind

#: EU block exemptions do not cover non-competes longer than five years, nor those that
#: renew tacitly beyond five years (Regulation 2022/720, Art. 5).
EU_NON_COMPETE_MONTHS = 60

#: Between competitors the collaboration itself, not only its information flow, needs a
#: competition assessment; everything but an open-source project (whose antitrust policy
#: is its own rule) is such a collaboration.
_NOT_COMMUNITY = frozenset(AllianceModel) - {AllianceModel.OPEN_SOURCE}
#: Vertical agreements, where the EU five-year non-compete rule (Regulation 2022/720)
#: applies; a joint venture parent's non-compete is an ancillary restraint judged by
#: what the venture needs, not by this rule.
_VERTICAL = {AllianceModel.DISTRIBUTION, AllianceModel.REVENUE_SHARING, AllianceModel.CO_MARKETING}
#: Below this, in any currency, every figure of a joint venture marks a deal far under any
#: merger-control threshold (they start at tens of millions of turnover), so the note is noise.
SMALL_DEAL = Decimal(1_000_000)

ANTITRUST_FIX = (
    "Have a competition lawyer review it before signing; keep it as narrow and short as the "
    "alliance needs, and set up clean-team rules for sensitive information."
)


def _months_between(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def _small_deal(terms: AgreementTerms) -> bool:
    venture = terms.joint_venture
    figures = [entry.value.amount for entry in terms.contributions if entry.value is not None]
    for money in (
        venture.share_capital if venture else None,
        terms.scope.expected_annual_value,
        terms.capital_calls.cap,
    ):
        if money is not None:
            figures.append(money.amount)
    return bool(figures) and sum(figures, Decimal(0)) < SMALL_DEAL


def _competition_law(systems: frozenset[str]) -> str:
    laws = []
    if systems & EU_SYSTEMS:
        laws.append("Article 101 TFEU")
    if systems & {"ew", "sc"}:
        laws.append("the UK Competition Act 1998")
    if systems & US_SYSTEMS:
        laws.append("Section 1 of the Sherman Act")
    return " and ".join(laws) if laws else "competition law"


def _term_months(terms: AgreementTerms) -> int | None:
    """How long the agreement can run, or None when it may run without end."""
    term = terms.term
    if term.kind in {TermKind.INDEFINITE, TermKind.INITIAL_PLUS_RENEWAL}:
        return None
    if term.effective_date is not None and term.end_date is not None:
        return _months_between(term.effective_date, term.end_date)
    return term.length_months


@rule(models=_NOT_COMMUNITY)
def competitor_restrictions(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    if not terms.competitors:
        return
    if terms.exclusivity.kind is not ExclusivityKind.NONE:
        yield warning(
            "competition.competitor-exclusivity",
            "exclusivity.kind",
            "The parties compete, and the draft makes the alliance exclusive. Exclusivity between "
            "competitors can amount to sharing out markets, which competition law forbids.",
            ANTITRUST_FIX,
            clauses=ctx.draft.labels("exclusivity.grant"),
        )
    if terms.non_compete.kind is NonCompeteKind.IN_FIELD:
        yield warning(
            "competition.competitor-non-compete",
            "non_compete.kind",
            "The parties compete, and the draft stops them competing in the field. A non-compete "
            "between competitors is lawful only if it is necessary for the alliance and no wider "
            "or longer than that.",
            ANTITRUST_FIX,
            clauses=ctx.draft.labels("exclusivity.covenant"),
        )


@rule(models=_NOT_COMMUNITY)
def competitor_information_exchange(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    if not terms.competitors or terms.confidentiality.clean_team:
        return
    yield warning(
        "competition.information-exchange",
        "confidentiality.clean_team",
        "The parties compete and will exchange information, with no clean-team rules. Sharing "
        "prices, costs, customers or plans between competitors can itself break competition "
        "law, even without any agreement on prices. Note that the former US 'safety zone' "
        "guidelines were withdrawn in December 2024.",
        "Add clean-team rules: competitively sensitive information goes only to named people "
        "outside sales and pricing, and only in aggregated form where possible.",
        clauses=ctx.draft.labels("confidentiality.clean_team"),
    )


@rule(models=_NOT_COMMUNITY)
def competitor_vague_scope(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    # An R&D collaboration's field is the Programme's and its option's, not the scope page's.
    research = terms.research if terms.model is AllianceModel.RESEARCH_COLLABORATION else None
    if research is not None and (research.work_packages or (research.option and research.option.field.strip())):
        return
    if terms.competitors and not terms.scope.field_of_use.strip():
        yield warning(
            "competition.vague-scope",
            "scope.field_of_use",
            "The parties compete and the draft does not limit the field of the collaboration. A "
            "broad or vague scope between competitors invites a competition-law challenge.",
            "Define the field of use narrowly, for example the pre-competitive research topic only.",
            clauses=ctx.draft.labels("scope.field_and_territory"),
        )


@rule(models=_NOT_COMMUNITY)
def competitor_collaboration(ctx: ReviewContext) -> Iterator[Finding]:
    """Clean-team rules protect the information flow; the collaboration between
    competitors still needs its own assessment, which a lawyer raises all the same."""
    terms = ctx.terms
    clean_team = ctx.draft.clause("confidentiality.clean_team")
    if not terms.competitors or not terms.confidentiality.clean_team or clean_team is None:
        return
    names = " and ".join(party.short_name for party in terms.parties[:2]) if len(terms.parties) == 2 else "The parties"
    yield warning(
        "competition.competitor-collaboration",
        "scope.field_of_use",
        f"{names} compete. {clean_team.label.capitalize()} keeps sensitive information within a "
        "clean team, but that protects only the information flow: the collaboration itself, "
        f"its field and any exclusivity, must be lawful under {_competition_law(ctx.systems)}.",
        "Keep the field of the collaboration as narrow as its purpose, and have a competition "
        "lawyer assess it before signing.",
        clauses=[clean_team.label],
    )


@rule(models=_VERTICAL, legal_systems=EU_SYSTEMS)
def eu_long_non_compete(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    restriction = None
    months: int | None = None
    if terms.non_compete.kind is NonCompeteKind.IN_FIELD:
        restriction = "non_compete.kind"
        term_months = _term_months(terms)
        months = None if term_months is None else term_months + terms.non_compete.tail_months
    elif terms.exclusivity.kind is ExclusivityKind.REQUIREMENTS:
        # Buying (nearly) all requirements from one party counts as a non-compete in EU law.
        restriction = "exclusivity.duration_months"
        months = terms.exclusivity.duration_months
        if months is None:
            months = _term_months(terms)
    if restriction is None or (months is not None and months <= EU_NON_COMPETE_MONTHS):
        return
    length = "with no fixed end" if months is None else f"for {months} months"
    yield warning(
        "competition.eu-non-compete-over-5-years",
        restriction,
        f"The non-compete obligation runs {length}. EU competition rules do not exempt "
        "non-competes longer than five years, or ones that renew automatically beyond five "
        "years; such a clause may be void and can expose the parties to fines.",
        "Limit the non-compete to five years at most (counting any tail), and do not let it renew automatically.",
        clauses=ctx.draft.labels("exclusivity.covenant", "exclusivity.grant"),
    )


@rule(models={AllianceModel.EQUITY_ALLIANCE})
def competitor_board_seat(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    equity = terms.equity
    if equity is None or not terms.competitors or equity.board_right is BoardRight.NONE:
        return
    seat = "board seat" if equity.board_right is BoardRight.SEAT else "board observer"
    yield warning(
        "competition.interlocking-directorate",
        "equity.board_right",
        f"{equity.investor} competes with {equity.investee} and gets a {seat}. A competitor's "
        "person in the boardroom sees strategy, prices and customers, and interlocking "
        "directorates between competitors are restricted in some countries (e.g. the US).",
        "Drop the seat or observer right, or add strict recusal and information barriers, and "
        "have it cleared by a competition lawyer.",
        clauses=ctx.draft.labels("investment.board"),
    )


@rule(models={AllianceModel.DISTRIBUTION}, legal_systems=EU_SYSTEMS)
def online_sales_ban(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    distribution = terms.distribution
    if distribution is None or distribution.online_sales_permitted:
        return
    yield warning(
        "competition.online-sales-ban",
        "distribution.online_sales_permitted",
        "The distributor may not sell online. Under EU rules, preventing a distributor from "
        "using the internet to sell is a hardcore restriction that removes the block exemption.",
        "Allow online sales; you may set quality standards for the distributor's online shop instead.",
        clauses=ctx.draft.labels("distribution.online_sales"),
    )


@rule(models={AllianceModel.JOINT_VENTURE}, party_types=COMPANIES)
def merger_control(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    venture = terms.joint_venture
    if venture is None or venture.merger_control_filing or _small_deal(terms):
        return
    yield note(
        "competition.merger-control",
        "joint_venture.merger_control_filing",
        "Setting up a joint venture can need clearance from competition authorities before it "
        "starts, depending on the parents' turnover and the countries involved.",
        "Check whether a merger-control filing is needed and, if so, make clearance a closing condition.",
        clauses=ctx.draft.labels("company.conditions"),
    )


RULES = (
    competitor_restrictions,
    competitor_information_exchange,
    competitor_collaboration,
    competitor_vague_scope,
    eu_long_non_compete,
    competitor_board_seat,
    online_sales_ban,
    merger_control,
)
