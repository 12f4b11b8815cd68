"""Which legal systems a draft touches, as the ids of the legal-system profiles
(``ew``, ``de``, ``us_ny``, ..., ``neutral``; ``clause_templates/law/``).

``governing_system`` is the one place that reads the governing law (its profile);
a party's home is read from the jurisdiction it typed by the one place resolver,
``drafting.law.suggest.profile_of_place``.
"""

from __future__ import annotations

from drafting.law import NEUTRAL, profile_ids
from drafting.law.suggest import profile_of_place
from drafting.terms import AgreementTerms

#: Every profile id, and the groups rules declare.
ALL_SYSTEMS = frozenset(profile_ids())
#: Where the GDPR reaches the parties (the EU systems with a profile; the UK GDPR mirrors it).
EU_SYSTEMS = frozenset({"ie", "de", "fr", "nl", "be", "se"})
GDPR_SYSTEMS = EU_SYSTEMS | {"ew", "sc"}
US_SYSTEMS = frozenset({"us_ny", "us_de", "us_ca"})


def profile_of(place: str) -> str:
    """The profile id for a law or a place named in words; ``neutral`` when none fits."""
    return profile_of_place(place) or NEUTRAL


def governing_system(terms: AgreementTerms) -> str:
    """The governing law's profile id (the single switch point, see the module doc)."""
    return terms.governing_law.profile or NEUTRAL


def deal_systems(terms: AgreementTerms) -> frozenset[str]:
    """The governing law's profile and each party's home system: a rule declared for a
    legal system applies when the deal touches it (EU competition law and the GDPR reach
    an EU party whatever law governs the contract)."""
    homes = {profile_of(party.jurisdiction) for party in terms.parties if party.jurisdiction.strip()}
    return frozenset({governing_system(terms), *homes})
