"""The professionals' members' agreement (precedent 1b): individual professionals who
already own a company together, each keeping an own practice.

The block holds what only this type decides: which company (a party to the agreement,
named by its short name), its form and the members' holdings, the line between Company
Work and each member's Own Practice Work, how the revenue of an engagement passed
through the company is split, the members' professional standing and insurance, and the
covenants that bind a leaver. What other types already model is not repeated here: the
decisions use ``terms.governance`` (voting basis, Consensus Matters as reserved matters,
quorum) and the leavers use ``terms.leavers`` (events, good and bad leaver price, who
buys, instalments), so each fact has one place.

A split is stored as exact portions and may be incomplete while the user types: the
review names a split that does not total 100%, the model does not refuse it.
"""

from __future__ import annotations

from enum import StrEnum
from fractions import Fraction

from pydantic import Field, model_validator

from drafting.terms.base import Days, Money, Months, PartyRef, PartyShare, TermsModel, optional_field
from drafting.terms.company import CompanyForm
from drafting.terms.portions import Portion


class Contracting(StrEnum):
    """Who signs with the client for Company Work."""

    COMPANY_CONTRACTS = "company_contracts_and_subcontracts"  # the Company contracts and subcontracts the member
    MEMBER_CONTRACTS = "member_contracts_and_pays_fee"  # the member contracts and pays the Company its share


class ClientOwnership(StrEnum):
    """Whose client a client of Company Work is."""

    COMPANY = "company"
    ORIGINATING_MEMBER = "originating_member"


class OriginatorFrom(StrEnum):
    """Where the originator's share goes when no other member introduced the client."""

    MEMBER_SHARE = "member_share"  # to the Delivering Member
    COMPANY_SHARE = "company_share"  # to the Company


class SeveralDeliverers(StrEnum):
    BY_EFFORT = "by_effort"  # in proportion to the hours each recorded
    BY_AGREEMENT = "by_agreement"  # as the members delivering agree before the engagement starts


class DeadlockOutcome(StrEnum):
    """The last step when the members cannot agree (never a shotgun between co-owners)."""

    MAJORITY_DECIDES = "majority_decides"
    GOOD_LEAVER_EXIT = "good_leaver_exit"


class MembersTerms(TermsModel):
    """An existing company co-owned by individual professionals: the company, the line
    between its work and each member's practice, the engagement split, standing and
    insurance, and the covenants of a leaver."""

    company: PartyRef = Field(description="The short name of the company, which is itself a party.")
    form: CompanyForm | None = Field(default=None, description="The company's legal form; decides its equity words.")
    share_capital: Money | None = None
    number_of_shares: int | None = Field(default=None, ge=1, description="Shares (units, interests) in issue.")
    holdings: tuple[PartyShare, ...] = Field(default=(), description="Each member's holding, together 100%.")
    equal_shares: bool = Field(
        default=False, description="Equal holdings, recomputed on each admission and each leaver (1/n each)."
    )
    profession: str = Field(default="", max_length=200, description="e.g. 'architects', 'chartered accountants'.")
    regulator: str = Field(
        default="", max_length=300, description="The body whose registration a member must keep, if any."
    )
    company_work: str = Field(
        default="", max_length=2000, description="The work that must go through the company (Company Work)."
    )
    own_practice_work: str = Field(
        default="", max_length=2000, description="The work each member keeps for an own practice."
    )
    client_ownership: ClientOwnership = ClientOwnership.COMPANY
    first_offer: bool = Field(
        default=False, description="A member must first offer the company new work in its field (off by default)."
    )
    contracting: Contracting = Contracting.COMPANY_CONTRACTS
    delivering_member_share: Portion | None = Field(default=None, description="The Delivering Member's share.")
    company_share: Portion | None = Field(default=None, description="The share the company keeps for its costs.")
    originator_share: Portion | None = Field(default=None, description="An introducing member's share, if any.")
    originator_from: OriginatorFrom = OriginatorFrom.COMPANY_SHARE
    several_deliverers: SeveralDeliverers = SeveralDeliverers.BY_EFFORT
    payment_days: Days = Field(default=15, description="Days after the client pays within which the member is paid.")
    pi_cover_min: Money | None = Field(default=None, description="Professional indemnity cover each member keeps.")
    salaries: bool = Field(default=False, description="Members draw salaries from the company.")
    all_members_directors: bool = True
    deadlock_outcome: DeadlockOutcome = DeadlockOutcome.GOOD_LEAVER_EXIT
    brand_name: str = Field(default="", max_length=300, description="The name the members practise under together.")
    licence_after_leaving: bool = Field(
        default=True, description="A leaver keeps a licence to use the joint materials in its own practice."
    )
    non_solicit_months: Months = Field(default=12, le=36)
    non_dealing: bool = Field(
        default=False, description="A leaver also may not act for those clients, even if they approach it."
    )
    bad_leaver_discount_percent: Portion | None = optional_field(
        None, "A discount on the bad-leaver price, as a share of it (only if chosen)."
    )
    valuer: str = Field(
        default="", max_length=300, description="Who determines Fair Value if the members do not agree it."
    )

    @model_validator(mode="after")
    def _holders_differ_from_company(self) -> MembersTerms:
        if any(holding.party == self.company for holding in self.holdings):
            raise ValueError(f"'{self.company}' is the company; it cannot hold its own shares under this agreement")
        return self

    @property
    def split_total(self) -> Fraction:
        """The engagement split as stated: member + company + originator."""
        parts = (self.delivering_member_share, self.company_share, self.originator_share)
        return sum((part for part in parts if part is not None), Fraction(0))


__all__ = [
    "ClientOwnership",
    "Contracting",
    "DeadlockOutcome",
    "MembersTerms",
    "OriginatorFrom",
    "SeveralDeliverers",
]
