"""Competition law: exclusivity, non-competes and information exchange between
competitors, long non-competes under EU rules, board seats in a competitor, online-sales
bans and merger control.

The US FTC/DOJ Competitor Collaboration Guidelines, with their 20% "safety zone", were
withdrawn in December 2024; no rule here relies on them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from drafting.review.facts import eu_law_applies
from drafting.review.findings import Finding, note, warning
from drafting.terms import AgreementTerms
from drafting.terms.commercial import ExclusivityKind, NonCompeteKind
from drafting.terms.extras import BoardRight
from drafting.terms.lifecycle import TermKind

#: EU block exemptions do not cover non-competes longer than five years, nor those that
#: renew tacitly beyond five years (Regulation 2022/720, Art. 5).
EU_NON_COMPETE_MONTHS = 60

ANTITRUST_FIX = (
    "Have a competition lawyer review it before signing; keep it as narrow and short as the "
    "alliance needs, and set up clean-team rules for sensitive information."
)


def _months_between(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def _term_months(terms: AgreementTerms) -> int | None:
    """How long the agreement can run, or None when it may run without end."""
    term = terms.term
    if term.kind in {TermKind.INDEFINITE, TermKind.INITIAL_PLUS_RENEWAL}:
        return None
    if term.effective_date is not None and term.end_date is not None:
        return _months_between(term.effective_date, term.end_date)
    return term.length_months


def competitor_restrictions(terms: AgreementTerms) -> Iterator[Finding]:
    if not terms.competitors:
        return
    if terms.exclusivity.kind is not ExclusivityKind.NONE:
        yield warning(
            "competition.competitor-exclusivity",
            "exclusivity.kind",
            "The parties compete, and the draft makes the alliance exclusive. Exclusivity between "
            "competitors can amount to sharing out markets, which competition law forbids.",
            ANTITRUST_FIX,
        )
    if terms.non_compete.kind is NonCompeteKind.IN_FIELD:
        yield warning(
            "competition.competitor-non-compete",
            "non_compete.kind",
            "The parties compete, and the draft stops them competing in the field. A non-compete "
            "between competitors is lawful only if it is necessary for the alliance and no wider "
            "or longer than that.",
            ANTITRUST_FIX,
        )


def competitor_information_exchange(terms: AgreementTerms) -> Iterator[Finding]:
    if not terms.competitors or terms.confidentiality.clean_team:
        return
    if terms.open_source is not None and terms.open_source.antitrust_policy:
        return  # Open development under an antitrust policy is the accepted safeguard.
    yield warning(
        "competition.information-exchange",
        "confidentiality.clean_team",
        "The parties compete and will exchange information, with no clean-team rules. Sharing "
        "prices, costs, customers or plans between competitors can itself break competition "
        "law, even without any agreement on prices. Note that the former US 'safety zone' "
        "guidelines were withdrawn in December 2024.",
        "Add clean-team rules: competitively sensitive information goes only to named people "
        "outside sales and pricing, and only in aggregated form where possible.",
    )


def competitor_vague_scope(terms: AgreementTerms) -> Iterator[Finding]:
    if terms.competitors and not terms.scope.field_of_use.strip():
        yield warning(
            "competition.vague-scope",
            "scope.field_of_use",
            "The parties compete and the draft does not limit the field of the collaboration. A "
            "broad or vague scope between competitors invites a competition-law challenge.",
            "Define the field of use narrowly, for example the pre-competitive research topic only.",
        )


def eu_long_non_compete(terms: AgreementTerms) -> Iterator[Finding]:
    if not eu_law_applies(terms):
        return
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
    )


def competitor_board_seat(terms: AgreementTerms) -> Iterator[Finding]:
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
    )


def online_sales_ban(terms: AgreementTerms) -> Iterator[Finding]:
    distribution = terms.distribution
    if distribution is None or distribution.online_sales_permitted or not eu_law_applies(terms):
        return
    yield warning(
        "competition.online-sales-ban",
        "distribution.online_sales_permitted",
        "The distributor may not sell online. Under EU rules, preventing a distributor from "
        "using the internet to sell is a hardcore restriction that removes the block exemption.",
        "Allow online sales; you may set quality standards for the distributor's online shop instead.",
    )


def merger_control(terms: AgreementTerms) -> Iterator[Finding]:
    venture = terms.joint_venture
    if venture is None or venture.merger_control_filing:
        return
    yield note(
        "competition.merger-control",
        "joint_venture.merger_control_filing",
        "Setting up a joint venture can need clearance from competition authorities before it "
        "starts, depending on the parents' turnover and the countries involved.",
        "Check whether a merger-control filing is needed and, if so, make clearance a closing condition.",
    )


RULES = (
    competitor_restrictions,
    competitor_information_exchange,
    competitor_vague_scope,
    eu_long_non_compete,
    competitor_board_seat,
    online_sales_ban,
    merger_control,
)
