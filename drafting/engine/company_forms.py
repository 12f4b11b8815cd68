"""The words a company's equity, organs and constitution take, by legal form and by
the law the company is formed under, read from ``clause_templates/company/forms.toml``
(data a lawyer can edit): a GmbH has Geschäftsanteile, managing directors and a
Gesellschaftsvertrag; a Delaware LLC membership interests, managers and a limited
liability company agreement; a Delaware corporation stockholders and a certificate of
incorporation."""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafting.terms.company import CompanyForm

FORMS_FILE = Path(__file__).resolve().parents[2] / "clause_templates" / "company" / "forms.toml"


@dataclass(frozen=True, slots=True)
class FormWords:
    name: str
    equity: str
    unit: str
    holder: str
    capital: str
    title: str
    #: The equity's own name in the company's law ("Geschäftsanteile"), or "".
    native: str = ""
    #: How a unit of the equity is tied to the company: shares are "in the capital of"
    #: it; an LLC's units or an LLP's interests are simply "in" it.
    held_in: str = "in the capital of"
    #: How a class of its shares is named where the form's law speaks of stock ("shares of
    #: {class} stock" for a US corporation, the typed "ordinary" becoming "common"), or ""
    #: to keep the class as typed ("ordinary shares").
    stock_class: str = ""
    #: The organ that manages the company, one of its members, where holders decide,
    #: and the constitutional document(s).
    board: str = "board of directors"
    member: str = "director"
    meeting: str = "general meeting"
    constitution: str = "constitutional documents"
    #: The collegial body an investor's director or observer sits on, and one member of
    #: it ("" means the board and its member): an SAS need have no board at all.
    collegial: str = ""
    collegial_member: str = ""
    #: What an observer is called ("observer (censeur)"); "" means "observer".
    observer: str = ""
    #: The company-law steps of an issue of new shares to an investor, as noun phrases a
    #: completion list can hold ("" where this form has none of its own; the clause then
    #: uses neutral words): the investor's subscription document, the decision that
    #: approves the issue, the waiver of the existing holders' pre-emption rights, the
    #: evidence that the price was paid in, the amended constitution and the register.
    issue_subscription: str = ""
    issue_approval: str = ""
    issue_waiver: str = ""
    issue_evidence: str = ""
    issue_constitution: str = ""
    issue_register: str = ""
    #: What the holders receive out of profits ("dividends"; an LLC's "distributions").
    distributions: str = "dividends"
    #: The reorganisations the investor must consent to, after "or" ("merge or demerge";
    #: a Delaware LLC may "merge, consolidate, divide or convert").
    reorganise: str = "merge or demerge"
    #: Those who manage it and whose knowledge is its awareness ("directors and officers";
    #: an LLC's "managers and officers").
    officers: str = "directors and senior managers"
    #: The members of its board, plural ("directors", "managers"); "" derives it.
    members: str = ""
    #: What else a new issue may be made in ("securities giving access to its capital").
    access_securities: str = "securities giving access to its capital"
    #: How the other holders' pre-emption over an issue to the investor is set aside, as a
    #: noun phrase ("the cancellation in favour of {investor} of any preferential
    #: subscription rights of the other {holders} over the {stake_words} it is offered").
    pre_emption_waiver: str = (
        "the cancellation in favour of {investor} of any preferential subscription rights of the other "
        "{holders} over the {stake_words} it is offered"
    )
    #: What the investee warrants of the new equity on its issue ("fully paid"; an LLC's
    #: units are "validly issued, with no further capital contribution due for them").
    paid_up: str = "fully paid"
    #: The tax points of an investee taxed as a partnership (a US LLC), or "".
    tax_clause: str = ""
    #: What an investee taxed as a partnership warrants of that classification (a limb of
    #: the Warranties, not of the tax covenants), or "".
    tax_warranty: str = ""
    #: The opening words of the no-partnership clause that except the investor's membership
    #: of an investee that is, or is taxed as, a partnership (an LLC, an LLP), or "".
    relationship_exception: str = ""
    #: The constitution the investor is admitted under, settled before signing and listed
    #: among the agreed-form documents (an LLC's amended and restated LLC agreement), or "".
    agreed_constitution: str = ""
    #: Who appoints and removes the Company's chief executive and chief financial officer,
    #: and what they are called in its law (a Polish zarząd's prezes is appointed by the
    #: shareholders' meeting unless the articles say otherwise).
    ceo: str = "chief executive officer"
    cfo: str = "chief financial officer"
    officers_appointed_by: str = "the Board"
    #: Words that must never describe this form (read by the tests).
    #: Where the form exists only on its entry in a register (an sp. z o.o., a GmbH): that
    #: register, and the form its founding deed takes; "" where signing founds it.
    register: str = ""
    formation_deed: str = ""
    #: What the Company is called between its founding deed and its registration, and
    #: what its own law says of that stage (capacity, representation, who answers for its
    #: debts): a sentence for the registration clause; "" leaves the neutral words.
    pre_registration_name: str = "company in organisation"
    pre_registration: str = ""
    #: How a holder transfers (or pledges) its equity under the company's own law, after
    #: "in" or "by" as the text starts ("writing with the signatures notarially certified
    #: ..."), what makes the transfer effective against the company, and the restriction
    #: the constitution may place on transfers so that it binds the company and every later
    #: holder, not only the parties ("" for a form without one of its own).
    transfer_form: str = ""
    transfer_effect: str = ""
    transfer_restriction: str = ""
    #: The right the constitution gives each party to appoint and remove its nominees to
    #: the managing organ, and what that organ's members owe and answer for in the
    #: company's law (a zarząd is an executive organ, not a board of parent nominees).
    appointment_right: str = ""
    board_duties: str = ""
    deny: tuple[str, ...] = ()
    #: Words that mark a Reserved Matter as one the form's law leaves to a resolution of
    #: its holders (amending the constitution, the capital, dividends, winding up): the
    #: other Reserved Matters are decided by the board (by contract only).
    shareholder_matters: tuple[str, ...] = (
        "articles",
        "constitution",
        "statutes",
        "share capital",
        "issu",
        "option",
        "dividend",
        "wind",
        "dissol",
        "liquidat",
        "merg",
        "demerg",
        "convert",
        "admit",
    )
    #: The endings of a company's legal name that show this form ("SAS", "GmbH").
    suffixes: tuple[str, ...] = ()
    #: Where a company of this form is usually represented by two people acting together
    #: (an AG's Vorstand: two members, or one with a Prokurist), the office of the second
    #: signatory, printed under a second signature line; "" where one signature is usual.
    second_signatory: str = ""
    #: The note on the signature page that says why, with "{party}" for the party's name.
    signing_note: str = ""
    #: The taxes and duties the company's own country charges on its formation, an issue
    #: of its equity and the transfer of assets to it, after "any" (the tax clause of a
    #: joint venture): the default names none, so no other country's tax is named.
    transfer_taxes: str = "transfer tax, stamp duty, capital duty or registration duty"
    #: Its tax on supplies, after "any" ("value added tax (podatek od towarów i usług)").
    supply_tax: str = "value added tax, goods and services tax or similar tax"


