"""R&D collaboration with a licence option, fourth round of the Swiss panel: the lapse of the
Option forfeits nobody's share of the results, and the other corrections each test names.
Proven on the example and the Swiss scenario, under several laws."""

from __future__ import annotations

from typing import Any

import pytest

from tests.drafts import (
    example_data,
    flat_text,
    line_starting,
    line_with,
    scenario_variant_data,
    text_of,
    variant_data,
)

LAWS = ("ch", "ew", "de")
NAMES = ("example", "swiss")


def _data(name: str, law: str, **paths: Any) -> dict[str, Any]:
    if name == "example":
        return variant_data("research_collaboration", law=law, **paths)
    return scenario_variant_data("ch_research_collaboration", law=law, **paths)


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("exploitation", ["use_and_license_with_notice", "consent_needed"])
def test_a_lapse_without_fault_forfeits_no_share(law: str, exploitation: str) -> None:
    text = text_of(_data("swiss", law, research__joint_exploitation=exploitation))
    keeps = line_with(text, "The lapse of the Option forfeits neither Party's share of the Joint Results")
    assert "each Party keeps its share, which remains governed by clause" in keeps
    assert "Lacustra loses only the exclusivity that the Option would have given it" in keeps
    # No automatic assignment on lapse any more.
    assert "within thirty (30) days after the lapse, assign" not in text
    # The share is claimed only for the holder's breach, as a remedy the grantor elects.
    remedy = line_with(text, "Where the Option lapses because this Agreement is terminated under clause")
    assert "for the material breach of Lacustra, Fermvita may, as a remedy for that breach" in remedy
    assert "by notice given within ninety (90) days after the termination, to assign to Fermvita" in remedy
    assert "to use those results for its own research" in remedy
    # The clauses that refer to the assignment say the same.
    joint = line_with(text, "Joint Results are owned in equal undivided")
    assert "where the Option lapses on a termination for the material breach of Lacustra" in joint
    exit_ = line_with(text, "each Party keeps its share of the Joint Results")
    assert "its share may be claimed as provided in clause" in exit_
    assert "the share of Lacustra passes" not in text
    # A lapsed holder that still owns a share is not barred from every filing.
    assert "shall make no filing for Licensed Products" not in text


def test_results_owned_apart_are_free_of_the_option_on_lapse() -> None:
    text = flat_text(_data("example", "ch"))
    assert "is free to develop and exploit the Programme Results it owns" in text
    assert "forfeits no" not in text
    assert "may, as a remedy for that breach" not in text


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("name", NAMES)
def test_licence_milestones_are_achieved_by_or_for_the_licensee(name: str, law: str) -> None:
    text = text_of(_data(name, law))
    holder, grantor = ("Alpenrose", "Myceliq") if name == "example" else ("Lacustra", "Fermvita")
    event = "the first commercial sale of a Licensed Product" if name == "example" else "authorises the first Licensed"
    item = line_with(text, event)
    assert f"where that event is achieved by or for {holder}, its Affiliates or its sublicensees)" in item
    rule = line_with(text, "Each milestone that concerns a Licensed Product")
    assert f"achieved by or for {holder}, its Affiliates or its sublicensees in exercising the Licence" in rule
    assert f"never by an act of {grantor} or of a third party" in rule
    assert "it cannot be reached before the Licence Date" in rule
    assert f"{holder} shall notify the payee of each such event" in rule
    # Research milestones the grantor reaches are not tied to the licensee.
    research = line_with(text, "Strain milestone" if name == "swiss" else "Proof of concept")
    assert "achieved by or for" not in research
    due = line_with(text, "A milestone is reached when the event it describes occurs")
    assert "or that is achieved for it or by its Affiliates or sublicensees" in due


def test_without_an_option_milestones_name_no_licensee() -> None:
    text = flat_text(_data("swiss", "ch", research__option=None))
    assert "Each milestone that concerns a Licensed Product" not in text
    assert "its Affiliates or its sublicensees)" not in text


