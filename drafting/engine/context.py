"""Facts derived from the terms that the wording depends on, computed once per
assembly and handed to every template as ``deal``: how the parties are called
("Party" or "Member"), how to say "each other party" for two or for many, the name of
the governing body, what a party's stake is called. Two parties read "either Party",
"neither Party" and "the other Party"; more read "any Party", "no Party" and "another
Party".
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from drafting.engine import wording
from drafting.engine.blueprints import AS_IS_KINDS, INDEMNITY_HEADS, blueprint_for
from drafting.engine.board_bands import seat_bands
from drafting.engine.catalogue import TEMPLATES_DIR
from drafting.engine.company_forms import DEFAULT_WORDS, FormWords, form_of_name, form_words
from drafting.engine.expert_appointer import non_appointing_body
from drafting.engine.foreign_rights import foreign_registrations
from drafting.engine.investee import InvesteeWords, investee_words
from drafting.engine.investment import InvestmentFacts, investment_facts
from drafting.engine.legal_system import company_law_id
from drafting.engine.licence_term import long_stop, runs_to_royalty_end
from drafting.engine.travel import TravelPackage, travel_package
from drafting.law import NEUTRAL, profile
from drafting.law.clearances import clearance_regimes, is_clearance_condition
from drafting.law.facts import regions_of
from drafting.law.spelling import respell
from drafting.law.suggest import profile_currency, profile_of_place
from drafting.terms import AgreementTerms, AllianceModel, EntityType, Money
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
    #: The word for the work a consortium carries out: the defined "Project" (the action
    #: the Grant Agreement describes, or the project of the Purpose) in a consortium, the
    #: ordinary word elsewhere, so shared clauses read "the Project" only where it is defined.
    project: str
    two_parties: bool
    #: Whether the agreement can expire: one of indefinite duration only ends by
    #: termination, so its clauses say "termination", never "termination or expiry"
    #: (templates add a licence's royalty terms, which end it: has('financial.royalty_term')).
    expires: bool
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
    #: The type's vocabulary for loose words in spliced answers (blueprint ``[[vocabulary]]``).
    vocabulary: tuple[tuple[str, str, str], ...] = ()
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
    #: The taxes the Company's own country charges on its formation, issues of its equity
    #: and transfers to it, and its tax on supplies (forms.toml; generic words by default).
    company_transfer_taxes: str = "transfer tax, stamp duty, capital duty or registration duty"
    company_supply_tax: str = "value added tax, goods and services tax or similar tax"
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
    #: Breaches neither the cap nor the exclusion of losses reaches (confidentiality,
    #: use of another party's IP beyond the rights granted, personal data).
    uncapped: tuple[str, ...] = ()
    #: What the disclaimer gives "as is" (``[liability] as_is``), and whether the type's work
    #: creates inventions (``[ip] inventions``).
    as_is: tuple[str, ...] = AS_IS_KINDS
    creates_inventions: bool = True
    #: In an equity alliance, the investee's words (its organs, the steps of the issue and
    #: what its equity is called: "Shares" and "Investor Shares", or a Delaware LLC's
    #: "Membership Interests" and "Investor Membership Interests"), read once here from
    #: its legal form and law; ``None`` in every other deal.
    investee: InvesteeWords | None = None
    #: In an equity alliance, the investment's derived figures (founders, warranty limits,
    #: long-stop date, capitalisation table); ``None`` in every other deal.
    investment: InvestmentFacts | None = None
    #: The short name of the entity that hosts an open-source project ("" if none): a
    #: party, never a member. Where there is one, the clauses call everyone who signs a
    #: "Party" and only the participating organisations "Members".
    host: str = ""
    #: In a co-marketing deal whose Campaign sells accommodation with another travel
    #: service, who provides which (``drafting.engine.travel``); ``None`` otherwise.
    travel: TravelPackage | None = None
    #: Who appoints to and votes in the governing body: the Members where a host stands
    #: apart from them, otherwise every party.
    voter: str = "Party"
    voters: str = "Parties"
    #: The pronouns a clause uses for "a Party" in general (``deal.its``, ...): a company's
    #: "it" and "its"; a natural person's "he or she" and "his or her" where every party is
    #: one. Where the parties are of both kinds the clauses keep "it" and the
    #: interpretation clause says that it includes "he or she" (``mixed_persons``), rather
    #: than print "his, her or its" in every clause.
    it: str = "it"
    its: str = "its"
    it_obj: str = "it"
    itself: str = "itself"
    mixed_persons: bool = False
    #: The merger-control and foreign-investment regimes a joint venture's clearance
    #: condition names for the places its parties and company are in
    #: (``law/_clearances.toml``).
    clearance_regimes: tuple[str, ...] = ()
    #: The closing conditions the user typed that the clearance condition does not
    #: already cover (a typed "merger clearance by the European Commission" is covered).
    other_conditions: tuple[str, ...] = ()
    #: Each party's possessive by its short name ("its"; "his or her" for a natural
    #: person), for a clause about one named party.
    possessives: Mapping[str, str] = dataclasses.field(default_factory=dict)
    #: Whether the deal contemplates third-party finance (project or acquisition
    #: finance, bank debt): lenders will want security over the holders' shares.
    finance_contemplated: bool = False
    #: The nominal value of one Share, where the capital and the number of Shares are
    #: answered and divide exactly.
    share_nominal: Money | None = None
    #: A Company to be formed that exists only on registration (company/forms.toml): the
    #: register, and the form of its founding deed; "" otherwise (then Completion forms it).
    company_register: str = ""
    formation_deed: str = ""
    #: The Company's own law on the stage before registration, on transfers of its equity
    #: and on its managing organ (company/forms.toml), for a joint venture company; "" for
    #: a form that has none (the clauses then keep their neutral words).
    pre_registration_name: str = "company in organisation"
    pre_registration: str = ""
    transfer_form: str = ""
    transfer_effect: str = ""
    transfer_restriction: str = ""
    appointment_right: str = ""
    board_duties: str = ""
    #: The contributions in kind (party, description) the Company issues its equity
    #: against: where each holder's share of the value brought in cash and in assets
    #: transferred outright matches its holding, its holding is paid for by both.
    kind_for_shares: frozenset[tuple[str, str]] = frozenset()
    #: The figures a contributing party warrants for a contribution in kind, read from its
    #: own answers: (party, description, figure, unit rate or "") where the description
    #: states a quantity ("... for 300 MW") and, where the valuation prices it per unit
    #: ("PLN 60,000 per MW"), the rate that prices a shortfall: (party, description,
    #: quantity, rate, unit).
    kind_figures: tuple[tuple[str, str, str, str, str], ...] = ()
    #: The words of the Company's law for the matters its holders decide by resolution
    #: (``company/forms.toml``), its chief executive and finance officers and who appoints
    #: them; who nominates each (the largest holder the chief executive, the next the
    #: finance officer; at equal holdings the party that does not appoint the chair).
    shareholder_matters: tuple[str, ...] = ()
    ceo: str = "chief executive officer"
    cfo: str = "chief financial officer"
    officers_appointed_by: str = "the Board"
    ceo_party: str = ""
    cfo_party: str = ""
    #: The institution the answers name to appoint the Expert although it appoints no
    #: experts (drafting/engine/expert_appointer.py), or "".
    expert_body_set_aside: str = ""
    #: Board seats by holding bands, (members, least holding in per cent), the most
    #: members first (drafting/engine/board_bands.py); empty without a company board.
    seat_bands: tuple[tuple[int, int], ...] = ()
    #: Whether the holdings in the Company are unequal (then a put option may be served
    #: only by the smaller holder: the larger can never force the smaller to buy it out).
    holdings_unequal: bool = False

    #: What a licence grants, read from its subject and the licensor's scheduled assets:
    #: patents (then "Licensed Patents", "Valid Claim" and a patent royalty term are
    #: drafted) and know-how (then "Licensed Know-How" and its delivery).
    licensed_patents: bool = False
    licensed_know_how: bool = False
    #: Whether the licence's subject names trade marks or a brand: the trade mark terms
    #: (quality control, samples, goodwill) are then drafted for them.
    licensed_marks: bool = False
    #: Whether the deal is a licence with its grant stated: a shared clause's variant reads
    #: this fact, not the licence answers, so that no other type's wizard asks for them.
    licence_granted: bool = False
    #: Whether some party contributes cash: a shared clause reads this fact, not the
    #: contributions, so that a type without contributions never asks for them.
    cash_contributions: bool = False
    #: Whether the agreement puts anyone under an obligation to pay money: the shared
    #: clauses speak of sums due, payments falling due and force majeure not excusing
    #: payment only then (a data-sharing deal or an open-source charter without fees has none).
    pays: bool = True
    licensor: str = ""
    licensee: str = ""
    licence_sublicensable: bool = False
    #: Whether the agreement runs until its last Royalty Term ends (``licence_term``): the
    #: term clause, the sell-off and the review's set-aside entry all read this one fact.
    runs_to_royalty_end: bool = False
    #: What ends it if no Licensed Product is ever sold (``licence_term.long_stop``): the
    #: last Licensed Patent ("patents_in_territory", "patents") or a number of years.
    royalty_long_stop: str = ""
    royalty_long_stop_years: int = 0
    #: Whether a licensing or R&D agreement schedules a registered right of an office other
    #: than the forum's own (``foreign_rights``), and whether one is European: the disputes
    #: clause then keeps their validity and registration for the competent courts.
    foreign_registered_rights: bool = False
    eu_registered_rights: bool = False
    #: The holder of an R&D collaboration's licence option, and the milestones it pays for
    #: that fall due on an event of the Licence phase (``research/licence_milestones.toml``):
    #: those are achieved only by or for the holder, and the holder notifies them.
    option_licensee: str = ""
    #: Whether that holder may sublicense the Licence (its sublicensees' direct licence,
    #: which a profile's third-party-rights text carves out).
    option_sublicensable: bool = False
    licence_milestones: tuple[str, ...] = ()
    #: Whether a licence's products need a marketing authorisation before they are sold,
    #: read from the field, subject, purpose and background against the words in
    #: ``licence/regulated.toml``: the regulatory clause is then drafted.
    regulated_product: bool = False
    #: Whether those products are medicines (pharmacovigilance) or medical devices
    #: (vigilance, field safety corrective actions): ``licence/regulated.toml``.
    regulated_medicine: bool = False
    regulated_device: bool = False
    #: Whether the licensed product is the licensor's own product (the subject or the
    #: licensor's scheduled assets name a compound, a product or its dossier: words in
    #: ``licence/regulated.toml``), not a technology the licensee uses in its own products.
    #: Only then do the licensee's marketing authorisations pass to the licensor at the end.
    licensor_product: bool = False
    #: Whether the licence's territory lies in the European Union: the holder of a
    #: marketing authorisation there must be established in the European Economic Area.
    licence_territory_eu: bool = False
    #: The defined royalty base: a licence's royalty runs on sales of Licensed Products
    #: ("Net Sales", counted at the first arm's-length sale); any other sharing on revenue.
    #: Whether the deal touches the governing law's country: a party established there, or a
    #: shared price in its currency. Without it, a revenue share drafts the profile's
    #: cross-border tax and late-payment text (no local indirect taxes, no local index).
    local_nexus: bool = True
    #: Whether the arbitration is seated in the governing law's country (its courts then
    #: support the arbitration: the profile's ``arbitration_court_support``).
    seat_in_law_country: bool = False
    net_basis: str = "Net Revenue"
    gross_basis: str = "Gross Revenue"


#: The pronouns of a party, by whether it is a natural person (as the members' clauses
#: have always said): subject, possessive, object, reflexive.
PRONOUNS: dict[bool, tuple[str, str, str, str]] = {
    False: ("it", "its", "it", "itself"),
    True: ("he or she", "his or her", "him or her", "himself or herself"),
}


def _licensed(terms: AgreementTerms) -> tuple[bool, bool]:
    """Whether a licence grants patents, know-how, from the words the user gave for it."""
    grant = terms.ip.licence_grant
    if grant is None:
        return False, False
    assets = (asset.asset for asset in terms.ip.background_schedule if asset.party == grant.licensor)
    words = " ".join((grant.subject, *assets)).casefold()
    return "patent" in words, any(word in words for word in ("know-how", "know how", "knowhow"))


def _company_taxes(words: FormWords, company_law: str) -> FormWords:
    """The names of the Company's own country's taxes: its form's (forms.toml), else its
    company law profile's (``transfer_taxes``, ``tax_name``), else the generic words; never
    the governing law's, since a company's transfer taxes follow where it is."""
    if not company_law:
        return words
    usual = profile(company_law)
    transfer_taxes, supply_tax = words.transfer_taxes, words.supply_tax
    if transfer_taxes == DEFAULT_WORDS.transfer_taxes:
        transfer_taxes = usual.word("transfer_taxes") or transfer_taxes
    if supply_tax == DEFAULT_WORDS.supply_tax:
        supply_tax = usual.word("tax_name") or supply_tax
    return dataclasses.replace(words, transfer_taxes=transfer_taxes, supply_tax=supply_tax)


#: Words in a licence's subject that name trade marks.
_MARKS = re.compile(r"\b(?:trade ?marks?|brands?|logos?)\b", re.IGNORECASE)


def _marks(terms: AgreementTerms) -> bool:
    """Whether the licence's subject names trade marks (a brand licence in all but name)."""
    grant = terms.ip.licence_grant
    return grant is not None and _MARKS.search(grant.subject) is not None


