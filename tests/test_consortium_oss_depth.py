"""Consortium and open-source charter depth (the third panels): each defect is a class,
proved on the rendered text of every consortium and open-source example under the laws it
concerns.

Consortium: the Consortium Plan is a defined term; access rights to software have their
own sub-clause; the Coordinator transfers the grant without undue delay and may withhold a
Defaulting Member's share; Background is an exhaustive schedule each Member completes;
the relationship clause and a change-of-circumstances clause speak the governing law's
terms (profile data: Belgian maatschap and Article 5.74, German GbR and section 313...).

Open source: staff a Member places with the host stay its employees (with the labour-hire
note of the governing law's profile), the fees are the host's funding with no refund, and
an accession updates the members' schedule and carries the members' warranties."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from drafting.docx_writer.package import docx_bytes
from drafting.engine import assemble_agreement
from drafting.law.profiles import profile
from drafting.terms import SCHEMA_VERSION, AgreementTerms
from drafting.terms.migrations import STEPS, upgrade_terms
from drafting.validation import parse_terms
from tests.docx_helpers import open_docx, operative_lines
from tests.precedent_helpers import example_terms
from ui.widgets import PartyCombo
from ui.wizard.ip import IpPage

EXAMPLES = sorted(Path("examples").glob("*.json"))
CONSORTIA = [p for p in EXAMPLES if '"model": "consortium"' in p.read_text(encoding="utf-8")]
CHARTERS = [p for p in EXAMPLES if '"model": "open_source"' in p.read_text(encoding="utf-8")]
#: The laws whose profile names the partnership a consortium could be taken for.
PARTNERSHIP = {
    "be": "Articles 4:1 et seq. of the Code of Companies and Associations",
    "de": "sections 705 et seq. of the German Civil Code (BGB)",
    "nl": "Article 7A:1655 of the Dutch Civil Code",
    "ch": "Article 530 of the Code of Obligations",
    "ew": "section 1 of the Partnership Act 1890",
}
#: The laws whose profile states a statutory hardship remedy (legal-systems.md).
HARDSHIP = {
    "be": "Article 5.74 of the Civil Code",
    "fr": "Article 1195 of the French Civil Code",
    "nl": "Article 6:258 of the Dutch Civil Code",
    "de": "section 313 of the German Civil Code (BGB)",
}
LABOUR_HIRE = {
    "nl": "Wet allocatie arbeidskrachten door intermediairs, Waadi",
    "de": "Arbeitnehmerüberlassungsgesetz, AÜG",
}


def _terms(name: str, law: str | None = None, **open_source: Any) -> AgreementTerms:
    data = example_terms(name).model_dump(mode="json")
    if law is not None:
        data["governing_law"] = {"profile": law, "other": ""}
        if law.startswith("us_"):
            data["disputes"]["arbitration"]["seat"] = "New York"
    for key, value in open_source.items():
        data["open_source"][key] = value
    return AgreementTerms.model_validate(data)


def _text(terms: AgreementTerms) -> str:
    return " ".join(operative_lines(open_docx(docx_bytes(assemble_agreement(terms)))))


@functools.cache
def _consortium(law: str) -> str:
    return _text(_terms("consortium_five_party", law))


@functools.cache
def _charter(law: str) -> str:
    return _text(_terms("open_source_community", law))


def _clause(text: str, heading: str, length: int = 1600) -> str:
    start = text.index(heading + ". ")
    return text[start : start + length]


def _notes(terms: AgreementTerms) -> dict[str, str]:
    document = assemble_agreement(terms)
    return {clause.id: clause.note.text for clause in document.iter_clauses() if clause.note}


def test_the_examples_are_found() -> None:
    assert CONSORTIA and CHARTERS


# --- consortium -----------------------------------------------------------------------
@pytest.mark.parametrize("path", CONSORTIA, ids=lambda p: p.stem)
def test_the_consortium_plan_is_defined_and_used(path: Path) -> None:
    text = _text(parse_terms(path.read_text(encoding="utf-8")))
    assert (
        "“Consortium Plan” means the description of the action set out in Annex 1 (Description of the action)" in text
    )
    assert "as approved, and updated from time to time, by the General Assembly" in text
    assert "described for it in the Consortium Plan" in text
    # A user's loose "consortium plan" is read as the defined term, never left lower-case.
    assert not re.search(r"[Cc]onsortium plan\b", text)
    assert "changes to the Consortium Plan that alter a Member's estimated costs" in text


def test_without_a_grant_the_consortium_plan_is_the_members_own() -> None:
    data = example_terms("consortium_five_party").model_dump(mode="json")
    data["consortium"]["grant"] = None
    text = _text(AgreementTerms.model_validate(data))
    assert "“Consortium Plan” means the plan of the Project (the tasks, deliverables and timetable" in text
    assert "Annex 1" not in text and "Grant Agreement" not in text


@pytest.mark.parametrize("path", CONSORTIA, ids=lambda p: p.stem)
def test_software_has_its_own_access_rights(path: Path) -> None:
    text = _text(parse_terms(path.read_text(encoding="utf-8")))
    clause = _clause(text, "Access rights to software", 2400)
    assert "in object code and, where the source code is Needed" in clause
    assert "to distribute the software in object code to the requesting Member's customers and end users" in clause
    assert "open-source licence" in clause and "copyleft" in clause
    # It survives with the access rights: the survival list names it (its number follows them).
    document = assemble_agreement(parse_terms(path.read_text(encoding="utf-8")))
    ids = [clause.id for clause in document.iter_clauses()]
    position = ids.index("ip.software_access") - ids.index("ip.background") + 1
    article = re.search(r"clause (\d+)\.1, clause \1\.2", _clause(text, "Survival", 700))
    assert article is not None and f"clause {article.group(1)}.{position}," in _clause(text, "Survival", 700)


@pytest.mark.parametrize("path", CONSORTIA, ids=lambda p: p.stem)
def test_the_coordinator_transfers_without_undue_delay_and_may_withhold_a_defaulters_share(path: Path) -> None:
    clause = _clause(_text(parse_terms(path.read_text(encoding="utf-8"))), "Coordinator", 2600)
    assert "including the pre-financing and every interim payment" in clause
    assert "without undue delay, and in any event within" in clause
    assert "may withhold from a Defaulting Member its share of the pre-financing and of any interim payment" in clause
    assert "until its default has been cured" in clause


@pytest.mark.parametrize("path", CONSORTIA, ids=lambda p: p.stem)
def test_background_is_an_exhaustive_schedule_each_member_completes(path: Path) -> None:
    terms = parse_terms(path.read_text(encoding="utf-8"))
    text = _text(terms)
    assert "all Intellectual Property Rights owned or controlled by a Member" not in text
    assert "no other Intellectual Property Right of a Member is Background IP" in text
    assert "which consists only of the items listed against its name in Schedule" in text
    assert "may remove or limit an item only with the consent of all the other Members" in text
    document = assemble_agreement(terms)
    schedule = next(s for s in document.schedules if s.id == "schedule.background_ip")
    rows = [row for block in schedule.blocks if hasattr(block, "rows") for row in block.rows]
    owners = {row[0] for row in rows}
    assert owners == {party.short_name for party in terms.parties}  # every Member has its rows
    intro = " ".join(str(getattr(run, "text", "")) for run in schedule.blocks[0].content)
    assert "is excluded from its Background IP, and no access right may be requested to it" in intro


def test_a_member_that_lists_nothing_says_so() -> None:
    data = example_terms("consortium_five_party").model_dump(mode="json")
    data["ip"]["background_schedule"] = [a for a in data["ip"]["background_schedule"] if a["party"] != "Noordzee"]
    document = assemble_agreement(AgreementTerms.model_validate(data))
    schedule = next(s for s in document.schedules if s.id == "schedule.background_ip")
    rows = [row for block in schedule.blocks if hasattr(block, "rows") for row in block.rows]
    # The columns no row fills (exclusions or limits) are left out of the schedule.
    assert ("Noordzee", "Nothing listed: this Member brings no Background IP", "\u2014") in rows


@pytest.mark.parametrize("law", sorted({"be", "de", "nl", "ch", "ew", "fr", "us_ny"}))
def test_the_consortium_is_no_partnership_in_the_laws_own_terms(law: str) -> None:
    clause = _clause(_consortium(law), "Relationship of the Parties", 1800)
    assert "creates a partnership, a joint venture or any other legal entity" in clause
    if law in PARTNERSHIP:
        assert PARTNERSHIP[law] in clause
    if law == "be":
        assert "(maatschap / société simple)" in clause
        assert "tijdelijke of stille maatschap / société momentanée ou interne" in clause
        assert "Article 1:1 of that Code" in clause
    if law == "de":
        assert "Innengesellschaft" in clause


@pytest.mark.parametrize("law", sorted({"be", "de", "nl", "fr", "ch", "ew", "us_ny"}))
def test_a_change_of_circumstances_is_renegotiated_before_the_statutory_remedy(law: str) -> None:
    text = _consortium(law)
    assert bool(profile(law).clause("hardship")) is (law in HARDSHIP)
    if law not in HARDSHIP:
        assert "Change of circumstances. " not in text  # no statutory remedy to organise
        return
    clause = _clause(text, "Change of circumstances", 1900)
    assert (
        "may ask the General Assembly to reallocate its tasks or to change the Consortium Plan or the Budget" in clause
    )
    assert "shall renegotiate in good faith" in clause
    assert HARDSHIP[law] in clause
    # The statutory remedy opens only after a failed renegotiation, before the chosen forum.
    assert "If the renegotiation has not led to an agreement within three (3) months after the request" in clause


@pytest.mark.parametrize("path", CONSORTIA + CHARTERS, ids=lambda p: p.stem)
def test_notes_stay_within_five_to_fifteen(path: Path) -> None:
    notes = _notes(parse_terms(path.read_text(encoding="utf-8")))
    assert 5 <= len(notes) <= 15


# --- open source ----------------------------------------------------------------------
@pytest.mark.parametrize("law", ["nl", "de", "ew", "us_ny"])
def test_placed_personnel_stay_the_members_employees(law: str) -> None:
    clause = _clause(_charter(law), "Personnel made available to the Project", 2000)
    assert "remains employed by that Member or its Affiliate alone" in clause
    assert "no contract of employment, and no other relationship of employment, arises" in clause
    assert "does not direct or supervise them as an employer" in clause
    assert "does not pass to a replacement" in clause
    assert "rules on it that apply to them" in clause
    notes = _notes(_terms("open_source_community", law))
    note = notes.get("membership.personnel", "")
    if law in LABOUR_HIRE:
        assert LABOUR_HIRE[law] in note
    for other, marker in LABOUR_HIRE.items():
        if other != law:
            assert marker not in note


def test_a_two_party_membership_names_no_other_party_as_employer() -> None:
    data = example_terms("open_source_community").model_dump(mode="json")
    keep = {"OpenGrid Foundation", "Energiequelle"}
    data["parties"] = [p for p in data["parties"] if p["short_name"] in keep]
    text = _text(AgreementTerms.model_validate(_only(data, keep)))
    clause = _clause(text, "Personnel made available to the Project", 800)
    assert "or any other Party" not in clause


def _only(data: dict[str, Any], keep: set[str]) -> dict[str, Any]:
    """The example cut down to the parties kept (every row naming another party goes)."""

    def prune(value: Any) -> Any:
        if isinstance(value, list):
            kept = []
            for item in value:
                if isinstance(item, dict):
                    named = {item.get(k) for k in ("party", "owner", "licensor") if isinstance(item.get(k), str)}
                    if named and not named & keep:
                        continue
                kept.append(prune(item))
            return kept
        if isinstance(value, dict):
            return {key: prune(item) for key, item in value.items()}
        return value

    pruned: dict[str, Any] = prune(data)
    return pruned


def test_the_fees_are_the_hosts_funding_with_no_refund() -> None:
    tiers = [{"name": "Premier", "annual_fee": {"amount": "50000", "currency": "EUR"}, "board_seats": 1}]
    members = [{"party": name, "tier": "Premier"} for name in ("Energiequelle", "Lionsgate", "Cascade")]
    text = _text(_terms("open_source_community", None, tiers=tiers, members=members))
    clause = _clause(text, "The host", 3200)
    assert "The membership fees are the funding of OpenGrid Foundation for the Project" in clause
    assert (
        "shall spend them only on the Project, within the budget of the Project approved by the Governing Board"
        in clause
    )
    assert "is not entitled to the refund of any fee paid" in clause
    assert "unless this Agreement expressly provides otherwise" in clause
    # Stated once: the tiers clause points to the host clause instead of repeating it.
    tiers_clause = _clause(text, "Membership tiers and fees", 700)
    assert "not refundable" not in tiers_clause and "that none is refunded, is stated in" in tiers_clause
    # Without fees the host meets its own costs, and no funding paragraph is drafted.
    assert "funding of OpenGrid Foundation" not in _charter("nl")


@pytest.mark.parametrize("law", ["nl", "ew", "us_ny"])
def test_accession_updates_the_members_schedule_and_carries_the_warranties(law: str) -> None:
    text = _charter(law)
    clause = _clause(text, "Admission of new Members", 3600)
    assert re.search(r"gives, as at the date of its accession, the warranties in (clause|Section) 11\.1", clause)
    assert re.search(r"shall add the new Member, with the representative it appoints, to Schedule 1", clause)
    assert "that update is not a variation of this Agreement either" in clause
    form = text[text.index("This Accession Agreement is made on") :]
    assert re.search(
        r"2\. The New Member gives to each other party to the Principal Agreement "
        r"the warranties in (clause|Section) 11\.1",
        form,
    )
    assert "4. This Accession Agreement is governed by the law that governs the Principal Agreement" in form


# --- the terms model: version 7 (a Background item's exclusions or limits) ------------------
def test_a_schema_6_consortium_migrates_and_renders_unchanged() -> None:
    current = json.loads(Path("examples/consortium_five_party.json").read_text(encoding="utf-8"))
    old = {**current, "schema_version": 6}
    upgraded = upgrade_terms(old)
    assert upgraded["schema_version"] == SCHEMA_VERSION >= 7 and STEPS[6].__name__ == "_v6_consortium_depth"
    terms = parse_terms(json.dumps(old))
    fresh = AgreementTerms.model_validate({**current, "schema_version": SCHEMA_VERSION})
    assert terms == fresh
    migrated, rendered = assemble_agreement(terms), assemble_agreement(fresh)
    assert (migrated.articles, migrated.schedules) == (rendered.articles, rendered.schedules)
    # Nothing new is written back for a draft that states no exclusion.
    assert all("limitations" not in item for item in json.loads(terms.to_json())["ip"]["background_schedule"])


def test_an_items_exclusions_or_limits_reach_the_schedule_and_the_saved_file() -> None:
    data = example_terms("consortium_five_party").model_dump(mode="json")
    data["ip"]["background_schedule"][0]["limitations"] = "Not for exploitation outside water electrolysis"
    terms = AgreementTerms.model_validate(data)
    assert json.loads(terms.to_json())["ip"]["background_schedule"][0]["limitations"].startswith("Not for")
    document = assemble_agreement(terms)
    schedule = next(s for s in document.schedules if s.id == "schedule.background_ip")
    table = next(block for block in schedule.blocks if hasattr(block, "rows"))
    assert table.columns[-1] == "Exclusions or limits"
    assert table.rows[0][-1] == "Not for exploitation outside water electrolysis"
    assert "within any exclusion or limit stated there" in _text(terms)
    # Another type shows the column only where an owner states a limit.
    licence = example_terms("research_collaboration").model_dump(mode="json")
    plain = assemble_agreement(AgreementTerms.model_validate(licence))
    tables = [b for s in plain.schedules if s.id == "schedule.background_ip" for b in s.blocks if hasattr(b, "rows")]
    assert all("Exclusions or limits" not in t.columns for t in tables)


def test_the_wizard_edits_an_items_exclusions_or_limits(qtbot: Any) -> None:
    page = IpPage()
    qtbot.addWidget(page)
    page.load(example_terms("consortium_five_party"))
    assert page.schedule.columns[-1] == "Exclusions or limits"
    qtbot.mouseClick(page.schedule.add_button, Qt.MouseButton.LeftButton)
    owner, asset, _, limits = page.schedule.rows[-1]
    assert isinstance(owner, PartyCombo) and isinstance(asset, QLineEdit) and isinstance(limits, QLineEdit)
    owner.setCurrentIndex(1)
    qtbot.keyClicks(limits, "not for medical devices")
    assert "say what the asset is" in page.problems()["schedule"]
    qtbot.keyClicks(asset, "the stack model")
    assert page.problems() == {}
    item = page.read()["ip"].background_schedule[-1]
    assert item.asset == "the stack model" and item.limitations == "not for medical devices"
