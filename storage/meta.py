"""meta.json: the storage ``schema_version``, the settings that belong to the data
(not window geometry, which QSettings keeps) and lawyers' clause overrides. Small and
rarely written, so one TinyDB file is enough."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from tinydb import TinyDB, where
from tinydb.table import Document

from storage.atomic import AtomicJSONStorage, atomic_storage, check_tables, encode_json
from storage.errors import CorruptFileError, StorageError
from storage.layout import Layout
from storage.records import to_iso, utc_now

META_TABLE = "meta"
SETTINGS_TABLE = "settings"
OVERRIDES_TABLE = "clause_overrides"
META_DOC_ID = 1
META_NAME = Path("meta.json")


def validate_meta(data: Any) -> None:
    """Raise ``CorruptFileError`` unless ``data`` is a readable meta.json."""
    tables = check_tables(META_NAME, data)
    meta = tables.get(META_TABLE, {}).get(str(META_DOC_ID))
    if not isinstance(meta, dict) or not isinstance(meta.get("schema_version"), int):
        raise CorruptFileError(META_NAME, "its schema_version is missing")


class MetaStore:
    def __init__(self, layout: Layout, *, read_only: bool) -> None:
        self._layout = layout
        self._read_only = read_only

    def _db(self) -> TinyDB:
        return TinyDB(self._layout.meta_path, storage=AtomicJSONStorage, what="the settings", read_only=self._read_only)

    def exists(self) -> bool:
        return self._layout.meta_path.exists()

    def schema_version(self) -> int | None:
        """The stored version; None for a new database. ``CorruptFileError`` if damaged."""
        tables = atomic_storage(self._db()).read()
        if tables is None:
            return None
        try:
            validate_meta(tables)
        except CorruptFileError as error:
            raise CorruptFileError(self._layout.meta_path, error.reason) from None
        version: int = tables[META_TABLE][str(META_DOC_ID)]["schema_version"]
        return version

    def set_schema_version(self, version: int) -> None:
        table = self._db().table(META_TABLE, cache_size=0)
        fields = {"schema_version": version, "updated": to_iso(utc_now())}
        if table.contains(doc_id=META_DOC_ID):
            table.update(fields, doc_ids=[META_DOC_ID])
        else:
            table.insert(Document(fields, doc_id=META_DOC_ID))

    # --- settings ------------------------------------------------------------------

    def get_setting(self, key: str, default: object = None) -> object:
        doc = self._db().table(SETTINGS_TABLE, cache_size=0).get(where("key") == key)
        # Deep copy: a caller mutating the value must not reach TinyDB's documents.
        return copy.deepcopy(doc["value"]) if isinstance(doc, dict) else default

    def set_setting(self, key: str, value: object) -> None:
        if not isinstance(key, str) or not key:
            raise StorageError("A setting needs a non-empty name.")
        encode_json(value, f"the setting '{key}'")  # refuse what JSON cannot hold, before writing
        self._db().table(SETTINGS_TABLE, cache_size=0).upsert({"key": key, "value": value}, where("key") == key)

    # --- clause overrides ------------------------------------------------------------

    def clause_overrides(self) -> dict[str, str]:
        docs = self._db().table(OVERRIDES_TABLE, cache_size=0).all()
        return {str(doc["clause_id"]): str(doc["source"]) for doc in docs if "clause_id" in doc and "source" in doc}

    def set_clause_override(self, clause_id: str, template_source: str) -> None:
        if not isinstance(clause_id, str) or not clause_id.strip():
            raise StorageError("A clause override needs the id of the clause it replaces.")
        if not isinstance(template_source, str):
            raise StorageError(f"The edited clause '{clause_id}' must be text.")
        doc = {"clause_id": clause_id, "source": template_source, "edited": to_iso(utc_now())}
        self._db().table(OVERRIDES_TABLE, cache_size=0).upsert(doc, where("clause_id") == clause_id)

    def remove_clause_override(self, clause_id: str) -> None:
        self._db().table(OVERRIDES_TABLE, cache_size=0).remove(where("clause_id") == clause_id)
