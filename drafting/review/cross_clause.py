"""Contradictions between two clauses that the user's own answers create.

A licensee duty the user listed on the Scope page (a payment, its records) that is drafted
in the diligence clause of an exclusive licence, whose remedy (conversion to non-exclusive)
is stated to be exclusive for a failure of diligence, is promised twice, in the diligence
clause and in the royalty clauses, on terms that may differ. The rule reads the drafted
clause: a royalty report the reporting clause absorbed is not there, and where the remedy
already keeps every other remedy for reports and payments the warning says only that.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafting.review.findings import Finding, listing, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel

#: A duty that belongs to the royalty clauses, not to diligence: reporting, paying, records.
_ROYALTY_DUTY = re.compile(r"\b(report\w*|royalt\w*|pay\w*|statement\w*|invoice\w*|records?|audit\w*)\b", re.IGNORECASE)

#: The diligence remedy's own words keeping the other remedies for reports and payments.
_CARVE_OUT = re.compile(r"does not limit .{0,200}reporting and payment obligations", re.IGNORECASE | re.DOTALL)


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
    # The drafted clause decides: a duty the royalty clauses absorbed (a royalty report with
    # its days) is not in the diligence clause, and a remedy that already keeps every other
    # remedy for reports and payments is not said to limit them.
    kept = _CARVE_OUT.search(diligence.text) is not None
    drafted = " ".join(diligence.text.split()).casefold()
    duties = [
        obligation.description.strip()
        for obligation in terms.scope.obligations
        if obligation.party == grant.licensee
        and _ROYALTY_DUTY.search(obligation.description)
        and " ".join(obligation.description.strip().rstrip(".;:,").split()).casefold() in drafted
    ]
    if not duties:
        return
    named = listing(f"'{duty}'" for duty in duties)
    one = len(duties) == 1
    remedy = (
        "; its remedy already keeps every other remedy for them, but the duty is promised twice, on terms "
        "that may differ."
        if kept
        else ", whose remedy, conversion to a non-exclusive licence, is stated to be exclusive: a reader may take "
        "it as the only remedy for a missed report or payment."
    )
    yield warning(
        "licensing.royalty-duty-under-diligence",
        "scope.obligations",
        f"The licensee's {'duty' if one else 'duties'} {named} {'is' if one else 'are'} drafted in the diligence "
        f"clause ({diligence.label}) while {royalty.label} already governs the royalty reports, payments and "
        f"records{remedy}",
        f"Remove {'this duty' if one else 'these duties'} from the licensee's obligations on the Scope page: "
        f"{royalty.label} drafts the royalty reports, payments and records with their own remedies.",
        clauses=[diligence.label, royalty.label],
        items=duties,
    )


RULES = (royalty_duty_under_diligence,)
