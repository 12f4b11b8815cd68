"""Drafts for the wording tests: an example or a scenario loaded as data, changed at a few
paths, assembled, and read back as the lawyer reads it (the body text, line by line).

The wording tests of each round used to carry their own copy of these loaders; they share
this one so that a change to how drafts are read is made once."""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from drafting.document import (
    AgreementDocument,
    Clause,
    Paragraph,
    body_text_lines,
    clause_lead_text,
    inline_text,
)
from drafting.engine import assemble_agreement
from drafting.terms import AgreementTerms

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SCENARIOS = Path(__file__).resolve().parent / "scenarios"

Change = Callable[[dict[str, Any]], object]


@functools.cache
def _loaded(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def example_data(name: str) -> dict[str, Any]:
    """A fresh copy of ``examples/<name>.json`` as data (safe to change)."""
    return copy.deepcopy(_loaded(EXAMPLES / f"{name}.json"))


def scenario_data(name: str) -> dict[str, Any]:
    """A fresh copy of ``tests/scenarios/<name>.json`` as data (safe to change)."""
    return copy.deepcopy(_loaded(SCENARIOS / f"{name}.json"))


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set ``value`` at ``path``, steps joined by ``__`` ("governance__deadlock__terminal");
    a step of digits indexes a list ("parties__0__kind")."""
    target: Any = data
    *steps, last = path.split("__")
    for step in steps:
        target = target[int(step)] if step.isdigit() else target[step]
    if last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value


def variant_data(name: str, *, law: str | None = None, change: Change | None = None, **paths: Any) -> dict[str, Any]:
    """The example ``name`` as data, with the governing law, a change function and
    values at paths applied (in that order)."""
    return changed_data(example_data(name), law=law, change=change, **paths)


def scenario_variant_data(
    name: str, *, law: str | None = None, change: Change | None = None, **paths: Any
) -> dict[str, Any]:
    """The scenario ``name`` as data, changed as :func:`variant_data` changes an example
    (the same draft rendered under each law, without a loader of its own in each test)."""
    return changed_data(scenario_data(name), law=law, change=change, **paths)


def changed_data(
    data: dict[str, Any], *, law: str | None = None, change: Change | None = None, **paths: Any
) -> dict[str, Any]:
    """``data`` (changed in place and returned) with the governing law, a change function
    and values at paths applied, in that order."""
    if law is not None:
        data["governing_law"] = {"profile": law, "other": ""}
    if change is not None:
        change(data)
    for path, value in paths.items():
        set_path(data, path, value)
    return data


def variant(name: str, *, law: str | None = None, change: Change | None = None, **paths: Any) -> AgreementTerms:
    """The example ``name`` as terms, changed as :func:`variant_data` says."""
    return AgreementTerms.model_validate(variant_data(name, law=law, change=change, **paths))


def terms_of(data: dict[str, Any]) -> AgreementTerms:
    return AgreementTerms.model_validate(data)


def document_of(terms: AgreementTerms | dict[str, Any]) -> AgreementDocument:
    return assemble_agreement(terms if isinstance(terms, AgreementTerms) else terms_of(terms))


def text_of(draft: AgreementTerms | dict[str, Any] | AgreementDocument) -> str:
    """The drafted body text, one line per paragraph."""
    document = draft if isinstance(draft, AgreementDocument) else document_of(draft)
    return "\n".join(body_text_lines(document))


def flat_text(draft: AgreementTerms | dict[str, Any] | AgreementDocument) -> str:
    """The drafted body text with all white space (line ends included) as single spaces,
    for phrases that may run across paragraphs."""
    return re.sub(r"\s+", " ", text_of(draft))


@functools.cache
def example_text(name: str) -> str:
    """The drafted body text of an example as saved (cached: do not change the example)."""
    return text_of(AgreementTerms.from_json((EXAMPLES / f"{name}.json").read_text(encoding="utf-8")))


def line_starting(text: str, start: str) -> str:
    """The first line of ``text`` that starts with ``start`` (fails if there is none)."""
    lines = [line for line in text.splitlines() if line.startswith(start)]
    assert lines, f"no line starting {start!r}"
    return lines[0]


def line_with(text: str, needle: str) -> str:
    """The first line of ``text`` that contains ``needle`` (fails if there is none)."""
    lines = [line for line in text.splitlines() if needle in line]
    assert lines, f"no line containing {needle!r}"
    return lines[0]


def clause_text(document: AgreementDocument, clause_id: str) -> str:
    """The whole text of the clause ``clause_id`` with its sub-clauses ("" if not drafted)."""
    lines: list[str] = []

    def walk(block: Clause) -> None:
        lines.append(clause_lead_text(block))
        for child in block.children:
            if isinstance(child, Clause):
                walk(child)
            elif isinstance(child, Paragraph):
                lines.append(inline_text(child.content))

    for clause in document.iter_clauses():
        if clause.id == clause_id:
            walk(clause)
            break
    return " ".join(lines)


def clause_number(document: AgreementDocument, clause_id: str) -> str:
    """The number the clause ``clause_id`` carries in the document ("4.2")."""
    return next(str(clause.number) for clause in document.iter_clauses() if clause.id == clause_id)


_BRITISH = (
    (r"\bLicense(s?)\b", r"Licence\1"),
    # the verb keeps its s in British English too ("to license", "exploit or license")
    (r"(?<!to )(?<!or )(?<!and )\blicense(s?)\b", r"licence\1"),
    (r"\b([Ss])ublicense(s?)\b", r"\1ublicence\2"),
    (r"\bProgram\b", "Programme"),
    (r"\bprogram\b", "programme"),
    (r"\bSection (?=\d)", "clause "),
    (r"\b([Oo])rganization\b", r"\1rganisation"),
)


def british_text(draft: AgreementTerms | dict[str, Any] | AgreementDocument) -> str:
    """The body text with runs of blanks collapsed and the American forms a US profile
    uses ("License", "Program", "Section 4.2") folded back, so one set of phrases checks a
    clause under every governing law."""
    text = re.sub(r"[ \t]+", " ", text_of(draft))
    for american, british in _BRITISH:
        text = re.sub(american, british, text)
    return text
