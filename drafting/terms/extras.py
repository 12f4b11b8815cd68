"""Terms that only some alliance models have: the joint-venture entity, an equity
investment, consortium membership, data protection, open-source community rules,
distribution and co-marketing specifics."""

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
from drafting.terms.company import CompanyForm, CompanyStatus
from drafting.terms.economics import Shortfall
from drafting.terms.governance import Threshold
from drafting.terms.grant import ConsortiumGrant, Dissemination, MemberBudget
from drafting.terms.parties import EntityType


class JointVentureEntity(TermsModel):
    """The company the parties own together: new (formed under the agreement) or existing."""

    name: str = required_text("The joint venture company's name.")
    entity_type: EntityType = EntityType.CORPORATION
    jurisdiction: str = required_text("Where the joint venture company is incorporated.")
    business: str = ""
    share_capital: Money | None = None
    holdings: tuple[PartyShare, ...] = Field(default=(), description="Each party's shareholding, summing to 100.")
    closing_conditions: tuple[str, ...] = ()
    # The long-stop: either party may walk away if the conditions are still open then.
    long_stop_months: int = Field(default=6, ge=1, le=120, description="Months to satisfy the closing conditions.")
    parent_services_arms_length: bool = True
    merger_control_filing: bool = False
    status: CompanyStatus = optional_field(CompanyStatus.NEW, "A new company, or one that already exists.")
    form: CompanyForm | None = optional_field(None, "The legal form; decides the words for its equity.")
    number_of_shares: int | None = optional_field(None, "How many shares (units, interests) it has in issue.")
    equal_shares: bool = optional_field(
        False, "Equal holdings, recomputed on each admission and each leaver (each holds 1/n)."
    )

    @model_validator(mode="after")
    def _shares_positive(self) -> JointVentureEntity:
        if self.number_of_shares is not None and self.number_of_shares < 1:
            raise ValueError("a company has at least one share in issue")
        return self


class BoardRight(StrEnum):
    NONE = "none"
    SEAT = "seat"
    OBSERVER = "observer"


class EquityInvestment(TermsModel):
    """A minority stake that one party takes in another."""

    investor: PartyRef
    investee: PartyRef
    amount: Money
    price_per_share: Money | None = None
    share_class: str = "ordinary shares"
    stake_percent: Percent
    pre_emption: bool = True
    information_rights: bool = True
    board_right: BoardRight = BoardRight.OBSERVER
    standstill_months: Months | None = 24
    lock_up_months: Months | None = 24
    # Version 6: the conditions to Completion, the long-stop date, the investee's (and the
    # founders') warranties and their limits, and the capitalisation table's base. Each
    # is optional: where a figure is not given the draft uses a default the review names.
    conditions: tuple[str, ...] = optional_field(
        (),
        "Conditions to Completion besides the standard ones (warranties true, no material adverse "
        "change, any merger-control clearance): a third party's consent, a licence.",
    )
    long_stop_date: dt.date | None = optional_field(
        None, "The date by which the conditions must be met or waived; by default three months after signing."
    )
    warranty_period_months: Months = optional_field(
        24, "Months after Completion within which a warranty claim may be made."
    )
    warranty_cap: Money | None = optional_field(
        None, "The investee's maximum liability for warranty claims; by default the subscription price paid."
    )
    founder_warranty_cap: Money | None = optional_field(
        None, "Each founder's maximum liability for its warranties; by default a tenth of the subscription price paid."
    )
    shares_before: int | None = optional_field(
        None,
        "Shares (units, interests) in issue before Completion, fully diluted, for the capitalisation table; "
        "by default derived from the price per share and the stake.",
    )

    @model_validator(mode="after")
    def _investment_figures(self) -> EquityInvestment:
        if self.shares_before is not None and self.shares_before < 1:
            raise ValueError("a company has at least one share in issue before Completion")
        if self.warranty_period_months < 1:
            raise ValueError("a warranty claim needs at least one month to be made")
        return self


class AccessConditions(StrEnum):
    """On what terms a member gets access rights to exploit its own results."""

    FAIR_AND_REASONABLE = "fair_and_reasonable"
    ROYALTY_FREE = "royalty_free"


