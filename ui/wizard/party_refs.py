"""Keep references to a party pointing at it when its short name is edited.

Pure data helpers (no Qt): the wizard tracks each party card's name over time and
rewrites every reference field (``PARTY_REFERENCE_FIELDS``) in the collected terms.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from drafting.terms.agreement import PARTY_REFERENCE_FIELDS


def follow_renames(cumulative: Mapping[str, str], step: Mapping[str, str]) -> dict[str, str]:
    """Compose rename maps: original -> current, given a new step current -> newer."""
    composed = {original: step.get(current, current) for original, current in cumulative.items()}
    for old, new in step.items():
        if old not in composed.values() and old not in composed:
            composed[old] = new
    return {old: new for old, new in composed.items() if old != new}


def rename_references(data: Any, renames: Mapping[str, str]) -> Any:
    """A copy of plain ``data`` (dicts, lists, scalars) with party references renamed."""
    if not renames:
        return data
    if isinstance(data, dict):
        result: dict[str, Any] = {}
        for key, value in data.items():
            if key in PARTY_REFERENCE_FIELDS and isinstance(value, str):
                result[key] = renames.get(value, value)
            elif key == "parties":
                result[key] = value
            else:
                result[key] = rename_references(value, renames)
        return result
    if isinstance(data, list | tuple):
        return [rename_references(item, renames) for item in data]
    return data
