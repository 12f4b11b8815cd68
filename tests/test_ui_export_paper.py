"""The export page's paper size: the governing law's by default (A4 for English law), US
Letter when the user chooses it, in both files, recorded in the draft's export history
and remembered for the next session."""

from __future__ import annotations

import docx
from pypdf import PdfReader

from tests.test_ui_export_copies import _export, _open_revenue_example
from tests.ui_helpers import choose, click
from ui.export_settings import PAPER_KEY
from ui.main_window import MainWindow

pytest_plugins = ("tests.ui_fixtures",)

LETTER_POINTS = (612, 792)
A4_POINTS = (595, 842)


def _pdf_size(path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def _docx_width_twips(path) -> int:
    return docx.Document(str(path)).sections[0].page_width.twips


def test_the_paper_follows_the_law_unless_the_user_chooses_another(qtbot, window, store, settings, tmp_path) -> None:
    _open_revenue_example(window)  # English law: A4
    export = window.editor.wizard.export
    export.summary.setChecked(False)
    click(qtbot, export.clean)
    export.folder.setText(str(tmp_path / "law"))
    word, pdf = _export(qtbot, export)
    assert _pdf_size(pdf) == A4_POINTS and _docx_width_twips(word) == 11906

    choose(qtbot, export.paper, "US Letter")
    export.folder.setText(str(tmp_path / "letter"))
    word, pdf = _export(qtbot, export)
    assert _pdf_size(pdf) == LETTER_POINTS and _docx_width_twips(word) == 12240
    records = store.exports(window.editor.draft_id)
    # The same file name in two folders: first the law's paper (recorded as no override), then Letter.
    assert [record.paper for record in records if record.file_name == pdf.name] == ["", "Letter"]

    assert settings.value(PAPER_KEY) == "Letter"
    later = MainWindow(store, settings, tmp_path / "default")
    qtbot.addWidget(later)
    assert later.editor.wizard.export.chosen_paper() == "Letter"
