"""The review engine as a whole: finding order and shape, the examples' results, every
rule triggered by some test, paths that name real fields, and hostile text."""

from __future__ import annotations

import dataclasses
import importlib
import json
import pkgutil
import re
import types
import typing
from pathlib import Path

import pytest
from pydantic import BaseModel

from drafting.review import ALL_RULES, Finding, Rule, Severity, has_errors, review, sort_findings
from drafting.terms import AgreementTerms
from tests.review_helpers import EXAMPLES_DIR, Case, changed, example

# Every theme's test module (test_review_<theme>.py with a TRIGGERS list), found rather
# than listed, so a new theme cannot be forgotten here.
THEME_MODULES = tuple(
    module
    for info in pkgutil.iter_modules([str(Path(__file__).parent)])
    if info.name.startswith("test_review_")
    and hasattr(module := importlib.import_module(f"tests.{info.name}"), "TRIGGERS")
)
ALL_TRIGGERS: list[Case] = [case for module in THEME_MODULES for case in module.TRIGGERS]
EXAMPLE_NAMES = sorted(path.stem for path in EXAMPLES_DIR.glob("*.json"))


def test_findings_are_frozen() -> None:
    finding = Finding("x.y", Severity.NOTE, "scope", "message", "fix")
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.message = "changed"  # type: ignore[misc]


def test_findings_sort_errors_then_warnings_then_notes_then_path() -> None:
    findings = [
        Finding("a", Severity.NOTE, "a", "m", "f"),
        Finding("b", Severity.WARNING, "z", "m", "f"),
        Finding("c", Severity.ERROR, "y", "m", "f"),
        Finding("d", Severity.WARNING, "b", "m", "f"),
        Finding("e", Severity.ERROR, "c", "m", "f"),
    ]
    assert [finding.rule_id for finding in sort_findings(findings)] == ["e", "c", "d", "b", "a"]


def test_has_errors() -> None:
    assert has_errors([Finding("a", Severity.ERROR, "p", "m", "f")])
    assert not has_errors([Finding("a", Severity.WARNING, "p", "m", "f"), Finding("b", Severity.NOTE, "p", "m", "f")])
    assert not has_errors([])


def test_review_output_is_ordered() -> None:
    terms = changed(
        example("joint_venture_unequal"),
        {
            "exit": None,
            "governance.quorum.adjourned_meeting_reduced": False,
            "disputes.arbitration.seat": "",
            "boilerplate.sanctions": False,
        },
    )
    findings = review(terms)
    assert findings == sort_findings(findings)
    assert findings[0].severity is Severity.ERROR and findings[-1].severity is Severity.NOTE
    assert has_errors(findings)


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_examples_have_no_errors(name: str) -> None:
    findings = review(example(name))
    assert not has_errors(findings), [str(finding) for finding in findings]


def test_no_example_warns_about_the_balance_of_power() -> None:
    # The unequal venture drafts every protection the rule asks for: nothing to report.
    warned = {
        name for name in EXAMPLE_NAMES if any(f.rule_id == "balance.power-imbalance" for f in review(example(name)))
    }
    assert warned == set()


# That every rule fires somewhere, and stays silent where a draft tempts it, is proved on
# the labelled corpus (tests/test_review_corpus.py), which reads the drafted text too.


def _field_model(annotation: object) -> type[BaseModel] | None:
    """The terms class inside an annotation such as ``Deadlock | None`` or ``tuple[Party, ...]``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in typing.get_args(annotation):
        found = _field_model(argument)
        if found is not None:
            return found
    return None


def _path_names_a_field(path: str) -> bool:
    model: type[BaseModel] | None = AgreementTerms
    for name in re.findall(r"[^.\[\]]+(?=\[|\.|$)", path):
        if model is None or name not in model.model_fields:
            return False
        model = _field_model(model.model_fields[name].annotation)
    return True


def test_every_finding_path_names_a_real_field() -> None:
    paths = {finding.path for case in ALL_TRIGGERS for finding in review(case.terms())}
    paths |= {finding.path for name in EXAMPLE_NAMES for finding in review(example(name))}
    wrong = sorted(path for path in paths if not _path_names_a_field(path))
    assert wrong == []
    assert _path_names_a_field("parties[2].notice_email")
    assert not _path_names_a_field("parties[2].nonsense")


def test_messages_are_sentences_with_a_fix() -> None:
    for case in ALL_TRIGGERS:
        for finding in review(case.terms()):
            assert finding.message[0].isupper() and finding.message.rstrip().endswith((".", ")")), finding
            assert finding.fix[0].isupper() and finding.fix.rstrip().endswith("."), finding
            assert "{" not in finding.message and "None" not in finding.message, finding


HOSTILE = "R&D <Title> {{ terms }} {% if x %} \u202eטקסט\u202c 🚀 \x07 " + "x" * 100_000


def test_hostile_text_is_reported_as_data() -> None:
    name = HOSTILE[:200]
    # Rename the party everywhere it is referred to, as the wizard would.
    text = example("joint_venture_unequal").to_json().replace('"Lumen"', json.dumps(name))
    terms = changed(
        AgreementTerms.from_json(text),
        {
            "contributions[0].description": HOSTILE,
            "contributions[1].valuation_method": "",
            "background": HOSTILE,
            "transfer.tag_along": False,
        },
    )
    findings = review(terms)
    imbalance = [finding for finding in findings if finding.rule_id == "balance.power-imbalance"]
    assert imbalance and f"{name} 70 %" in imbalance[0].message
    valuation = [finding for finding in findings if finding.rule_id == "contributions.in-kind-valuation"]
    assert valuation and valuation[0].path == "contributions[1].valuation_method"


def test_review_of_a_minimal_draft_does_not_crash() -> None:
    terms = AgreementTerms.model_validate(
        {"model": "joint_venture", "parties": [{"short_name": "A"}, {"short_name": "B"}]}
    )
    rule_ids = {finding.rule_id for finding in review(terms)}
    assert {"lifecycle.exit-missing", "parties.model-terms-missing", "disputes.arbitration-seat-missing"} <= rule_ids


def test_rules_are_declared_functions_of_the_review_context() -> None:
    for rule in ALL_RULES:
        assert isinstance(rule, Rule) and isinstance(rule.check, types.FunctionType)
        assert Path(rule.check.__code__.co_filename).parent.name == "review"
        assert rule.models and rule.party_types and rule.legal_systems
