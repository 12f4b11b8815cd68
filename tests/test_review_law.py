"""Review rules on the governing law: each fires where it should and stays silent
where it should not."""

from __future__ import annotations

import pytest

from drafting.review import Severity, review
from tests.engine_helpers import make_terms
from tests.review_helpers import Case, assert_silent, assert_triggers

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE
OTHER_LAW = {"profile": "neutral", "other": "the United Arab Emirates"}
CALIFORNIA_COURTS = {
    "governing_law": {"profile": "us_ca", "other": ""},
    "disputes.forum": "courts",
    "disputes.arbitration": None,
    "disputes.courts": {"courts": "", "exclusive": True},
    "disputes.jury_waiver": True,
}

TRIGGERS = [
    Case("law.local-counsel", "revenue_sharing", {"governing_law": OTHER_LAW}, W, "governing_law"),
    Case("law.other-law-unnamed", "revenue_sharing", {"governing_law": {"profile": "neutral", "other": ""}}, E),
    Case("law.jury-waiver-unenforceable", "licensing", CALIFORNIA_COURTS, W, "disputes.jury_waiver"),
    Case("law.arbitration-rules-unnamed", "licensing", {"disputes.arbitration.institution": "other"}, E),
    Case("law.mediation-rules-unnamed", "equity_alliance", {"disputes.mediation.provider": "other"}, E),
    Case(
        "law.courts-of-another-system",
        "data_sharing",
        {"disputes.courts.courts": "New York"},
        N,
        "disputes.courts.courts",
    ),
    Case("law.distributor-protection", "distribution", {}, W, "term.kind"),
    Case("law.leaver-discount-penalty", "joint_venture_50_50", {"exit.bad_leaver_discount_percent": "25"}, N),
]

SILENT = [
    Case("law.local-counsel", "revenue_sharing"),
    Case("law.other-law-unnamed", "revenue_sharing", {"governing_law": OTHER_LAW}),
    # The waiver is drafted under New York law, and arbitration has no jury anyway.
    Case(
        "law.jury-waiver-unenforceable",
        "licensing",
        {**CALIFORNIA_COURTS, "governing_law": {"profile": "us_ny", "other": ""}},
    ),
    Case("law.jury-waiver-unenforceable", "licensing", {"governing_law": {"profile": "us_ca", "other": ""}}),
    Case("law.arbitration-rules-unnamed", "licensing"),
    Case("law.mediation-rules-unnamed", "equity_alliance"),
    Case("law.courts-of-another-system", "data_sharing"),
    Case("law.distributor-protection", "distribution", {"governing_law": OTHER_LAW}),
    Case("law.distributor-protection", "licensing"),
    Case("law.leaver-discount-penalty", "joint_venture_50_50", {"exit.bad_leaver_discount_percent": None}),
]


@pytest.mark.parametrize("case", TRIGGERS, ids=lambda case: case.rule_id)
def test_rule_fires(case: Case) -> None:
    assert_triggers(case)


@pytest.mark.parametrize("case", SILENT, ids=lambda case: case.rule_id)
def test_rule_stays_silent(case: Case) -> None:
    assert_silent(case)


def ids(**fields: object) -> dict[str, Severity]:
    return {finding.rule_id: finding.severity for finding in review(make_terms(**fields))}  # type: ignore[arg-type]


def test_a_law_without_a_profile_asks_for_local_counsel() -> None:
    found = ids(governing_law={"profile": "neutral", "other": "the United Arab Emirates"})
    assert found["law.local-counsel"] is Severity.WARNING
    assert "law.local-counsel" not in ids()


def test_another_law_must_be_named() -> None:
    found = ids(governing_law={"profile": "neutral", "other": ""})
    assert found["law.other-law-unnamed"] is Severity.ERROR
    assert "law.local-counsel" not in found


def test_old_free_text_law_that_matches_no_profile_migrates_to_neutral_and_is_reported() -> None:
    found = ids(governing_law="the laws of Dubai International Financial Centre")
    assert "law.local-counsel" in found


def test_an_institution_not_listed_needs_its_rules_named() -> None:
    unnamed = ids(disputes={"arbitration": {"institution": "other", "seat": "Dubai"}})
    assert unnamed["law.arbitration-rules-unnamed"] is Severity.ERROR
    named = ids(
        disputes={"arbitration": {"institution": "other", "other_rules": "the DIAC Arbitration Rules", "seat": "Dubai"}}
    )
    assert "law.arbitration-rules-unnamed" not in named


def test_other_mediation_rules_must_be_named() -> None:
    found = ids(disputes={"mediation": {"provider": "other"}, "arbitration": {"seat": "London"}})
    assert found["law.mediation-rules-unnamed"] is Severity.ERROR
    assert "law.mediation-rules-unnamed" not in ids()


def test_courts_of_one_system_under_the_law_of_another_get_a_note() -> None:
    found = ids(disputes={"forum": "courts", "courts": {"courts": "New York"}, "arbitration": None})
    assert found["law.courts-of-another-system"] is Severity.NOTE
    same = ids(disputes={"forum": "courts", "courts": {"courts": "England and Wales"}, "arbitration": None})
    assert "law.courts-of-another-system" not in same


def test_courts_left_empty_take_the_laws_own_courts_and_are_not_an_error() -> None:
    found = ids(disputes={"forum": "courts", "courts": {"courts": ""}, "arbitration": None})
    assert "disputes.courts-missing" not in found
    neutral = ids(
        governing_law={"profile": "neutral", "other": "Ruritania"},
        disputes={"forum": "courts", "courts": {"courts": ""}, "arbitration": None},
    )
    assert "disputes.courts-missing" in neutral


def test_distributor_protection_is_raised_where_the_law_gives_it() -> None:
    found = ids(model="distribution")
    assert found["law.distributor-protection"] is Severity.WARNING
    assert "law.distributor-protection" not in ids(
        model="distribution", governing_law={"profile": "neutral", "other": "X"}
    )
    assert "law.distributor-protection" not in ids(model="licensing")


def test_a_bad_leaver_discount_is_a_penalty_question() -> None:
    found = ids(model="joint_venture", exit={"bad_leaver_discount_percent": "30"})
    assert found["law.leaver-discount-penalty"] is Severity.NOTE
    assert "law.leaver-discount-penalty" not in ids(model="joint_venture", exit={})
