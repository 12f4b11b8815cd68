"""Working copies: the wizard's current terms, written every few seconds so that a
crash loses at most those seconds. Not versions; one small atomic JSON file per draft
(or per never-saved draft, keyed ``new-<hex>``), offered for recovery at the next start."""

from __future__ import annotations

import contextlib
import os
import uuid

from drafting.terms import AgreementTerms
from storage.atomic import atomic_write, encode_json, read_json_file
from storage.errors import DraftNotFoundError, StorageError
from storage.layout import AUTOSAVE_KEY, Layout, check_draft_id, is_draft_id
from storage.models import AutosaveInfo
from storage.records import default_title, from_iso, terms_from_doc, terms_to_doc, to_iso, utc_now


def _check_key(key: str) -> str:
    if not isinstance(key, str) or not AUTOSAVE_KEY.match(key):
        raise DraftNotFoundError(f"There is no working copy with the key '{key}'.")
    return key


class AutosaveStore:
    def __init__(self, layout: Layout) -> None:
        self._layout = layout

    def put(self, draft_id_or_key: str | None, terms: AgreementTerms) -> str:
        """Keep ``terms`` as the working copy; pass the returned key back for the next autosave
        of the same never-saved draft."""
        if draft_id_or_key is None:
            key = f"new-{uuid.uuid4().hex}"
        elif is_draft_id(draft_id_or_key):
            key = check_draft_id(draft_id_or_key)
        else:
            key = _check_key(draft_id_or_key)
        doc = {
            "key": key,
            "draft_id": key if is_draft_id(key) else None,
            "title": default_title(terms),
            "saved_at": to_iso(utc_now()),
            "terms": terms_to_doc(terms),
        }
        atomic_write(self._layout.autosave_path(key), encode_json(doc, "the working copy"), what="the working copy")
        return key

    def get(self, key: str) -> AgreementTerms | None:
        doc = read_json_file(self._layout.autosave_path(_check_key(key)))
        if doc is None:
            return None
        if not isinstance(doc, dict):
            raise StorageError(f"The working copy '{key}' is damaged.")
        return terms_from_doc(doc.get("terms"), f"The working copy '{key}'")

    def clear(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._layout.autosave_path(_check_key(key)))

    def list(self) -> list[AutosaveInfo]:
        """Every readable working copy, newest first (a damaged one is skipped, not fatal)."""
        found: list[AutosaveInfo] = []
        with contextlib.suppress(FileNotFoundError), os.scandir(self._layout.autosave_dir) as listing:
            for item in listing:
                key = item.name.removesuffix(".json")
                if not item.name.endswith(".json") or not AUTOSAVE_KEY.match(key):
                    continue
                try:
                    doc = read_json_file(self._layout.autosave_path(key))
                    if isinstance(doc, dict):
                        saved = from_iso(doc["saved_at"])
                        found.append(AutosaveInfo(key, doc.get("draft_id"), str(doc.get("title", "")), saved))
                except (StorageError, KeyError, TypeError, ValueError):
                    continue
        return sorted(found, key=lambda info: info.saved_at, reverse=True)
