"""The law-and-disputes page, driven through its real widgets: the law is chosen first
and suggested from the parties, the forum follows the law until the user picks one,
every institution round-trips, and a law or institution not listed is kept as typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from drafting.law import institution
from drafting.terms.lifecycle import Forum, Institution
from tests.engine_helpers import make_terms, party
from tests.ui_helpers import choose, type_into
from ui.wizard.disputes import DisputesPage


@pytest.fixture
def page(qtbot) -> DisputesPage:
    widget = DisputesPage()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _blank_law(**fields: object):  # type: ignore[no-untyped-def]
    return make_terms(governing_law="", disputes={"arbitration": {"seat": ""}}, **fields)


def test_the_law_is_suggested_from_where_the_parties_are(page: DisputesPage) -> None:
    terms = _blank_law(parties=[party("Alpha"), {**party("Beta"), "jurisdiction": "London, United Kingdom"}])
    page.load(terms)
    assert page.law_id() == ""
    page.suggest_from([p.jurisdiction for p in terms.parties])
    assert page.law.currentText() == "England and Wales"
    assert "Suggested from where the parties are" in page.law_help.text()
    # Both parties in England: its courts after mediation, not an international institution.
    assert page.forum.value() is Forum.COURTS
    assert page.mediation.isChecked()
    read = page.read()
    assert read["governing_law"].profile == "ew"


def test_parties_in_different_countries_get_no_law_but_an_institution_once_one_is_chosen(
    qtbot, page: DisputesPage
) -> None:
    terms = _blank_law(parties=[party("Alpha"), {**party("Beta"), "jurisdiction": "New York"}])
    page.load(terms)
    page.suggest_from([p.jurisdiction for p in terms.parties])
    assert page.law_id() == ""
    assert page.check()["law"] == "Choose the law that governs the agreement."
    choose(qtbot, page.law, "New York")
    assert page.forum.value() is Forum.ARBITRATION
    assert page.institution.value() is Institution.ICDR
    assert page.seat.text() == "New York, New York"
    assert "American spelling" in page.law_help.text()


def test_a_forum_the_user_chose_is_not_overwritten_by_a_later_law(qtbot, page: DisputesPage) -> None:
    page.load(_blank_law())
    choose(qtbot, page.law, "England and Wales")
    type_into(qtbot, page.seat, "Geneva")
    choose(qtbot, page.law, "New York")
    assert page.seat.text() == "Geneva"


def test_another_law_is_named_and_kept(qtbot, page: DisputesPage) -> None:
    page.load(_blank_law())
    choose(qtbot, page.law, "Another law (not listed)")
    assert page.other_law.isVisible()
    assert "no profile" in page.law_help.text()
    assert page.check()["law"].startswith("Name the law")
    type_into(qtbot, page.other_law, "the United Arab Emirates")
    law = page.read()["governing_law"]
    assert (law.profile, law.other) == ("neutral", "the United Arab Emirates")


@pytest.mark.parametrize("member", list(Institution), ids=lambda member: member.value)
def test_every_institution_round_trips_through_the_widgets(qtbot, page: DisputesPage, member: Institution) -> None:
    page.load(make_terms())
    page.institution.setFocus()
    page.institution.setCurrentIndex(page.institution.members.index(member))
    if member is Institution.OTHER:
        assert page.other_rules.isVisible()
        type_into(qtbot, page.other_rules, "the DIAC Arbitration Rules")
    else:
        assert page.institution_help.text() == institution(member.value).explain
    arbitration = page.read()["disputes"].arbitration
    assert arbitration.institution is member
    page.load(make_terms(disputes=page.read()["disputes"].model_dump(mode="json")))
    assert page.institution.value() is member


def test_the_jury_waiver_is_offered_only_for_a_us_court_forum(qtbot, page: DisputesPage) -> None:
    page.load(make_terms())
    choose(qtbot, page.forum, "The courts")
    assert not page.jury_waiver.isVisible()
    choose(qtbot, page.law, "New York")
    page.forum.set_value(Forum.COURTS)
    assert page.jury_waiver.isVisible()
    page.jury_waiver.setFocus()
    qtbot.keyClick(page.jury_waiver, Qt.Key.Key_Space)
    assert page.read()["disputes"].jury_waiver is False


def test_courts_may_be_left_to_the_law(qtbot, page: DisputesPage) -> None:
    page.load(make_terms())
    choose(qtbot, page.forum, "The courts")
    assert page.courts.placeholderText() == "Leave empty for the courts of England and Wales"
    assert "forum" not in page.check()
