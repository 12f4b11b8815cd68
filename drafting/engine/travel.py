"""Whether a co-marketing Campaign sells travel packages, read from the answers.

A stay of accommodation sold together with another travel service (a tour, a tasting, an
excursion, a transfer, a ticket) at an inclusive price is, in the EU and the UK, very
likely a "package" under the package travel rules (Directive (EU) 2015/2302 and its
national laws): one trader is then the organiser, answers to the traveller for every
service in the package and must hold insolvency protection. The draft names that trader
(``co_marketing/packages.j2``) and the review flags the point
(``drafting.review.co_marketing``); both read the same facts from here, so the clause and
the finding never disagree about whether there is a package.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafting.terms import AgreementTerms, AllianceModel

#: Words that make an obligation (or the purpose) provide accommodation.
ACCOMMODATION = re.compile(
    r"\b(?:hotels?|room[- ]?nights?|rooms?|accommodation|overnight|guest ?houses?|b&b|bed and breakfast|"
    r"(?:hotel|overnight|weekend) stays?|stay-and-fly|lodges?|self[- ]catering|glamping|campsites?|resorts?|"
    r"hostels?|holiday (?:homes?|cottages?|lets?))\b",
    re.I,
)

#: Words that make an obligation (or the purpose) provide another travel service:
#: transport, car rental, or a tourist service that is not part of the accommodation.
TRAVEL_SERVICE = re.compile(
    r"\b(?:tours?|tastings?|stay-and-fly|fly-drive|excursions?|sightseeing|guided|flights?|air ?fares?|"
    r"car hire|car rental|coach trips?|"
    r"ferr(?:y|ies)|rail|train tickets?|cruises?|ski pass(?:es)?|golf|green fees?|spa treatments?|"
    r"(?:concert|festival|event|match|theatre|museum|attraction) tickets?|airport transfers?|boat trips?|"
    r"activit(?:y|ies))\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class TravelPackage:
    """The Campaign's packages: who provides the stay, who the other travel services."""

    #: The parties whose responsibilities provide the accommodation.
    accommodation: tuple[str, ...]
    #: The parties whose responsibilities provide another travel service.
    services: tuple[str, ...]

    @property
    def organiser(self) -> str:
        """The party that sells the package: the only one that provides the stay (it takes
        the booking of the room, around which the package is built); "" when that is not
        one party, and the clause then makes the selling party the organiser."""
        return self.accommodation[0] if len(self.accommodation) == 1 else ""

    @property
    def suppliers(self) -> tuple[str, ...]:
        """The parties that provide a travel service in the package other than the organiser."""
        return tuple(name for name in self.services if name != self.organiser)


def travel_package(terms: AgreementTerms) -> TravelPackage | None:
    """The Campaign's packages where they combine accommodation with another travel
    service (``None`` otherwise, and in every type but co-marketing)."""
    if terms.model is not AllianceModel.CO_MARKETING or terms.co_marketing is None:
        return None
    names = [party.short_name for party in terms.parties]
    stay: list[str] = []
    service: list[str] = []
    for item in terms.scope.obligations:
        if item.party not in names:
            continue
        if ACCOMMODATION.search(item.description) and item.party not in stay:
            stay.append(item.party)
        if TRAVEL_SERVICE.search(item.description) and item.party not in service:
            service.append(item.party)
    purpose = terms.scope.purpose
    # The purpose may describe the package ("hotel stays with distillery tours") where the
    # responsibilities leave one of its parts implicit.
    has_stay = bool(stay) or bool(ACCOMMODATION.search(purpose))
    has_service = bool(service) or bool(TRAVEL_SERVICE.search(purpose))
    if not (has_stay and has_service):
        return None
    return TravelPackage(accommodation=tuple(stay), services=tuple(service))
