"""Defaults drawn from what the user already said, typed into the real widgets: the
currency of two UK companies is GBP, a currency the user typed becomes the default of
every amount still empty, and the law and courts follow the parties' country (courts, not
ICC arbitration, for a small domestic deal)."""

from __future__ import annotations

import pytest

from drafting.law.suggest import suggest_currency
from drafting.terms import AllianceModel
from drafting.terms.lifecycle import Forum
from tests.ui_helpers import type_into
from ui.drafts import blank_terms
from ui.wizard.wizard import AgreementWizard


@pytest.fixture
def wizard(qtbot, tmp_path) -> AgreementWizard:
    widget = AgreementWizard(tmp_path)
    qtbot.addWidget(widget)
    widget.show()
    widget.load(blank_terms(AllianceModel.REVENUE_SHARING))
    return widget


def go(wizard: AgreementWizard, page) -> None:
    wizard.jump_to(wizard.pages.index(page))
    assert wizard.currentPage() is page


def place_parties(qtbot, wizard: AgreementWizard, *places: str) -> None:
    go(wizard, wizard.parties)
    for card, place in zip(wizard.parties.cards, places, strict=True):
        type_into(qtbot, card.jurisdiction, place)
        type_into(qtbot, card.legal_name, f"{place} Trading Ltd")


def test_currency_follows_the_parties_country() -> None:
    assert suggest_currency(["England and Wales", "London, UK"]) == "GBP"
    assert suggest_currency(["Germany", "France"]) == "EUR"
    assert suggest_currency(["UK", "Germany"]) is None
    assert suggest_currency(["Spain"]) is None


def test_two_uk_companies_are_offered_pounds_law_and_courts(qtbot, wizard) -> None:
    place_parties(qtbot, wizard, "England and Wales", "London, UK")
    wizard.jump_to(wizard.pages.index(wizard.scope))
    assert wizard.scope.annual_value.currency.text() == "GBP"
    go(wizard, wizard.sharing)
    assert wizard.sharing.currency.text() == "GBP"
    go(wizard, wizard.disputes)
    page = wizard.disputes
    assert page.law_id() == "ew"
    assert page.forum.value() is Forum.COURTS  # a domestic deal: no ICC arbitration
    terms = wizard.collect()[0]
    assert terms is not None and terms.sharing.currency == "GBP"


def test_a_typed_currency_becomes_the_default_of_later_amounts(qtbot, wizard) -> None:
    place_parties(qtbot, wizard, "Spain", "Portugal")  # no suggestion from the places
    go(wizard, wizard.scope)
    type_into(qtbot, wizard.scope.annual_value.currency, "GBP")
    type_into(qtbot, wizard.scope.annual_value.amount, "120000")
    go(wizard, wizard.sharing)
    assert wizard.sharing.currency.text() == "GBP"
    assert wizard.sharing.cap.currency.text() == "GBP"
    type_into(qtbot, wizard.sharing.currency, "USD")
    go(wizard, wizard.contributions)
    assert wizard.contributions.parties_tables[0].default_currency == "USD"
    terms = wizard.collect()[0]
    assert terms is not None and terms.sharing.currency == "USD"
    assert terms.scope.expected_annual_value is not None and terms.scope.expected_annual_value.currency == "GBP"


def test_an_opened_draft_keeps_its_chosen_currency(qtbot, wizard) -> None:
    from ui.drafts import example_files, load_example

    terms = load_example(next(path for path in example_files() if path.stem == "revenue_sharing"))
    wizard.load(terms)
    go(wizard, wizard.sharing)
    assert wizard.sharing.currency.text() == terms.sharing.currency


def entity_names(card) -> list[str]:
    return [card.entity_type.itemText(index) for index in range(card.entity_type.count())]


def test_entity_types_are_those_of_the_partys_country(qtbot, wizard) -> None:
    from drafting.terms import EntityType

    go(wizard, wizard.parties)
    card = wizard.parties.cards[0]
    type_into(qtbot, card.jurisdiction, "England and Wales")
    names = entity_names(card)
    assert names[:2] == ["Company: Ltd or plc", "Limited liability partnership (LLP)"]
    assert not any("LLC" in name for name in names)
    type_into(qtbot, card.jurisdiction, "Germany")
    assert entity_names(card)[0] == "Company: GmbH, UG or AG"
    type_into(qtbot, card.jurisdiction, "Delaware")
    assert entity_names(card)[:2] == ["Corporation (Inc.)", "Limited liability company (LLC)"]
    card.entity_type.setCurrentIndex(1)
    type_into(qtbot, card.jurisdiction, "London, UK")
    assert card.entity_type.currentText() == "LLC"  # the user's choice is kept, by its plain name
    terms = wizard.collect()[0]
    assert terms is not None and terms.parties[0].entity_type is EntityType.LLC


def test_the_country_forms_are_data_about_real_profiles_and_types() -> None:
    import tomllib

    from drafting.engine.company_forms import FORMS_FILE
    from drafting.law import all_profiles
    from drafting.terms import EntityType

    table = tomllib.loads(FORMS_FILE.read_text(encoding="utf-8"))["party_forms"]
    profiles = {entry.id for entry in all_profiles()}
    for country, labels in table.items():
        assert country in profiles, country
        assert set(labels) <= {member.value for member in EntityType}, country
