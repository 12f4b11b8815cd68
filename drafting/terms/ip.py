"""Intellectual property (background, foreground, brand and licence grants) and
confidentiality."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from pydantic import Field, model_validator

from drafting.terms.base import Days, PartyRef, PartyShare, Percent, TermsModel, optional_field


class BackgroundAsset(TermsModel):
    party: PartyRef
    asset: str = Field(min_length=1)
    registration_number: str = ""
    # A consortium's Background is an exhaustive list that each member completes, with the
    # exclusions and limits it sets on access rights to an item (DESCA's Background list).
    limitations: str = optional_field(
        "", "Any exclusion or limit on access rights to this item, e.g. 'not for exploitation in medical devices'."
    )


class BackgroundLicence(TermsModel):
    scope: str = Field(default="", description="What the licensee may do, e.g. 'to perform the Project'.")
    exclusive: bool = False
    royalty_percent: Percent = Decimal(0)
    sublicensable: bool = False
    survives_exit: bool = False


class ForegroundOwnership(StrEnum):
    CREATOR_OWNS = "creator_owns"
    LEAD_EXPLOITER = "lead_exploiter"
    SPLIT_BY_FIELD = "split_by_field"
    JV_OWNS = "jv_owns"
    JOINT = "joint"


class FieldAllocation(TermsModel):
    party: PartyRef
    field: str = Field(min_length=1)


class LicenceBack(TermsModel):
    field: str = ""
    exclusive: bool = False
    royalty_percent: Percent = Decimal(0)
    perpetual: bool = True


class JointIpRules(TermsModel):
    """Exploitation rules for jointly owned results."""

    prosecution_lead: PartyRef | None = None
    cost_split: tuple[PartyShare, ...] = Field(default=(), description="Empty means equal shares.")
    consent_to_license: bool = True
    enforcement_lead: PartyRef | None = None


class ForegroundIp(TermsModel):
    ownership: ForegroundOwnership = ForegroundOwnership.CREATOR_OWNS
    lead_party: PartyRef | None = None
    field_split: tuple[FieldAllocation, ...] = ()
    licence_back: LicenceBack | None = LicenceBack()
    joint_rules: JointIpRules | None = None


class BrandLicence(TermsModel):
    """Permission to use a party's names and marks (co-marketing, distribution)."""

    licensor: PartyRef
    marks: str = Field(min_length=1)
    territory: str = ""
    guidelines: bool = True
    approval_days: Days = 10


class RoyaltyTerm(StrEnum):
    """How long royalties run for each licensed product in each country."""

    AGREEMENT_TERM = "agreement_term"  # as long as the licence runs (no separate royalty term)
    LAST_VALID_CLAIM = "last_valid_claim"  # until the last valid patent claim covering it expires
    YEARS_FROM_FIRST_SALE = "years_from_first_sale"  # a fixed number of years (know-how, software)
    LATER_OF = "later_of"  # the later of the two, with a lower rate once no claim is left


class LicenceGrant(TermsModel):
    """The main grant of a licensing alliance."""

    licensor: PartyRef
    licensee: PartyRef
    subject: str = Field(min_length=1, description="What is licensed: the patents, software or know-how.")
    field: str = ""
    territory: str = ""
    exclusive: bool = False
    transferable: bool = False
    sublicensable: bool = False
    affiliates: bool = False
    perpetual_irrevocable: bool = False
    source_code_escrow: bool = False
    covenant_not_to_sue: bool = False
    royalty_term: RoyaltyTerm = optional_field(
        RoyaltyTerm.AGREEMENT_TERM, "How long royalties run per product and country."
    )
    royalty_term_years: int = optional_field(10, "Years from first sale, for a royalty term counted in years.")
    no_claim_rate_percent: Percent | None = optional_field(
        None, "The royalty rate once no valid patent claim covers the product (know-how only)."
    )
    sublicence_income_percent: Percent | None = optional_field(
        None, "The licensor's share of what the licensee receives for sublicences, other than royalties."
    )

    @model_validator(mode="after")
    def _royalty_term_years(self) -> LicenceGrant:
        if not 1 <= self.royalty_term_years <= 50:
            raise ValueError("the royalty term needs a number of years from 1 to 50")
        return self


class IntellectualProperty(TermsModel):
    background_schedule: tuple[BackgroundAsset, ...] = ()
    background_licence: BackgroundLicence = BackgroundLicence()
    foreground: ForegroundIp = ForegroundIp()
    brand_licences: tuple[BrandLicence, ...] = ()
    licence_grant: LicenceGrant | None = None


class Confidentiality(TermsModel):
    term_years: int = Field(default=3, ge=0, le=99)
    trade_secrets_indefinite: bool = True
    terms_confidential: bool = True
    residuals: bool = False
    residuals_exclude_trade_secrets: bool = True
    clean_team: bool = False
