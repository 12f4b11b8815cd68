"""A consortium funded by a grant (precedent 7): the Grant Agreement and the Granting
Authority are defined, the Grant Agreement prevails between the Members as far as it
binds them, the Coordinator receives and passes on the grant by the Budget, ineligible
costs and recoveries fall on the Member that caused them, and the agreement runs until
the grant obligations are discharged. A per-member Budget (with or without a grant)
replaces the sharing percentages, and a dissemination article replaces a publication
veto. Without a grant or a budget, a consortium reads as before (schema 5 drafts too).
"""

from __future__ import annotations

import copy
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from drafting.docx_writer import docx_bytes
from drafting.engine import assemble_agreement
from drafting.review.draft import DraftText
from drafting.review.engine import assemble_for_review, review
from drafting.terms import SCHEMA_VERSION, AgreementTerms
from drafting.terms.migrations import upgrade_terms
from drafting.validation import parse_terms
from tests.docx_helpers import open_docx

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "consortium_five_party.json"


def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def _without_grant(data: dict[str, Any]) -> dict[str, Any]:
    """The example as a consortium without a grant or a budget (as every schema-5 draft is)."""
    plain = copy.deepcopy(data)
    plain["consortium"].pop("grant", None)
    plain["consortium"].pop("budget", None)
    return plain


def _docx_text(terms: AgreementTerms) -> tuple[str, list[list[str]]]:
    """The DOCX's paragraphs as one text (spaces normalised) and its tables' rows."""
    word = open_docx(docx_bytes(assemble_agreement(terms)))
    text = " ".join(paragraph.text for paragraph in word.paragraphs)
    rows = [[cell.text.strip() for cell in row.cells] for table in word.tables for row in table.rows]
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")), rows


def _amount(cell: str) -> Decimal:
    return Decimal(cell.removeprefix("EUR ").replace(",", ""))


@pytest.fixture(scope="module")
def with_grant() -> tuple[str, list[list[str]]]:
    return _docx_text(AgreementTerms.model_validate(_data()))


@pytest.fixture(scope="module")
def without_grant() -> tuple[str, list[list[str]]]:
    return _docx_text(AgreementTerms.model_validate(_without_grant(_data())))


def test_the_grant_agreement_and_the_granting_authority_are_defined(with_grant) -> None:
    text, _ = with_grant
    assert "“Grant Agreement” means the grant agreement No. 101192345 dated 20 November 2026 made between" in text
    assert "for the funding of the Project under Horizon Europe" in text
    assert "“Granting Authority” means the Clean Hydrogen Partnership Joint Undertaking" in text


def test_the_grant_agreement_prevails_between_the_members_as_far_as_it_binds_them(with_grant) -> None:
    text, _ = with_grant
    assert (
        "the Grant Agreement prevails as between the Members to the extent that it binds them, and this Agreement "
        "governs every matter that the Grant Agreement leaves to the Members" in text
    )
    assert "up to a maximum grant of EUR 1,794,000" in text


def test_the_coordinator_receives_and_distributes_the_grant_by_the_budget(with_grant) -> None:
    text, _ = with_grant
    assert "act as the sole intermediary between the Members and the Granting Authority" in text
    assert (
        "receive every payment of the grant made by the Granting Authority, including the pre-financing and every "
        "interim payment, and transfer to each Member its share in accordance with the Budget and the Grant "
        "Agreement without undue delay, and in any event within thirty (30) days after receipt" in text
    )


def test_ineligible_costs_and_recoveries_fall_on_the_member_that_caused_them(with_grant) -> None:
    text, _ = with_grant
    assert "rejects any cost claimed by a Member as ineligible, reduces the grant, recovers any amount" in text
    assert "that Member alone bears the consequence" in text


def test_the_agreement_runs_until_the_grant_obligations_are_discharged(with_grant, without_grant) -> None:
    text, _ = with_grant
    assert (
        "continues until the later of the end of the Project (expected on 31 December 2030) and the date on which "
        "all the obligations of the Members under the Grant Agreement have been discharged" in text
    )
    assert "audits and investigations, and the recovery of any amount" in text
    assert "in any event expires on 31 December 2030" not in text
    plain, _ = without_grant
    assert "in any event expires on 31 December 2030" in plain