#: The words used when the form is not given: what version 1 drafts always said.
DEFAULT_WORDS = FormWords("", "Shares", "Share", "Shareholder", "issued share capital", "Shareholders' Agreement")
_LIST_FIELDS = ("deny", "suffixes", "shareholder_matters")
_LIST_DEFAULTS = {f.name: f.default for f in dataclasses.fields(FormWords) if f.name in _LIST_FIELDS}
_TEXT_FIELDS = tuple(f.name for f in dataclasses.fields(FormWords) if f.name not in _LIST_FIELDS)


def _words(entry: dict[str, Any], base: FormWords | None, where: str) -> FormWords:
    known = {*_TEXT_FIELDS, *_LIST_FIELDS, "law", "place"}
    unknown = set(entry) - known
    if unknown:
        raise ValueError(f"company/forms.toml [{where}]: unknown keys {sorted(unknown)}")
    values: dict[str, Any] = {} if base is None else dataclasses.asdict(base)
    for name in _TEXT_FIELDS:
        if name in entry:
            values[name] = str(entry[name])
        elif base is None and name in {"name", "equity", "unit", "holder", "capital", "title"}:
            raise ValueError(f"company/forms.toml [{where}]: '{name}' is required")
    for name in _LIST_FIELDS:
        if name in entry:
            values[name] = tuple(str(item) for item in entry[name])
        values[name] = tuple(values.get(name, _LIST_DEFAULTS[name]))
    return FormWords(**values)


