"""Governance: the governing body, meetings, voting, reserved matters, casting vote
and the deadlock ladder."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from drafting.terms.base import Days, Money, PartyRef, TermsModel


class BodyType(StrEnum):
    NONE = "none"
    BOARD = "board"
    STEERING_COMMITTEE = "steering_committee"
    GENERAL_ASSEMBLY = "general_assembly"
    TECHNICAL_STEERING_COMMITTEE = "technical_steering_committee"


class ChairRule(StrEnum):
    ROTATING = "rotating"
    PARTY = "party"
    INDEPENDENT = "independent"


class MeetingFrequency(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    ANNUALLY = "annually"


class VotingBasis(StrEnum):
    PER_MEMBER = "per_member"
    PER_PARTY = "per_party"
    WEIGHTED_BY_OWNERSHIP = "weighted_by_ownership"


class Threshold(StrEnum):
    SIMPLE_MAJORITY = "simple_majority"
    SUPERMAJORITY = "supermajority"
    UNANIMITY = "unanimity"


class QuorumRule(StrEnum):
    ALL_PARTIES = "all_parties"
    MAJORITY_OF_PARTIES = "majority_of_parties"
    HALF_OF_MEMBERS = "half_of_members"
    TWO_THIRDS_OF_PARTIES = "two_thirds_of_parties"


class CastingVote(StrEnum):
    NONE = "none"
    CHAIR = "chair"
    PARTY = "party"
    INDEPENDENT = "independent"


class TerminalMechanism(StrEnum):
    NONE = "none"
    INDEPENDENT_EXPERT = "independent_expert"
    ARBITRATION = "arbitration"
    STATUS_QUO = "status_quo"
    RUSSIAN_ROULETTE = "russian_roulette"
    TEXAS_SHOOTOUT = "texas_shootout"
    PUT_CALL_FMV = "put_call_fmv"
    THIRD_PARTY_SALE = "third_party_sale"
    WINDING_UP = "winding_up"


class Seats(TermsModel):
    party: PartyRef
    seats: int = Field(ge=0, le=50)


class ReservedMatter(TermsModel):
    """A decision that needs more than a simple majority."""

    matter: str = Field(min_length=1, description="e.g. 'borrowing above the threshold'.")
    threshold: Threshold = Threshold.UNANIMITY
    amount: Money | None = Field(default=None, description="Money threshold where the matter has one.")


class Quorum(TermsModel):
    rule: QuorumRule = QuorumRule.ALL_PARTIES
    # Without an adjourned-meeting rule one party can block every decision by staying away.
    adjourned_meeting_reduced: bool = True
    adjournment_days: Days = 7


class Deadlock(TermsModel):
    """When a deadlock arises and the steps that resolve it."""

    consecutive_meetings: int = Field(default=2, ge=1, le=12)
    budget_not_agreed_by: str = ""
    position_statements: bool = True
    escalation_days: Days | None = 30
    mediation_days: Days | None = 45
    terminal: TerminalMechanism = TerminalMechanism.INDEPENDENT_EXPERT
    offer_acceptance_days: Days = 30
    completion_days: Days = 60


class Governance(TermsModel):
    body: BodyType = BodyType.STEERING_COMMITTEE
    seats: tuple[Seats, ...] = ()
    chair: ChairRule = ChairRule.ROTATING
    chair_party: PartyRef | None = None
    meeting_frequency: MeetingFrequency = MeetingFrequency.QUARTERLY
    quorum: Quorum = Quorum()
    voting_basis: VotingBasis = VotingBasis.PER_PARTY
    reserved_matters: tuple[ReservedMatter, ...] = ()
    casting_vote: CastingVote = CastingVote.NONE
    casting_vote_party: PartyRef | None = None
    written_resolutions: bool = True
    veto_window_days: Days | None = None
    deadlock: Deadlock | None = Deadlock()
