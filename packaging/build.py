"""Build a one-folder desktop bundle with PyInstaller (`make package`).

One-folder rather than one-file: it starts faster and antivirus tools trust it more.
PyInstaller does not cross-compile, so run this on each target OS. The clause
templates, examples, house Word template and PDF fonts travel as data files; the
code finds them relative to its own modules, which PyInstaller preserves.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    import PyInstaller.__main__

    separator = os.pathsep
    arguments = [
        str(ROOT / "main.py"),
        "--name=Pactwright",
        "--noconfirm",
        "--clean",
        "--onedir",
        "--windowed",
        f"--distpath={ROOT / 'dist'}",
        f"--workpath={ROOT / 'build'}",
        f"--specpath={ROOT / 'build'}",
        f"--add-data={ROOT / 'clause_templates'}{separator}clause_templates",
        f"--add-data={ROOT / 'examples'}{separator}examples",
        # The data files the drafting package reads next to its modules, named one by
        # one: --collect-data needs the package importable by the build process and
        # silently collects nothing when it is not.
        f"--add-data={ROOT / 'drafting' / 'pdf_writer' / 'fonts'}{separator}drafting/pdf_writer/fonts",
        f"--add-data={ROOT / 'drafting' / 'docx_writer' / 'house_template.docx'}{separator}drafting/docx_writer",
        f"--add-data={ROOT / 'ui' / 'glossary.toml'}{separator}ui",
        f"--paths={ROOT}",
        "--collect-submodules=drafting",
        # Only the Qt modules the app uses; the rest of PySide6 would triple the size.
        "--exclude-module=PySide6.QtWebEngineCore",
        "--exclude-module=PySide6.QtQml",
        "--exclude-module=tkinter",
    ]
    PyInstaller.__main__.run(arguments)
    print(f"Bundle written to {ROOT / 'dist' / 'Pactwright'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
