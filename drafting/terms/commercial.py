"""The commercial deal: scope and objectives, exclusivity, contributions and funding,
and the sharing of revenue, profit or cost."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from pydantic import Field, model_validator

from drafting.terms.base import (
    Days,
    Money,
    Months,
    PartyRef,
    PartyShare,
    Percent,
    TermsModel,
    optional_field,
    required_text,
)
from drafting.terms.economics import BandMethod, CapBasis, Payee, RevenueType, Shortfall, SplitBand


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
    SUPPLY = "supply"  # the supplier supplies the products only to the other party
    PURCHASE = "purchase"  # the buyer buys the products only from the other party


class ExclusivityDirection(StrEnum):
    MUTUAL = "mutual"
    ONE_WAY = "one_way"


class Exclusivity(TermsModel):
    """Exclusivity: for what (territory, field, customers, supply, purchase) and in which
    direction. One-way exclusivity binds ``exclusive_party`` in favour of ``in_favour_of``
    only; mutual exclusivity binds each party towards the other."""

    kind: ExclusivityKind = ExclusivityKind.NONE
    scope: str = ""
    duration_months: Months | None = None
    carve_outs: str = ""
    direction: ExclusivityDirection = optional_field(
        ExclusivityDirection.MUTUAL, "One-way (one party is bound) or mutual (each is bound)."
    )
    exclusive_party: PartyRef | None = optional_field(None, "The party bound by one-way exclusivity.")
    in_favour_of: PartyRef | None = optional_field(None, "The party that one-way exclusivity protects.")

    @model_validator(mode="after")
    def _one_way_names_both(self) -> Exclusivity:
        if self.direction is ExclusivityDirection.ONE_WAY and self.kind is not ExclusivityKind.NONE:
            if not self.exclusive_party or not self.in_favour_of:
                raise ValueError("one-way exclusivity needs the party that is bound and the party it protects")
            if self.exclusive_party == self.in_favour_of:
                raise ValueError("one-way exclusivity binds one party towards another; name two different parties")
        return self


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
    """From ``threshold`` (cumulative per year, in the sharing currency) the rate is ``percent``.

    A rate tier is one-sided on purpose: it is the commission or royalty one party pays.
    A revenue or profit split changes by ``SplitBand`` instead, each band a full split."""

    threshold: Decimal = Field(ge=Decimal(0))
    percent: Percent


class Audit(TermsModel):
    per_year: int = Field(default=1, ge=1, le=12)
    notice_days: Days = 30
    cost_shift_threshold_percent: Percent = Decimal(5)


class RevenueTypeDeductions(TermsModel):
    """The deductions allowed from one type of revenue (advertising, subscriptions...)."""

    revenue_type: RevenueType
    deductions: tuple[Deduction, ...] = ()


class SharingTerms(TermsModel):
    """How money is split: revenue, profit, commission, royalty or cost.

    A split may change with the year's cumulative revenue: ``bands`` then replace
    ``shares``, each band a full split between its payees (a party, a named entity or a
    role). ``cap`` limits what ``cap_payee`` (or the payee) receives, per Contract Year or
    until reached; ``sunset_years`` ends the sharing after that many years."""

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
    equal_shares: bool = optional_field(
        False, "The parties share equally, recomputed when a party joins or leaves (shares then hold 1/n each)."
    )
    bands: tuple[SplitBand, ...] = optional_field((), "A full split per band of the year's cumulative amount.")
    band_method: BandMethod = optional_field(BandMethod.MARGINAL, "How bands (and rate tiers) apply.")
    cap_basis: CapBasis = optional_field(CapBasis.PER_CONTRACT_YEAR, "Cap per Contract Year, or until reached.")
    cap_payee: Payee | None = optional_field(None, "Whose share the cap limits (default: the payee).")
    sunset_years: int | None = optional_field(None, "The sharing ends this many years after the Effective Date.")
    revenue_deductions: tuple[RevenueTypeDeductions, ...] = optional_field(
        (), "Deductions chosen per type of revenue; replaces the single list when given."
    )
    shortfall: Shortfall | None = optional_field(None, "What follows if the minimum guarantee is not reached.")

    @model_validator(mode="after")
    def _splits_are_full(self) -> SharingTerms:
        if self.tiers and self.model in {SharingModel.REVENUE, SharingModel.PROFIT, SharingModel.COST_SHARE}:
            raise ValueError(
                "a tier states one rate, which in a split would promise one side a share without "
                "saying what the others get; give each band as a full split (sharing.bands) instead"
            )
        if self.sunset_years is not None and not 1 <= self.sunset_years <= 99:
            raise ValueError("the sharing sunset needs a number of years from 1 to 99")
        return self


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