@cache
def _regulated_words(key: str = "words") -> re.Pattern[str]:
    data = tomllib.loads((TEMPLATES_DIR / "licence" / "regulated.toml").read_text(encoding="utf-8"))
    words = sorted((_unhyphenated(str(word)) for word in data.get(key, [])), key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in words) + ")", re.IGNORECASE)


def _unhyphenated(text: str) -> str:
    # "novel-food application" and "infant-formula prototypes" name the same regulated
    # products as "novel food" and "infant formula".
    return text.replace("-", " ")


def _regulated(terms: AgreementTerms, key: str = "words") -> bool:
    """Whether a licence's products are regulated (need a marketing authorisation), from
    the words the user gave for its field, subject and purpose and the deal's background;
    for an R&D collaboration's licence option, from the option's product and field, the
    programme, the diligence events and the milestones."""
    grant = terms.ip.licence_grant
    research = terms.research
    if terms.model is AllianceModel.LICENSING and grant is not None:
        words = " ".join((grant.field, grant.subject, terms.scope.field_of_use, terms.scope.purpose, terms.background))
    elif terms.model is AllianceModel.RESEARCH_COLLABORATION and research is not None and research.option is not None:
        option = research.option
        events = [event.event for event in research.diligence.events]
        milestones = [payment.milestone for payment in terms.payments]
        answers = (option.product, option.field, research.programme, terms.scope.purpose, terms.background)
        words = " ".join((*answers, *events, *milestones))
    else:
        return False
    return _regulated_words(key).search(_unhyphenated(words)) is not None


