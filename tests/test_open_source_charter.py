"""Open-source charter with a host (precedent 9): the foundation, association or stichting
that hosts the project is a party but never a "Member"; members are admitted by adhering
to the charter and leave or are removed through the host; the policies are incorporated
and change only as the charter says (never the project licence); the host licenses the
project marks to members; and where members sell in the EU the host is the Cyber
Resilience Act's open-source software steward. Checked on the rendered text under Dutch,
English and New York law, on a schema-5 draft after migration, and in the wizard."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from drafting.document import AgreementDocument, inline_text
from drafting.docx_writer.package import docx_bytes
from drafting.engine import assemble_agreement
from drafting.review import review
from drafting.terms import SCHEMA_VERSION, AgreementTerms
from drafting.terms.migrations import upgrade_terms
from drafting.validation import parse_terms
from tests.docx_helpers import open_docx, operative_lines
from tests.precedent_helpers import example_terms
from tests.test_legal_lint import (
    DEBRIS,
    DOUBLED_WORD,
    LAW_SPECIFIC,
    MANY_PARTY_SLIPS,
    PLACEHOLDERS,
    TWO_PARTY_SLIPS,
    _lines,
    _notes,
)

HOST = "OpenGrid Foundation"
MEMBERS = ("Energiequelle", "Lionsgate", "Cascade")
LAWS = {
    "nl": {"profile": "nl", "other": ""},
    "ew": {"profile": "ew", "other": ""},
    "us_ny": {"profile": "us_ny", "other": ""},
}


def _under(law: str, **changes: Any) -> AgreementTerms:
    data = example_terms("open_source_community").model_dump(mode="json")
    data["governing_law"] = LAWS[law]
    if law == "us_ny":
        data["disputes"]["arbitration"]["seat"] = "New York"
    for key, value in changes.items():
        data["open_source"][key] = value
    return AgreementTerms.model_validate(data)


def _text(terms: AgreementTerms) -> str:
    """The agreement's operative text as the Word file has it."""
    return " ".join(operative_lines(open_docx(docx_bytes(assemble_agreement(terms)))))


@pytest.fixture(scope="module", params=sorted(LAWS))
def rendered(request: pytest.FixtureRequest) -> tuple[str, AgreementTerms, str]:
    terms = _under(request.param)
    return request.param, terms, _text(terms)


def test_the_host_is_a_party_and_never_a_member(rendered: tuple[str, AgreementTerms, str]) -> None:
    _, _, text = rendered
    assert f"“Member” means each of {', '.join(MEMBERS[:-1])} and {MEMBERS[-1]} and any person admitted" in text
    assert f"“Party” means {HOST} and each Member" in text
    assert f"{HOST} hosts the Project as a neutral entity. It is a Party but not a Member" in text
    # Nowhere is the host counted among the members, nor does it appoint, vote or withdraw as one.
    for slip in (f"{HOST}, Energiequelle", f"{HOST} (Premier", f"Member {HOST}"):
        assert slip not in text
    assert not re.search(r"each of [^.;]*OpenGrid Foundation[^.;]*“Members”", text)
    assert "Defaulting" not in text  # the equal-footing expulsion clause is not drafted


def test_two_party_wording_holds_in_a_membership_between_the_host_and_one_member() -> None:
    document = assemble_agreement(_two_party())
    assert _lint(document) == []


def test_admission_withdrawal_policies_marks_and_amendment_are_drafted(
    rendered: tuple[str, AgreementTerms, str],
) -> None:
    _, _, text = rendered
    # Admission: application, adherence by a Membership Agreement with the host, fees, no variation.
    assert f"may apply to {HOST} to become a Member" in text
    assert "(an “Accession Agreement”), by which it adheres to this Agreement as a Member" in text
    assert "The admission of a Member is not a variation of this Agreement" in text
    assert "No membership fee is payable under this Agreement" in text
    # Withdrawal by notice to the host; removal by the host on the committee's decision.
    assert f"A Member may withdraw from the Project and end its membership for any reason by giving {HOST}" in text
    assert f"{HOST} may end the membership of a Member by notice to it" in text
    assert "to a successor host" in text
    # Policies incorporated by reference; a policy change never relicenses.
    assert "The Policies bind every Party as rules adopted under this Agreement" in text
    assert "code of conduct" in text and "antitrust policy" in text
    assert "trade mark policy" in text or "trademark policy" in text  # US spelling under New York law
    assert re.search(r"No Policy and no change to a Policy may change the Project Licen[cs]e", text)
    # The charter is amended by its own majority, and the "all signatures" clause says so.
    assert re.search(
        r"Except for an amendment of the Charter made under (clause|Section) 3\.\d+"
        r"( and the adoption or amendment of a Policy under (clause|Section) 3\.\d+)?, no (variation|amendment)",
        text,
    )
    assert re.search(r"No amendment changes the Project Licen[cs]e", text)
    # A member's membership passes only with the host's consent; the host only to a successor host.
    assert re.search(r"No Member may assign, transfer, (charge|pledge) or deal in any other manner", text)
    assert f"without the prior written consent of {HOST}, and {HOST} may do so only in favo" in text
    # The host licenses its marks to each member for the membership; members license their logos back.
    assert f"{HOST} grants each Member, for as long as it is a Member, a non-exclusive" in text
    assert re.search(
        rf"Each Member grants {HOST} a non-exclusive and royalty-free licen[cs]e to use its name and logo", text
    )


