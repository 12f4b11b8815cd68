"""Deal-specific points of law, read from the legal-system profiles' ``[review]`` data
(``clause_templates/law/*.toml``), each raised only where the deal's type, parties and
law bring it in:

- automated decisions on shared data (Article 22 GDPR): which party decides, which
  controller owes the safeguards, and the national grounds (``automated_decisions``);
- agreements between a French company and a shareholder holding more than 10% of its
  votes or a director (``related_party_<form>``: L. 227-10 for an SAS, L. 225-38 for an SA);
- indirect State aid to a company that collaborates in R&D with a university or public
  research body in the EU on better than market terms (``state_aid_research``).

A profile without the key says nothing, so a law joins a point by adding its text.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from drafting.engine.company_forms import form_of_name
from drafting.law import profile
from drafting.review.findings import Finding, listing, warning
from drafting.review.rules import ReviewContext, rule
from drafting.review.systems import profile_of
from drafting.terms import AllianceModel, EntityType, PartyRole
from drafting.terms.company import CompanyForm
from drafting.terms.extras import AccessConditions, ControllerRoles
from drafting.terms.ip import ForegroundOwnership
from drafting.terms.research import AccessTerms, ResultsOwnership

#: The share of the votes above which a shareholder's agreements with the company are
#: related-party agreements (L. 225-38 and L. 227-10: "plus de 10 %").
_RELATED_SHARE = Decimal(10)


def _law_text(system: str, key: str) -> tuple[str, str]:
    """(the system's name, its text for ``key``), or ("", "") when it has none."""
    chosen = profile(system)
    text = chosen.review.get(key, "")
    return (chosen.label, text) if text else ("", "")


# --- automated decisions on shared data ----------------------------------------------------
#: The drafted words of data.automated_decisions where orders are declined on the score alone,
#: because the answers score each order as it is made (see that template).
_DECLINED_ON_THE_SCORE = "without a person reviewing each decline before it takes effect"
#: The words in the answers that say the scoring is done as the order is made: the same list
#: as in clause_templates/data/automated_decisions.j2.
_REAL_TIME_WORDS = ("real time", "real-time", "realtime", "millisecond", "instant", "at checkout", "at the checkout")


def _real_time_said(ctx: ReviewContext) -> str:
    """The answer that says the scoring is done in real time, quoted."""
    said = [ctx.terms.scope.purpose, *(item.description for item in ctx.terms.scope.obligations)]
    if ctx.terms.data_sharing is not None:
        said.append(ctx.terms.data_sharing.purpose)
    quoted = [
        f"'{text.strip().rstrip('.')}'" for text in said if any(word in text.lower() for word in _REAL_TIME_WORDS)
    ]
    return listing(quoted) if quoted else "the responsibilities"


@rule(models={AllianceModel.DATA_SHARING})
def automated_decisions(ctx: ReviewContext) -> Iterator[Finding]:
    """Scores made from the Shared Data on which a party declines orders or payments."""
    data = ctx.terms.data_sharing
    clause = ctx.draft.clause("data.automated_decisions")
    if data is None or clause is None or data.roles is ControllerRoles.CONTROLLER_PROCESSOR:
        return  # a processor scores for its controller: the decision is the controller's alone
    if "reviewed by a person before it takes effect" in clause.text:
        return  # the lawyer's wording: no decision is solely automated
    # The rule itself once per wording (the EU systems share one), then each system's own grounds.
    by_text: dict[str, list[str]] = {}
    national: list[str] = []
    for system in sorted(ctx.systems):
        label, text = _law_text(system, "automated_decisions")
        if text:
            by_text.setdefault(text, []).append(label)
            extra = _law_text(system, "automated_decisions_national")[1]
            if extra:
                national.append(f"Under the law of {label}: {extra}")
    if not by_text:
        return
    providers = [party.short_name for party in ctx.terms.parties if party.role is PartyRole.DATA_PROVIDER]
    scorers = [party.short_name for party in ctx.terms.parties if party.role is PartyRole.DATA_RECIPIENT]
    decider = listing(providers) or "the party that deals with the data subject"
    scorer = listing(scorers) or "the party that produces the score"
    said = " ".join([*(f"Under the law of {listing(labels)}: {text}" for text, labels in by_text.items()), *national])
    if _DECLINED_ON_THE_SCORE in clause.text:
        # The answers score each order as it is made, on legitimate interests (no Article
        # 22(2) exception): the clause relies on necessity for the contract instead.
        yield warning(
            "data.automated-decisions",
            "scope.obligations",
            f"{clause.label.capitalize()} lets {decider} decline orders or payments on the score {scorer} "
            f"produces without a person reviewing each decline first, because the answers have each order "
            f"scored as it is made ({_real_time_said(ctx)}), while the lawful basis given, legitimate "
            "interests, is no exception under Article 22(2) GDPR: the clause rests the declines on their "
            "being necessary for entering into the contract with the data subject (Article 22(2)(a)), which "
            f"supervisory authorities read narrowly, and gives the safeguards after the decision. {said}",
            "Record in the data protection impact assessment why a person cannot review each decline before it "
            "takes effect (the time the order allows and the number of orders) and test that the reconsideration "
            f"route in {clause.label} works; if declines can wait for a person, take the real-time commitment "
            "out of the responsibilities so that the clause requires a review before each decline.",
            clauses=[clause.label],
        )
        return
    yield warning(
        "data.automated-decisions",
        "data_sharing.purpose",
        f"{clause.label.capitalize()} has {decider} take each decision about a data subject on the score "
        f"{scorer} produces. {said} So {decider}, as controller of each decision, needs one of those grounds "
        f"and owes the safeguards; and unless a person at {decider} weighs each decline, {scorer}'s score "
        "may count as its own automated decision, needing a ground of its own.",
        f"Name in {clause.label} the ground {decider} relies on for declines decided by the score, and either "
        f"have a person with authority to change the decision review each decline, or have {scorer} confirm "
        "its own ground and answer challenges to the score.",
        clauses=[clause.label],
    )


# --- French related-party agreements ------------------------------------------------------
def _form_key(form: CompanyForm | None) -> str:
    return f"related_party_{form.value}" if form is not None else ""


@rule(models={AllianceModel.EQUITY_ALLIANCE})
def related_party_investment(ctx: ReviewContext) -> Iterator[Finding]:
    """The investor becomes a shareholder holding more than 10% of the investee's votes: its
    agreements with the investee are related-party agreements."""
    equity = ctx.terms.equity
    if equity is None:
        return
    investee = ctx.terms.party(equity.investee)
    key = _form_key(form_of_name(investee.legal_name))
    label, text = _law_text(profile_of(investee.jurisdiction), key) if key else ("", "")
    if not text or equity.stake_percent <= _RELATED_SHARE:
        return
    yield warning(
        "law.related-party-agreement",
        "equity.stake_percent",
        f"{equity.investor} will hold {equity.stake_percent.normalize():f}% of {equity.investee}, a company of "
        f"{label}; under its law, {text} From Completion, each agreement between {equity.investee} and "
        f"{equity.investor} (a change to the commercial terms of this Agreement, the supply or licence "
        "agreements the alliance leads to) comes within that procedure.",
        f"Have {equity.investee} follow that procedure for each agreement with {equity.investor} after "
        "Completion, unless it concerns current operations on normal terms, and for this Agreement too if "
        f"{equity.investor} already holds more than 10% of its votes.",
        clauses=ctx.draft.labels("investment.subscription", "investment.board"),
        items=[equity.investor, equity.investee],
    )


@rule(models={AllianceModel.JOINT_VENTURE})
def related_party_parent_services(ctx: ReviewContext) -> Iterator[Finding]:
    """Services a parent holding more than 10% of a French joint venture company's votes
    provides to it: related-party agreements of that company."""
    venture = ctx.terms.joint_venture
    clause = ctx.draft.clause("company.parent_services")
    if venture is None or clause is None:
        return
    key = _form_key(venture.form or form_of_name(venture.name))
    label, text = _law_text(profile_of(venture.jurisdiction), key) if key else ("", "")
    parents = [share.party for share in venture.holdings if share.percent > _RELATED_SHARE]
    if not text or not parents:
        return
    yield warning(
        "law.related-party-agreement",
        "joint_venture.holdings",
        f"{venture.name} is a company of {label} and {listing(parents)} "
        f"{'holds' if len(parents) == 1 else 'each hold'} more than 10% of its votes: under the law of {label}, "
        f"{text} The agreements by which the parents provide services to it ({clause.label}) are such agreements.",
        f"Have {venture.name} follow that procedure for each services agreement with "
        f"{listing(parents)}, unless it concerns current operations on normal terms, and say so in "
        f"{clause.label}.",
        clauses=[clause.label],
        items=parents,
    )


# --- State aid in R&D with a research organisation ----------------------------------------
#: Words in a public body's name that show it is a research body (a university is one by type).
_RESEARCH_SIGNS = ("research", "institut", "laborator", "fraunhofer", "cnrs", "inria", "tno", "centre national")


#: Where the draft allocates results and access: an R&D collaboration's results article, or
#: the ownership and access-rights clauses of a consortium.
_RESULTS_CLAUSES = ("research_results.ownership", "research_results.access", "ip.foreground", "ip.access_rights")


def _research_bodies(ctx: ReviewContext) -> list[str]:
    return [
        party.short_name
        for party in ctx.terms.parties
        if party.entity_type is EntityType.UNIVERSITY
        or (
            party.entity_type is EntityType.PUBLIC_BODY
            and any(sign in party.legal_name.casefold() for sign in _RESEARCH_SIGNS)
        )
    ]


_NOT_CREATOR = {
    ResultsOwnership.BY_FIELD: "the Results belong to the party in whose field they fall",
    ResultsOwnership.ONE_PARTY: "all Results belong to one party",
    ResultsOwnership.JOINT: "the Results are owned jointly",
}


def _more_than_market(ctx: ReviewContext) -> list[str]:
    """What the terms give the companies beyond the research body's own results at market price."""
    terms = ctx.terms
    given: list[str] = []
    if terms.research is not None:
        research = terms.research
        if research.ownership is ResultsOwnership.ONE_PARTY and research.owner is not None:
            given.append(f"all Results belong to {research.owner}")
        elif research.ownership is not ResultsOwnership.CREATOR:
            given.append(_NOT_CREATOR[research.ownership])
        if research.access is AccessTerms.ROYALTY_FREE:
            given.append("access rights to exploit are royalty-free")
    if terms.consortium is not None:
        if terms.ip.foreground.ownership is not ForegroundOwnership.CREATOR_OWNS:
            given.append("the results are not each owned by the member that creates them")
        if terms.consortium.exploitation_access is AccessConditions.ROYALTY_FREE:
            given.append("access rights to exploit are royalty-free")
    return given


@rule(
    models={AllianceModel.RESEARCH_COLLABORATION, AllianceModel.CONSORTIUM},
    party_types={EntityType.UNIVERSITY, EntityType.PUBLIC_BODY},
)
def state_aid_research(ctx: ReviewContext) -> Iterator[Finding]:
    bodies = _research_bodies(ctx)
    companies = [p.short_name for p in ctx.terms.parties if p.entity_type in {EntityType.CORPORATION, EntityType.LLC}]
    given = _more_than_market(ctx)
    if not bodies or not companies or not given:
        return
    # The research body's home first (its State funds it), then the governing law.
    systems = [*dict.fromkeys(profile_of(ctx.terms.party(name).jurisdiction) for name in bodies), ctx.law]
    said = [found for system in systems if (found := _law_text(system, "state_aid_research"))[1]]
    if not said:
        return
    label, text = said[0]
    one = len(bodies) == 1
    results = "research.ownership" if ctx.terms.research is not None else "ip.foreground.ownership"
    yield warning(
        "research.state-aid",
        results,
        f"{listing(bodies)} {'is a research organisation' if one else 'are research organisations'} "
        f"working with {listing(companies)}, and {listing(given)}: under the law of {label}, {text}",
        f"Leave {listing(bodies)} the results {'its' if one else 'their'} people create, with access or licences "
        "for the companies at "
        "market price (or have the companies bear the full cost), and record how that price was set.",
        clauses=ctx.draft.labels(*_RESULTS_CLAUSES),
        items=bodies,
    )


RULES = (automated_decisions, related_party_investment, related_party_parent_services, state_aid_research)
