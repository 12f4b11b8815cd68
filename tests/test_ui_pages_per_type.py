"""The wizard asks only what the type drafts: a page whose answers no clause of the
agreement type reads (computed from the type's blueprint and its clauses' templates) is not
a step of that type's wizard."""

from __future__ import annotations

import pytest

from drafting.engine.blueprints import answers_drafted
from drafting.terms import AllianceModel
from ui.drafts import blank_terms

pytest_plugins = ("tests.ui_fixtures",)


def _step_titles(window, model: AllianceModel) -> list[str]:
    window.show_editor(blank_terms(model), None)
    wizard = window.editor.wizard
    return [wizard.pages[page_id].title() for page_id in wizard.applicable_ids()]


@pytest.mark.parametrize(
    ("model", "absent", "present"),
    [
        (AllianceModel.PARTNER_NETWORK, {"governance", "ip"}, set()),
        (AllianceModel.PROFESSIONALS_MEMBERS, {"ip"}, {"governance"}),
        (AllianceModel.JOINT_VENTURE, set(), {"governance", "ip"}),
        (AllianceModel.LICENSING, set(), {"ip"}),
    ],
    ids=lambda value: value.value if isinstance(value, AllianceModel) else "",
)
def test_a_page_is_a_step_only_where_the_type_drafts_from_it(window, model, absent, present) -> None:
    wizard = window.editor.wizard
    titles = _step_titles(window, model)
    for name in absent:
        assert name not in answers_drafted(model)
        assert getattr(wizard, name).title() not in titles
    for name in present:
        assert name in answers_drafted(model)
        assert getattr(wizard, name).title() in titles