def _option_licensee(terms: AgreementTerms) -> str:
    """The holder of an R&D collaboration's licence option ("" where there is none)."""
    research = terms.research
    if terms.model is not AllianceModel.RESEARCH_COLLABORATION or research is None or research.option is None:
        return ""
    return str(research.option.licensee)


@cache
def _licence_milestone_words() -> re.Pattern[str]:
    data = tomllib.loads((TEMPLATES_DIR / "research" / "licence_milestones.toml").read_text(encoding="utf-8"))
    words = sorted((str(word) for word in data.get("words", [])), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in words) + ")", re.IGNORECASE)


def _licence_milestones(terms: AgreementTerms) -> tuple[str, ...]:
    """The milestones the option holder pays for that fall due on an event of the Licence
    phase (an approval, launch or sale of a Licensed Product), as the answers state them."""
    holder = _option_licensee(terms)
    if not holder:
        return ()
    words = _licence_milestone_words()
    return tuple(
        payment.milestone
        for payment in terms.payments
        if payment.milestone.strip() and payment.payer == holder and words.search(payment.milestone)
    )


@cache
def _product_words() -> re.Pattern[str]:
    data = tomllib.loads((TEMPLATES_DIR / "licence" / "regulated.toml").read_text(encoding="utf-8"))
    words = sorted((str(word) for word in data.get("licensor_product_words", [])), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in words) + ")", re.IGNORECASE)


