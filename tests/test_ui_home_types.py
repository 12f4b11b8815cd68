"""The home screen offers every agreement type the app can draft, from one source (the
blueprints in ``clause_templates/blueprints/``): each type has its own start, in business
words with a one-line description, and starting it opens the wizard on that type. Driven
through the real window; checked at 1280 x 800 and 1024 x 768 for clipped text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCommandLinkButton

from drafting.engine.blueprints import BLUEPRINTS_DIR, blueprint_models
from drafting.terms import AllianceModel
from tests.ui_helpers import click
from ui import home
from ui.home import WelcomePanel, starts
from ui.labels import MODEL_BLURBS, MODEL_NAMES

pytest_plugins = ("tests.ui_fixtures",)

#: Read from the folder here, not through the app's function: the test must not share its source.
BLUEPRINT_TYPES = sorted(path.stem for path in BLUEPRINTS_DIR.glob("*.toml"))


def test_every_type_with_a_blueprint_has_its_own_start(window) -> None:
    welcome = window.library.welcome
    assert sorted(model.value for model in welcome.model_starts) == BLUEPRINT_TYPES
    # The newer types, once reached only through the advisor, among them.
    for model in (
        AllianceModel.PARTNER_NETWORK,
        AllianceModel.SUPPLIER_ALLIANCE,
        AllianceModel.RESEARCH_COLLABORATION,
        AllianceModel.PROFESSIONALS_MEMBERS,
    ):
        assert welcome.model_starts[model].isVisible()
    # Besides the types: the advisor and the examples.
    assert welcome.advisor_start in welcome.starts and welcome.example_button.isVisible()


@pytest.mark.parametrize("model", [AllianceModel(stem) for stem in BLUEPRINT_TYPES], ids=str)
def test_starting_a_type_opens_the_wizard_on_that_type(qtbot, window, store, model: AllianceModel) -> None:
    button = window.library.welcome.model_starts[model]
    window.library.welcome.start_list.ensureWidgetVisible(button)
    click(qtbot, button)
    assert window.stack.currentWidget() is window.editor
    wizard = window.editor.wizard
    assert wizard.model() is model
    assert wizard.currentPage() is wizard.basics and wizard.basics.model_combo.value() is model
    assert [summary.model for summary in store.list()] == [model.value]


def test_each_start_says_in_one_line_what_the_type_is(window) -> None:
    assert len({start.description for start in starts()}) == len(starts())
    for start, button in zip(starts(), window.library.welcome.starts, strict=False):
        assert button.text().replace("&&", "&") == start.text
        description = button.description()
        assert description == start.description and description.endswith(".")
        assert len(description) <= 95, description  # one line at 1280 px, two at most at 1024


def test_a_type_without_home_screen_words_is_still_offered(monkeypatch) -> None:
    """A new type needs only its blueprint: without an answer written for it, it is
    offered under its name and blurb."""
    monkeypatch.delitem(home.ANSWERS, AllianceModel.PARTNER_NETWORK)
    offered = {start.model: start for start in starts()}
    assert set(offered) == set(blueprint_models())
    fallback = offered[AllianceModel.PARTNER_NETWORK]
    assert fallback.text == MODEL_NAMES[AllianceModel.PARTNER_NETWORK]
    assert MODEL_BLURBS[AllianceModel.PARTNER_NETWORK] in fallback.description
    assert list(offered)[-1] is AllianceModel.PARTNER_NETWORK  # after the ones written for the home screen


def test_the_types_offered_follow_the_blueprint_folder(tmp_path: Path, qtbot) -> None:
    for stem in ("licensing", "partner_network"):
        shutil.copy(BLUEPRINTS_DIR / f"{stem}.toml", tmp_path / f"{stem}.toml")
    (tmp_path / "notes.txt").write_text("not a blueprint", encoding="utf-8")
    models = blueprint_models(tmp_path)
    assert models == (AllianceModel.LICENSING, AllianceModel.PARTNER_NETWORK)
    panel = WelcomePanel(models)
    qtbot.addWidget(panel)
    assert set(panel.model_starts) == set(models)


def _clipped(button: QCommandLinkButton) -> bool:
    """Narrower than its text or shorter than its wrapped description needs."""
    return button.width() + 1 < button.minimumSizeHint().width() or button.height() < button.heightForWidth(
        button.width()
    )


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_no_start_is_clipped_first_run_or_beside_drafts(qtbot, window, answers, size: tuple[int, int]) -> None:
    window.resize(*size)
    welcome = window.library.welcome
    qtbot.waitUntil(lambda: window.width() == size[0])
    scroll = welcome.start_list

    def check() -> None:
        assert not scroll.horizontalScrollBar().isVisible()
        for button in welcome.starts:
            scroll.ensureWidgetVisible(button)  # every start reachable, scrolled to if need be
            qtbot.waitUntil(lambda button=button: button.visibleRegion().boundingRect().height() == button.height())
            assert not _clipped(button), f"{button.text()!r} is clipped at {size}"
            assert button.description()

    assert welcome.first_run
    check()
    # The first run fits without scrolling at these sizes: the whole choice at a glance.
    assert not scroll.verticalScrollBar().isVisible()
    click(qtbot, welcome.model_starts[AllianceModel.SUPPLIER_ALLIANCE])
    window.editor.discard()
    window.close_draft()
    assert not welcome.first_run and window.library.recent.count() == 1
    check()
    # Beside drafts the starts take a strip; the drafts list keeps most of the window.
    assert window.library.tree.height() > scroll.height()