@functools.cache
def load_forms(path: Path = FORMS_FILE) -> dict[tuple[CompanyForm, str], FormWords]:
    """Words by (form, law id); the law id "" holds the form's own words."""
    with path.open("rb") as handle:
        table = tomllib.load(handle).get("form", {})
    forms: dict[tuple[CompanyForm, str], FormWords] = {}
    for key, entry in table.items():
        form = CompanyForm(key)
        base = forms[form, ""] = _words(entry, None, f"form.{key}")
        for law_id, refinement in entry.get("law", {}).items():
            forms[form, law_id] = _words(refinement, base, f"form.{key}.law.{law_id}")
    return forms


@functools.cache
def load_place_forms(path: Path = FORMS_FILE) -> dict[tuple[CompanyForm, str], FormWords]:
    """Words by (form, country name) for a country with no legal-system profile, whose
    law still decides how a party of that form signs (``[form.sa.place.poland]``: a
    Polish S.A. is represented by two members of its zarząd)."""
    with path.open("rb") as handle:
        table = tomllib.load(handle).get("form", {})
    forms = load_forms(path)
    places: dict[tuple[CompanyForm, str], FormWords] = {}
    for key, entry in table.items():
        form = CompanyForm(key)
        for place, refinement in entry.get("place", {}).items():
            places[form, place.casefold()] = _words(refinement, forms[form, ""], f"form.{key}.place.{place}")
    return places


def form_words_at(form: CompanyForm | None, jurisdiction: str, law_id: str = "") -> FormWords:
    """The words of ``form`` for a party established in ``jurisdiction`` (free text): the
    refinement for the country it names ("Warsaw, Poland" -> ``[form.sa.place.poland]``),
    else those of the law of profile ``law_id``."""
    if form is not None:
        places = load_place_forms()
        for part in [jurisdiction, *jurisdiction.split(",")]:
            found = places.get((form, part.strip().casefold()))
            if found is not None:
                return found
    return form_words(form, law_id)


@functools.cache
def _address_words(path: Path = FORMS_FILE) -> dict[str, str]:
    with path.open("rb") as handle:
        table = tomllib.load(handle).get("address", {})
    return {str(region): str(words) for region, words in table.items()}


def address_lead(regions: frozenset[str]) -> str:
    """ "whose registered office is at", or the words of the party's region
    ("whose principal place of business is at" for a US company)."""
    words = _address_words()
    for region in sorted(regions):
        if region in words:
            return words[region]
    return words.get("default", "whose registered office is at")


@functools.cache
def _state_descriptions(path: Path = FORMS_FILE) -> dict[str, dict[str, Any]]:
    with path.open("rb") as handle:
        table = tomllib.load(handle).get("state_description", {})
    return {str(region): dict(entry) for region, entry in table.items()}


def state_description(entity_type: str, jurisdiction: str, regions: frozenset[str]) -> str:
    """ "a Delaware corporation" for a party formed under the law of a US state (forms.toml
    [state_description]); "" where the region has no such words, the jurisdiction names no
    state first, or the entity type has none."""
    first = jurisdiction.split(",")[0].strip()
    for region in sorted(regions):
        entry = _state_descriptions().get(region)
        if entry is None or entity_type not in entry or not isinstance(entry[entity_type], str):
            continue
        country = {str(name) for name in entry.get("country", [])}
        if not first or first.casefold().removeprefix("the ") in country:
            return ""
        return str(entry[entity_type]).replace("{state}", first)
    return ""


def state_registration_shown(regions: frozenset[str]) -> bool:
    """Whether a party described by its state also gives its registration number
    (forms.toml [state_description] ``registration``; shown unless it says false)."""
    return all(bool(_state_descriptions().get(region, {}).get("registration", True)) for region in regions)


@functools.cache
def _registered_agents(path: Path = FORMS_FILE) -> dict[str, dict[str, str]]:
    with path.open("rb") as handle:
        table = tomllib.load(handle).get("registered_agents", {})
    return {str(region): {str(k): str(v) for k, v in entry.items()} for region, entry in table.items()}


