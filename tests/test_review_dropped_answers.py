"""Nothing the user answered is dropped in silence: an answer the agreement type cannot
draft (kept from before a switch of type, or brought by an imported file) is reported once,
grouped, with a fix the wizard can make; the wizard never asks for such an answer itself,
since it hides each question the type does not draft by the same analysis of the clauses."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from drafting.engine.blueprints import answers_drafted, fields_drafted
from drafting.engine.catalogue import default_catalogue
from drafting.review import review
from drafting.review.dropped import FIELD_BY_FIELD, clear_dropped, dropped_answers, dropped_items
from drafting.terms import AgreementTerms, AllianceModel
from drafting.validation import load_terms_file
from tests.review_corpus.cases import CASES
from ui.drafts import blank_terms

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = sorted([*ROOT.glob("examples/*.json"), *ROOT.glob("tests/scenarios/*.json")])


def _case(name: str) -> AgreementTerms:
    return next(case.terms for case in CASES if case.name == name)


def _switched(terms: AgreementTerms, model: AllianceModel) -> AgreementTerms:
    return AgreementTerms.model_validate({**terms.model_dump(), "model": model})


def test_one_analysis_gives_the_pages_and_the_fields() -> None:
    for model in AllianceModel:
        assert answers_drafted(model) == {path.split(".")[0] for path in fields_drafted(model)}


def test_answers_judged_field_by_field_are_each_drafted_by_a_clause_of_their_own() -> None:
    clauses = {spec.id: spec for section in default_catalogue().sections for spec in section.clauses}
    for path in FIELD_BY_FIELD:
        readers = [spec.id for spec in clauses.values() if any(v.startswith(f"terms.{path}") for v in spec.variables)]
        assert path in readers, path


@pytest.mark.parametrize("model", list(AllianceModel), ids=lambda model: model.value)
def test_a_new_draft_switched_to_any_type_loses_no_answer(model: AllianceModel) -> None:
    """A blank draft's starting choices (a general assembly, a coordinator) are no answers."""
    for other in AllianceModel:
        dropped = dropped_answers(_switched(blank_terms(model), other))
        if model is AllianceModel.PROFESSIONALS_MEMBERS and other is AllianceModel.PARTNER_NETWORK:
            # The members' precedent starts with its Consensus Matters; a network has no body.
            assert dropped == {"governance": []}
        else:
            assert dropped == {}, (model.value, other.value)


@pytest.mark.parametrize("path", DRAFTS, ids=lambda path: path.stem)
def test_examples_and_scenarios_hold_only_answers_their_type_drafts(path: Path) -> None:
    assert dropped_answers(load_terms_file(path)) == {}


def test_answers_kept_from_a_joint_venture_are_named_once_with_the_fix() -> None:
    terms = _case("network-switched-from-a-joint-venture")
    found = [finding for finding in review(terms) if finding.rule_id == "answers.not-drafted"]
    assert len(found) == 1
    finding = found[0]
    assert finding.path == "model"
    assert finding.items == ("governance", "intellectual property", "exit terms")
    assert "A partner network agreement has no clause for" in finding.message
    assert "Clear answers this type does not draft" in finding.fix
    # No other rule speaks of the joint ownership of results a network does not draft.
    assert not [finding for finding in review(terms) if finding.path.startswith(("ip.", "governance.", "exit."))]


def test_kpis_and_milestones_of_an_imported_distribution_draft() -> None:
    terms = _case("distribution-imported-kpis-and-milestones")
    assert dropped_items(terms) == ["scope (KPIs, milestones)"]
    assert dropped_answers(_case("co-marketing-kpis-drafted")) == {}


def test_clearing_removes_only_what_the_type_cannot_draft() -> None:
    terms = _case("network-switched-from-a-joint-venture")
    cleared = clear_dropped(terms)
    assert dropped_answers(cleared) == {}
    assert not [finding for finding in review(cleared) if finding.rule_id == "answers.not-drafted"]
    assert cleared.governance.reserved_matters == () and cleared.exit is None
    assert cleared.network == terms.network and cleared.parties == terms.parties
    assert body_text_lines(assemble_agreement(cleared)) == body_text_lines(assemble_agreement(terms))


def test_an_answer_the_type_drafts_in_part_is_left_to_the_assembled_draft() -> None:
    """Exclusivity in a consortium is reported once (no clause of the type reads it), not
    also as a public body's exclusive deal: the agreement is not exclusive."""
    ids = [finding.rule_id for finding in review(_case("consortium-public-body-home-law"))]
    assert ids.count("answers.not-drafted") == 1
    assert "parties.public-body-exclusivity" not in ids
    assert "consistency.answer-not-drafted" not in ids


