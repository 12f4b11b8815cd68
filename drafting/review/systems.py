"""Which legal systems a draft touches, as the ids of the legal-system profiles
(``ew``, ``de``, ``us_ny``, ..., ``neutral``; ``clause_templates/law/``).

``governing_system`` is the one place that reads the governing law (its profile);
a party's home is read from the jurisdiction it typed, matched against the names below.
"""

from __future__ import annotations

import re

from drafting.law import NEUTRAL, profile_ids, resolve_law_name
from drafting.terms import AgreementTerms

#: Every profile id, and the groups rules declare.
ALL_SYSTEMS = frozenset(profile_ids())
#: Where the GDPR reaches the parties (the EU systems with a profile; the UK GDPR mirrors it).
EU_SYSTEMS = frozenset({"ie", "de", "fr", "nl", "be", "se"})
GDPR_SYSTEMS = EU_SYSTEMS | {"ew", "sc"}
US_SYSTEMS = frozenset({"us_ny", "us_de", "us_ca"})

# Checked in order: the first pattern found in the lower-cased text wins, so "New York"
# is tried before "York" could ever matter and Northern Ireland is not Ireland.
_NAMES: tuple[tuple[str, str], ...] = (
    (r"\bscot", "sc"),
    (r"northern ireland", "neutral"),
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


def profile_of(place: str) -> str:
    """The profile id for a law or a place named in words; ``neutral`` when none fits."""
    resolved = resolve_law_name(place)
    if resolved is not None:
        return resolved
    lowered = place.casefold()
    for pattern, profile in _NAMES:
        if re.search(pattern, lowered):
            return profile
    return "neutral"


def governing_system(terms: AgreementTerms) -> str:
    """The governing law's profile id (the single switch point, see the module doc)."""
    return terms.governing_law.profile or NEUTRAL


def deal_systems(terms: AgreementTerms) -> frozenset[str]:
    """The governing law's profile and each party's home system: a rule declared for a
    legal system applies when the deal touches it (EU competition law and the GDPR reach
    an EU party whatever law governs the contract)."""
    homes = {profile_of(party.jurisdiction) for party in terms.parties if party.jurisdiction.strip()}
    return frozenset({governing_system(terms), *homes})
