"""The welcome at the top of the home screen: a plain question ("What are you setting
up?") whose answers start the new-draft flow with the fitting model, an example, or
the advisor. On first run (no drafts yet) it fills the screen; once there are drafts it
shrinks to one row of buttons above them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCommandLinkButton, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from drafting.terms import AllianceModel
from ui.widgets import help_line

#: The answers to "What are you setting up?", in business words, each with its model.
#: The most common small-business deals first; anything else goes to the advisor.
STARTS: tuple[tuple[str, str, AllianceModel], ...] = (
    (
        "We sell something together and share the money",
        "For example a roaster's coffee sold in a café chain, the takings split by agreed percentages.",
        AllianceModel.REVENUE_SHARING,
    ),
    (
        "One of us sells the other's products",
        "A distributor or reseller buys and resells the supplier's goods, perhaps in its own territory.",
        AllianceModel.DISTRIBUTION,
    ),
    (
        "One of us lets the other use its technology, brand or content",
        "A licence of patents, software, recipes, a trade mark or know-how, usually against royalties.",
        AllianceModel.LICENSING,
    ),
    (
        "We promote each other or run a campaign together",
        "Shared marketing: who pays what, who gets the leads, how each uses the other's brand.",
        AllianceModel.CO_MARKETING,
    ),
    (
        "We set up a company together",
        "A joint venture: a new company both of you own, with a board and rules for leaving.",
        AllianceModel.JOINT_VENTURE,
    ),
)


#: Narrow enough for two columns in a 700-pixel window.
MIN_BUTTON_WIDTH = 180


class WelcomePanel(QWidget):
    """Emits what the user wants to start from."""

    model_chosen = Signal(object)  # AllianceModel
    example_requested = Signal()
    advisor_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        self.title = QLabel("<h1>Welcome to Pactwright</h1>")
        self.intro = help_line(
            "Draft an alliance agreement in plain words, in about ten minutes: answer the questions, read the "
            "one-page summary, export a clean copy for the other side and a copy with notes for your lawyer. "
            "Everything stays on this computer."
        )
        self.question = QLabel("<h2>What are you setting up?</h2>")
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.question)
        self.grid = QGridLayout()
        self.starts: list[QCommandLinkButton] = []
        for text, description, model in STARTS:
            # "&&": a name with an ampersand is text, never a keyboard mnemonic.
            button = QCommandLinkButton(text.replace("&", "&&"), description)
            button.setAccessibleDescription(description)
            button.setMinimumWidth(MIN_BUTTON_WIDTH)  # long answers wrap rather than widen a small window
            button.clicked.connect(lambda _checked=False, chosen=model: self.model_chosen.emit(chosen))
            self.starts.append(button)
        self.advisor_start = QCommandLinkButton(
            "Something else, or I'm not sure", "Answer a few plain questions and get a recommended kind of agreement."
        )
        self.advisor_start.setMinimumWidth(MIN_BUTTON_WIDTH)
        self.advisor_start.clicked.connect(self.advisor_requested)
        self.starts.append(self.advisor_start)
        layout.addLayout(self.grid)
        row = QHBoxLayout()
        self.example_button = QPushButton("Start from an e&xample…")
        self.example_button.setToolTip("A complete sample agreement of each kind, ready to adapt.")
        self.example_button.clicked.connect(self.example_requested)
        row.addWidget(self.example_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.first_run = True
        self.set_first_run(True)

    def set_first_run(self, first_run: bool) -> None:
        """Full welcome with explanations (no drafts yet), or a compact row of starts."""
        self.first_run = first_run
        self.title.setVisible(first_run)
        self.intro.setVisible(first_run)
        self.question.setText("<h2>What are you setting up?</h2>" if first_run else "<h3>Start a new agreement</h3>")
        columns = 2  # three would clip the longer answers in a 1024-pixel window
        for index, button in enumerate(self.starts):
            self.grid.removeWidget(button)
            self.grid.addWidget(button, index // columns, index % columns)
            button.setDescription(_description(button) if first_run else "")

    def focus_first(self) -> None:
        self.starts[0].setFocus()


def _description(button: QCommandLinkButton) -> str:
    return button.accessibleDescription()