def registered_agent(address: str, regions: frozenset[str]) -> str:
    """The registered agent whose street address ``address`` is (forms.toml
    [registered_agents]), or "" where it is none of theirs."""
    flat = " ".join(address.split()).casefold()
    for region in sorted(regions):
        for street, agent in _registered_agents().get(region, {}).items():
            if street.casefold() in flat:
                return agent
    return ""


def form_words(form: CompanyForm | None, law_id: str = "") -> FormWords:
    """The words of ``form`` formed under the law of profile ``law_id`` (its own words
    where that law refines nothing)."""
    if form is None:
        return DEFAULT_WORDS
    forms = load_forms()
    return forms.get((form, law_id)) or forms.get((form, ""), DEFAULT_WORDS)


def form_of_name(legal_name: str) -> CompanyForm | None:
    """The form a company's legal name shows by its ending ("Optimum Vision SAS" -> SAS),
    from the ``suffixes`` of ``forms.toml``; ``None`` when no ending is known."""
    name = legal_name.strip().rstrip(",")
    found: list[tuple[int, CompanyForm]] = []
    for (form, law_id), words in load_forms().items():
        if law_id:
            continue
        for suffix in words.suffixes:
            if name == suffix or name.endswith((f" {suffix}", f",{suffix}")):
                found.append((len(suffix), form))
    # The longest ending wins ("S.A.S." before "S.A.").
    return max(found)[1] if found else None


@functools.cache
def _party_forms(path: Path = FORMS_FILE) -> dict[str, dict[str, str]]:
    with path.open("rb") as handle:
        table = tomllib.load(handle).get("party_forms", {})
    return {str(country): {str(key): str(label) for key, label in entry.items()} for country, entry in table.items()}


def country_entity_labels(country: str | None) -> dict[str, str]:
    """A party's entity types as its country names them ("corporation" -> "Company: Ltd or
    plc" for England), in the order offered; empty for a country with no entry."""
    return dict(_party_forms().get(country or "", {}))


@functools.cache
def _legal_forms(path: Path = FORMS_FILE) -> tuple[dict[str, Any], ...]:
    with path.open("rb") as handle:
        table = tomllib.load(handle).get("legal_forms", [])
    return tuple(dict(entry) for entry in table)


def legal_form_words(entity_type: str, legal_name: str, jurisdiction: str) -> str:
    """ "a private limited liability company (besloten vennootschap met beperkte
    aansprakelijkheid) incorporated under Dutch law" for a Dutch B.V. (forms.toml
    [[legal_forms]]); "" where no entry fits the country, entity type and name ending."""
    country = jurisdiction.split(",")[-1].strip().casefold()
    name = legal_name.strip()
    for entry in _legal_forms():
        if entity_type not in entry.get("entity_types", []):
            continue
        if country not in {str(place) for place in entry.get("country", [])}:
            continue
        if any(name.endswith(" " + str(suffix)) for suffix in entry.get("suffixes", [])):
            return str(entry["words"])
    return ""


@functools.cache
def _registers(path: Path = FORMS_FILE) -> tuple[dict[str, Any], ...]:
    with path.open("rb") as handle:
        table = tomllib.load(handle).get("registers", {})
    return tuple(dict(entry) for entry in table.values())


def register_words(entity_type: str, registration: str, address: str) -> str:
    """ "registered with the Dutch Chamber of Commerce (Kamer van Koophandel) under number
    92345678, having its statutory seat in Utrecht" for a registration number that carries a
    register's label (forms.toml [registers]); "" where none applies."""
    for entry in _registers():
        label = str(entry["label"])
        if entity_type not in entry.get("entity_types", []):
            continue
        if not registration.casefold().startswith(label.casefold() + " "):
            continue
        number = registration[len(label) :].strip()
        seat = "[statutory seat]"
        pattern = re.compile(str(entry.get("postcode", "")))
        for part in (piece.strip() for piece in address.split(",")):
            match = pattern.match(part)
            if match and part[match.end() :].strip():
                seat = part[match.end() :].strip()
                break
        return str(entry["words"]).replace("{number}", number).replace("{seat}", seat)
    return ""
