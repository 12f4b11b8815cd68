"""Irish co-marketing points the panel raised: the reverse charge only between parties of
different countries; the Irish "Insolvency Event" includes a process adviser under the
small company rescue process (Part 10A of the Companies Act 2014); and a chief executive's
signature is not reported as lacking authority under Irish law."""

from __future__ import annotations

from drafting.review.engine import review
from tests.drafts import flat_text, scenario_data, terms_of, variant


def test_reverse_charge_only_between_parties_of_different_countries() -> None:
    reverse = "established in another country and the reverse-charge rules apply"
    assert reverse not in flat_text(terms_of(scenario_data("ie_co_marketing")))
    # The example's Dutch and Singapore parties keep it.
    assert reverse in flat_text(variant("co_marketing"))


def test_the_irish_insolvency_event_names_the_process_adviser() -> None:
    text = flat_text(terms_of(scenario_data("ie_co_marketing")))
    assert "examiner, process adviser (under Part 10A of the Companies Act 2014), receiver" in text


def _signatory_notes(data: dict[str, object]) -> list[str]:
    return [f.message for f in review(terms_of(data)) if "signs through" in f.message]


def test_an_irish_chief_executive_signs_without_a_note() -> None:
    assert not _signatory_notes(scenario_data("ie_co_marketing"))


def test_another_irish_title_is_still_checked_with_section_40_in_view() -> None:
    data = scenario_data("ie_co_marketing")
    data["parties"][1]["signatory"]["title"] = "Head of Marketing"  # type: ignore[index]
    found = _signatory_notes(data)
    assert len(found) == 1
    assert "section 39 of the Companies Act 2014" in found[0] and "(section 40)" in found[0]
