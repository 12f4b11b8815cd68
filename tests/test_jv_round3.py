"""Joint venture defects an English-law reviewer found in round 3, checked on the rendered
text of every joint venture example (and variants of them):

1. the deadlock exit is no squeeze-out: the Party that proposed the matter cannot use the
   Deadlock to exit, and during the lock-in only a budget Deadlock opens the exit.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from drafting.terms import AgreementTerms

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
JV_EXAMPLES = ("joint_venture_unequal", "joint_venture_50_50", "professionals_company")
EXIT_TERMINALS = ("russian_roulette", "texas_shootout", "put_call_fmv", "third_party_sale", "winding_up")


def _data(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    return loaded


def _variant(name: str, **changes: Any) -> AgreementTerms:
    """The example with paths ("governance__deadlock__terminal") replaced."""
    data = _data(name)
    for path, value in changes.items():
        target = data
        *steps, last = path.split("__")
        for step in steps:
            target = target[int(step)] if step.isdigit() else target[step]
        target[last] = value
    return AgreementTerms.model_validate(data)


def _text(terms: AgreementTerms) -> str:
    return "\n".join(body_text_lines(assemble_agreement(terms)))


@functools.cache
def _example_text(name: str) -> str:
    return _text(AgreementTerms.from_json((EXAMPLES / f"{name}.json").read_text(encoding="utf-8")))


def _line(text: str, start: str) -> str:
    lines = [line for line in text.splitlines() if line.startswith(start)]
    assert lines, f"no line starting {start!r}"
    return lines[0]


# 1. Deadlock exit limits --------------------------------------------------------------------


@pytest.mark.parametrize("name", ("joint_venture_unequal", "joint_venture_50_50"))
@pytest.mark.parametrize("terminal", EXIT_TERMINALS)
def test_the_proposer_cannot_exit_on_its_own_deadlock(name: str, terminal: str) -> None:
    text = _text(_variant(name, governance__deadlock__terminal=terminal))
    limits = _line(text, "Limits on the exit after a Deadlock.")
    assert "No Deadlock arises, for the purposes of clause 6.5, on a matter proposed by the Party" in limits
    # the lock-in: only a budget Deadlock opens the exit, any other keeps the status quo
    assert "may be given only in respect of a Deadlock on the approval of the annual budget" in limits
    assert "resolved by the matter in dispute not being implemented" in limits
    lock_in = _line(text, "Lock-in.")
    assert "under clause 6.5 within the limits of clause 6.6" in lock_in


@pytest.mark.parametrize("name", JV_EXAMPLES)
def test_a_status_quo_deadlock_needs_no_limits(name: str) -> None:
    text = _text(_variant(name, governance__deadlock__terminal="status_quo"))
    assert "Limits on the exit after a Deadlock." not in text


def test_without_a_lock_in_only_the_proposer_limit_applies() -> None:
    text = _text(_variant("joint_venture_unequal", transfer__lock_in_months=0))
    limits = _line(text, "Limits on the exit after a Deadlock.")
    assert "on a matter proposed by the Party" in limits
    assert "annual budget" not in limits
