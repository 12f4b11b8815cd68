"""Page 1: the kind of agreement, its title and its background."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QPushButton

from drafting.review.findings import listing
from drafting.terms import AgreementTerms, AllianceModel
from ui.labels import MODEL_BLURBS, MODEL_NAMES, MODEL_STEERS
from ui.widgets import EnumCombo, add_row, describe, group, help_line
from ui.wizard.base import TermsPage
from ui.wizard.page_index import BASICS


class BasicsPage(TermsPage):
    paths = BASICS.paths
    #: The user asked to clear the answers the chosen type does not draft.
    clear_requested = Signal()

    def __init__(self) -> None:
        super().__init__(BASICS.title, BASICS.subtitle)
        box, form = group("Alliance model", "Pick the model that fits; the following steps ask only what it needs.")
        self.model_combo = EnumCombo(AllianceModel, MODEL_NAMES)  # type: ignore[arg-type]
        add_row(
            form,
            "Alliance &model",
            self.model_combo,
            "The structure of the alliance. Not sure? Use 'Help me choose' on the home screen.",
        )
        self.model_blurb = help_line("")
        form.addRow("", self.model_blurb)
        # Answers kept from another type (or an imported file) that this type cannot draft:
        # named here, with the one action that removes them (the review reports them too).
        self.dropped_line = help_line("")
        self.dropped_line.setAccessibleName("Answers this type does not draft")
        form.addRow("", self.dropped_line)
        self.clear_button = QPushButton("C&lear answers this type does not draft")
        describe(
            self.clear_button,
            "Clear answers this type does not draft",
            "Removes the answers listed above from the draft; switching back to their type would otherwise keep them.",
        )
        form.addRow("", self.clear_button)
        self.clear_button.clicked.connect(self.clear_requested)
        self.show_dropped([])
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("Leave empty for a title such as 'Joint Venture Agreement'")
        add_row(form, "&Title", self.title_edit, "The heading printed on the cover. Empty gives a standard title.")
        self.competitors = QCheckBox("The parties &compete with each other")
        add_row(
            form,
            "Competitors",
            self.competitors,
            "Tick if the parties sell competing products or services. The agreement then adds "
            "competition-law safeguards (clean teams, limits on sharing prices).",
        )
        self.body_layout.addWidget(box)

        box, form = group("Background", "A few sentences on who the parties are and what they want to achieve.")
        self.background = QPlainTextEdit()
        self.background.setTabChangesFocus(True)
        self.background.setPlaceholderText("e.g. Acme makes solar panels and Beta installs them in Spain ...")
        add_row(
            form,
            "Back&ground",
            self.background,
            "Printed as the recitals ('Background') at the start. It does not create obligations "
            "but helps a court read the agreement.",
        )
        self.body_layout.addWidget(box)
        self.body_layout.addStretch(1)
        self.watch(self.model_combo, self.title_edit, self.competitors, self.background)
        self.model_combo.currentIndexChanged.connect(self._show_blurb)

    def _show_blurb(self) -> None:
        model = self.chosen_model()
        self.model_blurb.setText(f"{MODEL_BLURBS[model]} {MODEL_STEERS.get(model, '')}".strip())

    def show_dropped(self, items: list[str]) -> None:
        """Name the answers the chosen type cannot draft (none: the line and button hide)."""
        self.dropped_line.setText(
            f"This type of agreement cannot draft some answers of this draft: {listing(items)}. "
            "Switch back to their type, or clear them."
            if items
            else ""
        )
        self.dropped_line.setVisible(bool(items))
        self.clear_button.setVisible(bool(items))

    def chosen_model(self) -> AllianceModel:
        model = self.model_combo.value()
        assert isinstance(model, AllianceModel)
        return model

    def _load(self, terms: AgreementTerms) -> None:
        self.model_combo.set_value(terms.model)
        self._show_blurb()
        self.title_edit.setText(terms.title)
        self.competitors.setChecked(terms.competitors)
        self.background.setPlainText(terms.background)

    def read(self) -> dict[str, Any]:
        return {
            "model": self.chosen_model(),
            "title": self.title_edit.text().strip(),
            "competitors": self.competitors.isChecked(),
            "background": self.background.toPlainText().strip(),
        }

    def check(self) -> dict[str, str]:
        return {}
