"""The clause catalogue: it loads, every clause is documented, and every variable a
template reads is a real field of the terms model (``find_undeclared_variables`` for the
top-level names, the template's attribute paths for the rest)."""

from __future__ import annotations

import dataclasses
import types
import typing
from enum import Enum

import pytest
from jinja2 import meta
from pydantic import BaseModel

from drafting.engine import CatalogueError, default_catalogue, load_catalogue
from drafting.engine.catalogue import TEMPLATES_DIR
from drafting.engine.context import DealFacts
from drafting.engine.legal_system import LawView
from drafting.terms import AgreementTerms

#: The names a template may use without defining them: the data and the helpers.
CONTEXT_NAMES = {
    "terms", "deal", "law", "ref", "Ref", "has", "term", "ending", "draft", "survivors", "kept_rights",
    "schedules",
    "law_text", "law_list", "law_name", "law_each", "drafted", "institution_rules", "mediation_rules", "institution",
}  # fmt: skip
#: Attributes of values that templates may call (str methods, enum value).
ALLOWED_METHODS = {"strip", "split", "lower", "value"}


def _unwrap(annotation: typing.Any) -> list[typing.Any]:
    """The model or enum types a field annotation can hold (through Optional and tuples)."""
    origin = typing.get_origin(annotation)
    if origin in {typing.Union, types.UnionType, tuple, typing.Annotated}:
        found = []
        for argument in typing.get_args(annotation):
            if argument is not Ellipsis and argument is not type(None):
                found.extend(_unwrap(argument))
        return found
    return [annotation]


def resolves(path: str) -> bool:
    """Whether "terms.a.b" names a field of AgreementTerms (or "deal.x" of DealFacts)."""
    root, *names = path.split(".")
    if root == "deal":
        # A deal fact, or a field of a fact that is itself a dataclass ("deal.investee.stake").
        if not names or names[0] not in DealFacts.__dataclass_fields__:
            return False
        if len(names) == 1:
            return True
        annotation = typing.get_type_hints(DealFacts)[names[0]]
        kinds = [kind for kind in _unwrap(annotation) if dataclasses.is_dataclass(kind)]
        return len(names) == 2 and any(names[1] in kind.__dataclass_fields__ for kind in kinds)
    if root == "law":
        # The view of the legal system: its fields, properties and the profile's methods.
        first = names[0] if names else ""
        return (
            first in LawView.__dataclass_fields__
            or isinstance(getattr(LawView, first, None), property)
            or (callable(getattr(LawView, first, None)))
        )
    candidates: list[typing.Any] = [AgreementTerms]
    for name in names:
        following: list[typing.Any] = []
        for candidate in candidates:
            if isinstance(candidate, type) and issubclass(candidate, BaseModel) and name in candidate.model_fields:
                following.extend(_unwrap(candidate.model_fields[name].annotation))
            elif (isinstance(candidate, type) and isinstance(getattr(candidate, name, None), property)) or (
                isinstance(candidate, type) and (issubclass(candidate, Enum | str)) and name in ALLOWED_METHODS
            ):
                following.append(str)
        if not following:
            return False
        candidates = following
    return True


def test_catalogue_loads_with_every_section_of_the_clause_catalogue() -> None:
    catalogue = default_catalogue()
    sections = {section.id for section in catalogue.sections}
    expected = {
        "definitions", "scope", "exclusivity", "contributions", "governance", "deadlock", "ip", "confidentiality",
        "financial", "company", "investment", "transfer", "term", "termination", "exit", "effects", "liability",
        "general", "disputes", "consortium", "data", "project", "distribution", "licence", "co_marketing",
    }  # fmt: skip
    assert expected <= sections
    assert sum(1 for _ in catalogue.clauses()) > 120


def test_every_clause_has_a_title_a_note_and_at_least_one_template() -> None:
    for spec in default_catalogue().clauses():
        assert spec.title and spec.note, spec.id
        assert spec.templates, spec.id


@pytest.mark.parametrize("spec", list(default_catalogue().clauses()), ids=lambda spec: spec.id)
def test_every_template_variable_is_gathered_by_the_terms_model(spec) -> None:
    environment = default_catalogue().environment
    for key, source in spec.sources.items():
        undeclared = meta.find_undeclared_variables(environment.parse(source))
        assert undeclared <= CONTEXT_NAMES, f"{spec.id} {key}: {undeclared - CONTEXT_NAMES}"
    for path in spec.variables:
        assert resolves(path), f"{spec.id}: {path} is not a field of the terms model"


def test_definition_variables_are_gathered_too() -> None:
    catalogue = default_catalogue()
    for spec in catalogue.definitions:
        undeclared = meta.find_undeclared_variables(catalogue.environment.parse(spec.source))
        assert undeclared <= CONTEXT_NAMES, spec.term
    undeclared = meta.find_undeclared_variables(catalogue.environment.parse(catalogue.recitals_source))
    assert undeclared <= CONTEXT_NAMES


def test_the_path_checker_rejects_a_misspelt_field() -> None:
    assert resolves("terms.termination.breach_cure_days")
    assert resolves("terms.exit.valuation")
    assert not resolves("terms.termination.breach_cure_dayz")
    assert not resolves("deal.no_such_fact")


def test_variant_templates_cover_every_enum_value_they_switch_on() -> None:
    catalogue = default_catalogue()
    for spec in catalogue.clauses():
        if not spec.variant.startswith("terms."):
            continue
        (annotation,) = [a for a in _unwrap_path(spec.variant) if isinstance(a, type) and issubclass(a, Enum)]
        excluded = {"none"} if "!= 'none'" in spec.when or "mode != 'none'" in spec.when else set()
        wanted = {member.value for member in annotation} - excluded
        if spec.id == "contributions.further_funding":
            wanted |= {"none"}
        assert wanted <= set(spec.templates), f"{spec.id}: no template for {wanted - set(spec.templates)}"


def _unwrap_path(path: str) -> list[typing.Any]:
    candidates: list[typing.Any] = [AgreementTerms]
    for name in path.split(".")[1:]:
        candidates = [
            found
            for candidate in candidates
            if isinstance(candidate, type) and issubclass(candidate, BaseModel) and name in candidate.model_fields
            for found in _unwrap(candidate.model_fields[name].annotation)
        ]
    return candidates


def test_a_malformed_catalogue_is_refused_with_the_file_named(tmp_path) -> None:
    (tmp_path / "front").mkdir()
    (tmp_path / "front" / "recitals.j2").write_text("", encoding="utf-8")
    (tmp_path / "definitions.toml").write_text("", encoding="utf-8")
    section = tmp_path / "broken"
    section.mkdir()
    (section / "catalogue.toml").write_text(
        '[section]\nheading = "Broken"\n[[clause]]\nid = "broken.x"\ntitle = "X"\nnote = "n"\n'
        'models = ["no_such_model"]\n',
        encoding="utf-8",
    )
    (section / "x.j2").write_text("text", encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"broken/catalogue\.toml"):
        load_catalogue(tmp_path)
    (section / "catalogue.toml").write_text(
        '[section]\nheading = "Broken"\n[[clause]]\nid = "broken.x"\ntitle = "X"\nnote = "n"\n', encoding="utf-8"
    )
    (section / "x.j2").write_text("{% if %}", encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"x\.j2"):
        load_catalogue(tmp_path)


def test_templates_live_in_the_clause_templates_folder() -> None:
    assert TEMPLATES_DIR.name == "clause_templates"
    assert len(list(TEMPLATES_DIR.rglob("*.j2"))) > 150