def _licensor_product(terms: AgreementTerms) -> bool:
    """Whether a licence is of the licensor's own product (its compound, product or
    dossier), read from the subject and the licensor's scheduled assets."""
    grant = terms.ip.licence_grant
    if grant is None:
        return False
    assets = (asset.asset for asset in terms.ip.background_schedule if asset.party == grant.licensor)
    return _product_words().search(" ".join((grant.subject, *assets))) is not None


def _local_nexus(terms: AgreementTerms) -> bool:
    """Whether a party is established in the governing law's country or the shared money is
    in its currency (no profile, or the neutral one: always)."""
    law = terms.governing_law.profile
    if law in ("", NEUTRAL):
        return True
    if any(profile_of_place(party.jurisdiction) == law for party in terms.parties):
        return True
    currency = profile_currency(law)
    return bool(currency) and terms.sharing.currency.strip().upper() == currency


def _seat_in_law_country(terms: AgreementTerms) -> bool:
    """Whether the arbitration's seat lies in the country of the governing law."""
    arbitration = terms.disputes.arbitration
    law = terms.governing_law.profile
    return arbitration is not None and law not in ("", NEUTRAL) and profile_of_place(arbitration.seat) == law


def _territory_eu(terms: AgreementTerms) -> bool:
    """Whether a licence's territory names a member state of the European Union."""
    grant = terms.ip.licence_grant
    return grant is not None and "eu" in regions_of(grant.territory)


