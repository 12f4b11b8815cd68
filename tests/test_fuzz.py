"""Randomised campaigns (issue 17): hostile draft files, damaged databases and hostile
clause overrides. ``make test`` runs a short version of each; ``make fuzz`` runs them
longer (``PACTWRIGHT_FUZZ_SCALE`` multiplies the number of cases, and the crash loop in
``test_storage_faults`` gets more kills through ``PACTWRIGHT_FAULT_KILLS``).

Each case must end in a result or in a plain message, never in a traceback, a hang or
a lost draft."""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import main as cli_main
from drafting.engine import ClauseRenderError, assemble_agreement
from storage.errors import StorageError
from tests.engine_helpers import make_terms
from tests.storage_helpers import open_repo
from tests.support import example_paths

SCALE = max(1, int(os.environ.get("PACTWRIGHT_FUZZ_SCALE", "1")))
FUZZ = settings(
    max_examples=12 * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

_EXAMPLE = json.loads(example_paths()[0].read_text(encoding="utf-8"))

_HOSTILE_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["\ud800", "\u202e", "{{ 7*7 }}", "{% raw %}", "&<>\"'", "", " " * 10, "x" * 5000]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


def _paths(value: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


_ALL_PATHS = _paths(_EXAMPLE)


def _replaced(data: object, path: tuple[object, ...], value: object) -> object:
    copy = json.loads(json.dumps(data))
    target = copy
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    target[path[-1]] = value  # type: ignore[index]
    return copy


def _validate(path: Path) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli_main.main(["validate", str(path)])
    return code, err.getvalue()


@FUZZ
@given(changes=st.lists(st.tuples(st.sampled_from(_ALL_PATHS), _HOSTILE_VALUES), min_size=1, max_size=4))
def test_a_draft_with_hostile_values_is_validated_without_a_traceback(tmp_path_factory, changes) -> None:
    data: object = _EXAMPLE
    for path, value in changes:
        with contextlib.suppress(KeyError, IndexError, TypeError):  # an earlier change removed the place
            data = _replaced(data, path, value)
    path = tmp_path_factory.mktemp("hostile") / "draft.json"
    path.write_text(json.dumps(data, allow_nan=True), encoding="utf-8", errors="surrogatepass")
    code, err = _validate(path)
    assert code in (0, 1), err
    assert "Traceback" not in err


@FUZZ
@given(cuts=st.lists(st.tuples(st.floats(0, 1), st.binary(max_size=8)), min_size=1, max_size=5))
def test_a_damaged_draft_file_is_refused_in_plain_words(tmp_path_factory, cuts) -> None:
    raw = bytearray(example_paths()[0].read_bytes())
    for where, insert in cuts:
        at = int(where * len(raw))
        raw[at : at + len(insert)] = insert
    path = tmp_path_factory.mktemp("damaged") / "draft.json"
    path.write_bytes(bytes(raw))
    code, err = _validate(path)
    assert code in (0, 1) and "Traceback" not in err


@pytest.mark.filterwarnings("ignore::storage.errors.DatabaseRecoveredWarning")
@settings(
    max_examples=6 * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(seed=st.integers(0, 2**32 - 1), flips=st.integers(1, 6), truncate=st.booleans())
def test_a_damaged_database_opens_repaired_or_says_why(tmp_path_factory, seed: int, flips: int, truncate: bool) -> None:
    """The corruption matrix, at random: bytes of random stored files flipped or cut.
    Opening either repairs (the draft comes back from its last good copy) or raises a
    storage error with a message; it never raises anything else."""
    data_dir = tmp_path_factory.mktemp("db") / "data"
    with open_repo(data_dir) as repo:
        draft_id = repo.import_draft(example_paths()[0]).id
        repo.save(draft_id, repo.get(draft_id).terms, note="second")
    rng = random.Random(seed)
    files = sorted(path for path in data_dir.rglob("*") if path.is_file() and path.suffix == ".json")
    for target in rng.sample(files, min(flips, len(files))):
        raw = bytearray(target.read_bytes())
        if truncate and raw:
            raw = raw[: rng.randrange(len(raw))]
        elif raw:
            raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
        target.write_bytes(bytes(raw))
    try:
        with open_repo(data_dir) as repo:
            for summary in repo.list():
                repo.get(summary.id)
    except StorageError as error:
        assert str(error)


_FRAGMENTS = [
    "{{ ",
    " }}",
    "{% for i in range(999999) %}",
    "{% endfor %}",
    "{{ 'x' * 99999999 }}",
    "{{ '%099999999d' % 1 }}",
    "{{ x.__class__ }}",
    "{{ self }}",
    "{{ terms.parties[0].name }}",
    "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
    "((((((((((",
    "))))))))))",
    "{{ 9 ** 9 ** 9 }}",
    "plain words ",
    "{% set l = [1] %}{% for i in range(40) %}{% do l.extend(l) %}{% endfor %}",
]


@settings(max_examples=3 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=6))
def test_a_random_hostile_override_renders_or_is_refused_naming_the_clause(parts: list[str]) -> None:
    source = "".join(parts)
    try:
        assemble_agreement(make_terms(), overrides={"general.costs": source})
    except ClauseRenderError as error:
        assert str(error).startswith("clause 'general.costs'")
