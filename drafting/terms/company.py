"""Company facts: whether the company the parties own together is new or already
exists, and its legal form. The words its constitution uses for equity (shares, units,
membership interests) follow from the form and are data, in
``clause_templates/company/forms.toml``, so that legal-system profiles can join them."""

from __future__ import annotations

from enum import StrEnum


class CompanyStatus(StrEnum):
    NEW = "new"  # formed under the agreement: "Joint Venture Agreement", formation, Completion
    EXISTING = "existing"  # already exists: "Shareholders' Agreement"; never "formed"


class CompanyForm(StrEnum):
    COMPANY_LIMITED_BY_SHARES = "company_limited_by_shares"
    PUBLIC_LIMITED_COMPANY = "public_limited_company"
    CORPORATION = "corporation"
    LLC = "llc"
    LLP = "llp"
    GMBH = "gmbh"
    AG = "ag"
    BV = "bv"
    NV = "nv"
    SA = "sa"
    SARL = "sarl"
    SAS = "sas"
    SP_ZOO = "sp_zoo"
    PRIVATE_LIMITED = "private_limited"
    SRL_BV = "srl_bv"  # the Belgian SRL/BV (since 2019 it has no share capital)