#: Types whose precedent has no money passing between the parties unless the answers
#: add some (precedents 8 and 9: a data pool, an open-source charter); every other type
#: carries payment obligations by its nature (fees, prices, royalties, contributions).
_MONEYLESS_TYPES = frozenset({AllianceModel.DATA_SHARING, AllianceModel.OPEN_SOURCE})


def _pays(terms: AgreementTerms) -> bool:
    """Whether any party owes money under the agreement."""
    if terms.model not in _MONEYLESS_TYPES:
        return True
    fees = terms.open_source is not None and any(tier.annual_fee is not None for tier in terms.open_source.tiers)
    return bool(
        terms.payments
        or terms.sharing.model != "none"
        or any(item.kind.value == "cash" for item in terms.contributions)
        or terms.capital_calls.mode != "none"
        or fees
    )


def derive_facts(terms: AgreementTerms, spelling: str = "en-GB") -> DealFacts:
    blueprint = blueprint_for(terms.model)
    host = terms.open_source.host if terms.model is AllianceModel.OPEN_SOURCE and terms.open_source else None
    # A hosted project's host is a party but never a member (a Dutch stichting has no
    # members at all): the parties are then "Parties", and the members are defined apart.
    member = terms.model in MEMBER_MODELS and host is None
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
    licensed_patents, licensed_know_how = _licensed(terms)
    licensed = terms.model is AllianceModel.LICENSING and terms.ip.licence_grant is not None
    investee = investee_words(terms, spelling) if equity else None
    # The company's own law decides its words: its jurisdiction's profile, the neutral
    # profile for a place no profile covers (never the governing law's company law), the
    # governing law only when the place is not said. A form not given is read from the
    # ending of the company's name ("... sp. z o.o.").
    company_law = company_law_id(terms) if venture else ""
    form = (venture.form or form_of_name(venture.name)) if venture else None
    words = form_words(form, company_law)
    company_taxes = _company_taxes(words, company_law)
    if venture is not None and form is None and company_law:
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
    individuals = tuple(p.short_name for p in terms.parties if p.entity_type is EntityType.INDIVIDUAL)
    people = bool(individuals) and len(individuals) == count
    it, its, it_obj, itself = PRONOUNS[people]
    return DealFacts(
        it=it,
        its=its,
        it_obj=it_obj,
        itself=itself,
        mixed_persons=bool(individuals) and not people,
        clearance_regimes=(
            clearance_regimes(
                [*(p.jurisdiction for p in terms.parties), venture.jurisdiction],
                cite=terms.governing_law.profile not in ("", NEUTRAL),
            )
            if venture is not None and venture.merger_control_filing
            else ()
        ),
        other_conditions=tuple(
            condition
            for condition in (venture.closing_conditions if venture is not None else ())
            if not (venture is not None and venture.merger_control_filing and is_clearance_condition(condition))
        ),
        possessives={p.short_name: PRONOUNS[p.entity_type is EntityType.INDIVIDUAL][1] for p in terms.parties},
        vocabulary=blueprint.vocabulary,
        subcontract_matters=tuple(
            item.matter for item in terms.governance.reserved_matters if "subcontract" in item.matter.casefold()
        ),
        model=terms.model.value,
        # The proper title of this type comes from its blueprint (a company that already
        # exists takes its form's title); the user's own title is kept as typed, ours
        # follows the legal system's spelling.
        title=terms.title.strip() or respell(words.title if exists else blueprint.title_for(terms), spelling),
        venture="the Company" if has_company else respell(blueprint.collaboration, spelling),
        project="Project" if terms.model is AllianceModel.CONSORTIUM and terms.consortium is not None else "project",
        two_parties=two,
        expires=terms.term.kind != "indefinite",
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
        individuals=individuals,
        public_bodies=tuple(p.short_name for p in terms.parties if p.entity_type in _PUBLIC),
        bodies=tuple(p.short_name for p in terms.parties if p.entity_type not in _PUBLIC | {EntityType.INDIVIDUAL}),
        body=body,
        member_of_body=(words.member if has_company else "director") if board else "representative",
        members_of_body=_plural(words.member if has_company else "director") if board else "representatives",
        has_company=has_company,
        # The Company always has a board; it is a defined term only when it governs.
        company_board="the Board" if board else f"the {words.board} of the Company",
        stake=words.equity if has_company else (investee.stake if investee else "Interest"),
        currency=terms.sharing.currency,
        stake_one=words.unit if has_company else (investee.stake_one if investee else "Share"),
        holder=words.holder,
        capital=words.capital,
        company_form=words.name,
        company_exists=exists,
        company_management=words.board,
        company_meeting=words.meeting,
        company_transfer_taxes=company_taxes.transfer_taxes,
        company_supply_tax=company_taxes.supply_tax,
        constitution=words.constitution if has_company else "constitutional documents",
        constitution_plural=_plural_noun(words.constitution) if has_company else True,
        stake_native=words.native if has_company else "",
        company_law=company_law,
        indemnity_heads=blueprint.liability.indemnity,
        excluded_losses_except=blueprint.liability.excluded_losses_except,
        recoverable_losses=blueprint.liability.recoverable_losses,
        uncapped=blueprint.liability.uncapped,
        as_is=blueprint.liability.as_is,
        creates_inventions=blueprint.inventions,
        investee=investee,
        investment=investment_facts(terms) if equity else None,
        travel=travel_package(terms),
        host=host or "",
        voter="Member" if host else party,
        voters="Members" if host else parties,
        finance_contemplated=has_company and finance_contemplated(terms),
        share_nominal=nominal_value(terms) if has_company else None,
        company_register=words.register if venture is not None and not exists else "",
        formation_deed=words.formation_deed if venture is not None and not exists else "",
        # The company's own law speaks in the agreement's spelling ("company in organization"
        # in a New York agreement about a Polish company).
        pre_registration_name=respell(words.pre_registration_name, spelling),
        pre_registration=respell(words.pre_registration, spelling) if venture is not None and not exists else "",
        transfer_form=respell(words.transfer_form, spelling) if venture is not None else "",
        transfer_effect=respell(words.transfer_effect, spelling) if venture is not None else "",
        transfer_restriction=respell(words.transfer_restriction, spelling) if venture is not None else "",
        appointment_right=respell(words.appointment_right, spelling) if venture is not None else "",
        board_duties=respell(words.board_duties, spelling) if venture is not None and board else "",
        kind_for_shares=kind_for_shares(terms) if has_company else frozenset(),
        kind_figures=kind_figures(terms) if has_company else (),
        shareholder_matters=words.shareholder_matters if has_company else (),
        ceo=words.ceo,
        cfo=words.cfo,
        # "the Board" is a defined term only where the Company's board governs.
        officers_appointed_by=(
            words.officers_appointed_by
            if words.officers_appointed_by != "the Board" or board
            else f"the {words.board} of the Company"
        ),
        ceo_party=officer_parties(terms)[0] if venture is not None else "",
        cfo_party=officer_parties(terms)[1] if venture is not None else "",
        seat_bands=seat_bands(terms) if venture is not None else (),
        expert_body_set_aside=(
            non_appointing_body(terms.exit.expert) if venture is not None and terms.exit is not None else ""
        ),
        holdings_unequal=venture is not None and len({share.percent for share in venture.holdings}) > 1,
        licence_granted=terms.model is AllianceModel.LICENSING and terms.ip.licence_grant is not None,
        cash_contributions=any(item.kind.value == "cash" for item in terms.contributions),
        pays=_pays(terms),
        licensor=terms.ip.licence_grant.licensor if terms.ip.licence_grant is not None else "",
        licensee=terms.ip.licence_grant.licensee if terms.ip.licence_grant is not None else "",
        licence_sublicensable=terms.ip.licence_grant is not None and terms.ip.licence_grant.sublicensable,
        runs_to_royalty_end=runs_to_royalty_end(terms, licensed_patents),
        royalty_long_stop=long_stop(terms, licensed_patents)[0],
        royalty_long_stop_years=long_stop(terms, licensed_patents)[1],
        foreign_registered_rights=foreign_registrations(terms)[0],
        eu_registered_rights=foreign_registrations(terms)[1],
        option_licensee=_option_licensee(terms),
        option_sublicensable=_option_licensee(terms) != ""
        and terms.research is not None
        and terms.research.option is not None
        and terms.research.option.sublicensable,
        licence_milestones=_licence_milestones(terms),
        licensed_patents=licensed_patents,
        licensed_know_how=licensed_know_how,
        regulated_product=_regulated(terms),
        regulated_medicine=_regulated(terms, "medicine_words"),
        regulated_device=_regulated(terms, "device_words"),
        licensor_product=_licensor_product(terms),
        licence_territory_eu=_territory_eu(terms),
        licensed_marks=licensed and _marks(terms),
        local_nexus=_local_nexus(terms),
        seat_in_law_country=_seat_in_law_country(terms),
        net_basis="Net Sales" if licensed else "Net Revenue",
        gross_basis="Gross Sales" if licensed else "Gross Revenue",
    )


