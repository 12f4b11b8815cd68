"""Review rules on data sharing (GDPR roles, lawful basis, Article 26, DPIA, breach notice)."""

from __future__ import annotations

import pytest

from drafting.review import Severity
from tests.review_helpers import Case, assert_silent, assert_triggers

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE
DS = "data_sharing"

TRIGGERS = [
    Case("data.roles-missing", DS, {"data_sharing.roles": "none"}, E, "data_sharing.roles"),
    Case("data.lawful-basis-missing", DS, {"data_sharing.lawful_basis": "none"}, E, "data_sharing.lawful_basis"),
    Case(
        "data.article-26-missing",
        DS,
        {"data_sharing.article_26_arrangement": False},
        E,
        "data_sharing.article_26_arrangement",
    ),
    Case(
        "data.dpia-missing",
        DS,
        {"data_sharing.special_category": True, "data_sharing.dpia_completed": False},
        W,
        "data_sharing.dpia_completed",
    ),
    Case(
        "data.special-category-condition",
        DS,
        {"data_sharing.special_category": True},
        W,
        "data_sharing.lawful_basis",
    ),
    Case("data.purpose-missing", DS, {"data_sharing.purpose": "  "}, W, "data_sharing.purpose"),
    Case("data.items-missing", DS, {"data_sharing.data_items": []}, W, "data_sharing.data_items"),
    Case(
        "data.breach-notice-slow", DS, {"data_sharing.breach_notice_hours": 96}, W, "data_sharing.breach_notice_hours"
    ),
    Case("data.onward-transfers", DS, {"data_sharing.onward_transfers": True}, N, "data_sharing.onward_transfers"),
    Case(
        "data.non-personal-licence",
        DS,
        {"data_sharing.personal_data": False},
        N,
        "data_sharing.non_personal_licence",
    ),
]

SILENT = [
    *(Case(case.rule_id, case.base) for case in TRIGGERS),
    # Non-personal data needs neither roles nor a lawful basis.
    Case("data.roles-missing", DS, {"data_sharing.personal_data": False, "data_sharing.roles": "none"}),
    Case("data.lawful-basis-missing", DS, {"data_sharing.personal_data": False, "data_sharing.lawful_basis": "none"}),
    Case(
        "data.article-26-missing",
        DS,
        {"data_sharing.roles": "separate_controllers", "data_sharing.article_26_arrangement": False},
    ),
    Case("data.dpia-missing", DS, {"data_sharing.special_category": True}),
    Case("data.breach-notice-slow", DS, {"data_sharing.breach_notice_hours": 48}),
    Case(
        "data.non-personal-licence",
        DS,
        {"data_sharing.personal_data": False, "data_sharing.non_personal_licence": "cdla_permissive_2"},
    ),
    Case("data.purpose-missing", "distribution"),
]


@pytest.mark.parametrize("case", TRIGGERS, ids=str)
def test_rule_fires(case: Case) -> None:
    assert_triggers(case)


@pytest.mark.parametrize("case", SILENT, ids=str)
def test_rule_stays_silent(case: Case) -> None:
    assert_silent(case)
