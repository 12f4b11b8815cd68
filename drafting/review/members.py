"""Review rules of the professionals' members' agreement (precedent 1b): the engagement
split and the holdings make exactly 100%, the company is a company and the members are
its holders, the insurance and the line between Company Work and own practice are
stated, and the risks a careful lawyer raises for professional co-owners (worker status,
a penal bad-leaver discount, a covenant too wide for an individual, members in several
countries). The old way of drafting this deal, a joint venture over an existing company
owned by individuals, is pointed to the proper type.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from drafting.law import profile
from drafting.review.findings import Finding, error, listing, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.review.share_sums import NamedShare, exact_total_problem, not_whole_message
from drafting.terms import AllianceModel, EntityType
from drafting.terms.company import CompanyStatus
from drafting.terms.members import Contracting, MembersTerms
from drafting.terms.portions import share_text

MEMBERS = frozenset({AllianceModel.PROFESSIONALS_MEMBERS})
#: A leaver covenant longer than this is hard to defend against an individual.
COVENANT_MONTHS = 12


def _block(ctx: ReviewContext) -> MembersTerms | None:
    return ctx.terms.members


def _members(ctx: ReviewContext, block: MembersTerms) -> list[str]:
    return [party.short_name for party in ctx.terms.parties if party.short_name != block.company]


def _label(ctx: ReviewContext, clause_id: str, fallback: str) -> str:
    """The clause as a finding names it, capitalised to open a sentence ("Clause 4.2")."""
    text = ctx.draft.label(clause_id) if ctx.draft.has(clause_id) else fallback
    return text[:1].upper() + text[1:]


@rule(models=MEMBERS)
def members_block_given(ctx: ReviewContext) -> Iterator[Finding]:
    if _block(ctx) is None:
        yield error(
            "members.block-missing",
            "members",
            "This is a members' agreement, but the company the members own is not described, so the core "
            "articles (the practices, the engagement split, decisions, leavers) are drafted from defaults that "
            "do not name the company's own terms.",
            "Choose the company among the parties and give the members' holdings on the deal page.",
        )


@rule(models=MEMBERS)
def leavers_answered(ctx: ReviewContext) -> Iterator[Finding]:
    if _block(ctx) is not None and ctx.terms.leavers is None:
        yield warning(
            "members.leavers-missing",
            "leavers",
            "The leaver terms are switched off, but a members' agreement cannot do without them: the draft "
            "uses the usual ones (every leaver event, retirement, death and incapacity as good leavers, the "
            "Company buying first, at fair value).",
            "Switch on 'When a member leaves' on the deal page and check each event, price and buyer.",
        )


@rule(models=MEMBERS)
def engagement_split_whole(ctx: ReviewContext) -> Iterator[Finding]:
    block = _block(ctx)
    if block is None:
        return
    if block.delivering_member_share is None or block.company_share is None:
        missing = [
            name
            for name, value in (
                ("the Delivering Member's share", block.delivering_member_share),
                ("the Company's share", block.company_share),
            )
            if value is None
        ]
        yield error(
            "members.split-missing",
            "members.delivering_member_share" if block.delivering_member_share is None else "members.company_share",
            f"The division of fees for Company Work does not give {listing(missing)}, so the agreement does not "
            "say who is paid what for the work passed through the Company.",
            "Give the Delivering Member's share and the share the Company keeps for its costs, e.g. 70% and 30%.",
        )
        return
    shares: list[NamedShare] = [("Delivering Member", block.delivering_member_share)]
    if block.originator_share:
        shares.append(("Originating Member", block.originator_share))
    shares.append(("Company", block.company_share))
    if block.split_total != 1:
        where = _label(ctx, "engagements.split", "The division of fees")
        yield error(
            "members.split-not-100",
            "members.company_share",
            not_whole_message(
                shares,
                where,
                "The shares of each engagement's fees must make exactly the whole, the originator's share included.",
            ),
            "Change the shares so that together they make 100%.",
            clauses=("engagements.split",),
        )


@rule(models=MEMBERS)
def holdings_whole(ctx: ReviewContext) -> Iterator[Finding]:
    block = _block(ctx)
    if block is None:
        return
    members = _members(ctx, block)
    holders = {holding.party for holding in block.holdings}
    if not block.holdings:
        yield error(
            "members.holdings-missing",
            "members.holdings",
            f"The members' holdings in the Company are not given, so the share schedule, the votes per share "
            f"and the leaver price have nothing to work on ({listing(members)}).",
            "Give each member's holding, as a percentage or a fraction, or mark the holdings as equal.",
        )
        return
    problem = exact_total_problem(block.holdings)
    if problem is not None:
        summed, fix = problem
        yield error(
            "members.holdings-not-100",
            "members.holdings",
            f"The holdings in the Company add up to {summed}, not 100%: the share schedule would not account "
            "for the whole Company.",
            f"{fix[:1].upper()}{fix[1:]}.",
        )
    without = [name for name in members if name not in holders]
    if without:
        yield error(
            "members.member-without-holding",
            "members.holdings",
            f"{listing(without)} {'signs' if len(without) == 1 else 'sign'} as a member but "
            f"{'holds' if len(without) == 1 else 'hold'} no shares in the Company, yet this agreement makes only "
            "holders members.",
            "Give every member a holding, or remove the party who is not a member.",
        )
    if len(members) < 2:
        yield error(
            "members.too-few-members",
            "parties",
            "A members' agreement needs at least two members besides the Company; it continues only while two "
            "of them hold shares.",
            "Add the other members as parties.",
        )


@rule(models=MEMBERS)
def company_is_a_company(ctx: ReviewContext) -> Iterator[Finding]:
    block = _block(ctx)
    if block is None:
        return
    company = ctx.terms.party(block.company)
    if company.entity_type is EntityType.INDIVIDUAL:
        yield error(
            "members.company-is-an-individual",
            f"parties[{ctx.party_index(block.company)}].entity_type",
            f"{block.company} is named as the Company the members own, but it is entered as an individual.",
            "Enter the Company as a company (or an LLP or LLC), or choose the right party as the Company.",
        )
    bodies = [
        party.short_name
        for party in ctx.terms.parties
        if party.short_name != block.company and party.entity_type is not EntityType.INDIVIDUAL
    ]
    if bodies:
        yield warning(
            "members.member-not-individual",
            f"parties[{ctx.party_index(bodies[0])}].entity_type",
            f"{listing(bodies)} {'is' if len(bodies) == 1 else 'are'} entered as an organisation, but this "
            "agreement is drafted for individual professionals: death, incapacity, bankruptcy and loss of standing "
            "make a leaver, and each member signs in person.",
            "Enter each member as an individual, or use a joint venture or shareholders' agreement for "
            "corporate co-owners.",
        )


@rule(models=MEMBERS)
def insurance_stated(ctx: ReviewContext) -> Iterator[Finding]:
    block = _block(ctx)
    if block is None or block.pi_cover_min is not None:
        return
    where = _label(ctx, "engagements.liability", "The liability clause")
    yield warning(
        "members.pi-cover-missing",
        "members.pi_cover_min",
        f"{where} requires each member's professional indemnity insurance at a level the members approve, "
        "but no minimum is given: a member insured only for its own practice leaves the Company's clients "
        "uncovered.",
        "State the minimum cover per claim each member keeps for both kinds of work (e.g. GBP 1,000,000).",
        clauses=("engagements.liability",),
    )


@rule(models=MEMBERS)
def company_work_described(ctx: ReviewContext) -> Iterator[Finding]:
    block = _block(ctx)
    if block is None or block.company_work.strip():
        return
    where = _label(ctx, "practice.work", "The definition of Company Work")
    yield warning(
        "members.company-work-undefined",
        "members.company_work",
        f"{where} does not say which work goes through the Company, so every engagement needs a decision "
        "first, and fees, client ownership and insurance are uncertain until it is made.",
        "Describe Company Work (e.g. by type of client or a fee threshold) and what stays in each own practice.",
        clauses=("practice.work",),
    )


@rule(models=MEMBERS, party_types=frozenset({EntityType.INDIVIDUAL}))
def worker_status(ctx: ReviewContext) -> Iterator[Finding]:
    block = _block(ctx)
    if block is None:
        return
    signs = []
    if block.first_offer:
        signs.append("a duty to offer new work to the Company first")
    if block.salaries:
        signs.append("salaries from the Company")
    if block.company_share is not None and block.company_share >= Fraction(1, 2):
        signs.append(f"the Company keeping {share_text(block.company_share)} of the fees the members earn")
    if not signs:
        return
    said = listing(signs)
    yield warning(
        "members.worker-status",
        "members.first_offer"
        if block.first_offer
        else "members.salaries"
        if block.salaries
        else "members.company_share",
        f"{said[:1].upper()}{said[1:]} make the members look like the Company's employees or workers, which "
        "brings employment rights, payroll taxes and social security with it, and can undo their independence.",
        "Keep the members' practices independent: no duty of first offer, no salaries, and a Company share that "
        "only meets its costs.",
    )


@rule(models=MEMBERS)
def fee_sharing_and_client_money(ctx: ReviewContext) -> Iterator[Finding]:
    block = _block(ctx)
    if block is None or block.contracting is not Contracting.MEMBER_CONTRACTS:
        return
    yield note(
        "members.fee-sharing",
        "members.contracting",
        f"Each member contracts with the client and pays the Company its share "
        f"({_label(ctx, 'engagements.split', 'the division of fees').lower()}): "
        "the rules of some professions restrict sharing fees with a company or with persons outside the "
        "profession, and regulate money a member holds for a client.",
        "Check the professional rules of each member, or let the Company contract and subcontract the member.",
        clauses=("engagements.contracting",),
    )


@rule(models=MEMBERS)
def bad_leaver_discount(ctx: ReviewContext) -> Iterator[Finding]:
    block = _block(ctx)
    leavers = ctx.terms.leavers
    if block is None or leavers is None or not block.bad_leaver_discount_percent:
        return
    if set(leavers.events) <= set(leavers.good_leaver_events):
        return
    discount = block.bad_leaver_discount_percent
    where = _label(ctx, "leaving.price", "The leaver price")
    severity = warning if discount > Fraction(1, 4) else note
    law = ctx.terms.governing_law.profile
    said = profile(law).review.get("penalty", "") if law else ""
    under = f" Under the law of {profile(law).label}: {said}" if said else ""
    yield severity(
        "members.bad-leaver-discount",
        "members.bad_leaver_discount_percent",
        f"{where} takes {share_text(discount)} off a Bad Leaver's price. A forfeiture from an individual's "
        "only capital may be reduced or struck out as a penalty or as disproportionate, the more so when it "
        f"follows a loss of standing the member did not cause.{under}",
        "Keep the discount small and tied to the member's own fault (breach, expulsion), or drop it and pay "
        "Fair Value to every leaver.",
        clauses=("leaving.price",),
    )


@rule(models=MEMBERS, party_types=frozenset({EntityType.INDIVIDUAL}))
def covenant_proportionate(ctx: ReviewContext) -> Iterator[Finding]:
    block = _block(ctx)
    if block is None:
        return
    where = _label(ctx, "covenants.non_solicitation", "The non-solicitation covenant")
    if block.non_solicit_months > COVENANT_MONTHS:
        yield warning(
            "members.covenant-too-long",
            "members.non_solicit_months",
            f"{where} binds a leaver for {block.non_solicit_months} months. Against an individual, a restraint "
            f"longer than about {COVENANT_MONTHS} months is often held unreasonable, and the whole covenant can fall.",
            f"Limit it to {COVENANT_MONTHS} months or less, and to the clients the leaver served.",
            clauses=("covenants.non_solicitation",),
        )
    if block.non_dealing:
        yield note(
            "members.non-dealing",
            "members.non_dealing",
            f"{where} also stops a leaver from acting for those clients when they come of their own accord; some "
            "professional rules protect a client's free choice of adviser.",
            "Check the professional rules, or keep to non-solicitation only.",
            clauses=("covenants.non_solicitation",),
        )


@rule(models=MEMBERS, party_types=frozenset({EntityType.INDIVIDUAL}))
def members_in_several_countries(ctx: ReviewContext) -> Iterator[Finding]:
    block = _block(ctx)
    if block is None:
        return
    company = ctx.terms.party(block.company)
    home = company.jurisdiction.strip().casefold()
    abroad = [party.short_name for party in ctx.parties if party.jurisdiction.strip().casefold() != home]
    if not abroad or not home:
        return
    yield note(
        "members.cross-border",
        f"parties[{ctx.party_index(abroad[0])}].jurisdiction",
        f"{listing(abroad)} {'lives' if len(abroad) == 1 else 'live'} outside {company.jurisdiction.strip()}, "
        "where the Company is: a member's invoices to the Company may carry cross-border VAT, its work may give "
        "the Company a permanent establishment abroad, and directors meeting in several countries may move the "
        "Company's tax residence.",
        "Take tax advice on where the members work and where the Company's decisions are taken.",
    )


@rule(models=MEMBERS)
def joint_venture_answers_not_drafted(ctx: ReviewContext) -> Iterator[Finding]:
    """Answers a joint venture drafts but this precedent keeps out although some of its
    clauses read a part of them (capital calls, an exit article, a payment schedule):
    never dropped in silence. Answers no clause of the type reads at all (contributions,
    transfer rules, a non-compete) are reported by ``dropped.answers_not_drafted``."""
    terms = ctx.terms
    dropped = [
        (label, path)
        for label, path, answered in (
            ("capital calls", "capital_calls.mode", terms.capital_calls.mode.value != "none"),
            ("exit and valuation terms", "exit", terms.exit is not None),
            ("scheduled payments", "payments", bool(terms.payments)),
        )
        if answered
    ]
    if not dropped:
        return
    yield warning(
        "members.answers-not-drafted",
        dropped[0][1],
        f"The draft answers {listing(label for label, _ in dropped)}, which a members' agreement does not "
        "contain: the members' funding, leaving, transfers and covenants are in its own articles (further "
        "funding, leavers, transfers, restrictive covenants), so these answers would be left out.",
        "Clear these answers; state what the members agreed in the members' terms on the deal page instead.",
        items=[label for label, _ in dropped],
    )


@rule(models=frozenset({AllianceModel.JOINT_VENTURE}), party_types=frozenset({EntityType.INDIVIDUAL}))
def existing_company_of_professionals(ctx: ReviewContext) -> Iterator[Finding]:
    """The way this deal was drafted before it had its own type: still valid, but the
    professionals' members' agreement drafts what it needs (practices, fee split, leavers)."""
    venture = ctx.terms.joint_venture
    if venture is None or venture.status is not CompanyStatus.EXISTING:
        return
    if any(party.entity_type is not EntityType.INDIVIDUAL for party in ctx.terms.parties):
        return
    yield note(
        "members.use-members-type",
        "model",
        f"All the parties are individuals who already own {venture.name}, but the agreement is drafted as a "
        "joint venture between parent companies (deadlock ladder, background and foreground IP) and says nothing "
        "of the members' own practices, the line between Company Work and own practice work, or their "
        "professional standing and insurance.",
        "Choose the agreement type “Professionals' members' agreement”, which drafts those points, and make "
        "the company a party.",
    )


RULES = (
    members_block_given,
    leavers_answered,
    engagement_split_whole,
    holdings_whole,
    company_is_a_company,
    insurance_stated,
    company_work_described,
    worker_status,
    fee_sharing_and_client_money,
    bad_leaver_discount,
    covenant_proportionate,
    members_in_several_countries,
    joint_venture_answers_not_drafted,
    existing_company_of_professionals,
)
