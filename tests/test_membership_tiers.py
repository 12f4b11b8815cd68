"""Open-source membership tiers (precedent 9): the terms take typed tiers and members, the
Membership article drafts fees and board seats, and the wizard edits both through its
real widgets, keeping each member's choice through a tier's rename."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QSpinBox

from drafting.docx_writer.package import docx_bytes
from drafting.engine import assemble_agreement
from drafting.review import review
from drafting.terms import AgreementTerms, Money
from drafting.terms.extras import MembershipTier, TierMembership
from tests.docx_helpers import open_docx, operative_lines
from tests.precedent_helpers import example_terms
from ui.widgets import MoneyEdit
from ui.wizard.wizard import AgreementWizard

PREMIER = {"name": "Premier", "annual_fee": {"amount": "50000", "currency": "EUR"}, "board_seats": 1}


def _with_tiers(members: list[dict[str, str]], tiers: list[dict[str, object]] | None = None) -> AgreementTerms:
    data = example_terms("open_source_community").model_dump(mode="json")
    data["open_source"]["tiers"] = tiers if tiers is not None else [PREMIER, {"name": "Academic"}]
    data["open_source"]["members"] = members
    return AgreementTerms.model_validate(data)


def _word_text(terms: AgreementTerms) -> str:
    """The agreement's operative text as the Word file has it."""
    return " ".join(operative_lines(open_docx(docx_bytes(assemble_agreement(terms)))))


def test_a_draft_without_tiers_loads_unchanged_and_drafts_no_tiers() -> None:
    terms = example_terms("open_source_community")
    assert terms.open_source is not None and terms.open_source.tiers == () and terms.open_source.members == ()
    stored = json.loads(terms.to_json())["open_source"]
    assert "tiers" not in stored and "members" not in stored  # optional fields stay out of the stored file
    # The Membership article still drafts the host and admission (a hosted project), but no tiers.
    text = _word_text(terms)
    assert "Membership tiers and fees" not in text and "Governing Board" not in text


def test_the_membership_article_states_fees_members_and_seats() -> None:
    terms = _with_tiers([{"party": "Energiequelle", "tier": "Premier"}, {"party": "Cascade", "tier": "Academic"}])
    text = _word_text(terms)
    assert "Premier: EUR 50,000 (fifty thousand euros) a year" in text
    assert "Academic: no fee" in text
    assert "Energiequelle (Premier) and Cascade (Academic)" in text
    assert "one (1) representative for each Premier member" in text
    assert "as observers, without a vote" in text


def test_a_member_at_an_unknown_tier_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="Cascade joins at the tier 'Gold', which is not one of the tiers"):
        _with_tiers([{"party": "Cascade", "tier": "Gold"}])
    with pytest.raises(ValueError, match="a name of its own"):
        _with_tiers([], [PREMIER, PREMIER])


def test_the_review_reads_tiers_against_the_seats() -> None:
    everyone = [{"party": name, "tier": "Premier"} for name in ("Energiequelle", "Lionsgate", "Cascade")]
    assert not [found for found in review(_with_tiers(everyone)) if found.rule_id.startswith("community.")]
    two = _with_tiers(everyone[:2])
    (missing,) = [found for found in review(two) if found.rule_id == "community.member-without-tier"]
    assert missing.items == ("Cascade",)
    academic = _with_tiers([*everyone[:2], {"party": "Cascade", "tier": "Academic"}])
    (mismatch,) = [found for found in review(academic) if found.rule_id == "community.tier-seats-mismatch"]
    assert mismatch.items == ("Cascade",)
    assert "Cascade joins at the Academic tier, which carries no seat, but the list of seats gives it 1 seat" in (
        mismatch.message
    )


def _section(wizard: AgreementWizard):  # type: ignore[no-untyped-def]
    return wizard.deal.sections[next(model for model in wizard.deal.sections if model.value == "open_source")]


def test_tiers_and_members_are_typed_in_the_wizard(qtbot, tmp_path: Path) -> None:
    wizard = AgreementWizard(tmp_path)
    qtbot.addWidget(wizard)
    wizard.load(example_terms("open_source_community"))
    section = _section(wizard)
    qtbot.mouseClick(section.tiers.add_button, Qt.MouseButton.LeftButton)
    name, fee, seats = section.tiers.rows[-1]
    assert isinstance(name, QLineEdit) and isinstance(fee, MoneyEdit) and isinstance(seats, QSpinBox)
    qtbot.keyClicks(name, "Gold")
    qtbot.keyClicks(fee.amount, "25000")
    seats.setValue(2)
    qtbot.mouseClick(section.tiers.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(section.tiers.rows[-1][0], "Academic")
    combo = section.members.combos["Lionsgate"]
    combo.setCurrentIndex(combo.findText("Gold"))
    # Renaming the tier keeps the member at it.
    name.setText("Premier")
    assert section.members.combos["Lionsgate"].currentText() == "Premier"
    project = wizard.deal.read()["open_source"]
    assert project.tiers == (
        MembershipTier(name="Premier", annual_fee=Money(amount=Decimal(25000), currency="EUR"), board_seats=2),
        MembershipTier(name="Academic"),
    )
    assert project.members == (TierMembership(party="Lionsgate", tier="Premier"),)
    # Two tiers of one name are refused with a sentence, not stored.
    section.tiers.rows[-1][0].setText("premier")
    assert "already called" in wizard.deal.problems()["tiers"]
    # Removing a tier sends its members back to "no tier", never to another tier.
    section.tiers.rows[-1][0].setText("Academic")
    section.tiers.table.setCurrentCell(0, 0)
    section.tiers.remove_selected()
    assert wizard.deal.read()["open_source"].members == ()


def test_a_loaded_draft_s_tiers_round_trip_and_follow_a_party_rename(qtbot, tmp_path: Path) -> None:
    terms = _with_tiers([{"party": "Energiequelle", "tier": "Premier"}, {"party": "Cascade", "tier": "Academic"}])
    wizard = AgreementWizard(tmp_path)
    qtbot.addWidget(wizard)
    wizard.load(terms)
    assert terms.open_source is not None
    assert wizard.deal.read()["open_source"] == terms.open_source
    wizard.deal.rename_parties({"Cascade": "Cascade Systems"})
    wizard.deal.set_parties(["OpenGrid Foundation", "Energiequelle", "Lionsgate", "Cascade Systems"])
    members = wizard.deal.read()["open_source"].members
    assert TierMembership(party="Cascade Systems", tier="Academic") in members


def test_going_to_a_member_without_a_tier_puts_the_cursor_in_its_tier(qtbot, tmp_path: Path) -> None:
    terms = _with_tiers([{"party": "Energiequelle", "tier": "Premier"}, {"party": "Lionsgate", "tier": "Premier"}])
    (finding,) = [found for found in review(terms) if found.rule_id == "community.member-without-tier"]
    wizard = AgreementWizard(tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.load(terms)
    wizard.jump_to_path(finding.path)
    target = _section(wizard).members.combos["Cascade"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target)
    assert isinstance(target, QComboBox)
