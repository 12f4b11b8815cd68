"""Answers the draft does not use are notes, not warnings, and their fix clears them: a
committee set up for a type whose precedent keeps one out (licensing, equity alliance,
distribution: ``not_added`` in the blueprint) leads with setting the body to none (an equity
alliance's alternative: the Commercial Agreement), never with ticking the optional part;
a general cap beside a consortium's Members' cap is wizard housekeeping. Warnings are for
risks in the signed text."""

from __future__ import annotations

from typing import Any

import pytest

from drafting.engine.blueprints import blueprint_for
from drafting.review import review
from drafting.review.findings import Finding, Severity
from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.governance import BodyType, Governance
from tests.review_corpus.bases import BASES
from ui.wizard.governance import GovernancePage

KEPT_OUT = ("licensing", "equity_alliance", "distribution")


def _with_committee(model: str, **extra: Any) -> AgreementTerms:
    data: dict[str, Any] = BASES[model]()
    names = [entry["short_name"] for entry in data["parties"]]
    data["governance"] = {
        "body": "steering_committee",
        "deadlock": None,
        "seats": [{"party": name, "seats": 2} for name in names],
    }
    data.update(extra)
    return AgreementTerms.model_validate(data)


def _found(terms: AgreementTerms, rule_id: str) -> list[Finding]:
    return [finding for finding in review(terms) if finding.rule_id == rule_id]


@pytest.mark.parametrize("model", KEPT_OUT)
def test_the_precedent_keeps_the_committee_out_in_the_blueprint(model: str) -> None:
    module = next(found for found in blueprint_for(AllianceModel(model)).optional if found.id == "steering_committee")
    assert module.not_added


@pytest.mark.parametrize("model", KEPT_OUT)
def test_committee_answers_a_type_keeps_out_are_a_note_that_sets_the_body_to_none(model: str) -> None:
    (found,) = _found(_with_committee(model), "governance.body-not-drafted")
    assert found.severity is Severity.NOTE and found.path == "governance.body"
    assert found.fix.startswith("Set the joint body to none")
    assert "tick" not in found.fix.lower()
    assert ("Commercial Agreement" in found.fix) is (model == "equity_alliance")
    # Added by the user, the committee is drafted and nothing is said.
    assert not _found(_with_committee(model, extra_modules=["steering_committee"]), "governance.body-not-drafted")


def test_a_type_that_offers_its_committee_still_warns_that_the_seats_are_not_signed() -> None:
    (found,) = _found(_with_committee("data_sharing"), "governance.body-not-drafted")
    assert found.severity is Severity.WARNING and found.path == "extra_modules"
    # A co-marketing campaign runs without one (round 7): the committee is set aside, a note.
    (found,) = _found(_with_committee("co_marketing"), "governance.body-not-drafted")
    assert found.severity is Severity.NOTE and found.path == "extra_modules" and "tick" in found.fix


def test_a_general_cap_beside_the_members_cap_is_a_note() -> None:
    data: dict[str, Any] = BASES["consortium"]()
    data.setdefault("boilerplate", {})["liability_cap"] = {
        "kind": "fixed_amount",
        "amount": {"amount": "1000000.00", "currency": "EUR"},
    }
    data.setdefault("consortium", {})["member_liability_cap"] = {"amount": "250000.00", "currency": "EUR"}
    found = _found(AgreementTerms.model_validate(data), "set-aside.second-liability-cap")
    assert [finding.severity for finding in found] == [Severity.NOTE]


def test_the_governance_page_shows_a_leftover_body_so_it_can_be_set_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = GovernancePage()
    qtbot.addWidget(page)
    page.show()
    page.load(_with_committee("licensing"))
    assert page.body_type.isVisible() and not page.seats.isVisible()
    page.body_type.set_value(BodyType.NONE)
    assert page.read()["governance"].body.value == "none"
    assert not page.body_type.isVisible()
    # A new licence with no body shows no governance questions at all.
    page.load(_with_committee("licensing").model_copy(update={"governance": Governance()}))
    assert not page.body_type.isVisible()
