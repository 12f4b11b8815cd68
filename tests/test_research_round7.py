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
