"""The R&D collaboration (precedent 11): what a careful lawyer raises about the licence
option (an agreement to agree, royalties restated in the term sheet, a notifiable
exclusive licence), the royalty term after the patents expire, diligence, publication,
the research plan's dates, royalties owed to several grantors, and the competition-law
conditions of research and development agreements (the profiles' R&D block-exemption
data, for the governing law and each party's home)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from drafting.law import profile
from drafting.review.findings import Finding, error, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.review.systems import deal_systems
from drafting.terms import AllianceModel, EntityType
from drafting.terms.economics import PaymentKind
from drafting.terms.research import IfNotAgreed, LicenceTermsBasis, PublicationMode

R = frozenset({AllianceModel.RESEARCH_COLLABORATION})
#: A patent application is normally filed within weeks once the invention is known; a
#: longer hold on publication is a veto in disguise, which a university cannot accept.
MAX_PUBLICATION_DELAY_DAYS = 120
#: Below this in total payments (any currency) an exclusive licence is far under any
#: merger-control threshold, so the note would be noise.
NOTIFIABLE_FROM = Decimal(1_000_000)
_RATE = re.compile(r"\d\s*(%|per\s*cent|percent)", re.IGNORECASE)


@rule(models=R)
def option_terms(ctx: ReviewContext) -> Iterator[Finding]:
    """The option is enforceable only if the licence's terms are known or a way to fix
    them is agreed; royalties belong in the payments article, once."""
    research = ctx.terms.research
    option = research.option if research else None
    if option is None:
        return
    clauses = ctx.draft.labels("research_option.licence_terms", "research_option.no_agreement")
    if option.period_days == 0:
        yield error(
            "research.option-period-missing",
            "research.option.period_days",
            f"{ctx.draft.label('research_option.data_package').capitalize() or 'The option'} gives "
            f"{option.licensee} no time to exercise the Option after the Data Package is delivered.",
            "Set the option period in days (90 is usual).",
            clauses=ctx.draft.labels("research_option.data_package"),
        )
    if option.basis is LicenceTermsBasis.TERM_SHEET and not option.term_sheet:
        yield warning(
            "research.option-term-sheet-empty",
            "research.option.term_sheet",
            "The licence is to be granted on the terms of a term sheet, but the term sheet is empty, "
            "so the Option is an agreement to agree on everything but the royalties.",
            "List the licence's key terms (scope, technology transfer, improvements, enforcement, "
            "duration), or choose terms negotiated in good faith with a stated outcome.",
            clauses=clauses,
        )
    if option.basis is LicenceTermsBasis.GOOD_FAITH and option.if_not_agreed is IfNotAgreed.LAPSE:
        fees = [p for p in ctx.terms.payments if p.payer == option.licensee and p.kind is not PaymentKind.RECURRING]
        paid = f" after paying {len(fees)} option or milestone payment(s)" if fees else ""
        yield warning(
            "research.option-agreement-to-agree",
            "research.option.if_not_agreed",
            f"The Licence is concluded on exercise on the terms this Agreement states, but everything "
            f"else is left to negotiation within {option.negotiation_days} days, and if no licence "
            f"agreement is signed the Licence runs on those terms alone: {option.licensee} may hold "
            f"an exclusive licence{paid} without technology transfer, improvements or enforcement "
            "terms, and in several legal systems a bare promise to negotiate is not enforceable.",
            "Agree the key terms now in a term sheet, or let an independent expert set the open terms.",
            clauses=clauses,
        )
    restated = [item for item in option.term_sheet if "royalt" in item.lower() and _RATE.search(item)]
    if restated:
        yield warning(
            "research.royalty-in-term-sheet",
            "research.option.term_sheet",
            f"The term sheet states royalty rates ({'; '.join(restated)}), which "
            f"{ctx.draft.label('financial.model') or 'the payments article'} already sets; the two "
            "will drift apart.",
            "Remove the rates from the term sheet and let it refer to the payments article.",
            clauses=ctx.draft.labels("financial.model", "research_option.licence_terms"),
            items=restated,
        )


@rule(models=R)
def royalty_after_patents(ctx: ReviewContext) -> Iterator[Finding]:
    research = ctx.terms.research
    option = research.option if research else None
    if option is None or ctx.draft.clause("financial.model") is None or option.no_claim_reduction_percent:
        return
    yield warning(
        "research.royalty-after-patents",
        "research.option.no_claim_reduction_percent",
        f"{ctx.draft.label('financial.model').capitalize()} keeps the full royalty for "
        f"{option.royalty_term_years} years from first sale even where no patent covers the product. "
        "Royalties for the time after the last patent expires are unenforceable in some systems and "
        "suspect under competition law unless they are visibly paid for know-how.",
        "Reduce the royalty where no Valid Claim covers the product (50% is common), with a floor.",
        clauses=ctx.draft.labels("financial.model"),
    )


@rule(models=R)
def diligence_events(ctx: ReviewContext) -> Iterator[Finding]:
    research = ctx.terms.research
    option = research.option if research else None
    if option is None or not option.exclusive or research is None or research.diligence.events:
        return
    yield warning(
        "research.diligence-undated",
        "research.diligence.events",
        f"{option.licensee} may take an exclusive licence but has no dated development events, only "
        "commercially reasonable efforts: whether it has done enough becomes a dispute about evidence.",
        "Add one or two dated events (a regulatory filing, a first commercial sale).",
        clauses=ctx.draft.labels("research_diligence.efforts"),
    )


@rule(models=R)
def publication(ctx: ReviewContext) -> Iterator[Finding]:
    research = ctx.terms.research
    if research is None:
        return
    clauses = ctx.draft.labels("research_publication.procedure")
    delay = research.publication.delay_days
    if delay > MAX_PUBLICATION_DELAY_DAYS:
        yield warning(
            "research.publication-delay-long",
            "research.publication.delay_days",
            f"Publication may be held back {delay} days for a patent filing; a filing needs weeks, and a "
            "longer hold works as a veto.",
            f"Limit the delay to {MAX_PUBLICATION_DELAY_DAYS} days or less (90 is usual).",
            clauses=clauses,
        )
    universities = [
        party.short_name
        for party in ctx.parties
        if party.entity_type in {EntityType.UNIVERSITY, EntityType.PUBLIC_BODY}
    ]
    if universities and research.publication.mode is PublicationMode.CONSENT:
        yield warning(
            "research.university-publication",
            "research.publication.mode",
            f"{' and '.join(universities)} must be free to publish its research; publication by consent "
            "only is usually unacceptable to a university and can cost it its public funding.",
            "Choose publication after review, with removal of confidential information and a delay for patent filing.",
            clauses=clauses,
        )


@rule(models=R)
def plan_dates(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    research = terms.research
    start = terms.term.effective_date
    if research is None or start is None:
        return
    months = research.research_term_months
    end_year, end_month = divmod(start.month - 1 + months, 12)
    late = []
    for index, package in enumerate(research.work_packages):
        if package.due is not None and (package.due.year, package.due.month) > (start.year + end_year, end_month + 1):
            late.append((index, f"{package.name} (due {package.due.isoformat()})"))
    if late:
        items = [text for _, text in late]
        yield warning(
            "research.work-package-after-term",
            f"research.work_packages[{late[0][0]}].due",
            f"{'; '.join(items)}: due after the Research Term of {months} months ends, when the research "
            "licences and the funding stop.",
            f"Move the due date within the Research Term, or lengthen the Research Term beyond {months} months.",
            clauses=ctx.draft.labels("research_plan.programme", "schedule.research_plan"),
            items=items,
        )


@rule(models=R)
def royalty_to_every_grantor(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    research = terms.research
    option = research.option if research else None
    grantors = [party.short_name for party in terms.parties if option and party.short_name != option.licensee]
    if option is None or len(grantors) < 2 or not terms.sharing.payee:
        return
    left_out = [name for name in grantors if name != terms.sharing.payee]
    yield warning(
        "research.royalty-one-grantor",
        "sharing.payee",
        f"{' and '.join(grantors)} each grant the Option over their Programme Results, but the royalties "
        f"are paid to {terms.sharing.payee} alone: {', '.join(left_out)} would license for nothing.",
        "Leave the royalty payee empty so the royalties are shared equally among the grantors, or say why "
        "one grantor takes them all.",
        clauses=ctx.draft.labels("financial.model"),
        items=left_out,
    )


@rule(models=R)
def licence_as_acquisition(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    research = terms.research
    option = research.option if research else None
    if option is None or not option.exclusive or option.regulatory_clearance:
        return
    one_off = [p.amount for p in terms.payments if p.kind is not PaymentKind.RECURRING]
    total = sum((money.amount for money in one_off), Decimal(0))
    if total < NOTIFIABLE_FROM:
        return
    currencies = {money.currency for money in one_off}
    amount = f"{currencies.pop()} {total:,.0f}" if len(currencies) == 1 else f"{total:,.0f}"
    yield note(
        "research.option-notifiable",
        "research.option.regulatory_clearance",
        f"An exclusive licence taken on exercise of the Option, with payments of {amount} in all, "
        "can count as the acquisition of a business under some merger-control regimes.",
        "Check the thresholds where the parties trade; if a filing may be needed, make exercise conditional "
        "on clearance.",
        clauses=ctx.draft.labels("research_option.exercise"),
    )


@rule(models=R)
def rd_competition(ctx: ReviewContext) -> Iterator[Finding]:
    """The R&D block exemptions (EU, UK) and their counterparts, from the profiles of the
    governing law and of each party's home; silent where nothing restricts anyone."""
    terms = ctx.terms
    research = terms.research
    if research is None:
        return
    option = research.option
    restrictive = research.exclusivity_in_field or (option is not None and option.exclusive)
    if not terms.competitors and not restrictive:
        return
    said = []
    for system in sorted(deal_systems(terms)):
        text = profile(system).review.get("rd_block_exemption", "")
        if text and text not in said:
            said.append(text)
    what = []
    if research.exclusivity_in_field:
        what.append("no competing research in the field")
    if option is not None and option.exclusive:
        what.append("an exclusive licence of the results")
    restrictions = " and ".join(what) or "joint research"
    between = "between competitors " if terms.competitors else ""
    message = f"This collaboration {between}provides for {restrictions}. " + (
        " ".join(said)
        if said
        else "Check the competition rules on research and development agreements where "
        "the parties trade: access to the results, freedom to research outside the field and market-share limits."
    )
    make = warning if terms.competitors else note
    yield make(
        "research.competition",
        "research.exclusivity_in_field" if research.exclusivity_in_field else "competitors",
        message,
        "Keep restrictions to the Research Term and the Field, give every party access to the results for "
        "further research, and have a competition lawyer check market shares where the parties compete.",
        clauses=ctx.draft.labels("research_plan.exclusivity", "research_option.grant", "research_results.access"),
    )


