"""The home screen's welcome (a plain question, an example, the advisor, then recent
drafts) and the wizard's progress: "Step N of M", ticks on done steps, resuming a
draft on the page where it was left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from drafting.advisor import Goal
from drafting.terms import AllianceModel
from tests.ui_helpers import click, next_page, when_modal_opens
from ui.drafts import example_files, load_example
from ui.main_window import MainWindow

pytest_plugins = ("tests.ui_fixtures",)


def test_the_first_run_asks_what_you_are_setting_up_and_starts_the_new_draft_with_that_model(
    qtbot, window, store
) -> None:
    library = window.library
    assert library.welcome.first_run and library.welcome.isVisible()
    assert "What are you setting up?" in library.welcome.question.text()
    assert not library.tree.isVisible() and not library.recent.isVisible()  # no empty grid
    assert window.focusWidget() is library.welcome.starts[0]  # Enter starts the most common deal
    revenue = library.welcome.model_starts[AllianceModel.REVENUE_SHARING]
    click(qtbot, revenue)  # the type is chosen: straight into the wizard, no second dialog
    assert window.stack.currentWidget() is window.editor
    assert window.editor.wizard.model() is AllianceModel.REVENUE_SHARING
    window.editor.discard()
    window.close_draft()
    # Now there is a draft: the starts shrink to a row above the drafts and the recent ones.
    assert not library.welcome.first_run and library.welcome.isVisible()
    assert library.tree.isVisible() and library.tree.topLevelItemCount() == 1
    assert library.recent.isVisible() and library.recent.count() == 1
    rect = library.recent.visualItemRect(library.recent.item(0))
    qtbot.mouseClick(library.recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.editor


def test_the_home_screen_starts_from_an_example(qtbot, window, store) -> None:
    def create(dialog) -> None:
        assert dialog.from_example.isChecked()
        dialog.examples.setCurrentRow(0)
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    when_modal_opens(qtbot, create)
    click(qtbot, window.library.welcome.example_button)
    assert window.editor.current_terms() == load_example(example_files()[0])


def test_the_home_screen_starts_from_the_advisor(qtbot, window, store) -> None:
    def answer(dialog) -> None:
        click(qtbot, dialog.goals[Goal.SHARE_INCOME])  # untick the default purpose
        click(qtbot, dialog.goals[Goal.NEW_BUSINESS])
        qtbot.keyClicks(dialog.capital, "High")
        qtbot.keyClicks(dialog.commitment, "High")
        qtbot.keyClicks(dialog.horizon, "More")
        click(qtbot, dialog.use_best)

    when_modal_opens(qtbot, answer)
    click(qtbot, window.library.welcome.advisor_start)
    assert window.stack.currentWidget() is window.editor
    assert window.editor.wizard.model() is AllianceModel.JOINT_VENTURE


def _done_steps(editor) -> list[str]:
    steps = editor.steps
    return [
        steps.item(row).text() for row in range(steps.count()) if steps.item(row).data(Qt.ItemDataRole.UserRole + 1)
    ]


def test_the_wizard_counts_steps_ticks_done_ones_and_resumes_where_the_draft_was_left(
    qtbot, window, store, settings, tmp_path, answers
) -> None:
    revenue = next(path for path in example_files() if path.stem == "revenue_sharing")
    window.create_and_open(load_example(revenue))
    editor, wizard = window.editor, window.editor.wizard
    total = len(wizard.applicable_ids())
    assert editor.step_label.text() == f"Step 1 of {total}"
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert editor.step_label.text() == f"Step 3 of {total}"
    assert _done_steps(editor)[:2] == [wizard.basics.title(), wizard.parties.title()]
    assert wizard.term.title() not in _done_steps(editor)  # not seen yet
    # Emptying a required answer takes the tick away from its page.
    wizard.back()
    card = wizard.parties.cards[0]
    card.legal_name.setFocus()
    card.legal_name.selectAll()
    qtbot.keyClick(card.legal_name, Qt.Key.Key_Delete)
    assert wizard.parties.title() not in _done_steps(editor)
    qtbot.keyClicks(card.legal_name, "Cobblestone Learning Ltd")
    assert wizard.parties.title() in _done_steps(editor)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    left_on = wizard.currentId()
    answers.append(QMessageBox.StandardButton.Discard)  # the name typed back is the same: nothing to keep
    window.close_draft()
    window.open_draft(editor.draft_id or store.list()[0].id)
    assert wizard.currentId() == left_on
    assert editor.step_label.text() == f"Step 4 of {total}"
    # A new window (a new session) resumes there too: the page is kept in the settings.
    other = MainWindow(store, settings, tmp_path / "exports")
    qtbot.addWidget(other)
    other.open_draft(store.list()[0].id)
    assert other.editor.wizard.currentId() == left_on
