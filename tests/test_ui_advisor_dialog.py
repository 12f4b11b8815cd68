"""The "Help me choose a model" dialog driven through its widgets: every one of the eight
answers changes the advice, several purposes can be ticked at once, and the reasons say
why in terms of the answers (never "it is the next best fit")."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt

from drafting.advisor import Answers, Goal, Horizon, Level, recommend
from drafting.terms import AllianceModel
from tests.ui_helpers import click
from ui.advisor import AdvisorDialog

CIRCULAR = ("best fit", "fits your answers", "matches what the alliance is for")


@pytest.fixture
def dialog(qtbot) -> AdvisorDialog:
    advisor = AdvisorDialog()
    qtbot.addWidget(advisor)
    advisor.show()
    return advisor


def pick(qtbot, combo, text: str) -> None:
    """Choose an entry the way a keyboard user does: focus the drop-down, Home, then Down
    until it shows."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(text)


def advice(dialog: AdvisorDialog) -> str:
    return dialog.advice_label.text()


def test_the_dialog_hands_the_rules_enum_members_not_strings(qtbot, dialog) -> None:
    pick(qtbot, dialog.trust, "Low")
    answers = dialog.answers()
    assert answers.trust is Level.LOW and answers.horizon is Horizon.MEDIUM
    assert answers.commitment is Level.MEDIUM and answers.goals == frozenset({Goal.SHARE_INCOME})


@pytest.mark.parametrize(
    ("answer", "default", "choices"),
    [
        ("commitment", "Medium", ("Low", "High")),
        ("capital", "Low", ("Medium", "High")),
        ("risk", "Medium", ("Low", "High")),
        ("trust", "Medium", ("Low", "High")),
        ("horizon", "One", ("Under", "More")),
    ],
)
def test_every_drop_down_answer_changes_the_advice(
    qtbot, dialog, answer: str, default: str, choices: tuple[str, ...]
) -> None:
    baseline = advice(dialog)
    for choice in choices:
        pick(qtbot, getattr(dialog, answer), choice)
        assert advice(dialog) != baseline, f"{answer} = {choice} changed nothing"
    pick(qtbot, getattr(dialog, answer), default)
    assert advice(dialog) == baseline


def test_the_number_of_partners_changes_the_advice(qtbot, dialog) -> None:
    baseline = advice(dialog)
    dialog.partners.setFocus()
    qtbot.keyClick(dialog.partners, Qt.Key.Key_Up)
    assert dialog.partners.value() == 3
    assert advice(dialog) != baseline
    assert "voting rules" in advice(dialog)


def test_competing_partners_change_the_advice(qtbot, dialog) -> None:
    baseline = advice(dialog)
    dialog.competitors.setFocus()
    qtbot.keyClick(dialog.competitors, Qt.Key.Key_Space)
    assert dialog.competitors.isChecked() and advice(dialog) != baseline
    assert "must not swap prices" in advice(dialog)


def test_every_purpose_changes_the_advice(qtbot, dialog) -> None:
    click(qtbot, dialog.goals[Goal.SHARE_INCOME])  # untick the default
    seen = set()
    for box in dialog.goals.values():
        click(qtbot, box)
        seen.add(advice(dialog))
        assert dialog.recommendation.model is not None
        click(qtbot, box)
    assert len(seen) == len(Goal)


def test_a_deal_can_mix_supply_and_a_co_branded_campaign(qtbot, dialog) -> None:
    click(qtbot, dialog.goals[Goal.SHARE_INCOME])
    click(qtbot, dialog.goals[Goal.SELL_PRODUCTS])
    click(qtbot, dialog.goals[Goal.JOINT_MARKETING])
    result = dialog.recommendation
    assert {result.model, result.runner_up} == {AllianceModel.DISTRIBUTION, AllianceModel.CO_MARKETING}
    assert "sell the other's products" in advice(dialog) or "joint campaign" in advice(dialog)
    click(qtbot, dialog.use_runner_up)
    assert dialog.chosen is result.runner_up


def test_with_no_purpose_ticked_the_dialog_asks_for_one(qtbot, dialog) -> None:
    click(qtbot, dialog.goals[Goal.SHARE_INCOME])
    assert "Tick at least one purpose" in advice(dialog)


def test_no_reason_is_circular() -> None:
    levels = list(Level)
    for goal, commitment, trust, horizon, partners in itertools.product(
        list(Goal), levels, levels, list(Horizon), (2, 4)
    ):
        result = recommend(Answers(goal=goal, commitment=commitment, trust=trust, horizon=horizon, partners=partners))
        for reason in result.reasons + result.runner_up_reasons:
            assert reason and not any(phrase in reason for phrase in CIRCULAR), reason
