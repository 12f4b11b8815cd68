"""The "New draft" dialog: start blank from a chosen model (or the advisor's pick), or
start from one of the bundled examples."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from drafting.terms import AgreementTerms, AllianceModel
from drafting.validation import TermsError
from ui.advisor import AdvisorDialog
from ui.drafts import blank_terms, example_files, example_title, load_example
from ui.labels import MODEL_BLURBS, MODEL_NAMES, MODEL_STEERS
from ui.widgets import ERROR_STYLE, EnumCombo, describe, help_line


class NewDraftDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, examples: list[Path] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New draft")
        self.terms: AgreementTerms | None = None
        # Room for the model's explanation and a readable list of examples (it was cramped).
        self.setMinimumWidth(max(520, self.fontMetrics().horizontalAdvance("M") * 44))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.blank = QRadioButton("Start &blank with this alliance model:")
        self.blank.setChecked(True)
        # Left-aligned at their own width: a click on the empty space to the right of a
        # wide radio button would do nothing.
        layout.addWidget(self.blank, 0, Qt.AlignmentFlag.AlignLeft)
        self.model = EnumCombo(AllianceModel, MODEL_NAMES)  # type: ignore[arg-type]
        self.model.set_value(AllianceModel.REVENUE_SHARING)
        describe(self.model, "Alliance model", "The structure of the alliance; the wizard asks only what it needs.")
        layout.addWidget(self.model)
        self.blurb = help_line("")
        layout.addWidget(self.blurb)
        self.advisor_button = QPushButton("Not sure? &Help me choose…")
        layout.addWidget(self.advisor_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.from_example = QRadioButton("Start from an &example:")
        layout.addWidget(self.from_example, 0, Qt.AlignmentFlag.AlignLeft)
        self.examples = QListWidget()
        describe(self.examples, "Examples", "Complete sample agreements, one per model, to adapt.")
        for path in examples if examples is not None else example_files():
            item = QListWidgetItem(example_title(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.examples.addItem(item)
        if not self.examples.count():
            self.from_example.setEnabled(False)
            self.from_example.setText("Start from an example (none installed)")
        self.examples.setEnabled(False)
        self.examples.setMinimumHeight(self.fontMetrics().height() * 8)
        layout.addWidget(self.examples)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Create")
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.create_draft)
        self.buttons.rejected.connect(self.reject)
        self.from_example.toggled.connect(self._mode_changed)
        self.model.currentIndexChanged.connect(self._show_blurb)
        self.advisor_button.clicked.connect(self.ask_advisor)
        self.examples.itemActivated.connect(lambda _item: self.create_draft())
        self._show_blurb()

    def _mode_changed(self, from_example: bool) -> None:
        self.examples.setEnabled(from_example)
        self.model.setEnabled(not from_example)
        if from_example and self.examples.currentRow() < 0 and self.examples.count():
            self.examples.setCurrentRow(0)

    def _show_blurb(self) -> None:
        model = self.model.value()
        assert isinstance(model, AllianceModel)
        steer = MODEL_STEERS.get(model, "")
        self.blurb.setText(f"{MODEL_BLURBS[model]} {steer}".strip())

    def ask_advisor(self) -> None:
        advisor = AdvisorDialog(self)
        if advisor.exec() and advisor.chosen is not None:
            self.blank.setChecked(True)
            self.model.set_value(advisor.chosen)

    def create_draft(self) -> None:
        if self.from_example.isChecked():
            item = self.examples.currentItem()
            if item is None:
                self.error.setText("Choose an example first.")
                return
            try:
                self.terms = load_example(Path(str(item.data(Qt.ItemDataRole.UserRole))))
            except TermsError as error:
                self.error.setText(f"This example cannot be opened: {error.problems[0]}")
                return
        else:
            model = self.model.value()
            assert isinstance(model, AllianceModel)
            self.terms = blank_terms(model)
        self.accept()
