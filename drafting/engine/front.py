"""The parts of the agreement around the clauses: cover, metadata, the parties block
and the signature blocks. User text is cleaned of control characters here, as at
every other door of the engine."""

from __future__ import annotations

import re

from drafting.document import Cover, DocumentMetadata, PartyBlock
from drafting.engine import wording
from drafting.engine.company_forms import (
    address_lead,
    legal_form_words,
    register_words,
    state_description,
    state_registration_shown,
)
from drafting.engine.context import DealFacts
from drafting.engine.environment import clean_text
from drafting.engine.legal_system import LawView
from drafting.law.facts import regions_of
from drafting.law.spelling import respell
from drafting.terms import AgreementTerms, AllianceModel, EntityType, Party

_ENTITY_WORDS: dict[EntityType, tuple[str, str]] = {
    EntityType.CORPORATION: ("a company", "incorporated under the laws of"),
    EntityType.LLC: ("a limited liability company", "organised under the laws of"),
    EntityType.LLP: ("a limited liability partnership", "incorporated under the laws of"),
    EntityType.PARTNERSHIP: ("a partnership", "established under the laws of"),
    EntityType.UNIVERSITY: ("a university", "established under the laws of"),
    EntityType.PUBLIC_BODY: ("a public body", "established under the laws of"),
    EntityType.INDIVIDUAL: ("an individual", "resident in"),
    EntityType.FOUNDATION: ("a foundation", "established under the laws of"),
    EntityType.OTHER: ("an entity", "established under the laws of"),
}

#: The entity words after a US state's name ("a Delaware corporation").
_US_STYLE = {EntityType.CORPORATION: "corporation", EntityType.LLC: "limited liability company"}
#: The country itself names no state.
_US = frozenset({"united states", "united states of america", "usa", "us", "u.s.", "u.s.a."})

_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def one_line(text: str) -> str:
    """An address typed on several lines, as one line: "1 High Street, London"."""
    return _LINE_BREAKS.sub(", ", clean_text(text).strip()).strip(", ")


def entity_description(entity_type: EntityType, jurisdiction: str, spelling: str = "en-GB") -> str:
    """ "a company incorporated under the laws of England and Wales"."""
    noun, law = (respell(words, spelling) for words in _ENTITY_WORDS[entity_type])
    where = wording.place(one_line(jurisdiction))
    state = one_line(jurisdiction).split(",")[0].strip()
    if spelling == "en-US" and entity_type in _US_STYLE and regions_of(state) == {"us"} and state.casefold() not in _US:
        # American drafting names a US company by its state: "a Delaware corporation".
        return f"a {state} {_US_STYLE[entity_type]}"
    return f"{noun} {law} {where}" if where else noun


def party_description(party: Party, spelling: str = "en-GB") -> str:
    """Entity, registration number and address, clause by clause; empty fields fall away."""
    regions = regions_of(party.jurisdiction)
    # A company of a US state is "a Delaware corporation" (forms.toml [state_description]).
    by_state = state_description(party.entity_type.value, one_line(party.jurisdiction), regions)
    # A Dutch B.V. or an Irish limited company in its own law's words (forms.toml [[legal_forms]]).
    by_form = legal_form_words(party.entity_type.value, one_line(party.legal_name), one_line(party.jurisdiction))
    text = by_state or by_form or entity_description(party.entity_type, party.jurisdiction, spelling)
    # A natural person has no registered number, whatever was typed into the field.
    registration = "" if party.entity_type is EntityType.INDIVIDUAL else one_line(party.registration_number)
    if by_state and not state_registration_shown(regions):
        registration = ""
    register = register_words(party.entity_type.value, registration, one_line(party.address)) if registration else ""
    if register:
        text += f", {register}"
    elif registration:
        # "Company No. 11234567" already says what it is; a bare number needs the label.
        labelled = any(character.isalpha() for character in registration)
        text += f", registered under {registration}" if labelled else f" with registration number {registration}"
    address = one_line(party.address)
    if address:
        if party.entity_type is EntityType.INDIVIDUAL:
            text += f", of {address}"
        elif party.entity_type in {EntityType.CORPORATION, EntityType.LLC, EntityType.LLP}:
            text += f", {address_lead(regions)} {address}"
        else:
            text += f", whose principal address is at {address}"
    return text


_BRACKETED = re.compile(r"^(?P<name>[^(]+?)\s*\((?P<detail>[^)]*)\)\s*$")


