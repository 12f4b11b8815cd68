"""The lists the review's findings point at now have editors: the parties' undertakings,
milestones and KPIs on the Scope page, each partner's special terms in the network table,
and the supplier's supply-chain assurances. Each test types into the real widgets and
checks the terms they give and the clause the draft then carries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from drafting.terms import AgreementTerms
from drafting.terms.commercial import Kpi, Milestone, PartyObligation
from drafting.validation import load_terms_file
from tests.ui_helpers import type_into
from ui.widgets import PartyCombo
from ui.wizard.wizard import AgreementWizard

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _example(name: str) -> AgreementTerms:
    return load_terms_file(EXAMPLES / f"{name}.json")


def _text(terms: AgreementTerms) -> str:
    document = assemble_agreement(terms)
    return " ".join(" ".join(body_text_lines(document)).split())


def _collected(wizard: AgreementWizard) -> AgreementTerms:
    terms, problems = wizard.collect()
    assert problems == [] and terms is not None
    return terms


def test_the_lists_load_and_come_back_unchanged(qtbot, tmp_path: Path) -> None:
    terms = _example("co_marketing")
    wizard = AgreementWizard(tmp_path)
    qtbot.addWidget(wizard)
    wizard.load(terms)
    page = wizard.scope
    assert len(page.obligations.rows) == len(terms.scope.obligations) == 2
    assert len(page.milestones.rows) == len(terms.scope.milestones) == 2
    assert len(page.kpis.rows) == len(terms.scope.kpis) == 2
    again = _collected(wizard)
    assert again.scope.obligations == terms.scope.obligations
    assert again.scope.milestones == terms.scope.milestones
    assert again.scope.kpis == terms.scope.kpis


def test_an_undertaking_a_milestone_and_a_kpi_typed_reach_the_draft(qtbot, tmp_path: Path) -> None:
    terms = _example("co_marketing")
    wizard = AgreementWizard(tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.load(terms)
    page = wizard.scope
    page.set_parties([party.short_name for party in terms.parties])

    qtbot.mouseClick(page.obligations.add_button, Qt.MouseButton.LeftButton)
    party, description = page.obligations.rows[-1]
    assert isinstance(party, PartyCombo) and isinstance(description, QLineEdit)
    type_into(qtbot, description, "host a joint launch event in Singapore")
    party.set_value("Skyward")

    qtbot.mouseClick(page.milestones.add_button, Qt.MouseButton.LeftButton)
    what, owner, due = page.milestones.rows[-1]
    assert isinstance(what, QLineEdit) and isinstance(owner, PartyCombo) and isinstance(due, QLineEdit)
    type_into(qtbot, what, "Joint launch event held")
    owner.set_value("Skyward")
    type_into(qtbot, due, "31/03/2027")
    assert "year-month-day" in page.problems()["milestones"]
    due.clear()
    type_into(qtbot, due, "2027-03-31")
    assert "milestones" not in page.problems()

    qtbot.mouseClick(page.kpis.add_button, Qt.MouseButton.LeftButton)
    metric, target, _ = page.kpis.rows[-1]
    assert isinstance(metric, QLineEdit) and isinstance(target, QLineEdit)
    type_into(qtbot, metric, "Newsletter sign-ups")
    assert "give the target" in page.problems()["kpis"]
    type_into(qtbot, target, "2,500")

    collected = _collected(wizard)
    assert collected.scope.obligations[-1] == PartyObligation(
        party="Skyward", description="host a joint launch event in Singapore"
    )
    assert collected.scope.milestones[-1] == Milestone(
        description="Joint launch event held", owner="Skyward", due=dt.date(2027, 3, 31)
    )
    assert collected.scope.kpis[-1] == Kpi(metric="Newsletter sign-ups", target="2,500")
    text = _text(collected)
    for typed in ("joint launch event in Singapore", "Joint launch event held", "Newsletter sign-ups"):
        assert typed.lower() in text.lower()


def test_a_removed_undertaking_leaves_the_draft(qtbot, tmp_path: Path) -> None:
    terms = _example("co_marketing")
    wizard = AgreementWizard(tmp_path)
    qtbot.addWidget(wizard)
    wizard.load(terms)
    table = wizard.scope.obligations
    table.table.setCurrentCell(0, 0)
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    collected = _collected(wizard)
    assert collected.scope.obligations == terms.scope.obligations[1:]
    assert "four newsletters" not in _text(collected)


def test_a_partner_s_special_terms_are_a_column_of_the_partners_table(qtbot, tmp_path: Path) -> None:
    terms = _example("partner_network")
    assert terms.network is not None
    wizard = AgreementWizard(tmp_path)
    qtbot.addWidget(wizard)
    wizard.load(terms)
    section = wizard.deal.sections[terms.model]
    partner = terms.network.partners[0].party
    section.set_cell(partner, 7, "the first three months' platform fee is waived")
    collected = _collected(wizard)
    assert collected.network is not None
    schedule = next(item for item in collected.network.partners if item.party == partner)
    assert schedule.special_terms == "the first three months' platform fee is waived"
    assert schedule.territory == terms.network.partners[0].territory


def test_the_supplier_s_supply_chain_assurances_can_be_left_out(qtbot, tmp_path: Path) -> None:
    terms = _example("supplier_alliance")
    assert terms.supplier_alliance is not None and terms.supplier_alliance.supply_chain_due_diligence
    wizard = AgreementWizard(tmp_path)
    qtbot.addWidget(wizard)
    wizard.load(terms)
    section = wizard.deal.sections[terms.model]
    assert section.due_diligence.isChecked()
    before = _text(terms)
    section.due_diligence.setChecked(False)
    collected = _collected(wizard)
    assert collected.supplier_alliance is not None
    assert collected.supplier_alliance.supply_chain_due_diligence is False
    assert "due diligence on its own supply chain" in before
    assert "due diligence on its own supply chain" not in _text(collected)