def test_the_budget_schedule_adds_up_and_replaces_the_sharing_percentages(with_grant) -> None:
    text, rows = with_grant
    header = next(row for row in rows if row[:2] == ["Member", "Estimated costs"])
    assert header == ["Member", "Estimated costs", "Maximum grant", "Own contribution"]
    start = rows.index(header) + 1
    end = next(index for index in range(start, len(rows)) if rows[index][0] == "Total")
    lines = rows[start:end]
    assert [line[0] for line in lines] == ["Rheinwerk", "INMA", "Noordzee", "Politechnika", "Shannon"]
    for _, costs, grant, own in lines:
        assert _amount(costs) - _amount(grant) == _amount(own)
    total = rows[end]
    for column in (1, 2, 3):
        assert sum(_amount(line[column]) for line in lines) == _amount(total[column])
    # 70% of each member's costs, except INMA's own maximum grant.
    assert lines[0][1:] == ["EUR 600,000", "EUR 420,000", "EUR 180,000"]
    assert lines[1][1:] == ["EUR 450,000", "EUR 450,000", "EUR 0"]
    assert total[1:] == ["EUR 2,370,000", "EUR 1,794,000", "EUR 576,000"]
    # The clause states the same totals once, and the sharing engine is gone.
    assert "The estimated costs of the Project total EUR 2,370,000" in text
    assert "of which up to EUR 1,794,000 (one million, seven hundred and ninety-four thousand euros)" in text
    assert "Sharing of costs" not in text and "Share of Shared Costs" not in text
    assert "the calculation of the amounts due" not in text
    assert "(or, for INMA, one hundred per cent (100%)), up to the maximum grant of each Member in the Budget" in text


def test_dissemination_replaces_the_publication_veto(with_grant, without_grant) -> None:
    for text, _ in (with_grant, without_grant):
        assert "may object in writing, stating its grounds, only where the publication would" in text
        assert "no Member may prevent a publication that meets the objections made" in text
        assert "approval of publications" not in text.lower()
    text, _ = with_grant
    assert "Open access. Where the Grant Agreement requires open access" in text
    plain, _ = without_grant
    assert "Open access." not in plain


def test_without_a_grant_the_consortium_reads_as_before(without_grant) -> None:
    text, rows = without_grant
    assert "Grant Agreement" not in text and "Granting Authority" not in text and "Budget" not in text
    assert "Sharing of costs. The Members shall bear the costs reasonably and properly incurred" in text
    assert (
        "receive and distribute without delay any funds paid to the consortium, in accordance with the decisions "
        "of the General Assembly" in text
    )
    assert ["Member", "Estimated costs", "Maximum grant", "Own contribution"] not in rows


def test_a_budget_without_a_grant_has_costs_only() -> None:
    data = _data()
    data["consortium"].pop("grant")
    for line in data["consortium"]["budget"]:
        line["grant"] = None
    text, rows = _docx_text(AgreementTerms.model_validate(data))
    assert ["Member", "Estimated costs"] in rows and ["Total", "EUR 2,370,000"] in rows
    assert "The estimated costs of the Project total EUR 2,370,000" in text
    assert "Grant Agreement" not in text and "maximum grant" not in text.lower()
    assert "Sharing of costs" not in text


@pytest.mark.parametrize("profile", ["be", "de", "nl", "ew", "fr"])
def test_the_grant_clauses_draft_under_each_european_law(profile: str) -> None:
    data = _data()
    data["governing_law"] = {"profile": profile, "other": ""}
    draft = DraftText(assemble_for_review(AgreementTerms.model_validate(data)))
    for clause in ("grant_agreement.precedence", "grant_agreement.recovery", "financial.budget", "term.duration"):
        assert draft.has(clause), (profile, clause)
    assert "Grant Agreement" in draft.text("term.duration")
    assert draft.refers("effects.survival", "grant_agreement.recovery")


def test_a_schema_5_consortium_migrates_and_renders_as_before() -> None:
    old = _without_grant(_data())
    old["schema_version"] = 5
    old["governance"]["reserved_matters"].append(
        {"matter": "Approval of publications", "threshold": "unanimity", "amount": None}
    )
    upgraded = upgrade_terms(old)
    assert upgraded["schema_version"] == SCHEMA_VERSION
    terms = parse_terms(json.dumps(old))
    assert terms.schema_version == SCHEMA_VERSION and terms.consortium is not None
    assert terms.consortium.grant is None and terms.consortium.budget == ()
    # Nothing new is written back for a draft that does not use the new fields.
    assert set(json.loads(terms.to_json())["consortium"]) == set(old["consortium"])
    current = AgreementTerms.model_validate({**old, "schema_version": SCHEMA_VERSION})
    migrated, fresh = assemble_agreement(terms), assemble_agreement(current)
    assert (migrated.articles, migrated.schedules) == (fresh.articles, fresh.schedules)
    # Its publication veto is now reported against the dissemination article.
    found = {finding.rule_id for finding in review(terms)}
    assert "consistency.consortium.publication-veto" in found


def test_the_grant_and_budget_terms_are_checked() -> None:
    data = _data()
    bad = copy.deepcopy(data)
    bad["consortium"]["budget"][0]["costs"]["currency"] = "USD"
    with pytest.raises(ValidationError, match="one currency"):
        AgreementTerms.model_validate(bad)
    bad = copy.deepcopy(data)
    bad["consortium"]["budget"][1]["grant"]["amount"] = "500000.00"
    with pytest.raises(ValidationError, match="exceeds its estimated costs"):
        AgreementTerms.model_validate(bad)
    bad = copy.deepcopy(data)
    bad["consortium"]["dissemination"] = {"notice_days": 10, "objection_days": 15}
    with pytest.raises(ValidationError, match="objection period"):
        AgreementTerms.model_validate(bad)