#: Words of a field that say nothing about what the field is.
_FILLER = frozenset(
    {"and", "or", "the", "of", "for", "in", "with", "use", "uses", "all", "any", "other", "field", "fields"}
)
_WORD = re.compile(r"[a-z][a-z-]+")


@rule(models=R)
def competing_programme_breadth(ctx: ReviewContext) -> Iterator[Finding]:
    """The no-competing-programme restriction is tolerated only for the Programme's own
    technology in its field; a field that names activities the Programme never touches
    reaches unconnected research (a hardcore restriction under the R&D block exemptions)."""
    research = ctx.terms.research
    if research is None or not research.exclusivity_in_field or research.option is None:
        return
    option = research.option
    described = " ".join((research.programme, ctx.terms.scope.purpose, option.product)).lower().replace("-", " ")
    stems = {word[:5] for word in _WORD.findall(described)}
    foreign = [
        word
        for word in _WORD.findall(option.field.lower())
        if word not in _FILLER and len(word) > 2 and word[:5] not in stems
    ]
    if not foreign:
        return
    clause = ctx.draft.label("research_plan.exclusivity") or "The no-competing-programme clause"
    yield warning(
        "research.competing-programme-breadth",
        "research.exclusivity_in_field",
        f"{clause.capitalize()} bars competing research in the field of {option.field}, but the Programme "
        f"and the Licensed Products say nothing of {', '.join(dict.fromkeys(foreign))}: a ban on research "
        "in fields unconnected with the Programme is a hardcore restriction under the R&D block exemptions.",
        "Narrow the Field of the Option to the Programme's products, or drop the no-competing-programme restriction.",
        clauses=ctx.draft.labels("research_plan.exclusivity", "research_option.grant"),
    )


