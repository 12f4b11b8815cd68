"""New drafts: a blank agreement with sensible defaults for each alliance model, and
the bundled examples. Pure Python (no Qt), so the defaults are easy to test."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from drafting.terms import AgreementTerms, AllianceModel, EntityType, Party, PartyRole, PartyShare
from drafting.terms.commercial import CapitalCallMode, CapitalCalls, SharingModel, SharingTerms
from drafting.terms.economics import LeaverTerms
from drafting.terms.extras import ConsortiumTerms, DataSharingTerms, JointVentureEntity, OpenSourceTerms
from drafting.terms.governance import BodyType, Governance, Quorum, QuorumRule, ReservedMatter, VotingBasis
from drafting.terms.lifecycle import ExitTerms, TransferRestrictions
from drafting.terms.members import MembersTerms
from drafting.terms.research import ResearchTerms
from drafting.validation import TermsError, load_terms_file

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples"

SHARING_DEFAULTS: dict[AllianceModel, SharingModel] = {
    AllianceModel.DISTRIBUTION: SharingModel.COMMISSION,
    AllianceModel.LICENSING: SharingModel.ROYALTY,
    AllianceModel.CO_MARKETING: SharingModel.COST_SHARE,
    AllianceModel.JOINT_VENTURE: SharingModel.PROFIT,
    AllianceModel.REVENUE_SHARING: SharingModel.REVENUE,
    AllianceModel.CONSORTIUM: SharingModel.COST_SHARE,
    AllianceModel.RESEARCH_COLLABORATION: SharingModel.ROYALTY,
}
BODY_DEFAULTS: dict[AllianceModel, BodyType] = {
    AllianceModel.DISTRIBUTION: BodyType.NONE,
    AllianceModel.LICENSING: BodyType.NONE,
    AllianceModel.JOINT_VENTURE: BodyType.BOARD,
    AllianceModel.CONSORTIUM: BodyType.GENERAL_ASSEMBLY,
    AllianceModel.OPEN_SOURCE: BodyType.TECHNICAL_STEERING_COMMITTEE,
    AllianceModel.SUPPLIER_ALLIANCE: BodyType.NONE,
    AllianceModel.RESEARCH_COLLABORATION: BodyType.NONE,  # its own Joint Research Committee
}
ROLE_DEFAULTS: dict[AllianceModel, tuple[PartyRole, PartyRole]] = {
    AllianceModel.DISTRIBUTION: (PartyRole.SUPPLIER, PartyRole.DISTRIBUTOR),
    AllianceModel.LICENSING: (PartyRole.LICENSOR, PartyRole.LICENSEE),
    AllianceModel.EQUITY_ALLIANCE: (PartyRole.INVESTOR, PartyRole.INVESTEE),
    AllianceModel.CONSORTIUM: (PartyRole.COORDINATOR, PartyRole.MEMBER),
    AllianceModel.DATA_SHARING: (PartyRole.DATA_PROVIDER, PartyRole.DATA_RECIPIENT),
    AllianceModel.OPEN_SOURCE: (PartyRole.MEMBER, PartyRole.MEMBER),
    AllianceModel.SUPPLIER_ALLIANCE: (PartyRole.SUPPLIER, PartyRole.BUYER),
}


def blank_terms(model: AllianceModel) -> AgreementTerms:
    """Two placeholder parties and the defaults a careful drafter would start from."""
    if model is AllianceModel.PROFESSIONALS_MEMBERS:
        return blank_members_terms()
    roles = ROLE_DEFAULTS.get(model, (PartyRole.PARTNER, PartyRole.PARTNER))
    parties = (Party(short_name="Party A", role=roles[0]), Party(short_name="Party B", role=roles[1]))
    owned = model in {AllianceModel.JOINT_VENTURE, AllianceModel.EQUITY_ALLIANCE}
    return AgreementTerms(
        model=model,
        parties=parties,
        sharing=SharingTerms(model=SHARING_DEFAULTS.get(model, SharingModel.NONE)),
        governance=Governance(
            body=BODY_DEFAULTS.get(model, BodyType.STEERING_COMMITTEE),
            voting_basis=VotingBasis.PER_PARTY,
        ),
        capital_calls=CapitalCalls(
            mode=CapitalCallMode.PRO_RATA if model is AllianceModel.JOINT_VENTURE else CapitalCallMode.NONE
        ),
        joint_venture=JointVentureEntity() if model is AllianceModel.JOINT_VENTURE else None,
        consortium=ConsortiumTerms(coordinator="Party A") if model is AllianceModel.CONSORTIUM else None,
        data_sharing=DataSharingTerms() if model is AllianceModel.DATA_SHARING else None,
        open_source=OpenSourceTerms() if model is AllianceModel.OPEN_SOURCE else None,
        # An investor has no exit events (precedent 2): its rights fall away and it sells under the
        # transfer article; the exit answers it keeps are the expert and the timetable.
        exit=(ExitTerms(triggers=()) if model is AllianceModel.EQUITY_ALLIANCE else ExitTerms())
        if owned or model is AllianceModel.CONSORTIUM
        else None,
        transfer=TransferRestrictions() if owned else None,
        research=ResearchTerms() if model is AllianceModel.RESEARCH_COLLABORATION else None,
    )


#: The Consensus Matters of precedent 1b: what professional co-owners decide together.
CONSENSUS_MATTERS = (
    "Admitting a new Member or issuing new Shares",
    "Borrowing or giving security",
    "Changing the division of fees",
    "Changing the Company's name or brand",
    "Selling the business or winding up the Company",
)


def blank_members_terms() -> AgreementTerms:
    """Two members (individuals, Parties A and B) and the company they own (Party C),
    which is a party: equal
    holdings, decisions one vote per member with the Consensus Matters of the precedent,
    the usual leaver terms. The split of fees is left for the user to state."""
    parties = (
        Party(short_name="Party A", entity_type=EntityType.INDIVIDUAL, role=PartyRole.MEMBER),
        Party(short_name="Party B", entity_type=EntityType.INDIVIDUAL, role=PartyRole.MEMBER),
        Party(short_name="Party C", role=PartyRole.COMPANY),
    )
    return AgreementTerms(
        model=AllianceModel.PROFESSIONALS_MEMBERS,
        parties=parties,
        governance=Governance(
            body=BodyType.NONE,
            voting_basis=VotingBasis.PER_MEMBER,
            quorum=Quorum(rule=QuorumRule.MAJORITY_OF_PARTIES),
            reserved_matters=tuple(ReservedMatter(matter=matter) for matter in CONSENSUS_MATTERS),
            deadlock=None,
        ),
        members=MembersTerms(
            company="Party C",
            holdings=tuple(PartyShare(party=name, percent=Decimal(50)) for name in ("Party A", "Party B")),
            equal_shares=True,
        ),
        leavers=LeaverTerms(),
    )


def example_files() -> list[Path]:
    return sorted(EXAMPLES_DIR.glob("*.json"))


def load_example(path: Path) -> AgreementTerms:
    """An example draft; ``TermsError`` (with plain sentences) if it does not load."""
    return load_terms_file(path)


def example_title(path: Path) -> str:
    try:
        terms = load_example(path)
    except TermsError:
        return path.stem.replace("_", " ").capitalize()
    from ui.labels import model_name

    names = " and ".join(party.short_name for party in terms.parties[:3])
    return f"{terms.title or model_name(terms.model)}: {names}"
