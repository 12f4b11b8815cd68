"""The parties' own plan in words a lawyer keeps: each party answers for its own milestones
(the others owe cooperation, not the result), a single milestone is named in quotes so the
user's words need not fit the sentence, objectives are aims that no party guarantees, and
the agreements with a joint-venture company are described for what they provide, not as
supply contracts. Checked over every example and its variations (all answers on, an
individual party)."""

from __future__ import annotations

import pytest

from drafting.document import AgreementDocument, Clause, inline_text
from tests.precedent_helpers import all_drafts, rendered

DRAFTS = list(all_drafts())


def _clause(document: AgreementDocument, clause_id: str) -> str:
    def walk(blocks: tuple[object, ...]) -> str | None:
        for block in blocks:
            if isinstance(block, Clause):
                if block.id == clause_id:
                    lines = [inline_text(block.content)]
                    lines += [inline_text(child.content) for child in block.children if hasattr(child, "content")]
                    return " ".join(lines)
                found = walk(block.children)
                if found is not None:
                    return found
        return None

    for article in document.articles:
        found = walk(article.blocks)
        if found is not None:
            return found
    return ""


@pytest.mark.parametrize(("name", "kind"), DRAFTS)
def test_the_plan_reads_as_each_party_s_own_duty(name: str, kind: str) -> None:
    terms, document = rendered(name, kind)
    milestones = _clause(document, "scope.milestones")
    if milestones:
        assert "the following milestone by" not in milestones
        assert "each under the responsibility of" not in milestones
        if len(terms.scope.milestones) == 1:
            assert "the milestone ‘" in milestones
    objectives = _clause(document, "scope.objectives")
    if objectives:
        assert "guarantees that they are achieved" in objectives
    obligations = _clause(document, "scope.obligations")
    assert "volumes, prices, warranties" not in obligations


def test_the_drafts_have_plans_to_check() -> None:
    kinds = {"milestones": 0, "objectives": 0}
    for name, kind in DRAFTS:
        _, document = rendered(name, kind)
        kinds["milestones"] += bool(_clause(document, "scope.milestones"))
        kinds["objectives"] += bool(_clause(document, "scope.objectives"))
    assert kinds["milestones"] >= 5 and kinds["objectives"] >= 1
