"""The equity stake's wizard section asks for the version-6 investment figures (further
conditions, a long-stop date, the warranty claims period and caps, the shares in issue
before Completion), each with a help line, and saves them in the terms; left empty, they
stay unset so that the draft uses its defaults."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate

from drafting.terms import AllianceModel
from tests.ui_helpers import type_into
from ui.drafts import example_files, load_example
from ui.wizard.deal_sections import EquitySection
from ui.wizard.wizard import AgreementWizard


def _example(name: str):
    return load_example(next(path for path in example_files() if path.stem == name))


def _collect(wizard: AgreementWizard):
    collected, problems = wizard.collect()
    assert problems == [] and collected is not None, problems
    return collected


def _section(wizard: AgreementWizard) -> EquitySection:
    section = wizard.deal.sections[AllianceModel.EQUITY_ALLIANCE]
    assert isinstance(section, EquitySection)
    return section


def test_an_example_round_trips_with_the_figures_unset(wizard) -> None:
    terms = _example("equity_alliance")
    wizard.load(terms)
    equity = _collect(wizard).equity
    assert equity == terms.equity
    assert equity is not None and equity.long_stop_date is None and equity.shares_before is None


def test_the_investment_figures_are_asked_and_saved(qtbot, wizard) -> None:
    wizard.load(_example("equity_alliance"))
    section = _section(wizard)
    section.conditions.setPlainText("Consent of the investee's bank\nA licence from the regulator")
    section.long_stop_set.setChecked(True)
    section.long_stop.setDate(QDate(2027, 5, 31))
    section.warranty_period.setValue(18)
    type_into(qtbot, section.warranty_cap.amount, "1500000")
    type_into(qtbot, section.founder_cap.amount, "100000")
    type_into(qtbot, section.shares_before, "880000")
    equity = _collect(wizard).equity
    assert equity is not None
    assert equity.conditions == ("Consent of the investee's bank", "A licence from the regulator")
    assert equity.long_stop_date == dt.date(2027, 5, 31)
    assert equity.warranty_period_months == 18
    assert equity.warranty_cap is not None and equity.warranty_cap.amount == Decimal(1500000)
    assert equity.founder_warranty_cap is not None and equity.founder_warranty_cap.amount == Decimal(100000)
    assert equity.shares_before == 880000
    # Saved as the wizard saves a draft, and read back into the page unchanged.
    wizard.load(_collect(wizard))
    assert _collect(wizard).equity == equity
    section.long_stop_set.setChecked(False)
    assert _collect(wizard).equity.long_stop_date is None  # type: ignore[union-attr]
