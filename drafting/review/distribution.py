"""Distribution agreements, read from the drafted clauses: a carve-out for the supplier's
own customers that depends on a list the parties have not yet agreed."""

from __future__ import annotations

from collections.abc import Iterator

from drafting.review.findings import Finding, note
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel

#: The words the exceptions clause uses when the Reserved Customers are a class described
#: in the answers, proved by a list given at signing (clause_templates/exclusivity/carve_outs.j2).
_LIST_AT_SIGNING = "a written list naming the Reserved Customers known to it"


@rule(models={AllianceModel.DISTRIBUTION})
def reserved_customers_not_named(ctx: ReviewContext) -> Iterator[Finding]:
    distribution = ctx.terms.distribution
    clause = ctx.draft.clause("exclusivity.carve_outs")
    if distribution is None or clause is None or _LIST_AT_SIGNING not in clause.text:
        return
    grant = ctx.draft.label("exclusivity.grant") or "the exclusivity clause"
    yield note(
        "distribution.reserved-customers-unnamed",
        "exclusivity.carve_outs",
        f"Clause {clause.number} keeps {distribution.supplier}'s sales to a class of customers outside the "
        f"exclusivity of {grant}, and the list naming them is still to be given at signing: until the "
        f"Parties agree that list, {distribution.distributor} cannot tell which customers it may not serve.",
        f"Agree the list before signing and name the customers in the carve-out ('Direct sales by "
        f"{distribution.supplier} to' followed by their names), so that the clause itself names them.",
        clauses=(clause.label,),
    )


RULES = (reserved_customers_not_named,)
