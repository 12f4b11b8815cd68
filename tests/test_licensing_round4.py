"""A technology licence as a New York licensing partner reads it (round 4), checked over every
licensing example and scenario under several governing laws: the exclusivity the licensee
pays for is warranted, covenanted and remedied as one undertaking, and the royalties the
licensor recovers when it ends the licence for the licensee's breach are measured."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.drafts import example_text, flat_text, variant
from tests.licence_sources import CASES
from tests.licence_sources import draft_data as _data
from tests.licence_sources import draft_text as _draft


def _id(case: tuple[Path, str | None]) -> str:
    return f"{case[0].stem}-{case[1] or 'own'}"


# 1. The exclusivity: warranty, covenant and remedy.


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_the_exclusivity_undertakings_reach_the_grant_and_escape_the_exclusion_of_lost_profits(
    case: tuple[Path, str | None],
) -> None:
    draft = _draft(_data(*case))
    grant = draft.label("licence.grant")
    warranties = draft.text("licence.warranties")
    assert "or any other right inconsistent with the exclusive licen" in warranties
    assert f"in {grant} (that covenant and the warranty above that no such right has been granted" in warranties
    assert "may recover as damages its lost profits on the sales of Licensed Products lost to" in warranties
    assert "no Minimum Royalty is due for any Contract Year, or part of a Contract Year, during which" in warranties
    assert f"material breach for the purposes of {draft.label('termination.for_cause')}" in warranties
    excluded = draft.text("liability.excluded_losses")
    assert f"or the Exclusivity Undertakings in {draft.label('licence.warranties')}." in excluded


def test_a_non_exclusive_licence_has_no_exclusivity_undertakings() -> None:
    text = flat_text(variant("licensing", ip__licence_grant__exclusive=False))
    assert "Exclusivity Undertakings" not in text
    assert "has not granted to any third party any right under the Licensed Technology that conflicts" in text


# 2. The royalties lost on termination for the licensee's breach are measured.


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_the_lost_royalties_are_measured_not_open_ended(case: tuple[Path, str | None]) -> None:
    data = _data(*case)
    draft = _draft(data)
    unlimited = draft.text("liability.unlimited")
    assert "Minimum Royalties" not in unlimited
    assert "in place of any other claim for royalties that would have become payable after termination" in unlimited
    debt = data["sharing"].get("shortfall") in (None, "top_up_payment")
    if debt:
        minimum = draft.label("financial.minimum_guarantee")
        assert f"each Minimum Royalty that would have fallen due under {minimum} for the rest of the" in unlimited
        assert "for each of the two (2) following Contract Years" in unlimited
    else:
        # A shortfall that is no debt cannot be claimed as damages either.
        assert "Minimum Royalty" not in unlimited
        assert "for the twelve (12) months after termination takes effect" in unlimited


def test_without_a_minimum_the_lost_royalties_are_twelve_months_at_the_past_rate() -> None:
    text = flat_text(variant("licensing", sharing__minimum_guarantee=None))
    assert "Minimum Royalt" not in text
    assert "calculated at the average monthly royalties payable for the twelve (12) months before it" in text


def test_other_types_keep_their_limits_of_liability() -> None:
    for name in ("research_collaboration", "distribution", "joint_venture_50_50"):
        text = example_text(name)
        assert "Exclusivity Undertakings" not in text
        assert "in place of any other claim for royalties" not in text


# 3. Improvements: joint improvements and the grant-back's sublicences.


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_joint_improvements_vest_in_the_licensor_and_the_grant_back_is_sublicensed_only_with_the_technology(
    case: tuple[Path, str | None],
) -> None:
    draft = _draft(_data(*case))
    improvements = draft.text("licence.improvements")
    licensor = draft.text("licence.grant").split(" grants to ")[0].split()[-1]
    assert "Each Improvement made jointly by or on behalf of both Parties during the Term" in improvements
    assert f"belongs to {licensor}, forms part of the Licensed Technology in the same way" in improvements
    assert f"hereby assigns to {licensor} all its right, title and interest in each Joint Improvement" in improvements
    assert f"{licensor} may grant sublicen" in improvements
    assert "only to its Affiliates and to its other licensees of the Licensed Technology" in improvements
    assert "only together with a licen" in improvements
    assert "make, have made, use, sell, offer for sale, import and otherwise exploit it outside" in improvements
    ownership = draft.text("ip.background")
    assert "Nothing in this Agreement creates joint ownership" in ownership
    assert f"the assignment of Joint Improvements under {draft.label('licence.improvements')}" in ownership


# 4. Technical assistance and insurance are stated, never left open.


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_the_technical_assistance_has_its_terms_and_the_product_cover_its_measure(
    case: tuple[Path, str | None],
) -> None:
    data = _data(*case)
    draft = _draft(data)
    delivery = draft.text("licence.transfer")
    assert "twenty (20) days of technical assistance" in delivery
    assert "at its own premises or by video conference" in delivery
    assert "travel and accommodation expenses of personnel who attend at its premises" in delivery
    assert "is charged at the daily rates that" in delivery
    if data["boilerplate"].get("insurance") is None:
        indemnity = draft.text("liability.indemnity")
        assert (
            "product liability insurance in amounts customary for a licensee of its size in its industry" in indemnity
        )


def test_without_an_answer_the_assistance_is_ten_days() -> None:
    text = flat_text(variant("licensing", scope__obligations=[]))
    assert "ten (10) days of technical assistance in understanding and applying them" in text
    assert "reasonable technical assistance" not in text


def test_an_answered_insurance_amount_is_the_licensees_product_cover() -> None:
    text = flat_text(variant("licensing", boilerplate__insurance={"amount": "5000000.00", "currency": "EUR"}))
    assert (
        "product liability insurance covering the Licensed Products, with a limit of not less than EUR 5,000,000"
        in text
    )
    assert "in amounts customary for a licensee" not in text


# 6. What survives: the whole royalty machinery, with the sell-off, confidence and indemnities.


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_the_royalty_machinery_survives_with_the_sell_off_confidence_and_indemnities(
    case: tuple[Path, str | None],
) -> None:
    draft = _draft(_data(*case))
    # The whole Fees and Royalties article: accrued royalties, the last Contract Year's
    # minimum, reports, payment, interest, withholding, records and the audit of the tail.
    for target in ("financial", "confidentiality", "effects", "liability", "licence.improvements"):
        assert draft.refers("effects.survival", target), target
    for clause in ("financial.records", "financial.audit", "financial.payment"):
        assert not draft.refers("effects.survival", clause), clause


# 7. US idiom in the licence's own clauses under a US law.

# (Not "licence": a payment the user named "Upfront licence fee" keeps its own words.)
BRITISH = ("in respect of", "whilst", "forthwith", "hereunder", "procure", "per cent")


@pytest.mark.parametrize("law", ["us_ny", "us_de", "us_ca"])
def test_the_licence_clauses_read_in_us_idiom_under_a_us_law(law: str) -> None:
    for source in {path for path, _ in CASES}:
        draft = _draft(_data(source, law))
        for clause_id in (*draft.ids("licence."), *draft.ids("financial.")):
            text = draft.text(clause_id)
            assert not [word for word in BRITISH if word in text.lower()], (source.stem, clause_id)


# 8. Late notice of a claim costs the indemnity only the prejudice it causes.


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_late_notice_relieves_the_indemnifier_only_as_far_as_it_is_prejudiced(case: tuple[Path, str | None]) -> None:
    draft = _draft(_data(*case))
    procedure = draft.text("liability.indemnity_procedure")
    assert "A failure or delay in notifying the Indemnifying Party of a claim as this " in procedure
    assert (
        f"of its obligations under {draft.label('liability.indemnity')}, except to the extent that it is" in procedure
    )
    assert "materially prejudiced by that failure or delay" in procedure


def test_other_types_keep_their_conduct_of_claims() -> None:
    for name in ("distribution", "research_collaboration", "supplier_alliance"):
        assert "materially prejudiced by that failure or delay" not in example_text(name)