def test_the_host_is_the_cyber_resilience_act_steward_where_members_sell_in_the_eu(
    rendered: tuple[str, AgreementTerms, str],
) -> None:
    law, terms, text = rendered
    assert "open-source software steward within the meaning of Regulation (EU) 2024/2847" in text
    assert "cooperate with the market surveillance authorities" in text
    assert "assumes none of the obligations of a manufacturer" in text
    document = assemble_agreement(terms)
    notes = _notes(document)
    assert any("Articles 3(14) and 24" in note and "11 December 2027" in note for note in notes)
    assert not any("(verify)" in note for note in notes)  # the dates were checked; a client reads the notes
    # Without an EU market the security policy stays, the steward's duties go.
    without = _text(_under(law, eu_market=False))
    assert "security policy for the Project" in without
    assert "Cyber Resilience Act" not in without


def _lint(document: AgreementDocument) -> list[str]:
    """The legal lint's checks (tests/test_legal_lint.py) on one document."""
    lines = _lines(document)
    text = "\n".join([*lines, *(inline_text(recital.content) for recital in document.recitals)])
    problems = PLACEHOLDERS.findall(text) + [piece for piece in DEBRIS if piece in text]
    problems += [match.group(0) for line in lines for match in DOUBLED_WORD.finditer(line)]
    body = "\n".join(_lines(document, LAW_SPECIFIC))
    slips = TWO_PARTY_SLIPS if len(document.parties) == 2 else MANY_PARTY_SLIPS
    return problems + [slip for slip in slips if slip in body]


def test_the_dutch_note_on_the_host_cites_the_stichting_rule_only_under_dutch_law(
    rendered: tuple[str, AgreementTerms, str],
) -> None:
    law, terms, _ = rendered
    notes = " ".join(_notes(assemble_agreement(terms)))
    assert ("Article 2:285 of the Dutch Civil Code" in notes) is (law == "nl")


def test_the_rendered_charter_passes_the_legal_lint(rendered: tuple[str, AgreementTerms, str]) -> None:
    _, terms, _ = rendered
    assert _lint(assemble_agreement(terms)) == []


def test_the_example_reviews_clean_of_host_findings() -> None:
    codes = {finding.rule_id for finding in review(example_terms("open_source_community"))}
    assert not {code for code in codes if code.startswith("community.host") or code == "community.cra-no-steward"}


def _two_party() -> AgreementTerms:
    data = example_terms("open_source_community").model_dump(mode="json")
    data["parties"] = data["parties"][:2]
    data["governance"]["seats"] = [{"party": "Energiequelle", "seats": 1}]
    data["scope"]["obligations"] = [
        item for item in data["scope"]["obligations"] if item["party"] in {HOST, "Energiequelle"}
    ]
    data["scope"]["milestones"] = []
    data["contributions"] = [item for item in data["contributions"] if item["party"] in {HOST, "Energiequelle"}]
    data["ip"]["background_schedule"] = [item for item in data["ip"]["background_schedule"] if item["party"] == HOST]
    data["title"] = ""
    return AgreementTerms.model_validate(data)


def test_two_party_membership_reads_as_between_the_host_and_one_member() -> None:
    terms = _two_party()
    text = _text(terms)
    document = assemble_agreement(terms)
    recitals = " ".join(inline_text(recital.content) for recital in document.recitals)
    assert "Energiequelle wishes to take part in it as a founding member" in recitals
    assert "“Member” means each of Energiequelle and any person admitted" in text
    assert "the other Parties" not in text
    # No committee of other members to decide a removal: the host decides.
    assert (
        f"{HOST} may end the membership of a Member by notice to it, on a decision of its board, if that Member" in text
    )
    assert document.cover.title == "Project Charter and Membership Agreement"


