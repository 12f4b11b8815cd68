"""A drafting note speaks about this deal: a note in a licence does not explain how a joint
venture company or a consortium would do it, and a note under one law does not cite another
system's statute. Shared catalogue notes stay neutral; what is particular to a type lives in
its blueprint's notes, what is particular to a law in its profile's notes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafting.engine import assemble_agreement
from drafting.terms import AllianceModel
from drafting.validation import load_terms_file
from tests.support import example_paths

SCENARIOS = sorted(Path(__file__).parent.joinpath("scenarios").glob("*.json"))

#: words that name another agreement type's own machinery, by the type they belong to
TYPE_WORDS: dict[str, re.Pattern[str]] = {
    "joint_venture": re.compile(r"\bjoint[- ]venture\b", re.I),
    "consortium": re.compile(r"\bconsortium\b|\bconsortia\b", re.I),
}
#: statutes of one system, named in a shared note, that another system's reader trips over
FOREIGN_LAW = re.compile(r"U\.S\.C\.|\bUS law\b|\bUK law\b|\bEnglish law\b|Companies Act 2006|Insolvency Act 1986")
US_PROFILES = {"us_ny", "us_de", "us_ca"}
UK_PROFILES = {"ew", "sc"}


def _notes(path: Path) -> tuple[str, str, list[tuple[str, str]]]:
    terms = load_terms_file(path)
    document = assemble_agreement(terms)
    found = [(clause.id, clause.note.text) for clause in document.iter_clauses() if clause.note]
    found += [(article.heading, article.note.text) for article in document.articles if article.note]
    model = terms.model.value if isinstance(terms.model, AllianceModel) else str(terms.model)
    return model, str(terms.governing_law.profile), found


@pytest.mark.parametrize("path", [*example_paths(), *SCENARIOS], ids=lambda path: path.stem)
def test_no_note_explains_another_type(path: Path) -> None:
    model, _, notes = _notes(path)
    wrong = [
        f"{where}: {pattern.search(text).group(0)}"  # type: ignore[union-attr]
        for where, text in notes
        for other, pattern in TYPE_WORDS.items()
        if other != model and pattern.search(text)
    ]
    assert wrong == []


@pytest.mark.parametrize("path", [*example_paths(), *SCENARIOS], ids=lambda path: path.stem)
def test_no_note_cites_another_system(path: Path) -> None:
    _, profile, notes = _notes(path)
    wrong = []
    for where, text in notes:
        for match in FOREIGN_LAW.finditer(text):
            word = match.group(0)
            own = (profile in US_PROFILES and ("U.S" in word or "US" in word)) or (
                profile in UK_PROFILES and ("UK" in word or "English" in word or "Act" in word)
            )
            if not own:
                wrong.append(f"{where}: {word}")
    assert wrong == []
