"""The partner network (precedent 12): one set of master terms between a platform and
each of its local partners, every partner joining by its own accession form with its
own Partner Schedule.

Each partner is a party of the draft (its identity, notices and signatory are a
``Party``), and ``NetworkTerms.partners`` holds one schedule per partner: territory,
exclusivity, revenue split (full ``SplitBand`` splits between the partner and the
platform, the same machinery as every other split), brand licence, targets and start
date. The partners are never counterparties to one another: the agreement is drafted
as the platform's bilateral contract with "the Partner", and each accession is
exported as its own document (``drafting.network``).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from fractions import Fraction
from typing import Any

from pydantic import Field, model_validator

from drafting.terms.base import Days, Months, PartyRef, TermsModel
from drafting.terms.economics import Payee, PayeeKind, SplitBand, SplitShare

#: The most partners one draft may hold (a larger network is rendered from a CSV of
#: partners on the command line, one accession at a time).
MAX_NETWORK_PARTNERS = 2000


class NetworkRole(StrEnum):
    REFERRER = "referrer"  # introduces customers; the platform contracts and bills
    RESELLER = "reseller"  # resells subscriptions in its own name
    LOCAL_OPERATOR = "local_operator"  # runs the local community on the platform


class PartnerDataRole(StrEnum):
    PROCESSOR = "processor"  # processes customers' data for the platform
    INDEPENDENT_CONTROLLER = "independent_controller"  # controls its own leads


def _text(limit: int, description: str) -> Any:
    return Field(default="", max_length=limit, description=description)


class PartnerSchedule(TermsModel):
    """One partner's schedule: the variables its accession sets, and nothing else."""

    party: PartyRef
    territory: str = _text(1000, "Where the partner acts, e.g. 'Lyon metropolitan area'.")
    exclusive: bool = Field(default=False, description="No other partner is appointed in this territory.")
    bands: tuple[SplitBand, ...] = Field(
        default=(),
        max_length=20,
        description="The split between the partner and the platform: one full split per band of annual revenue.",
    )
    brand_scope: str = _text(1000, "What the partner may use the platform's marks for, e.g. 'local events and pages'.")
    targets: str = _text(1000, "The partner's targets, e.g. '150 paying members by 31 December 2027'.")
    start_date: dt.date | None = Field(default=None, description="The date the accession takes effect.")
    special_terms: str = _text(2000, "Anything this partner agreed beyond the master terms.")

    def share_of(self, name: str, band: SplitBand) -> Fraction:
        """``name``'s share in ``band`` (nothing if it is not a payee of it)."""
        return sum((entry.share for entry in band.shares if entry.payee.label == name), Fraction(0))


class NetworkTerms(TermsModel):
    """The master terms of the network and the table of partners."""

    platform: PartyRef = Field(description="The platform's short name: the one party every partner contracts with.")
    role: NetworkRole = NetworkRole.LOCAL_OPERATOR
    services: str = _text(1000, "What the platform offers customers, e.g. 'a subscription to the Kiosko app'.")
    attribution: str = _text(
        1000, "Which customers count as the partner's, e.g. 'customers who register with the partner's referral code'."
    )
    lead_protection_days: Days = 90
    amend_notice_days: Days = 60
    exit_notice_days: Days = 90
    tail_months: Months = 6
    partner_data_role: PartnerDataRole = PartnerDataRole.PROCESSOR
    partner_council: bool = Field(
        default=False, description="An advisory partner council (no vote over the master terms)."
    )
    agency: bool = Field(
        default=False, description="Partners negotiate sales in the platform's name (commercial agents)."
    )
    partners: tuple[PartnerSchedule, ...] = Field(default=(), max_length=MAX_NETWORK_PARTNERS)

    @model_validator(mode="after")
    def _one_schedule_each(self) -> NetworkTerms:
        seen: set[str] = set()
        for index, schedule in enumerate(self.partners):
            if schedule.party == self.platform:
                raise ValueError(f"partners[{index}].party: the platform '{self.platform}' cannot be its own partner")
            if schedule.party in seen:
                raise ValueError(f"partners[{index}].party: '{schedule.party}' has two Partner Schedules; each has one")
            seen.add(schedule.party)
        return self

    def schedule_for(self, name: str) -> PartnerSchedule | None:
        return next((schedule for schedule in self.partners if schedule.party == name), None)


def simple_split(partner: str, platform: str, partner_share: Fraction) -> tuple[SplitBand, ...]:
    """One band from zero: ``partner_share`` to the partner, the rest to the platform."""
    return (
        SplitBand(
            shares=(
                SplitShare(payee=Payee(kind=PayeeKind.PARTY, party=partner), share=partner_share),
                SplitShare(payee=Payee(kind=PayeeKind.PARTY, party=platform), share=1 - partner_share),
            )
        ),
    )


__all__ = [
    "MAX_NETWORK_PARTNERS",
    "NetworkRole",
    "NetworkTerms",
    "PartnerDataRole",
    "PartnerSchedule",
    "simple_split",
]
