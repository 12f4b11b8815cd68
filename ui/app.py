"""Start the Qt application and show the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from drafting.version import __version__

APP_TITLE = "Pactwright"


class MainWindow(QMainWindow):
    """Placeholder main window until the draft library and wizard land."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.setWindowTitle(APP_TITLE)
        self.data_dir = data_dir
        label = QLabel(f"Pactwright {__version__}: drafts are kept in {data_dir}")
        label.setMargin(24)
        self.setCentralWidget(label)
        self.resize(960, 640)


def run_app(data_dir: Path, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_TITLE)
    app.setApplicationVersion(__version__)
    window = MainWindow(data_dir)
    window.show()
    return int(app.exec())
