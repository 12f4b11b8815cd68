"""Export an agreement: review the terms, assemble the document once, write each
requested format. A draft with review errors is refused unless it is exported as a
draft, which carries the "DRAFT — open points" marking and lists the open points in a
schedule. Files are written atomically: a failed export never leaves a half file.
Empty required fields count as errors alongside the review's findings.

Exports are reproducible: given the moment the version was made (``created``) and the
same options, every writer gives the same bytes, so a recorded export (its SHA-256) can
be written again and checked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from drafting.document import DRAFT_MARKING, AgreementDocument
from drafting.engine import assemble_agreement
from drafting.files import write_bytes_atomically
from drafting.html_writer import render_html
from drafting.paper import page_setup
from drafting.review import review
from drafting.terms import AgreementTerms
from drafting.validation import missing_required

FORMATS = ("docx", "pdf", "html")
#: A clean copy's draft marking: the other side sees that it is a draft, not our open points.
CLEAN_DRAFT_MARKING = "DRAFT"


class FindingLike(Protocol):
    """What export needs of a review finding (``drafting.review.Finding``)."""

    @property
    def severity(self) -> str: ...

    @property
    def path(self) -> str: ...

    @property
    def message(self) -> str: ...

    @property
    def fix(self) -> str: ...


class ExportRefused(Exception):  # noqa: N818 (the name the callers know)
    """The review found errors; ``findings`` lists everything it found."""

    def __init__(self, findings: Sequence[FindingLike]) -> None:
        self.findings = tuple(findings)
        errors = sum(1 for finding in self.findings if str(finding.severity) == "error")
        counted = "1 error" if errors == 1 else f"{errors} errors"
        super().__init__(f"the draft has {counted} to fix before export (or export it as a draft with open points)")


class FormatUnavailableError(Exception):
    """A writer for the requested format cannot be loaded (an incomplete installation)."""


class _RequiredField:
    """An empty field the agreement needs, reported like a review error."""

    severity = "error"
    fix = "Fill it in."

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message


def review_terms(terms: AgreementTerms, document: AgreementDocument | None = None) -> tuple[FindingLike, ...]:
    """Empty required fields, then the review's findings (one entry per field and severity).
    ``document`` is the agreement as it will be written (with the lawyer's clause wording),
    so that the review reads what is exported."""
    required: list[FindingLike] = [_RequiredField(problem.path, problem.message) for problem in missing_required(terms)]
    seen = {(finding.path, "error") for finding in required}
    reviewed = [finding for finding in _review(terms, document) if (finding.path, str(finding.severity)) not in seen]
    return (*required, *reviewed)


def _review(terms: AgreementTerms, document: AgreementDocument | None = None) -> tuple[FindingLike, ...]:
    return tuple(review(terms, document))


def open_point_sentences(findings: Sequence[FindingLike]) -> tuple[str, ...]:
    """Errors and warnings, each as sentences for the people negotiating: what is open,
    then what to do, with no field names or rule ids (the review shows those)."""
    sentences = []
    for finding in findings:
        severity = str(finding.severity)
        if severity not in {"error", "warning"}:
            continue
        sentences.append((severity != "error", f"{finding.message.strip()} {finding.fix.strip()}".strip()))
    # What must be settled (errors) comes before what is worth weighing (warnings).
    return tuple(text for _, text in sorted(sentences, key=lambda pair: pair[0]))


def slug(title: str) -> str:
    """A file name from a title: "Joint Venture Agreement" -> "joint-venture-agreement"."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return text[:80].strip("-") or "agreement"


Writer = Callable[[AgreementDocument, Path, dict[str, dict[str, int]]], None]


def _writer(format_name: str, comments: bool) -> Writer:
    """A function writing one format. The shared dict carries the clean layout's heading
    pages from the PDF writer to the Word writer, so one export lays the agreement out once."""
    if format_name == "html":

        def write_html(document: AgreementDocument, path: Path, shared: dict[str, dict[str, int]]) -> None:
            write_bytes_atomically(path, render_html(document, notes=comments).encode("utf-8"))

        return write_html
    # Imported here, not at the top: reportlab and python-docx are slow to load and the
    # app's start-up only needs them once the user exports. Plain import statements (not
    # importlib) so that a desktop bundle's packager sees and includes them.
    try:
        if format_name == "docx":
            from drafting.docx_writer import write_docx

            def write_word(document: AgreementDocument, path: Path, shared: dict[str, dict[str, int]]) -> None:
                write_docx(document, path, comments=comments, page_numbers=shared.get("pages"))

            return write_word
        from drafting.pdf_writer import render_pdf
    except ImportError as error:
        raise FormatUnavailableError(
            f"{format_name.upper()} export cannot start because this installation is incomplete "
            f"({error}); reinstall Pactwright"
        ) from error

    def write_pdf(document: AgreementDocument, path: Path, shared: dict[str, dict[str, int]]) -> None:
        # Without notes, the PDF never shows them; with them, it shows them in a draft only
        # (the writer's default), since a final PDF is what gets signed.
        notes = (None if comments else False) if document.draft_marking else False
        rendered = render_pdf(document, drafting_notes=notes)
        write_bytes_atomically(path, rendered.data)
        if not (notes is None and document.draft_marking):  # the clean layout: Word's pages
            shared["pages"] = rendered.heading_pages

    return write_pdf


def file_sha256(path: Path) -> str:
    """The SHA-256 of a written file, in hex (what export records keep)."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def export_agreement(
    terms: AgreementTerms,
    out_dir: Path,
    formats: Sequence[str],
    *,
    draft: bool = False,
    comments: bool = True,
    overrides: Mapping[str, str] | None = None,
    created: dt.datetime | None = None,
    paper: str | None = None,
    stem: str | None = None,
) -> list[Path]:
    """Write the agreement in each format to ``out_dir``; return the files written.

    ``stem`` is the files' name without the extension (default: the title as a slug;
    the app passes one with the parties and the date, see ``drafting.file_names``).

    ``created`` is the moment the exported version was made (default: now); every date
    in the files is this one, so the same version with the same options gives the same
    bytes. ``paper`` ("A4" or "Letter") overrides the agreement's own paper size.

    ``overrides`` are the lawyer's own templates for individual clauses, keyed by clause
    id (see ``assemble_agreement``). ``comments`` false leaves every drafting note out:
    no Word comments, no notes in the HTML or the PDF; it is the clean copy for the
    other side, so a draft of it is marked "DRAFT" without the schedule of open points
    (those are the lawyer's copy's).

    Raises ``ExportRefused`` when the review finds errors and ``draft`` is false,
    ``FormatUnavailableError`` for a format whose writer cannot be loaded, ``ValueError`` for an
    unknown format, and ``ClauseRenderError`` or ``UnknownOverrideError`` for an override
    that cannot be used (before any file is written).
    """
    unknown = [name for name in formats if name not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format(s): {', '.join(unknown)} (choose from {', '.join(FORMATS)})")
    if paper is not None:
        paper = page_setup(paper).paper  # ValueError naming the choices
    # The PDF first: its layout gives the Word file's contents their page numbers.
    ordered = sorted(dict.fromkeys(formats), key=lambda name: name != "pdf")
    writers = {name: _writer(name, comments) for name in ordered}
    try:
        reviewed = assemble_agreement(terms, overrides=overrides)
    except ValueError:
        reviewed = None  # reported by the review, or raised by the assembly below
    findings = review_terms(terms, reviewed)
    has_errors = any(str(finding.severity) == "error" for finding in findings)
    if has_errors and not draft:
        raise ExportRefused(findings)
    if draft:
        document = assemble_agreement(
            terms,
            draft_marking=DRAFT_MARKING if comments else CLEAN_DRAFT_MARKING,
            open_points=open_point_sentences(findings) if comments else (),
            overrides=overrides,
        )
    else:
        document = reviewed or assemble_agreement(terms, overrides=overrides)
    metadata = document.metadata
    document = dataclasses.replace(
        document,
        metadata=dataclasses.replace(metadata, created=created or metadata.created, paper=paper or metadata.paper),
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = stem or slug(document.metadata.title)
    written: dict[str, Path] = {}
    shared: dict[str, dict[str, int]] = {}
    for name, write in writers.items():
        # Each writer replaces its file in one step (drafting.files), so a failed export
        # never leaves a half-written file behind.
        path = out_dir / f"{stem}.{name}"
        write(document, path, shared)
        written[name] = path
    return [written[name] for name in dict.fromkeys(formats)]
