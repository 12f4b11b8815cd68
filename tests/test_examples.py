"""The example drafts in examples/: each is complete, valid and survives a JSON round trip,
and together they cover every alliance model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafting.engine.blueprints import drafts_field
from drafting.terms import AgreementTerms, AllianceModel, EntityType
from drafting.validation import validate_draft

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples"
EXAMPLE_FILES = sorted(EXAMPLES_DIR.glob("*.json"))


def _load(path: Path) -> AgreementTerms:
    return AgreementTerms.from_json(path.read_text(encoding="utf-8"))


def test_there_are_at_least_ten_examples() -> None:
    assert len(EXAMPLE_FILES) >= 10


def test_every_alliance_model_has_an_example() -> None:
    covered = {_load(path).model for path in EXAMPLE_FILES}
    assert covered == set(AllianceModel)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda path: path.stem)
def test_example_validates_without_problems(path: Path) -> None:
    terms, problems = validate_draft(path.read_text(encoding="utf-8"))
    assert terms is not None
    assert [str(problem) for problem in problems] == []


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda path: path.stem)
def test_example_round_trips_losslessly(path: Path) -> None:
    terms = _load(path)
    again = AgreementTerms.from_json(terms.to_json())
    assert again == terms
    assert again.to_json() == terms.to_json()
    # The file itself holds every field, so a reader sees the whole draft, defaults included.
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(terms.to_json())


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda path: path.stem)
def test_example_parties_are_complete(path: Path) -> None:
    terms = _load(path)
    for party in terms.parties:
        # An individual has no registered number and signs in person, without a title.
        individual = party.entity_type is EntityType.INDIVIDUAL
        assert party.registration_number or individual, party.short_name
        assert party.signatory.name and (party.signatory.title or individual), party.short_name
    assert terms.term.effective_date is not None
    if terms.research is not None:
        # An R&D collaboration's tasks and dates are the work packages of its Research Plan.
        assert terms.research.work_packages and terms.payments
    else:
        # Each shows the obligations and milestones its type drafts (none it would drop:
        # tests/test_review_dropped_answers.py).
        for name in ("obligations", "milestones"):
            assert getattr(terms.scope, name) or not drafts_field(terms.model, f"scope.{name}"), name


def test_named_examples_show_their_structure() -> None:
    by_name = {path.stem: _load(path) for path in EXAMPLE_FILES}
    consortium = by_name["consortium_five_party"]
    assert len(consortium.parties) == 5
    assert consortium.consortium is not None and consortium.consortium.coordinator
    # The partner network lists a dozen partners, but each signs its own accession form.
    largest = max(
        (path for path in EXAMPLE_FILES if path.stem != "partner_network"), key=lambda path: path.stat().st_size
    )
    assert largest.stem == "consortium_five_party"

    equal = by_name["joint_venture_50_50"].joint_venture
    assert equal is not None and [share.percent for share in equal.holdings] == [50, 50]
    assert by_name["joint_venture_50_50"].governance.deadlock is not None

    unequal = by_name["joint_venture_unequal"].joint_venture
    assert unequal is not None and max(share.percent for share in unequal.holdings) > 60

    assert by_name["licensing"].ip.licence_grant is not None
    assert by_name["distribution"].distribution is not None
    assert by_name["co_marketing"].co_marketing is not None
    assert by_name["equity_alliance"].equity is not None
    assert by_name["data_sharing"].data_sharing is not None
    assert by_name["open_source_community"].open_source is not None
    assert by_name["revenue_sharing"].sharing.shares
