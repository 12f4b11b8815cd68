"""Round four, open-source charter: the Project Marks are held for the Project and never a
party's Background IP, and a charter with no fees excludes liability between the parties
instead of copying a commercial cap and indemnity."""

from __future__ import annotations

from typing import Any

import pytest

from drafting.engine.schedules import project_marks, retained_background
from tests.drafts import document_of, flat_text, line_starting, line_with, text_of, variant, variant_data

OSS = "open_source_community"
LAWS = ["nl", "ew", "de", "us_ny"]


def _with_member_background(data: dict[str, Any]) -> None:
    data["ip"]["background_schedule"].append(
        {"party": "Lionsgate", "asset": "GridSense analytics engine", "registration_number": ""}
    )


def _schedule_text(data: dict[str, Any], schedule_id: str) -> str:
    document = document_of(data)
    found = [schedule for schedule in document.schedules if schedule.id == schedule_id]
    return repr(found[0]) if found else ""


# --- 1. The Project Marks are not Background IP -------------------------------------------------


def test_the_registered_marks_of_the_holder_are_the_project_marks_and_not_background() -> None:
    terms = variant(OSS, change=_with_member_background)
    assert [mark.asset for mark in project_marks(terms)] == ["OPENGRID word mark"]
    assert [asset.asset for asset in retained_background(terms)] == ["GridSense analytics engine"]


@pytest.mark.parametrize("law", LAWS)
def test_the_background_schedule_never_lists_the_marks_that_clause_3_5_names(law: str) -> None:
    data = variant_data(OSS, law=law, change=_with_member_background)
    schedule = _schedule_text(data, "schedule.background_ip")
    assert "GridSense analytics engine" in schedule
    assert "OPENGRID" not in schedule
    text = text_of(data)
    # The marks clause names the registration; the Background clause says the marks move.
    assert "OPENGRID word mark (EUTM 018765432)" in line_with(text, "Project Marks”)")
    background = line_starting(text, "Background IP. ")
    assert "The Project Marks are not Background IP of any Party" in background
    assert "pass to a successor host" in background


def test_without_other_background_the_schedule_is_left_out_and_clause_6_1_says_so() -> None:
    data = variant_data(OSS)
    assert _schedule_text(data, "schedule.background_ip") == ""
    assert "Schedule" not in line_starting(text_of(data), "Background IP. ")


def test_a_member_holding_the_marks_without_a_host_keeps_them_out_of_its_background() -> None:
    def member_holds(data: dict[str, Any]) -> None:
        data["open_source"]["host"] = None
        data["open_source"]["trademark_holder"] = "Energiequelle"
        data["ip"]["background_schedule"][1]["party"] = "Energiequelle"
        _with_member_background(data)

    data = variant_data(OSS, change=member_holds)
    assert "OPENGRID" not in _schedule_text(data, "schedule.background_ip")
    assert "OPENGRID word mark (EUTM 018765432)" in line_with(text_of(data), "The name of the Project and its logos")


# --- 2. A no-fee charter excludes liability -----------------------------------------------------


@pytest.mark.parametrize("law", LAWS)
def test_a_charter_without_fees_has_a_mutual_exclusion_and_no_cap_or_indemnity(law: str) -> None:
    # Without a fixed cap chosen (round 7: a chosen cap is drafted as chosen).
    text = text_of(variant(OSS, law=law, boilerplate__liability_cap__kind="fees_last_12_months"))
    exclusion = line_starting(text, "Exclusion of liability.")
    assert "at its own risk" in exclusion
    assert "for any loss or damage arising under or in connection with this Agreement or the Project" in exclusion
    for commercial in ("Limitation of liability.", "Indemnity.", "Conduct of claims.", "Excluded losses."):
        assert not any(line.startswith(commercial) for line in text.splitlines()), commercial
    assert "EUR 50,000" not in text
    # What the law does not let a party exclude stays outside the exclusion.
    assert line_starting(text, "Liability that is not excluded or limited.")


def test_under_dutch_law_intent_and_deliberate_recklessness_stay_outside_the_exclusion() -> None:
    text = flat_text(variant(OSS, law="nl", boilerplate__liability_cap__kind="fees_last_12_months"))
    assert "for intent or deliberate recklessness (opzet of bewuste roekeloosheid) of the party concerned" in text


def _tiers(*tiers: dict[str, Any]) -> Any:
    def change(data: dict[str, Any]) -> None:
        data["open_source"]["tiers"] = list(tiers)
        data["open_source"]["members"] = [
            {"party": party, "tier": tiers[0]["name"]} for party in ("Energiequelle", "Lionsgate", "Cascade")
        ]

    return change


def test_a_charter_with_fee_paying_tiers_keeps_the_cap_and_free_tiers_do_not() -> None:
    premier = {"name": "Premier", "annual_fee": {"amount": "50000", "currency": "EUR"}, "board_seats": 1}
    paid = text_of(variant(OSS, change=_tiers(premier)))
    assert "Exclusion of liability." not in paid
    assert line_starting(paid, "Limitation of liability.")
    free = text_of(variant(OSS, change=_tiers({"name": "Member"}), boilerplate__liability_cap__kind="none"))
    assert line_starting(free, "Exclusion of liability.")
    assert "Limitation of liability." not in free


# --- 3. Third-party code only under an allow-list -----------------------------------------------


@pytest.mark.parametrize(
    ("licence", "listed", "not_listed"),
    [
        ("Apache-2.0", "MIT, BSD-2-Clause, BSD-3-Clause, ISC and Apache-2.0", ""),
        ("GPL-2.0-only", "MIT, BSD-2-Clause, BSD-3-Clause, ISC, LGPL-2.1-or-later and GPL-2.0-or-later", "Apache-2.0"),
        ("MPL-2.0", "ISC, Apache-2.0 and MPL-2.0", "GPL"),
    ],
)
def test_third_party_code_comes_in_only_under_an_allow_list_with_notice(
    licence: str, listed: str, not_listed: str
) -> None:
    text = flat_text(variant(OSS, open_source__licence=licence))
    start = text.index("Third-party code. ")
    clause = text[start : text.index("brought into line with it without delay.", start)]
    assert "a licence approved by the Open Source Initiative that is compatible with the Project Licence" in clause
    assert f"{listed};" in clause and "the licences identified by the SPDX identifiers MIT" in clause
    if not_listed:
        assert not_listed not in clause.split("SPDX identifiers", 1)[1].split(";", 1)[0]
    assert "gives notice of the Third-Party Code to the Technical Steering Committee" in clause
    assert "only after the Technical Steering Committee has approved that licence" in clause
    # The intellectual property policy keeps the list.
    assert "including the list of Allowed Licences under clause 3.5" in text


def test_a_licence_without_a_known_list_leaves_the_list_to_the_policy() -> None:
    text = flat_text(variant(OSS, open_source__licence="EUPL-1.2"))
    clause = text[text.index("Third-party code. ") :][:900]
    assert "listed as such in the intellectual property policy (an “Allowed Licence”);" in clause
    assert "SPDX identifiers" not in clause
