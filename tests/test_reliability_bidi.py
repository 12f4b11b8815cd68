"""Bidi controls (issue 17, point 10): a U+202E or an isolate typed into a name or a
figure never reaches the documents, while right-to-left letters do."""

from __future__ import annotations

import json
import re
from pathlib import Path

from docx import Document

from tests.reliability_helpers import cli
from tests.support import example_paths

CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def test_bidi_controls_are_removed_and_right_to_left_text_kept(tmp_path: Path) -> None:
    data = json.loads(example_paths()[0].read_text(encoding="utf-8"))
    data["parties"][0]["legal_name"] = "Acme \u202edtL\u202c \u0634\u0631\u0643\u0629 \u05e9\u05dc\u05d5\u05dd"
    data["ip"]["background_schedule"][0]["asset"] = "Budget \u2066000 001\u2069 \u2067EUR\u2069"
    file = tmp_path / "bidi.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    run = cli("render", str(file), "--out", str(tmp_path / "out"), "--format", "html,docx", "--draft")
    assert run.code == 0, run.err
    html = next((tmp_path / "out").glob("*.html")).read_text(encoding="utf-8")
    docx = next((tmp_path / "out").glob("*.docx"))
    word = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    word += "\n".join(c.text for t in Document(str(docx)).tables for r in t.rows for c in r.cells)
    for text in (html, word):
        assert not CONTROLS.search(text)
        assert "Acme dtL \u0634\u0631\u0643\u0629 \u05e9\u05dc\u05d5\u05dd" in text
    assert "Budget 000 001 EUR" in html
