"""Revenue sharing: what the drafted revenue article leaves open (precedent 6). A finding
reads the drafted clause, not only the answers: a minimum guarantee that is not pro-rated for
a part Contract Year owes the full-year figure for a first or last part year."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafting.review.findings import Finding, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel

#: Words that show a minimum is reduced for a part year in the drafted clause.
_PRO_RATED = re.compile(r"pro[- ]rat|in proportion to the number of days", re.IGNORECASE)


@rule(models={AllianceModel.REVENUE_SHARING})
def minimum_not_pro_rated(ctx: ReviewContext) -> Iterator[Finding]:
    guarantee = ctx.terms.sharing.minimum_guarantee
    if guarantee is None or not ctx.draft.has("financial.minimum_guarantee"):
        return
    if _PRO_RATED.search(ctx.draft.text("financial.minimum_guarantee")):
        return
    label = ctx.draft.label("financial.minimum_guarantee")
    yield warning(
        "revenue_sharing.minimum-not-pro-rated",
        "sharing.shortfall",
        f"{label.capitalize()} sets a minimum of {guarantee.currency} {guarantee.amount:,.0f} for each Contract "
        "Year but does not reduce it for a Contract Year that the Term only partly covers, so a first or last "
        "part year (or an early termination) owes the full-year minimum.",
        "Choose a top-up payment of the shortfall as what follows a missed minimum (it is drafted pro-rated for "
        "a part Contract Year), or agree the reduction for a part year in the clause.",
        clauses=(label,),
    )


RULES = (minimum_not_pro_rated,)
