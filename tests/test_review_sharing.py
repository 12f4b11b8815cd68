"""Review rules on money: sharing pools, rates, net basis, tiers, audit, no partnership."""

from __future__ import annotations

import pytest

from drafting.review import Severity
from drafting.terms import AgreementTerms
from tests.review_helpers import Case, assert_silent, assert_triggers, example, findings_of

E, W = Severity.ERROR, Severity.WARNING


def _shares(**by_party: str) -> list[dict[str, str]]:
    return [{"party": party, "percent": percent} for party, percent in by_party.items()]


TRIGGERS = [
    Case(
        "sharing.pool-not-100",
        "revenue_sharing",
        {"sharing.shares": _shares(Cobblestone="70", Pixelbridge="20")},
        E,
        "sharing.shares",
    ),
    # Without a Budget the consortium shares its costs by the percentages (with one, by the Budget).
    Case(
        "sharing.pool-not-100",
        "consortium_five_party",
        {"sharing.shares[0].percent": "23", "consortium.budget": []},
        E,
        "sharing.shares",
    ),
    Case("sharing.pool-missing", "revenue_sharing", {"sharing.shares": []}, E, "sharing.shares"),
    Case(
        "sharing.cost-split-not-100",
        "co_marketing",
        {"co_marketing.cost_split": _shares(Skyward="50", Merlion="40")},
        E,
        "co_marketing.cost_split",
    ),
    Case(
        "sharing.rate-missing",
        "licensing",
        {"sharing.rate_percent": None, "sharing.tiers": []},
        E,
        "sharing.rate_percent",
    ),
    Case("sharing.payer-payee-missing", "licensing", {"sharing.payee": None}, E, "sharing.payee"),
    Case("sharing.payer-is-payee", "licensing", {"sharing.payee": "Medinova"}, E, "sharing.payee"),
    Case("sharing.net-without-deductions", "revenue_sharing", {"sharing.deductions": []}, E, "sharing.deductions"),
    Case(
        "sharing.tiers-overlap", "licensing", {"sharing.tiers[2].threshold": "5000000"}, E, "sharing.tiers[2].threshold"
    ),
    Case("sharing.tiers-not-monotonic", "licensing", {"sharing.tiers[2].percent": "7.00"}, W, "sharing.tiers"),
    Case("sharing.audit-missing", "revenue_sharing", {"sharing.audit": None}, W, "sharing.audit"),
    Case(
        "sharing.currency-mismatch",
        "licensing",
        {"sharing.minimum_guarantee": {"amount": "150000.00", "currency": "USD"}},
        W,
        "sharing.minimum_guarantee",
    ),
    Case(
        "sharing.cap-below-guarantee",
        "licensing",
        {"sharing.cap": {"amount": "100000.00", "currency": "EUR"}},
        E,
        "sharing.cap",
    ),
    Case(
        "sharing.no-partnership-missing",
        "revenue_sharing",
        {"boilerplate.no_partnership": False},
        E,
        "boilerplate.no_partnership",
    ),
]

SILENT = [
    *(Case(case.rule_id, case.base) for case in TRIGGERS),
    Case(
        "sharing.pool-not-100", "revenue_sharing", {"sharing.shares": _shares(Cobblestone="66.67", Pixelbridge="33.33")}
    ),
    Case(
        "sharing.pool-missing",
        "revenue_sharing",
        {
            "sharing.model": "commission",
            "sharing.shares": [],
            "sharing.payer": "Pixelbridge",
            "sharing.payee": "Cobblestone",
            "sharing.rate_percent": "30",
        },
    ),
    Case("sharing.rate-missing", "licensing", {"sharing.rate_percent": None}),
    Case("sharing.net-without-deductions", "revenue_sharing", {"sharing.base": "gross", "sharing.deductions": []}),
    Case("sharing.net-without-deductions", "distribution", {"sharing.base": "net"}),
    Case("sharing.tiers-overlap", "licensing", {"sharing.tiers": [{"threshold": "0", "percent": "6"}]}),
    Case(
        "sharing.tiers-not-monotonic",
        "licensing",
        {"sharing.tiers[1].percent": "7.00", "sharing.tiers[2].percent": "8.00"},
    ),
    Case("sharing.audit-missing", "distribution", {"sharing.audit": None}),
    Case("sharing.cap-below-guarantee", "licensing", {"sharing.cap": {"amount": "150000.00", "currency": "EUR"}}),
    Case("sharing.cap-below-guarantee", "licensing", {"sharing.cap": {"amount": "100000.00", "currency": "USD"}}),
]


@pytest.mark.parametrize("case", TRIGGERS, ids=str)
def test_rule_fires(case: Case) -> None:
    assert_triggers(case)


@pytest.mark.parametrize("case", SILENT, ids=str)
def test_rule_stays_silent(case: Case) -> None:
    assert_silent(case)


def test_pool_message_gives_the_actual_total() -> None:
    case = TRIGGERS[0]
    [finding] = findings_of(case.terms(), "sharing.pool-not-100")
    assert "90%" in finding.message


def _without_no_partnership(name: str) -> AgreementTerms:
    terms = example(name)
    boilerplate = terms.boilerplate.model_copy(update={"no_partnership": False})
    return terms.model_copy(update={"boilerplate": boilerplate})


def test_sharing_without_no_partnership_clause_is_an_error() -> None:
    terms = _without_no_partnership("revenue_sharing")
    [finding] = findings_of(terms, "sharing.no-partnership-missing")
    assert finding.severity is Severity.ERROR
    assert finding.path == "boilerplate.no_partnership"


def test_no_partnership_rule_is_silent_when_clause_kept_or_nothing_shared() -> None:
    assert not findings_of(example("revenue_sharing"), "sharing.no-partnership-missing")
    assert not findings_of(_without_no_partnership("distribution"), "sharing.no-partnership-missing")
    assert not findings_of(_without_no_partnership("joint_venture_50_50"), "sharing.no-partnership-missing")