#: Words in what the parties undertake that show the deal is to be financed by lenders.
_FINANCE = re.compile(
    r"\b(?:project financ\w*|acquisition financ\w*|financial close|financ\w* facilit\w*|lenders?"
    r"|bank debt|debt financ\w*|loan facilit\w*)\b",
    re.IGNORECASE,
)


def nominal_value(terms: AgreementTerms) -> Money | None:
    """The nominal value of one share of a joint venture company, where its share capital and
    number of shares are answered and divide exactly; otherwise None."""
    venture = terms.joint_venture if terms.model is AllianceModel.JOINT_VENTURE else None
    if venture is None or venture.share_capital is None or not venture.number_of_shares:
        return None
    nominal = venture.share_capital.amount / venture.number_of_shares
    if nominal <= 0 or nominal != nominal.quantize(Decimal("0.01")):
        return None
    return Money(amount=nominal, currency=venture.share_capital.currency)


def finance_contemplated(terms: AgreementTerms) -> bool:
    """Whether the deal will be financed by lenders: the funding mode says so, or an
    obligation, milestone, purpose or condition speaks of project finance, lenders or
    financial close."""
    if terms.capital_calls.mode.value == "third_party_debt":
        return True
    scope = terms.scope
    texts = [scope.purpose, *(item.description for item in scope.obligations)]
    texts += [item.description for item in scope.milestones]
    if terms.joint_venture is not None:
        texts += list(terms.joint_venture.closing_conditions)
    return any(_FINANCE.search(text) for text in texts)


