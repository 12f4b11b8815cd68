"""The welcome at the top of the home screen: a plain question ("What are you setting
up?") whose answers start the new-draft flow with the fitting model, an example, or
the advisor. On first run (no drafts yet) it fills the screen; once there are drafts it
shrinks to one row of buttons above them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from drafting.engine.blueprints import blueprint_models
from drafting.terms import AllianceModel
from ui.labels import MODEL_BLURBS, MODEL_NAMES
from ui.widgets import help_line, humanize

#: The answers to "What are you setting up?" in business words, and a one-line
#: description naming the type. The order is how common the deal is for a small
#: business. Which types are offered is not decided here: every type with a blueprint
#: is (``blueprint_models``); a type missing here still gets a start from its name.
ANSWERS: dict[AllianceModel, tuple[str, str]] = {
    AllianceModel.REVENUE_SHARING: (
        "We sell something together and share the money",
        "Revenue sharing: the takings of a joint offering split by agreed percentages.",
    ),
    AllianceModel.DISTRIBUTION: (
        "One of us sells the other's products",
        "Distribution: a distributor or reseller buys and resells the supplier's goods.",
    ),
    AllianceModel.LICENSING: (
        "One of us lets the other use its technology, brand or content",
        "Licensing: patents, software, recipes, a trade mark or know-how, usually for royalties.",
    ),
    AllianceModel.CO_MARKETING: (
        "We promote each other or run a campaign together",
        "Co-marketing: who pays what, who gets the leads, how each uses the other's brand.",
    ),
    AllianceModel.SUPPLIER_ALLIANCE: (
        "We commit to a key supplier for several years",
        "Strategic supplier alliance: volumes, prices, quality and shared tooling for years.",
    ),
    AllianceModel.PARTNER_NETWORK: (
        "We sign up many local partners on the same terms",
        "Partner network: one set of master terms, and a short joining form for each partner.",
    ),
    AllianceModel.RESEARCH_COLLABORATION: (
        "We research or develop something new together",
        "Research and development: who does the work, who owns the results, who may use them.",
    ),
    AllianceModel.DATA_SHARING: (
        "We share or pool data",
        "Data sharing: which data, for what purposes, and how it is kept safe.",
    ),
    AllianceModel.JOINT_VENTURE: (
        "We set up a company together",
        "Joint venture: a new company you all own, with a board and rules for leaving.",
    ),
    AllianceModel.EQUITY_ALLIANCE: (
        "One of us takes a minority stake in the other",
        "Equity alliance: an investment in shares, often with a board seat, and the cooperation.",
    ),
    AllianceModel.CONSORTIUM: (
        "Three or more of us pool resources for one project",
        "Consortium: several organisations bid for or carry out a shared project.",
    ),
    AllianceModel.PROFESSIONALS_MEMBERS: (
        "We are professionals who own a company together",
        "Members' agreement: each keeps an own practice; the shared work goes through the company.",
    ),
    AllianceModel.OPEN_SOURCE: (
        "We build open-source software together",
        "Open-source community: members develop a project under an open licence.",
    ),
}


@dataclass(frozen=True, slots=True)
class Start:
    """One way to start on the home screen: a type of agreement in business words."""

    model: AllianceModel
    text: str
    description: str


def starts(models: Iterable[AllianceModel] | None = None) -> tuple[Start, ...]:
    """A start for every type with a blueprint (or for ``models``): the known answers in
    their order first, then any newer type under its name and blurb."""
    offered = list(blueprint_models() if models is None else models)
    ordered = [model for model in ANSWERS if model in offered] + [model for model in offered if model not in ANSWERS]
    found = []
    for model in ordered:
        name = MODEL_NAMES.get(model) or humanize(model.value)
        text, description = ANSWERS.get(model) or (
            name,
            f"{name}: {MODEL_BLURBS.get(model) or 'a blank draft; the wizard asks only what this type needs.'}",
        )
        found.append(Start(model, text, description))
    return tuple(found)


#: Narrow enough for two columns in a 700-pixel window.
MIN_BUTTON_WIDTH = 180
#: Rows of starts shown at once beside existing drafts (the rest scroll): the drafts
#: below keep most of the window.
COMPACT_ROWS = 2.5


class WelcomePanel(QWidget):
    """Emits what the user wants to start from: a type of agreement (every type with a
    blueprint has its own start), an example, or the advisor."""

    model_chosen = Signal(object)  # AllianceModel
    example_requested = Signal()
    advisor_requested = Signal()

    def __init__(self, models: Iterable[AllianceModel] | None = None) -> None:
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
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.offered = starts(models)
        self.starts: list[QCommandLinkButton] = []
        #: The start of each type, by type.
        self.model_starts: dict[AllianceModel, QCommandLinkButton] = {}
        for start in self.offered:
            button = self._button(start.text, start.description)
            button.clicked.connect(lambda _checked=False, chosen=start.model: self.model_chosen.emit(chosen))
            self.model_starts[start.model] = button
        self.advisor_start = self._button(
            "Something else, or I'm not sure", "Answer a few plain questions and get a recommended kind of agreement."
        )
        self.advisor_start.clicked.connect(self.advisor_requested)
        # Every start stays reachable whatever the window's height: the list scrolls
        # (never sideways: the answers wrap).
        inner = QWidget()
        inner.setLayout(self.grid)
        self.start_list = QScrollArea()
        self.start_list.setWidgetResizable(True)
        self.start_list.setFrameShape(QFrame.Shape.NoFrame)
        self.start_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.start_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.start_list.setWidget(inner)
        layout.addWidget(self.start_list, 1)
        row = QHBoxLayout()
        self.example_button = QPushButton("Start from an e&xample…")
        self.example_button.setToolTip("A complete sample agreement of each kind, ready to adapt.")
        row.addWidget(self.example_button)
        self.example_help = help_line("A complete sample agreement of each kind, ready to adapt.")
        row.addWidget(self.example_help, 1)
        layout.addLayout(row)
        self.example_button.clicked.connect(self.example_requested)
        self.first_run = True
        self.set_first_run(True)

    def _button(self, text: str, description: str) -> QCommandLinkButton:
        # "&&": a name with an ampersand is text, never a keyboard mnemonic.
        button = QCommandLinkButton(text.replace("&", "&&"), description)
        button.setAccessibleDescription(description)
        button.setMinimumWidth(MIN_BUTTON_WIDTH)  # long answers wrap rather than widen a small window
        button.installEventFilter(self)  # Tab to a start below the fold scrolls it into view
        self.starts.append(button)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.start_list.ensureWidgetVisible(watched)
        return False

    def set_first_run(self, first_run: bool) -> None:
        """Full welcome with explanations (no drafts yet), or a shorter, scrolling list of
        starts above the drafts. Each start keeps its one-line description either way."""
        self.first_run = first_run
        self.title.setVisible(first_run)
        self.intro.setVisible(first_run)
        self.question.setText("<h2>What are you setting up?</h2>" if first_run else "<h3>Start a new agreement</h3>")
        columns = 2  # three would clip the longer answers in a 1024-pixel window
        for index, button in enumerate(self.starts):
            self.grid.removeWidget(button)
            self.grid.addWidget(button, index // columns, index % columns)
        if first_run:
            self.start_list.setMaximumHeight(16777215)
        else:
            row = max(button.sizeHint().height() for button in self.starts) + max(self.grid.verticalSpacing(), 6)
            self.start_list.setMaximumHeight(int(row * COMPACT_ROWS))

    def focus_first(self) -> None:
        self.starts[0].setFocus()
