"""A consortium's public funding and its money: the grant the consortium receives (the
Grant Agreement with a Granting Authority under a funding programme), the per-member
budget that replaces a revenue-sharing engine in a cost-sharing consortium, and the
dissemination procedure (precedent 7, articles 2, 5, 6 and 12).

All of it is optional: a consortium without a grant or a budget reads as before.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from pydantic import Field, model_validator

from drafting.terms.base import Days, Money, PartyRef, Percent, TermsModel, required_text

_CENT = Decimal("0.01")


class ConsortiumGrant(TermsModel):
    """The grant that funds the project: who grants it, under which programme, how much.

    The Coordinator that receives it is ``ConsortiumTerms.coordinator`` (one fact, one
    place); the review reports a consortium without one (``parties.coordinator-missing``)."""

    programme: str = required_text("The funding programme, e.g. 'Horizon Europe (Clean Hydrogen Partnership)'.")
    granting_authority: str = required_text(
        "Who grants the funding, e.g. 'the European Climate, Infrastructure and Environment Executive Agency'."
    )
    agreement_number: str = Field(default="", max_length=100, description="The grant agreement's number, if known.")
    agreement_date: dt.date | None = Field(
        default=None, description="When the grant agreement was signed, if it has been."
    )
    max_grant: Money | None = Field(default=None, description="The maximum grant for the whole project.")
    funding_rate_percent: Percent | None = Field(
        default=None, description="The share of each member's eligible costs the grant reimburses, e.g. 70."
    )
    distribution_days: Days = Field(default=30, description="Days within which the Coordinator passes on funding.")
    open_access: bool = Field(default=True, description="The grant requires open access to peer-reviewed publications.")


class MemberBudget(TermsModel):
    """One member's line of the consortium budget: its estimated costs and, where the
    grant sets one per member rather than by a funding rate, its maximum grant."""

    party: PartyRef
    costs: Money
    grant: Money | None = Field(default=None, description="This member's maximum grant, if not set by the rate.")

    @model_validator(mode="after")
    def _grant_within_costs(self) -> MemberBudget:
        if self.grant is not None:
            if self.grant.currency != self.costs.currency:
                raise ValueError(f"{self.party}'s maximum grant and costs must be in the same currency")
            if self.grant.amount > self.costs.amount:
                raise ValueError(f"{self.party}'s maximum grant exceeds its estimated costs")
        return self


class Dissemination(TermsModel):
    """How a member publishes: notice to the others, an objection window on stated
    grounds only (never a veto) and the longest delay for a patent filing."""

    notice_days: Days = Field(default=30, description="Days' notice of a proposed publication to the other members.")
    objection_days: Days = Field(default=15, description="Days in which another member may object on stated grounds.")
    max_delay_days: Days = Field(default=90, description="Longest delay of a publication to file a patent application.")

    @model_validator(mode="after")
    def _objection_within_notice(self) -> Dissemination:
        if self.objection_days > self.notice_days:
            raise ValueError("the objection period must fit within the notice period of a publication")
        return self


def member_grant(line: MemberBudget, grant: ConsortiumGrant | None) -> Money | None:
    """A member's maximum grant: stated for it, else its costs at the funding rate
    (rounded to the cent), else none (no grant, or no way to tell)."""
    if line.grant is not None:
        return line.grant
    if grant is None or grant.funding_rate_percent is None:
        return None
    amount = (line.costs.amount * grant.funding_rate_percent / Decimal(100)).quantize(_CENT, ROUND_HALF_UP)
    return Money(amount=amount, currency=line.costs.currency)


__all__ = ["ConsortiumGrant", "Dissemination", "MemberBudget", "member_grant"]
