"""Round 4 (Belgian panel on a Horizon Europe consortium): what the consortium draft says
about a Member that leaves, budget changes, hardship, the transfer and use of results and
disclosure to the funding bodies, checked on the five-member example under several laws and
with the budget, grant and Members' cap taken away."""

from __future__ import annotations

import re
from typing import Any

import pytest

from drafting.review import Severity, review
from tests.drafts import flat_text, variant

EXAMPLE = "consortium_five_party"
LAWS = ["be", "de", "fr", "nl", "ew"]


def _no_cap(data: dict[str, Any]) -> None:
    data["consortium"]["member_liability_cap"] = None


def _no_grant(data: dict[str, Any]) -> None:
    data["consortium"]["grant"] = None
    data["consortium"]["budget"] = []


# Class 1: withdrawal has a price and leaves the leaver with only what it needs.
@pytest.mark.parametrize("law", LAWS)
def test_withdrawing_member_bears_costs_and_keeps_only_its_own_needs(law: str) -> None:
    text = flat_text(variant(EXAMPLE, law=law))
    clause = text[text.index("Withdrawal. ") : text.index("Project assets. ")]
    assert "shall continue to perform its tasks in the Project" in clause
    assert "reports and cost statements due up to it" in clause
    assert "shall bear the reasonable and justified costs that its withdrawal causes the other Members" in clause
    assert "costs of reallocating its tasks" in clause
    assert "General Assembly determines by a decision from which the withdrawing Member is excluded" in clause
    assert re.search(r"within the limit of its liability under clause 4\.\d\.", clause)
    assert "remains bound by clause 10 and by the access rights it has granted before that date" in clause
    assert "and its right to request them, end on that date" in clause
    assert "that it Needs to exploit its own Foreground IP created before that date" in clause


def test_withdrawal_without_grant_budget_or_cap_still_prices_the_exit() -> None:
    text = flat_text(variant(EXAMPLE, change=lambda d: (_no_grant(d), _no_cap(d))))
    clause = text[text.index("Withdrawal. ") : text.index("Project assets. ")]
    assert "shall bear the reasonable and justified costs that its withdrawal causes" in clause
    assert "Budget" not in clause and "the grant" not in clause and "cost statements" not in clause
    assert "within the limit" not in clause


# Class 2: no majority cuts a Member's line of the Budget or moves its tasks without it.
@pytest.mark.parametrize("law", LAWS)
def test_budget_and_tasks_of_a_member_change_only_with_its_consent(law: str) -> None:
    text = flat_text(variant(EXAMPLE, law=law))
    clause = text[text.index("Budget. Each") : text.index("Cost statements. ")]
    assert re.search(
        r"No decision of the General Assembly to change the Budget or the Consortium Plan, whatever the majority "
        r"this Agreement requires for it, may reduce or increase a Member's estimated costs or maximum grant, or "
        r"take away, add to or change the tasks allocated to it, without that Member's consent, given by the vote "
        r"in favour of its representatives or in writing, except a decision taken in relation to it under "
        r"clause 4\.\d or clause 12\.\d, or a decision to reallocate the tasks of a Member that has given notice "
        r"of withdrawal under clause 4\.\d\.",
        clause,
    )
    variation = text[text.index("Variation and waiver. ") :][:900]
    assert "and with any consent of the Member concerned that clause 7.1 requires, is not a variation" in variation


def test_budget_consent_without_a_grant_speaks_of_costs_only() -> None:
    def grantless(data: dict[str, Any]) -> None:
        data["consortium"]["grant"] = None
        for line in data["consortium"]["budget"]:
            line["grant"] = None

    text = flat_text(variant(EXAMPLE, change=grantless))
    clause = text[text.index("Budget. Each") : text.index("Cost statements. ")]
    assert "may reduce or increase a Member's estimated costs, or take away" in clause


# Class 3: hardship that burdens one Member ends at most its participation.
HARDSHIP_REMEDY = {
    "be": "may adapt this Agreement, or end it in part by ending the participation of the Member concerned, as "
    "Article 5.74 of the Civil Code",
    "fr": "may revise this Agreement, or end the participation of the Member concerned in it, for a change of "
    "circumstances as Article 1195 of the French Civil Code permits",
    "nl": "may amend this Agreement, or dissolve it in part by ending the participation of the Member concerned, "
    "for unforeseen circumstances as Article 6:258 of the Dutch Civil Code permits",
    "de": "that Member may instead terminate its participation under section 313(3) of that Code",
}


