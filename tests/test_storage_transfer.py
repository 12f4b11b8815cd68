"""Export a draft with its history and import it back; import plain drafts (the
examples); refuse malformed files with a message saying what is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafting.terms import AgreementTerms
from storage.errors import StorageError
from tests.storage_helpers import example_files, make_terms, open_repo


def test_export_then_import_round_trips_the_whole_history(data_dir: Path, tmp_path: Path) -> None:
    with open_repo(data_dir) as repo:
        original = repo.create(make_terms(background="v1 🤝 <b>&"), title="Falcon", note="first")
        repo.save(original.id, make_terms(background="v2"), note="second")
        repo.save(original.id, make_terms("Alpha", "Gamma"), note="third")
        export = tmp_path / "falcon.pactwright.json"
        repo.export_draft(original.id, export)
        imported = repo.import_draft(export)
        assert imported.id != original.id
        assert (imported.title, imported.version_count) == ("Falcon", 3)
        assert imported.created == original.created
        before = repo.history(original.id)
        after = repo.history(imported.id)
        assert [(i.number, i.saved_at, i.note) for i in after] == [(i.number, i.saved_at, i.note) for i in before]
        for number in (1, 2, 3):
            assert repo.get_version(imported.id, number).terms == repo.get_version(original.id, number).terms
    data = json.loads(export.read_text())
    assert data["format"] == "pactwright-draft-export" and len(data["versions"]) == 3


def test_an_untitled_draft_keeps_its_derived_title_after_import(data_dir: Path, tmp_path: Path) -> None:
    with open_repo(data_dir) as repo:
        draft_id = repo.create(make_terms()).id
        repo.export_draft(draft_id, tmp_path / "x.json")
        imported = repo.import_draft(tmp_path / "x.json")
        repo.save(imported.id, make_terms("Alpha", "Omega"))
        assert repo.get(imported.id).summary.title == "Joint venture between Alpha and Omega"


@pytest.mark.parametrize("example", example_files(), ids=lambda path: path.stem)
def test_every_example_imports_as_a_plain_draft(data_dir: Path, example: Path) -> None:
    expected = AgreementTerms.from_json(example.read_text(encoding="utf-8"))
    with open_repo(data_dir) as repo:
        summary = repo.import_draft(example)
        assert summary.version_count == 1 and summary.model is expected.model
        assert repo.get(summary.id).terms == expected
        assert repo.history(summary.id)[0].note == f"Imported from {example.name}"


def malformed_exports() -> dict[str, object]:
    terms = make_terms().model_dump(mode="json")
    good_version = {"number": 1, "saved_at": "2026-01-02T03:04:05+00:00", "note": "", "terms": terms}
    base = {"format": "pactwright-draft-export", "format_version": 1, "draft": {"title": "x"}}
    broken_terms = {**terms, "parties": [terms["parties"][0]]}
    return {
        "not json": "{oops",
        "a list": [1, 2],
        "someone else's export": {"format": "other-app"},
        "future format": {**base, "format_version": 99, "versions": [good_version]},
        "no versions": {**base, "versions": []},
        "version not an object": {**base, "versions": ["x"]},
        "no date": {**base, "versions": [{**good_version, "saved_at": "yesterday"}]},
        "bad terms in history": {**base, "versions": [{**good_version, "terms": broken_terms}]},
        "plain draft with a typo": {**terms, "govrning_law": "x"},
        "plain draft with a bad e-mail": {
            **terms,
            "parties": [{**terms["parties"][0], "notice_email": "bob@"}, terms["parties"][1]],
        },
    }


CASES = malformed_exports()
EXPECTED = {
    "not json": "is not valid JSON",
    "a list": "is not a draft",
    "someone else's export": "'other-app' file",
    "future format": "format version 99",
    "no versions": "no versions",
    "version not an object": "version 1 is not a group",
    "no date": "saved_at",
    "bad terms in history": "parties: needs at least 2 entries",
    "plain draft with a typo": "govrning_law: is not a known field",
    "plain draft with a bad e-mail": "parties[0].notice_email: 'bob@' is not an e-mail address",
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_malformed_files_are_refused_with_a_clear_message(data_dir: Path, tmp_path: Path, case: str) -> None:
    path = tmp_path / "in.json"
    content = CASES[case]
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    with open_repo(data_dir) as repo:
        with pytest.raises(StorageError) as caught:
            repo.import_draft(path)
        message = str(caught.value)
        assert EXPECTED[case] in message and message.startswith("Cannot import")
        assert repo.list() == []  # nothing half-imported


def test_a_missing_file_is_a_clear_error(data_dir: Path, tmp_path: Path) -> None:
    with open_repo(data_dir) as repo, pytest.raises(StorageError, match="no such file"):
        repo.import_draft(tmp_path / "absent.json")
