"""Pictures of one agreement as it comes out: the cover, the contents and the signature
page, from the PDF and from the Word file (as LibreOffice prints it), side by side in
docs/screenshots/. Needs LibreOffice (soffice) and poppler-utils (pdftoppm).
Run: python docs/capture_agreement_pages.py"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafting.export import export_agreement  # noqa: E402
from drafting.validation import load_terms_file  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
EXAMPLE = ROOT / "examples" / "joint_venture_50_50.json"


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")


def _picture(pdf: Path, page: int, target: Path) -> None:
    stem = target.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-f", str(page), "-l", str(page), "-r", "60", "-png", "-singlefile", str(pdf), str(stem)],
        check=True,
    )


def main() -> int:
    if shutil.which("soffice") is None or shutil.which("pdftoppm") is None:
        print("needs LibreOffice (soffice) and poppler-utils (pdftoppm)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        docx, pdf = export_agreement(load_terms_file(EXAMPLE), work, ["docx", "pdf"], comments=False)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work / "word"), str(docx)],
            check=True,
            capture_output=True,
        )
        word = work / "word" / f"{docx.stem}.pdf"
        for name, source in (("pdf", pdf), ("word", word)):
            pages = _pages(source)
            signature = next(i for i, page in enumerate(pages) if re.search(r"^\s*Signatures\s*$", page, re.M)) + 1
            for label, page in (("page-1", 1), ("page-2", 2), ("signatures", signature)):
                target = OUT / f"30-agreement-{name}-{label}.png"
                _picture(source, page, target)
                print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
