"""Every finding's fix is a field the user can reach: for every finding of the labelled
review corpus and of the review theme tests, the wizard has a page, shown for that
agreement type, with a widget that edits the finding's field; and going to it from the
review page puts the cursor in that widget."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from drafting.review import review
from drafting.terms import AgreementTerms, AllianceModel
from tests.review_corpus.cases import CASES
from tests.review_corpus.run import findings
from tests.test_review_core import ALL_TRIGGERS
from ui.wizard.fields import field_key
from ui.wizard.wizard import AgreementWizard


def _paths_by_model() -> dict[AllianceModel, dict[str, tuple[str, str]]]:
    """Per agreement type, every field a finding names (``contributions[].due``), with one
    path as found (``contributions[1].due``) and the draft that raised it."""
    found: dict[AllianceModel, dict[str, tuple[str, str]]] = defaultdict(dict)
    for case in CASES:
        for finding in findings(case):
            found[case.terms.model].setdefault(field_key(finding.path), (finding.path, case.name))
    for trigger in ALL_TRIGGERS:
        terms = trigger.terms()
        for finding in review(terms):
            found[terms.model].setdefault(field_key(finding.path), (finding.path, str(trigger)))
    return found


#: Fixes the wizard cannot yet make: lists edited as tables (seats, tiers, background IP,
#: brand licences, distributions) and contribution columns it does not show. Each is a
#: known gap to close by adding the field; the test fails once one is closed, so that the
#: entry is removed here, and fails for any new finding without a field.
KNOWN_GAPS: dict[str, str] = {
    # Findings added by the panels' fixes whose editors are still to come (issue 14).
}


def _showcase(model: AllianceModel) -> AgreementTerms:
    """A draft of this type with the most parties and contributions, so that every party
    card and contribution row the findings speak of exists on the pages."""
    drafts = [case.terms for case in CASES if case.terms.model is model]
    drafts += [terms for trigger in ALL_TRIGGERS if (terms := trigger.terms()).model is model]
    return max(drafts, key=lambda terms: (len(terms.contributions), len(terms.parties)))


def test_every_finding_targets_a_field_on_a_wizard_page(qtbot, tmp_path: Path) -> None:
    wizard = AgreementWizard(tmp_path)
    qtbot.addWidget(wizard)
    missing: dict[str, str] = {}
    # One load per agreement type (a party card or contribution row the finding names
    # exists in the largest draft of the type): which page shows, and which widgets it
    # has, depend on the type, not on the other answers.
    for model, paths in _paths_by_model().items():
        wizard.load(_showcase(model))
        for key, (path, where) in paths.items():
            page_id = wizard.page_for_path(path)
            if page_id is None:
                missing[key] = f"no page for a {model.value} draft ({where})"
            elif wizard.pages[page_id].field_widget(path) is None:
                missing[key] = f"no field on the '{wizard.pages[page_id].title()}' page ({where})"
    unexpected = {key: why for key, why in missing.items() if key not in KNOWN_GAPS}
    assert unexpected == {}
    assert sorted(set(KNOWN_GAPS) - set(missing)) == [], "closed gaps: remove them from KNOWN_GAPS"


@pytest.mark.parametrize(
    ("case_name", "rule_id"),
    [
        ("revenue-sharing-80-percent", "sharing.pool-not-100"),
        ("jv-parents-compete-long-non-compete", "competition.competitor-collaboration"),
    ],
)
def test_going_to_a_finding_puts_the_cursor_in_its_field(qtbot, tmp_path: Path, case_name: str, rule_id: str) -> None:
    case = next(case for case in CASES if case.name == case_name)
    wizard = AgreementWizard(tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.load(case.terms)
    finding = next(finding for finding in findings(case) if finding.rule_id == rule_id)
    wizard.jump_to_path(finding.path)
    page_id = wizard.page_for_path(finding.path)
    assert page_id is not None
    page = wizard.pages[page_id]
    target = page.field_widget(finding.path)
    assert wizard.currentPage() is page and target is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target)


def test_the_review_page_names_the_clause_of_each_finding(qtbot) -> None:
    from ui.findings import collect_issues
    from ui.wizard.review import ReviewPage

    case = next(case for case in CASES if case.name == "revenue-sharing-80-percent")
    page = ReviewPage(lambda: collect_issues(case.terms))
    qtbot.addWidget(page)
    page.refresh()
    texts = [page.list.item(row).text() for row in range(page.list.count())]
    # The revenue share is clause 4 of a revenue share agreement (its blueprint puts the content licence first).
    assert any(text.startswith("Clause 4.1: ") and "Cobblestone 50% + Pixel 30% = 80%" in text for text in texts), texts


def test_a_contribution_s_valuation_method_is_edited_in_its_table(qtbot) -> None:
    from ui.wizard.contribution_table import VALUATION
    from ui.wizard.contributions import ContributionsPage

    case = next(case for case in CASES if case.name == "consortium-research-in-kind")
    page = ContributionsPage()
    qtbot.addWidget(page)
    page.load(case.terms)
    assert [entry.valuation_method for entry in page.read()["contributions"]] == ["", "", ""]
    table = page.table_of("Shannon")
    table.table.item(0, VALUATION).setText("person-months at EUR 9,000")
    methods = {entry.description: entry.valuation_method for entry in page.read()["contributions"]}
    assert methods["two engineers for 18 months"] == "person-months at EUR 9,000"


def test_seats_are_edited_per_party_and_follow_a_rename(qtbot) -> None:
    from ui.wizard.governance import GovernancePage

    case = next(case for case in CASES if case.name == "consortium-research-in-kind")
    page = GovernancePage()
    qtbot.addWidget(page)
    page.load(case.terms)
    assert [(entry.party, entry.seats) for entry in page.read()["governance"].seats] == [
        ("Rheinwerk", 1), ("Noordzee", 1), ("Shannon", 1), ("INMA", 0), ("KTH", 0),
    ]  # fmt: skip
    page.seats.boxes["INMA"].setValue(1)
    page.rename_parties({"KTH": "Royal Institute"})
    page.set_parties(["Rheinwerk", "Noordzee", "Shannon", "INMA", "Royal Institute"])
    page.seats.boxes["Royal Institute"].setValue(2)
    seats = {entry.party: entry.seats for entry in page.read()["governance"].seats}
    assert seats == {"Rheinwerk": 1, "Noordzee": 1, "Shannon": 1, "INMA": 1, "Royal Institute": 2}


def test_a_venture_s_profit_distributions_are_edited_on_the_sharing_page(qtbot) -> None:
    from ui.wizard.sharing import SharingPage

    case = next(case for case in CASES if case.name == "jv-preferred-distributions")
    page = SharingPage()
    qtbot.addWidget(page)
    page.load(case.terms)
    assert not page.distributions_box.isHidden()
    read = page.read()["distributions"]
    assert {share.party: share.percent for share in read.shares} == {"Albion": 70, "Hanse": 30}
    page.distributions.edits["Albion"].setText("50")
    page.distributions.edits["Hanse"].setText("50")
    assert {share.party: share.percent for share in page.read()["distributions"].shares} == {"Albion": 50, "Hanse": 50}
    other = next(case for case in CASES if case.name == "revenue-sharing-clean")
    page.load(other.terms)
    assert page.distributions_box.isHidden() and "distributions" not in page.read()