@rule(models=R)
def right_of_match_replaced(ctx: ReviewContext) -> Iterator[Finding]:
    """The answers asked for a right of match if the licence is not agreed, but exercise
    concludes the Licence itself, so no right of match is drafted: the client should know."""
    research = ctx.terms.research
    option = research.option if research else None
    if option is None or option.if_not_agreed is not IfNotAgreed.RIGHT_OF_MATCH:
        return
    clauses = ctx.draft.labels("research_option.exercise", "research_option.no_agreement")
    where = " and ".join(clauses) or "The exercise clause"
    yield note(
        "research.right-of-match-replaced",
        "research.option.if_not_agreed",
        f"A right for {option.licensee} to match a third party's offer for {option.match_months} months was "
        f"asked for, but {where} conclude the Licence on exercise, so the Licence runs on this Agreement's "
        "terms even if no Licence Agreement is signed and no right of match is drafted: the holder gets more "
        "than it asked for, and the grantor is never free to deal after an exercise.",
        "Confirm the self-executing Licence with the client, or choose an expert to set the open terms.",
        clauses=clauses,
    )


RULES = (
    option_terms,
    royalty_after_patents,
    diligence_events,
    publication,
    plan_dates,
    royalty_to_every_grantor,
    licence_as_acquisition,
    rd_competition,
    competing_programme_breadth,
    right_of_match_replaced,
)
