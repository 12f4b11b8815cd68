"""The operative core of every co-marketing draft (precedent 5), checked on the rendered
text of the example under every legal-system profile and in its variations (a lead party
that buys the media, no cash contributions, three parties):

- a Campaign Fund built from the parties' cash contributions, not a bare percentage split;
- one approval rule, in Business Days, to which the single licence of marks refers, and in
  which silence is a refusal (the brand owners' own period governs material bearing their marks);
- takedown within ten Business Days, accepted offers honoured, and a wind-down that never
  extends the use of a brand;
- a brand-safety termination right, and a party leaving for convenience bears the
  committed costs that cannot be cancelled;
- each party remains the seller of its own products, and metrics are reported for
  information only.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pytest

from drafting.document import AgreementDocument, DraftingNote
from drafting.engine import assemble_agreement, default_catalogue
from drafting.engine.proofread import proofread, vocabulary
from drafting.law import NEUTRAL, all_profiles
from drafting.law.spelling import americanise
from drafting.review.draft import DraftText
from drafting.terms import AgreementTerms
from drafting.terms.law import GoverningLaw
from tests.precedent_helpers import example_terms

LAWS = [profile.id for profile in all_profiles()]
KINDS = ("as_is", "lead_party", "no_cash", "three_parties")


def _variation(kind: str) -> AgreementTerms:
    data: dict[str, Any] = example_terms("co_marketing").model_dump(mode="json")
    if kind == "lead_party":
        data["ip"]["foreground"] = {"ownership": "lead_exploiter", "lead_party": "Merlion"}
    elif kind == "no_cash":
        data["contributions"] = []
    elif kind == "three_parties":
        third = {**data["parties"][1], "legal_name": "Lion Air Pte. Ltd.", "short_name": "LionAir"}
        data["parties"].append(third)
        data["governance"]["seats"].append({"party": "LionAir", "seats": 1})
        data["co_marketing"]["cost_split"] = [
            {"party": "Skyward", "percent": "40"},
            {"party": "Merlion", "percent": "30"},
            {"party": "LionAir", "percent": "30"},
        ]
        data["contributions"].append({**data["contributions"][0], "party": "LionAir"})
    return AgreementTerms.model_validate(data)


@cache
def _draft(kind: str, law_id: str) -> tuple[AgreementTerms, AgreementDocument]:
    terms = _variation(kind)
    other = "the United Arab Emirates" if law_id == NEUTRAL else ""
    terms = terms.model_copy(update={"governing_law": GoverningLaw(profile=law_id, other=other)})
    return terms, assemble_agreement(terms)


def _flat(text: str) -> str:
    """The text on one line, in American spelling, so that one expected phrase (passed
    through ``us``) matches the drafts of every profile, whatever its spelling."""
    return us(" ".join(text.split()))


def us(phrase: str) -> str:
    return americanise(phrase)


def _note(document: AgreementDocument, clause_id: str) -> DraftingNote | None:
    return next((clause.note for clause in document.iter_clauses() if clause.id == clause_id), None)


CASES = [(kind, law) for kind in KINDS for law in LAWS]


@pytest.mark.parametrize(("kind", "law_id"), CASES)
def test_the_costs_clause_drafts_a_campaign_fund_from_the_contributions(kind: str, law_id: str) -> None:
    terms, document = _draft(kind, law_id)
    draft = DraftText(document)
    costs = _flat(draft.text("co_marketing.costs"))
    assert "Approved Budget" in costs
    assert "without the prior written approval of" in costs
    assert "are not costs of the Campaign" in costs
    if kind == "no_cash":
        assert "Campaign Fund" not in costs
        assert "shall be borne as follows: Skyward " in costs and " and Merlion " in costs
        return
    assert "(the “Campaign Fund”)" in costs or '(the "Campaign Fund")' in costs
    for item in terms.contributions:
        assert item.value is not None
        assert f"{item.party}: {item.value.currency} 60,000 (sixty thousand" in costs
    # American number words under an American-spelling profile: "one hundred eighty thousand".
    total = "EUR 180,000 (one hundred and eighty thousand" if kind == "three_parties" else "EUR 120,000"
    assert f"budget of {total}" in costs or f"budget of {total.replace('hundred and', 'hundred')}" in costs
    assert "Within fifteen (15) days after the end of each calendar month" in costs
    assert "in proportion to" in costs and "contribution" in costs.split("not spent or committed", 1)[1]
    if kind == "lead_party":
        assert "Merlion shall contract in its own name with the media owners" in costs
        assert "shall be repaid by Merlion to each other" in costs
    else:
        assert "Each Party shall contract in its own name with the media owners" in costs
    # The percentage split is no longer the whole costs regime: it governs only an
    # approved overspend.
    assert "borne as follows" in costs.split("An excess so approved", 1)[1]


@pytest.mark.parametrize("law_id", LAWS)
def test_late_payment_interest_on_the_fund_comes_from_the_profile(law_id: str) -> None:
    _, document = _draft("as_is", law_id)
    costs = _flat(DraftText(document).text("co_marketing.costs"))
    profile = next(profile for profile in all_profiles() if profile.id == law_id)
    if profile.clause("late_payment_interest"):
        owed = r"fails to pay any amount due under this (?:clause|Section) by its due date, it shall pay"
        assert re.search(owed, costs)
        # The rate's own opening words, as the profile states them.
        assert _flat(profile.clause("late_payment_interest"))[:25] in costs
    else:
        assert "fails to pay any amount due under this" not in costs


@pytest.mark.parametrize(("kind", "law_id"), CASES)
def test_one_approval_rule_in_business_days_and_one_licence_of_marks(kind: str, law_id: str) -> None:
    terms, document = _draft(kind, law_id)
    draft = DraftText(document)
    whole = _flat("\n".join(draft.text(article.id) for article in document.articles))
    approvals = _flat(draft.text("co_marketing.approvals"))
    assert terms.co_marketing is not None
    assert f"({terms.co_marketing.approval_days}) Business Days after receiving the material" in approvals
    # Silence rule stated once, as a refusal: the brand licence does not carry a second period.
    assert len(re.findall(r"deemed refused", whole)) == 1 and "deemed approved" not in whole
    brand = _flat(draft.text("ip.brand_licence"))
    assert f"approved under {draft.label('co_marketing.approvals')}" in brand
    assert "Business Days after receipt" not in brand
    # One licence of marks: sublicensable to approved agencies, revocable only for a
    # breach of the brand guidelines; the content licence does not license the marks.
    assert us("sublicences only to advertising, media and production agencies") in brand
    assert us("may revoke this licence, by notice to the licensee, only if the licensee breaches") in brand
    assert "revocable" not in brand and us("without the right to grant sublicences") not in brand
    content = _flat(draft.text("ip.foreground"))
    assert f"the Marks that appear in them are licensed under {draft.label('ip.brand_licence')} only" in content
    assert "its Marks)" not in content
    note = _note(document, "co_marketing.approvals")
    assert note is not None
    assert "Silence is a refusal" in note.text and "Deemed approval after the period" in note.text
    # The brand owners' own period (their differing answer) governs material that bears their marks.
    assert us("where the material bears its name or trade marks, within ten (10) Business Days") in approvals


@pytest.mark.parametrize(("kind", "law_id"), CASES)
def test_takedown_honours_accepted_offers_and_the_wind_down_does_not_extend_the_brands(kind: str, law_id: str) -> None:
    _, document = _draft(kind, law_id)
    draft = DraftText(document)
    takedown = _flat(draft.text("effects.takedown"))
    assert "Within ten (10) Business Days after termination or expiry of this Agreement" in takedown
    assert "Takedown Period" in takedown
    assert us("shall honour, on the terms on which they were made") in takedown
    assert ("Where the participation of a Party in this Agreement ends" in takedown) == (kind == "three_parties")
    wind_down = _flat(draft.text("effects.wind_down"))
    assert "work in progress" not in wind_down
    assert "permits the use of Campaign Materials" in wind_down and wind_down.startswith("Wind-down. For ")
    assert f"that {draft.label('effects.takedown')} preserves" in wind_down
    # Both licences run for the Term and the Takedown Period, not the Wind-down Period.
    for clause_id in ("ip.brand_licence", "ip.foreground"):
        text = _flat(draft.text(clause_id))
        assert "the Takedown Period" in text and "Wind-down Period" not in text, clause_id


@pytest.mark.parametrize(("kind", "law_id"), CASES)
def test_brand_safety_exit_and_the_cost_of_leaving_for_convenience(kind: str, law_id: str) -> None:
    _, document = _draft(kind, law_id)
    draft = DraftText(document)
    reputation = _flat(draft.text("termination.reputation"))
    assert "into serious disrepute or public discredit" in reputation
    assert ("may terminate this Agreement" if kind != "three_parties" else "may withdraw from this Agreement") in (
        reputation
    )
    costs = _flat(draft.text("co_marketing.costs"))
    assert f"under {draft.label('termination.convenience')} bears alone every cost of the Campaign" in costs
    assert us("that cannot be cancelled") in costs


def test_no_convenience_right_no_convenience_costs() -> None:
    data = example_terms("co_marketing").model_dump(mode="json")
    data["termination"]["convenience"]["allowed"] = False
    draft = DraftText(assemble_agreement(AgreementTerms.model_validate(data)))
    assert not draft.has("termination.convenience")
    assert "bears alone every cost" not in draft.text("co_marketing.costs")
    assert draft.has("termination.reputation")


@pytest.mark.parametrize(("kind", "law_id"), CASES)
def test_each_party_remains_the_seller_and_metrics_are_for_information(kind: str, law_id: str) -> None:
    terms, document = _draft(kind, law_id)
    draft = DraftText(document)
    whole = _flat("\n".join(draft.text(article.id) for article in document.articles))
    campaign = _flat(draft.text("co_marketing.campaign"))
    assert "remains the seller of, and solely responsible for, its own products" in campaign
    assert whole.count("guarantees any result of the Campaign") == 1
    reporting = _flat(draft.text("co_marketing.reporting"))
    assert "after the end of each calendar month of the Campaign" in reporting
    for kpi in terms.scope.kpis:
        assert kpi.metric.lower() in reporting.lower()
    assert "for information only" in reporting and "They are not obligations" in reporting


def test_reporting_without_kpis_still_reports_for_information() -> None:
    data = example_terms("co_marketing").model_dump(mode="json")
    data["scope"]["kpis"] = []
    reporting = _flat(DraftText(assemble_agreement(AgreementTerms.model_validate(data))).text("co_marketing.reporting"))
    assert "covering the reach of the Campaign materials it has published" in reporting
    assert "They are not obligations" in reporting


@pytest.mark.parametrize(("kind", "law_id"), CASES)
def test_the_co_marketing_core_reads_clean(kind: str, law_id: str) -> None:
    terms, document = _draft(kind, law_id)
    found = proofread(document, vocabulary(default_catalogue(), terms.model))
    # The proofreader still expects "clause" where a profile numbers "Sections"; that
    # is true of every clause of these drafts, not of this core, so it is left out here.
    assert [str(slip) for slip in found if slip.kind != "reference should say 'clause'"] == []


def test_a_cost_split_that_differs_from_the_contributions_is_noted() -> None:
    data = example_terms("co_marketing").model_dump(mode="json")
    _, document = _draft("as_is", "sg")
    costs = _note(document, "co_marketing.costs")
    assert costs is not None and "does not match" not in costs.text
    assert "Check the indirect tax" in costs.text
    data["contributions"][0]["value"]["amount"] = "90000.00"
    note = _note(assemble_agreement(AgreementTerms.model_validate(data)), "co_marketing.costs")
    assert note is not None
    assert "does not match the parties' shares of the Campaign Fund (for Skyward, Merlion)" in note.text


def test_the_brand_licence_offers_no_second_silence_rule_and_the_brand_safety_exit_is_noted() -> None:
    _, document = _draft("as_is", "sg")
    brand = _note(document, "ip.brand_licence")
    assert brand is not None
    assert not any("Deemed refusal" in alternative for alternative in brand.alternatives)
    approvals = _note(document, "co_marketing.approvals")
    assert approvals is not None and "Deemed approval after the approval period." in approvals.alternatives
    assert _note(document, "termination.reputation") is not None
