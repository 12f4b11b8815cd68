"""Export preferences kept between sessions in the app's settings: the folder the user
last exported to and the paper size chosen (the copy, clean or lawyer's, is chosen afresh
each time on purpose)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from ui.wizard.export_page import ExportPage

FOLDER_KEY = "export/folder"
PAPER_KEY = "export/paper"


def remember_export_folder(page: ExportPage, settings: QSettings) -> None:
    """Start ``page`` in the folder last exported to, and remember each new one."""
    saved = settings.value(FOLDER_KEY)
    if isinstance(saved, str) and saved.strip():
        page.folder.setText(saved)
    paper = settings.value(PAPER_KEY)
    index = page.paper.findData(paper) if isinstance(paper, str) and paper else 0
    page.paper.setCurrentIndex(max(index, 0))

    def exported(written: list[Any]) -> None:
        if written:
            settings.setValue(FOLDER_KEY, str(Path(written[0]).parent))
            settings.setValue(PAPER_KEY, page.chosen_paper() or "")
            settings.sync()

    page.exported.connect(exported)
