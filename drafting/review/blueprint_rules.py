"""The consistency rules of each type's blueprint (``clause_templates/blueprints/``) as
review findings: the review reads the agreement as drafted, and a broken rule becomes a
warning naming both clauses by number (``drafting.engine.consistency``)."""

from __future__ import annotations

from collections.abc import Iterator

from drafting.engine.consistency import check_consistency
from drafting.review.findings import Finding, warning
from drafting.review.rules import ReviewContext, rule


@rule()
def blueprint_consistency(ctx: ReviewContext) -> Iterator[Finding]:
    document = ctx.draft.document
    if document is None:
        return
    for found in check_consistency(ctx.terms, document):
        yield warning(
            f"consistency.{found.rule_id}",
            found.field,
            found.sentence(),
            found.fix,
            clauses=[found.first, found.second],
        )


RULES = (blueprint_consistency,)
