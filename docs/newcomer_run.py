"""A newcomer's run of the real app, scripted: a UK coffee roaster and a UK café chain
set up a two-party revenue-sharing deal, starting from the advisor on the home screen,
accepting every default, and export the clean copy and the lawyer's copy. The files are
checked, the pages and fields the user had to touch are counted, and screenshots are
taken (the home screen, a page at 1024x700, the key-terms summary, the export).

Run under a real X server in memory, as ``make screenshots`` does:
    xvfb-run -a python docs/newcomer_run.py            # refreshes docs/screenshots/
    python docs/newcomer_run.py --out DIR --shots DIR  # anywhere else (the tests do)
It drives the real MainWindow with QTest: mouse clicks and typed keys, modal dialogs
answered once their event loop runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard  # noqa: E402

SHOTS = ROOT / "docs" / "screenshots"
SIZE = (1024, 700)
ROASTER = ("Bean & Co Roasters Ltd", "England and Wales", "4 Mill Lane, Bristol BS1 4AA", "hello@beanandco.example")
CAFE = ("Corner Cafe Ltd", "England and Wales", "12 High Street, Bath BA1 1AA", "legal@cornercafe.example")
PURPOSE = "sell Bean & Co's coffee in Corner Cafe's shops and share the revenue from it"


class RunFailedError(AssertionError):
    """The newcomer could not finish: what went wrong, in words."""


@dataclass
class Report:
    """What the newcomer had to do, and what came out."""

    pages: list[str] = field(default_factory=list)
    fields_typed: list[str] = field(default_factory=list)
    choices_made: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    screenshots: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _settle(ms: int = 30) -> None:
    QApplication.processEvents()
    QTest.qWait(ms)


def _click(widget: QWidget) -> None:
    if not widget.isEnabled():
        raise RunFailedError(f"{widget.accessibleName() or widget.objectName() or widget} is disabled")
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    _settle()


def _type(report: Report, name: str, widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(widget, text)
    report.fields_typed.append(name)
    _settle()


def _when_modal_opens(action: Callable[[QWidget], None], errors: list[BaseException]) -> None:
    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        try:
            action(dialog)
        except BaseException as error:  # reported after the dialog closes; never left open
            errors.append(error)
            dialog.close()

    QTimer.singleShot(0, attempt)


def _shot(report: Report, widget: QWidget, shots: Path, name: str) -> None:
    preview = getattr(getattr(widget, "editor", None), "preview", None)
    if preview is not None and widget.stack.currentWidget() is widget.editor:  # type: ignore[attr-defined]
        preview.refresh_now()  # the preview as the answers stand, not a moment ago
        preview.wait_for_render()
    _settle(150)
    path = shots / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise RunFailedError(f"could not save the screenshot {path}")
    report.screenshots.append(path.name)


def _next(report: Report, wizard: QWizard) -> None:
    before = wizard.currentId()
    _click(wizard.button(QWizard.WizardButton.NextButton))
    if wizard.currentId() == before:
        raise RunFailedError(f"Next did not leave {wizard.currentPage().title()}")
    report.pages.append(wizard.currentPage().title())


def _answer_advisor(report: Report, dialog: QWidget) -> None:
    """What is the deal for? Earning from a joint offering and sharing the income."""
    from drafting.advisor import Goal

    boxes = dialog.goals  # type: ignore[attr-defined]
    share_income = boxes[Goal.SHARE_INCOME]
    # The newcomer reads the ticked purposes and leaves only "earning ... sharing the income".
    for goal, box in boxes.items():
        if box.isChecked() != (goal is Goal.SHARE_INCOME):
            box.setFocus()
            QTest.keyClick(box, Qt.Key.Key_Space)
    if not share_income.isChecked():
        raise RunFailedError("the purpose 'sharing the income' could not be ticked")
    report.choices_made.append("advisor: what the alliance is for")
    _settle()
    advice = dialog.advice_label.text()  # type: ignore[attr-defined]
    if "Revenue sharing" not in advice:
        raise RunFailedError(f"the advisor did not recommend revenue sharing: {advice}")
    _click(dialog.use_best)  # type: ignore[attr-defined]


def _replace(box: QWidget) -> None:
    """Answer "Replace the files?" with Yes."""
    if not isinstance(box, QMessageBox):
        raise RunFailedError(f"expected the question about replacing files, not {box.windowTitle()}")
    box.button(QMessageBox.StandardButton.Yes).click()


def _export(window: object, folder: Path, copy: str, errors: list[BaseException]) -> list[Path]:
    export = window.editor.wizard.export  # type: ignore[attr-defined]
    export.folder.setText(str(folder))
    _click(export.clean if copy == "clean" else export.lawyer)
    if folder.exists() and any(folder.iterdir()):  # an earlier run's files: the app asks first
        _when_modal_opens(_replace, errors)
    _click(export.export_button)
    deadline = time.monotonic() + 180
    while export.job is not None and time.monotonic() < deadline:
        _settle(100)
    if export.job is not None or not export.written:
        raise RunFailedError(f"the {copy} export did not finish: {export.status.text()}")
    return [*export.written, *export.summary_written]


def _check_files(clean: list[Path], lawyer: list[Path]) -> None:
    from pypdf import PdfReader

    def comments(path: Path) -> bool:
        with zipfile.ZipFile(path) as package:
            return any(name.endswith("comments.xml") for name in package.namelist())

    names = [path.name for path in clean]
    if not all(" - Bean & Co Roasters Ltd - Corner Cafe Ltd - " in name for name in names):
        raise RunFailedError(f"the file names lack the parties: {names}")
    agreement_docx = next(path for path in clean if path.suffix == ".docx" and "Key terms" not in path.name)
    if comments(agreement_docx):
        raise RunFailedError("the clean copy carries comments")
    lawyer_docx = next(path for path in lawyer if path.suffix == ".docx" and "Key terms" not in path.name)
    if not comments(lawyer_docx):
        raise RunFailedError("the lawyer's copy has no drafting notes")
    summary = next(path for path in clean if path.name.endswith("Key terms.pdf"))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(summary).pages)
    for expected in ("Bean & Co Roasters Ltd", "Corner Cafe Ltd", "Bean 60%, Corner 40%", "England and Wales"):
        if expected not in text:
            raise RunFailedError(f"the key-terms summary does not say {expected!r}: {text[:400]}")


def run(out: Path, shots: Path | None) -> Report:
    """The whole run; raises ``RunFailedError`` saying where a newcomer would be stuck."""
    from storage.repository import DraftRepository
    from ui.main_window import MainWindow
    from ui.store import open_store

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    report = Report()
    started = time.monotonic()
    errors: list[BaseException] = []
    with tempfile.TemporaryDirectory() as scratch:
        store: DraftRepository = open_store(Path(scratch) / "data")
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings, out)
        try:
            window.resize(*SIZE)
            window.show()
            window.activateWindow()
            _settle(200)
            if shots is not None:
                _shot(report, window, shots, "40-home-first-run")
            report.pages.append("Home")
            _when_modal_opens(lambda dialog: _answer_advisor(report, dialog), errors)
            _click(window.library.welcome.advisor_start)
            if errors:
                raise errors[0]
            wizard = window.editor.wizard
            report.pages.append(wizard.currentPage().title())
            _next(report, wizard)  # the agreement: its defaults are fine
            for card, (legal, jurisdiction, address, email) in zip(wizard.parties.cards, (ROASTER, CAFE), strict=True):
                _type(report, "party legal name", card.legal_name, legal)
                _type(report, "party country", card.jurisdiction, jurisdiction)
                _type(report, "party address", card.address, address)
                _type(report, "party notice e-mail", card.email, email)
            if shots is not None:
                _shot(report, window, shots, "41-the-parties-1024x700")
            _next(report, wizard)
            _type(report, "purpose", wizard.scope.purpose, PURPOSE)
            while wizard.currentPage() is not wizard.sharing:
                _next(report, wizard)
            for edit, percent in zip(wizard.sharing.shares.edits.values(), ("60", "40"), strict=True):
                _type(report, "revenue share", edit, percent)
            while wizard.currentPage() is not wizard.review:
                _next(report, wizard)
            errors_left = [issue.message for issue in wizard.review.issues if issue.is_error]
            if errors_left:
                raise RunFailedError(f"the review still has errors with the defaults: {errors_left}")
            if shots is not None:
                _shot(report, window, shots, "42-review-key-terms")
            _next(report, wizard)
            clean = _export(window, out / "clean", "clean", errors)
            if shots is not None:
                _shot(report, window, shots, "43-export-clean-copy")
            lawyer = _export(window, out / "lawyer", "lawyer", errors)
            _check_files(clean, lawyer)
            report.files = [str(path.relative_to(out)) for path in [*clean, *lawyer]]
        finally:
            window.editor.discard()
            window.close()
            QThreadPool.globalInstance().waitForDone()
            window.deleteLater()
            _settle()
            store.close()
    report.seconds = round(time.monotonic() - started, 1)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="where the exports go (default: a temporary folder)")
    parser.add_argument(
        "--shots", type=Path, default=SHOTS, help="where the screenshots go (default: docs/screenshots)"
    )
    parser.add_argument("--no-shots", action="store_true", help="take no screenshots")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        out = args.out or Path(scratch)
        shots = None if args.no_shots else args.shots
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
        try:
            report = run(out, shots)
        except RunFailedError as failure:
            print(f"newcomer run failed: {failure}", file=sys.stderr)
            return 1
    print(json.dumps(asdict(report), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
