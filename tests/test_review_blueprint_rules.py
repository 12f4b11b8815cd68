"""Review rule: the clauses of the drafted agreement agree with each other, per the
consistency rules of its type's blueprint; a contradiction names both clauses."""

from __future__ import annotations

import re

import pytest

from drafting.engine import assemble_agreement
from drafting.engine.consistency import check_consistency
from drafting.review import Severity
from tests.review_helpers import Case, assert_silent, assert_triggers, example, findings_of

W = Severity.WARNING
CLAUSE_PAIR = re.compile(r"^Clause \d+\.\d+ \([^)]+\) and clause \d+\.\d+ \([^)]+\): ")

TRIGGERS = [
    Case(
        "consistency.consortium.amendment-by-majority",
        "consortium_five_party",
        {"governance.reserved_matters": [{"matter": "Amendment of this Agreement", "threshold": "supermajority"}]},
        W,
        "governance.reserved_matters",
    ),
]

SILENT = [
    Case("consistency.consortium.amendment-by-majority", "consortium_five_party"),
    Case("consistency.consortium.admission-is-not-an-amendment", "consortium_five_party"),
    Case("consistency.licensing.sublicensing-contradiction", "licensing"),
]


@pytest.mark.parametrize("case", TRIGGERS, ids=str)
def test_rule_fires(case: Case) -> None:
    assert_triggers(case)


@pytest.mark.parametrize("case", SILENT, ids=str)
def test_rule_stays_silent(case: Case) -> None:
    assert_silent(case)


@pytest.mark.parametrize("case", TRIGGERS, ids=str)
def test_the_finding_names_both_clauses_by_number(case: Case) -> None:
    (finding,) = findings_of(case.terms(), case.rule_id)
    assert CLAUSE_PAIR.match(finding.message), finding.message
    assert len(finding.clauses) == 2


def test_a_lawyers_wording_that_reintroduces_the_contradiction_is_caught() -> None:
    terms = example("consortium_five_party")
    override = "No variation of this Agreement is effective unless it is signed by all the Members."
    document = assemble_agreement(terms, overrides={"general.variation_and_waiver": override})
    found = {item.rule_id: item for item in check_consistency(terms, document)}
    clash = found["consortium.admission-is-not-an-amendment"]
    assert "(Variation and waiver)" in clash.first and "Admission" in clash.second


def test_a_non_sublicensable_royalty_that_counts_sublicensees_is_caught() -> None:
    terms = example("licensing")
    override = "Medinova shall pay Carraig six per cent of all sums invoiced by it and its sublicensees."
    document = assemble_agreement(terms, overrides={"financial.model": override})
    assert [item.rule_id for item in check_consistency(terms, document)] == ["licensing.sublicensing-contradiction"]
