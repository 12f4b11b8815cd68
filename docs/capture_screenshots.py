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

from decimal import Decimal  # noqa: E402
from typing import Any  # noqa: E402

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from drafting.export import export_agreement  # noqa: E402
from drafting.terms import AgreementTerms  # noqa: E402
from ui.advisor import AdvisorDialog  # noqa: E402
from ui.drafts import example_files, load_example  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.new_draft import NewDraftDialog  # noqa: E402
from ui.store import open_store  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
HISTORY_NUMBER = 20  # after the wizard pages
SIZE = (1400, 860)


def save(widget: QWidget, name: str) -> Path:
    QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    return path


def slug(title: str) -> str:
    return "".join(char if char.isalnum() else "-" for char in title.lower()).strip("-").replace("--", "-")


def _record_exports(store: Any, draft_id: str) -> None:
    """Version 2 sent as a clean PDF, version 3 as the lawyer's Word copy and a clean PDF."""
    from storage.export_history import records_for

    with tempfile.TemporaryDirectory() as folder:
        for number, formats, comments in ((2, ["pdf"], False), (3, ["docx"], True), (3, ["pdf"], False)):
            version = store.get_version(draft_id, number)
            paths = export_agreement(
                version.terms, Path(folder), formats, comments=comments, created=version.info.saved_at, draft=True
            )
            for record in records_for(draft_id, number, paths, comments=comments, draft=True):
                store.record_export(record)


def history_screens(window: MainWindow, store: Any, draft_id: str) -> list[Path]:
    """Two later versions of one draft, its History dialog and a comparison."""
    terms = store.get(draft_id).terms
    renegotiated = terms.model_copy(update={"title": f"{terms.title} (revised)"})
    store.save(draft_id, renegotiated, note="Title agreed with the other side")
    shares = tuple(share.model_copy(update={"percent": percent}) for share, percent in zip(
        renegotiated.joint_venture.holdings, (Decimal(60), Decimal(40)), strict=False
    ))  # fmt: skip
    later = renegotiated.model_copy(
        update={"joint_venture": renegotiated.joint_venture.model_copy(update={"holdings": shares})}
    )
    store.save(draft_id, AgreementTerms.model_validate(later.model_dump()), note="Holdings now 60/40")
    _record_exports(store, draft_id)
    dialog = window.history_dialog(draft_id)
    dialog.show()
    dialog.select(1)
    written = [save(dialog, f"{HISTORY_NUMBER:02d}-history")]
    compare = dialog.compare_selected()
    if compare is not None:
        compare.tabs.setCurrentIndex(1)
        written.append(save(compare, f"{HISTORY_NUMBER + 1:02d}-compare-text"))
        compare.tabs.setCurrentIndex(0)
        written.append(save(compare, f"{HISTORY_NUMBER + 2:02d}-compare-answers"))
        compare.close()
    dialog.close()
    return written


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(Path(scratch) / "data")
        ids = {}
        for path in example_files():
            terms = load_example(path)
            ids[path.stem] = store.create(terms, title=terms.title, note="First draft").id
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings, Path(scratch) / "exports")
        window.resize(*SIZE)
        window.show()
        for stem in ("licensing", "consortium_five_party", "joint_venture_unequal"):  # fills "Recent drafts"
            window.open_draft(ids[stem])
            window.close_draft()
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
        window.show_library()
        written.extend(history_screens(window, store, ids["joint_venture_unequal"]))
        window.close()
        store.close()
    for path in written:
        print(path.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