# --- the wizard ---------------------------------------------------------------------------
pytest_plugins = ("tests.ui_fixtures",)


@pytest.fixture
def wizard(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from ui.wizard.wizard import AgreementWizard

    built = AgreementWizard(tmp_path)
    qtbot.addWidget(built)
    return built


def test_the_wizard_asks_only_what_the_type_drafts(wizard) -> None:  # type: ignore[no-untyped-def]
    for model in AllianceModel:
        wizard.load(blank_terms(model))
        terms, problems = wizard.collect()
        assert terms is not None, problems
        assert dropped_answers(terms) == {}, model.value
        drafts_objectives = "scope.objectives" in fields_drafted(model)
        assert wizard.scope.objectives.isHidden() is not drafts_objectives, model.value
        # The box holds the exclusivity and the non-compete questions (a licence drafts only
        # a covenant not to compete; its exclusivity is the grant's).
        asks = {"exclusivity", "non_compete"} & answers_drafted(model)
        assert wizard.scope.exclusivity_box.isHidden() is not asks, model.value
        contributions_box = wizard.contributions.parties_tables_box
        assert contributions_box.isHidden() is ("contributions" not in answers_drafted(model)), model.value
        assert wizard.basics.clear_button.isHidden()


def test_a_switch_of_type_names_the_answers_and_clears_them_in_one_step(wizard) -> None:  # type: ignore[no-untyped-def]
    wizard.load(_case("consortium-public-body-home-law"))
    assert "exclusivity" in wizard.basics.dropped_line.text()
    assert not wizard.basics.clear_button.isHidden()
    wizard.basics.clear_button.click()
    terms, _problems = wizard.collect()
    assert terms is not None and dropped_answers(terms) == {}
    assert terms.exclusivity.kind.value == "none"
    assert wizard.basics.clear_button.isHidden()
    wizard.history.undo()
    terms, _problems = wizard.collect()
    assert terms is not None and terms.exclusivity.kind.value == "field"


# --- deal-specific points of law, as profile data -------------------------------------------
def _moved(terms: AgreementTerms, country: str) -> AgreementTerms:
    """The draft with its law and every party's home in ``country``."""
    data = terms.model_dump(mode="json")
    data["governing_law"] = country
    for entry in data["parties"]:
        entry["jurisdiction"] = country
    return AgreementTerms.model_validate(data)


@pytest.mark.parametrize(
    ("country", "said"),
    [
        ("Germany", "section 37 of the Federal Data Protection Act"),
        ("France", "Article 47 of the French Data Protection Act"),
        ("Netherlands", "Article 40 of the Dutch GDPR Implementation Act"),
        ("Ireland", "SCHUFA"),
        ("England and Wales", "section 14 of the Data Protection Act 2018"),
        ("New York", None),
        ("Singapore", None),
    ],
)
def test_automated_decisions_follow_each_law_s_profile(country: str, said: str | None) -> None:
    terms = _moved(_case("data-sharing-orders-declined-on-the-score"), country)
    found = [finding for finding in review(terms) if finding.rule_id == "data.automated-decisions"]
    if said is None:
        assert found == []
    else:
        assert len(found) == 1 and said in found[0].message
        assert "Huishoud take each decision" in found[0].message


@pytest.mark.parametrize(
    ("case", "rule_id", "said"),
    [
        ("equity-clean", "law.related-party-agreement", "article L. 227-10"),
        ("equity-french-sa-investee", "law.related-party-agreement", "article L. 225-38"),
        ("jv-french-sas-parent-services", "law.related-party-agreement", "article L. 227-10"),
        ("research-university-results-to-the-company", "research.state-aid", "2022/C 414/01"),
    ],
)
def test_each_point_of_law_is_said_only_under_a_law_that_has_it(case: str, rule_id: str, said: str) -> None:
    terms = _case(case)
    assert any(said in finding.message for finding in review(terms) if finding.rule_id == rule_id)
    # Moved to a system whose profile says nothing on the point: silent.
    elsewhere = _moved(terms, "Switzerland") if rule_id == "research.state-aid" else _moved(terms, "Germany")
    if case.startswith("jv-"):
        data = elsewhere.model_dump(mode="json")
        data["joint_venture"]["jurisdiction"] = "Germany"
        elsewhere = AgreementTerms.model_validate(data)
    assert not [finding for finding in review(elsewhere) if finding.rule_id == rule_id]
