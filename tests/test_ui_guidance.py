"""What the wizard says to a newcomer: no red errors on a blank form before anything is
typed (grey guidance until the page is edited), plain sentences ("Governing law: choose
the law that governs the agreement", "2 points", never "point(s)")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from drafting.terms import AllianceModel
from tests.ui_helpers import type_into
from ui.drafts import blank_terms
from ui.findings import Issue, collect_issues, empty_field_sentence
from ui.widgets import ERROR_STYLE, ErrorLine, plural
from ui.wizard.wizard import AgreementWizard


@pytest.fixture
def wizard(qtbot, tmp_path) -> AgreementWizard:
    widget = AgreementWizard(tmp_path)
    qtbot.addWidget(widget)
    widget.show()
    widget.load(blank_terms(AllianceModel.REVENUE_SHARING))
    return widget


def red_lines(page) -> list[str]:
    return [
        line.text() for line in page.findChildren(ErrorLine) if line.isVisible() and line.styleSheet() == ERROR_STYLE
    ]


def shown_lines(page) -> list[str]:
    return [line.text() for line in page.findChildren(ErrorLine) if line.isVisible()]


def test_a_blank_form_shows_guidance_not_red_errors(qtbot, wizard) -> None:
    for page in wizard.pages:
        if page.applies_to(wizard.model()):
            wizard.jump_to(wizard.pages.index(page))
            assert red_lines(page) == [], page.title()
            if wizard.currentPage() is not page:
                break  # an incomplete page stops Next: the rest is not reachable blank
    parties = wizard.parties
    wizard.jump_to(wizard.pages.index(parties))
    assert "Enter the party's full registered name." in shown_lines(parties)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    type_into(qtbot, parties.cards[0].legal_name, "Bean & Co Roasters Ltd")
    assert red_lines(parties) == ["Enter the party's full registered name."]  # the second party's, now red


def test_a_page_reached_from_a_finding_shows_its_problems_in_red(qtbot, wizard) -> None:
    wizard.jump_to_path("parties[1].legal_name")
    qtbot.waitUntil(lambda: red_lines(wizard.parties) != [])


def test_empty_fields_read_as_plain_sentences() -> None:
    assert empty_field_sentence("is empty; choose the law that governs the agreement") == (
        "choose the law that governs the agreement."
    )
    assert empty_field_sentence("is empty; the agreement needs it (Registered address for legal notices.)") == (
        "still empty (Registered address for legal notices)."
    )
    issues = collect_issues(blank_terms(AllianceModel.REVENUE_SHARING))
    law = next(issue for issue in issues if issue.path == "governing_law")
    assert law.message == "choose the law that governs the agreement."
    assert not any("is empty;" in issue.message for issue in issues)


def test_counts_are_plain_english(qtbot, wizard) -> None:
    assert [plural(n, "point") for n in (0, 1, 2)] == ["0 points", "1 point", "2 points"]
    review = wizard.review
    review._issues_provider = lambda: [Issue("warning", "", "a"), Issue("note", "", "b")]
    review.refresh()
    assert review.summary.text() == "No errors. 2 points worth a look before signing."
    review._issues_provider = lambda: [Issue("error", "", "a"), Issue("note", "", "b")]
    review.refresh()
    assert review.summary.text() == "1 error to fix before the final export, 1 other point to consider."
