"""Page: confidentiality: how long secrets stay secret and what competitors may see."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QSpinBox

from drafting.terms import AgreementTerms
from drafting.terms.ip import Confidentiality
from ui.widgets import add_row, group
from ui.wizard.base import TermsPage, updated
from ui.wizard.page_index import CONFIDENTIALITY


class ConfidentialityPage(TermsPage):
    paths = CONFIDENTIALITY.paths

    def __init__(self) -> None:
        super().__init__(CONFIDENTIALITY.title, CONFIDENTIALITY.subtitle)
        box, form = group(
            "Keeping information secret",
            "Three to five years after the end is usual; trade secrets stay protected for as long as they are secret.",
        )
        self.years = QSpinBox()
        self.years.setRange(0, 99)
        self.years.setSuffix(" years")
        add_row(
            form, "&Secret for", self.years, "How long after the agreement ends information must stay confidential."
        )
        self.trade_secrets = QCheckBox("&Trade secrets stay protected while they remain secret")
        add_row(
            form, "Trade secrets", self.trade_secrets, "Keeps recipes, source code and the like protected indefinitely."
        )
        self.terms_confidential = QCheckBox("The &terms of this agreement are confidential")
        add_row(form, "The deal itself", self.terms_confidential, "Neither party may disclose the agreement's terms.")
        self.residuals = QCheckBox("Staff may use what they &remember (residuals)")
        add_row(
            form,
            "Residuals",
            self.residuals,
            "Lets people use general know-how kept in their unaided memory. Favours the receiving party.",
        )
        self.residuals_exclusions = QCheckBox("Trade secrets and source code are never residuals")
        add_row(
            form,
            "Residuals exclude",
            self.residuals_exclusions,
            "What staff may never use from memory, even under the residuals clause: the most valuable secrets.",
        )
        self.clean_team = QCheckBox("Competitively sensitive data goes to a &clean team only")
        self.clean_team_label = add_row(
            form,
            "Clean team",
            self.clean_team,
            "Between competitors, prices, costs and customer data may only be seen by a small walled-off team.",
        )
        self.body_layout.addWidget(box)
        self.body_layout.addStretch(1)
        self.watch(self.years, self.trade_secrets, self.terms_confidential, self.residuals, self.clean_team)
        self.watch(self.residuals_exclusions)

    def show_competitor_fields(self, competitors: bool) -> None:
        self._competitors = competitors
        self.clean_team.setVisible(competitors)
        self.clean_team_label.setVisible(competitors)

    def _load(self, terms: AgreementTerms) -> None:
        confidentiality = self._confidentiality = terms.confidentiality
        self.years.setValue(confidentiality.term_years)
        self.trade_secrets.setChecked(confidentiality.trade_secrets_indefinite)
        self.terms_confidential.setChecked(confidentiality.terms_confidential)
        self.residuals.setChecked(confidentiality.residuals)
        self.residuals_exclusions.setChecked(confidentiality.residuals_exclude_trade_secrets)
        self.clean_team.setChecked(confidentiality.clean_team)
        self.show_competitor_fields(terms.competitors)

    def read(self) -> dict[str, Any]:
        confidentiality: Confidentiality = updated(
            self._confidentiality,
            term_years=self.years.value(),
            trade_secrets_indefinite=self.trade_secrets.isChecked(),
            terms_confidential=self.terms_confidential.isChecked(),
            residuals=self.residuals.isChecked(),
            residuals_exclude_trade_secrets=self.residuals_exclusions.isChecked(),
            clean_team=self.clean_team.isChecked() and self._competitors,
        )
        return {"confidentiality": confidentiality}