def guarantors(terms: AgreementTerms) -> tuple[tuple[Party, str, str], ...]:
    """Each party whose obligations a parent guarantees, with the guarantor's name and
    the registration typed after it ("Albion Rail Systems plc (Company No. 02345678)")."""
    found = []
    for party in terms.parties:
        typed = one_line(party.parent_guarantor)
        if not typed or party.entity_type is EntityType.INDIVIDUAL:
            continue
        match = _BRACKETED.match(typed)
        name, detail = (match["name"].strip(), match["detail"].strip()) if match else (typed, "")
        found.append((party, name, detail))
    return tuple(found)


def guarantor_term(terms: AgreementTerms, party: Party) -> str:
    """The defined term of the guarantor of ``party``: "Guarantor" when only one party's
    obligations are guaranteed, "Albion Guarantor" otherwise."""
    return "Guarantor" if len(guarantors(terms)) == 1 else f"{clean_text(party.short_name)} Guarantor"


def party_blocks(terms: AgreementTerms, law: LawView | None = None) -> tuple[PartyBlock, ...]:
    spelling = law.spelling if law is not None else "en-GB"
    blocks = [
        PartyBlock(
            number=index,
            legal_name=clean_text(party.legal_name.strip() or party.short_name),
            short_name=clean_text(party.short_name),
            # Only the library's words are respelled; the jurisdiction and address are the user's.
            description=party_description(party, spelling),
        )
        for index, party in enumerate(terms.parties, start=1)
    ]
    # A parent guarantor signs as a party to the guarantee clause only: it is listed and
    # signs, but is never one of the "Parties" whose shares and votes the clauses count.
    for party, name, detail in guarantors(terms):
        registered = f"registered under {detail}, " if detail else ""
        blocks.append(
            PartyBlock(
                number=len(blocks) + 1,
                legal_name=name,
                short_name=guarantor_term(terms, party),
                description=f"{registered}as guarantor of the obligations of {clean_text(party.short_name)}",
                guarantor=True,
            )
        )
    return tuple(blocks)


def date_line(terms: AgreementTerms, law: LawView | None) -> str:
    """The opening sentence about the date. Each signature block records its own date (and,
    under some laws, place) of signing, so the agreement is made on the last of them and
    takes effect on the Effective Date: never "This Agreement is dated 1 January 2027", a
    second date that the signature page contradicts. The Effective Date keeps its one
    definition; this sentence only names it. Without a date, the last signature is both."""
    if terms.term.effective_date is None:
        return "This Agreement takes effect on the date of the last signature below."
    when = wording.long_date(terms.term.effective_date, law.date_style if law else wording.DAY_MONTH_YEAR)
    made = (
        f"This Agreement is made on the date of the last signature below and takes effect on the Effective Date, {when}"
    )
    if terms.model is AllianceModel.CONSORTIUM:
        # A consortium agreement is often signed after the project has started, by
        # Members signing on different days: its start is fixed whatever those dates.
        return f"{made}, even where it is signed after that date."
    return f"{made}."


def cover(terms: AgreementTerms, facts: DealFacts, version: str, law: LawView | None = None) -> Cover:
    legal_names = [clean_text(party.legal_name.strip() or party.short_name) for party in terms.parties]
    if terms.term.effective_date is not None:
        date_text = wording.long_date(terms.term.effective_date, law.date_style if law else wording.DAY_MONTH_YEAR)
    else:
        date_text = "Effective on the date of the last signature"
    return Cover(
        title=clean_text(facts.title),
        subtitle=f"between {wording.join_names(legal_names)}",
        date_text=date_text,
        version_text=f"Version {clean_text(version)}" if version.strip() else "",
        date_label=f"Effective Date: {date_text}" if terms.term.effective_date is not None else "",
    )


def metadata(terms: AgreementTerms, facts: DealFacts, version: str, law: LawView | None = None) -> DocumentMetadata:
    names = wording.join_names(clean_text(party.short_name) for party in terms.parties)
    subject = f"{clean_text(facts.title)} between {names}"
    return DocumentMetadata(
        title=clean_text(facts.title)[:255],
        subject=subject[:255],
        version=clean_text(version.strip()) or "1",
        # The type's own words: a distribution or a licence is not a "strategic alliance".
        keywords=(terms.model.value.replace("_", " "), "agreement"),
        paper=law.paper if law is not None else "A4",
        language=law.spelling if law is not None else "en-GB",
    )