class ConsortiumTerms(TermsModel):
    coordinator: PartyRef | None = None
    admission_threshold: Threshold = Threshold.UNANIMITY
    withdrawal_notice_days: Days = 90
    default_remedy_days: Days = 30
    member_liability_cap: Money | None = None
    access_request_months: Months = optional_field(
        12, "Months after the project ends during which a member may still request access rights."
    )
    exploitation_access: AccessConditions = optional_field(
        AccessConditions.FAIR_AND_REASONABLE, "The terms of access rights needed to exploit a member's own results."
    )
    # Schema 6: the grant that funds the project, the per-member budget and the
    # dissemination procedure (drafting.terms.grant); absent, the draft reads as before.
    grant: ConsortiumGrant | None = optional_field(None, "The grant that funds the project, if any.")
    budget: tuple[MemberBudget, ...] = optional_field((), "Each member's estimated costs (and maximum grant).")
    dissemination: Dissemination = optional_field(Dissemination(), "Notice and objection periods for publications.")

    @model_validator(mode="after")
    def _request_period(self) -> ConsortiumTerms:
        if self.access_request_months > 120:
            raise ValueError("access rights may be requested for at most 120 months after the project ends")
        budgeted = [line.party for line in self.budget]
        if len(set(budgeted)) != len(budgeted):
            raise ValueError("each member has one line in the consortium budget")
        if len({line.costs.currency for line in self.budget}) > 1:
            raise ValueError("the consortium budget is in one currency, so that it has a total")
        return self


class ControllerRoles(StrEnum):
    NONE = "none"
    SEPARATE_CONTROLLERS = "separate_controllers"
    JOINT_CONTROLLERS = "joint_controllers"
    CONTROLLER_PROCESSOR = "controller_processor"


class LawfulBasis(StrEnum):
    NONE = "none"
    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTERESTS = "vital_interests"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTERESTS = "legitimate_interests"


class NonPersonalDataLicence(StrEnum):
    NONE = "none"
    CDLA_PERMISSIVE_2 = "cdla_permissive_2"


class TransferMechanism(StrEnum):
    """The safeguard for one flow of personal data out of the EEA or the UK."""

    ADEQUACY = "adequacy"  # the destination has an adequacy decision (or UK adequacy regulations)
    EU_SCCS = "eu_sccs"  # the EU standard contractual clauses (Decision (EU) 2021/914)
    UK_IDTA = "uk_idta"  # the UK International Data Transfer Agreement
    UK_ADDENDUM = "uk_addendum"  # the EU clauses with the UK International Data Transfer Addendum


class DataTransfer(TermsModel):
    """One flow of shared personal data to another country, and its safeguard."""

    exporter: PartyRef
    importer: PartyRef
    destination: str = Field(min_length=1, max_length=200, description="The country the data goes to.")
    mechanism: TransferMechanism = TransferMechanism.EU_SCCS

    @model_validator(mode="after")
    def _two_parties(self) -> DataTransfer:
        if self.exporter == self.importer:
            raise ValueError("a transfer goes from one party to another; name two different parties")
        return self


class DataSharingTerms(TermsModel):
    personal_data: bool = True
    roles: ControllerRoles = ControllerRoles.NONE
    article_26_arrangement: bool = False
    purpose: str = ""
    data_items: tuple[str, ...] = ()
    special_category: bool = False
    lawful_basis: LawfulBasis = LawfulBasis.NONE
    retention_months: Months = 24
    onward_transfers: bool = False
    breach_notice_hours: int = Field(default=48, ge=1, le=720)
    review_months: Months = 12
    dpia_completed: bool = False
    non_personal_licence: NonPersonalDataLicence = NonPersonalDataLicence.NONE
    transfers: tuple[DataTransfer, ...] = optional_field(
        (), "Each flow of personal data to another country: from whom, to whom, where, and on what safeguard."
    )


class ContributionMechanism(StrEnum):
    NONE = "none"
    DCO = "dco"
    CLA = "cla"


class MembershipTier(TermsModel):
    """A level of membership of an open-source project (precedent 9): its yearly fee and
    the seats on the Governing Board that each member of the tier appoints."""

    name: str = Field(min_length=1, max_length=60, description="e.g. 'Premier', 'General', 'Associate'.")
    annual_fee: Money | None = Field(default=None, description="The yearly fee; none for a free tier.")
    board_seats: int = Field(
        default=0, ge=0, le=10, description="Seats on the Governing Board each member of the tier appoints."
    )


class TierMembership(TermsModel):
    """The tier a member joins at."""

    party: PartyRef
    tier: str = Field(min_length=1, max_length=60)


