"""File names for exports that say what the file is: the agreement's title, the
parties and the date ("Alliance Agreement - Bean & Co - Cafe Ltd - 2026-12-01.docx"),
safe on Windows, macOS and Linux.

Windows is the strictest: no ``< > : " / \\ | ? *`` or control characters, no trailing
dot or space, none of the device names (``CON``, ``NUL``, ``COM1``...) and a path of at
most 260 characters, so a name is kept well under that."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drafting.terms import AgreementTerms

#: Characters Windows refuses in a file name, and the control characters.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}
)
#: Room for the folder, the " - Key terms" suffix and the extension within 260 characters.
MAX_STEM = 120
SUMMARY_SUFFIX = " - Key terms"


def safe_part(text: str) -> str:
    """One part of a file name: forbidden characters become spaces, runs of spaces one."""
    text = unicodedata.normalize("NFC", text)
    text = _FORBIDDEN.sub(" ", text)
    return " ".join(text.split())


def export_stem(title: str, party_names: Sequence[str], date: dt.date) -> str:
    """'Alliance Agreement - Bean & Co - Cafe Ltd - 2026-12-01' (no extension)."""
    parts = [safe_part(title) or "Agreement"]
    names = [safe_part(name) for name in party_names if safe_part(name)]
    if len(names) > 3:  # a consortium: the first two and a count keep the name readable
        names = [names[0], f"{names[1]} and {len(names) - 2} others"]
    date_text = date.isoformat()
    stem = " - ".join([*parts, *names])
    room = MAX_STEM - len(date_text) - 3
    if len(stem) > room:
        stem = stem[:room].rstrip(" .-")
    stem = f"{stem} - {date_text}"
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    return stem


def summary_stem(stem: str) -> str:
    """The key-terms summary beside the agreement: '<agreement stem> - Key terms'."""
    return f"{stem}{SUMMARY_SUFFIX}"


def agreement_stem(terms: AgreementTerms, date: dt.date) -> str:
    """The stem of an agreement's exported files: its title as drafted, the parties' names
    as registered (what the other side recognises) and ``date`` (the day of the version
    exported)."""
    from drafting.engine.blueprints import blueprint_for  # the title a blank one gets

    title = terms.title or blueprint_for(terms.model).title_for(terms)
    return export_stem(title, [party.legal_name or party.short_name for party in terms.parties], date)
