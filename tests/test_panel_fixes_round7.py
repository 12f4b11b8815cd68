"""Classes the sixth panels found across types, fixed in the shared machinery:

* a drafting note whose template cross-refers (``ref()``) reads "Section 2.1", never the
  engine's markup;
* withholding and treaty relief are for payments across a border, not between parties of
  one country;
* the interpretation clause names no university or public body the deal does not have;
* the Responsibilities clause does not restate the standard of care and the duty to report
  a delay that the general obligations already give, and its timing is an obligation of
  means towards each milestone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafting.document import AgreementDocument
from tests.drafts import (
    clause_number,
    document_of,
    example_data,
    flat_text,
    line_starting,
    scenario_data,
    terms_of,
    text_of,
    variant,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(path.stem for path in (ROOT / "examples").glob("*.json"))
SCENARIOS = sorted(path.stem for path in (ROOT / "tests" / "scenarios").glob("*.json"))


def _notes(document: AgreementDocument) -> list[str]:
    notes = [article.note for article in document.articles]
    notes += [clause.note for clause in document.iter_clauses()]
    notes += [schedule.note for schedule in document.schedules]
    return [" ".join((note.text, *note.alternatives)) for note in notes if note is not None]


@pytest.mark.parametrize(("kind", "name"), [("example", n) for n in EXAMPLES] + [("scenario", n) for n in SCENARIOS])
def test_no_note_shows_the_engine_s_markup(kind: str, name: str) -> None:
    data = example_data(name) if kind == "example" else scenario_data(name)
    for note in _notes(document_of(terms_of(data))):
        assert "<ref" not in note and "&lt;ref" not in note, note


def test_the_equity_class_note_names_the_subscription_clause_by_number() -> None:
    document = document_of(scenario_data("us_de_equity_llc"))
    notes = [note for note in _notes(document) if "No class is named" in note]
    assert notes and all("Section 2.1 issues" in note for note in notes)


def test_no_withholding_between_parties_of_one_country() -> None:
    irish = text_of(document_of(scenario_data("ie_co_marketing")))
    taxes = line_starting(irish, "Taxes.")
    assert "withhold" not in taxes and "double taxation" not in taxes and "reverse-charge" not in taxes
    abroad = text_of(variant("co_marketing", law="ie", parties__1__jurisdiction="Paris, France"))
    taxes = line_starting(abroad, "Taxes.")
    assert "withhold tax" in taxes and "double taxation treaty" in taxes


@pytest.mark.parametrize("name", EXAMPLES)
def test_the_interpretation_clause_names_no_university_or_public_body(name: str) -> None:
    text = flat_text(document_of(example_data(name)))
    assert "a university, a public body" not in text


def test_responsibilities_rely_on_the_general_obligations_for_standard_and_delay() -> None:
    text = flat_text(document_of(example_data("revenue_sharing")))
    assert "using all reasonable endeavours to enable each milestone" in text
    assert "otherwise to the standard that clause" in text
    assert "skill, care and diligence to be expected of a competent and experienced person" not in text
    assert "shall notify the other Party promptly after it becomes aware" not in text
    assert "or the performance of any of its responsibilities under clause" in text


def test_the_taxes_clause_survives_with_the_payments_that_need_it() -> None:
    document = document_of(scenario_data("ie_co_marketing"))
    survival = line_starting(text_of(document), "Survival.")
    assert f"clause {clause_number(document, 'co_marketing.taxes')}," in survival
