"""Sensible defaults for the disputes page, drawn from what the user already said.

* The governing law: the profile every party's jurisdiction points to, when they agree
  ("England and Wales" and "London, UK" both mean ``ew``). Parties in different
  systems get no suggestion: choosing a law between them is a negotiated point.
* The currency: the one every party's country prices in (two UK companies: GBP), from
  ``law/_currencies.toml``; parties in different currency areas get no suggestion.
* The forum, proportionate to the deal: a domestic deal (every party under the chosen
  law's system) goes to that law's courts after a mediation step; a cross-border deal
  goes to the law's usual arbitration institution, seated where the law is.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from drafting.law.profiles import LAW_DIR, NEUTRAL, profile, resolve_law_name

# Names and adjectives a typed place may use that no profile lists as an alias ("a
# German GmbH", "Bavaria, Deutschland"), checked in order on the lower-cased text: the
# first found wins, so "New York" is tried before "York" could matter and Northern
# Ireland (no profile of its own) is not Ireland.
_PLACE_PATTERNS: tuple[tuple[str, str | None], ...] = (
    (r"\bscot", "sc"),
    (r"northern ireland", None),
    (r"\bengland|\bwales\b|\benglish\b|\bunited kingdom\b|\buk\b", "ew"),
    (r"\bireland\b|\birish\b|\béire\b", "ie"),
    (r"\bnew york\b|\bny\b", "us_ny"),
    (r"\bdelaware\b", "us_de"),
    (r"\bcalifornia\b", "us_ca"),
    (r"\bgerman|\bdeutschland\b", "de"),
    (r"\bfranc|\bfrench\b", "fr"),
    (r"\bnetherlands\b|\bdutch\b|\bnederland\b|\bholland\b", "nl"),
    (r"\bswitzerland\b|\bswiss\b|\bschweiz\b|\bsuisse\b", "ch"),
    (r"\bbelgi", "be"),
    (r"\bswed|\bsverige\b", "se"),
    (r"\bsingapore\b", "sg"),
    (r"\bhong kong\b", "hk"),
    (r"\bjapan", "jp"),
    (r"\bkorea", "kr"),
    (r"\bbrazil|\bbrasil", "br"),
)


# Asked for every party's place by many clauses and review rules; a pure function of the text.
@lru_cache(maxsize=4096)
def _profile_of_place(jurisdiction: str) -> str | None:
    found = resolve_law_name(jurisdiction)
    if found is not None:
        return found
    # "London, United Kingdom", "Wilmington, Delaware": try each part, most specific last.
    for part in reversed([piece.strip() for piece in jurisdiction.split(",") if piece.strip()]):
        found = resolve_law_name(part)
        if found is not None:
            return found
    lowered = jurisdiction.casefold()
    for pattern, law in _PLACE_PATTERNS:
        if re.search(pattern, lowered):
            return law
    return None


def profile_of_place(jurisdiction: str) -> str | None:
    """The legal-system profile a typed jurisdiction points to ("London, UK" -> "ew"):
    the one place resolver (the review's deal systems and the suggestions both use it)."""
    return _profile_of_place(jurisdiction) if jurisdiction.strip() else None


def suggest_law(jurisdictions: Iterable[str]) -> str | None:
    """The profile id every party's jurisdiction points to, or ``None``."""
    found = {_profile_of_place(place) for place in jurisdictions if place.strip()}
    if len(found) != 1 or None in found:
        return None
    return found.pop()


@cache
def _currencies() -> dict[str, str]:
    data = tomllib.loads((LAW_DIR / "_currencies.toml").read_text(encoding="utf-8"))
    return {str(key): str(value) for key, value in data.get("currency", {}).items()}


def profile_currency(law_id: str) -> str:
    """The currency the country of a profile prices in ("br" -> "BRL"), or ""."""
    return _currencies().get(law_id, "")


@cache
def _base_rates() -> dict[str, str]:
    data = tomllib.loads((LAW_DIR / "_currencies.toml").read_text(encoding="utf-8"))
    return {str(key): str(value) for key, value in data.get("base_rate", {}).items()}


def base_rate(currency: str) -> str:
    """The reference rate a default rate is stated above, for ``currency`` ("GBP" -> "the
    Bank of England base rate"); generic words for a currency not listed."""
    rates = _base_rates()
    return rates.get(currency.strip().upper()) or rates.get("default", "")


@cache
def _exchange_rates() -> dict[str, str]:
    data = tomllib.loads((LAW_DIR / "_currencies.toml").read_text(encoding="utf-8"))
    return {str(key): str(value) for key, value in data.get("exchange_rate", {}).items()}


def exchange_rate(currency: str) -> str:
    """The published rate an amount in another currency is converted into ``currency`` at
    ("EUR" -> "the euro foreign exchange reference rate published by the European Central
    Bank"); the generic words for a currency not listed."""
    rates = _exchange_rates()
    return rates.get(currency.strip().upper()) or rates.get("default", "")


def suggest_currency(jurisdictions: Iterable[str]) -> str | None:
    """The currency every party's country prices in, or ``None`` (unknown or mixed)."""
    found = {_currencies().get(_profile_of_place(place) or "") for place in jurisdictions if place.strip()}
    if len(found) != 1 or None in found:
        return None
    return found.pop()


@dataclass(frozen=True, slots=True)
class ForumSuggestion:
    forum: str  # "courts" or "arbitration"
    institution: str
    seat: str
    mediation: str
    reason: str


def suggest_forum(law_id: str, jurisdictions: Iterable[str]) -> ForumSuggestion:
    """A forum proportionate to the deal under the chosen law."""
    chosen = profile(law_id or NEUTRAL)
    places = [place for place in jurisdictions if place.strip()]
    domestic = bool(places) and chosen.id != NEUTRAL and all(_profile_of_place(p) == chosen.id for p in places)
    if domestic and chosen.courts:
        return ForumSuggestion(
            forum="courts",
            institution=chosen.arbitration_institution,
            seat=chosen.arbitration_seat,
            mediation=chosen.mediation_provider,
            reason=f"Every party is in {chosen.label}: its courts, after a mediation step, cost least.",
        )
    return ForumSuggestion(
        forum="arbitration",
        institution=chosen.arbitration_institution,
        seat=chosen.arbitration_seat,
        mediation=chosen.mediation_provider,
        reason="The parties are in different countries: an arbitration award is enforceable in most of them.",
    )