class OpenSourceTerms(TermsModel):
    project_name: str = required_text("The name of the open-source project.")
    mission: str = ""
    licence: str = Field(default="Apache-2.0", description="The SPDX id of the project licence.")
    inbound_equals_outbound: bool = True
    contribution_mechanism: ContributionMechanism = ContributionMechanism.DCO
    tsc_quorum_percent: Percent = Decimal(50)
    open_participation: bool = True
    trademark_holder: str = ""
    antitrust_policy: bool = True
    tiers: tuple[MembershipTier, ...] = optional_field((), "The membership tiers, each with its fee and board seats.")
    members: tuple[TierMembership, ...] = optional_field((), "The tier each member joins at.")
    # Precedent 9: the project is hosted by a neutral entity (a foundation, association or
    # stichting) that is a party but never a member: it holds the marks, receives the fees
    # and admits members. None drafts a charter among members only.
    host: PartyRef | None = optional_field(
        None,
        "The party that hosts the project (a foundation, association or stichting); it is never a member.",
    )
    eu_market: bool = optional_field(
        False,
        "Members place products that include the project's software on the market in the European Union "
        "(the host then acts as open-source software steward under the Cyber Resilience Act).",
    )

    @model_validator(mode="after")
    def _members_in_known_tiers(self) -> OpenSourceTerms:
        if self.host is not None and any(member.party == self.host for member in self.members):
            raise ValueError(f"{self.host} hosts the project and is not a member, so it joins at no tier")
        names = [tier.name for tier in self.tiers]
        if len(set(names)) != len(names):
            raise ValueError("each membership tier needs a name of its own")
        parties = [member.party for member in self.members]
        if len(set(parties)) != len(parties):
            raise ValueError("each member joins at one tier only")
        for member in self.members:
            if member.tier not in names:
                raise ValueError(f"{member.party} joins at the tier '{member.tier}', which is not one of the tiers")
        return self


class DistributionTerms(TermsModel):
    supplier: PartyRef
    distributor: PartyRef
    products: str = Field(min_length=1)
    minimum_purchase: Money | None = None
    minimum_purchase_shortfall: Shortfall | None = optional_field(
        None, "What follows if the distributor buys less than the minimum in a Contract Year."
    )
    most_favoured_customer: bool = False
    online_sales_permitted: bool = True
    # Supply and ordering: the operative core of a distribution agreement.
    forecast_months: Months = Field(default=12, le=36, description="Months covered by each rolling forecast.")
    binding_months: Months = Field(default=3, le=12, description="Months of each forecast that are firm orders.")
    accept_days: Days = Field(default=5, le=60, description="Business days to reject an order before it is accepted.")
    incoterm: str = Field(
        default="FCA",
        pattern="^(EXW|FCA|CPT|CIP|DAP|DPU|DDP|FAS|FOB|CFR|CIF)$",
        description="The Incoterms 2020 rule for delivery, e.g. FCA (free carrier at the named place).",
    )
    delivery_place: str = Field(default="", max_length=200, description="The named place of delivery.")
    price_notice_days: Days = Field(default=90, description="Notice of a change to the supplier's price list.")
    payment_days: Days = Field(default=60, description="Days after invoice within which the distributor pays.")
    retention_of_title: bool = Field(default=True, description="Title passes only on payment in full.")
    warranty_months: Months = Field(default=12, le=120, description="Months from delivery the product warranty runs.")
    claim_days: Days = Field(default=30, le=365, description="Days to notify a defect after discovering it.")


class LeadOwnership(StrEnum):
    GENERATING_PARTY = "generating_party"
    SHARED = "shared"


class RegulatedCategory(StrEnum):
    """Products whose promotion has rules of its own (precedent 5, article 8)."""

    ALCOHOL = "alcohol"
    GAMBLING = "gambling"
    FINANCIAL = "financial"
    HEALTH = "health"
    FOOD = "food"
    TOBACCO = "tobacco"


class RegulatedProduct(TermsModel):
    """One party's product in the Campaign that is subject to promotion rules: the party
    is named so that the clause can require its own positive sign-off."""

    party: PartyRef
    category: RegulatedCategory


class CoMarketingTerms(TermsModel):
    campaign: str = Field(min_length=1)
    marketing_calendar: str = ""
    cost_split: tuple[PartyShare, ...] = ()
    lead_ownership: LeadOwnership = LeadOwnership.GENERATING_PARTY
    approval_days: Days = 10
    duration_months: Months | None = None
    regulated_products: tuple[RegulatedProduct, ...] = Field(
        default=(), description="Each party's products in the Campaign whose promotion has rules of its own."
    )
