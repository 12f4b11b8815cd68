"""Schema versions and the ordered steps that bring older data up to date.

Two versions are tracked:

* the storage layout (``STORAGE_SCHEMA_VERSION``, kept in meta.json), migrated as a
  whole when the database is opened for writing, after a full backup;
* the terms of each stored version (``schema_version`` inside the terms, owned by
  ``drafting.terms.SCHEMA_VERSION``), migrated when a version is read, so that old
  versions stay immutable on disk and are upgraded on the way out.

A step is registered under the version it upgrades *from*. Layout steps must be safe
to run again (the version is recorded after each step, so a crash mid-migration
resumes at that step). Data written by a newer Pactwright is refused, never touched.
The terms steps themselves live with the terms model (``drafting.terms.migrations``),
so draft files opened from the command line are upgraded by the same steps.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from drafting import terms as terms_module
from drafting.terms import migrations as terms_migrations
from storage.errors import SchemaTooNewError, StorageError
from storage.layout import Layout

STORAGE_SCHEMA_VERSION = 1

LayoutStep = Callable[[Layout], None]
TermsStep = Callable[[dict[str, Any]], dict[str, Any]]

#: from-version -> step upgrading the layout to from-version + 1
LAYOUT_STEPS: dict[int, LayoutStep] = {}
#: from-version -> step upgrading a terms dict to from-version + 1
TERMS_STEPS: dict[int, TermsStep] = terms_migrations.STEPS


def current_terms_version() -> int:
    return terms_module.SCHEMA_VERSION


def check_storage_version(found: int) -> None:
    if found > STORAGE_SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"These drafts were saved by a newer Pactwright (storage version {found}; this one "
            f"knows up to {STORAGE_SCHEMA_VERSION}). Update Pactwright to open them; nothing was changed."
        )


def migrate_layout(layout: Layout, found: int, record_version: Callable[[int], None]) -> list[int]:
    """Run every layout step from ``found`` up; return the versions passed through."""
    check_storage_version(found)
    passed: list[int] = []
    for version in range(found, STORAGE_SCHEMA_VERSION):
        step = LAYOUT_STEPS.get(version)
        if step is None:
            raise StorageError(f"No way to upgrade drafts from storage version {version}; nothing was changed.")
        step(layout)
        record_version(version + 1)
        passed.append(version)
    return passed


def migrate_terms(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a stored terms dict up to the current terms schema (a new dict; input untouched).

    The steps and their order are the terms model's (``drafting.terms.migrations``); this
    only words its refusals as storage errors."""
    target = current_terms_version()
    try:
        return terms_migrations.upgrade_terms(data, TERMS_STEPS)
    except terms_migrations.SchemaTooNewError as error:
        raise SchemaTooNewError(
            f"This draft was saved by a newer Pactwright (terms version {error.version}; this one knows up to "
            f"{target}). Update Pactwright to open it."
        ) from None
    except terms_migrations.NoUpgradeError as error:
        if error.version is None:
            raise StorageError(
                f"A stored draft has an unreadable schema_version ({data.get('schema_version')!r})."
            ) from None
        raise StorageError(f"No way to upgrade a draft from terms version {error.version}.") from None
