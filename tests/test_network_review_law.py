"""The partner network review by the country of each partner: agent status and
disclosure under French, Belgian and Swiss law, and special terms on what the master
terms settle, on the French lawyer's scenario."""

from __future__ import annotations

from pathlib import Path

from drafting.review import review
from drafting.validation import load_terms_file

SCENARIO = Path(__file__).resolve().parent / "scenarios" / "fr_partner_network.json"


def test_the_scenario_is_flagged_country_by_country() -> None:
    found = {finding.rule_id: finding for finding in review(load_terms_file(SCENARIO))}
    agents = found["network.agent-by-country"].message
    assert "L. 134-12" in agents and "Book X of the Code of Economic Law" in agents and "418u" in agents
    assert "X.26" in found["network.precontract-disclosure"].message
    assert "reverse charge" in found["network.cross-border-shares"].message
    assert "bear reverse-charge" not in found["network.cross-border-shares"].message
    assert "L. 8221-6" in found["network.individual-partner"].message
    special = [f for f in review(load_terms_file(SCENARIO)) if f.rule_id == "network.special-terms-conflict"]
    assert any("Swiss francs" in finding.message for finding in special)
    # The drafted territory clause frees non-exclusive partners: no hardcore restriction.
    assert "network.territory-restriction" not in found