def test_the_review_checks_the_budget_against_the_contributions_and_the_maximum_grant() -> None:
    terms = AgreementTerms.model_validate(_data())
    # A grant is received by the Coordinator: without one, the review stops the draft.
    headless = copy.deepcopy(_data())
    headless["consortium"]["coordinator"] = None
    assert "parties.coordinator-missing" in {f.rule_id for f in review(AgreementTerms.model_validate(headless))}
    assert not {f.rule_id for f in review(terms)} & {
        "consortium.budget-vs-contributions",
        "consortium.grant-over-maximum",
    }
    data = _data()
    data["consortium"]["budget"][0]["costs"]["amount"] = "550000.00"
    data["consortium"]["grant"]["max_grant"]["amount"] = "1500000.00"
    findings = {f.rule_id: f for f in review(AgreementTerms.model_validate(data))}
    budget = findings["consortium.budget-vs-contributions"]
    assert "Rheinwerk: Contributions of EUR 600,000, estimated costs of EUR 550,000 in the Budget" in budget.message
    assert "EUR 1,759,000" in findings["consortium.grant-over-maximum"].message
    # Without a budget, the example's cost shares (22% for Rheinwerk) disagree with its
    # Contributions (25.3% of their value).
    plain = {f.rule_id: f for f in review(AgreementTerms.model_validate(_without_grant(_data())))}
    assert (
        "Rheinwerk: 22% of the costs, 25.3% of the Contributions" in plain["consortium.budget-vs-contributions"].message
    )


# --- the wizard ------------------------------------------------------------------------


@pytest.fixture
def wizard(qtbot, tmp_path):
    from ui.wizard.wizard import AgreementWizard

    widget = AgreementWizard(tmp_path)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _section(wizard):
    from drafting.terms import AllianceModel

    return wizard.deal.sections[AllianceModel.CONSORTIUM]


def test_the_wizard_loads_and_saves_the_grant_and_budget(wizard) -> None:
    wizard.load(AgreementTerms.model_validate(_data()))
    section = _section(wizard)
    assert section.has_grant.isChecked() and section.programme.isEnabled()
    assert section.authority.text() == "the Clean Hydrogen Partnership Joint Undertaking"
    assert section.funding_rate.text() == "70" and section.agreement_date.text() == "2026-11-20"
    assert len(section.budget.rows) == 5
    assert section.publication_notice.value() == 30 and section.objection_days.value() == 15
    collected, problems = wizard.collect()
    assert problems == [] and collected is not None
    assert collected.consortium == AgreementTerms.model_validate(_data()).consortium
    saved = json.loads(collected.to_json())["consortium"]
    assert saved["grant"]["programme"].startswith("Horizon Europe") and len(saved["budget"]) == 5


def test_the_grant_is_off_by_default_and_asked_through_the_widgets(qtbot, wizard) -> None:
    from tests.ui_helpers import type_into

    wizard.load(AgreementTerms.model_validate(_without_grant(_data())))
    section = _section(wizard)
    assert not section.has_grant.isChecked() and not section.programme.isEnabled()
    collected, problems = wizard.collect()
    assert problems == [] and collected is not None and collected.consortium is not None
    assert collected.consortium.grant is None and collected.consortium.budget == ()
    assert "grant" not in json.loads(collected.to_json())["consortium"]

    section.has_grant.setChecked(True)
    assert section.programme.isEnabled()
    assert set(section.check()) == {"grant_programme", "grant_authority"}
    type_into(qtbot, section.programme, "Horizon Europe")
    type_into(qtbot, section.authority, "the European Research Executive Agency")
    type_into(qtbot, section.funding_rate, "70")
    type_into(qtbot, section.max_grant.amount, "700000")
    section.distribution_days.setValue(45)
    section.objection_days.setValue(20)
    for name, costs, grant in (("Rheinwerk", "600000", ""), ("INMA", "450000", "450000")):
        party, cost_cell, grant_cell = section.budget.add_row()
        party.set_value(name)
        type_into(qtbot, cost_cell, costs)
        if grant:
            type_into(qtbot, grant_cell, grant)
    assert section.check() == {}
    collected, problems = wizard.collect()
    assert problems == [] and collected is not None and collected.consortium is not None
    grant = collected.consortium.grant
    assert grant is not None and grant.programme == "Horizon Europe" and grant.funding_rate_percent == 70
    assert grant.max_grant is not None and grant.max_grant.amount == 700000 and grant.distribution_days == 45
    assert collected.consortium.dissemination.objection_days == 20
    budget = collected.consortium.budget
    assert [(line.party, line.costs.amount) for line in budget] == [("Rheinwerk", 600000), ("INMA", 450000)]
    assert budget[0].grant is None and budget[1].grant is not None and budget[1].grant.amount == 450000
    saved = json.loads(collected.to_json())["consortium"]
    assert saved["grant"]["granting_authority"] == "the European Research Executive Agency"
    assert saved["dissemination"]["objection_days"] == 20
