"""A jury waiver is an answer only under a law whose courts try contract claims before a
jury (``civil_jury`` in the profile): the default is off, the wizard asks and ticks it only
under such a law, a schema-7 draft keeps what it drafted, and a waiver asked for under any
other law is reported once as an answer the agreement does not use."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from drafting.law import all_profiles
from drafting.review import review
from drafting.terms import SCHEMA_VERSION, AgreementTerms
from drafting.terms.lifecycle import Disputes
from drafting.terms.migrations import STEPS, upgrade_terms
from drafting.validation import load_terms_file
from tests.engine_helpers import make_terms
from tests.ui_helpers import choose
from ui.wizard.disputes import DisputesPage

ROOT = Path(__file__).resolve().parents[1]


def _text(terms: AgreementTerms) -> str:
    return "\n".join(body_text_lines(assemble_agreement(terms)))


def test_only_the_us_states_have_a_civil_jury_and_the_default_waives_nothing() -> None:
    assert {entry.id for entry in all_profiles() if entry.civil_jury} == {"us_ca", "us_de", "us_ny"}
    assert Disputes().jury_waiver is False


@pytest.fixture
def page(qtbot) -> DisputesPage:  # type: ignore[no-untyped-def]
    widget = DisputesPage()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_choosing_new_york_shows_and_ticks_the_waiver_and_dutch_law_hides_it(qtbot, page: DisputesPage) -> None:  # type: ignore[no-untyped-def]
    page.load(make_terms())
    choose(qtbot, page.law, "New York")
    assert page.jury_waiver.isVisible() and page.jury_waiver.isChecked()
    assert page.read()["disputes"].jury_waiver is True
    choose(qtbot, page.law, "the Netherlands")
    assert not page.jury_waiver.isVisible()
    # The hidden box is no answer: the saved draft waives nothing under Dutch law.
    assert page.read()["disputes"].jury_waiver is False


def _schema7(path: str) -> dict[str, Any]:
    """The file as version 7 saved it: the examples are now saved at version 8, and nothing
    but the jury waiver (set per test) changed between the two."""
    data = json.loads((ROOT / path).read_text(encoding="utf-8"))
    return {**dict(data.get("terms", data)), "schema_version": 7}


def test_a_schema_7_draft_migrates_and_renders(tmp_path: Path) -> None:
    assert SCHEMA_VERSION >= 8 and STEPS[7].__name__ == "_v7_jury_waiver"
    # An Irish draft saved with the old default: the waiver goes, the text does not change.
    irish = _schema7("examples/licensing.json")
    irish["disputes"] = {**irish["disputes"], "jury_waiver": True}
    assert irish["schema_version"] == 7
    upgraded = upgrade_terms(irish)
    assert upgraded["schema_version"] == SCHEMA_VERSION and upgraded["disputes"]["jury_waiver"] is False
    path = tmp_path / "irish.json"
    path.write_text(json.dumps(irish), encoding="utf-8")
    terms = load_terms_file(path)
    assert "trial by jury" not in _text(terms).lower()
    assert not [found for found in review(terms) if found.rule_id == "set-aside.jury-waiver-no-jury"]
    # A New York draft that relied on the old default keeps its waiver, now stated.
    york = {**_schema7("tests/scenarios/us_ny_licence.json"), "schema_version": 7}
    york["disputes"] = {key: value for key, value in york["disputes"].items() if key != "jury_waiver"}
    assert upgrade_terms(york)["disputes"]["jury_waiver"] is True
    path = tmp_path / "york.json"
    path.write_text(json.dumps(york), encoding="utf-8")
    assert "TRIAL BY JURY" in _text(load_terms_file(path))


@pytest.mark.parametrize("law", ["de", "nl", "ew"])
def test_a_waiver_asked_for_under_a_law_without_a_jury_is_reported_once(law: str) -> None:
    terms = make_terms(
        governing_law={"profile": law, "other": ""}, disputes={"arbitration": {"seat": "London"}, "jury_waiver": True}
    )
    found = [found for found in review(terms) if found.rule_id == "set-aside.jury-waiver-no-jury"]
    assert len(found) == 1 and found[0].severity.value == "note"
    assert found[0].path == "disputes.jury_waiver" and found[0].clauses
    assert "trial by jury" not in _text(terms).lower()


def test_a_waiver_under_new_york_law_is_drafted_and_not_reported() -> None:
    terms = make_terms(
        governing_law={"profile": "us_ny", "other": ""},
        disputes={"arbitration": {"seat": "London"}, "jury_waiver": True},
    )
    assert not [found for found in review(terms) if found.rule_id == "set-aside.jury-waiver-no-jury"]
    assert "TRIAL BY JURY" in _text(terms)
