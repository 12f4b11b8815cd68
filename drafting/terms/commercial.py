"""The commercial deal: scope and objectives, exclusivity, contributions and funding,
and the sharing of revenue, profit or cost."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from pydantic import Field

from drafting.terms.base import Days, Money, Months, PartyRef, PartyShare, Percent, TermsModel, required_text


class Kpi(TermsModel):
    metric: str = Field(min_length=1)
    target: str = Field(min_length=1)
    due: dt.date | None = None


class Milestone(TermsModel):
    description: str = Field(min_length=1)
    due: dt.date | None = None
    owner: PartyRef


class PartyObligation(TermsModel):
    party: PartyRef
    description: str = Field(min_length=1)


class Scope(TermsModel):
    """What the alliance is for and what each party undertakes."""

    purpose: str = required_text("What the alliance is for, in one or two sentences.")
    objectives: tuple[str, ...] = ()
    kpis: tuple[Kpi, ...] = ()
    field_of_use: str = ""
    territory: str = "worldwide"
    obligations: tuple[PartyObligation, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    expected_annual_value: Money | None = Field(
        default=None, description="Rough yearly value of the deal; used to size the liability cap."
    )


class ExclusivityKind(StrEnum):
    NONE = "none"
    TERRITORY = "territory"
    FIELD = "field"
    CUSTOMER_TYPE = "customer_type"
    REQUIREMENTS = "requirements"


class Exclusivity(TermsModel):
    kind: ExclusivityKind = ExclusivityKind.NONE
    scope: str = ""
    duration_months: Months | None = None
    carve_outs: str = ""


class NonCompeteKind(StrEnum):
    NONE = "none"
    IN_FIELD = "in_field"
    NON_SOLICIT_ONLY = "non_solicit_only"


class NonCompete(TermsModel):
    kind: NonCompeteKind = NonCompeteKind.NONE
    field: str = ""
    territory: str = ""
    tail_months: Months = 12


class ContributionKind(StrEnum):
    CASH = "cash"
    ASSETS = "assets"
    IP = "ip"
    PERSONNEL = "personnel"
    FACILITIES = "facilities"
    DISTRIBUTION_NETWORK = "distribution_network"
    BRAND = "brand"
    DATA = "data"
    SERVICES = "services"


class TransferMode(StrEnum):
    ASSIGN = "assign"
    LICENSE = "license"
    LOAN = "loan"
    SERVICE = "service"


class Pricing(StrEnum):
    FREE = "free"
    AT_COST = "at_cost"
    ARMS_LENGTH = "arms_length"


class Contribution(TermsModel):
    """One thing a party brings to the alliance."""

    party: PartyRef
    kind: ContributionKind
    description: str = Field(min_length=1)
    value: Money | None = None
    transfer_mode: TransferMode | None = None
    pricing: Pricing = Pricing.FREE
    due: dt.date | None = None
    valuation_method: str = ""


class CapitalCallMode(StrEnum):
    NONE = "none"
    PRO_RATA = "pro_rata"
    SHAREHOLDER_LOANS = "shareholder_loans"
    THIRD_PARTY_DEBT = "third_party_debt"


class CapitalCalls(TermsModel):
    mode: CapitalCallMode = CapitalCallMode.NONE
    cap: Money | None = None
    notice_days: Days = 30


class DefaultRemedy(StrEnum):
    DILUTION = "dilution"
    LENDER_PREMIUM = "lender_premium"
    LOSS_OF_RIGHTS = "loss_of_rights"
    FORCED_SALE = "forced_sale"
    DAMAGES = "damages"


class FundingDefault(TermsModel):
    remedies: tuple[DefaultRemedy, ...] = ()
    cure_days: Days = 30
    discount_percent: Percent | None = None
    # Interest above the ordinary funding rate on a loan that covers a defaulter's share.
    lender_premium_percent: Percent = Decimal(10)


class SharingModel(StrEnum):
    NONE = "none"
    REVENUE = "revenue"
    PROFIT = "profit"
    COMMISSION = "commission"
    ROYALTY = "royalty"
    COST_SHARE = "cost_share"


class SharingBase(StrEnum):
    GROSS = "gross"
    NET = "net"


class Deduction(StrEnum):
    RETURNS = "returns"
    REFUNDS = "refunds"
    TAXES = "taxes"
    CHARGEBACKS = "chargebacks"
    PAYMENT_FEES = "payment_fees"
    COGS = "cogs"
    SHIPPING = "shipping"


class Period(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    ANNUALLY = "annually"


class Tier(TermsModel):
    """From ``threshold`` (cumulative per year, in the sharing currency) the rate is ``percent``."""

    threshold: Decimal = Field(ge=Decimal(0))
    percent: Percent


class Audit(TermsModel):
    per_year: int = Field(default=1, ge=1, le=12)
    notice_days: Days = 30
    cost_shift_threshold_percent: Percent = Decimal(5)


class SharingTerms(TermsModel):
    """How money is split: revenue, profit, commission, royalty or cost."""

    model: SharingModel = SharingModel.NONE
    base: SharingBase = SharingBase.GROSS
    deductions: tuple[Deduction, ...] = ()
    shares: tuple[PartyShare, ...] = ()
    payer: PartyRef | None = Field(default=None, description="Who collects and pays out (commission/royalty).")
    payee: PartyRef | None = Field(default=None, description="Who receives the commission or royalty.")
    rate_percent: Percent | None = Field(default=None, description="Flat commission or royalty rate.")
    tiers: tuple[Tier, ...] = ()
    minimum_guarantee: Money | None = None
    cap: Money | None = None
    holdback_percent: Percent | None = None
    clawback: bool = False
    true_up: Period = Period.QUARTERLY
    currency: str = "EUR"
    payment_terms_days: Days = 30
    reporting: Period = Period.QUARTERLY
    audit: Audit | None = Audit()
    attribution: str = Field(default="", description="How a sale is attributed to a party (revenue sharing).")


class DistributionPolicy(StrEnum):
    PRO_RATA = "pro_rata"
    PREFERRED_RETURN = "preferred_return"
    WATERFALL = "waterfall"


class Distributions(TermsModel):
    """How a joint venture pays out its profits to its owners."""

    policy: DistributionPolicy = DistributionPolicy.PRO_RATA
    preferred_return_percent: Percent | None = None
    shares: tuple[PartyShare, ...] = Field(
        default=(), description="Leave empty to distribute in proportion to ownership."
    )
    minimum_reserve: Money | None = None