@pytest.mark.parametrize("law", sorted(HARDSHIP_REMEDY))
def test_hardship_ends_only_the_affected_members_participation(law: str) -> None:
    text = flat_text(variant(EXAMPLE, law=law))
    clause = text[text.index("Change of circumstances. ") : text.index("Liability between Members. ")]
    assert HARDSHIP_REMEDY[law] in clause
    assert "adapt or end this Agreement" not in clause and "revise or end this Agreement" not in clause
    assert "amend or dissolve this Agreement" not in clause
    assert re.search(
        r"A change of circumstances affecting one Member does not end this Agreement as between the other Members: "
        r"where that Member's participation ends, this Agreement continues between them, and clause 4\.\d applies "
        r"to that Member, other than as to notice and to the costs of its withdrawal, as if it had withdrawn\.",
        clause,
    )


# Class 5: a transfer of a Member's own results keeps the others' access rights.
@pytest.mark.parametrize("law", ["be", "ew"])
def test_transfer_of_results_needs_notice_and_keeps_access_rights(law: str) -> None:
    text = flat_text(variant(EXAMPLE, law=law))
    clause = text[text.index("Transfer of Foreground IP. ") : text.index("Protection and infringement. ")]
    assert "at least forty-five (45) days' prior notice of the transfer, through the Coordinator" in clause
    assert "objected in writing on the ground, which it shall show, that the transfer would adversely affect" in clause
    assert "to be bound by the access rights and other obligations attached to that Foreground IP" in clause
    assert re.search(r"their right to request access rights in it under clause 8\.\d+, survive the transfer", clause)
    assert "any right of the Granting Authority under the Grant Agreement to object to it" in clause
    assert "Horizon" not in clause and "Article" not in clause
    # The transfer clause follows the joint-ownership clause (8.8) and survives with it.
    survival = text[text.index("Survival. ") :][:700]
    assert "clause 8.8, clause 8.9, clause 9," in survival


# Class 6: the disclosures the Grant Agreement requires are allowed, and kept narrow.
def test_disclosure_to_the_granting_authority_is_allowed_as_the_grant_agreement_requires() -> None:
    text = flat_text(variant(EXAMPLE))
    clause = text[text.index("Disclosure to the Granting Authority. ") : text.index("Terms of this Agreement. ")]
    assert (
        "may disclose Confidential Information of another Member to the Granting Authority and to any other body "
        "entitled under the Grant Agreement to receive it, or to carry out checks, reviews, audits or "
        "investigations, to the extent the Grant Agreement requires that disclosure"
    ) in clause
    assert "mark the information as confidential" in clause
    assert "No such disclosure is a breach of this Agreement." in clause
    assert "Disclosure to the Granting Authority. " not in flat_text(variant(EXAMPLE, change=_no_grant))


# Class 7: the free research licence has a term; research use after it is on fair terms.
@pytest.mark.parametrize("law", ["be", "ew"])
def test_research_licence_lasts_for_the_project_and_the_request_period(law: str) -> None:
    text = flat_text(variant(EXAMPLE, law=law, consortium__access_request_months=24))
    clause = text[text.index("Licence of Foreground IP. ") : text.index("Access Rights. ")]
    assert (
        "for its own internal non-commercial research and teaching until twenty-four (24) months after the end of "
        "the Project (the period within which access rights to exploit may be requested); after that, the owner "
        "shall, on request, license that use on fair and reasonable conditions."
    ) in clause
    assert "perpetual" not in clause
    access = text[text.index("Access Rights. ") :][:600]
    assert "on fair and reasonable conditions, agreed in good faith within sixty (60) days after the request" in access


# Class 8: cost shares the Budget does not reproduce are reported, not dropped silently.
def test_cost_shares_beside_the_budget_are_reported() -> None:
    findings = [f for f in review(variant(EXAMPLE)) if f.rule_id == "set-aside.cost-shares"]
    assert len(findings) == 1
    (found,) = findings
    assert found.severity is Severity.WARNING
    assert "Rheinwerk's cost share of 22% (its share of the estimated costs in the Budget: 25.3%)" in found.message
    assert "Shannon" not in found.message  # 19% of the costs both ways


def test_cost_shares_that_match_the_budget_are_not_reported() -> None:
    shares = [{"party": p, "percent": v} for p, v in (("Rheinwerk", "25"), ("INMA", "19"), ("Noordzee", "19"))]
    shares += [{"party": "Politechnika", "percent": "18"}, {"party": "Shannon", "percent": "19"}]
    terms = variant(EXAMPLE, sharing__shares=shares)
    assert not [f for f in review(terms) if f.rule_id == "set-aside.cost-shares"]
