"""General clauses: the liability cap against the deal's value, indemnity procedure,
consortium liability between members, anti-bribery and sanctions."""

from __future__ import annotations

from collections.abc import Iterator

from drafting.review.findings import Finding, listing, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel, Money
from drafting.terms.lifecycle import LiabilityCapKind


def _money(value: Money) -> str:
    return f"{value.currency} {value.amount:,.2f}"


@rule()
def liability_cap(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    cap = terms.boilerplate.liability_cap
    if cap.kind is not LiabilityCapKind.FIXED_AMOUNT:
        return
    if cap.amount is None:
        yield warning(
            "boilerplate.cap-amount-missing",
            "boilerplate.liability_cap.amount",
            "Liability is capped at a fixed amount, but the amount is not given.",
            "Enter the cap amount.",
            clauses=ctx.draft.labels("liability.cap"),
        )
        return
    benchmarks = [
        ("scope.expected_annual_value", "the expected yearly value of the deal", terms.scope.expected_annual_value),
        ("sharing.minimum_guarantee", "the minimum guarantee", terms.sharing.minimum_guarantee),
    ]
    for path, label, benchmark in benchmarks:
        if benchmark is None or benchmark.currency != cap.amount.currency or cap.amount.amount >= benchmark.amount:
            continue
        yield warning(
            "boilerplate.cap-below-value",
            "boilerplate.liability_cap.amount",
            f"Liability is capped at {_money(cap.amount)}, less than {label} ({_money(benchmark)}, "
            f"see {path}). A party could break the agreement and pay back less than the deal "
            "is worth to the other side.",
            f"Raise the cap to at least {_money(benchmark)}, or cap at the fees paid in the last "
            "12 months, with unlimited liability for confidentiality, IP and wilful breach.",
            clauses=ctx.draft.labels("liability.cap"),
        )


@rule()
def cap_floor_unconfirmed(ctx: ReviewContext) -> Iterator[Finding]:
    """An estimate of the deal's value is not an agreed minimum of the cap."""
    terms = ctx.terms
    cap = terms.boilerplate.liability_cap
    value = terms.scope.expected_annual_value
    if cap.kind is not LiabilityCapKind.FEES_LAST_12_MONTHS or value is None or cap.expected_value_floor:
        return
    yield warning(
        "boilerplate.cap-floor-unconfirmed",
        "boilerplate.liability_cap.expected_value_floor",
        f"The expected yearly value ({_money(value)}) is an estimate, so the cap is drafted at the "
        "amounts paid in the last 12 months alone, with no minimum. Early in the relationship, or "
        "after a slow year, that can be far less than the deal is worth.",
        "If the parties agreed the expected yearly value as the cap's minimum, confirm it; otherwise "
        "agree a fixed minimum or a fixed-amount cap.",
        clauses=ctx.draft.labels("liability.cap"),
    )


@rule()
def indemnity_procedure(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    boilerplate = terms.boilerplate
    if boilerplate.indemnities and not boilerplate.indemnity_procedure:
        yield warning(
            "boilerplate.indemnity-procedure-missing",
            "boilerplate.indemnity_procedure",
            "The agreement has indemnities but no procedure for claims: who must be told, how "
            "fast, and who runs the defence. An indemnity can be lost or fought over for lack of one.",
            "Add the procedure: prompt written notice, the indemnifying party controls the "
            "defence, no settlement without consent, reasonable cooperation.",
            clauses=ctx.draft.labels("liability.indemnity"),
        )


@rule(models={AllianceModel.CONSORTIUM})
def consortium_member_liability(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    consortium = terms.consortium
    if consortium is not None and consortium.member_liability_cap:
        return
    yield note(
        "boilerplate.member-liability-cap",
        "consortium.member_liability_cap",
        "Members' liability to each other is not capped. A small member could face a claim far "
        "larger than its share of the project.",
        "Cap each member's liability, for example at its share of the project budget, except "
        "for wilful misconduct and gross negligence.",
        clauses=ctx.draft.labels("consortium.liability"),
    )


@rule()
def compliance_clauses(ctx: ReviewContext) -> Iterator[Finding]:
    boilerplate = ctx.terms.boilerplate
    off = [
        label
        for field, label in (("anti_bribery", "anti-bribery"), ("sanctions", "sanctions"))
        if not getattr(boilerplate, field)
    ]
    if not off:
        return
    what = listing(off)
    yield note(
        "boilerplate.compliance-off",
        "boilerplate.anti_bribery" if "anti-bribery" in off else "boilerplate.sanctions",
        f"The {what} {'clause is' if len(off) == 1 else 'clauses are'} switched off. A partner's "
        f"breach of {what} law can expose the other partners to liability and reputational harm.",
        f"Keep the {what} {'clause' if len(off) == 1 else 'clauses'} unless there is a specific "
        f"reason to leave {'it' if len(off) == 1 else 'them'} out.",
        items=off,
    )


#: How many times the cap a required insurance cover may exceed before the review notes it.
INSURANCE_TIMES_CAP = 5


@rule()
def insurance_against_cap(ctx: ReviewContext) -> Iterator[Finding]:
    """Insurance required far above what a party can recover from another under the cap:
    the premium buys cover the cap makes useless between the parties (it still answers
    third-party claims), or the cap is lower than the parties meant."""
    terms = ctx.terms
    cover = terms.boilerplate.insurance
    if cover is None or not ctx.draft.has("liability.insurance"):
        return
    caps: list[tuple[str, str, Money, str]] = []
    cap = terms.boilerplate.liability_cap
    if cap.kind is LiabilityCapKind.FIXED_AMOUNT and cap.amount is not None and ctx.draft.has("liability.cap"):
        caps.append(("liability.cap", "boilerplate.liability_cap.amount", cap.amount, "Liability cap amount"))
    consortium = terms.consortium
    if consortium is not None and consortium.member_liability_cap is not None and ctx.draft.has("consortium.liability"):
        caps.append(
            ("consortium.liability", "consortium.member_liability_cap", consortium.member_liability_cap, "members' cap")
        )
    for clause_id, path, amount, field in caps:
        if amount.currency != cover.currency or amount.amount <= 0:
            continue
        times = cover.amount / amount.amount
        if times < INSURANCE_TIMES_CAP:
            continue
        insurance, limit = ctx.draft.label("liability.insurance"), ctx.draft.label(clause_id)
        yield note(
            "boilerplate.insurance-above-cap",
            path,
            f"{insurance[:1].upper()}{insurance[1:]} requires each party to insure for {_money(cover)} per claim, "
            f"{times:,.0f} times the {_money(amount)} that {limit} lets one party recover from another: "
            "the cover then serves third-party claims only, and a party may pay for insurance the cap "
            "makes unusable between the parties.",
            f"Check the two figures together: raise the {field} towards the cover if the parties meant "
            "to recover more, or agree a lower cover with each party's broker (the figure in "
            f"{insurance} is the insurance amount of the saved answers).",
            clauses=(insurance, limit),
            items=(_money(cover), _money(amount)),
        )


RULES = (
    liability_cap,
    cap_floor_unconfirmed,
    indemnity_procedure,
    consortium_member_liability,
    compliance_clauses,
    insurance_against_cap,
)
