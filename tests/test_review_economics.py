"""Review rules on deal economics: bands, exact shares, caps that read "until", minimums,
payment schedules, company shares and leavers."""

from __future__ import annotations

import pytest

from drafting.review import Severity
from tests.review_helpers import Case, assert_silent, assert_triggers, example, findings_of

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE


#: Albion pays part of its cash into the venture as a tranche of the Payment Schedule.
_ALBION_TRANCHE = {
    "kind": "tranche",
    "payer": "Albion",
    "payee": {"kind": "entity", "name": "Railink Drive Systems Limited"},
    "amount": {"amount": "1000000.00", "currency": "EUR"},
    "due_date": "2027-09-30",
}


def _party(name: str, share: str) -> dict[str, object]:
    return {"payee": {"kind": "party", "party": name, "name": ""}, "share": share}


TRIGGERS = [
    Case(
        "economics.band-not-100",
        "revenue_share_bands",
        {"sharing.bands[1].shares": [_party("Cobblestone", "60%"), _party("Pixelbridge", "30%")]},
        E,
        "sharing.bands[1].shares",
    ),
    Case("economics.band-empty", "revenue_share_bands", {"sharing.bands[1].shares": []}, E, "sharing.bands[1].shares"),
    Case(
        "economics.bands-not-from-zero",
        "revenue_share_bands",
        {"sharing.bands[0].from_amount": "1000"},
        E,
        "sharing.bands[0].from_amount",
    ),
    Case(
        "economics.bands-overlap",
        "revenue_share_bands",
        {"sharing.bands[1].from_amount": "0"},
        E,
        "sharing.bands[1].from_amount",
    ),
    Case(
        "economics.split-twice",
        "revenue_share_bands",
        {"sharing.shares": [{"party": "Cobblestone", "percent": "70"}, {"party": "Pixelbridge", "percent": "30"}]},
        E,
        "sharing.shares",
    ),
    Case(
        "economics.bands-without-split",
        "revenue_share_bands",
        {"sharing.model": "commission", "sharing.payee": "Cobblestone", "sharing.rate_percent": "30"},
        E,
        "sharing.bands",
    ),
    Case(
        "economics.equal-shares-unequal",
        "professionals_company",
        {"joint_venture.holdings[0]": {"party": "Okafor", "percent": "20"}},
        E,
        "joint_venture.holdings",
    ),
    Case(
        "economics.cap-until-drafted-yearly",
        "revenue_share_bands",
        {"sharing.cap_basis": "per_contract_year"},
        E,
        "sharing.cap_basis",
    ),
    Case(
        "economics.sunset-after-term",
        "revenue_share_bands",
        {"term.kind": "fixed", "term.length_months": 24},
        N,
        "sharing.sunset_years",
    ),
    Case(
        "economics.minimum-without-consequence",
        "licensing_milestones",
        {"exclusivity.kind": "none", "ip.licence_grant.exclusive": False},
        E,
        "sharing.shortfall",
    ),
    Case(
        "economics.minimum-without-consequence",
        "distribution_minimums",
        {"distribution.minimum_purchase_shortfall": "reduce_territory", "scope.territory": "worldwide"},
        W,
        "distribution.minimum_purchase_shortfall",
    ),
    Case(
        "economics.exclusive-without-minimum",
        "distribution_minimums",
        {"distribution.minimum_purchase": None, "distribution.minimum_purchase_shortfall": None},
        W,
        "distribution.minimum_purchase",
    ),
    Case(
        "economics.tranches-not-total",
        "equity_tranches",
        {"payments[2].amount": {"amount": "500000.00", "currency": "EUR"}},
        E,
        "payments",
    ),
    Case(
        "economics.payment-clause-vs-schedule",
        "joint_venture_50_50",
        {"payments": [_ALBION_TRANCHE]},
        E,
        "contributions[0].due",
    ),
    Case(
        "economics.payment-without-when",
        "licensing_milestones",
        {"payments[1].milestone": ""},
        E,
        "payments[1].milestone",
    ),
    Case("economics.non-party-payee", "revenue_share_bands", {}, N, "payments[0].payee"),
    Case(
        "economics.holding-not-whole-shares",
        "professionals_company",
        {"joint_venture.number_of_shares": 100},
        E,
        "joint_venture.number_of_shares",
    ),
    Case("economics.leavers-without-company", "revenue_share_bands", {"leavers": {}}, W, "model"),
    Case(
        "economics.good-leaver-nominal",
        "professionals_company",
        {"leavers.good_leaver_price": "nominal"},
        W,
        "leavers.good_leaver_price",
    ),
    Case(
        "economics.bad-leaver-discount",
        "professionals_company",
        {"leavers.bad_leaver_price": "nominal"},
        N,
        "leavers.bad_leaver_price",
    ),
    Case(
        "economics.buy-back-without-fallback", "professionals_company", {"leavers.buyer": "company"}, W, "leavers.buyer"
    ),
    Case(
        "ownership.holdings-total",
        "professionals_company",
        {"joint_venture.holdings[5]": {"party": "Brandt", "fraction": "1/7"}, "joint_venture.equal_shares": False},
        E,
        "joint_venture.holdings",
    ),
]

