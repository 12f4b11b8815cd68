"""A partner network's partners from a CSV file: one row per partner, its identity and
its Partner Schedule.

Each row is checked on its own. A problem names the line of the file and the column
("line 7, column partner_share: '130%' is not between nothing and the whole"), and the
other rows are still read, so a network of 200 partners is not held up by one typo.

Columns (header row required; only the first six must be filled):
``legal_name, short_name, entity_type, jurisdiction, address, notice_email,
registration_number, signatory_name, signatory_title, territory, exclusive,
partner_share, targets, brand_scope, start_date, special_terms``.
``partner_share`` is the partner's share of the revenue ("30%", "3/10") or bands of the
year's revenue ("0:30%;100000:35%"); the platform has the rest of each band.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError

from drafting.terms import EntityType, Party
from drafting.terms.economics import Payee, PayeeKind, SplitBand, SplitShare
from drafting.terms.network import PartnerSchedule
from drafting.terms.portions import parse_portion

COLUMNS = (
    "legal_name",
    "short_name",
    "entity_type",
    "jurisdiction",
    "address",
    "notice_email",
    "registration_number",
    "signatory_name",
    "signatory_title",
    "territory",
    "exclusive",
    "partner_share",
    "targets",
    "brand_scope",
    "start_date",
    "special_terms",
)
REQUIRED = ("legal_name", "jurisdiction", "address", "notice_email", "territory", "partner_share")
_YES = {"yes", "y", "true", "1", "oui", "exclusive"}
_NO = {"no", "n", "false", "0", "non", "", "non-exclusive", "non_exclusive"}
_PARTY_COLUMNS = {"legal_name", "short_name", "entity_type", "jurisdiction", "address", "notice_email"}


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class PartnerRow:
    line: int
    party: Party
    schedule: PartnerSchedule


@dataclass(frozen=True, slots=True)
class PartnerTable:
    rows: tuple[PartnerRow, ...]
    problems: tuple[RowProblem, ...]


class _RowError(ValueError):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


def split_bands(text: str, partner: str, platform: str) -> tuple[SplitBand, ...]:
    """ "30%" or "0:30%;100000:35%" as full splits between the partner and the platform."""
    bands = []
    for part in (piece.strip() for piece in text.split(";") if piece.strip()):
        start, _, share = part.rpartition(":")
        try:
            amount = Decimal(start.replace(",", "").replace(" ", "") or "0")
        except InvalidOperation:
            raise ValueError(f"'{start}' is not an amount of revenue; write bands as 0:30%;100000:35%") from None
        portion = parse_portion(share)
        bands.append(
            SplitBand(
                from_amount=amount,
                shares=(
                    SplitShare(payee=Payee(kind=PayeeKind.PARTY, party=partner), share=portion),
                    SplitShare(payee=Payee(kind=PayeeKind.PARTY, party=platform), share=1 - portion),
                ),
            )
        )
    if not bands:
        raise ValueError("the partner's share is empty; write it as 30% or as bands 0:30%;100000:35%")
    starts = [band.from_amount for band in bands]
    if starts[0] != 0 or starts != sorted(set(starts)):
        raise ValueError("bands must start at 0 and rise, e.g. 0:30%;100000:35%")
    return tuple(bands)


def _entity(value: str) -> EntityType:
    text = value.strip().lower().replace(" ", "_") or "corporation"
    try:
        return EntityType(text)
    except ValueError:
        known = ", ".join(kind.value for kind in EntityType)
        raise _RowError("entity_type", f"'{value}' is not a kind of party (one of {known})") from None


def _first_error(error: ValidationError, columns: dict[str, str]) -> _RowError:
    detail = error.errors()[0]
    field = next((str(part) for part in detail["loc"] if isinstance(part, str)), "")
    message = str(detail["msg"]).removeprefix("Value error, ")
    return _RowError(columns.get(field, field), message)


def _row(values: dict[str, str], platform: str) -> tuple[Party, PartnerSchedule]:
    for column in REQUIRED:
        if not values.get(column, "").strip():
            raise _RowError(column, "is empty; every partner needs it")
    short = values.get("short_name", "").strip() or values["legal_name"].strip()
    if short == platform:
        raise _RowError("short_name", f"'{short}' is the platform's name; give the partner its own")
    try:
        party = Party(
            legal_name=values["legal_name"].strip(),
            short_name=short,
            entity_type=_entity(values.get("entity_type", "")),
            jurisdiction=values["jurisdiction"].strip(),
            registration_number=values.get("registration_number", "").strip(),
            address=values["address"].strip(),
            notice_email=values["notice_email"].strip(),
            signatory={"name": values.get("signatory_name", "").strip(), "title": values.get("signatory_title", "")},
        )
    except ValidationError as error:
        raise _first_error(error, {name: name for name in _PARTY_COLUMNS}) from None
    exclusive = values.get("exclusive", "").strip().lower()
    if exclusive not in _YES | _NO:
        raise _RowError("exclusive", f"'{values['exclusive']}' is neither yes nor no")
    try:
        bands = split_bands(values["partner_share"], short, platform)
    except ValueError as error:
        raise _RowError("partner_share", str(error)) from None
    start_text = values.get("start_date", "").strip()
    try:
        start = dt.date.fromisoformat(start_text) if start_text else None
    except ValueError:
        raise _RowError("start_date", f"'{start_text}' is not a date; write it as 2027-03-01") from None
    data: dict[str, Any] = {
        "party": short,
        "territory": values["territory"].strip(),
        "exclusive": exclusive in _YES,
        "bands": bands,
        "brand_scope": values.get("brand_scope", "").strip(),
        "targets": values.get("targets", "").strip(),
        "start_date": start,
        "special_terms": values.get("special_terms", "").strip(),
    }
    try:
        schedule = PartnerSchedule(**data)
    except ValidationError as error:
        raise _first_error(error, {"bands": "partner_share"}) from None
    return party, schedule


def read_partners(text: str, platform: str) -> PartnerTable:
    """Every well-formed row, and a problem for each malformed one (by line and column)."""
    reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff")))
    header = [name.strip() for name in reader.fieldnames or []]
    if not header:
        return PartnerTable((), (RowProblem(1, "", "the file has no header row"),))
    reader.fieldnames = header
    missing = [name for name in REQUIRED if name not in header]
    unknown = [name for name in header if name not in COLUMNS]
    if missing or unknown:
        parts = []
        if missing:
            parts.append(f"missing column(s) {', '.join(missing)}")
        if unknown:
            parts.append(f"unknown column(s) {', '.join(unknown)} (known: {', '.join(COLUMNS)})")
        return PartnerTable((), (RowProblem(1, "", "; ".join(parts)),))
    rows: list[PartnerRow] = []
    problems: list[RowProblem] = []
    seen: dict[str, int] = {}
    for values in reader:
        line = reader.line_num
        extra = values.get(None)  # cells beyond the header's columns
        if extra:
            problems.append(RowProblem(line, "", f"{len(header) + len(extra)} cells for {len(header)} columns"))
            continue
        if not any((value or "").strip() for value in values.values()):
            continue
        try:
            party, schedule = _row({key: value or "" for key, value in values.items()}, platform)
        except _RowError as error:
            problems.append(RowProblem(line, error.column, str(error)))
            continue
        if party.short_name in seen:
            problems.append(
                RowProblem(
                    line, "short_name", f"'{party.short_name}' is already the partner on line {seen[party.short_name]}"
                )
            )
            continue
        seen[party.short_name] = line
        rows.append(PartnerRow(line, party, schedule))
    return PartnerTable(tuple(rows), tuple(problems))
