"""Schema versions and migrations. Version 1 is the first release of both the storage
layout and the terms, so these tests register test steps to exercise the machinery:
ordered steps, a backup first, resuming an interrupted migration, terms upgraded on
read while stored versions stay untouched, and newer data refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafting.terms import SCHEMA_VERSION
from storage import migrations
from storage.errors import SchemaTooNewError, StorageError
from storage.layout import Layout
from storage.meta import MetaStore
from tests.storage_helpers import make_terms, open_repo


def stored_version(data_dir: Path) -> int | None:
    return MetaStore(Layout(data_dir), read_only=True).schema_version()


def test_a_new_database_records_the_current_version(data_dir: Path) -> None:
    with open_repo(data_dir):
        pass
    assert stored_version(data_dir) == migrations.STORAGE_SCHEMA_VERSION == 1


def test_layout_steps_run_in_order_once_after_a_backup(data_dir: Path, monkeypatch) -> None:
    with open_repo(data_dir) as repo:
        draft_id = repo.create(make_terms()).id
    ran: list[int] = []

    def step(version: int):
        def run(layout: Layout) -> None:
            assert len(list(layout.backups_dir.glob("*.zip"))) == 1  # backed up before any step
            ran.append(version)
            (layout.root / f"step{version}").write_text("done")

        return run

    monkeypatch.setattr(migrations, "STORAGE_SCHEMA_VERSION", 3)
    monkeypatch.setattr(migrations, "LAYOUT_STEPS", {1: step(1), 2: step(2)})
    with open_repo(data_dir) as repo:
        assert repo.get(draft_id).summary.version_count == 1
    assert ran == [1, 2] and stored_version(data_dir) == 3
    with open_repo(data_dir):
        pass
    assert ran == [1, 2]


def test_an_interrupted_migration_resumes_at_the_failed_step(data_dir: Path, monkeypatch) -> None:
    with open_repo(data_dir):
        pass
    ran: list[int] = []

    def broken(layout: Layout) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(migrations, "STORAGE_SCHEMA_VERSION", 3)
    monkeypatch.setattr(migrations, "LAYOUT_STEPS", {1: lambda layout: ran.append(1), 2: broken})
    with pytest.raises(OSError, match="power cut"):
        open_repo(data_dir)
    assert stored_version(data_dir) == 2
    monkeypatch.setattr(migrations, "LAYOUT_STEPS", {1: lambda layout: ran.append(1), 2: lambda layout: ran.append(2)})
    with open_repo(data_dir):
        pass
    assert ran == [1, 2] and stored_version(data_dir) == 3


def test_read_only_does_not_migrate(data_dir: Path, monkeypatch) -> None:
    with open_repo(data_dir):
        pass
    monkeypatch.setattr(migrations, "STORAGE_SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrations, "LAYOUT_STEPS", {1: lambda layout: None})
    with pytest.raises(StorageError, match="need an upgrade"):
        open_repo(data_dir, read_only=True)
    assert stored_version(data_dir) == 1


def test_data_from_a_newer_pactwright_is_refused_untouched(data_dir: Path) -> None:
    with open_repo(data_dir):
        pass
    MetaStore(Layout(data_dir), read_only=False).set_schema_version(7)
    before = (data_dir / "meta.json").read_bytes()
    for read_only in (False, True):
        with pytest.raises(SchemaTooNewError, match=r"newer Pactwright .*storage version 7"):
            open_repo(data_dir, read_only=read_only)
    assert (data_dir / "meta.json").read_bytes() == before


def rewrite_version_terms(data_dir: Path, draft_id: str, change) -> None:
    path = data_dir / "drafts" / f"{draft_id}.json"
    data = json.loads(path.read_text())
    change(data["versions"]["1"]["terms"])
    data["versions"]["1"].pop("sha256", None)  # written by an older Pactwright: no checksum yet
    path.write_text(json.dumps(data))


def test_old_terms_are_upgraded_on_read_and_stay_untouched_on_disk(data_dir: Path, monkeypatch) -> None:
    with open_repo(data_dir) as repo:
        draft_id = repo.create(make_terms()).id

    def as_old_schema(terms: dict) -> None:
        terms["schema_version"] = 0
        terms["law"] = terms.pop("governing_law")  # what a hypothetical version 0 called it

    rewrite_version_terms(data_dir, draft_id, as_old_schema)
    on_disk = (data_dir / "drafts" / f"{draft_id}.json").read_bytes()

    def rename_law(terms: dict) -> dict:
        upgraded = dict(terms)
        upgraded["governing_law"] = upgraded.pop("law")
        return upgraded

    monkeypatch.setattr(migrations, "TERMS_STEPS", {0: rename_law, **migrations.TERMS_STEPS})
    with open_repo(data_dir) as repo:
        terms = repo.get(draft_id).terms
        assert terms.governing_law.profile == "ew" and terms.schema_version == migrations.current_terms_version()
        assert repo.get_version(draft_id, 1).terms == make_terms()
    assert (data_dir / "drafts" / f"{draft_id}.json").read_bytes() == on_disk
    monkeypatch.setattr(migrations, "TERMS_STEPS", {})
    with (
        open_repo(data_dir) as repo,
        pytest.raises(StorageError, match="No way to upgrade a draft from terms version 0"),
    ):
        repo.get(draft_id)


def test_terms_from_a_newer_pactwright_are_refused(data_dir: Path) -> None:
    with open_repo(data_dir) as repo:
        draft_id = repo.create(make_terms()).id
    rewrite_version_terms(data_dir, draft_id, lambda terms: terms.update(schema_version=SCHEMA_VERSION + 1))
    with open_repo(data_dir) as repo, pytest.raises(SchemaTooNewError, match=f"terms version {SCHEMA_VERSION + 1}"):
        repo.get(draft_id)


def test_a_schema_2_draft_opens_with_no_optional_modules_added(data_dir: Path) -> None:
    with open_repo(data_dir) as repo:
        draft_id = repo.create(make_terms()).id

    def as_schema_2(terms: dict) -> None:
        terms["schema_version"] = 2
        del terms["extra_modules"]

    rewrite_version_terms(data_dir, draft_id, as_schema_2)
    with open_repo(data_dir) as repo:
        terms = repo.get(draft_id).terms
    assert terms.schema_version == migrations.current_terms_version()
    assert terms.extra_modules == ()
