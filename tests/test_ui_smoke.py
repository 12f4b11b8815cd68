"""The main window opens, a new draft of every model opens in the wizard, and every page
that applies to the model can be reached and read back into valid terms."""

from __future__ import annotations

import pytest

from drafting.terms import AllianceModel
from ui.drafts import blank_terms

pytest_plugins = ("tests.ui_fixtures",)


def test_main_window_starts_on_the_library(window) -> None:
    assert window.stack.currentWidget() is window.library
    assert window.library.tree.topLevelItemCount() == 0
    assert "No drafts yet" in window.library.empty.text()


@pytest.mark.parametrize("model", list(AllianceModel))
def test_every_page_of_every_model_loads_and_reads_back(window, model: AllianceModel) -> None:
    terms = blank_terms(model)
    window.create_and_open(terms)
    wizard = window.editor.wizard
    seen = []
    for page_id in wizard.applicable_ids():
        wizard.jump_to(page_id)
        assert wizard.currentId() == page_id
        seen.append(wizard.currentPage().title())
    collected, problems = wizard.collect()
    assert problems == []
    assert collected is not None and collected.model is model
    assert "Review" in seen and "Export" in seen
