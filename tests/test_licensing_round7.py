"""Round-7 licensing fixes: a licence that runs to its last Royalty Term ends at a
long-stop even if nothing is ever sold, and the term clause, the sell-off and the review
read one deal fact for whether it runs that way; the licensee makes anywhere to supply the
Territory; Net Sales deduct only what was answered; foreign patents' validity stays with
their own courts."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafting.engine.context import derive_facts
from drafting.review import review
from drafting.terms import AgreementTerms
from tests.drafts import (
    EXAMPLES,
    SCENARIOS,
    clause_text,
    document_of,
    flat_text,
    line_with,
    scenario_data,
    terms_of,
    text_of,
    variant,
)

LAWS = ("ew", "us_ny", "de", "ch", "ie")
#: Every saved draft that grants a licence (the others have no Royalty Term to run to).
LICENCE_DRAFTS = [
    path
    for path in sorted(EXAMPLES.glob("*.json")) + sorted(SCENARIOS.glob("*.json"))
    if '"licence_grant": {' in path.read_text(encoding="utf-8")
]


def _terms(path: Path) -> AgreementTerms:
    return AgreementTerms.from_json(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("name", ["licensing", "licensing_milestones"])
def test_a_patent_licence_ends_with_its_last_patent_if_nothing_is_sold(name: str, law: str) -> None:
    duration = line_with(text_of(variant(name, law=law)), "comes into force on the Effective Date")
    assert "continues until the later of the end of the last Royalty Term under" in duration
    assert (
        "and the date on which the last of the Licensed Patents in the Territory expires, lapses or is abandoned, "
        "revoked or finally held invalid, and then expires."
    ) in duration


def test_a_worldwide_patent_licence_ends_with_its_last_patent_anywhere() -> None:
    text = flat_text(variant("licensing", ip__licence_grant__territory=""))
    assert "the date on which the last of the Licensed Patents expires, lapses" in text
    assert "Licensed Patents in the Territory expires" not in text


def test_a_know_how_licence_run_to_its_royalty_term_ends_years_after_the_effective_date() -> None:
    def know_how(data: dict[str, object]) -> None:
        grant = data["ip"]["licence_grant"]  # type: ignore[index]
        grant["subject"] = "The coating know-how"  # type: ignore[index]
        grant["royalty_term"] = "years_from_first_sale"  # type: ignore[index]
        data["ip"]["background_schedule"] = [  # type: ignore[index]
            {"party": grant["licensor"], "asset": "Coating formulation know-how", "registration_number": ""}  # type: ignore[index]
        ]
        data["term"] = {"effective_date": "2027-02-01", "kind": "indefinite"}

    text = flat_text(variant("licensing", change=know_how))
    assert (
        "continues until the later of the end of the last Royalty Term under clause 3.5 and the end of ten (10) "
        "years after the Effective Date, and then expires."
    ) in text.replace("Section", "clause")


@pytest.mark.parametrize("path", LICENCE_DRAFTS, ids=lambda path: path.stem)
def test_the_term_the_sell_off_and_the_fact_agree(path: Path) -> None:
    """One fact decides whether the agreement runs to its last Royalty Term: the term clause
    says so exactly when it holds, and the sell-off then follows only a termination."""
    terms = _terms(path)
    facts = derive_facts(terms)
    document = document_of(terms)
    duration = clause_text(document, "term.duration")
    assert ("the end of the last Royalty Term" in duration) is facts.runs_to_royalty_end
    text = flat_text(document)
    if "(the “Sell-off Period”)" in text or '(the "Sell-off Period")' in text:
        sells_after_expiry = "after the expiry of this Agreement, or its termination" in text
        assert sells_after_expiry is not facts.runs_to_royalty_end


def test_a_know_how_licence_with_a_fixed_term_sells_off_after_expiry_too() -> None:
    """The sell-off used to repeat the rule that picks the term, and got it wrong for a
    licence of know-how with its own Royalty Term: the term was fixed, yet the sell-off
    followed only a termination, leaving the stock unsaleable at expiry."""

    def know_how(data: dict[str, object]) -> None:
        grant = data["ip"]["licence_grant"]  # type: ignore[index]
        grant["subject"] = "The coating know-how"  # type: ignore[index]
        grant["royalty_term"] = "years_from_first_sale"  # type: ignore[index]
        data["ip"]["background_schedule"] = [  # type: ignore[index]
            {"party": grant["licensor"], "asset": "Coating formulation know-how", "registration_number": ""}  # type: ignore[index]
        ]

    terms = variant("licensing", change=know_how)
    assert not derive_facts(terms).runs_to_royalty_end
    text = flat_text(terms)
    assert "the end of ten (10) years after that first commercial sale" in text
    assert "For ninety (90) days after the expiry of this Agreement, or its termination other than by" in text
    assert "in the course of manufacture at the date of termination or expiry" in text


def test_the_new_york_scenario_reports_the_fixed_term_set_aside() -> None:
    terms = terms_of(scenario_data("us_ny_licence"))
    if terms.term.kind != "fixed":
        terms = variant("licensing", law="us_ny")
    ids = {finding.rule_id for finding in review(terms)}
    assert "set-aside.term-follows-the-royalty-term" in ids


def test_text_of_the_scenario_has_the_long_stop() -> None:
    text = text_of(scenario_data("us_ny_licence"))
    assert "the last of the Licensed Patents" in line_with(text, "comes into force on the Effective Date")


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("exclusive", [True, False])
def test_the_licensee_may_make_anywhere_to_supply_the_territory(law: str, exclusive: bool) -> None:
    text = text_of(variant("licensing", law=law, ip__licence_grant__exclusive=exclusive))
    grant = line_with(text, "Grant. Subject to the terms of this Agreement")
    assert (
        "to use, offer for sale, sell, import and otherwise exploit Licensed Products in the Field in the Territory"
        in (grant)
    )
    assert "and to make and have made them anywhere in the world for those purposes" in grant
    assert "extends only to making and having made Licensed Products for use, sale or import in the Territory" in grant
    assert (
        "the licen" + ("se" if law == "us_ny" else "ce") + " is non-exclusive and extends"
    ) in grant or not exclusive
    assert "make, have made, use, offer for sale, sell, import" not in grant


def test_a_licence_without_a_territory_grants_every_act_everywhere() -> None:
    grant = line_with(text_of(variant("licensing", ip__licence_grant__territory="")), "Grant. Subject to")
    assert (
        "to make, have made, use, offer for sale, sell, import and otherwise exploit Licensed Products in the Field"
        in (grant)
    )
    assert "anywhere in the world" not in grant


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("name", ["licensing", "licensing_milestones"])
def test_net_sales_deduct_only_what_the_answers_list(name: str, law: str) -> None:
    terms = variant(name, law=law)
    document = document_of(terms)
    net = clause_text(document, "financial.deductions")
    assert "ten per" not in net and "10%" not in net
    assert "quantity discounts" not in net and "clawbacks" not in net
    assert net.endswith("No other deduction is permitted.")
    listed = {
        "returns": "returned by customers",
        "refunds": "refunds actually paid",
        "taxes": "value added tax",
        "chargebacks": "chargebacks and payment reversals",
    }
    for deduction, words in listed.items():
        assert (words in net) is (deduction in terms.sharing.deductions), deduction


def test_a_licence_with_no_deductions_answered_permits_none() -> None:
    net = clause_text(document_of(variant("licensing", sharing__deductions=[])), "financial.deductions")
    assert "No deduction is permitted." in net and "returned" not in net


def _court_and_arbitration(law: str) -> tuple[str, str]:
    courts = clause_text(
        document_of(
            variant(
                "licensing",
                law=law,
                disputes__forum="courts",
                disputes__courts={"courts": "", "exclusive": True},
            )
        ),
        "disputes.courts",
    )
    arbitration = clause_text(
        document_of(
            variant(
                "licensing",
                law=law,
                disputes__forum="arbitration",
                disputes__arbitration={"institution": "ICC", "seat": "Geneva", "arbitrators": 3},
            )
        ),
        "disputes.arbitration",
    )
    return courts, arbitration


@pytest.mark.parametrize("law", ["us_ny", "ew", "ch"])
def test_foreign_patents_validity_stays_with_their_own_courts(law: str) -> None:
    """The licensing example schedules EP and PL patents: no New York, English or Swiss court
    or tribunal decides their validity or registration with effect for all."""
    courts, arbitration = _court_and_arbitration(law)
    assert "does not extend to proceedings concerned with the registration or validity of a patent" in courts
    assert "granted or registered for a country other than that of those courts" in courts
    assert "Article 24(4) of Regulation (EU) No 1215/2012 and the Agreement on a Unified Patent Court" in courts
    assert "decide it only as between the Parties" in courts
    assert "validity of a patent or other registered right only as between the Parties" in arbitration
    assert "Article 24(4) of Regulation (EU) No 1215/2012" in arbitration


def test_a_home_patent_needs_no_carve_out() -> None:
    def us_patents(data: dict[str, object]) -> None:
        data["ip"]["background_schedule"] = [  # type: ignore[index]
            {"party": "Carraig", "asset": "Patent: coating process", "registration_number": "US 11 234 567"}
        ]

    terms = variant("licensing", law="us_ny", change=us_patents)
    assert not derive_facts(terms).foreign_registered_rights
    assert "registration or validity of a patent" not in flat_text(terms)


def test_other_types_have_no_registered_rights_carve_out() -> None:
    for name in ("distribution", "joint_venture_50_50", "co_marketing"):
        assert not derive_facts(variant(name)).foreign_registered_rights
