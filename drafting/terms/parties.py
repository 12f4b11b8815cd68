"""The parties to the agreement: who is bound, where notices go and who signs."""

from __future__ import annotations

from enum import StrEnum

from email_validator import EmailNotValidError, validate_email
from pydantic import Field, field_validator

from drafting.terms.base import TermsModel, required_text


class EntityType(StrEnum):
    CORPORATION = "corporation"
    LLC = "llc"
    LLP = "llp"
    PARTNERSHIP = "partnership"
    UNIVERSITY = "university"
    PUBLIC_BODY = "public_body"
    INDIVIDUAL = "individual"
    FOUNDATION = "foundation"
    OTHER = "other"


class PartyRole(StrEnum):
    COMPANY = "company"
    PARTNER = "partner"
    LICENSOR = "licensor"
    LICENSEE = "licensee"
    SUPPLIER = "supplier"
    DISTRIBUTOR = "distributor"
    MEMBER = "member"
    INVESTOR = "investor"
    INVESTEE = "investee"
    COORDINATOR = "coordinator"
    CONTRIBUTOR = "contributor"
    DATA_PROVIDER = "data_provider"
    DATA_RECIPIENT = "data_recipient"
    BUYER = "buyer"


class Signatory(TermsModel):
    """The person who signs for a party."""

    name: str = Field(default="", max_length=200)
    title: str = Field(default="", max_length=200)


class Party(TermsModel):
    """One party to the agreement."""

    legal_name: str = required_text("Full registered name, e.g. 'Acme Widgets Ltd'.")
    short_name: str = Field(
        min_length=1,
        max_length=200,
        description="The short name used in the agreement, e.g. 'Acme'. Must be unique.",
    )
    entity_type: EntityType = EntityType.CORPORATION
    jurisdiction: str = required_text("Where the party is incorporated, e.g. 'England and Wales'.")
    registration_number: str = ""
    address: str = required_text("Registered address for legal notices.")
    notice_email: str = required_text("E-mail address for notices under the agreement.")
    signatory: Signatory = Signatory()
    role: PartyRole = PartyRole.PARTNER
    affiliates_included: bool = False
    parent_guarantor: str = Field(
        default="",
        description="Parent company guaranteeing this party's obligations (for special-purpose vehicles).",
    )

    @field_validator("notice_email")
    @classmethod
    def _email(cls, value: str) -> str:
        if not value:
            return value
        try:
            validate_email(value, check_deliverability=False)
        except EmailNotValidError:
            raise ValueError(f"'{value}' is not an e-mail address") from None
        return value

    @field_validator("short_name")
    @classmethod
    def _short_name(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a short name cannot be blank")
        return value