@pytest.mark.parametrize("example", ["licensing_milestones", "licensing"])
def test_other_types_milestones_are_unchanged(example: str) -> None:
    text = flat_text(example_data(example))
    assert "where that event is achieved by or for" not in text
    assert "Each milestone that concerns a Licensed Product" not in text


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("name", NAMES)
def test_background_is_held_still_for_the_programme_and_the_option(name: str, law: str) -> None:
    text = text_of(_data(name, law))
    grantor = "Myceliq" if name == "example" else "Fermvita"
    holder = "Alpenrose" if name == "example" else "Lacustra"
    stand = line_starting(text, "Standstill on Background IP.")
    assert "until the later of the end of the Research Term and the exercise or lapse of the Option" in stand
    assert (
        "neither Party shall withdraw from the Programme, abandon or allow to lapse, assign, charge or otherwise"
        in stand
    )
    assert "grant any third party an exclusive licence of or any other right in" in stand
    assert f"in the case of {grantor}, that falls within the Option" in stand
    assert "only to a person that first undertakes in writing" in stand
    assert "Neither Party shall assert any of its Background IP against the other Party" in text
    assert f"against {holder}'s sublicensees" in text


def test_without_an_option_the_standstill_runs_for_the_research_term() -> None:
    text = text_of(_data("swiss", "ch", research__option=None))
    stand = line_starting(text, "Standstill on Background IP.")
    assert "until the end of the Research Term, neither Party shall" in stand
    assert "Option" not in stand


@pytest.mark.parametrize(("name", "ownership"), [("swiss", "joint"), ("swiss", "creator"), ("example", "by_field")])
def test_background_improvements_stay_with_the_background_owner(name: str, ownership: str) -> None:
    text = line_starting(text_of(_data(name, "ch", research__ownership=ownership)), "Background Improvements.")
    assert "of general application to it rather than specific to the Purpose or to Licensed Products" in text
    assert "Background Improvement" in text
    assert "belongs to the Party that owns that Background IP, whichever Party generates it, notwithstanding" in text
    assert "shall assign to it, without further payment, all its rights in it" in text
    treated = line_starting(text_of(_data(name, "ch", research__ownership=ownership)), "A Background Improvement is")
    assert "the Option and the Licence to the extent it is needed to use the Programme Results" in treated
    assert "including every result specific to the Purpose, is a Programme Result" in treated


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("name", NAMES)
def test_product_cover_is_customary_not_the_cap(name: str, law: str) -> None:
    data = _data(name, law)
    text = text_of(data)
    cover = line_with(text, "product liability insurance")
    cap = data["boilerplate"]["liability_cap"]["amount"]["amount"]
    assert f"{int(float(cap)):,}" not in cover
    assert "with limits, deductibles and terms that a prudent company selling products of that kind" in cover
    assert "the insurance does not limit its liability" in cover
    assert "[" not in cover


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("name", NAMES)
def test_the_licensee_reviews_publications_after_the_licence_date(name: str, law: str) -> None:
    data = _data(name, law, research__publication__mode="review")
    text = text_of(data)
    holder = "Alpenrose" if name == "example" else "Lacustra"
    days = data["research"]["publication"]["delay_days"]
    licence = line_with(text, "where, from the Licence Date, the publication would disclose know-how, data")
    assert "that information shall be removed before publication" in licence
    assert "not yet the subject of a patent application" in licence
    assert f"({days}) days from the objection" in licence
    rule = line_with(text, "This clause applies after the end of the Research Term as before it")
    assert "from the Licence Date, for as long as the Licence is in force, with the same review period" in rule
    assert f"so that {holder} may object on the grounds above" in rule


def test_publication_by_consent_also_continues_for_the_licence() -> None:
    text = text_of(_data("swiss", "ch", research__publication__mode="consent"))
    rule = line_with(text, "This clause applies after the end of the Research Term as before it")
    assert "without the consent of Lacustra" in rule


def test_without_an_option_publication_names_no_licence() -> None:
    text = flat_text(_data("swiss", "ch", research__option=None, research__publication__mode="review"))
    assert "from the Licence Date" not in text
    assert "This clause applies after the end of the Research Term as before it" not in text
