"""Review rules of the partner network: each fires on the fact it is about and stays
silent on the example, which a careful lawyer would pass."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drafting.review import review
from drafting.terms import AgreementTerms
from drafting.validation import load_terms_file

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "partner_network.json"


def _terms(**network: Any) -> AgreementTerms:
    terms = load_terms_file(EXAMPLE)
    assert terms.network is not None
    data = terms.model_dump(mode="json")
    data["network"].update(network)
    return AgreementTerms.model_validate(data)


def _ids(terms: AgreementTerms) -> dict[str, Any]:
    return {finding.rule_id: finding for finding in review(terms)}


def test_the_example_has_no_error_and_only_the_warnings_its_partners_call_for() -> None:
    """Local operators in France, Belgium and Switzerland: the commercial-agent risk and
    Belgian pre-contractual disclosure are real for this network (a French review panel
    confirmed both), and two partners' special terms touch what the master terms settle."""
    findings = review(load_terms_file(EXAMPLE))
    assert not [f for f in findings if str(f.severity) == "error"]
    assert {f.rule_id for f in findings if str(f.severity) == "warning"} == {
        "network.precontract-disclosure",
        "network.agent-by-country",
        "network.special-terms-conflict",
    }


def test_a_partner_without_a_schedule_is_an_error_naming_it() -> None:
    terms = load_terms_file(EXAMPLE)
    assert terms.network is not None
    data = terms.model_dump(mode="json")
    data["network"]["partners"] = data["network"]["partners"][1:]
    found = _ids(AgreementTerms.model_validate(data))["network.schedule-missing"]
    assert str(found.severity) == "error" and found.path == "network.partners"
    assert "Lyon Quartiers has no Partner Schedule" in found.message
    assert found.clauses == ("clause 2.2",)


def test_a_split_that_does_not_make_the_whole_is_named_with_its_figures() -> None:
    terms = load_terms_file(EXAMPLE)
    data = terms.model_dump(mode="json")
    data["network"]["partners"][0]["bands"][0]["shares"][1]["share"] = "6/10"
    found = _ids(AgreementTerms.model_validate(data))["network.split-total"]
    assert found.path == "network.partners[0].bands"
    assert "Lyon Quartiers 30% + Voisinéo 60% = 90%, not 100%" in found.message


def test_two_exclusive_partners_in_one_territory_cannot_both_be_kept() -> None:
    terms = load_terms_file(EXAMPLE)
    data = terms.model_dump(mode="json")
    data["network"]["partners"][1]["territory"] = data["network"]["partners"][0]["territory"]
    found = _ids(AgreementTerms.model_validate(data))["network.exclusive-overlap"]
    assert found.path == "network.partners[1].exclusive"
    assert "Lyon Quartiers and Bordeaux Voisins are each promised exclusivity" in found.message


def test_a_non_exclusive_partner_may_share_a_territory() -> None:
    terms = load_terms_file(EXAMPLE)
    data = terms.model_dump(mode="json")
    data["network"]["partners"][1]["territory"] = data["network"]["partners"][0]["territory"]
    data["network"]["partners"][1]["exclusive"] = False
    assert "network.exclusive-overlap" not in _ids(AgreementTerms.model_validate(data))


def test_agency_raises_the_commercial_agent_indemnity_and_silence_without_it() -> None:
    found = _ids(_terms(agency=True))["network.commercial-agent"]
    assert str(found.severity) == "warning" and found.path == "network.agency"
    assert "commercial agent" in found.message
    assert "network.commercial-agent" not in _ids(_terms(agency=False))


def test_an_individual_partner_is_flagged_only_where_there_is_one() -> None:
    assert "network.individual-partner" in _ids(load_terms_file(EXAMPLE))
    terms = load_terms_file(EXAMPLE)
    data = terms.model_dump(mode="json")
    for party in data["parties"]:
        party["entity_type"] = "corporation" if party["entity_type"] == "individual" else party["entity_type"]
        party["registration_number"] = party["registration_number"] or "RCS Strasbourg 123 456 789"
    assert "network.individual-partner" not in _ids(AgreementTerms.model_validate(data))


def test_cross_border_shares_are_noted_only_when_a_partner_is_abroad() -> None:
    assert "network.cross-border-shares" in _ids(load_terms_file(EXAMPLE))
    terms = load_terms_file(EXAMPLE)
    data = terms.model_dump(mode="json")
    for party in data["parties"]:
        party["jurisdiction"] = "France"
    assert "network.cross-border-shares" not in _ids(AgreementTerms.model_validate(data))


def test_no_network_block_is_an_error() -> None:
    terms = load_terms_file(EXAMPLE).model_copy(update={"network": None})
    assert str(_ids(terms)["network.missing"].severity) == "error"


def test_many_partners_raise_no_multi_party_finding() -> None:
    """Thirteen parties, but no voting, deadlock, unanimity or joint liability to ask for:
    each partner contracts with the platform alone."""
    rules = {finding.rule_id for finding in review(load_terms_file(EXAMPLE))}
    assert {rule for rule in rules if not rule.startswith("network.")} == set()
