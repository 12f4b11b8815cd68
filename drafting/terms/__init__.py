"""The agreement terms model: one typed, immutable description of everything the
wizard gathers, for every alliance model. See ``AgreementTerms``."""

from drafting.terms.agreement import (
    MAX_PARTIES,
    NON_EQUITY_MODELS,
    SCHEMA_VERSION,
    AgreementTerms,
    AllianceModel,
    iter_party_references,
)
from drafting.terms.base import REQUIRED_KEY, Money, PartyShare
from drafting.terms.parties import EntityType, Party, PartyRole, Signatory

__all__ = [
    "MAX_PARTIES",
    "NON_EQUITY_MODELS",
    "REQUIRED_KEY",
    "SCHEMA_VERSION",
    "AgreementTerms",
    "AllianceModel",
    "EntityType",
    "Money",
    "Party",
    "PartyRole",
    "PartyShare",
    "Signatory",
    "iter_party_references",
]
