"""The Responsibilities schedule, as drafted: a responsibility that states nothing to
measure its performance by (no quantity, no date or period, no standard).

The clause that refers to the schedule holds each party to timely performance with due
skill and care, but a responsibility such as "Host, sell and promote the courses" gives a
dispute about whether it was performed nothing to turn on. The rule reads the schedule's
rows (what the draft says), not the answers, and stays silent for a consortium, whose
schedule only summarises the Consortium Plan that details the tasks, and for a joint
venture whose parents perform on the terms of their agreements with the Company.
"""

from __future__ import annotations

from collections.abc import Iterator

from drafting.document import Table
from drafting.engine.responsibilities import RESPONSIBILITIES, unmeasured_rows
from drafting.engine.wording import number_words
from drafting.review.findings import Finding, listing, note
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel


@rule()
def unmeasured_responsibilities(ctx: ReviewContext) -> Iterator[Finding]:
    """Responsibilities in the schedule with no quantity, date or standard."""
    document = ctx.draft.document
    if document is None or (ctx.terms.model is AllianceModel.CONSORTIUM and ctx.terms.consortium is not None):
        return
    # A joint venture's parents perform on the terms of their agreements with the Company,
    # each of which states what is provided: there, not here, is the measure.
    if ctx.draft.has("company.ancillary") or ctx.draft.has("company.completion"):
        return
    schedule = next((item for item in document.schedules if item.id == RESPONSIBILITIES), None)
    if schedule is None:
        return
    rows = [row for block in schedule.blocks if isinstance(block, Table) for row in block.rows]
    loose = unmeasured_rows(rows)
    if not loose:
        return
    label = f"Schedule {schedule.number}"
    clause = ctx.draft.label("scope.obligations") or "the responsibilities clause"
    quoted = listing(f"{party}: \u2018{text.rstrip('.')}\u2019 (item {number})" for number, party, text in loose)
    one = len(loose) == 1
    yield note(
        "scope.responsibilities-unmeasured",
        "scope.obligations",
        f"{label} (Responsibilities) lists {number_words(len(loose))} of its {number_words(len(rows))} "
        f"{'responsibility' if len(rows) == 1 else 'responsibilities'} without a quantity, a date or a standard "
        f"({quoted}). {clause[:1].upper() + clause[1:]} requires {'it' if one else 'them'} to be performed in a "
        "timely manner and with due skill and care, but without a measure whether "
        f"{'it has' if one else 'they have'} been performed cannot be checked.",
        f"State in the responsibilities on the Scope page what is to be done, how much, by when and to what "
        f"standard, or tie {'it' if one else 'each'} to a milestone.",
        clauses=[label, *ctx.draft.labels("scope.obligations")],
        items=[party for _number, party, _text in loose],
    )


RULES = (unmeasured_responsibilities,)
