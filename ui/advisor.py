"""The "Help me choose a model" page: plain questions, a live recommendation with its
reasons and the runner-up. The logic lives in ``drafting.advisor`` (no Qt).

What the alliance is for is a set of check boxes (a deal may mix purposes); the other
answers are drop-downs whose item data are the enum values, turned back into enum members
by ``Answers`` (Qt hands StrEnum data back as plain strings)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from drafting.advisor import Answers, Goal, Horizon, Level, Recommendation, recommend
from drafting.terms import AllianceModel
from ui.labels import MODEL_BLURBS, MODEL_NAMES
from ui.widgets import add_row, help_line

GOALS = {
    Goal.SELL_PRODUCTS: "Selling one side's products through the other",
    Goal.USE_TECHNOLOGY: "Using the other side's technology, brand or know-how",
    Goal.JOINT_MARKETING: "Promoting each other or a joint campaign",
    Goal.NEW_BUSINESS: "Building a new business together",
    Goal.STRATEGIC_ACCESS: "Investing in the other side for a lasting strategic tie",
    Goal.SHARE_INCOME: "Earning from a joint offering and sharing the income",
    Goal.LARGE_PROJECT: "Large project with several organisations",
    Goal.POOL_DATA: "Data: pooling or exchanging it",
    Goal.OPEN_SOFTWARE: "Open-source software built together",
    Goal.SECURE_SUPPLY: "Securing a key supplier for years (volumes, capacity, shared tooling)",
    Goal.GROW_NETWORK: "Growing through many local partners who share revenue with us",
    Goal.JOINT_RESEARCH: "Researching or developing something new together",
    Goal.CO_OWN_PRACTICE: "Professionals sharing a company while each keeps an own practice",
}
LEVELS = {Level.LOW: "Low", Level.MEDIUM: "Medium", Level.HIGH: "High"}
HORIZONS = {Horizon.SHORT: "Under a year", Horizon.MEDIUM: "One to three years", Horizon.LONG: "More than three years"}


def _combo(options: dict[object, str], default: object) -> QComboBox:
    combo = QComboBox()
    for value, text in options.items():
        combo.addItem(text, value)
    combo.setCurrentIndex(combo.findData(default))
    return combo


class AdvisorDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Help me choose an alliance model")
        self.chosen: AllianceModel | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            help_line(
                "Answer a few questions; the recommendation updates as you go. You can always pick another model."
            )
        )
        form = QFormLayout()
        layout.addLayout(form)
        defaults = Answers()
        purposes = QWidget()
        grid = QGridLayout(purposes)
        grid.setContentsMargins(0, 0, 0, 0)
        self.goals: dict[Goal, QCheckBox] = {}
        for index, (goal, text) in enumerate(GOALS.items()):
            box = QCheckBox(text)
            box.setChecked(goal in defaults.goals)
            box.setAccessibleDescription("Tick every purpose the alliance serves.")
            grid.addWidget(box, index // 2, index % 2)
            self.goals[goal] = box
        caption = add_row(form, "The alliance is &for", purposes, "Tick every purpose: a deal can mix several.")
        caption.setBuddy(next(iter(self.goals.values())))
        self.commitment = _combo(LEVELS, defaults.commitment)  # type: ignore[arg-type]
        add_row(form, "&Commitment each side brings", self.commitment, "Time, people and attention, not only money.")
        self.capital = _combo(LEVELS, defaults.capital)  # type: ignore[arg-type]
        add_row(form, "&Money each side invests", self.capital, "Upfront cash or assets the alliance needs.")
        self.risk = _combo(LEVELS, defaults.risk_tolerance)  # type: ignore[arg-type]
        add_row(form, "&Risk you can accept", self.risk, "How much you could lose if the alliance fails.")
        self.trust = _combo(LEVELS, defaults.trust)  # type: ignore[arg-type]
        add_row(
            form,
            "&Trust between the parties",
            self.trust,
            "Low for a new partner, high after years of working together.",
        )
        self.horizon = _combo(HORIZONS, defaults.horizon)  # type: ignore[arg-type]
        add_row(form, "&How long it should last", self.horizon, "The time you expect the alliance to run.")
        self.partners = QSpinBox()
        self.partners.setRange(2, 500)
        add_row(form, "&Number of partners", self.partners, "Including yourself.")
        self.competitors = QCheckBox("The partners &compete with each other")
        add_row(
            form, "Competitors", self.competitors, "Competitors can cooperate, but need competition-law safeguards."
        )
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.advice_label.setAccessibleName("Recommendation")
        self.advice_label.setMinimumHeight(150)
        layout.addWidget(self.advice_label)
        row = QHBoxLayout()
        self.use_best = QPushButton("&Use the recommendation")
        self.use_runner_up = QPushButton("Use the r&unner-up")
        row.addWidget(self.use_best)
        row.addWidget(self.use_runner_up)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for box in self.goals.values():
            box.toggled.connect(self.update_recommendation)
        for combo in (self.commitment, self.capital, self.risk, self.trust, self.horizon):
            combo.currentIndexChanged.connect(self.update_recommendation)
        self.partners.valueChanged.connect(self.update_recommendation)
        self.competitors.toggled.connect(self.update_recommendation)
        self.use_best.clicked.connect(lambda: self._choose(self.recommendation.model))
        self.use_runner_up.clicked.connect(lambda: self._choose(self.recommendation.runner_up))
        self.update_recommendation()

    def answers(self) -> Answers:
        return Answers(
            goals=frozenset(goal for goal, box in self.goals.items() if box.isChecked()),
            commitment=self.commitment.currentData(),
            capital=self.capital.currentData(),
            risk_tolerance=self.risk.currentData(),
            trust=self.trust.currentData(),
            horizon=self.horizon.currentData(),
            partners=self.partners.value(),
            competitors=self.competitors.isChecked(),
        )

    def update_recommendation(self) -> None:
        self.recommendation: Recommendation = recommend(self.answers())
        best, second = self.recommendation.model, self.recommendation.runner_up
        reasons = "".join(f"<li>{escape(reason)}</li>" for reason in self.recommendation.reasons)
        chosen = any(box.isChecked() for box in self.goals.values())
        prompt = "" if chosen else "<p><i>Tick at least one purpose above for a firmer answer.</i></p>"
        self.advice_label.setText(
            f"{prompt}<p><b>Recommended: {MODEL_NAMES[best]}</b><br>{MODEL_BLURBS[best]}</p><ul>{reasons}</ul>"
            f"<p>Runner-up: <b>{MODEL_NAMES[second]}</b>: {escape(self.recommendation.runner_up_reasons[0])}</p>"
        )
        self.use_best.setText(f"&Use {MODEL_NAMES[best].lower()}")
        self.use_runner_up.setText(f"Use the r&unner-up ({MODEL_NAMES[second].lower()})")

    def _choose(self, model: AllianceModel) -> None:
        self.chosen = model
        self.accept()
