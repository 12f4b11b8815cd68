"""Facts derived from the terms that the wording depends on, computed once per
assembly and handed to every template as ``deal``: how the parties are called
("Party" or "Member"), how to say "each other party" for two or for many, the name of
the governing body, what a party's stake is called. Two parties read "either Party",
"neither Party" and "the other Party"; more read "any Party", "no Party" and "another
Party".
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from drafting.engine import wording
from drafting.engine.blueprints import INDEMNITY_HEADS, blueprint_for
from drafting.engine.company_forms import form_words
from drafting.law import profile
from drafting.law.spelling import respell
from drafting.law.suggest import profile_of_place
from drafting.terms import AgreementTerms, AllianceModel, EntityType
from drafting.terms.company import CompanyStatus
from drafting.terms.governance import BodyType

#: Models whose parties are members of a community rather than counterparties.
MEMBER_MODELS = frozenset({AllianceModel.CONSORTIUM, AllianceModel.OPEN_SOURCE})

_PUBLIC = frozenset({EntityType.UNIVERSITY, EntityType.PUBLIC_BODY})

BODY_NAMES: dict[BodyType, str] = {
    BodyType.NONE: "",
    BodyType.BOARD: "Board",
    BodyType.STEERING_COMMITTEE: "Steering Committee",
    BodyType.GENERAL_ASSEMBLY: "General Assembly",
    BodyType.TECHNICAL_STEERING_COMMITTEE: "Technical Steering Committee",
}


@dataclass(frozen=True, slots=True)
class DealFacts:
    """Wording that depends on the shape of the deal (read by templates as ``deal``)."""

    model: str
    title: str
    #: What the clauses call the undertaking ("the joint venture", "the consortium").
    venture: str
    two_parties: bool
    party_count: int
    party_count_words: str
    party: str
    parties: str
    each: str
    each_other: str
    to_the_dispute: str
    other: str
    another: str
    either: str
    neither: str
    all_parties: str
    names: tuple[str, ...]
    names_text: str
    #: The short names of the parties by kind, for capacity wording: natural persons,
    #: universities and public bodies (statutory powers), and every other body.
    individuals: tuple[str, ...]
    public_bodies: tuple[str, ...]
    bodies: tuple[str, ...]
    body: str
    member_of_body: str
    members_of_body: str
    has_company: bool
    company_board: str
    stake: str
    currency: str
    #: The company's equity in the singular ("Share", "Unit"), its holder, its capital
    #: and its form in words; whether it already exists (then it is never "formed").
    stake_one: str = "Share"
    holder: str = "Shareholder"
    capital: str = "issued share capital"
    company_form: str = ""
    company_exists: bool = False
    #: The Company's organs and constitution in the words of its form and law
    #: (``clause_templates/company/forms.toml``); ``stake_native`` is the equity's own
    #: name ("Geschäftsanteile"), printed once.
    company_management: str = "board of directors"
    company_meeting: str = "general meeting"
    constitution: str = "constitutional documents"
    #: Whether the constitution takes a plural verb ("articles ... are", "constitution is").
    constitution_plural: bool = True
    stake_native: str = ""
    #: The profile id of the law the Company is formed under ("" if none is known).
    company_law: str = ""
    #: Reserved matters about subcontracting ("Subcontracting above the threshold"): the
    #: general subcontracting clause defers to them.
    subcontract_matters: tuple[str, ...] = ()
    #: How this type allocates risk (the blueprint's ``[liability]`` table): the heads of
    #: the mutual indemnity, the clauses whose breach the exclusion of losses does not
    #: reach, and the heads of loss the type keeps recoverable.
    indemnity_heads: tuple[str, ...] = INDEMNITY_HEADS
    excluded_losses_except: tuple[str, ...] = ()
    recoverable_losses: tuple[str, ...] = ()
    #: What a licence grants, read from its subject and the licensor's scheduled assets:
    #: patents (then "Licensed Patents", "Valid Claim" and a patent royalty term are
    #: drafted) and know-how (then "Licensed Know-How" and its delivery).
    licensed_patents: bool = False
    licensed_know_how: bool = False


def _licensed(terms: AgreementTerms) -> tuple[bool, bool]:
    """Whether a licence grants patents, know-how, from the words the user gave for it."""
    grant = terms.ip.licence_grant
    if grant is None:
        return False, False
    assets = (asset.asset for asset in terms.ip.background_schedule if asset.party == grant.licensor)
    words = " ".join((grant.subject, *assets)).casefold()
    return "patent" in words, any(word in words for word in ("know-how", "know how", "knowhow"))


def derive_facts(terms: AgreementTerms, spelling: str = "en-GB") -> DealFacts:
    blueprint = blueprint_for(terms.model)
    member = terms.model in MEMBER_MODELS
    party = "Member" if member else "Party"
    parties = "Members" if member else "Parties"
    count = len(terms.parties)
    two = count == 2
    names = tuple(p.short_name for p in terms.parties)
    body = BODY_NAMES[terms.governance.body]
    board = terms.governance.body is BodyType.BOARD
    has_company = terms.model is AllianceModel.JOINT_VENTURE and terms.joint_venture is not None
    equity = terms.model is AllianceModel.EQUITY_ALLIANCE and terms.equity is not None
    venture = terms.joint_venture if has_company else None
    # The company's own law decides its words: its jurisdiction when that names a
    # profile, else the governing law.
    company_law = (profile_of_place(venture.jurisdiction) or terms.governing_law.profile) if venture else ""
    words = form_words(venture.form if venture else None, company_law)
    if venture is not None and venture.form is None and company_law:
        # No form given: the company law's usual company (the profile's vocabulary).
        usual = profile(company_law)
        words = dataclasses.replace(
            words,
            board=usual.word("board") or words.board,
            constitution=usual.word("constitution") or words.constitution,
        )
    exists = venture is not None and venture.status is CompanyStatus.EXISTING
    # Professionals who co-own a company: it exists, it is itself a party, and its form
    # gives the words for its equity and the title ("Members' Agreement" for an LLP).
    if terms.model is AllianceModel.PROFESSIONALS_MEMBERS and terms.members is not None:
        has_company = exists = True
        words = form_words(terms.members.form)
    return DealFacts(
        subcontract_matters=tuple(
            item.matter for item in terms.governance.reserved_matters if "subcontract" in item.matter.casefold()
        ),
        model=terms.model.value,
        # The proper title of this type comes from its blueprint (a company that already
        # exists takes its form's title); the user's own title is kept as typed, ours
        # follows the legal system's spelling.
        title=terms.title.strip() or respell(words.title if exists else blueprint.title_for(terms), spelling),
        venture="the Company" if has_company else respell(blueprint.collaboration, spelling),
        two_parties=two,
        party_count=count,
        party_count_words=wording.number_words(count),
        party=party,
        parties=parties,
        each=f"each {party}",
        each_other=f"the other {party}" if two else f"each other {party}",
        # "either Party may ..." between two; "any Party to the Dispute" among more.
        to_the_dispute="" if two else " to the Dispute",
        other=f"the other {party}" if two else f"the other {parties}",
        another=f"the other {party}" if two else f"another {party}",
        either=f"either {party}" if two else f"any {party}",
        neither=f"neither {party}" if two else f"no {party}",
        all_parties=f"both {parties}" if two else f"all the {parties}",
        names=names,
        names_text=wording.join_names(names),
        individuals=tuple(p.short_name for p in terms.parties if p.entity_type is EntityType.INDIVIDUAL),
        public_bodies=tuple(p.short_name for p in terms.parties if p.entity_type in _PUBLIC),
        bodies=tuple(p.short_name for p in terms.parties if p.entity_type not in _PUBLIC | {EntityType.INDIVIDUAL}),
        body=body,
        member_of_body=(words.member if has_company else "director") if board else "representative",
        members_of_body=_plural(words.member if has_company else "director") if board else "representatives",
        has_company=has_company,
        # The Company always has a board; it is a defined term only when it governs.
        company_board="the Board" if board else f"the {words.board} of the Company",
        stake=words.equity if has_company else ("Shares" if equity else "Interest"),
        currency=terms.sharing.currency,
        stake_one=words.unit if has_company else "Share",
        holder=words.holder,
        capital=words.capital,
        company_form=words.name,
        company_exists=exists,
        company_management=words.board,
        company_meeting=words.meeting,
        constitution=words.constitution if has_company else "constitutional documents",
        constitution_plural=_plural_noun(words.constitution) if has_company else True,
        stake_native=words.native if has_company else "",
        company_law=company_law,
        indemnity_heads=blueprint.liability.indemnity,
        excluded_losses_except=blueprint.liability.excluded_losses_except,
        recoverable_losses=blueprint.liability.recoverable_losses,
        licensed_patents=_licensed(terms)[0],
        licensed_know_how=_licensed(terms)[1],
    )


def _plural_noun(phrase: str) -> bool:
    """ "articles of association (statuts)", "certificate of incorporation and bylaws":
    plural; "constitution", "limited liability company agreement": singular."""
    return phrase.split(" ", 1)[0].endswith("s") or " and " in phrase.split(" (", 1)[0]


def _plural(member: str) -> str:
    """ "director" -> "directors"; "member of the management board" -> "members of ..."."""
    head, _, tail = member.partition(" of ")
    head, bracket, native = head.partition(" (")
    plural = f"{head}s{bracket}{native}"
    return f"{plural} of {tail}" if tail else plural
