"""Terms compare: every field that differs between two versions of the terms, with the
field path the validation messages use ("parties[1].legal_name: Beta GmbH -> Beta AG")
and its values in plain words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum, StrEnum

from pydantic import BaseModel

from drafting.terms import AgreementTerms
from drafting.validation import format_path

NONE_TEXT = "(none)"
EMPTY_TEXT = "(empty)"


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True, slots=True)
class TermsChange:
    """One changed field. ``before`` / ``after`` are plain words ("(none)" where there was
    no value); ``path`` is written like the validation messages' paths."""

    path: str
    before: str
    after: str
    kind: ChangeKind

    def __str__(self) -> str:
        return f"{self.path}: {self.before} -> {self.after}"


def plain_value(value: object) -> str:
    """A field value as a person reads it: enums by value, decimals as written, ISO dates."""
    if value is None:
        return NONE_TEXT
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):  # datetimes too
        return value.isoformat()
    if isinstance(value, str):
        return value if value else EMPTY_TEXT
    return str(value)


def compare_terms(old: AgreementTerms, new: AgreementTerms) -> tuple[TermsChange, ...]:
    """Every field that differs, in the order of the model. Lists are compared entry by
    entry: a list that grew shows the new entries' fields as added, one that shrank the
    dropped entries' fields as removed; a section that appears or disappears likewise."""
    changes: list[TermsChange] = []
    _walk(old, new, (), changes)
    return tuple(changes)


Location = tuple[str | int, ...]


def _is_structure(value: object) -> bool:
    return isinstance(value, BaseModel | tuple | Mapping)


def _walk(old: object, new: object, loc: Location, out: list[TermsChange]) -> None:
    if old is new or (type(old) is type(new) and old == new):
        return
    if isinstance(old, BaseModel) and isinstance(new, BaseModel) and type(old) is type(new):
        for name in type(new).model_fields:
            _walk(getattr(old, name), getattr(new, name), (*loc, name), out)
    elif isinstance(old, tuple) and isinstance(new, tuple):
        for index in range(max(len(old), len(new))):
            if index >= len(old):
                _leaves(new[index], (*loc, index), ChangeKind.ADDED, out)
            elif index >= len(new):
                _leaves(old[index], (*loc, index), ChangeKind.REMOVED, out)
            else:
                _walk(old[index], new[index], (*loc, index), out)
    elif isinstance(old, Mapping) and isinstance(new, Mapping):
        for key in dict.fromkeys([*old, *new]):
            if key not in old:
                _leaves(new[key], (*loc, str(key)), ChangeKind.ADDED, out)
            elif key not in new:
                _leaves(old[key], (*loc, str(key)), ChangeKind.REMOVED, out)
            else:
                _walk(old[key], new[key], (*loc, str(key)), out)
    elif _is_structure(old) or _is_structure(new):
        # A section that appears, disappears or changes type: show what it holds.
        _leaves(old, loc, ChangeKind.REMOVED, out)
        _leaves(new, loc, ChangeKind.ADDED, out)
    elif old != new:
        kind = ChangeKind.ADDED if old is None else ChangeKind.REMOVED if new is None else ChangeKind.CHANGED
        out.append(TermsChange(format_path(loc), plain_value(old), plain_value(new), kind))


def _leaves(value: object, loc: Location, kind: ChangeKind, out: list[TermsChange]) -> None:
    """Each filled-in field of ``value`` as added (or removed); an entry with nothing
    filled in still shows as one line, so a longer list never looks unchanged."""
    if value is None:
        return
    start = len(out)
    _collect_leaves(value, loc, kind, out)
    if len(out) == start:
        shown = EMPTY_TEXT if _is_structure(value) else plain_value(value)
        before, after = (NONE_TEXT, shown) if kind is ChangeKind.ADDED else (shown, NONE_TEXT)
        out.append(TermsChange(format_path(loc), before, after, kind))


def _collect_leaves(value: object, loc: Location, kind: ChangeKind, out: list[TermsChange]) -> None:
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            _collect_leaves(getattr(value, name), (*loc, name), kind, out)
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            _collect_leaves(item, (*loc, index), kind, out)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            _collect_leaves(item, (*loc, str(key)), kind, out)
    elif value is not None and value != "":
        shown = plain_value(value)
        before, after = (NONE_TEXT, shown) if kind is ChangeKind.ADDED else (shown, NONE_TEXT)
        out.append(TermsChange(format_path(loc), before, after, kind))