def test_a_charter_without_a_host_still_reads_among_members_and_the_review_asks_for_one() -> None:
    terms = _under("nl", host=None)
    text = _text(terms)
    assert f"“Member” means each of {HOST}, Energiequelle" in text
    found = {finding.rule_id for finding in review(terms)}
    assert {"community.host-drafted-as-member", "community.cra-no-steward"} <= found


def _schema_5(data: dict[str, Any]) -> dict[str, Any]:
    old = json.loads(json.dumps(data))
    old["schema_version"] = 5
    old["open_source"].pop("host", None)
    old["open_source"].pop("eu_market", None)
    return old


def test_a_schema_5_draft_migrates_to_its_foundation_as_host_and_renders() -> None:
    current = json.loads(Path("examples/open_source_community.json").read_text(encoding="utf-8"))
    old = _schema_5(current)
    old["governance"]["seats"].insert(0, {"party": HOST, "seats": 1})
    upgraded = upgrade_terms(old)
    assert upgraded["schema_version"] == SCHEMA_VERSION and upgraded["open_source"]["host"] == HOST
    terms = parse_terms(json.dumps(old))
    assert terms.open_source is not None and terms.open_source.host == HOST and not terms.open_source.eu_market
    text = _text(terms)
    assert f"{HOST} hosts the Project as a neutral entity" in text
    # The seat the old draft gave the host is raised, and drafted without a vote.
    assert "attend and speak at its meetings but do not vote" in text
    assert "community.host-holds-seats" in {finding.rule_id for finding in review(terms)}


def test_the_migration_picks_a_host_only_by_an_unambiguous_rule() -> None:
    current = json.loads(Path("examples/open_source_community.json").read_text(encoding="utf-8"))
    # Two foundations: no host is guessed.
    two = _schema_5(current)
    two["parties"][1]["entity_type"] = "foundation"
    assert "host" not in upgrade_terms(two)["open_source"]
    # No foundation by form, but one legal name says "Stichting": that party.
    named = _schema_5(current)
    named["parties"][0]["entity_type"] = "other"
    assert upgrade_terms(named)["open_source"]["host"] == HOST
    # Another agreement type is left alone.
    other = _schema_5(current)
    other["model"] = "consortium"
    assert "host" not in upgrade_terms(other)["open_source"]


def test_the_host_joins_at_no_tier() -> None:
    with pytest.raises(ValueError, match="hosts the project and is not a member"):
        _under(
            "nl",
            tiers=[{"name": "Premier", "board_seats": 1}],
            members=[{"party": HOST, "tier": "Premier"}],
        )


def test_the_wizard_asks_for_the_host_and_the_eu_market(qtbot: Any, tmp_path: Path) -> None:
    from ui.wizard.wizard import AgreementWizard

    wizard = AgreementWizard(tmp_path)
    qtbot.addWidget(wizard)
    wizard.load(example_terms("open_source_community"))
    section = wizard.deal.sections[next(model for model in wizard.deal.sections if model.value == "open_source")]
    assert section.host.value() == HOST and section.eu_market.isChecked()
    assert "never a member" in section.host.toolTip() and "Cyber Resilience Act" in section.eu_market.toolTip()
    section.host.set_value(None)
    section.eu_market.setChecked(False)
    project = wizard.deal.read()["open_source"]
    assert project.host is None and project.eu_market is False
    section.host.set_value("Cascade")
    section.eu_market.setChecked(True)
    project = wizard.deal.read()["open_source"]
    assert project.host == "Cascade" and project.eu_market is True
    data = {
        **example_terms("open_source_community").model_dump(mode="json"),
        "open_source": project.model_dump(mode="json"),
    }
    saved = json.loads(AgreementTerms.model_validate(data).to_json())
    assert saved["open_source"]["host"] == "Cascade" and saved["open_source"]["eu_market"] is True


def test_an_affiliate_assignment_is_made_by_notice_to_the_host() -> None:
    data = example_terms("open_source_community").model_dump(mode="json")
    data["boilerplate"]["assignment"] = "affiliates_permitted"
    text = _text(AgreementTerms.model_validate(data))
    assert f"a Member may assign this Agreement as a whole to an Affiliate by notice to {HOST}" in text
    assert "consent of the other Parties, except" not in text
