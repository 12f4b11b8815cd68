"""Conversions between the drafting types and what is stored: every date an ISO
string in UTC, terms as ``terms.model_dump(mode="json")`` (money and dates as strings),
and the header of a draft, from which its line in the drafts list is derived."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from drafting.terms import AgreementTerms, AllianceModel
from drafting.validation import TermsError, parse_terms
from storage.errors import CorruptFileError, StorageError
from storage.migrations import migrate_terms
from storage.models import DraftSummary, VersionInfo

Doc = dict[str, Any]


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def from_iso(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def model_label(model: AllianceModel) -> str:
    return model.value.replace("_", " ").capitalize()


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def default_title(terms: AgreementTerms) -> str:
    """The terms' own title, else "<Model> between A and B"."""
    if terms.title.strip():
        return terms.title.strip()
    names = [party.short_name for party in terms.parties]
    return f"{model_label(terms.model)} between {_joined(names)}"


def party_names(terms: AgreementTerms) -> list[str]:
    return [party.legal_name.strip() or party.short_name for party in terms.parties]


def search_text(title: str, model: str, names: list[str], terms: AgreementTerms | None = None) -> str:
    """Everything a search box should find a draft by, case-folded once at save time."""
    words = [title, model, model.replace("_", " "), *names]
    if terms is not None:
        words += [party.short_name for party in terms.parties]
    return "\n".join(words).casefold()


def terms_to_doc(terms: AgreementTerms) -> Doc:
    return terms.model_dump(mode="json")


def terms_from_doc(data: object, where: str) -> AgreementTerms:
    """Stored terms back into ``AgreementTerms``, migrating older schemas first."""
    if not isinstance(data, dict):
        raise StorageError(f"{where}: the stored terms are not a group of fields.")
    try:
        return parse_terms(migrate_terms(data))
    except TermsError as error:
        problems = "; ".join(str(problem) for problem in error.problems[:5])
        more = f" (and {len(error.problems) - 5} more)" if len(error.problems) > 5 else ""
        raise StorageError(f"{where} cannot be read as agreement terms: {problems}{more}.") from None


def new_header(draft_id: str, terms: AgreementTerms, title: str, now: datetime) -> Doc:
    header: Doc = {
        "id": draft_id,
        "title": "",
        "custom_title": bool(title.strip()),
        "created": to_iso(now),
        "modified": to_iso(now),
        "versions": 1,
        "trashed": False,
        "trashed_at": None,
    }
    return with_terms(header, terms, title)


def with_terms(header: Doc, terms: AgreementTerms, title: str | None = None) -> Doc:
    """The header after ``terms`` became the latest version (title follows the terms unless
    the user chose one)."""
    updated = dict(header)
    if title is not None and title.strip():
        updated["title"] = title.strip()
    elif not updated["custom_title"]:
        updated["title"] = default_title(terms)
    names = party_names(terms)
    updated["model"] = terms.model.value
    updated["parties"] = names
    updated["search"] = search_text(updated["title"], terms.model.value, names, terms)
    return updated


def retitled(header: Doc, title: str, terms: AgreementTerms) -> Doc:
    updated = dict(header)
    updated["custom_title"] = bool(title.strip())
    updated["title"] = title.strip() if title.strip() else default_title(terms)
    updated["search"] = search_text(updated["title"], updated["model"], updated["parties"], terms)
    return updated


def version_doc(terms: AgreementTerms, note: str, now: datetime) -> Doc:
    return {"saved_at": to_iso(now), "note": note, "terms": terms_to_doc(terms)}


def summary_from_header(header: Doc, path: Path) -> DraftSummary:
    try:
        return DraftSummary(
            id=str(header["id"]),
            title=str(header["title"]),
            model=AllianceModel(header["model"]),
            party_names=tuple(str(name) for name in header["parties"]),
            created=from_iso(header["created"]),
            modified=from_iso(header["modified"]),
            version_count=int(header["versions"]),
            trashed=bool(header["trashed"]),
        )
    except (KeyError, TypeError, ValueError):
        raise CorruptFileError(path, "its draft header is incomplete") from None


def version_info(draft_id: str, number: int, doc: Doc, path: Path) -> VersionInfo:
    try:
        return VersionInfo(draft_id, number, from_iso(doc["saved_at"]), str(doc.get("note", "")))
    except (KeyError, TypeError, ValueError):
        raise CorruptFileError(path, f"version {number} is incomplete") from None
