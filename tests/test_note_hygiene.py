"""A drafting note speaks to the reviewing lawyer about the deal, never about the tool:
no template paths, data file names, internal precedent numbers or template variables in
any note of any example or scenario."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafting.engine import assemble_agreement
from drafting.validation import load_terms_file
from tests.support import example_paths

SCENARIOS = sorted(Path(__file__).parent.joinpath("scenarios").glob("*.json"))
TOOL_TALK = re.compile(r"clause_templates|\.toml\b|\.j2\b|\bprecedent \d|\bterms\.[a-z_]+|\bdeal\.[a-z_]+|\{\{|\{%")


@pytest.mark.parametrize("path", [*example_paths(), *SCENARIOS], ids=lambda path: path.stem)
def test_no_note_talks_about_the_tool(path: Path) -> None:
    document = assemble_agreement(load_terms_file(path))
    found = []
    for clause in document.iter_clauses():
        note = getattr(clause, "note", None)
        text = getattr(note, "text", "") if note is not None else ""
        match = TOOL_TALK.search(text)
        if match:
            found.append(f"{clause.id}: {match.group(0)}")
    assert found == []
