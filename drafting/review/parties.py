"""The parties and the shape of the deal: a consortium needs three or more parties and a
coordinator, each model needs its own block of terms, a special-purpose vehicle should
come with a parent guarantee, and party types that change the deal (a sole-trader
distributor, a public body) are pointed out."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from drafting.engine.company_forms import registered_agent
from drafting.engine.investee import investee_words
from drafting.law.facts import regions_of
from drafting.review.findings import Finding, error, listing, note, warning
from drafting.review.rules import COMPANIES, ReviewContext, rule
from drafting.review.systems import profile_of
from drafting.terms import AllianceModel, EntityType
from drafting.terms.commercial import ExclusivityKind

#: The block of terms each model cannot be drafted without, as (field path, what it holds).
_MODEL_BLOCKS = {
    AllianceModel.JOINT_VENTURE: ("joint_venture", "the joint venture company (name, holdings)"),
    AllianceModel.EQUITY_ALLIANCE: ("equity", "the investment (investor, amount, stake)"),
    AllianceModel.DATA_SHARING: ("data_sharing", "the data-protection terms (roles, lawful basis, data items)"),
    AllianceModel.OPEN_SOURCE: ("open_source", "the project terms (name, licence, DCO or CLA)"),
    AllianceModel.DISTRIBUTION: ("distribution", "the distribution terms (supplier, distributor, products)"),
    AllianceModel.CO_MARKETING: ("co_marketing", "the campaign terms"),
    AllianceModel.LICENSING: ("ip.licence_grant", "the licence grant (licensor, licensee, what is licensed)"),
    AllianceModel.RESEARCH_COLLABORATION: ("research", "the research terms (programme, work packages, results)"),
}
CONTROL_STAKE = Decimal(50)
#: Words in a company's name that mark a special-purpose or newly formed vehicle, the only
#: kind of party a parent guarantee is offered for (for a listed group it is noise).
_VEHICLE_NAME = re.compile(r"\b(spv|newco|bidco|holdco|topco|midco|acquisition|vehicle|special purpose)\b", re.I)


@rule()
def model_block(ctx: ReviewContext) -> Iterator[Finding]:
    block = _MODEL_BLOCKS.get(ctx.terms.model)
    if block is None:
        return
    path, what = block
    value: object = ctx.terms
    for part in path.split("."):
        value = getattr(value, part)
    if value is None:
        model = ctx.terms.model.value.replace("_", " ")
        yield error(
            "parties.model-terms-missing",
            path,
            f"This is a {model} agreement, but {what} are missing. The agreement cannot be drafted without them.",
            f"Fill in {what}.",
        )


@rule(models={AllianceModel.CONSORTIUM})
def consortium_shape(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    if len(terms.parties) < 3:
        yield error(
            "parties.consortium-too-small",
            "parties",
            f"A consortium brings together three or more organisations; this draft has {len(terms.parties)}.",
            "Add the other members, or choose a two-party model such as a joint venture or a licence.",
        )
    if terms.consortium is None or terms.consortium.coordinator is None:
        yield error(
            "parties.coordinator-missing",
            "consortium.coordinator",
            "The consortium has no coordinator. Someone must keep the plan, call meetings, hold "
            "the common funds and speak for the consortium to funders and customers.",
            "Choose one member as coordinator.",
        )


@rule(models={AllianceModel.JOINT_VENTURE, AllianceModel.EQUITY_ALLIANCE}, party_types=COMPANIES)
def parent_guarantee(ctx: ReviewContext) -> Iterator[Finding]:
    vehicles = [
        party for party in ctx.parties if _VEHICLE_NAME.search(party.legal_name) and not party.parent_guarantor.strip()
    ]
    if not vehicles:
        return
    names = listing(f"{party.short_name} ({party.legal_name})" for party in vehicles)
    yield note(
        "parties.parent-guarantee",
        f"parties[{ctx.party_index(vehicles[0].short_name)}].parent_guarantor",
        f"{names} {'reads' if len(vehicles) == 1 else 'read'} as a special-purpose or newly formed "
        "company: its promises to fund and perform are only as good as its own assets.",
        "Name the parent company that guarantees its obligations (the party's 'parent guarantor' field).",
        items=[party.short_name for party in vehicles],
    )


def _holders(ctx: ReviewContext) -> str:
    """The investee's holders in the words of its form ("shareholders", "members")."""
    words = investee_words(ctx.terms)
    return words.holders if words is not None else "shareholders"


@rule(models={AllianceModel.EQUITY_ALLIANCE})
def equity_stake(ctx: ReviewContext) -> Iterator[Finding]:
    equity = ctx.terms.equity
    if equity is None:
        return
    clauses = ctx.draft.labels("investment.subscription")
    if equity.investor == equity.investee:
        yield error(
            "parties.investor-is-investee",
            "equity.investee",
            f"{equity.investor} is named as both investor and investee.",
            "Name the company receiving the investment as investee.",
            clauses=clauses,
        )
    if equity.stake_percent > CONTROL_STAKE:
        yield warning(
            "parties.controlling-stake",
            "equity.stake_percent",
            f"The investor takes {equity.stake_percent:f}% of the company, which is control rather "
            "than a minority stake. That changes the deal: it may need merger clearance and "
            f"protections for the remaining {_holders(ctx)}.",
            "Check the stake; for a controlling stake consider a joint venture or acquisition agreement instead.",
            clauses=clauses,
        )


