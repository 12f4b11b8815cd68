"""The root of the terms model: everything the wizard gathers for one agreement."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field, model_validator

from drafting.terms.base import TermsModel, optional_field
from drafting.terms.commercial import (
    CapitalCalls,
    Contribution,
    Distributions,
    Exclusivity,
    FundingDefault,
    NonCompete,
    Scope,
    SharingTerms,
)
from drafting.terms.economics import LeaverTerms, ScheduledPayment
from drafting.terms.extras import (
    CoMarketingTerms,
    ConsortiumTerms,
    DataSharingTerms,
    DistributionTerms,
    EquityInvestment,
    JointVentureEntity,
    OpenSourceTerms,
)
from drafting.terms.governance import Governance
from drafting.terms.ip import Confidentiality, IntellectualProperty
from drafting.terms.law import GoverningLaw
from drafting.terms.lifecycle import Boilerplate, Disputes, ExitTerms, Term, Termination, TransferRestrictions
from drafting.terms.members import MembersTerms
from drafting.terms.network import NetworkTerms
from drafting.terms.parties import Party
from drafting.terms.research import ResearchTerms
from drafting.terms.supplier_alliance import SupplierAllianceTerms

#: Bumped whenever a stored draft would no longer load unchanged; storage migrates
#: older drafts up to this version.
SCHEMA_VERSION = 9

MAX_PARTIES = 50

#: Fields that hold a party's short name, wherever they appear in the model. Keeping
#: the convention in one place lets one walk check every cross-reference.
PARTY_REFERENCE_FIELDS = frozenset(
    {
        "party",
        "owner",
        "payer",
        "payee",
        "chair_party",
        "casting_vote_party",
        "prosecution_lead",
        "enforcement_lead",
        "lead_party",
        "licensor",
        "licensee",
        "investor",
        "investee",
        "coordinator",
        "supplier",
        "distributor",
        "exclusive_party",
        "in_favour_of",
        "exporter",
        "importer",
        "purchaser",
        "platform",
        "company",
        "host",
    }
)


class AllianceModel(StrEnum):
    DISTRIBUTION = "distribution"
    LICENSING = "licensing"
    CO_MARKETING = "co_marketing"
    JOINT_VENTURE = "joint_venture"
    EQUITY_ALLIANCE = "equity_alliance"
    REVENUE_SHARING = "revenue_sharing"
    CONSORTIUM = "consortium"
    DATA_SHARING = "data_sharing"
    OPEN_SOURCE = "open_source"
    SUPPLIER_ALLIANCE = "supplier_alliance"
    PARTNER_NETWORK = "partner_network"
    RESEARCH_COLLABORATION = "research_collaboration"
    PROFESSIONALS_MEMBERS = "professionals_members"


NON_EQUITY_MODELS = frozenset({AllianceModel.DISTRIBUTION, AllianceModel.LICENSING, AllianceModel.CO_MARKETING})


class AgreementTerms(TermsModel):
    """Everything that decides what the agreement says. Immutable: change a draft with
    ``terms.model_copy(update=...)`` or by building a new instance."""

    schema_version: int = Field(default=SCHEMA_VERSION, ge=1, le=SCHEMA_VERSION)
    title: str = Field(default="", max_length=300, description="Empty means a title derived from the model.")
    model: AllianceModel
    competitors: bool = Field(default=False, description="The parties compete with each other.")
    parties: tuple[Party, ...] = Field(min_length=2, max_length=MAX_PARTIES)
    background: str = ""
    scope: Scope = Scope()
    exclusivity: Exclusivity = Exclusivity()
    non_compete: NonCompete = NonCompete()
    contributions: tuple[Contribution, ...] = ()
    capital_calls: CapitalCalls = CapitalCalls()
    funding_default: FundingDefault = FundingDefault()
    governance: Governance = Governance()
    ip: IntellectualProperty = IntellectualProperty()
    confidentiality: Confidentiality = Confidentiality()
    sharing: SharingTerms = SharingTerms()
    distributions: Distributions | None = None
    term: Term = Term()
    termination: Termination = Termination()
    transfer: TransferRestrictions | None = None
    exit: ExitTerms | None = None
    disputes: Disputes = Disputes()
    governing_law: GoverningLaw = Field(
        default=GoverningLaw(),
        description="The law that governs the agreement: a legal-system profile, or another law by name.",
    )
    boilerplate: Boilerplate = Boilerplate()
    joint_venture: JointVentureEntity | None = None
    equity: EquityInvestment | None = None
    consortium: ConsortiumTerms | None = None
    data_sharing: DataSharingTerms | None = None
    open_source: OpenSourceTerms | None = None
    distribution: DistributionTerms | None = None
    co_marketing: CoMarketingTerms | None = None
    payments: tuple[ScheduledPayment, ...] = optional_field(
        (), "Payments over time: upfront, tranches, milestones, success fees, recurring fees."
    )
    leavers: LeaverTerms | None = optional_field(None, "When a member leaves: events, price and who buys.")
    supplier_alliance: SupplierAllianceTerms | None = optional_field(
        None, "A strategic supplier alliance: capacity, committed volumes, cost-down, co-investment, continuity."
    )
    research: ResearchTerms | None = optional_field(
        None, "An R&D collaboration: research plan, budget, results, option, publication, early exit."
    )
    members: MembersTerms | None = optional_field(
        None, "Professionals who co-own an existing company: practices, engagement split, covenants."
    )
    extra_modules: tuple[str, ...] = Field(
        default=(),
        max_length=20,
        description=(
            "Optional modules the user added to this type of agreement (e.g. 'steering_committee' "
            "in a distribution deal); each type's blueprint lists the ones it offers."
        ),
    )
    network: NetworkTerms | None = optional_field(
        None, "A partner network: the master terms and one Partner Schedule per partner."
    )

    @model_validator(mode="after")
    def _references_name_real_parties(self) -> AgreementTerms:
        # Every problem goes into one error, one per line ("path: sentence"), so the
        # user sees all of them at once; drafting.validation splits the lines again.
        problems: list[str] = []
        names = [party.short_name for party in self.parties]
        seen: set[str] = set()
        for index, name in enumerate(names):
            if name in seen:
                problems.append(f"parties[{index}].short_name: '{name}' is used by two parties; each needs its own")
            seen.add(name)
        known = ", ".join(f"'{name}'" for name in names)
        for path, value in iter_party_references(self):
            if value not in seen:
                problems.append(f"{path}: '{value}' is not one of the parties ({known})")
        if problems:
            raise ValueError("\n".join(problems))
        return self

    def party(self, short_name: str) -> Party:
        """The party with this short name (KeyError if none)."""
        for party in self.parties:
            if party.short_name == short_name:
                return party
        raise KeyError(short_name)

    def to_json(self) -> str:
        return self.model_dump_json(indent=2, exclude_none=False)

    @classmethod
    def from_json(cls, text: str | bytes) -> AgreementTerms:
        return cls.model_validate_json(text)


def iter_party_references(model: BaseModel, path: str = "") -> Iterator[tuple[str, str]]:
    """Yield ``(field path, short name)`` for every party reference inside ``model``."""
    for name in type(model).model_fields:
        if isinstance(model, AgreementTerms) and name == "parties":
            continue
        value: Any = getattr(model, name)
        field_path = f"{path}.{name}" if path else name
        if name in PARTY_REFERENCE_FIELDS and isinstance(value, str):
            yield field_path, value
        elif isinstance(value, BaseModel):
            yield from iter_party_references(value, field_path)
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from iter_party_references(item, f"{field_path}[{index}]")
