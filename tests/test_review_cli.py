"""The ``review`` command: findings grouped by severity, exit 1 on errors, and problems
for a draft that cannot be read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import main
from tests.review_helpers import EXAMPLES_DIR, changed, example


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "draft.json"
    path.write_text(text, encoding="utf-8")
    return path


def test_clean_example_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    # Not the co-marketing example: its Dutch B.V. signs by a Chief Commercial Officer, and its
    # steering committee is not drafted (two notes).
    assert main.main(["review", str(EXAMPLES_DIR / "revenue_sharing.json")]) == 0
    out = capsys.readouterr().out
    # Its one note: a responsibility in the Responsibilities schedule that nothing measures.
    assert "0 errors, 0 warnings, 1 note" in out
    assert "Schedule 3 (Responsibilities) lists one of its three responsibilities" in " ".join(out.split())
    assert "(Pixelbridge: \u2018Host, sell and promote the courses" in " ".join(out.split())


def _without_tag_along(tmp_path: Path) -> Path:
    """The unequal example without a tag-along: the smaller partner lacks part of its exit,
    so the balance of power is reported (the example itself drafts every protection)."""
    return _write(tmp_path, changed(example("joint_venture_unequal"), {"transfer.tag_along": False}).to_json())


def test_warnings_are_printed_with_path_message_and_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["review", str(_without_tag_along(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "0 errors, 6 warnings, 0 notes" in out
    # The reserved matter the Services clause deals with instead is reported, not dropped.
    assert "Not drafted as answered: the reserved matter 'Entering contracts with a Party" in out
    assert "WARNINGS" in out and "ERRORS" not in out
    # A person reads clause numbers and the wizard page to open; no rule ids, no JSON paths.
    assert "\n  clause 9.6\n" in out and "\n  clause 5.6, Schedule 2\n" in out
    assert "(change it in the wizard, on the page \u201cThe deal\u201d)" in out
    assert "(change it in the wizard, on the page \u201cTerm, termination and exit\u201d)" in out
    assert "Fix: Give Vistula what the draft does not yet contain: a clear exit (tag-along)" in out
    assert "[balance.power-imbalance]" not in out and "joint_venture.holdings" not in out


def test_verbose_adds_rule_ids_and_answer_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["review", "--verbose", str(_without_tag_along(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "clause 9.6  [transfer.drag-by-one-holder]" in out
    assert "clause 5.6, Schedule 2  [balance.power-imbalance]" in out
    assert "(answer to change: joint_venture.holdings)" in out


def test_errors_exit_1_and_come_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    terms = changed(
        example("joint_venture_50_50"), {"governance.deadlock": None, "exit": None, "boilerplate.sanctions": False}
    )
    path = _write(tmp_path, terms.to_json())
    assert main.main(["review", str(path)]) == 1
    out = capsys.readouterr().out
    assert "2 errors" in out
    assert out.index("ERRORS") < out.index("NOTES")
    assert "\n  (the agreement as a whole)\n" in out
    assert "(change it in the wizard, on the page \u201cGovernance\u201d)" in out
    assert "(change it in the wizard, on the page \u201cTerm, termination and exit\u201d)" in out


def test_json_gives_machine_readable_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["review", str(EXAMPLES_DIR / "joint_venture_unequal.json"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    # The example deals with a change of control once (the exit option); its drag-along
    # threshold is the majority's own holding (a warning), its reserved matter for contracts
    # with a Party is dealt with by the Services clause instead (a warning), its agreed-form
    # Ancillary Agreements are not attached yet (a warning), and its imbalance of power is
    # protected by what the draft already contains (nothing to report); an adjourned board
    # meeting may decide ordinary business with one member present (a warning); and the
    # SIAC Court it names to appoint the valuer appoints no experts (a warning).
    assert report["counts"] == {"error": 0, "warning": 5, "note": 0}
    assert all(found["id"] != "balance.power-imbalance" for found in report["findings"])
    assert main.main(["review", str(_without_tag_along(tmp_path)), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    imbalance = next(found for found in report["findings"] if found["id"] == "balance.power-imbalance")
    assert imbalance["severity"] == "warning"
    assert imbalance["field"] == "joint_venture.holdings"
    assert imbalance["clauses"] == ["clause 5.6", "Schedule 2"]
    assert imbalance["message"] and imbalance["fix"]


def test_invalid_draft_prints_validation_problems_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(example("licensing").to_json())
    data["parties"][0]["notice_email"] = "bob@"
    path = _write(tmp_path, json.dumps(data))
    assert main.main(["review", str(path)]) == 1
    captured = capsys.readouterr()
    assert "parties[0].notice_email: 'bob@' is not an e-mail address" in captured.err
    assert captured.out == ""


def test_empty_required_fields_are_listed_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, changed(example("licensing"), {"governing_law": ""}).to_json())
    assert main.main(["review", str(path)]) == 1
    out = capsys.readouterr().out
    assert "1 empty field" in out and "governing_law: is empty" in out


@pytest.mark.parametrize(("content", "expected"), [(None, "no such file"), ("{not json", "is not valid JSON")])
def test_unreadable_draft_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, expected: str
) -> None:
    path = tmp_path / "draft.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert main.main(["review", str(path)]) == 1
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err


def test_missing_argument_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["review"]) == 2
    assert "review" in capsys.readouterr().err
