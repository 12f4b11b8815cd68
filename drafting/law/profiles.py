"""Legal-system profiles: one TOML file per governing law in ``clause_templates/law/``.

A profile is what a clause template asks instead of hard-coding a system: the name of
the law, its spelling, paper and date style, the court wording, the default
arbitration institution and seat, the vocabulary (tax, company, accession), and short
Jinja snippets for the sentences that differ between systems (third-party rights,
excluded losses, what liability cannot be excluded, jury waiver, e-signature...).
Each profile also carries its deny-list (phrases that must never appear under it) and
the phrases that prove its positions reach the text; both are read by the tests.

The file format is documented in ``clause_templates/law/README.md``. ``neutral`` is
the profile for any law without one: it cites no statute.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LAW_DIR = Path(__file__).resolve().parents[2] / "clause_templates" / "law"
NEUTRAL = "neutral"

_SPELLINGS = frozenset({"en-GB", "en-US"})
_PAPERS = frozenset({"A4", "Letter"})
_DATE_STYLES = frozenset({"day_month_year", "month_day_year"})
_FAMILIES = frozenset({"common_law", "civil_law_germanic", "civil_law_french", "nordic", "mixed", "east_asian", "none"})
_ID = re.compile(r"^[a-z][a-z_]*$")


class LawProfileError(ValueError):
    """A profile file is malformed; the message names the file and the field."""


@dataclass(frozen=True, slots=True)
class Execution:
    """How an agreement is signed under this law (the ``[execution]`` table).

    ``statement`` (a Jinja snippet) opens the signature page. Each party's block starts
    with ``company`` or ``individual`` (the words before the party's name: "Signed for
    and on behalf of", "Signed by", "" for the US "ALPHA INC. / By:" style), then its
    ``*_lines``: ``{name}`` and ``{title}`` are the signatory's, and a line ending in
    ``___`` is room to sign above a rule, labelled with the words before it ("By: ___").
    ``witnesses`` witness blocks of ``witness_lines`` follow the parties' blocks (two
    under Brazilian law); ``note`` is a drafting note on the signature page.
    """

    statement: str = "This Agreement has been entered into on the date stated at the beginning of it."
    company: str = "Signed for and on behalf of"
    individual: str = "Signed by"
    company_lines: tuple[str, ...] = ("___", "Name: {name}", "Title: {title}", "Date:")
    individual_lines: tuple[str, ...] = ("___", "Name: {name}", "Date:")
    witnesses: int = 0
    witness_lines: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class LawProfile:
    """One legal system, as templates, the wizard, the review and the tests see it."""

    id: str
    label: str
    #: "the laws of England and Wales": what the governing-law clause says.
    law_name: str
    family: str
    spelling: str
    paper: str
    date_style: str
    #: Lower-case names a user or a party's jurisdiction may use for this system.
    aliases: tuple[str, ...]
    #: "the courts of England and Wales"; empty when the user must name the courts.
    courts: str
    arbitration_institution: str
    arbitration_seat: str
    mediation_provider: str
    #: The body that appoints a mediator for an ad hoc mediation when the parties do not
    #: agree on one (the country's own mediators' body, [forums] mediation_appointer); ""
    #: where the profile names none, and the mediation institution appoints instead.
    mediation_appointer: str
    #: Short noun phrases: tax, accession instrument, constitution, board, holders...
    vocabulary: Mapping[str, str]
    #: Jinja snippets rendered in the clause sandbox ("" means: no such sentence here).
    clauses: Mapping[str, str]
    #: Lists a template prints item by item (e.g. what liability cannot be excluded).
    lists: Mapping[str, tuple[str, ...]]
    #: The key chosen per topic (see legal-systems.md, section 3): documentation and review.
    positions: Mapping[str, str]
    #: Drafting notes this system adds to a clause, keyed by clause id.
    notes: Mapping[str, str]
    #: What the review tells the user under this law, by topic (``distributor``, ``penalty``).
    review: Mapping[str, str]
    deny_phrases: tuple[str, ...]
    deny_patterns: tuple[str, ...]
    must_contain: tuple[str, ...]
    must_not_contain: tuple[str, ...]
    local_counsel: bool
    verify: tuple[str, ...] = field(default=())
    execution: Execution = field(default=Execution())
    #: Whether a civil claim on a contract may be tried before a jury under this law (the
    #: US states): only there does the wizard ask about a jury waiver, and only there is a
    #: waiver an answer the agreement can use.
    civil_jury: bool = False

    @property
    def us(self) -> bool:
        return self.spelling == "en-US" and self.paper == "Letter"

    def clause(self, key: str) -> str:
        return self.clauses.get(key, "")

    def word(self, key: str) -> str:
        return self.vocabulary.get(key, "")


_REQUIRED_TEXT = ("id", "label", "law_name", "family", "spelling", "paper", "date_style")
_CLAUSE_KEYS = frozenset(
    {
        # A co-marketing campaign's regulated products: the system's own statute on the
        # promotion of each category ("in Ireland, the Public Health (Alcohol) Act 2018").
        *(
            f"promotion_rules_{category}"
            for category in ("alcohol", "gambling", "financial", "health", "food", "tobacco")
        ),
        # Force majeure tied to the system's own rule on non-attributable failure (the
        # Dutch overmacht of article 6:75 BW); the mitigation duty in plain words.
        "force_majeure_basis",
        # A co-marketing Campaign that sells a stay with another travel service: the
        # system's package travel statute, and the insolvency protection its organiser
        # holds (co_marketing/packages.j2).
        "package_travel_law",
        "package_travel_security",
        "third_party_rights",
        "third_party_rights_affiliates",
        # An open charter's promise to admit every applicant that meets its criteria, carved
        # out of the exclusion in the system's own terms (the Dutch derdenbeding, article 6:253 BW).
        "third_party_rights_applicants",
        "excluded_losses",
        "jury_waiver",
        "licensor_bankruptcy",
        # A licence's royalties: the forms and reliefs the licensee applies to withhold at
        # a reduced rate (IRS forms; a German exemption certificate; the UK treaty rate).
        "royalty_withholding",
        # A sublicensee's right to a direct licence when the licence ends: how this system
        # lets a third party claim it (Swiss article 112(2) CO), where the boilerplate
        # otherwise excludes third-party rights (its text then carves the right out).
        "sublicensee_direct_right",
        "counterparts",
        "electronic_signature",
        "anti_corruption_laws",
        "competition_laws",
        "vertical_block_exemption",
        # A sale of goods under a supply agreement: the buyer's statutory defect rights, the
        # merchant's duty to examine, and the counter-proof a lump sum for delay must allow.
        "statutory_defect_rights",
        "incoming_inspection",
        # A distributor's purchases under this law: how defects are examined and notified
        # (a merchant's duty under a commercial code), and what the agreed warranty period
        # is in relation to the statutory limitation period (not a durability guarantee).
        "sale_inspection",
        "warranty_period",
        "liquidated_damages_proof",
        # What every cap on a party's total liability must leave recoverable (German standard
        # terms: the typical, foreseeable damage from breach of a cardinal obligation).
        "cap_essential_obligations",
        "data_protection_laws",
        "late_payment_interest",
        "tax",
        # The courts that support an arbitration seated in this country (urgent relief before
        # the tribunal is formed, enforcement of its interim orders).
        "arbitration_court_support",
        "late_payment_interest_cross_border",
        "good_faith",
        "penalty",
        "capacity_individual",
        "governing_law",
        "arbitration_extra",
        "implied_terms",
        # An equity alliance under this law: the listing that ends the investor's rights,
        # the investor's securities-law representations, and how a body corporate states
        # its own status in the mutual warranties.
        "listing_event",
        "investor_securities",
        # ... and the issuer's: the exemption of the issue and no general solicitation.
        "issuer_securities",
        "entity_status",
        "disclosure_standard",
        "insolvency_event",
        "language",
        # Shared clauses that civil law frames differently (an absent text keeps the
        # library's common-law wording): see clause_templates/law/README.md.
        "severance",
        "breach_termination",
        "good_cause",
        # A research collaboration is a contract of its own kind, not a mandate any party may
        # end at any time (article 404 of the Swiss Code of Obligations).
        "mandate_termination",
        "non_reliance",
        "fraud",
        "transaction_non_reliance",
        "specific_performance",
        "cisg",
        "insolvency_termination",
        "relationship_notice",
        "tax_small_business",
        "authors_rights_assignment",
        "courts_non_trader",
        "company_adherence",
        "share_authority",
        # A member that defaults loses its membership; the charter itself is not rescinded
        # (a civil code's rescission for breach would end it for everyone).
        "membership_breach",
        "no_rescission",
        # The host's authority to sign accession agreements for every party, in the form
        # this law makes irrevocable (a Dutch onherroepelijke volmacht, article 3:74 BW).
        "accession_authority",
        # How the host holds the project's assets where the law knows no trust (in its own
        # name, bound by the charter), and the parties' advance cooperation, with an
        # irrevocable power, to a successor host's takeover of the host's contract position
        # (a Dutch contractsoverneming needs it, article 6:159 BW).
        "asset_holding",
        "contract_takeover",
        # What the host's insolvency does to the project's assets in the system's own
        # proceedings (the Dutch faillissement and surseance van betaling, with their officers).
        "host_insolvency",
        # Data sharing: the national condition for special-category data and the national
        # ground for data about offences (Articles 9(4) and 10 GDPR leave both to each system).
        "special_category_national",
        "criminal_data_ground",
        # The Dutch permit for offence data processed for a third party (article 33(4)(c) UAVG).
        "criminal_data_permit",
        # A licence concluded on its key terms: how this law fills a secondary point the
        # parties leave open (the R&D option's licence when no Licence Agreement is signed).
        "open_terms",
        # A consortium is no partnership of the governing law, said in its own terms, and a
        # change of circumstances is renegotiated before the statutory hardship remedy.
        "no_partnership",
        "hardship",
        # The form a variation of the agreement needs, in this law's terms (Swiss written
        # form, Articles 13 to 16 CO; German Schriftform, sections 126 to 127 BGB); absent:
        # signed by every party, an exchange of e-mails not being enough.
        "variation_form",
        # Set-off and assignment limits this law keeps whatever the clause says (German
        # standard terms: section 309 no. 3 BGB; section 354a HGB).
        "set_off_exception",
        "assignment_extra",
    }
)
_VOCABULARY_KEYS = frozenset(
    {
        "tax_name",
        # The taxes this system's country charges on a company's formation, issues of its
        # shares and transfers of assets to it: a joint venture Company formed there.
        "transfer_taxes",
        # The partnership a sharing of revenue could be taken for under this law (Brazil's
        # sociedade em conta de participação): the relationship clause of a revenue share
        # denies it by name.
        "sharing_partnership",
        "accession",
        "accession_signed",
        "constitution",
        "board",
        "holders",
        "stake",
        "interim_relief",
        "assignment",
        "insolvency_individual",
        "gdpr",
        "data_transfer_area",
        "title_guarantee",
        "liability_heads",
        "clause",
        # Who acts for a party that dies or loses capacity: "personal representatives" is
        # the common-law office; civil-law systems name heirs and a legal representative.
        "personal_representatives",
        # "Reasonable endeavours" is an English scale of effort with no meaning in a civil
        # code: there, an obligation of means in the system's own term.
        "endeavours",
        # US drafting words for the shared boilerplate: the operative words before the
        # clauses ("The {parties} agree as follows:"), the capacity warranty, the name of a
        # change to the agreement ("amendment" for "variation").
        "operative_intro",
        "duly_established",
        "place_of_establishment",
        "constitutional_documents",
        "variation",
        "improper_advantage",
        # Warranty practice: the verb of a warranty ("represents and warrants" in the US) and
        # the document that qualifies it ("Disclosure Letter", "Disclosure Schedule").
        "warrants",
        "disclosure",
        # The deliberate conduct an indemnity covers beyond the cap, in the system's own
        # terms ("wilful misconduct" is a common-law phrase; opzet, Vorsatz elsewhere).
        "misconduct",
        # The degree of fault just below intent, in this law's terms ("gross negligence";
        # "gross fault (zware fout / faute lourde)" in Belgium, where fault is the concept).
        "gross_negligence",
        # What a denial of partnership names: the system's partnership forms.
        "partnership",
        # Acquisition idiom for an investment: the defined terms of its closing ("Completion",
        # "Completion Date" and "Long-Stop Date" in English practice; "Closing", "Closing
        # Date" and "Outside Date" in US M&A practice), and the sentence that says what "in
        # the agreed form" means for the documents the parties settle before signing.
        "completion",
        "completion_date",
        "long_stop_date",
        "agreed_form",
        # What a document attached to the agreement is called where each is lettered
        # ("Exhibit" in US practice: "Exhibit A"); "" where agreed forms are initialled.
        "exhibit",
        # The notice that puts a party in default before the other may act on its breach
        # ("a written notice of default (ingebrekestelling)" under Dutch law).
        "notice_of_default",
        # An investment's words where the law's practice differs from the English default:
        # the audited annual financial statements, the covenant not to dissolve, the
        # warranty of the last financial statements, "inquiry" and what the new equity is
        # free from (US practice: GAAP, dissolution or a bankruptcy case, liens).
        "annual_accounts",
        "no_winding_up",
        "accounts_warranty",
        "enquiry",
        "in_issue",
        "good_standing",
        "register_transfer",
        "lenders",
        "encumbrances",
    }
)
#: A clause's run-in heading in this system's words: ``"heading.general.severance" =
#: "Severability"`` (any clause id after the prefix).
_VOCABULARY_PREFIXES = ("heading.",)
_LIST_KEYS = frozenset({"non_excludable", "non_excludable_transaction", "home_registries"})
_REVIEW_KEYS = frozenset(
    {
        "distributor",
        # How large a distributor's statutory claim can be, and a rule of a party's own
        # country that applies whatever law governs (drafting.review.law).
        "distributor_exposure",
        "distributor_mandatory",
        # ... and its yardstick for the notice that ends an established relationship: months
        # of notice per year of the relationship, and the notice that is safe whatever its
        # length (France, article L.442-1 II of the Commercial Code; drafting.review.distribution_notice).
        "relationship_notice_months_per_year",
        "relationship_notice_safe_harbour_months",
        # Whether a public body or university established here may agree to arbitrate
        # (drafting.review.jv_risks: read from the profile of the party's own country).
        "public_arbitration",
        "penalty",
        "non_compete",
        "rd_block_exemption",
        "commercial_agent",
        "precontract_disclosure",
        "precontract_disclosure_exclusive",
        "anti_deprivation",
        # Who signs for a company of this system (drafting.review.signatories).
        "signatory_titles",
        "signatory_rule",
        "signatory_register",
        # National data rules the GDPR leaves to each system (drafting.review.data):
        # criminal-offence data (Art. 10 GDPR) and reading a user's device (ePrivacy).
        "criminal_data",
        "terminal_access",
        # Deal-specific flags (drafting.review.deal_law): automated decisions on shared data,
        # State aid in research with a research organisation, related-party agreements by
        # company form ("related_party_sas").
        "automated_decisions",
        "automated_decisions_national",
        "state_aid_research",
        "related_party_sas",
        "related_party_sa",
        # A discounted package that includes an alcohol product (drafting.review.co_marketing).
        "alcohol_bundle",
    }
)


def _strings(data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise LawProfileError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def _table(
    data: Mapping[str, Any],
    key: str,
    where: str,
    allowed: frozenset[str] | None,
    prefixes: tuple[str, ...] = (),
) -> dict[str, str]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise LawProfileError(f"{where}: [{key}] must be a table")
    out: dict[str, str] = {}
    for name, text in value.items():
        if allowed is not None and name not in allowed and not name.startswith(prefixes or ("\0",)):
            raise LawProfileError(f"{where}: [{key}] has an unknown key '{name}' (known: {', '.join(sorted(allowed))})")
        if not isinstance(text, str):
            raise LawProfileError(f"{where}: [{key}] {name} must be text")
        out[name] = " ".join(text.split())
    return out


_EXECUTION_TEXT = ("statement", "company", "individual", "note")
_EXECUTION_LINES = ("company_lines", "individual_lines", "witness_lines")
_LINE_FIELDS = re.compile(r"\{(\w*)\}")


def _execution(data: Mapping[str, Any], where: str) -> Execution:
    table = data.get("execution")
    if table is None:
        return Execution()
    where = f"{where} [execution]"
    if not isinstance(table, dict):
        raise LawProfileError(f"{where} must be a table")
    known = {*_EXECUTION_TEXT, *_EXECUTION_LINES, "witnesses"}
    for name in table:
        if name not in known:
            raise LawProfileError(f"{where}: unknown key '{name}' (known: {', '.join(sorted(known))})")
    defaults = Execution()
    texts: dict[str, str] = {}
    for name in _EXECUTION_TEXT:
        value = table.get(name, getattr(defaults, name))
        if not isinstance(value, str):
            raise LawProfileError(f"{where}: {name} must be text")
        texts[name] = " ".join(value.split())
    lines: dict[str, tuple[str, ...]] = {}
    for name in _EXECUTION_LINES:
        lines[name] = _strings(table, name, where) if name in table else getattr(defaults, name)
        for line in lines[name]:
            unknown = set(_LINE_FIELDS.findall(line)) - {"name", "title"}
            if unknown:
                raise LawProfileError(f"{where}: {name} may use {{name}} and {{title}} only, not {sorted(unknown)}")
    witnesses = table.get("witnesses", 0)
    if not isinstance(witnesses, int) or isinstance(witnesses, bool) or not 0 <= witnesses <= 4:
        raise LawProfileError(f"{where}: witnesses must be a whole number from 0 to 4")
    if witnesses and not lines["witness_lines"]:
        raise LawProfileError(f"{where}: witnesses need witness_lines")
    return Execution(
        statement=texts["statement"],
        company=texts["company"],
        individual=texts["individual"],
        company_lines=lines["company_lines"],
        individual_lines=lines["individual_lines"],
        witnesses=witnesses,
        witness_lines=lines["witness_lines"],
        note=texts["note"],
    )


def _flag(data: Mapping[str, Any], key: str, where: str) -> bool:
    """A true/false entry of the profile (false when absent)."""
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise LawProfileError(f"{where}: '{key}' must be true or false")
    return value


def load_profile(path: Path) -> LawProfile:
    """Read one profile file; ``LawProfileError`` names what is wrong."""
    where = f"law/{path.name}"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise LawProfileError(f"{where}: {error}") from None
    for key in _REQUIRED_TEXT:
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise LawProfileError(f"{where}: '{key}' is required")
    if not _ID.match(data["id"]) or path.stem != data["id"]:
        raise LawProfileError(f"{where}: the id must be lower case and match the file name")
    for key, allowed in (("spelling", _SPELLINGS), ("paper", _PAPERS), ("date_style", _DATE_STYLES)):
        if data[key] not in allowed:
            raise LawProfileError(f"{where}: '{key}' must be one of {', '.join(sorted(allowed))}")
    if data["family"] not in _FAMILIES:
        raise LawProfileError(f"{where}: 'family' must be one of {', '.join(sorted(_FAMILIES))}")
    forums = data.get("forums", {})
    lists_table = data.get("lists", {})
    if not isinstance(forums, dict) or not isinstance(lists_table, dict):
        raise LawProfileError(f"{where}: [forums] and [lists] must be tables")
    lists: dict[str, tuple[str, ...]] = {}
    for name in lists_table:
        if name not in _LIST_KEYS:
            raise LawProfileError(f"{where}: [lists] has an unknown key '{name}'")
        lists[name] = tuple(" ".join(item.split()) for item in _strings(lists_table, name, f"{where} [lists]"))
    deny = data.get("deny", {})
    proof = data.get("proof", {})
    return LawProfile(
        id=data["id"],
        label=data["label"],
        law_name=data["law_name"],
        family=data["family"],
        spelling=data["spelling"],
        paper=data["paper"],
        date_style=data["date_style"],
        aliases=tuple(alias.casefold() for alias in _strings(data, "aliases", where)),
        courts=str(forums.get("courts", "")),
        arbitration_institution=str(forums.get("institution", "ICC")),
        arbitration_seat=str(forums.get("seat", "")),
        mediation_provider=str(forums.get("mediation", "ICC")),
        mediation_appointer=" ".join(str(forums.get("mediation_appointer", "")).split()),
        vocabulary=_table(data, "vocabulary", where, _VOCABULARY_KEYS, _VOCABULARY_PREFIXES),
        clauses=_table(data, "clauses", where, _CLAUSE_KEYS),
        lists=lists,
        positions=_table(data, "positions", where, None),
        notes=_table(data, "notes", where, None),
        review=_table(data, "review", where, _REVIEW_KEYS),
        deny_phrases=_strings(deny, "phrases", f"{where} [deny]"),
        deny_patterns=_strings(deny, "patterns", f"{where} [deny]"),
        must_contain=_strings(proof, "must_contain", f"{where} [proof]"),
        must_not_contain=_strings(proof, "must_not_contain", f"{where} [proof]"),
        local_counsel=bool(data.get("local_counsel", False)),
        verify=_strings(data, "verify", where),
        execution=_execution(data, where),
        civil_jury=_flag(data, "civil_jury", where),
    )


@functools.cache
def _load_all(root: Path = LAW_DIR) -> dict[str, LawProfile]:
    profiles = {}
    for path in sorted(root.glob("*.toml")):
        if path.stem.startswith("_"):
            continue
        loaded = load_profile(path)
        profiles[loaded.id] = loaded
    if NEUTRAL not in profiles:
        raise LawProfileError("law/: the neutral profile (neutral.toml) is missing")
    return profiles


def all_profiles() -> tuple[LawProfile, ...]:
    """Every profile, neutral last, the rest in file order."""
    loaded = _load_all()
    return (*(p for key, p in loaded.items() if key != NEUTRAL), loaded[NEUTRAL])


def profile_ids() -> tuple[str, ...]:
    return tuple(p.id for p in all_profiles())


def profile(profile_id: str) -> LawProfile:
    """The profile with this id; an unknown id is a ``KeyError`` naming the known ones."""
    loaded = _load_all()
    try:
        return loaded[profile_id]
    except KeyError:
        raise KeyError(f"no legal-system profile '{profile_id}' (known: {', '.join(loaded)})") from None


_NOISE = re.compile(r"\b(the|laws?|of|english|law|state|governed|by)\b|[^\w\s]")


def _normalise(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


@functools.cache
def _names_index() -> tuple[tuple[str, frozenset[str], frozenset[str], str], ...]:
    """Per profile: its id, the names it answers to, those names without filler words, and
    its law's name; built once, since the profiles are fixed for the process."""
    index = []
    for candidate in all_profiles():
        if candidate.id == NEUTRAL:
            continue
        names = frozenset({candidate.id, _normalise(candidate.label), *candidate.aliases})
        # Filler words are stripped from both sides, so an alias need not be listed twice.
        bare = frozenset({" ".join(_NOISE.sub(" ", name).split()) for name in names} - {""})
        index.append((candidate.id, names, bare, _normalise(candidate.law_name)))
    return tuple(index)


# Every clause that names a place asks this again (hundreds of times per draft); the answer
# depends only on the text, and the bound keeps hostile input from growing the cache.
@functools.lru_cache(maxsize=4096)
def resolve_law_name(text: str) -> str | None:
    """The id of the profile a free-text law or place names, or ``None`` when it is
    unknown or ambiguous ("England and Wales", "the laws of Germany", "NY" -> ids)."""
    wanted = _normalise(text)
    if not wanted:
        return None
    stripped = " ".join(_NOISE.sub(" ", wanted).split())
    matches = set()
    for profile_id, names, bare, law_name in _names_index():
        if wanted in names or stripped in names or stripped in bare or law_name == wanted:
            matches.add(profile_id)
    return matches.pop() if len(matches) == 1 else None
