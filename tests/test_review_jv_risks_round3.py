"""A joint venture whose parents compete in its field, with no non-compete and no rule on
business opportunities drafted, gets a note naming the Company's business clause; a
non-compete, a drafted opportunities rule, or parents that do not compete keep it silent."""

from __future__ import annotations

from typing import Any

from drafting.review import review
from drafting.review.findings import Finding, Severity
from drafting.terms import AgreementTerms
from tests.review_corpus.bases import BASES

RULE = "jv.parent-competes-unrestricted"


def _found(**changes: Any) -> list[Finding]:
    data = BASES["joint_venture"]()
    data.update(changes)
    return [finding for finding in review(AgreementTerms.model_validate(data)) if finding.rule_id == RULE]


def test_competing_parents_with_nothing_keeping_the_business_get_one_note() -> None:
    (found,) = _found(competitors=True)
    assert found.severity is Severity.NOTE and found.path == "non_compete.kind"
    assert found.clauses and "opportunit" in found.fix


def test_a_non_compete_or_parents_that_do_not_compete_are_silent() -> None:
    assert _found(competitors=False) == []
    in_field = {"kind": "in_field", "field": "industrial pumps", "tail_months": 0}
    assert _found(competitors=True, non_compete=in_field) == []
