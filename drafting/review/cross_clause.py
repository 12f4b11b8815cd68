"""Contradictions between two clauses that the user's own answers create.

A licensee duty the user listed on the Scope page (a royalty report, a payment) is drafted
in the diligence clause of an exclusive licence, whose remedy (conversion to non-exclusive)
is stated to be exclusive for a failure of diligence: the drafted wording keeps every other
remedy for the listed duties, but the report itself is then promised twice, in the
diligence clause and in the royalty clause, on terms that may differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafting.review.findings import Finding, listing, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel

#: A duty that belongs to the royalty clauses, not to diligence: reporting, paying, records.
_ROYALTY_DUTY = re.compile(r"\b(report\w*|royalt\w*|pay\w*|statement\w*|invoice\w*|records?|audit\w*)\b", re.IGNORECASE)


@rule(models={AllianceModel.LICENSING})
def royalty_duty_under_diligence(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    grant = terms.ip.licence_grant
    diligence = ctx.draft.clause("licence.diligence")
    royalty = ctx.draft.first("financial.reporting", "financial.model")
    if grant is None or not grant.exclusive or diligence is None or royalty is None:
        return
    if "exclusive remedy" not in diligence.text:
        return
    duties = [
        obligation.description.strip()
        for obligation in terms.scope.obligations
        if obligation.party == grant.licensee and _ROYALTY_DUTY.search(obligation.description)
    ]
    if not duties:
        return
    named = listing(f"'{duty}'" for duty in duties)
    yield warning(
        "licensing.royalty-duty-under-diligence",
        "scope.obligations",
        f"The licensee's {'duty' if len(duties) == 1 else 'duties'} {named} {'is' if len(duties) == 1 else 'are'} "
        f"drafted in the diligence clause ({diligence.label}), whose remedy, conversion to a non-exclusive "
        f"licence, is stated to be exclusive, while {royalty.label} already governs the royalty reports and "
        "payments: the same duty is promised twice, and a reader may take the diligence remedy as the only "
        "remedy for a missed report or payment.",
        f"Remove {'this duty' if len(duties) == 1 else 'these duties'} from the licensee's obligations on the "
        f"Scope page: {royalty.label} drafts the royalty reports and payments with their own remedies.",
        clauses=[diligence.label, royalty.label],
        items=duties,
    )


RULES = (royalty_duty_under_diligence,)
