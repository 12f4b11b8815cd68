"""Intellectual property (background, foreground, brand and licence grants) and
confidentiality."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from pydantic import Field

from drafting.terms.base import Days, PartyRef, PartyShare, Percent, TermsModel


class BackgroundAsset(TermsModel):
    party: PartyRef
    asset: str = Field(min_length=1)
    registration_number: str = ""


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
