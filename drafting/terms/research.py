"""The R&D / innovation collaboration (precedent 11): two or a few companies research
together under a Research Plan and budget, one of them (the option holder) funds and
may take an exclusive licence of the results.

Money reuses the common machinery: milestone and option payments are rows of
``AgreementTerms.payments`` (the Payment Schedule), royalty rates and tiers live in
``AgreementTerms.sharing`` (model ``royalty``, with its tiers, reports and audit). This
block holds only what the collaboration itself decides: the plan and who funds it, the
joint committee, ownership of results and access rights, the option, diligence,
publication and what happens on an early exit.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from pydantic import Field, model_validator

from drafting.terms.base import Days, Money, Months, PartyRef, Percent, TermsModel, required_text
from drafting.terms.commercial import Period


class WorkPackage(TermsModel):
    """One work package of the Research Plan: who leads it, what it delivers and when."""

    name: str = Field(min_length=1, max_length=200, description="e.g. 'Strain screening'.")
    party: PartyRef = Field(description="The party that performs and leads the work package.")
    deliverables: str = Field(default="", max_length=1000, description="What it delivers.")
    due: dt.date | None = Field(default=None, description="When its deliverables are due.")
    fte: Decimal | None = Field(
        default=None, ge=Decimal(0), le=Decimal(1000), description="Full-time researchers committed to it."
    )


class BudgetLine(TermsModel):
    """Who funds what: the cost of ``party``'s work that ``payer`` pays, up to ``amount``.
    Where the payer is the performing party itself, that party bears its own cost."""

    party: PartyRef = Field(description="The party that performs the work and incurs the cost.")
    payer: PartyRef = Field(description="The party that funds it.")
    amount: Money
    description: str = Field(default="", max_length=300, description="What it covers, e.g. 'Work packages 1-2'.")


class FinalSay(TermsModel):
    """A class of committee matters on which one party decides if the committee cannot."""

    matter: str = Field(min_length=1, max_length=200, description="e.g. 'scientific matters'.")
    party: PartyRef


class ResultsOwnership(StrEnum):
    CREATOR = "creator"  # each party owns the Results its own people generate
    BY_FIELD = "by_field"  # Results belong to the party whose field they fall in
    ONE_PARTY = "one_party"  # all Results belong to one named party
    JOINT = "joint"  # jointly, in equal undivided shares, with exploitation rules


class JointExploitation(StrEnum):
    CONSENT_NEEDED = "consent_needed"
    USE_AND_LICENSE_WITH_NOTICE = "use_and_license_with_notice"


class FieldOwner(TermsModel):
    party: PartyRef
    field: str = Field(min_length=1, max_length=300)


class AccessTerms(StrEnum):
    ROYALTY_FREE = "royalty_free"
    FAIR_AND_REASONABLE = "fair_and_reasonable"


class LicenceTermsBasis(StrEnum):
    TERM_SHEET = "term_sheet"  # the key terms are agreed now, in a schedule
    GOOD_FAITH = "good_faith"  # negotiated in good faith within a period


class IfNotAgreed(StrEnum):
    """What follows when the licence is not signed within the negotiation period."""

    LAPSE = "lapse"  # the option lapses and the grantors are free
    EXPERT = "expert"  # an independent expert sets the open terms
    RIGHT_OF_MATCH = "right_of_match"  # the grantors are free, but the holder may match a third party's terms


class ResearchOption(TermsModel):
    """The option to take an exclusive licence of the Programme Results (and the Background
    needed to use them) granted to ``licensee`` by every other party."""

    licensee: PartyRef = Field(description="The party that holds the option.")
    product: str = required_text("The products the licence covers, e.g. 'food ingredients containing the Strains'.")
    field: str = Field(default="", max_length=300)
    territory: str = Field(default="worldwide", max_length=300)
    exclusive: bool = True
    data_package: str = Field(
        default="the final report of the Research Plan with the data and results of every work package",
        max_length=500,
        description="What must be delivered to start the option period.",
    )
    period_days: Days = Field(default=90, description="Days after delivery of the Data Package to exercise.")
    basis: LicenceTermsBasis = LicenceTermsBasis.TERM_SHEET
    term_sheet: tuple[str, ...] = Field(
        default=(), max_length=30, description="The licence's key terms, agreed now (one per line)."
    )
    negotiation_days: Days = Field(default=90, description="Days to sign the licence after exercise.")
    if_not_agreed: IfNotAgreed = IfNotAgreed.LAPSE
    match_months: Months = Field(default=12, le=60, description="Months the right to match a third party runs.")
    regulatory_clearance: bool = Field(
        default=False, description="Exercise is conditional on merger-control or other clearance where needed."
    )
    sublicensable: bool = True
    sublicence_income_percent: Percent | None = Field(
        default=None, description="Share of sublicence income paid to the grantors."
    )
    royalty_term_years: int = Field(
        default=10, ge=1, le=50, description="Years from first commercial sale in each country."
    )
    no_claim_reduction_percent: Percent | None = Field(
        default=None, description="Royalty reduction where no Valid Claim covers the product in a country."
    )
    royalty_floor_percent: Percent | None = Field(
        default=None, description="The royalty rate below which no reduction takes it."
    )


class DiligenceEvent(TermsModel):
    event: str = Field(min_length=1, max_length=300)
    due: dt.date


class DiligenceRemedy(StrEnum):
    REVERSION = "reversion"  # the rights for the affected product revert
    NON_EXCLUSIVE = "non_exclusive"  # the licence becomes non-exclusive
    TERMINATION = "termination"  # the licence ends for the affected product


class Diligence(TermsModel):
    events: tuple[DiligenceEvent, ...] = Field(default=(), max_length=20)
    remedy: DiligenceRemedy = DiligenceRemedy.REVERSION
    cure_days: Days = 90


class PublicationMode(StrEnum):
    REVIEW = "review"  # a party may publish after review, delay and removal of confidential information
    CONSENT = "consent"  # nothing is published without every other party's written consent


class Publication(TermsModel):
    mode: PublicationMode = PublicationMode.CONSENT
    notice_days: Days = Field(default=45, description="Days' notice of a proposed publication.")
    delay_days: Days = Field(default=90, description="Longest delay to file a patent application.")


class ConvenienceRight(TermsModel):
    """The right of one party (usually the funder) to end the collaboration for convenience."""

    party: PartyRef
    notice_days: Days = 90


class ResearchTerms(TermsModel):
    """What a research and development collaboration decides beyond the money schedule."""

    programme: str = required_text("What the parties research, in one or two sentences.")
    work_packages: tuple[WorkPackage, ...] = Field(default=(), max_length=40)
    research_term_months: Months = Field(default=24, ge=1, le=240)
    standards: str = Field(default="good laboratory practice", max_length=300)
    budget: tuple[BudgetLine, ...] = Field(default=(), max_length=40)
    fte_rate: Money | None = Field(default=None, description="Yearly cost of one full-time researcher.")
    cost_reporting: Period = Period.QUARTERLY
    overrun_percent: Percent = Field(default=Decimal(10), description="Overrun a funder bears without approval.")
    committee_members_each: int = Field(default=2, ge=1, le=10)
    escalation_days: Days = 20
    final_say: tuple[FinalSay, ...] = Field(default=(), max_length=10)
    ownership: ResultsOwnership = ResultsOwnership.CREATOR
    owner: PartyRef | None = Field(default=None, description="The party that owns all Results (one_party).")
    fields: tuple[FieldOwner, ...] = Field(default=(), max_length=10)
    joint_exploitation: JointExploitation = JointExploitation.CONSENT_NEEDED
    access: AccessTerms = AccessTerms.FAIR_AND_REASONABLE
    access_request_months: Months = Field(default=12, le=120)
    option: ResearchOption | None = None
    diligence: Diligence = Diligence()
    publication: Publication = Publication()
    convenience: ConvenienceRight | None = None
    exclusivity_in_field: bool = Field(
        default=False, description="No competing programme in the field during the research term."
    )

    @model_validator(mode="after")
    def _coherent(self) -> ResearchTerms:
        if self.ownership is ResultsOwnership.ONE_PARTY and not self.owner:
            raise ValueError("results owned by one party need that party (research.owner)")
        if self.ownership is ResultsOwnership.BY_FIELD and not self.fields:
            raise ValueError("results allocated by field need at least one field and its owner (research.fields)")
        return self


__all__ = [
    "AccessTerms",
    "BudgetLine",
    "ConvenienceRight",
    "Diligence",
    "DiligenceEvent",
    "DiligenceRemedy",
    "FieldOwner",
    "FinalSay",
    "IfNotAgreed",
    "JointExploitation",
    "LicenceTermsBasis",
    "Publication",
    "PublicationMode",
    "ResearchOption",
    "ResearchTerms",
    "ResultsOwnership",
    "WorkPackage",
]
