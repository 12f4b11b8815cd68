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

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from drafting.law.profiles import LAW_DIR, NEUTRAL, profile, resolve_law_name


def _profile_of_place(jurisdiction: str) -> str | None:
    found = resolve_law_name(jurisdiction)
    if found is not None:
        return found
    # "London, United Kingdom", "Wilmington, Delaware": try each part, most specific last.
    for part in reversed([piece.strip() for piece in jurisdiction.split(",") if piece.strip()]):
        found = resolve_law_name(part)
        if found is not None:
            return found
    return None


def profile_of_place(jurisdiction: str) -> str | None:
    """The legal-system profile a typed jurisdiction points to ("London, UK" -> "ew")."""
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
