"""Contradictions between clauses of the drafted agreement, and answers it does not draft.

Each finding names both places ("clause 10.2 ..., clause 7.5 ..."): these rules read the
assembled text through ``ctx.draft`` as well as the answers, so a clause the agreement
does not contain never produces a finding about it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from drafting.engine.blueprints import answers_drafted, blueprint_for, drafts_field
from drafting.engine.catalogue import default_catalogue
from drafting.engine.investee import investee_words
from drafting.review.conflicts import superseded_answers
from drafting.review.dropped import given_answers
from drafting.review.findings import Finding, error, listing, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.commercial import CapitalCallMode, ExclusivityKind, NonCompeteKind, SharingModel
from drafting.terms.governance import TerminalMechanism
from drafting.terms.lifecycle import ChangeOfControl, ExitTrigger, TermKind

#: Final deadlock steps that end the relationship by a transfer of shares.
_BUY_OUTS = {
    TerminalMechanism.RUSSIAN_ROULETTE: "a Russian roulette buy-out",
    TerminalMechanism.TEXAS_SHOOTOUT: "a Texas shoot-out buy-out",
    TerminalMechanism.PUT_CALL_FMV: "a put or call option over the shares",
    TerminalMechanism.THIRD_PARTY_SALE: "a sale of the shares to a third party",
}
_EXITS = {**_BUY_OUTS, TerminalMechanism.WINDING_UP: "a winding up"}
_OWNED = {AllianceModel.JOINT_VENTURE, AllianceModel.EQUITY_ALLIANCE}


@rule(models=_OWNED)
def one_deadlock_exit(ctx: ReviewContext) -> Iterator[Finding]:
    deadlock, exit_terms = ctx.terms.governance.deadlock, ctx.terms.exit
    if deadlock is None or exit_terms is None or ExitTrigger.DEADLOCK not in exit_terms.triggers:
        return
    final = ctx.draft.clause("deadlock.resolution")
    triggers = ctx.draft.clause("exit.triggers")
    if final is None or triggers is None or deadlock.terminal not in _EXITS:
        return
    yield error(
        "consistency.second-deadlock-exit",
        "exit.triggers",
        f"{final.label.capitalize()} ends an unresolved deadlock with {_EXITS[deadlock.terminal]}, "
        f"and {triggers.label} makes the same deadlock an exit event with its own price and "
        "timetable: two competing mechanisms for one event, so either party can pick the one that suits it.",
        "Keep one final step: remove 'deadlock' from the exit triggers, or choose a final "
        "deadlock step that decides the matter (an independent expert).",
        clauses=[final.label, triggers.label],
    )


@rule(models=_OWNED)
def lock_in_blocks_buy_out(ctx: ReviewContext) -> Iterator[Finding]:
    deadlock, transfer = ctx.terms.governance.deadlock, ctx.terms.transfer
    lock_in, final = ctx.draft.clause("transfer.lock_in"), ctx.draft.clause("deadlock.resolution")
    if deadlock is None or transfer is None or lock_in is None or final is None:
        return
    if deadlock.terminal not in _BUY_OUTS or ctx.draft.refers("transfer.lock_in", "deadlock"):
        return
    yield error(
        "consistency.lock-in-blocks-buy-out",
        "transfer.lock_in_months",
        f"{lock_in.label.capitalize()} forbids any transfer of shares for {transfer.lock_in_months} "
        f"months without an exception for deadlock, while {final.label} resolves a deadlock by "
        f"{_BUY_OUTS[deadlock.terminal]}: during the lock-in the buy-out cannot be completed.",
        "Shorten or remove the lock-in, or choose a final deadlock step that does not move "
        "shares (an independent expert decides the matter).",
        clauses=[lock_in.label, final.label],
    )


@rule(models=_OWNED)
def lock_in_blocks_drag(ctx: ReviewContext) -> Iterator[Finding]:
    lock_in, drag = ctx.draft.clause("transfer.lock_in"), ctx.draft.clause("transfer.drag_along")
    if lock_in is None or drag is None or ctx.draft.refers("transfer.lock_in", "transfer.drag_along"):
        return
    if ctx.draft.refers("transfer.drag_along", "transfer.lock_in"):
        return  # the drag-along itself waits for the end of the lock-in: no contradiction
    months = ctx.terms.transfer.lock_in_months if ctx.terms.transfer else None
    yield warning(
        "consistency.lock-in-blocks-drag",
        "transfer.lock_in_months",
        f"{lock_in.label.capitalize()} forbids transfers for {months} months without an exception for "
        f"the drag-along in {drag.label}, so during the lock-in a buyer for the whole company cannot be "
        "given the minority's shares.",
        "Shorten the lock-in, or have the lawyer except drag-along and tag-along sales from it.",
        clauses=[lock_in.label, drag.label],
    )


def _stake_words(ctx: ReviewContext) -> str:
    """The investee's equity in the words of its form ("shares", "units",
    "membership interests")."""
    words = investee_words(ctx.terms)
    return words.stake_words if words is not None else "shares"


@rule(models=_OWNED)
def drag_by_one_holder(ctx: ReviewContext) -> Iterator[Finding]:
    """A drag-along threshold one holder meets alone lets that holder sell the others'
    shares on its own say: the others keep only what the drag clause itself gives them."""
    transfer, venture = ctx.terms.transfer, ctx.terms.joint_venture
    drag = ctx.draft.clause("transfer.drag_along")
    if transfer is None or venture is None or drag is None or not venture.holdings:
        return
    alone = [share for share in venture.holdings if share.percent >= transfer.drag_threshold_percent]
    if not alone:
        return
    holder = alone[0]
    others = listing(share.party for share in venture.holdings if share.party != holder.party)
    guards = []
    if ctx.draft.refers("transfer.drag_along", "transfer.lock_in"):
        guards.append("it cannot be used during the lock-in")
    if ctx.draft.contains("fair market value", "transfer.drag_along"):
        guards.append("the price may not be below fair market value")
    kept = f" The draft keeps these limits: {listing(guards)}." if guards else ""
    yield warning(
        "transfer.drag-by-one-holder",
        "transfer.drag_threshold_percent",
        f"{holder.party} alone holds {holder.percent.normalize():f}% of the shares, which meets the "
        f"drag-along threshold of {transfer.drag_threshold_percent.normalize():f}% in {drag.label}: it can "
        f"force {others} to sell to a buyer of its choosing without {others}'s agreement.{kept}",
        f"Set the threshold above the largest single holding (so that a sale of the whole company "
        f"needs {others} or a buyer {others} accepts), or keep it knowingly and make sure {others} "
        "has a price floor and no drag during the lock-in.",
        clauses=[drag.label],
    )


@rule(models={AllianceModel.EQUITY_ALLIANCE})
def one_lock_period(ctx: ReviewContext) -> Iterator[Finding]:
    equity, transfer = ctx.terms.equity, ctx.terms.transfer
    # An equity alliance drafts its own transfer Article (the investor's lock-in).
    lock_in = ctx.draft.clause("investor_transfer.lock_in") or ctx.draft.clause("transfer.lock_in")
    if equity is None or transfer is None or lock_in is None or ctx.draft.has("investment.lock_up"):
        return
    if not equity.lock_up_months or equity.lock_up_months == transfer.lock_in_months:
        return
    yield warning(
        "consistency.two-lock-periods",
        "transfer.lock_in_months",
        f"The investment terms ask for a {equity.lock_up_months}-month lock-up of the investor, but "
        f"{lock_in.label} locks the {_stake_words(ctx)} in for {transfer.lock_in_months} months, and only that "
        "period is drafted: one of the two answers is not what the agreement says.",
        f"Set the lock-in to the period the parties agreed ({equity.lock_up_months} or "
        f"{transfer.lock_in_months} months), so that the agreement states one.",
        clauses=[lock_in.label],
    )


@rule(models={AllianceModel.CO_MARKETING})
def campaign_within_term(ctx: ReviewContext) -> Iterator[Finding]:
    campaign, term = ctx.terms.co_marketing, ctx.terms.term
    view = ctx.draft.clause("co_marketing.campaign")
    if campaign is None or not campaign.duration_months or view is None:
        return
    if term.kind is not TermKind.FIXED or term.length_months is None or campaign.duration_months <= term.length_months:
        return
    yield warning(
        "consistency.campaign-outlives-term",
        "term.length_months",
        f"{view.label.capitalize()} runs the campaign for {campaign.duration_months} months, but the "
        f"agreement ends after {term.length_months} months ({ctx.draft.label('term.duration')}): the last "
        f"{campaign.duration_months - term.length_months} months of the campaign have no contract.",
        f"Make the term at least {campaign.duration_months} months, or shorten the campaign.",
        clauses=ctx.draft.labels("co_marketing.campaign", "term.duration"),
    )


@rule(models=_OWNED)
def change_of_control_once(ctx: ReviewContext) -> Iterator[Finding]:
    exit_terms = ctx.terms.exit
    termination = ctx.draft.clause("termination.change_of_control")
    triggers = ctx.draft.clause("exit.triggers")
    if exit_terms is None or ExitTrigger.CHANGE_OF_CONTROL not in exit_terms.triggers:
        return
    if termination is None or triggers is None or ctx.terms.termination.change_of_control is ChangeOfControl.NONE:
        return
    yield warning(
        "consistency.change-of-control-twice",
        "termination.change_of_control",
        f"A change of control is dealt with twice: {termination.label} gives a "
        f"{ctx.terms.termination.change_of_control.value.replace('_', ' ')} and {triggers.label} makes "
        "it an exit event. The two remedies can be used against each other.",
        "Deal with change of control once, in the exit clause: set the termination change-of-control remedy to none.",
        clauses=[termination.label, triggers.label],
    )


@rule()
def contributions_after_start(ctx: ReviewContext) -> Iterator[Finding]:
    start = ctx.terms.term.effective_date
    if start is None:
        return
    early = [
        (index, entry)
        for index, entry in enumerate(ctx.terms.contributions)
        if entry.due is not None and entry.due < start
    ]
    if not early:
        return
    items = [f"{entry.party}: {entry.description} (due {entry.due.isoformat()})" for _, entry in early if entry.due]
    yield warning(
        "consistency.contribution-before-start",
        f"contributions[{early[0][0]}].due",
        f"{listing(items)}: due before the agreement starts on {start.isoformat()}, so the "
        "obligation would be in breach the day it begins.",
        f"Set each due date on or after {start.isoformat()}.",
        clauses=ctx.draft.labels("schedule.contributions", "contributions.initial"),
        items=items,
    )


@rule(models={AllianceModel.DISTRIBUTION})
def non_compete_within_term(ctx: ReviewContext) -> Iterator[Finding]:
    non_compete = ctx.terms.non_compete
    covenant = ctx.draft.clause("exclusivity.covenant")
    if non_compete.kind is not NonCompeteKind.IN_FIELD or not non_compete.tail_months or covenant is None:
        return
    yield warning(
        "consistency.non-compete-after-term",
        "non_compete.tail_months",
        f"{covenant.label.capitalize()} keeps the distributor from competing for "
        f"{non_compete.tail_months} months after the agreement ends. A distributor's non-compete "
        "should end with the term; a post-term restriction is enforceable only in narrow cases.",
        "Set the non-compete tail to 0 months.",
        clauses=[covenant.label],
    )


@dataclass(frozen=True)
class _Answer:
    """An answer the user can give, the clauses that draft it, and how to get it drafted."""

    label: str
    field: str
    answered: Callable[[AgreementTerms], bool]
    drafted_by: tuple[str, ...]
    hint: str
    #: Where the fix is made: the answer itself, or "model" when another agreement type drafts it.
    fix_field: str = ""


_OTHER_MODEL = "choose the agreement type that drafts it on the first page"
_ANSWERS = (
    _Answer("the joint venture company", "joint_venture", lambda t: t.joint_venture is not None, ("company",),
            _OTHER_MODEL, "model"),
    _Answer("the investment", "equity", lambda t: t.equity is not None, ("investment",), _OTHER_MODEL, "model"),
    _Answer("the distribution terms", "distribution", lambda t: t.distribution is not None, ("distribution",),
            _OTHER_MODEL, "model"),
    _Answer("the campaign", "co_marketing", lambda t: t.co_marketing is not None, ("co_marketing",), _OTHER_MODEL,
            "model"),
    _Answer("the consortium terms", "consortium", lambda t: t.consortium is not None, ("consortium",), _OTHER_MODEL,
            "model"),
    _Answer("the data-protection terms", "data_sharing", lambda t: t.data_sharing is not None, ("data",),
            _OTHER_MODEL, "model"),
    _Answer("the open-source project", "open_source", lambda t: t.open_source is not None, ("project",),
            _OTHER_MODEL, "model"),
    _Answer("the members' terms", "members", lambda t: t.members is not None, ("practice",), _OTHER_MODEL,
            "model"),
    _Answer("the licence grant", "ip.licence_grant", lambda t: t.ip.licence_grant is not None, ("licence",),
            _OTHER_MODEL, "model"),
    _Answer("the research terms", "research", lambda t: t.research is not None, ("research_plan",), _OTHER_MODEL,
            "model"),
    _Answer("the profit distributions", "distributions", lambda t: t.distributions is not None,
            ("company.distributions", "finances.distributions"), _OTHER_MODEL, "model"),
    # A licence's exclusivity is its grant's: an exclusive grant drafts the answer.
    _Answer("the exclusivity", "exclusivity.kind",
            lambda t: t.exclusivity.kind is not ExclusivityKind.NONE
            and not (t.ip.licence_grant is not None and t.ip.licence_grant.exclusive),
            ("exclusivity.grant",), "set the exclusivity to none if it is not meant to apply"),
    _Answer("the money-sharing terms", "sharing.model", lambda t: t.sharing.model is not SharingModel.NONE,
            ("financial",), "set the sharing model to none if nothing is shared"),
    _Answer("termination for convenience", "termination.convenience.allowed",
            lambda t: t.termination.convenience.allowed, ("termination.convenience", "termination.member_withdrawal"),
            "in a joint venture a party leaves by selling its shares under the exit clause: switch "
            "termination for convenience off and add a lock-in expiry exit"),
    _Answer("the remedies for a missed funding call", "funding_default.remedies",
            lambda t: bool(t.funding_default.remedies) and t.capital_calls.mode is not CapitalCallMode.NONE,
            ("contributions.funding_default",), "choose pro-rata capital calls or shareholder loans, which the "
            "remedies apply to"),
    _Answer("deadlock as an exit event", "exit.triggers",
            lambda t: t.exit is not None and ExitTrigger.DEADLOCK in t.exit.triggers, ("deadlock.resolution",),
            "add a final deadlock step, or remove deadlock from the exit triggers"),
    _Answer("a missed funding call as an exit event", "exit.triggers",
            lambda t: t.exit is not None and ExitTrigger.FUNDING_DEFAULT in t.exit.triggers,
            ("contributions.funding_default",), "choose capital calls with remedies for a missed call, or "
            "remove the funding default from the exit triggers"),
    _Answer("the veto window", "governance.veto_window_days", lambda t: t.governance.veto_window_days is not None,
            ("governance.veto",), "choose a governing body, or clear the veto window"),
)  # fmt: skip


def _type_can_draft(model: AllianceModel, answer: _Answer) -> bool:
    """Whether some clause of this type could draft the answer: its page is one the type
    reads, and a clause that drafts it is in one of the type's articles and not limited to
    other types (the catalogue's ``models``)."""
    if answer.field.split(".")[0] not in answers_drafted(model):
        return False
    catalogue = default_catalogue()
    sections = blueprint_for(model).sections
    for clause_id in answer.drafted_by:
        try:
            spec = catalogue.clause(clause_id)
        except KeyError:
            # A section id (``financial``): the type drafts it when it has that article.
            if clause_id in sections:
                return True
            continue
        if spec.section in sections and (not spec.models or model in spec.models):
            return True
    return False


@rule()
def answers_not_drafted(ctx: ReviewContext) -> Iterator[Finding]:
    """Nothing the user answered is dropped in silence: an answer this type can draft but
    this draft leaves out. An answer no clause of the type reads at all (kept from another
    type or an import) is reported once, by ``dropped.answers_not_drafted``."""
    if not ctx.draft.assembled:
        return
    given = given_answers(ctx.terms)
    superseded = superseded_answers(ctx.terms)
    dropped = [
        answer
        for answer in _ANSWERS
        if answer.answered(ctx.terms)
        # Another type's part left at its starting values (a coordinator, an empty
        # company) holds no answer of the user's.
        and (answer.fix_field != "model" or answer.field.split(".")[0] in given)
        and drafts_field(ctx.terms.model, answer.field.split(".")[0])
        and not any(ctx.draft.has(clause_id) for clause_id in answer.drafted_by)
        # A contradiction with the answer drafted instead is reported by drafting.review.conflicts.
        and answer.field not in superseded
    ]
    if not dropped:
        return
    model = ctx.terms.model.value.replace("_", " ")
    # An answer whose page this type never reads cannot be drafted by choosing anything else
    # in this agreement: pointing to another type's module (capital calls for a consortium)
    # would be wrong advice, so such answers are named as not belonging to the type.
    foreign = [answer for answer in dropped if not _type_can_draft(ctx.terms.model, answer)]
    draftable = [answer for answer in dropped if answer not in foreign]
    first = dropped[0]
    one = len(dropped) == 1
    pronoun = "it" if one else "them"
    advice = []
    if draftable:
        hints = "; ".join(dict.fromkeys(answer.hint for answer in draftable))
        advice.append(f"To have {'it' if len(draftable) == 1 else 'them'} drafted, {hints}.")
    if foreign:
        labels = listing(answer.label for answer in foreign)
        belongs = "does" if len(foreign) == 1 else "do"
        advice.append(
            f"{labels[0].upper()}{labels[1:]} {belongs} not belong to a {model} agreement, which has no "
            f"clause for {'it' if len(foreign) == 1 else 'them'}."
        )
    yield warning(
        "consistency.answer-not-drafted",
        first.fix_field or first.field,
        f"The draft answers {listing(answer.label for answer in dropped)}, but this {model} "
        f"agreement does not contain {pronoun}: as it stands, the signed agreement would leave "
        f"{pronoun} out.",
        f"{' '.join(advice)} Otherwise clear the {'answer' if one else 'answers'}, so that nobody relies on {pronoun}."
        if draftable
        else f"{' '.join(advice)} Clear the {'answer' if one else 'answers'}, so that nobody relies on {pronoun}.",
        items=[answer.label for answer in dropped],
    )


RULES = (
    one_deadlock_exit,
    lock_in_blocks_buy_out,
    lock_in_blocks_drag,
    drag_by_one_holder,
    one_lock_period,
    campaign_within_term,
    change_of_control_once,
    contributions_after_start,
    non_compete_within_term,
    answers_not_drafted,
)
