"""Term, termination and exit: the "pre-nuptial" exit clause a joint venture, equity
alliance or consortium needs, its valuation, transfer restrictions and the term itself."""

from __future__ import annotations

from collections.abc import Iterator

from drafting.review.findings import Finding, error, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel
from drafting.terms.lifecycle import TermKind, Valuation, ValuationFormula

#: An exit price and valuation belong to deals where a party holds shares; a consortium
#: member withdraws under the consortium terms instead.
_EXIT_MODELS = {AllianceModel.JOINT_VENTURE, AllianceModel.EQUITY_ALLIANCE}
_TRANSFER_MODELS = {AllianceModel.JOINT_VENTURE, AllianceModel.EQUITY_ALLIANCE}


@rule(models=_EXIT_MODELS)
def exit_clause(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    if terms.exit is None:
        model = terms.model.value.replace("_", " ")
        yield error(
            "lifecycle.exit-missing",
            "exit",
            f"A {model} needs an exit clause, a 'pre-nup' saying when a partner may or must "
            "leave and at what price. Without one, a partner who wants out has no way to leave, "
            "and a partner in breach cannot be removed.",
            "Add the exit terms: the triggers (deadlock, breach, change of control, insolvency), "
            "how the price is set (fair market value by an independent expert), and the timetable.",
        )


@rule(models=_EXIT_MODELS)
def exit_valuation(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    exit_terms = terms.exit
    if exit_terms is None:
        return
    if exit_terms.valuation is not Valuation.FORMULA and not exit_terms.expert.strip():
        yield warning(
            "lifecycle.exit-expert-missing",
            "exit.expert",
            "The exit price is set by valuation, but the draft does not say who values the "
            "stake (shares, units or interests). The parties would first have to agree on a valuer, "
            "which can take months.",
            "Name the expert, or how one is appointed if the parties cannot agree (for example "
            "by the president of a professional body).",
            clauses=ctx.draft.labels("exit.valuation"),
        )
    if exit_terms.timetable_days == 0:
        yield warning(
            "lifecycle.exit-timetable-missing",
            "exit.timetable_days",
            "The exit has no timetable, so a valuation and sale can drag on indefinitely.",
            "Set deadlines: for example, valuation within 60 days and completion 30 days after.",
            clauses=ctx.draft.labels("exit.completion", "exit.valuation"),
        )
    # The formula is drafted only where the type has an exit valuation clause: an investor's
    # exit events, which an equity alliance sets aside, are reported by ``set_aside``.
    if exit_terms.valuation is Valuation.FORMULA and (not ctx.draft.assembled or ctx.draft.has("exit.valuation")):
        if exit_terms.formula is None:
            yield warning(
                "lifecycle.exit-formula-missing",
                "exit.formula",
                "The exit price follows a formula, but the formula is not chosen.",
                "Choose the formula (EBITDA multiple, net assets or NPV of earnings).",
                clauses=ctx.draft.labels("exit.valuation"),
            )
        elif exit_terms.formula is ValuationFormula.EBITDA_MULTIPLE and exit_terms.multiple is None:
            yield warning(
                "lifecycle.exit-multiple-missing",
                "exit.multiple",
                "The exit price is a multiple of EBITDA, but the multiple is not given.",
                "Enter the multiple (for example 6).",
                clauses=ctx.draft.labels("exit.valuation"),
            )


@rule(models=_TRANSFER_MODELS)
def transfer_restrictions(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    if terms.transfer is None:
        yield warning(
            "lifecycle.transfer-missing",
            "transfer",
            "Nothing limits a partner selling its stake. It could sell to anyone, including a "
            "competitor, and the remaining partner would have a stranger as co-owner.",
            "Add transfer restrictions: a lock-in period, no transfer to competitors, a right of "
            "first refusal, and tag-along rights.",
        )


@rule()
def term_definition(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    term = terms.term
    if term.kind is TermKind.FIXED and term.length_months is None and term.end_date is None:
        yield warning(
            "lifecycle.fixed-term-undefined",
            "term.length_months",
            "The agreement has a fixed term, but neither its length nor its end date is given.",
            "Enter the length in months or the end date.",
            clauses=ctx.draft.labels("term.duration"),
        )
    # An R&D collaboration's term is its research term, option period and royalty term.
    linked = terms.model is AllianceModel.RESEARCH_COLLABORATION
    if term.kind is TermKind.UNTIL_COMPLETION and not terms.scope.milestones and term.end_date is None and not linked:
        yield warning(
            "lifecycle.completion-undefined",
            "term.kind",
            "The agreement lasts until the project is complete, but no milestones or end date "
            "say what 'complete' means, so it may never end.",
            "Choose a fixed term with its length (a long stop), or list the final milestone.",
            clauses=ctx.draft.labels("term.duration"),
        )
    if term.effective_date is not None and term.end_date is not None and term.end_date <= term.effective_date:
        yield error(
            "lifecycle.end-before-start",
            "term.effective_date",
            f"The end date ({term.end_date.isoformat()}) is not after the effective date "
            f"({term.effective_date.isoformat()}).",
            "Correct one of the two dates.",
            clauses=ctx.draft.labels("term.duration"),
        )


RULES = (exit_clause, exit_valuation, transfer_restrictions, term_definition)
