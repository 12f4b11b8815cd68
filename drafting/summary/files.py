"""The key-terms summary written beside the agreement, in the agreement's formats
(Word and/or PDF; the summary has no HTML form, the app shows it on its review page)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from drafting.engine import assemble_agreement
from drafting.file_names import summary_stem
from drafting.summary.build import build_summary
from drafting.summary.write import write_summary
from drafting.terms import AgreementTerms

SUMMARY_FORMATS = ("docx", "pdf")


def export_summary(
    terms: AgreementTerms,
    out_dir: Path,
    formats: Sequence[str],
    stem: str,
    *,
    draft: bool = False,
    created: dt.datetime | None = None,
    overrides: Mapping[str, str] | None = None,
) -> list[Path]:
    """Write '<stem> - Key terms.<format>' for each of ``formats`` the summary has."""
    wanted = [name for name in dict.fromkeys(formats) if name in SUMMARY_FORMATS]
    if not wanted:
        return []
    document = assemble_agreement(terms, overrides=overrides)
    summary = build_summary(terms, document)
    if draft:
        summary = dataclasses.replace(summary, draft_marking="DRAFT")
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        write_summary(summary, out_dir / f"{summary_stem(stem)}.{name}", created=created or document.metadata.created)
        for name in wanted
    ]
