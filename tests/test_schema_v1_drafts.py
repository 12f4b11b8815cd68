"""Drafts saved by Pactwright 0.1 (terms schema version 1) still open, migrate and
render: the ten examples as they shipped are kept here as fixtures. Their free-text
governing law becomes the matching legal-system profile, and their text changes only
where the profiles meant it to (the law's own statutes, spelling and forms)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from drafting.review import review
from drafting.terms import SCHEMA_VERSION
from drafting.validation import load_terms_file

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "schema_v1").glob("*.json"))
EXPECTED_LAW = {
    "co_marketing": "sg",
    "consortium_five_party": "be",
    "data_sharing": "nl",
    "distribution": "de",
    "equity_alliance": "fr",
    "joint_venture_50_50": "ew",
    "joint_venture_unequal": "ew",
    "licensing": "ie",
    "open_source_community": "nl",
    "revenue_sharing": "ew",
}


def test_the_fixtures_are_version_1() -> None:
    assert len(FIXTURES) == 10
    for path in FIXTURES:
        assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 1


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.stem)
def test_a_version_1_draft_opens_migrates_and_renders(path: Path) -> None:
    old = json.loads(path.read_text(encoding="utf-8"))
    terms = load_terms_file(path)
    assert terms.schema_version == SCHEMA_VERSION
    assert terms.extra_modules == ()  # a version 1 draft adds no optional module
    assert terms.governing_law.profile == EXPECTED_LAW[path.stem], old["governing_law"]
    text = "\n".join(body_text_lines(assemble_agreement(terms)))
    assert "governed by" in text
    assert not [finding for finding in review(terms) if finding.rule_id.startswith("law.other")]
