"""Facts about the parties that switch on cross-border rules whatever the governing
law (legal-systems.md, rule 1.3.1): a party in the UK brings the Bribery Act 2010, a
US party the FCPA, a party in the EU the GDPR. They attach to who the parties are, not
to the law chosen, so a template asks ``law.facts`` and never infers them from the law.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable

from drafting.law.profiles import LAW_DIR, all_profiles

REGIONS = ("uk", "us", "eu")
_PARTS = re.compile(r"[,;()/]|\s+-\s+")


@functools.cache
def _names() -> dict[str, frozenset[str]]:
    data = tomllib.loads((LAW_DIR / "_regions.toml").read_text(encoding="utf-8"))
    names = {region: set(str(name).casefold() for name in data.get(region, [])) for region in REGIONS}
    for candidate in all_profiles():
        for region in REGIONS:
            if candidate.id.startswith(f"{region}_") or candidate.id in _PROFILE_REGIONS.get(region, ()):
                names[region].update(candidate.aliases)
                names[region].add(candidate.label.casefold())
    return {region: frozenset(found) for region, found in names.items()}


#: Profiles whose system belongs to a region without their id saying so.
_PROFILE_REGIONS = {"uk": ("ew", "sc"), "eu": ("ie", "de", "fr", "nl", "be", "se")}
#: The profiles that belong to one region (read by the engine: England and Scotland are
#: one system for the reach of the UK's statutes).
REGION_PROFILES = _PROFILE_REGIONS


def regions_of(jurisdiction: str) -> frozenset[str]:
    """The regions a party's jurisdiction (free text) lies in: "Delaware, USA" -> {"us"}."""
    parts = {" ".join(part.split()).casefold().removeprefix("the ") for part in _PARTS.split(jurisdiction)}
    parts.discard("")
    names = _names()
    return frozenset(region for region in REGIONS if parts & names[region])


def party_facts(jurisdictions: Iterable[str]) -> frozenset[str]:
    """``uk_party``, ``us_party``, ``eu_party`` for the regions any party is in."""
    found: set[str] = set()
    for jurisdiction in jurisdictions:
        found.update(f"{region}_party" for region in regions_of(jurisdiction))
    return frozenset(found)


def border_facts(jurisdictions: Iterable[str]) -> frozenset[str]:
    """Whether goods sold between the parties cross a customs border: ``one_country``
    (every party in the same country), ``intra_eu`` (every party in the EU, not all in
    one country: no customs, but the VAT rules for intra-Community supplies), else
    ``cross_border_customs`` (an importer, import duties, customs clearance)."""
    places = [jurisdiction for jurisdiction in jurisdictions if jurisdiction.strip()]
    found: set[str] = set()
    countries = {_country(place) for place in places}
    if len(countries) <= 1:
        found.add("one_country")
    elif all("eu" in regions_of(place) for place in places):
        found.add("intra_eu")
    else:
        found.add("cross_border_customs")
    return frozenset(found)


def _country(jurisdiction: str) -> str:
    """The country of a place typed as "Lyon, France": its last part; a US state or a
    part of the UK counts as its country ("Delaware" and "New York" are one)."""
    regions = regions_of(jurisdiction) & {"us", "uk"}
    if regions:
        return next(iter(regions))
    parts = [" ".join(part.split()).casefold().removeprefix("the ") for part in _PARTS.split(jurisdiction)]
    parts = [part for part in parts if part]
    return parts[-1] if parts else ""