#: Contributions in kind that can pay for shares: assets transferred outright (a licence,
#: a loan of an asset, services or staff are not capital a company can issue shares for).
_CAPITAL_KINDS = frozenset({"assets", "ip", "brand", "data", "distribution_network", "facilities"})
#: How far (percentage points) a holder's share of the value contributed may be from its
#: holding and still be what pays for it (rounding of the agreed values).
_MATCH_POINTS = Decimal("0.5")


#: A price per unit in a valuation ("at PLN 60,000 per MW of secured capacity").
_UNIT_RATE = re.compile(r"\b(?P<currency>[A-Z]{3})\s?(?P<amount>\d[\d,]*(?:\.\d+)?)\s+per\s+(?P<unit>[A-Za-z]+)")


def kind_figures(terms: AgreementTerms) -> tuple[tuple[str, str, str, str, str], ...]:
    """The quantities the answers state for each contribution in kind ("Grid-connection
    agreements ... for 300 MW") with the unit rate its valuation gives ("PLN 60,000 per
    MW"): the contributing party warrants the quantity, and a shortfall is priced at the
    rate. A contribution whose answers state no quantity in the rate's unit has none."""
    found: list[tuple[str, str, str, str, str]] = []
    for item in terms.contributions:
        if item.kind.value == "cash":
            continue
        rate = _UNIT_RATE.search(item.valuation_method)
        if rate is None:
            continue
        unit = rate["unit"]
        quantity = re.search(rf"(\d[\d,]*(?:\.\d+)?)\s*{re.escape(unit)}\b", item.description)
        if quantity is None:
            continue
        found.append(
            (item.party, item.description, f"{quantity[1]} {unit}", f"{rate['currency']} {rate['amount']}", unit)
        )
    return tuple(found)