SILENT = [
    Case("economics.band-not-100", "revenue_share_bands"),
    Case("economics.bands-overlap", "revenue_share_bands"),
    Case("economics.split-twice", "revenue_share_bands"),
    Case("economics.equal-shares-unequal", "professionals_company"),
    Case("economics.cap-until-drafted-yearly", "revenue_share_bands"),
    # A yearly cap is right when nothing in the deal reads "until ... paid".
    Case(
        "economics.cap-until-drafted-yearly",
        "revenue_share_bands",
        {"sharing.cap_basis": "per_contract_year", "scope.purpose": "Publish the courses and share the revenue."},
    ),
    Case("economics.minimum-without-consequence", "licensing_milestones"),
    Case("economics.minimum-without-consequence", "distribution_minimums"),
    Case("economics.tranches-not-total", "equity_tranches"),
    # An equity alliance drafts no contributions: its subscription is in the investment clause.
    Case("economics.payment-clause-vs-schedule", "equity_tranches"),
    Case("economics.payment-clause-vs-schedule", "joint_venture_50_50"),
    Case("economics.payment-without-when", "licensing_milestones"),
    Case("economics.non-party-payee", "revenue_share_bands", {"boilerplate.third_party_rights": True}),
    Case("economics.holding-not-whole-shares", "professionals_company"),
    Case("economics.leavers-without-company", "professionals_company"),
    Case("economics.buy-back-without-fallback", "professionals_company"),
    # Six sixths make exactly the whole, although 6 x 16.67% is 100.02%.
    Case("ownership.holdings-total", "professionals_company"),
]


@pytest.mark.parametrize("case", TRIGGERS, ids=str)
def test_rule_fires(case: Case) -> None:
    assert_triggers(case)


@pytest.mark.parametrize("case", SILENT, ids=str)
def test_rule_stays_silent(case: Case) -> None:
    assert_silent(case)


def test_the_share_total_error_names_each_share_and_the_fix() -> None:
    terms = Case(
        "ownership.holdings-total",
        "joint_venture_50_50",
        {"joint_venture.holdings[1].percent": "30"},
    ).terms()
    [finding] = findings_of(terms, "ownership.holdings-total")
    assert "Albion 50% + HAT 30% = 80%, not 100%, so 20% of it has no owner" in finding.message
    assert "give HAT 50% or Albion 70%" in finding.fix


def test_a_band_error_names_the_band_its_shares_and_the_fix() -> None:
    [finding] = findings_of(TRIGGERS[0].terms(), "economics.band-not-100")
    assert finding.message.startswith("Band 2 (from USD 500,000) of the split: Cobblestone 60% + Pixelbridge 30% = 90%")
    assert "give Pixelbridge 40%, or Cobblestone 70%" in finding.message


def test_fractions_are_named_exactly_in_messages() -> None:
    terms = TRIGGERS[-1].terms()
    [finding] = findings_of(terms, "ownership.holdings-total")
    assert "Brandt 1/7" in finding.message and "= 41/42" in finding.message
    assert "so 1/42 of it has no owner" in finding.message
    assert "give Brandt 1/6" in finding.fix


def test_the_new_examples_have_no_errors_or_warnings_from_these_rules() -> None:
    for name in ("professionals_company", "equity_tranches", "revenue_share_bands", "licensing_milestones"):
        found = [f for f in findings_of_all(name) if f.rule_id.startswith("economics.") and f.severity is not N]
        assert found == [], name


def findings_of_all(name: str) -> list:
    from drafting.review import review

    return list(review(example(name)))
