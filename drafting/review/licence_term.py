"""How a licence that runs to its last Royalty Term ends where nothing is ever sold.

A Royalty Term starts at a first commercial sale; the term clause ends the agreement at the
later of the last Royalty Term and a long-stop (the last Licensed Patent, or years from the
Effective Date: ``drafting.engine.licence_term``). An exclusive licensee that never sells
can be terminated under the diligence clause; where a lawyer's wording has taken that right
out and no dated milestone of the licensee's replaces it, the licensee keeps the
technology tied up, paying no royalty, until that long-stop. (A non-exclusive licence ties
nothing up: the licensor may license others meanwhile, so it is not reported.)
"""

from __future__ import annotations

from collections.abc import Iterator

from drafting.engine.context import derive_facts
from drafting.review.findings import Finding, note
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel

#: The diligence clause's termination right for a licence under which nothing is sold
#: (licence/diligence.j2, drafted for an exclusive licence).
_NO_SALE_TERMINATION = "If no Licensed Product has been sold"


@rule(models={AllianceModel.LICENSING})
def licence_without_sales_runs_to_long_stop(ctx: ReviewContext) -> Iterator[Finding]:
    grant = ctx.terms.ip.licence_grant
    if grant is None or not grant.exclusive or not ctx.draft.assembled or not ctx.draft.has("term.duration"):
        return
    facts = derive_facts(ctx.terms)
    if not facts.runs_to_royalty_end:
        return
    if _NO_SALE_TERMINATION in ctx.draft.text("licence.diligence"):
        return
    if any(m.owner == grant.licensee and m.due is not None for m in ctx.terms.scope.milestones):
        return  # a dated milestone of the licensee's is an obligation its breach enforces
    stop = (
        f"{facts.royalty_long_stop_years} years after the Effective Date"
        if facts.royalty_long_stop == "years"
        else "the last Licensed Patent" + (" in the Territory" if grant.territory.strip() else "") + " lapses"
    )
    yield note(
        "licensing.no-sale-long-stop",
        "scope.milestones",
        f"{ctx.draft.label('term.duration').capitalize()} runs the Agreement to the last Royalty Term, and a "
        f"Royalty Term starts only at a first commercial sale: if {grant.licensee} never sells a Licensed "
        f"Product, its exclusive licence runs until {stop}, and no clause lets {grant.licensor} end a licence "
        "that is never used, since no first sale is due by any date.",
        f"Add a dated milestone for {grant.licensee}'s first commercial sale on the Scope page (it is then an "
        "obligation whose breach allows termination), or keep the diligence clause's right to terminate if "
        "nothing is sold by the end of the third Contract Year.",
        clauses=ctx.draft.labels("term.duration"),
    )


RULES = (licence_without_sales_runs_to_long_stop,)