@rule(models={AllianceModel.EQUITY_ALLIANCE})
def founders_not_parties(ctx: ReviewContext) -> Iterator[Finding]:
    """Precedent 2: the founders join the shareholders' agreement. Where only the investor and
    the investee sign, a tag-along binds no shareholder: the investee can only secure it, and
    the draft makes the holders' undertakings (or the amended constitution) a Condition."""
    terms = ctx.terms
    equity, transfer = terms.equity, terms.transfer
    if equity is None or transfer is None or not transfer.tag_along:
        return
    others = [p.short_name for p in terms.parties if p.short_name not in {equity.investor, equity.investee}]
    if others:
        return
    yield note(
        "parties.founders-not-parties",
        "parties",
        f"Only {equity.investor} and {equity.investee} sign, so the tag-along on a sale of control "
        f"binds none of {equity.investee}'s {_holders(ctx)}: the draft makes their signed undertakings, "
        "or its constitution amended to give the right, a Condition to Completion.",
        f"Have the founders and other main {_holders(ctx)} of {equity.investee} join this Agreement as "
        "parties, so that they give the tag-along themselves.",
        clauses=ctx.draft.labels("investor_transfer.tag_along", "investment.conditions"),
    )


@rule(party_types=COMPANIES)
def registered_agent_address(ctx: ReviewContext) -> Iterator[Finding]:
    """A US company's address in the agreement is its principal place of business; the
    registered agent's address (where a Delaware company's registered office is) receives
    service of process, not the notices and the business of the alliance."""
    for index, party in enumerate(ctx.terms.parties):
        if party.entity_type not in COMPANIES:
            continue
        agent = registered_agent(party.address, regions_of(party.jurisdiction))
        if not agent:
            continue
        yield warning(
            "parties.registered-agent-address",
            f"parties[{index}].address",
            f"The address given for {party.short_name} is that of the registered agent {agent}, which "
            "receives service of process for many companies; the agreement describes it as "
            f"{party.short_name}'s principal place of business.",
            f"Give {party.short_name}'s principal place of business (its head office) as its address.",
        )


@rule(models={AllianceModel.DISTRIBUTION}, party_types={EntityType.INDIVIDUAL})
def sole_trader_distributor(ctx: ReviewContext) -> Iterator[Finding]:
    distribution = ctx.terms.distribution
    if distribution is None or distribution.distributor not in {party.short_name for party in ctx.parties}:
        return
    yield warning(
        "parties.distributor-individual",
        f"parties[{ctx.party_index(distribution.distributor)}].entity_type",
        f"The distributor, {distribution.distributor}, is an individual. A one-person distributor "
        "who depends on one supplier can be treated as a commercial agent or a dependent worker, "
        "with a statutory indemnity or compensation when the agreement ends.",
        "Have the distributor contract through its company (change its entity type), or have a "
        "lawyer check agent and worker status under the governing law before signing.",
        clauses=ctx.draft.labels("distribution.appointment"),
    )


@rule(party_types={EntityType.PUBLIC_BODY})
def public_body_exclusivity(ctx: ReviewContext) -> Iterator[Finding]:
    if ctx.terms.exclusivity.kind is ExclusivityKind.NONE:
        return
    names = listing(party.short_name for party in ctx.parties)
    yield warning(
        "parties.public-body-exclusivity",
        "exclusivity.kind",
        f"{names} {'is a public body' if len(ctx.parties) == 1 else 'are public bodies'} and the "
        "agreement is exclusive: a public body that grants or takes long exclusivity may first "
        "have to run a public tender.",
        "Make the alliance non-exclusive, or confirm the procurement route before signing.",
        clauses=ctx.draft.labels("exclusivity.grant"),
        items=[party.short_name for party in ctx.parties],
    )


@rule(party_types={EntityType.PUBLIC_BODY})
def public_body_foreign_law(ctx: ReviewContext) -> Iterator[Finding]:
    foreign = [
        party
        for party in ctx.parties
        if party.jurisdiction.strip() and profile_of(party.jurisdiction) != ctx.law and ctx.terms.governing_law.chosen
    ]
    if not foreign:
        return
    names = listing(f"{party.short_name} ({party.jurisdiction})" for party in foreign)
    yield note(
        "parties.public-body-foreign-law",
        "governing_law",
        f"{names}: a public body may be unable to accept a foreign governing law or forum, and "
        f"this agreement is governed by the law of {ctx.terms.governing_law.name}.",
        "Confirm the public body may accept this law, or choose its own law.",
        clauses=ctx.draft.labels("disputes.governing_law"),
        items=[party.short_name for party in foreign],
    )


RULES = (
    model_block,
    consortium_shape,
    parent_guarantee,
    equity_stake,
    founders_not_parties,
    registered_agent_address,
    sole_trader_distributor,
    public_body_exclusivity,
    public_body_foreign_law,
)
