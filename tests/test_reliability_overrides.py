"""Clause overrides under hard limits (issue 17, point 4): hostile overrides stored in
the drafts database are refused by a separate ``drafts render`` process, naming the
clause and the reason, with no traceback and without hanging or exhausting memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafting.engine import ClauseRenderError, assemble_agreement
from drafting.engine.environment import build_environment
from drafting.engine.isolation import render_isolated
from tests.engine_helpers import make_terms
from tests.reliability_helpers import cli
from tests.storage_helpers import open_repo
from tests.support import example_paths

CLAUSE = "general.costs"

HOSTILE = {
    "a nested loop printing nothing": "{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}{% endfor %}",
    "a huge printf width": "{{ '%0999999999d' % 1 }}",
    "a huge format width": "{{ '{:>999999999}'.format('x') }}",
    "a huge center": "{{ 'x'|center(999999999) }}",
    "chained powers": "{{ ((9 ** 999) ** 999) ** 999 }}",
    "replace doubling": "{% set s = 'aaaaaaaaaa' %}" + "{% set s = s|replace('a', s) %}" * 5 + "{{ s|length }}",
    "list.extend doubling": "{% set l = [1] %}{% for i in range(60) %}{% do l.extend(l) %}{% endfor %}{{ l|length }}",
    "a recursive macro": "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}",
    "5,000 nested parentheses": "{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}",
}


#: Through a separate process, one of each kind: time, memory while compiling, recursion.
THROUGH_THE_COMMAND_LINE = ["a nested loop printing nothing", "a huge printf width"]


@pytest.mark.parametrize("name", [name for name in HOSTILE if name not in THROUGH_THE_COMMAND_LINE])
def test_a_hostile_override_is_refused_naming_the_clause(name: str) -> None:
    with pytest.raises(ClauseRenderError) as caught:
        assemble_agreement(make_terms(), overrides={CLAUSE: HOSTILE[name]})
    message = str(caught.value)
    assert message.startswith(f"clause '{CLAUSE}': refused: ")
    assert any(word in message for word in ("seconds", "memory", "nests too deeply"))


@pytest.mark.parametrize("name", THROUGH_THE_COMMAND_LINE)
def test_a_hostile_override_is_refused_by_the_command_line(tmp_path: Path, name: str) -> None:
    source = HOSTILE[name]
    data_dir = tmp_path / "data"
    with open_repo(data_dir) as repo:
        draft_id = repo.import_draft(example_paths()[0]).id
        repo.set_clause_override(CLAUSE, source)
    run = cli("drafts", "render", draft_id, "--out", str(tmp_path / "out"), "--draft", data_dir=data_dir, timeout=60)
    assert run.code == 1
    assert f"clause '{CLAUSE}'" in run.err and "refused" in run.err
    assert any(word in run.err for word in ("seconds", "memory", "nests too deeply"))
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_good_override_still_renders_in_isolation() -> None:
    document = assemble_agreement(make_terms(), overrides={CLAUSE: "Each {{ deal.party }} pays its own costs."})
    assert "pays its own costs" in str(document)


def test_a_missing_value_in_an_override_still_names_the_field() -> None:
    with pytest.raises(ClauseRenderError, match=r"terms\.term\.end_date"):
        assemble_agreement(make_terms(), overrides={CLAUSE: "Ends {{ terms.term.end_date }}."})


def test_an_override_that_ran_out_of_time_is_refused_at_once_the_next_time() -> None:
    environment = build_environment()
    source = "{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}{% endfor %}{# once #}"
    for _ in range(2):
        with pytest.raises(Exception, match=r"longer than 0\.2 seconds"):
            render_isolated(environment, source, {}, max_seconds=0.2)
