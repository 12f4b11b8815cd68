"""Export off the GUI thread: a QRunnable that writes each format in turn and reports
progress, success or a plain-language failure through Qt signals (queued back to the
GUI thread, so the window never freezes)."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from drafting.terms import AgreementTerms

ExportFunction = Callable[..., list[Path]]


class ExportSignals(QObject):
    progress = Signal(int, int, str)  # done, total, what is being written
    finished = Signal(list)  # list[Path]
    refused = Signal(list)  # the review findings that block a final export
    failed = Signal(str)


def default_export_function(terms: AgreementTerms | None = None) -> ExportFunction:
    # Imported on first export, not at start-up: the writers pull in python-docx and reportlab.
    from drafting.export import export_agreement

    if terms is not None and terms.network is not None and terms.model.value == "partner_network":
        return export_network_set
    return export_agreement


def export_network_set(
    terms: AgreementTerms,
    out_dir: Path,
    formats: Sequence[str],
    *,
    draft: bool = False,
    comments: bool = True,
    created: Any = None,
) -> list[Path]:
    """A partner network's set: the master terms and one Accession Form per partner."""
    from drafting.network_export import export_network

    return export_network(terms, out_dir, formats, draft=draft, comments=comments, created=created).files


def accepts_overrides(export: ExportFunction) -> bool:
    """Whether ``export`` takes the lawyer's clause overrides (``overrides=``); an export
    function without it writes the standard wording."""
    return accepts(export, "overrides")


def accepts(export: ExportFunction, name: str) -> bool:
    """Whether ``export`` takes the keyword ``name``."""
    try:
        parameters = inspect.signature(export).parameters
    except (TypeError, ValueError):
        return False
    return name in parameters or any(
        parameter.kind is inspect.Parameter.VAR_KEYWORD for parameter in parameters.values()
    )


class ExportJob(QRunnable):
    def __init__(
        self,
        terms: AgreementTerms,
        out_dir: Path,
        formats: Sequence[str],
        *,
        draft: bool,
        export: ExportFunction | None = None,
        overrides: Mapping[str, str] | None = None,
        options: Mapping[str, Any] | None = None,
        summary: bool = False,
    ) -> None:
        super().__init__()
        #: Also write the key-terms summary beside the agreement (Word and/or PDF); the
        #: files written are kept apart from the agreement's, which the history records.
        self.summary = summary
        self.summary_written: list[Path] = []
        self.terms = terms
        #: Further keywords for the export function (``comments``, ``created``...), passed
        #: when it takes them.
        self.options = dict(options or {})
        self.overrides = dict(overrides or {})
        self.out_dir = out_dir
        self.formats = tuple(formats)
        self.draft = draft
        self.export = export
        self.signals = ExportSignals()
        # The pool must not delete the job while the GUI still holds its signals.
        self.setAutoDelete(False)

    def run(self) -> None:
        written: list[Path] = []
        total = len(self.formats)
        try:
            export = self.export or default_export_function(self.terms)
            self.out_dir.mkdir(parents=True, exist_ok=True)
            options: dict[str, Any] = {"draft": self.draft}
            if self.overrides and accepts_overrides(export):
                options["overrides"] = self.overrides
            options.update((name, value) for name, value in self.options.items() if accepts(export, name))
            for done, file_format in enumerate(self.formats):
                self.signals.progress.emit(done, total, file_format.upper())
                written.extend(export(self.terms, self.out_dir, (file_format,), **options))
            if self.summary and written:
                from drafting.summary import export_summary

                self.summary_written = export_summary(
                    self.terms, self.out_dir, self.formats, written[0].stem, draft=self.draft,
                    created=self.options.get("created"), overrides=self.overrides or None,
                )  # fmt: skip
            self.signals.progress.emit(total, total, "")
        except Exception as error:
            from drafting.export import ExportRefused, FormatUnavailableError

            if isinstance(error, ExportRefused):
                self.signals.refused.emit(list(error.findings))
            elif isinstance(error, FormatUnavailableError | ImportError):
                self.signals.failed.emit(f"This format cannot be written in this installation: {error}")
            elif isinstance(error, OSError):
                self.signals.failed.emit(f"Could not write to {self.out_dir}: {error.strerror or error}.")
            else:
                self.signals.failed.emit(f"The export failed: {error}")
            return
        self.signals.finished.emit(written)
