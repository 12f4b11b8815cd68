"""Who signs for a company under its own home's law, two-thirds majorities counted on the
actual voters, and an adjourned meeting where one member is a quorum
(``drafting.review.signatories``, ``drafting.review.thresholds``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from drafting.law import profile
from drafting.review import review
from drafting.review.findings import Severity
from drafting.review.signatories import _binding_titles, _usually_binds
from drafting.review.thresholds import Voters, _illusory
from drafting.terms import AgreementTerms
from tests.review_corpus.bases import BASES

#: Each profile that says who signs for a company, with a title that binds and one that does not.
SIGNING = {
    "nl": ("Netherlands", "Statutair bestuurder", "Chief Operating Officer"),
    "de": ("Germany", "Geschäftsführerin", "CTO"),
    "fr": ("France", "Président-directeur général", "Directeur commercial"),
    "be": ("Belgium", "Administrateur délégué", "Head of Sales"),
    "ew": ("England and Wales", "Director and CEO", "Head of Partnerships"),
    "sc": ("Scotland", "Managing Director", "Sales Director"),
    "ie": ("Ireland", "Director", "General Counsel"),
    "us_de": ("Delaware", "Vice President, Business Development", "Director"),
    "us_ny": ("New York", "President", "Head of Legal"),
    "us_ca": ("California", "Chief Financial Officer", "Product Lead"),
}


def _ids(terms: AgreementTerms) -> list[str]:
    return [finding.rule_id for finding in review(terms)]


def _co_marketing(home: str, title: str) -> AgreementTerms:
    data: dict[str, Any] = BASES["co_marketing"]()
    data["parties"][0]["jurisdiction"] = home
    data["parties"][0]["signatory"]["title"] = title
    return AgreementTerms.model_validate(data)


@pytest.mark.parametrize("law_id", sorted(SIGNING))
def test_each_profile_names_the_binding_titles_the_reason_and_the_register(law_id: str) -> None:
    table = profile(law_id).review
    assert _binding_titles(law_id)
    assert table["signatory_rule"] and table["signatory_register"]


@pytest.mark.parametrize("law_id", sorted(SIGNING))
def test_a_title_that_does_not_bind_is_noted_under_the_party_s_own_law(law_id: str) -> None:
    home, binds, does_not = SIGNING[law_id]
    assert _usually_binds(binds, _binding_titles(law_id))
    assert not _usually_binds(does_not, _binding_titles(law_id))
    found = [f for f in review(_co_marketing(home, does_not)) if f.rule_id == "parties.signatory-authority"]
    assert len(found) == 1
    finding = found[0]
    assert finding.path == "parties[0].signatory.title"
    assert does_not in finding.message and profile(law_id).label in finding.message
    assert profile(law_id).review["signatory_register"] in finding.fix
    assert "parties.signatory-authority" not in _ids(_co_marketing(home, binds))


def test_the_party_s_home_decides_not_the_governing_law() -> None:
    """The co-marketing base is governed by Singapore law; a Dutch party is read under Dutch law."""
    finding = next(
        f
        for f in review(_co_marketing("Amsterdam, the Netherlands", "Chief Commercial Officer"))
        if f.rule_id == "parties.signatory-authority"
    )
    assert "B.V." in finding.message and "KvK" in finding.fix


def test_a_home_without_signing_data_and_a_blank_title_stay_silent() -> None:
    assert "parties.signatory-authority" not in _ids(_co_marketing("Poland", "Chief Operating Officer"))
    assert "parties.signatory-authority" not in _ids(_co_marketing("Netherlands", ""))


def _equal(count: int) -> Voters:
    return Voters("Members", tuple(Decimal(1) for _ in range(count)), {})


@pytest.mark.parametrize(("count", "illusory"), [(2, False), (3, True), (4, True), (5, False), (6, True), (7, False)])
def test_two_thirds_of_equal_votes_against_a_simple_majority(count: int, illusory: bool) -> None:
    assert _illusory(_equal(count)) is illusory


@pytest.mark.parametrize(
    ("holdings", "illusory"),
    [(("50", "25", "25"), True), (("40", "30", "30"), False), (("34", "33", "33"), False), (("60", "40"), False)],
)
def test_two_thirds_of_weighted_votes(holdings: tuple[str, ...], illusory: bool) -> None:
    weights = tuple(Decimal(share) for share in holdings)
    voters = Voters("Parties", weights, {f"P{index}": weight for index, weight in enumerate(weights)})
    assert _illusory(voters) is illusory


def _consortium(**governance: Any) -> AgreementTerms:
    data: dict[str, Any] = BASES["consortium"]()
    data["governance"].update(governance)
    return AgreementTerms.model_validate(data)


def test_the_supermajority_finding_names_the_matter_the_threshold_and_the_count() -> None:
    terms = _consortium(reserved_matters=[{"matter": "admitting a new member", "threshold": "supermajority"}])
    finding = next(f for f in review(terms) if f.rule_id == "governance.illusory-supermajority")
    assert "'admitting a new member'" in finding.message
    assert "two thirds of the votes of all 3 Members" in finding.message and "2 of 3" in finding.message
    assert finding.clauses and finding.clauses[0] in finding.message
    assert "unanimity" in finding.fix


def test_unanimity_or_a_simple_majority_is_not_an_illusory_supermajority() -> None:
    for threshold in ("unanimity", "simple_majority"):
        terms = _consortium(reserved_matters=[{"matter": "admitting a new member", "threshold": threshold}])
        assert "governance.illusory-supermajority" not in _ids(terms)


def test_quorum_of_one_only_where_the_adjourned_meeting_has_no_written_objection() -> None:
    assert "governance.quorum-of-one" not in _ids(_consortium())  # every-party quorum: objection in writing
    assert "governance.quorum-of-one" in _ids(_consortium(quorum={"rule": "majority_of_parties"}))
    no_adjournment = {"rule": "majority_of_parties", "adjourned_meeting_reduced": False}
    assert "governance.quorum-of-one" not in _ids(_consortium(quorum=no_adjournment))


def test_quorum_of_one_needs_three_voters() -> None:
    data: dict[str, Any] = BASES["joint_venture"]()
    data["governance"]["quorum"] = {"rule": "majority_of_parties"}
    assert "governance.quorum-of-one" not in _ids(AgreementTerms.model_validate(data))
    data["governance"]["voting_basis"] = "per_member"  # four directors, each with a vote
    found = [f for f in review(AgreementTerms.model_validate(data)) if f.rule_id == "governance.quorum-of-one"]
    assert len(found) == 1 and "with 4 " in found[0].message


def _with_committee(model: str, **extra: Any) -> AgreementTerms:
    data: dict[str, Any] = BASES[model]()
    names = [entry["short_name"] for entry in data["parties"]]
    data["governance"] = {"body": "steering_committee", "seats": [{"party": name, "seats": 1} for name in names]}
    data.update(extra)
    return AgreementTerms.model_validate(data)


@pytest.mark.parametrize("model", ["co_marketing", "data_sharing", "equity_alliance", "licensing", "distribution"])
def test_a_committee_the_type_leaves_out_is_reported_until_its_optional_part_is_added(model: str) -> None:
    found = [f for f in review(_with_committee(model)) if f.rule_id == "governance.body-not-drafted"]
    # A type whose precedent keeps the body out (licensing, equity, distribution) says the
    # answers are not used and leads with setting the body to none (issue 14, round 3); the
    # others offer the optional part or a separate letter.
    kept_out = model in ("equity_alliance", "licensing", "distribution")
    assert len(found) == 1 and found[0].path == ("governance.body" if kept_out else "extra_modules")
    assert "seats (" in found[0].message
    assert found[0].fix.startswith("Set the joint body to none") if kept_out else "committee letter" in found[0].fix
    assert "governance.body-not-drafted" not in _ids(_with_committee(model, extra_modules=["steering_committee"]))


def test_a_body_at_its_defaults_or_in_a_type_without_a_committee_is_not_reported() -> None:
    data: dict[str, Any] = BASES["co_marketing"]()
    data["governance"] = {"body": "steering_committee"}
    assert "governance.body-not-drafted" not in _ids(AgreementTerms.model_validate(data))
    # A revenue share may add a committee as an optional part (round 4): a committee it does
    # not draft is then reported as answers not used (a note), never as a risk.
    unused = [
        found for found in review(_with_committee("revenue_sharing")) if found.rule_id == "governance.body-not-drafted"
    ]
    assert all(found.severity is Severity.NOTE for found in unused)
