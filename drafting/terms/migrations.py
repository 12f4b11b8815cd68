"""Steps that bring terms saved by an older Pactwright up to ``SCHEMA_VERSION``.

A step is registered under the version it upgrades *from* and maps a terms dict (as
stored in JSON) to a new dict; it never touches its input. Storage runs the steps when
it reads a stored version; ``drafting.validation`` runs them for draft files, so an old
file opened from the command line reads the same as one from the library.

Each step keeps the meaning of the values it moves: a test per step proves an old
draft renders the same agreement, except where the newer version meant to change it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from drafting.terms.agreement import SCHEMA_VERSION
from drafting.terms.law import law_from_text

TermsStep = Callable[[dict[str, Any]], dict[str, Any]]


class SchemaTooNewError(ValueError):
    """The terms were saved by a newer Pactwright."""


def _v1_governing_law_and_forums(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 made the governing law a legal-system profile and split the joint
    "AAA-ICDR" choice into the AAA's Commercial Rules and the ICDR's International Rules.
    A version 1 draft always meant the international rules by it."""
    upgraded = dict(data)
    law = upgraded.get("governing_law", "")
    if isinstance(law, str):
        upgraded["governing_law"] = law_from_text(law)
    disputes = upgraded.get("disputes")
    if isinstance(disputes, dict):
        disputes = dict(disputes)
        for key, field in (("arbitration", "institution"), ("mediation", "provider")):
            part = disputes.get(key)
            if isinstance(part, dict) and part.get(field) == "AAA_ICDR":
                disputes[key] = {**part, field: "ICDR"}
        upgraded["disputes"] = disputes
    return upgraded


def _v2_extra_modules(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 drafts each agreement type from its own blueprint; the optional modules a
    user adds explicitly are listed in ``extra_modules`` (none in an older draft). The
    distribution supply terms it adds all have defaults."""
    upgraded = dict(data)
    upgraded.setdefault("extra_modules", [])
    return upgraded


#: from-version -> step upgrading a terms dict to from-version + 1
STEPS: dict[int, TermsStep] = {1: _v1_governing_law_and_forums, 2: _v2_extra_modules}


def upgrade_terms(data: dict[str, Any], steps: dict[int, TermsStep] | None = None) -> dict[str, Any]:
    """``data`` brought up to ``SCHEMA_VERSION`` (a new dict). Raises ``SchemaTooNewError``,
    or ``ValueError`` when a version has no step."""
    registry = STEPS if steps is None else steps
    version = data.get("schema_version", 1)
    if not isinstance(version, int) or isinstance(version, bool):
        raise ValueError(f"the draft has an unreadable schema_version ({version!r})")
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"this draft was saved by a newer Pactwright (terms version {version}; this one knows up to "
            f"{SCHEMA_VERSION}). Update Pactwright to open it."
        )
    upgraded = dict(data)
    while version < SCHEMA_VERSION:
        step = registry.get(version)
        if step is None:
            raise ValueError(f"no way to upgrade a draft from terms version {version}")
        upgraded = step(upgraded)
        version += 1
        upgraded["schema_version"] = version
    return upgraded
