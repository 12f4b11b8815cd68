"""The model advisor's guidance, without Qt."""

from __future__ import annotations

import pytest

from drafting.advisor import GOAL_REASONS, Answers, Goal, Horizon, Level, recommend
from drafting.terms import NON_EQUITY_MODELS, AllianceModel


def test_a_cautious_first_partnership_starts_with_a_non_equity_model() -> None:
    answers = Answers(goal=Goal.SELL_PRODUCTS, commitment=Level.LOW, trust=Level.LOW, horizon=Horizon.SHORT)
    result = recommend(answers)
    assert result.model is AllianceModel.DISTRIBUTION
    assert any("Start simple" in reason for reason in result.reasons)
    assert result.runner_up in NON_EQUITY_MODELS | {AllianceModel.REVENUE_SHARING}


def test_large_long_capital_heavy_ventures_get_a_joint_venture() -> None:
    answers = Answers(
        goal=Goal.NEW_BUSINESS,
        commitment=Level.HIGH,
        capital=Level.HIGH,
        horizon=Horizon.LONG,
        risk_tolerance=Level.HIGH,
    )
    result = recommend(answers)
    assert result.model is AllianceModel.JOINT_VENTURE
    assert any("jointly owned company" in reason for reason in result.reasons)


def test_deep_strategic_access_gets_an_equity_stake() -> None:
    answers = Answers(goal=Goal.STRATEGIC_ACCESS, commitment=Level.HIGH, trust=Level.HIGH, horizon=Horizon.LONG)
    assert recommend(answers).model is AllianceModel.EQUITY_ALLIANCE


def test_minimal_investment_points_to_revenue_sharing() -> None:
    result = recommend(Answers(goal=Goal.SHARE_INCOME, capital=Level.LOW))
    assert result.model is AllianceModel.REVENUE_SHARING
    assert "Little upfront investment is needed." in result.reasons


def test_many_partners_on_a_large_project_form_a_consortium() -> None:
    assert recommend(Answers(goal=Goal.LARGE_PROJECT, partners=5)).model is AllianceModel.CONSORTIUM


def test_a_short_low_commitment_horizon_argues_against_a_joint_venture() -> None:
    result = recommend(Answers(goal=Goal.NEW_BUSINESS, commitment=Level.LOW, horizon=Horizon.SHORT))
    scores = dict(result.scores)
    assert scores[AllianceModel.JOINT_VENTURE] < scores[AllianceModel.REVENUE_SHARING] + 6


@pytest.mark.parametrize("goal", list(Goal))
def test_every_answer_gives_two_different_models_with_reasons(goal: Goal) -> None:
    result = recommend(Answers(goal=goal))
    assert result.model is not result.runner_up
    assert result.reasons and result.runner_up_reasons


def test_securing_a_key_supplier_for_years_gets_a_strategic_supply_agreement() -> None:
    answers = Answers(goal=Goal.SECURE_SUPPLY, commitment=Level.HIGH, capital=Level.MEDIUM, horizon=Horizon.LONG)
    result = recommend(answers)
    assert result.model is AllianceModel.SUPPLIER_ALLIANCE
    assert any("committed volumes" in reason for reason in result.reasons)
    assert any("co-funded" in reason for reason in result.reasons)
    assert result.runner_up is not AllianceModel.JOINT_VENTURE


def test_a_short_light_supply_gets_no_long_term_reasons() -> None:
    result = recommend(Answers(goal=Goal.SECURE_SUPPLY, commitment=Level.LOW, horizon=Horizon.SHORT))
    assert result.model is AllianceModel.SUPPLIER_ALLIANCE  # still what it is for
    assert result.reasons == (GOAL_REASONS[Goal.SECURE_SUPPLY],)


def test_with_many_partners_a_consortium_comes_close_behind() -> None:
    answers = Answers(goal=Goal.SECURE_SUPPLY, horizon=Horizon.LONG, commitment=Level.HIGH, partners=4)
    scores = dict(recommend(answers).scores)
    two = dict(recommend(Answers(goal=Goal.SECURE_SUPPLY, horizon=Horizon.LONG, commitment=Level.HIGH)).scores)
    assert recommend(answers).runner_up is AllianceModel.CONSORTIUM
    # A supply agreement is bilateral: with several partners it loses ground.
    assert scores[AllianceModel.SUPPLIER_ALLIANCE] < two[AllianceModel.SUPPLIER_ALLIANCE]


def test_only_the_supply_goal_leads_to_a_supplier_alliance() -> None:
    for goal in Goal:
        if goal is Goal.SECURE_SUPPLY:
            continue
        answers = Answers(goal=goal, commitment=Level.HIGH, capital=Level.HIGH, horizon=Horizon.LONG)
        assert recommend(answers).model is not AllianceModel.SUPPLIER_ALLIANCE, goal


def test_joint_research_recommends_an_rnd_collaboration_with_reasons() -> None:
    """Two companies developing technology that is not ready yet: an R&D collaboration,
    with the option on the results among the reasons; licensing or a consortium next."""
    result = recommend(Answers(goal=Goal.JOINT_RESEARCH, horizon=Horizon.LONG, partners=2, capital=Level.MEDIUM))
    assert result.model is AllianceModel.RESEARCH_COLLABORATION
    assert any("option to license" in reason for reason in result.reasons)
    assert result.runner_up is not AllianceModel.RESEARCH_COLLABORATION


def test_many_research_partners_lean_to_a_consortium_and_technology_users_to_rnd() -> None:
    many = recommend(Answers(goal=Goal.JOINT_RESEARCH, partners=6))
    assert AllianceModel.CONSORTIUM in (many.model, many.runner_up)
    using = recommend(Answers(goal=Goal.USE_TECHNOLOGY, horizon=Horizon.LONG, commitment=Level.HIGH))
    assert using.model is AllianceModel.LICENSING
    assert using.runner_up is AllianceModel.RESEARCH_COLLABORATION
