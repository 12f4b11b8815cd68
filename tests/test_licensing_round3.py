"""A technology licence as a New York licensing partner expects it (round 3), checked over
every licensing example and scenario under several governing laws: a patent licence has a
Royalty Term per product and country and runs until the last one ends."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafting.html_writer import render_html
from drafting.review import review
from tests.licence_sources import CASES, ROOT
from tests.licence_sources import draft_data as _data
from tests.licence_sources import draft_text as _draft
from tests.licence_sources import terms_of as _terms

SCENARIO = ROOT / "tests" / "scenarios" / "us_ny_licence.json"


def _id(case: tuple[Path, str | None]) -> str:
    return f"{case[0].stem}-{case[1] or 'own'}"


def _rule_ids(data: dict[str, Any]) -> set[str]:
    return {finding.rule_id for finding in review(_terms(data))}


def _know_how_only(data: dict[str, Any]) -> dict[str, Any]:
    data["ip"]["licence_grant"]["subject"] = "The coating know-how"
    licensor = data["ip"]["licence_grant"]["licensor"]
    data["ip"]["background_schedule"] = [{"party": licensor, "asset": "Coating formulation know-how"}]
    for contribution in data.get("contributions", []):
        contribution["description"] = contribution["description"].replace("EP 3 456 789 and family members, and ", "")
    return data


# 1. The Royalty Term.


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_a_patent_licence_has_a_royalty_term_and_runs_until_the_last_one_ends(case: tuple[Path, str | None]) -> None:
    data = _data(*case)
    draft = _draft(data)
    royalty = draft.text("financial.royalty_term")
    assert "for each Licensed Product, country by country, from its first commercial sale in a country" in royalty
    assert (
        "the later of the expiry or final invalidation of the last Valid Claim covering the manufacture or sale "
        "of that Licensed Product in that country and the end of ten (10) years after that first commercial sale"
    ) in royalty
    # The know-how rate applies only where no Valid Claim covers either the making or the selling.
    assert (
        "neither the manufacture nor the sale of a Licensed Product is covered by a Valid Claim in the country "
        "of manufacture or sale"
    ) in royalty
    assert "No royalty is due for a Licensed Product in a country after its Royalty Term ends." in royalty
    assert "no Valid Claim covers it" not in draft.text("financial.model")
    duration = draft.text("term.duration")
    royalty_term = draft.label("financial.royalty_term")
    assert f"until the later of the end of the last Royalty Term under {royalty_term}" in duration
    assert "2037" not in duration
    paid_up = draft.text("licence.paid_up")
    assert "At the end of the Royalty Term for a Licensed Product in a country" in paid_up
    assert "under the Licensed Technology" in paid_up
    rules = _rule_ids(data)
    assert "licensing.royalty-term-outlives-agreement" not in rules
    assert "licensing.royalty-after-patent-expiry" not in rules


def test_the_years_from_first_sale_are_the_answered_ones() -> None:
    data = _data(SCENARIO)
    data["ip"]["licence_grant"].update(royalty_term_years=12, no_claim_rate_percent="2.5")
    royalty = _draft(data).text("financial.royalty_term")
    assert "the end of twelve (12) years after that first commercial sale" in royalty
    assert "the royalty for it is two point five percent (2.5%)" in royalty or "(2.5%)" in royalty


def test_a_royalty_term_in_years_alone_stays_as_answered() -> None:
    data = _data(SCENARIO)
    data["ip"]["licence_grant"].update(royalty_term="years_from_first_sale")
    royalty = _draft(data).text("financial.royalty_term")
    assert "until the end of ten (10) years after that first commercial sale" in royalty
    assert "Valid Claim" not in royalty.split("(for that")[0]


@pytest.mark.parametrize("law", [None, "ew", "us_ny"])
def test_a_know_how_licence_keeps_its_fixed_term(law: str | None) -> None:
    data = _know_how_only(_data(SCENARIO, law))
    draft = _draft(data)
    assert not draft.has("financial.royalty_term")
    duration = draft.text("term.duration")
    assert "2037" in duration and "expires automatically" in duration
    assert "On the expiry of this Agreement" in draft.text("licence.paid_up")


# 2. The licensor's warranties of an exclusive licence.


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_an_exclusive_licensor_warrants_no_other_grant_and_the_schedule(case: tuple[Path, str | None]) -> None:
    draft = _draft(_data(*case))
    warranties = draft.text("licence.warranties")
    schedule = draft.label("schedule.background_ip").replace("schedule", "Schedule")
    assert (
        "it has not granted to any third party any licen" in warranties
        and "option, covenant not to sue or other right under the Licensed Technology in the Field in the Territory"
        in warranties
    )
    assert f"each of the patents and patent applications listed in {schedule} subsists" in warranties
    assert "all renewal and maintenance fees due on it have been paid" in warranties
    assert f"{schedule} lists all the patents and patent applications owned or controlled by" in warranties
    assert "shall not, during the Term, grant to any third party any licen" in warranties
    assert "unless the transfer is made subject to the licen" in warranties
    assert "gives no warranty that any patent within the Licensed Technology is valid" in warranties
    intro = draft.text("schedule.background_ip")
    assert "The Licensed Patents are the patents and patent applications listed below" in intro
    assert "include the following" not in intro


def test_a_non_exclusive_licensor_keeps_its_freedom_to_license_others() -> None:
    data = _data(SCENARIO)
    data["ip"]["licence_grant"]["exclusive"] = False
    warranties = _draft(data).text("licence.warranties")
    assert "any right under the Licensed Technology that conflicts with the license in" in warranties
    assert "during the Term, grant" not in warranties
    assert "unless the transfer is made subject to the license" in warranties


def test_a_know_how_licence_warrants_no_patents() -> None:
    draft = _draft(_know_how_only(_data(SCENARIO)))
    warranties = draft.text("licence.warranties")
    assert "subsists" not in warranties and "Licensed Patent" not in warranties
    assert "The Licensed Know-How includes the following:" in draft.text("schedule.background_ip")


# 3. Conversion to a non-exclusive licence carries through.


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_conversion_ends_what_the_licensee_had_as_exclusive_licensee(case: tuple[Path, str | None]) -> None:
    draft = _draft(_data(*case))
    diligence = draft.text("licence.diligence")
    assert "in a country of the Territory" in diligence and "non-exclusive in that country" in diligence
    prosecution, enforcement = draft.label("licence.prosecution"), draft.label("licence.enforcement")
    assert (
        "to take over the prosecution and maintenance of a Licensed Patent, and to have it assigned, "
        f"under {prosecution}" in diligence
    )
    assert f"its right to take action against an infringement under {enforcement}" in diligence
    assert "the need for its consent to a settlement by" in diligence
    assert f"may no longer terminate this Agreement under {draft.label('licence.challenge')}" in diligence
    assert "non-exclusive in every country of the Territory" in draft.text("financial.minimum_guarantee")


def test_a_licence_without_a_territory_converts_as_a_whole() -> None:
    data = _data(SCENARIO)
    data["ip"]["licence_grant"]["territory"] = ""
    data["scope"]["territory"] = ""
    diligence = _draft(data).text("licence.diligence")
    assert "in that country" not in diligence and "From the date on which the licen" in diligence


# 4. Patent maintenance: an absolute duty, or a right to drop a patent on notice.


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_a_licensor_that_undertook_to_renew_may_not_drop_a_patent_on_notice(case: tuple[Path, str | None]) -> None:
    prosecution = _draft(_data(*case)).text("licence.prosecution")
    assert (
        "prosecute, maintain and renew the Licensed Patents in the Territory, shall not abandon or allow" in prosecution
    )
    assert "days' notice" not in prosecution and "may elect not to" not in prosecution
    assert "If " in prosecution and "fails to take a step needed to keep a Licensed Patent in force" in prosecution


@pytest.mark.parametrize("law", [None, "us_ny"])
def test_otherwise_it_may_drop_a_patent_ninety_days_before_a_deadline(law: str | None) -> None:
    data = _data(SCENARIO, law)
    data["scope"]["obligations"] = [o for o in data["scope"]["obligations"] if "renew" not in o["description"].lower()]
    prosecution = _draft(data).text("licence.prosecution")
    assert "prosecute and maintain the Licensed Patents" in prosecution and "shall not abandon" not in prosecution
    assert "may elect not to prosecute or maintain any of them in the Territory by notice" in prosecution
    assert "at least ninety (90) days before any deadline" in prosecution
    assert "Hudson may then, by notice, take over the prosecution and maintenance" in prosecution


# 5. The milestones in the delivery and diligence clauses.


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_milestones_read_as_sentences_and_a_missed_one_is_met_late(case: tuple[Path, str | None]) -> None:
    draft = _draft(_data(*case))
    delivery, diligence = draft.text("licence.transfer"), draft.text("licence.diligence")
    for text in (delivery, diligence):
        assert "achieve, by" not in text and "the following milestone: know-how" not in text
    # The delivery's own milestone dates the delivery; the licensee's one milestone is in the sentence.
    assert "By April 30, 2027," in delivery or "By 30 April 2027," in delivery
    assert "In particular, " in diligence and "shall ensure that the following milestone is achieved by" in diligence
    assert "\n(a)" not in diligence and "shall:" not in diligence
    assert "or fails to meet a milestone and does not meet it within ninety (90) days after notice" in diligence
    assert "misses a milestone date" not in diligence and "any other obligation listed above" not in diligence


def test_several_duties_are_listed() -> None:
    data = _data(SCENARIO)
    data["scope"]["milestones"].append({"description": "First sale in Poland", "due": "2028-06-30", "owner": "Hudson"})
    diligence = _draft(data).text("licence.diligence")
    assert "In particular, Hudson shall:" in diligence
    assert "ensure that the following milestone is achieved by June 30, 2028: first sale in Poland." in diligence


# 6. Enforcement: who takes the recoveries, and the licensor joins where standing needs it.


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_recoveries_go_to_the_party_that_sued_and_the_licensor_joins(case: tuple[Path, str | None]) -> None:
    draft = _draft(_data(*case))
    enforcement = draft.text("licence.enforcement")
    assert "the balance is paid to the Party that brought it" in enforcement
    assert "the part of the balance that compensates for lost sales of Licensed Products is treated as" in enforcement
    assert f"on which royalties are paid under {draft.label('financial.model')}" in enforcement
    assert "shall join the proceedings as a party" in enforcement and "to have standing to sue" in enforcement
    assert "the rest belonging to" not in enforcement


# 7. The royalties lost on termination for the licensee's breach.


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_lost_royalties_are_outside_the_exclusion_and_the_cap(case: tuple[Path, str | None]) -> None:
    draft = _draft(_data(*case))
    unlimited = draft.text("liability.unlimited")
    # Round 4 measures the lost royalties (tests/test_licensing_round4.py): never open-ended.
    assert "terminates this Agreement for a breach by" in unlimited
    assert "may recover as damages for that breach in place of any other claim for royalties" in unlimited
    label = draft.label("liability.unlimited")
    for clause in ("liability.excluded_losses", "liability.cap"):
        if draft.has(clause):
            assert f"Subject to {label}" in draft.text(clause)


def test_other_types_have_no_royalty_carve_out() -> None:
    for name in ("distribution", "revenue_sharing", "research_collaboration"):
        data = _data(ROOT / "examples" / f"{name}.json")
        assert "Minimum Royalties" not in _draft(data).text("liability.unlimited")


# 8. US idiom from the profile's data, and the regime of the regulated products.


def test_american_number_words_drop_the_and() -> None:
    from drafting.engine.wording import american_numbers

    assert american_numbers("two hundred and fifty thousand United States dollars") == (
        "two hundred fifty thousand United States dollars"
    )
    assert (
        american_numbers("one thousand and five dollars and fifty cents") == "one thousand five dollars and fifty cents"
    )


@pytest.mark.parametrize("law", [None, "us_ny"])
def test_a_us_licence_reads_in_us_idiom(law: str | None) -> None:
    data = _data(SCENARIO, law)
    data["termination"]["insolvency"] = True
    draft = _draft(data)
    text = "\n".join(draft.text(clause) for clause in ("financial", "definitions"))
    assert "hundred and" not in text and "hundred fifty thousand" in text
    assert draft.document is not None
    insolvency = render_html(draft.document, notes=False)
    assert "makes a general assignment for the benefit of creditors" in insolvency
    assert "is not dismissed within sixty (60) days" in insolvency and "receiver, trustee, custodian" in insolvency
    assert all("file number" not in block.description for block in draft.document.parties)


def test_an_english_licence_keeps_the_british_number_words() -> None:
    text = _draft(_data(ROOT / "examples" / "licensing.json")).text("financial")
    assert "hundred and fifty thousand" in text


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_a_medicine_has_pharmacovigilance_and_no_field_safety_corrective_action(case: tuple[Path, str | None]) -> None:
    regulatory = _draft(_data(*case)).text("licence.regulatory")
    assert "its pharmacovigilance obligations" in regulatory and "vigilance and" not in regulatory
    assert "field safety corrective action" not in regulatory and "any recall or market withdrawal" in regulatory


def test_a_device_has_vigilance_and_field_safety_corrective_actions() -> None:
    data = _data(SCENARIO)
    data["ip"]["licence_grant"]["field"] = data["scope"]["field_of_use"] = "Implantable medical devices"
    data["scope"]["purpose"] = "License the coating for implantable devices."
    data["background"] = "Brightline owns a coating for implants."
    regulatory = _draft(data).text("licence.regulatory")
    assert "its vigilance obligations" in regulatory
    assert "any recall, market withdrawal or field safety corrective action" in regulatory
