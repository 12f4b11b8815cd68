"""Review rule for agreed-form documents (precedent 1's Ancillary Agreements, precedent 2's
commercial agreement and amended constitution): a draft attaches none of them, so each is
listed with a placeholder, and the lawyer is told that a Condition or Completion deliverable
refers to a document that does not yet exist."""

from __future__ import annotations

from collections.abc import Iterator

from drafting.review.findings import Finding, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel

#: The placeholder the agreed-form lists print for each document not yet attached.
PLACEHOLDER = "[to be agreed and attached before signing]"

_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}

#: Per type: the clause that lists the documents, the clauses that make them a Condition or
#: a Completion deliverable, and the answer whose page the fix opens.
_LISTS = {
    AllianceModel.EQUITY_ALLIANCE: (
        "schedule.investment.agreed_forms",
        ("investment.conditions", "investment.completion", "commercial.agreement"),
        "equity.conditions",
    ),
    AllianceModel.JOINT_VENTURE: ("company.ancillary", ("company.conditions", "company.completion"), "contributions"),
}


@rule(models=set(_LISTS))
def agreed_forms_not_attached(ctx: ReviewContext) -> Iterator[Finding]:
    """Signing an agreement whose Conditions or Completion deliverables refer to documents
    "in the agreed form" that nobody has agreed leaves the closing open to argument."""
    listing, users, path = _LISTS[ctx.terms.model]
    view = ctx.draft.clause(listing)
    if view is None or PLACEHOLDER not in view.text:
        return
    count = view.text.count(PLACEHOLDER)
    documents = "one document" if count == 1 else f"{_WORDS.get(count, str(count))} documents"
    label, named = ctx.draft.label(listing), ctx.draft.labels(*users)
    where = ", ".join(named[:-1]) + " and " + named[-1] if len(named) > 1 else "".join(named) or "the agreement"
    yield warning(
        "agreed-forms.not-attached",
        path,
        f"{label[:1].upper()}{label[1:]} lists {documents} in the agreed form, which {where} "
        f"{'make' if len(named) > 1 else 'makes'} a Condition or a closing deliverable, but none is attached: "
        "signed as it stands, the closing "
        "would turn on documents the parties have not settled.",
        "Agree each document, attach it and delete its placeholder before signing; a document that cannot be "
        "settled by then should come out of the Conditions and the closing deliverables rather than be signed "
        "for unseen.",
        clauses=ctx.draft.labels(listing, *users),
    )


RULES = (agreed_forms_not_attached,)
