"""Capture a screenshot of the home screen, the dialogs and every wizard page into
docs/screenshots/ (offscreen; no display needed). Run: python docs/capture_screenshots.py"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ui.advisor import AdvisorDialog  # noqa: E402
from ui.drafts import example_files, load_example  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.new_draft import NewDraftDialog  # noqa: E402
from ui.store import open_store  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1400, 860)


def save(widget: QWidget, name: str) -> Path:
    QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    return path


def slug(title: str) -> str:
    return "".join(char if char.isalnum() else "-" for char in title.lower()).strip("-").replace("--", "-")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(Path(scratch) / "data")
        for path in example_files():
            terms = load_example(path)
            store.create(terms, title=terms.title)
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings, Path(scratch) / "exports")
        window.resize(*SIZE)
        window.show()
        written = [save(window, "01-library")]
        dialog = NewDraftDialog(window)
        dialog.show()
        written.append(save(dialog, "02-new-draft"))
        dialog.close()
        advisor = AdvisorDialog(window)
        advisor.resize(640, 620)
        advisor.show()
        written.append(save(advisor, "03-advisor"))
        advisor.close()
        example = next(path for path in example_files() if "joint_venture_unequal" in path.stem)
        window.create_and_open(load_example(example))
        wizard = window.editor.wizard
        for number, page_id in enumerate(wizard.applicable_ids(), start=4):
            wizard.jump_to(page_id)
            window.editor.preview.refresh_now()
            window.editor.preview.wait_for_render()
            written.append(save(window, f"{number:02d}-{slug(wizard.currentPage().title())}"))
        window.editor.discard()
        window.close()
        store.close()
    for path in written:
        print(path.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
