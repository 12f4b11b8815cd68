"""The home screen: listing, searching, sorting, duplicating, renaming, trash and
restore, recent drafts, the new-draft dialog (blank, advisor, example)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from drafting.terms import AllianceModel, Party
from tests.ui_helpers import click, type_into, when_modal_opens
from ui.drafts import blank_terms, example_files, load_example

pytest_plugins = ("tests.ui_fixtures",)


def add_draft(store, title: str, *names: str, model=AllianceModel.REVENUE_SHARING):
    terms = blank_terms(model).model_copy(
        update={"title": title, "parties": tuple(Party(short_name=name, legal_name=f"{name} Ltd") for name in names)}
    )
    return store.create(terms, title=title)


def titles(window) -> list[str]:
    tree = window.library.tree
    return [tree.topLevelItem(row).text(0) for row in range(tree.topLevelItemCount())]


def test_search_and_sort(qtbot, window, store) -> None:
    add_draft(store, "Beta deal", "Zephyr", "Quill")
    add_draft(store, "Alpha deal", "Acme", "Bolt")
    window.library.refresh()
    assert titles(window) == ["Alpha deal", "Beta deal"]  # newest first
    window.library.sort.setCurrentText("Title")
    assert titles(window) == ["Alpha deal", "Beta deal"]
    type_into(qtbot, window.library.search, "Zephyr")
    assert titles(window) == ["Beta deal"]
    type_into(qtbot, window.library.search, "nothing like this")
    assert titles(window) == [] and window.library.empty.text() == "No drafts found."


def test_duplicate_rename_delete_and_restore(qtbot, window, store, monkeypatch) -> None:
    add_draft(store, "Original", "Acme", "Bolt")
    window.library.refresh()
    click(qtbot, window.library.duplicate_button)
    assert sorted(titles(window)) == sorted(["Original", *[summary.title for summary in store.list()][:1]])
    assert len(store.list()) == 2
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Renamed deal", True))
    window.library.select(store.list()[0].id)
    click(qtbot, window.library.rename_button)
    assert "Renamed deal" in titles(window)
    window.library.select(next(s.id for s in store.list() if s.title == "Renamed deal"))
    click(qtbot, window.library.delete_button)
    assert "Renamed deal" not in titles(window)
    click(qtbot, window.library.show_trash)
    assert titles(window) == ["Renamed deal"]
    assert window.library.restore_button.isVisible() and not window.library.delete_button.isVisible()
    click(qtbot, window.library.restore_button)
    click(qtbot, window.library.show_trash)
    assert "Renamed deal" in titles(window)


def test_opened_drafts_become_recent(qtbot, window, store) -> None:
    first = add_draft(store, "First", "Acme", "Bolt")
    second = add_draft(store, "Second", "Acme", "Bolt")
    window.open_draft(first.id)
    window.close_draft()
    window.open_draft(second.id)
    window.close_draft()
    assert window.recent_ids()[:2] == [second.id, first.id]
    labels = [action.text() for action in window.recent_menu.actions()]
    assert labels == ["&1 Second", "&2 First"]
    window.recent_menu.actions()[1].trigger()
    assert window.editor.draft_id == first.id


def test_new_blank_draft_through_the_dialog(qtbot, window, store) -> None:
    def choose(dialog) -> None:
        dialog.model.setFocus()
        qtbot.keyClicks(dialog.model, "Licen")
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    when_modal_opens(qtbot, choose)
    click(qtbot, window.library.new_button)
    assert window.editor.wizard.model() is AllianceModel.LICENSING
    assert [summary.model for summary in store.list()] == [AllianceModel.LICENSING]


def test_new_draft_from_an_example(qtbot, window, store) -> None:
    examples = example_files()
    assert examples, "the examples folder is empty"

    def choose(dialog) -> None:
        click(qtbot, dialog.from_example)
        dialog.examples.setCurrentRow(0)
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    when_modal_opens(qtbot, choose)
    click(qtbot, window.library.new_button)
    expected = load_example(examples[0])
    assert window.editor.current_terms() == expected
    assert store.get(store.list()[0].id).terms == expected


def test_the_advisor_picks_the_model_of_a_new_draft(qtbot, window, store) -> None:
    def answer(dialog) -> None:
        from drafting.advisor import Goal

        click(qtbot, dialog.goals[Goal.SHARE_INCOME])
        click(qtbot, dialog.goals[Goal.NEW_BUSINESS])
        qtbot.keyClicks(dialog.capital, "High")
        qtbot.keyClicks(dialog.commitment, "High")
        qtbot.keyClicks(dialog.horizon, "More")
        assert "Recommended: Joint venture" in dialog.advice_label.text()
        click(qtbot, dialog.use_best)

    when_modal_opens(qtbot, answer)
    click(qtbot, window.library.advisor_button)
    assert window.editor.wizard.model() is AllianceModel.JOINT_VENTURE


def test_the_home_screen_lists_recent_drafts_and_opens_them(qtbot, window, store) -> None:
    from PySide6.QtCore import Qt

    recent = window.library.recent
    assert not recent.isVisible()  # first run: no drafts, so no recent ones either
    first = add_draft(store, "First", "Acme", "Bolt")
    second = add_draft(store, "Second", "Acme", "Bolt")
    add_draft(store, "Never opened", "Acme", "Bolt")
    for draft in (first, second):
        window.open_draft(draft.id)
        window.close_draft()
    assert [recent.item(row).text().splitlines()[0] for row in range(recent.count())] == ["Second", "First"]
    assert recent.item(0).text().splitlines()[1].startswith("today ")
    recent.setFocus()
    recent.setCurrentRow(1)
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.editor and window.editor.draft_id == first.id
    window.close_draft()
    rect = recent.visualItemRect(recent.item(1))  # First opened last, so Second is now second
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.draft_id == second.id  # a recent draft opens with one click
    window.close_draft()
    window.library.select(second.id)
    click(qtbot, window.library.delete_button)
    assert [recent.item(row).text().splitlines()[0] for row in range(recent.count())] == ["First"]
