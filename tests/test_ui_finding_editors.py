"""The editors that fix review findings: due dates of contributions, amounts of reserved
matters, the background-IP schedule, brand licences, joint-ownership rules and tiered
rates. Each test types into the real widgets and checks the terms they give, and going to
a finding from the review puts the cursor in the field that fixes it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidget

from drafting.review import review
from drafting.terms import AgreementTerms, Money
from drafting.terms.ip import BackgroundAsset, BrandLicence, ForegroundOwnership
from tests.review_corpus.cases import CASES
from tests.test_review_core import ALL_TRIGGERS
from ui.widgets import PartyCombo
from ui.wizard.fields import field_key
from ui.wizard.wizard import AgreementWizard


def _case(name: str) -> AgreementTerms:
    return next(case.terms for case in CASES if case.name == name)


def test_a_contribution_s_due_date_is_typed_in_its_table(qtbot) -> None:
    from ui.wizard.contribution_table import DUE
    from ui.wizard.contributions import ContributionsPage

    page = ContributionsPage()
    qtbot.addWidget(page)
    page.load(_case("consortium-research-in-kind"))
    table = page.table_of("Shannon")
    item = table.table.item(0, DUE)
    assert item is not None
    item.setText("31/12/2027")
    assert "YYYY-MM-DD" in page.problems()["rows"]
    item.setText("2027-12-31")
    assert page.problems() == {}
    dues = {entry.description: entry.due for entry in page.read()["contributions"]}
    assert dues["two engineers for 18 months"] == dt.date(2027, 12, 31)


def test_a_reserved_matter_gets_an_amount(qtbot) -> None:
    from ui.wizard.governance import GovernancePage

    page = GovernancePage()
    qtbot.addWidget(page)
    terms = _case("consortium-research-in-kind")
    page.load(terms)
    before = page.read()["governance"].reserved_matters
    qtbot.mouseClick(page.reserved.add_button, Qt.MouseButton.LeftButton)
    matter = page.reserved.rows[-1][0]
    assert isinstance(matter, QLineEdit)
    qtbot.keyClicks(matter, "borrowing above the threshold")
    qtbot.keyClicks(page.reserved.amount_edit(len(before)).amount, "500000")
    matters = page.read()["governance"].reserved_matters
    assert matters[:-1] == before  # the loaded ones, with the majority each needs, unchanged
    assert matters[-1].matter == "borrowing above the threshold"
    assert matters[-1].amount == Money(amount=Decimal(500000), currency=terms.sharing.currency)


def test_background_ip_and_brand_licences_are_listed_on_the_ip_page(qtbot) -> None:
    from ui.wizard.ip import IpPage

    page = IpPage()
    qtbot.addWidget(page)
    page.load(_case("revenue-sharing-clean"))
    names = list(page.party_names)
    qtbot.mouseClick(page.schedule.add_button, Qt.MouseButton.LeftButton)
    owner, asset, number, *_ = page.schedule.rows[-1]
    assert isinstance(owner, PartyCombo) and isinstance(asset, QLineEdit) and isinstance(number, QLineEdit)
    owner.setCurrentIndex(1)
    qtbot.keyClicks(number, "GB 2 123 456")
    assert "say what the asset is" in page.problems()["schedule"]
    qtbot.keyClicks(asset, "the roasting-profile software")
    assert page.problems() == {}
    assert page.read()["ip"].background_schedule[-1] == BackgroundAsset(
        party=names[1], asset="the roasting-profile software", registration_number="GB 2 123 456"
    )
    qtbot.mouseClick(page.brands.add_button, Qt.MouseButton.LeftButton)
    _, marks, territory, *_ = page.brands.rows[-1]
    assert isinstance(marks, QLineEdit) and isinstance(territory, QLineEdit)
    qtbot.keyClicks(marks, "the BEAN & CO name and logo")
    qtbot.keyClicks(territory, "the United Kingdom")
    licence = page.read()["ip"].brand_licences[-1]
    assert licence == BrandLicence(
        licensor=names[0], marks="the BEAN & CO name and logo", territory="the United Kingdom"
    )
    page.brands.remove_selected()
    assert page.read()["ip"].brand_licences == ()


def test_joint_ownership_rules_are_asked_only_for_joint_results(qtbot) -> None:
    from ui.wizard.ip import IpPage

    page = IpPage()
    qtbot.addWidget(page)
    page.show()
    page.load(_case("revenue-sharing-clean"))
    assert page.joint_rules.isHidden()
    page.ownership.set_value(ForegroundOwnership.JOINT)
    assert not page.joint_rules.isHidden()
    assert page.read()["ip"].foreground.joint_rules is None  # not agreed: the review says what that risks
    page.joint_rules.setChecked(True)
    page.joint_rules.consent.setChecked(False)
    page.joint_rules.enforcement.setCurrentIndex(2)
    rules = page.read()["ip"].foreground.joint_rules
    assert rules is not None and rules.consent_to_license is False
    assert rules.enforcement_lead == page.party_names[1] and rules.prosecution_lead is None


def _where_found(key: str) -> tuple[AgreementTerms, str]:
    """A draft of the corpus or of the theme tests with a finding on the field ``key``."""
    drafts = [case.terms for case in CASES] + [trigger.terms() for trigger in ALL_TRIGGERS]
    for terms in drafts:
        for finding in review(terms):
            if field_key(finding.path) == key:
                return terms, finding.path
    raise AssertionError(f"no finding on {key}")


@pytest.mark.parametrize(
    "key",
    [
        "contributions[].due",
        "governance.reserved_matters[].amount",
        "ip.background_schedule",
        "ip.brand_licences",
        "ip.foreground.joint_rules.consent_to_license",
        "sharing.tiers",
        "sharing.tiers[].threshold",
    ],
)
def test_going_to_the_finding_puts_the_cursor_in_its_new_field(qtbot, tmp_path: Path, key: str) -> None:
    terms, path = _where_found(key)
    wizard = AgreementWizard(tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.load(terms)
    wizard.jump_to_path(path)
    page_id = wizard.page_for_path(path)
    assert page_id is not None
    target = wizard.pages[page_id].field_widget(path)
    assert wizard.currentPage() is wizard.pages[page_id] and target is not None
    # The field itself, or for a table of rows the cell of the row the finding names.
    qtbot.waitUntil(
        lambda: (focus := QApplication.focusWidget()) is not None and (focus is target or target.isAncestorOf(focus))
    )
    if key == "governance.reserved_matters[].amount":
        row = int(path.split("[")[1].split("]")[0])
        assert QApplication.focusWidget() is wizard.governance.reserved.amount_edit(row).amount
    if key == "contributions[].due":
        from ui.wizard.contribution_table import DUE

        assert isinstance(target, QTableWidget) and target.currentColumn() == DUE  # the very cell
