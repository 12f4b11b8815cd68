"""The repository's everyday operations: drafts, immutable versions, the list and its
search, the trash, working copies, data settings and clause overrides; every change is
checked after reopening the database."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from drafting.terms import AllianceModel
from storage.errors import DraftNotFoundError, StorageError
from storage.models import DraftSort
from storage.repository import DraftRepository
from tests.storage_helpers import make_terms, open_repo


@pytest.fixture
def repo(data_dir: Path):
    with open_repo(data_dir) as repository:
        yield repository


def test_create_save_and_reopen_keep_every_version(data_dir: Path) -> None:
    with open_repo(data_dir) as repo:
        summary = repo.create(make_terms(), note="first draft")
        second = repo.save(summary.id, make_terms(background="Second thoughts."), note="after the call")
        third = repo.save(summary.id, make_terms(background="Third."))
    assert (second.number, third.number) == (2, 3)
    with open_repo(data_dir) as repo:
        draft = repo.get(summary.id)
        assert draft.terms.background == "Third."
        assert draft.summary.version_count == 3
        assert draft.summary.modified == third.saved_at and draft.summary.created == summary.created
        history = repo.history(summary.id)
        assert [(info.number, info.note) for info in history] == [(1, "first draft"), (2, "after the call"), (3, "")]
        assert repo.get_version(summary.id, 2).terms.background == "Second thoughts."
        assert repo.get_version(summary.id, 1).terms == make_terms()
        assert all(info.saved_at.tzinfo is UTC for info in history)


def test_summary_fields_and_default_titles(repo: DraftRepository) -> None:
    summary = repo.create(make_terms("Acme", "Globex", AllianceModel.LICENSING))
    assert summary.title == "Licensing between Acme and Globex"
    assert summary.party_names == ("Acme Holdings Ltd", "Globex GmbH")
    assert summary.model is AllianceModel.LICENSING and summary.version_count == 1 and not summary.trashed
    assert summary.created.tzinfo is UTC
    assert repo.create(make_terms(title="Project Falcon")).title == "Project Falcon"
    assert repo.create(make_terms(), title="  Chosen  ").title == "Chosen"


def test_title_follows_the_terms_until_the_user_renames(repo: DraftRepository) -> None:
    summary = repo.create(make_terms())
    repo.save(summary.id, make_terms("Alpha", "Gamma"))
    assert repo.get(summary.id).summary.title == "Joint venture between Alpha and Gamma"
    repo.rename(summary.id, "Falcon JV")
    repo.save(summary.id, make_terms("Alpha", "Delta"))
    assert repo.get(summary.id).summary.title == "Falcon JV"
    repo.rename(summary.id, "")  # back to the derived title
    assert repo.get(summary.id).summary.title == "Joint venture between Alpha and Delta"
    assert [s.title for s in repo.list("delta")] == ["Joint venture between Alpha and Delta"]


def test_versions_are_immutable_and_restore_makes_a_new_one(repo: DraftRepository) -> None:
    summary = repo.create(make_terms(background="original"))
    repo.save(summary.id, make_terms(background="changed"))
    restored = repo.restore_version(summary.id, 1)
    assert restored.number == 3 and restored.note == "Restored version 1"
    assert repo.get(summary.id).terms.background == "original"
    assert repo.get_version(summary.id, 2).terms.background == "changed"
    with pytest.raises(DraftNotFoundError, match="has no version 9"):
        repo.get_version(summary.id, 9)


def test_list_searches_title_party_and_model_and_filters(repo: DraftRepository) -> None:
    falcon = repo.create(make_terms("Acme", "Initech"), title="Falcon")
    heron = repo.create(make_terms("Umbrella", "Hooli", AllianceModel.DISTRIBUTION), title="Heron")
    assert [s.id for s in repo.list("falcon")] == [falcon.id]
    assert [s.id for s in repo.list("HOOLI gmbh")] == [heron.id]  # every word must match
    assert [s.id for s in repo.list("initech")] == [falcon.id]
    assert [s.id for s in repo.list("distribution")] == [heron.id]
    assert [s.id for s in repo.list(model=AllianceModel.JOINT_VENTURE)] == [falcon.id]
    assert repo.list("nothing like this") == []
    later = datetime.now(UTC) + timedelta(days=1)
    assert repo.list(modified_after=later) == []
    assert {s.id for s in repo.list(modified_before=later)} == {falcon.id, heron.id}


def test_list_sorts(repo: DraftRepository) -> None:
    ids = [repo.create(make_terms(), title=title).id for title in ("b", "C", "a")]
    repo.save(ids[0], make_terms(background="touched"))
    assert [s.title for s in repo.list(sort=DraftSort.TITLE_ASC)] == ["a", "b", "C"]
    assert [s.title for s in repo.list(sort=DraftSort.TITLE_DESC)] == ["C", "b", "a"]
    assert repo.list(sort=DraftSort.MODIFIED_DESC)[0].id == ids[0]
    assert [s.id for s in repo.list(sort=DraftSort.CREATED_ASC)] == ids
    assert [s.id for s in repo.list(sort=DraftSort.CREATED_DESC)] == ids[::-1]


def test_trash_restore_and_purge(data_dir: Path) -> None:
    with open_repo(data_dir) as repo:
        keep, gone = repo.create(make_terms(), title="keep"), repo.create(make_terms(), title="gone")
        with pytest.raises(StorageError, match="not in the trash"):
            repo.purge(gone.id)
        repo.delete(gone.id)
        assert [s.id for s in repo.list()] == [keep.id]
        assert [s.id for s in repo.list(trashed=True)] == [gone.id]
        repo.restore(gone.id)
        assert {s.id for s in repo.list()} == {keep.id, gone.id}
        repo.delete(gone.id)
        repo.purge(gone.id)
    with open_repo(data_dir) as repo:
        assert [s.id for s in repo.list()] == [keep.id] and repo.list(trashed=True) == []
        with pytest.raises(DraftNotFoundError):
            repo.get(gone.id)
    assert not list((data_dir / "drafts").glob(f"{gone.id}*"))


def test_duplicate_copies_the_latest_terms(repo: DraftRepository) -> None:
    original = repo.create(make_terms(), title="Falcon")
    repo.save(original.id, make_terms(background="v2"))
    copy = repo.duplicate(original.id)
    assert copy.id != original.id and copy.title == "Copy of Falcon" and copy.version_count == 1
    assert repo.get(copy.id).terms.background == "v2"
    assert repo.history(copy.id)[0].note == "Copied from 'Falcon' (version 2)"
    assert repo.duplicate(original.id, "Heron").title == "Heron"


@pytest.mark.parametrize("bad_id", ["", "nope", "../../etc/passwd", "0" * 32, "A" * 32])
def test_unknown_or_hostile_ids_are_not_found(repo: DraftRepository, bad_id: str) -> None:
    with pytest.raises(DraftNotFoundError):
        repo.get(bad_id)
    with pytest.raises(DraftNotFoundError):
        repo.save(bad_id, make_terms())


def test_find_id_takes_a_unique_prefix(repo: DraftRepository) -> None:
    summary = repo.create(make_terms())
    assert repo.find_id(summary.id[:6]) == summary.id
    with pytest.raises(DraftNotFoundError):
        repo.find_id("zz")


HOSTILE = [
    "R&D <Title> \"quoted\" 'single'",
    "Emoji 🤝 partners 👩🏽‍⚖️",
    "שותפות אסטרטגית",  # right-to-left
    "control \x00\x07\x1b\x7f chars",
    "{{ parties[0].legal_name }} {% if true %}x{% endif %}",
    "x" * 100_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=["markup", "emoji", "rtl", "control", "jinja", "huge"])
def test_hostile_text_round_trips(data_dir: Path, text: str) -> None:
    with open_repo(data_dir) as repo:
        summary = repo.create(make_terms(background=text, title=text[:300]), note=text)
    with open_repo(data_dir) as repo:
        assert repo.get(summary.id).terms.background == text
        assert repo.history(summary.id)[0].note == text
        assert repo.list()[0].title == text[:300].strip()


def test_a_lone_surrogate_in_a_note_or_title_is_stored(data_dir: Path) -> None:
    # The terms model refuses lone surrogates; notes and titles are ours to keep safe.
    with open_repo(data_dir) as repo:
        summary = repo.create(make_terms(), note="half an emoji \ud83e")
        repo.rename(summary.id, "title \udfff")
    with open_repo(data_dir) as repo:
        assert repo.history(summary.id)[0].note == "half an emoji \ud83e"
        assert repo.list()[0].title == "title \udfff"


def test_working_copies(data_dir: Path) -> None:
    with open_repo(data_dir) as repo:
        saved = repo.create(make_terms())
        key_existing = repo.put_autosave(saved.id, make_terms(background="typing..."))
        key_new = repo.put_autosave(None, make_terms("New", "Draft"))
        assert key_existing == saved.id and key_new.startswith("new-")
        assert repo.put_autosave(key_new, make_terms("Newer", "Draft")) == key_new
    with open_repo(data_dir) as repo:
        found = {info.key: info for info in repo.list_autosaves()}
        assert set(found) == {key_existing, key_new}
        assert found[key_new].draft_id is None and found[key_existing].draft_id == saved.id
        assert found[key_new].title == "Joint venture between Newer and Draft"
        restored = repo.get_autosave(key_new)
        assert restored is not None and restored.parties[0].short_name == "Newer"
        repo.clear_autosave(key_new)
        assert repo.get_autosave(key_new) is None
        assert [info.key for info in repo.list_autosaves()] == [key_existing]
        with pytest.raises(DraftNotFoundError):
            repo.get_autosave("../meta")


def test_settings_and_clause_overrides_persist(data_dir: Path) -> None:
    with open_repo(data_dir) as repo:
        repo.set_setting("default_currency", "EUR")
        repo.set_setting("firm", {"name": "Smith & Jones", "offices": ["London"]})
        repo.set_clause_override("confidentiality.standard", "{{ party }} shall keep secrets.")
        repo.set_clause_override("term.fixed", "Five years.")
        repo.remove_clause_override("term.fixed")
        with pytest.raises(StorageError, match="cannot be stored"):
            repo.set_setting("bad", object())
    with open_repo(data_dir) as repo:
        assert repo.get_setting("default_currency") == "EUR"
        firm = repo.get_setting("firm")
        assert firm == {"name": "Smith & Jones", "offices": ["London"]}
        assert isinstance(firm, dict)
        firm["name"] = "mutated"
        assert repo.get_setting("firm") == {"name": "Smith & Jones", "offices": ["London"]}
        assert repo.get_setting("missing", 42) == 42 and repo.get_setting("bad") is None
        assert repo.clause_overrides() == {"confidentiality.standard": "{{ party }} shall keep secrets."}


def test_stored_json_keeps_money_and_dates_as_strings(repo: DraftRepository, data_dir: Path) -> None:
    summary = repo.create(make_terms(term={"effective_date": "2026-12-01"}))
    stored = json.loads((data_dir / "drafts" / f"{summary.id}.json").read_text())
    terms = stored["versions"]["1"]["terms"]
    assert terms["term"]["effective_date"] == "2026-12-01"
    assert isinstance(stored["draft"]["1"]["created"], str)


def test_closed_repository_refuses_work(data_dir: Path) -> None:
    repo = open_repo(data_dir)
    repo.close()
    repo.close()  # twice is fine
    with pytest.raises(StorageError, match="closed"):
        repo.list()