def officer_parties(terms: AgreementTerms) -> tuple[str, str]:
    """Who nominates the chief executive and who the finance officer: the largest holder
    and the next; at equal holdings, the chief executive goes to a party that does not
    appoint the chair, so that neither holds both offices."""
    venture = terms.joint_venture
    if venture is None or len(venture.holdings) < 2:
        return ("", "")
    ranked = sorted(venture.holdings, key=lambda share: -share.percent)
    if ranked[0].percent == ranked[1].percent and terms.governance.chair_party == ranked[0].party:
        ranked[0], ranked[1] = ranked[1], ranked[0]
    return (ranked[0].party, ranked[1].party)


def kind_for_shares(terms: AgreementTerms) -> frozenset[tuple[str, str]]:
    """The contributions in kind that pay for the holdings: empty unless the cash and
    outright contributions of each holder, valued in one currency, are in proportion to
    the holdings, and cash alone is not."""
    venture = terms.joint_venture
    if terms.model is not AllianceModel.JOINT_VENTURE or venture is None or not venture.holdings:
        return frozenset()
    capital = [
        item
        for item in terms.contributions
        if item.value is not None
        and (
            item.kind.value == "cash" or (item.kind.value in _CAPITAL_KINDS and item.transfer_mode in (None, "assign"))
        )
    ]
    kind = [item for item in capital if item.kind.value != "cash"]
    if not kind or len({item.value.currency for item in capital if item.value is not None}) != 1:
        return frozenset()
    holdings = {share.party: share.percent for share in venture.holdings}

    def proportional(items: list[Any]) -> bool:
        amounts: dict[str, Decimal] = {}
        for item in items:
            amounts[item.party] = amounts.get(item.party, Decimal(0)) + item.value.amount
        total = sum(amounts.values(), Decimal(0))
        if not total or set(amounts) != set(holdings):
            return False
        return all(abs(amounts[party] * 100 / total - percent) <= _MATCH_POINTS for party, percent in holdings.items())

    cash = [item for item in capital if item.kind.value == "cash"]
    if proportional(cash) or not proportional(capital):
        return frozenset()
    return frozenset((item.party, item.description) for item in kind)


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
