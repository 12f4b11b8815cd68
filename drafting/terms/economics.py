"""Deal economics real alliances use: who is paid (a party, a named entity that does not
sign, or a role), full splits per revenue band, money paid over time (tranches,
milestones, recurring fees), the consequence of missing a minimum, and the leaver terms
of a company owned by its members.

Every share here is an exact ``Portion`` (a fraction of the whole), so a band split in
thirds is checked and stated exactly.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from pydantic import Field, model_validator

from drafting.terms.base import Money, Months, PartyRef, TermsModel
from drafting.terms.portions import Portion


# --- payees --------------------------------------------------------------------------
class PayeeKind(StrEnum):
    PARTY = "party"
    ENTITY = "entity"  # named in the agreement but not a party: the JV company, a foundation, an escrow
    ROLE = "role"  # "the Member who delivered the work", "each Connector in its Territory"


class Payee(TermsModel):
    """Who receives a payment or a share: a party, a named entity that does not sign the
    agreement, or whoever fills a role."""

    kind: PayeeKind = PayeeKind.PARTY
    party: PartyRef | None = None
    name: str = Field(default="", max_length=300, description="The entity's name, or the role in words.")

    @model_validator(mode="after")
    def _named(self) -> Payee:
        if self.kind is PayeeKind.PARTY and not self.party:
            raise ValueError("a payee that is a party needs the party's short name")
        if self.kind is not PayeeKind.PARTY and not self.name.strip():
            role = "role, e.g. 'the Member who delivered the work'"
            what = "entity's name" if self.kind is PayeeKind.ENTITY else role
            raise ValueError(f"a payee that is not a party needs the {what}")
        return self

    @property
    def label(self) -> str:
        """How the payee reads in the agreement and in messages."""
        return self.party if self.kind is PayeeKind.PARTY and self.party else self.name.strip()


# --- splits per band --------------------------------------------------------------------
class SplitShare(TermsModel):
    payee: Payee
    share: Portion


class SplitBand(TermsModel):
    """One band of a split: from ``from_amount`` (of the year's cumulative revenue or
    profit, in the sharing currency) up to the next band's start, the money is split
    between the payees in these shares, which together make the whole."""

    from_amount: Decimal = Field(default=Decimal(0), ge=Decimal(0), max_digits=20, decimal_places=2)
    shares: tuple[SplitShare, ...] = ()

    @property
    def total(self) -> Fraction:
        return sum((entry.share for entry in self.shares), Fraction(0))


class BandMethod(StrEnum):
    MARGINAL = "marginal"  # each band's split applies to the part of the amount within the band
    WHOLE_AMOUNT = "whole_amount"  # the band reached applies to the whole amount of the year


class CapBasis(StrEnum):
    PER_CONTRACT_YEAR = "per_contract_year"  # "in any Contract Year"
    CUMULATIVE = "cumulative"  # "until USD X has been paid": never reset


class RevenueType(StrEnum):
    ADVERTISING = "advertising"
    SUBSCRIPTIONS = "subscriptions"
    PRODUCT_SALES = "product_sales"
    TRANSACTIONS = "transactions"
    LICENSING = "licensing"
    SERVICES = "services"


class Shortfall(StrEnum):
    """What follows when a minimum (purchase, royalty, guarantee) is not reached."""

    TOP_UP_PAYMENT = "top_up_payment"
    CONVERT_TO_NON_EXCLUSIVE = "convert_to_non_exclusive"
    REDUCE_TERRITORY = "reduce_territory"
    TERMINATION = "termination"


# --- money over time ------------------------------------------------------------------------
class PaymentKind(StrEnum):
    UPFRONT = "upfront"
    TRANCHE = "tranche"  # an investment or subscription paid in closings
    MILESTONE = "milestone"
    SUCCESS = "success"  # a success fee, on an event
    RECURRING = "recurring"  # a membership fee, a monthly fee


class Recurrence(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    ANNUALLY = "annually"


class ScheduledPayment(TermsModel):
    """One payment (or one series of recurring payments) in the payment schedule."""

    kind: PaymentKind
    payer: PartyRef
    payee: Payee
    amount: Money
    description: str = Field(default="", max_length=500, description="What it is for, e.g. 'Second tranche'.")
    due_date: dt.date | None = Field(default=None, description="The date it falls due (the first, if recurring).")
    milestone: str = Field(default="", max_length=500, description="The event it falls due on, instead of a date.")
    conditions: tuple[str, ...] = ()
    recurrence: Recurrence | None = None
    until: dt.date | None = Field(default=None, description="The last date a recurring payment falls due.")

    @model_validator(mode="after")
    def _when(self) -> ScheduledPayment:
        if self.kind is PaymentKind.RECURRING and self.recurrence is None:
            raise ValueError("a recurring payment needs how often it is paid (monthly, quarterly or annually)")
        if self.kind is not PaymentKind.RECURRING and self.recurrence is not None:
            raise ValueError("only a recurring payment repeats; choose the kind 'recurring' or clear how often")
        if self.until is not None and self.due_date is not None and self.until < self.due_date:
            raise ValueError("the last payment date is before the first")
        return self

    @property
    def label(self) -> str:
        return self.description.strip() or self.kind.value.replace("_", " ").capitalize()


# --- leavers ---------------------------------------------------------------------------------
class LeaverEvent(StrEnum):
    RETIREMENT = "retirement"
    DEATH = "death"
    INCAPACITY = "incapacity"
    BANKRUPTCY = "bankruptcy"
    LOSS_OF_STANDING = "loss_of_standing"
    BREACH = "breach"
    EXPULSION = "expulsion"


class LeaverPrice(StrEnum):
    NET_ASSET_VALUE = "net_asset_value"
    FAIR_VALUE = "fair_value"
    NOMINAL = "nominal"


class LeaverBuyer(StrEnum):
    OTHERS_PRO_RATA = "others_pro_rata"
    COMPANY = "company"
    COMPANY_THEN_OTHERS = "company_then_others"  # a buy-back depends on reserves: the members are the fallback


#: Leaving for these reasons is not the member's fault unless the parties say otherwise.
DEFAULT_GOOD_LEAVER_EVENTS = (LeaverEvent.RETIREMENT, LeaverEvent.DEATH, LeaverEvent.INCAPACITY)


class LeaverTerms(TermsModel):
    """When a member of a company owned by its members leaves, who buys its interest and
    at what price. Good leavers (retirement, death, incapacity by default) are paid the
    good-leaver price; the rest the bad-leaver price."""

    events: tuple[LeaverEvent, ...] = tuple(LeaverEvent)
    good_leaver_events: tuple[LeaverEvent, ...] = DEFAULT_GOOD_LEAVER_EVENTS
    good_leaver_price: LeaverPrice = LeaverPrice.FAIR_VALUE
    bad_leaver_price: LeaverPrice = LeaverPrice.FAIR_VALUE
    buyer: LeaverBuyer = LeaverBuyer.COMPANY_THEN_OTHERS
    retirement_notice_months: Months = 6
    incapacity_months: Months = 6
    instalments: int = Field(default=4, ge=1, le=60, description="Payments in which the price is paid.")

    @model_validator(mode="after")
    def _good_events_are_events(self) -> LeaverTerms:
        stray = [event.value for event in self.good_leaver_events if event not in self.events]
        if stray:
            raise ValueError(f"good-leaver events must also be leaver events: {', '.join(stray)}")
        return self

    def is_good(self, event: LeaverEvent) -> bool:
        return event in self.good_leaver_events


__all__ = [
    "DEFAULT_GOOD_LEAVER_EVENTS",
    "BandMethod",
    "CapBasis",
    "LeaverBuyer",
    "LeaverEvent",
    "LeaverPrice",
    "LeaverTerms",
    "Payee",
    "PayeeKind",
    "PaymentKind",
    "Recurrence",
    "RevenueType",
    "ScheduledPayment",
    "Shortfall",
    "SplitBand",
    "SplitShare",
]
