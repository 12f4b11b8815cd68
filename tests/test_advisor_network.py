"""The advisor recommends a partner network for a platform growing through many local
partners, with its reasons, and keeps the consortium for a shared project."""

from __future__ import annotations

from drafting.advisor import Answers, Goal, Horizon, Level, recommend
from drafting.terms import AllianceModel


def test_a_platform_with_many_local_partners_gets_a_partner_network() -> None:
    result = recommend(Answers(goal=Goal.GROW_NETWORK, capital=Level.LOW, partners=12, horizon=Horizon.LONG))
    assert result.model is AllianceModel.PARTNER_NETWORK
    assert any("accession form" in reason for reason in result.reasons)
    assert any("own means" in reason for reason in result.reasons)


def test_selling_through_many_resellers_points_to_a_network_not_a_consortium() -> None:
    result = recommend(Answers(goal=Goal.SELL_PRODUCTS, partners=20))
    assert AllianceModel.PARTNER_NETWORK in (result.model, result.runner_up)
    assert result.model is not AllianceModel.CONSORTIUM


def test_a_large_shared_project_still_gets_a_consortium() -> None:
    result = recommend(Answers(goal=Goal.LARGE_PROJECT, partners=5, capital=Level.HIGH))
    assert result.model is AllianceModel.CONSORTIUM
    assert result.runner_up is not AllianceModel.PARTNER_NETWORK


def test_two_parties_sharing_income_stay_with_revenue_sharing() -> None:
    assert recommend(Answers(goal=Goal.SHARE_INCOME, partners=2)).model is AllianceModel.REVENUE_SHARING
