"""Round-7 R&D fixes: the Option holder, itself a co-owner of the Joint Results, exploits
the Licensed Products only under the Licence and pays its royalty on them; its free own use
as co-owner stops short of them, and a wording that drops that is reported."""

from __future__ import annotations

import pytest

from drafting.review import review
from tests.drafts import clause_text, document_of, scenario_data, variant

LAWS = ("ch", "ew", "de", "us_ny")
JOINT = {"research__ownership": "joint", "research__joint_exploitation": "use_and_license_with_notice"}


@pytest.mark.parametrize("law", LAWS)
def test_the_option_holder_exploits_licensed_products_only_under_the_licence(law: str) -> None:
    terms = variant("research_collaboration", law=law, **JOINT)
    holder = terms.research.option.licensee  # type: ignore[union-attr]
    joint = clause_text(document_of(terms), "research_results.joint")
    assert f"{holder}'s own use of Joint Results as co-owner does not extend to developing, making" in joint
    assert "unless the Option lapses without having been exercised" in joint
    assert f"bears the royalties and other payments due under it as if {holder} held no share" in joint
    ids = {finding.rule_id for finding in review(terms)}
    assert "consistency.research.option-holder-own-use-of-joint-results" not in ids


def test_the_swiss_scenario_limits_the_holders_own_use() -> None:
    data = scenario_data("ch_research_collaboration")
    data["research"]["ownership"] = "joint"
    data["research"]["joint_exploitation"] = "use_and_license_with_notice"
    joint = clause_text(document_of(data), "research_results.joint")
    assert "held no share" in joint


def test_with_consent_to_exploit_the_holder_still_pays_the_royalty() -> None:
    # A co-owner's consent to exploit would otherwise let the holder sell royalty-free.
    terms = variant(
        "research_collaboration", research__ownership="joint", research__joint_exploitation="consent_needed"
    )
    joint = clause_text(document_of(terms), "research_results.joint")
    assert "held no share" in joint and "without the prior written consent" in joint


def test_a_swiss_sublicensee_may_claim_its_direct_licence_under_article_112_2() -> None:
    document = document_of(scenario_data("ch_research_collaboration"))
    ending = clause_text(document, "research_option.licence_termination")
    assert "grant that sublicensee a direct licence on the terms of its sublicence" in ending
    assert "as an independent right within the meaning of article 112(2) of the Swiss Code of Obligations" in ending
    assert "(article 112(3) of the Swiss Code of Obligations)" in ending
    third = clause_text(document, "general.third_party_rights")
    assert third.startswith("Third-party rights. Except for the right of sublicensees to a direct licence under clause")


@pytest.mark.parametrize("law", ["ew", "de", "us_ny"])
def test_elsewhere_the_direct_licence_is_an_undertaking_the_holder_enforces(law: str) -> None:
    data = scenario_data("ch_research_collaboration")
    data["governing_law"] = {"profile": law, "other": ""}
    document = document_of(data)
    ending = clause_text(document, "research_option.licence_termination")
    assert "at the request of Lacustra or of a sublicensee that is not in breach made within sixty (60) days" in ending
    assert "112(2)" not in ending
    assert "Except for the right of sublicensees" not in clause_text(document, "general.third_party_rights")
