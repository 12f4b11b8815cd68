"""The merger-control and foreign-investment regimes a joint venture's clearance
condition names, read from ``clause_templates/law/_clearances.toml`` (data a lawyer can
edit): the UK's CMA and NSIA, the EU Merger Regulation and the national authorities of
the Member States, the US HSR Act and CFIUS. The condition always covers every
clearance required in any jurisdiction; the regimes of the places the parties and the
Company are in are named as examples, so a deal between a Singapore and a Polish
company never reads as if only Brussels mattered."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass

from drafting.law.facts import REGIONS, regions_of
from drafting.law.profiles import LAW_DIR


@dataclass(frozen=True, slots=True)
class Regime:
    #: The regime as cited ("... under the Enterprise Act 2002").
    text: str
    #: The authority alone, for a law that cites no statute (the neutral profile).
    plain: str


def _regime(item: object) -> Regime:
    if isinstance(item, dict):
        text = str(item["text"])
        return Regime(text, str(item.get("plain", text)))
    return Regime(str(item), str(item))


@dataclass(frozen=True, slots=True)
class ClearanceData:
    regions: dict[str, tuple[Regime, ...]]
    #: country key -> (the names a jurisdiction may use for it, its merger authority)
    countries: dict[str, tuple[frozenset[str], str]]
    condition_words: tuple[str, ...]


@functools.cache
def _data() -> ClearanceData:
    data = tomllib.loads((LAW_DIR / "_clearances.toml").read_text(encoding="utf-8"))
    regions = {
        str(key): tuple(_regime(item) for item in entry.get("regimes", []))
        for key, entry in data.get("region", {}).items()
    }
    unknown = set(regions) - set(REGIONS)
    if unknown:
        raise ValueError(f"law/_clearances.toml: unknown regions {sorted(unknown)}")
    countries = {
        str(key): (frozenset(str(name).casefold() for name in entry.get("names", [])), str(entry.get("merger", "")))
        for key, entry in data.get("country", {}).items()
    }
    words = tuple(str(word).casefold() for word in data.get("condition", {}).get("words", []))
    return ClearanceData(regions, countries, words)


def _countries_of(place: str) -> list[str]:
    parts = {" ".join(part.split()).casefold() for part in re.split(r"[,;()/]", place)}
    return [key for key, (names, _) in _data().countries.items() if parts & names]


def clearance_regimes(places: Iterable[str], cite: bool = True) -> tuple[str, ...]:
    """The regimes to name for deals whose parties and company are in ``places`` (free
    text jurisdictions), in the order of the data; () where none is known. ``cite=False``
    names the authorities without citing statutes (the neutral profile)."""
    places = [place for place in places if place.strip()]
    found_regions: set[str] = set()
    authorities: list[str] = []
    for place in places:
        found_regions |= regions_of(place)
        for key in _countries_of(place):
            authority = _data().countries[key][1]
            if authority and authority not in authorities:
                authorities.append(authority)
    national = f", such as {_join(authorities)}" if authorities else ""
    regimes: list[str] = []
    for region, phrases in _data().regions.items():
        if region in found_regions:
            regimes.extend((item.text if cite else item.plain).replace("{national}", national) for item in phrases)
    return tuple(regimes)


def is_clearance_condition(condition: str) -> bool:
    """Whether a condition the user typed is itself a merger-control or foreign-investment
    clearance (then the clearance condition already covers it)."""
    text = condition.casefold()
    return any(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) for word in _data().condition_words)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
