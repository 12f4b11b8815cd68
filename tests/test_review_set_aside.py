"""Nothing the user answered is set aside in silence: an answer the type drafts, but that
the assembled agreement sets aside, replaces with a fixed rule or recomputes, is reported
once, grouped, with the clause that carries what is drafted instead, from the
``[[set_aside]]`` entries of the type's blueprint; where the precedent calls for the
answer, it is drafted instead (a joint venture's milestones)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from drafting.engine.blueprints import BlueprintError, default_blueprints, load_blueprint
from drafting.engine.catalogue import default_catalogue
from drafting.review import review
from drafting.review.findings import Finding, Severity
from drafting.terms import AgreementTerms, AllianceModel
from drafting.validation import load_terms_file
from ui.drafts import blank_terms
from ui.wizard.fields import WIDGETS, field_key

ROOT = Path(__file__).resolve().parent.parent


def _example(name: str, **changes: Any) -> AgreementTerms:
    """An example draft with ``changes`` ("consortium.budget" -> value) applied."""
    data = load_terms_file(ROOT / "examples" / f"{name}.json").model_dump(mode="json")
    for path, value in changes.items():
        *parents, last = path.split("__")
        target = data
        for step in parents:
            target = target[step]
        target[last] = value
    return AgreementTerms.model_validate(data)


def _set_aside(terms: AgreementTerms, entry: str) -> list[Finding]:
    return [finding for finding in review(terms) if finding.rule_id == f"set-aside.{entry}"]


def _text(terms: AgreementTerms) -> str:
    return "\n".join(body_text_lines(assemble_agreement(terms)))


# Equity alliance (precedent 2): the investor has no exit events.


def test_an_investor_s_exit_events_are_reported_with_the_clauses_that_replace_them() -> None:
    triggers = ["material_breach", "change_of_control", "insolvency", "lock_in_expiry"]
    (found,) = _set_aside(_example("equity_alliance", exit__triggers=triggers), "exit-triggers")
    assert found.severity is Severity.WARNING and found.path == "exit.triggers"
    assert found.items == (
        "an exit on a change of control",
        "an exit on a material breach",
        "an exit on insolvency",
        "an exit when the lock-in ends",
    )
    # The fall-away clause and the transfer article, by number.
    assert found.clauses[0].startswith("clause 2.") and found.clauses[1].startswith("Article ")
    assert "fall away" in found.message and "put or call" in found.message


def test_an_investor_without_exit_events_and_a_new_equity_draft_are_silent() -> None:
    # The example gives its investor no exit events (the fall-away and transfer articles do).
    assert _set_aside(_example("equity_alliance"), "exit-triggers") == []
    assert blank_terms(AllianceModel.EQUITY_ALLIANCE).exit is not None
    assert blank_terms(AllianceModel.EQUITY_ALLIANCE).exit.triggers == ()  # type: ignore[union-attr]


# Consortium: one liability cap, the access-rights architecture, the Budget's own contribution.


def test_a_general_cap_beside_the_members_cap_is_reported() -> None:
    terms = _example("consortium_five_party")
    (found,) = _set_aside(terms, "second-liability-cap")
    # Wizard housekeeping (the Members' cap is drafted): a note (issue 14, round 3).
    assert found.severity is Severity.NOTE and found.path == "boilerplate.liability_cap.amount"
    assert found.items == ("a general liability cap of EUR 1,500,000 beside the Members' cap of EUR 500,000",)
    assert found.clauses and "1,500,000" not in _text(terms)


def test_one_cap_answered_is_silent() -> None:
    fees_based = _example("consortium_five_party", boilerplate__liability_cap={"kind": "fees_last_12_months"})
    assert _set_aside(fees_based, "second-liability-cap") == []
    # Without a Members' cap the general cap is the one drafted.
    general_only = _example("consortium_five_party", consortium__member_liability_cap=None)
    assert _set_aside(general_only, "second-liability-cap") == []
    assert "1,500,000" in _text(general_only)


def test_background_licence_answers_under_access_rights_are_reported() -> None:
    licence = {"scope": "", "exclusive": True, "royalty_percent": "3", "sublicensable": False, "survives_exit": False}
    terms = _example("consortium_five_party", ip__background_licence=licence)
    (found,) = _set_aside(terms, "background-licence")
    assert found.items == ("an exclusive licence of Background IP", "a royalty of 3% on Background IP")
    assert found.path == "ip.background_licence" and len(found.clauses) == 2
    assert "royalty of 3" not in _text(terms)


def test_background_licence_left_at_its_defaults_is_silent() -> None:
    terms = _example("consortium_five_party", ip__background_licence={"sublicensable": True})
    assert _set_aside(terms, "background-licence") == []


def test_cash_contributions_recomputed_into_the_budget_are_reported() -> None:
    (found,) = _set_aside(_example("consortium_five_party"), "own-contribution")
    assert found.path == "consortium.budget" and found.severity is Severity.WARNING
    rheinwerk = "Rheinwerk's cash contribution of EUR 250,000 (own contribution in the Budget: EUR 180,000)"
    assert found.items[0] == rheinwerk
    assert [label.split()[0] for label in found.clauses] == ["clause", "Schedule"]


def test_cash_contributions_that_are_the_budget_s_own_contributions_are_silent() -> None:
    terms = _example("consortium_five_party")
    own = {"Rheinwerk": "180000", "Noordzee": "135000", "Shannon": "135000"}
    contributions = [
        {**entry, "value": {"amount": own[entry["party"]], "currency": "EUR"}} if entry["kind"] == "cash" else entry
        for entry in terms.model_dump(mode="json")["contributions"]
    ]
    assert _set_aside(_example("consortium_five_party", contributions=contributions), "own-contribution") == []


# Joint venture: related-party contracts dealt with once; the parents' milestones drafted.


def test_a_related_party_reserved_matter_left_out_for_the_services_clause_is_reported() -> None:
    terms = _example("joint_venture_50_50")
    (found,) = _set_aside(terms, "related-party-reserved-matter")
    assert found.items == ("the reserved matter 'Entering contracts with a Party or its affiliates'",)
    assert found.path == "governance.reserved_matters" and len(found.clauses) == 2
    assert "entering contracts with a Party" not in _text(terms)


def test_without_the_services_clause_the_reserved_matter_is_drafted_and_nothing_is_said() -> None:
    terms = _example("joint_venture_50_50", joint_venture__parent_services_arms_length=False)
    assert _set_aside(terms, "related-party-reserved-matter") == []
    assert "entering contracts with a Party or its Affiliates" in _text(terms)


def test_a_joint_venture_drafts_its_parents_milestones() -> None:
    milestone = {"description": "Financial close of the construction loan", "due": "2027-06-30", "owner": "Lumen"}
    terms = _example("joint_venture_unequal", scope__milestones=[milestone])
    assert "Financial close of the construction loan" in _text(terms)
    assert not [finding for finding in review(terms) if finding.rule_id == "answers.not-drafted"]


# The class itself: every entry is reachable, and a malformed one fails to load.


def test_every_entry_s_answer_is_a_field_the_wizard_edits() -> None:
    entries = [entry for blueprint in default_blueprints().values() for entry in blueprint.set_aside]
    assert len(entries) >= 5
    for entry in entries:
        assert field_key(entry.answer) in WIDGETS, entry.id


def test_an_entry_without_a_known_severity_or_clause_does_not_load(tmp_path: Path) -> None:
    source = (ROOT / "clause_templates" / "blueprints" / "consortium.toml").read_text()
    for bad, message in (
        ('severity = "warning"', 'severity = "loud"'),
        ('clauses = ["consortium.liability"]', 'clauses = ["consortium.nowhere"]'),
    ):
        path = tmp_path / "consortium.toml"
        path.write_text(source.replace(bad, message, 1))
        with pytest.raises(BlueprintError, match="set_aside"):
            load_blueprint(default_catalogue(), path)


# Distribution has entries now (a product named in the field but not among the Products),
# and so do data sharing (milestones beyond the DPIA, which its example does not give) and
# licensing (a fixed term replaced by the Royalty Term, which its example chose).
@pytest.mark.parametrize("name", ["research_collaboration", "data_sharing"])
def test_types_without_entries_stay_silent(name: str) -> None:
    assert not [finding for finding in review(_example(name)) if finding.rule_id.startswith("set-aside.")]


# A clause's own entry (disputes/catalogue.toml), for every type that drafts the clause.

DIAC = "the Arbitration Rules of the Dubai International Arbitration Centre"


@pytest.mark.parametrize("name", ["joint_venture_50_50", "consortium_five_party"])
def test_an_institution_not_on_the_list_is_replaced_as_expert_appointer_with_a_note(name: str) -> None:
    arbitration = {"institution": "other", "other_rules": DIAC, "seat": "Dubai", "arbitrators": 3}
    terms = _example(name, disputes__arbitration=arbitration, exit__expert="an independent firm of accountants")
    (found,) = _set_aside(terms, "expert-appointer")
    assert found.severity is Severity.NOTE and found.path == "disputes.arbitration"
    assert found.items == (f"{DIAC} as the arbitral institution",)
    assert "ICC International Centre for ADR" in _text(terms)


def test_a_listed_institution_or_an_expert_who_is_named_with_its_appointer_is_silent() -> None:
    assert _set_aside(_example("joint_venture_50_50"), "expert-appointer") == []
    arbitration = {"institution": "other", "other_rules": DIAC, "seat": "Dubai", "arbitrators": 3}
    named = "an accountant agreed by the Parties or, failing agreement, named by the ICAEW"
    terms = _example("joint_venture_50_50", disputes__arbitration=arbitration, exit__expert=named)
    assert _set_aside(terms, "expert-appointer") == []
    # round 3: a joint venture keeps the named appointer and adds the ICC only as a fallback
    # should it not appoint
    text = _text(terms)
    assert f"{named} or, if no appointment is made in that way" in text
    assert text.count("ICC International Centre for ADR") == 1
    # An investment agreement with no Expert clause (no exit valuation to refer) says nothing.
    equity = _example("equity_alliance", disputes__arbitration=arbitration, exit__expert="an accountant")
    assert _set_aside(equity, "expert-appointer") == []


def test_every_type_that_drafts_the_expert_clause_carries_the_clause_s_entry() -> None:
    for model, blueprint in default_blueprints().items():
        assert "expert-appointer" in [entry.id for entry in blueprint.set_aside], model
