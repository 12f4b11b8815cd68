"""Risk flags a lawyer raises on a joint venture the answers alone do not show: parents that
compete with the company they set up, with nothing in the agreement to keep the company's
business for the company (no non-compete, no rule on corporate opportunities), so a parent
may take the venture's opportunities for itself while it sits on the board.
"""

from __future__ import annotations

from collections.abc import Iterator

from drafting.review.findings import Finding, note
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel
from drafting.terms.commercial import NonCompeteKind

#: Words of a drafted rule that keeps the venture's business opportunities for the company.
_OPPORTUNITY_WORDS = ("corporate opportunit", "business opportunit", "opportunities within the business")


@rule(models={AllianceModel.JOINT_VENTURE})
def jv_parent_competes_unrestricted(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    if not ctx.draft.assembled or not terms.competitors or terms.non_compete.kind is not NonCompeteKind.NONE:
        return
    if ctx.draft.has("exclusivity.covenant"):
        return
    # The agreement as drafted, read as a lawyer would: any clause that already allocates
    # opportunities within the company's business answers the point.
    body = " ".join(ctx.draft.text(clause_id).lower() for clause_id in ctx.draft.ids())
    if any(words in body for words in _OPPORTUNITY_WORDS):
        return
    yield note(
        "jv.parent-competes-unrestricted",
        "non_compete.kind",
        "The parents compete in the Company's field, yet the agreement has neither a non-compete nor a rule "
        "on business opportunities: a parent may pursue for itself an opportunity within the Company's "
        "business, while its directors sit on the Company's board and see its plans.",
        "Add a non-compete in the field for as long as each parent holds shares (a restraint ancillary to the "
        "joint venture, limited to its field and territory), or agree that opportunities within the Company's "
        "business are first offered to the Company.",
        clauses=ctx.draft.labels("company.business", "scope.purpose"),
    )


RULES = (jv_parent_competes_unrestricted,)
