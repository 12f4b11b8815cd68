"""Review rules on intellectual property and confidentiality."""

from __future__ import annotations

import pytest

from drafting.review import Severity
from tests.review_helpers import Case, assert_silent, assert_triggers

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE
JV = "joint_venture_50_50"
THIRD_LICENSEE = {
    "legal_name": "Dunav Pharma d.o.o.",
    "short_name": "Dunav",
    "jurisdiction": "Croatia",
    "registration_number": "MBS 080123456",
    "address": "Ilica 1, 10000 Zagreb, Croatia",
    "notice_email": "pravna@dunavpharma.hr",
    "role": "licensee",
}

TRIGGERS = [
    Case("ip.joint-without-rules", JV, {"ip.foreground.ownership": "joint"}, E, "ip.foreground.ownership"),
    Case(
        "ip.joint-licensing-without-consent",
        "consortium_five_party",
        {"ip.foreground.ownership": "joint", "ip.foreground.joint_rules.consent_to_license": False},
        N,
        "ip.foreground.joint_rules.consent_to_license",
    ),
    Case("ip.lead-exploiter-missing", JV, {"ip.foreground.ownership": "lead_exploiter"}, W, "ip.foreground.lead_party"),
    Case("ip.field-split-missing", JV, {"ip.foreground.ownership": "split_by_field"}, W, "ip.foreground.ownership"),
    Case("ip.background-schedule-missing", "licensing", {"ip.background_schedule": []}, W, "ip.background_schedule"),
    # Any model whose contributions (drafted) include IP: a co-marketing partner's brand assets.
    Case(
        "ip.background-schedule-missing",
        "co_marketing",
        {"ip.background_schedule": [], "contributions[0].kind": "ip", "contributions[0].transfer_mode": "license"},
        W,
    ),
    Case("ip.venture-background-licence", JV, {"ip.background_licence.scope": ""}, W, "ip.background_licence.scope"),
    Case("ip.ttber-multi-party", "licensing", {}, N, "parties", added_parties=(THIRD_LICENSEE,)),
    Case(
        "ip.exclusive-without-minimum", "licensing", {"sharing.minimum_guarantee": None}, N, "sharing.minimum_guarantee"
    ),
    Case("ip.brand-licence-missing", "co_marketing", {"ip.brand_licences": []}, W, "ip.brand_licences"),
    Case(
        "ip.residuals-trade-secrets",
        "licensing",
        {"confidentiality.residuals": True, "confidentiality.residuals_exclude_trade_secrets": False},
        W,
        "confidentiality.residuals_exclude_trade_secrets",
    ),
]

SILENT = [
    *(Case(case.rule_id, case.base) for case in TRIGGERS),
    Case("ip.joint-without-rules", "consortium_five_party", {"ip.foreground.ownership": "joint"}),
    Case("ip.joint-licensing-without-consent", "consortium_five_party", {"ip.foreground.ownership": "joint"}),
    Case(
        "ip.lead-exploiter-missing",
        JV,
        {"ip.foreground.ownership": "lead_exploiter", "ip.foreground.lead_party": "HAT"},
    ),
    Case(
        "ip.field-split-missing",
        JV,
        {
            "ip.foreground.ownership": "split_by_field",
            "ip.foreground.field_split": [{"party": "HAT", "field": "motors"}],
        },
    ),
    # Distribution deals bring no IP into a pool; a schedule is not needed.
    Case("ip.background-schedule-missing", "distribution", {"ip.background_schedule": []}),
    Case("ip.venture-background-licence", "licensing", {"ip.background_licence.scope": ""}),
    Case(
        "ip.exclusive-without-minimum",
        "licensing",
        {"sharing.minimum_guarantee": None, "ip.licence_grant.exclusive": False},
    ),
    Case("ip.brand-licence-missing", "distribution", {"ip.brand_licences": []}),
    Case("ip.residuals-trade-secrets", "licensing", {"confidentiality.residuals": True}),
]


@pytest.mark.parametrize("case", TRIGGERS, ids=str)
def test_rule_fires(case: Case) -> None:
    assert_triggers(case)


@pytest.mark.parametrize("case", SILENT, ids=str)
def test_rule_stays_silent(case: Case) -> None:
    assert_silent(case)
