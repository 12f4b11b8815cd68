"""The key-terms summary on the review page: who, what, money, duration, exit and law in
plain words, from the terms as they stand and the agreement as it will be drafted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTextBrowser

from drafting.summary import summary_for, summary_html, summary_text
from drafting.terms import AgreementTerms
from ui.widgets import describe

TermsSource = Callable[[], tuple[AgreementTerms | None, dict[str, str]]]


class KeyTermsView(QTextBrowser):
    """Read-only; ``refresh`` rebuilds it from ``terms_source`` (terms and the lawyer's overrides)."""

    def __init__(self) -> None:
        super().__init__()
        self.terms_source: TermsSource | None = None
        self.text_shown = ""
        self.setOpenLinks(False)
        self.setMinimumHeight(300)
        describe(self, "Key terms", "The agreement's key terms in plain words: what to read first.")

    def refresh(self) -> None:
        terms, overrides = self.terms_source() if self.terms_source is not None else (None, {})
        if terms is None:
            self.text_shown = ""
            self.setPlainText("The key terms appear here once the answers fit together; see the points below.")
            return
        try:
            summary = summary_for(terms, overrides or None)
        except ValueError as error:  # a clause that cannot be drafted: the review names it
            self.text_shown = ""
            self.setPlainText(f"The key terms cannot be shown yet: {error}")
            return
        self.text_shown = summary_text(summary)
        self.setHtml(summary_html(summary))
