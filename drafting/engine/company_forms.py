"""The words a company's equity takes, by legal form, read from
``clause_templates/company/forms.toml`` (data a lawyer can edit)."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

from drafting.terms.company import CompanyForm

FORMS_FILE = Path(__file__).resolve().parents[2] / "clause_templates" / "company" / "forms.toml"


@dataclass(frozen=True, slots=True)
class FormWords:
    name: str
    equity: str
    unit: str
    holder: str
    capital: str
    title: str


#: The words used when the form is not given: what version 1 drafts always said.
DEFAULT_WORDS = FormWords("", "Shares", "Share", "Shareholder", "issued share capital", "Shareholders' Agreement")


@functools.cache
def load_forms(path: Path = FORMS_FILE) -> dict[CompanyForm, FormWords]:
    with path.open("rb") as handle:
        table = tomllib.load(handle).get("form", {})
    forms = {}
    for key, entry in table.items():
        forms[CompanyForm(key)] = FormWords(**{name: str(entry[name]) for name in FormWords.__dataclass_fields__})
    return forms


def form_words(form: CompanyForm | None) -> FormWords:
    if form is None:
        return DEFAULT_WORDS
    return load_forms().get(form, DEFAULT_WORDS)


@functools.cache
def _party_forms(path: Path = FORMS_FILE) -> dict[str, dict[str, str]]:
    with path.open("rb") as handle:
        table = tomllib.load(handle).get("party_forms", {})
    return {str(country): {str(key): str(label) for key, label in entry.items()} for country, entry in table.items()}


def country_entity_labels(country: str | None) -> dict[str, str]:
    """A party's entity types as its country names them ("corporation" -> "Company: Ltd or
    plc" for England), in the order offered; empty for a country with no entry."""
    return dict(_party_forms().get(country or "", {}))
