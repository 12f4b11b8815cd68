"""A proofreader for assembled agreements: the slips a careful drafter would catch on
reading the whole text, found mechanically so they stay fixed.

    slips = proofread(document, vocabulary(default_catalogue()))

It checks that every defined term the agreement uses is defined in it and every
definition is used, that cross-references carry their target's number and the right
word ("clause", "Article", "Schedule"), that no clause number is typed as plain text,
that the punctuation has no doubled or orphan marks, that "a"/"an" fit the next word,
and that the party wording fits the number of parties ("Neither Party" for two,
"any Party" for more).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from drafting.document import (
    AgreementDocument,
    Block,
    Clause,
    CrossRef,
    DefinedTerm,
    Definition,
    Inline,
    Paragraph,
    TextRun,
)
from drafting.engine.catalogue import Catalogue
from drafting.engine.usage import inside_a_longer_name
from drafting.terms import AllianceModel

#: Terms a template may define in running text without the <term> markup: the
#: plural of the party definition and the "control" of the Affiliate definition.
_QUOTED = re.compile(r"\u201c([^\u201d]{1,60})\u201d")
_TERM_TAG = re.compile(r"<term>([^<{}]+)</term>")

_PUNCTUATION_SLIPS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("double space", re.compile(r"\S {2,}\S")),
    ("space before punctuation", re.compile(r"\s[,;:.](?!\d)")),
    ("doubled punctuation", re.compile(r"([,;:])\s*\1|(?<!\.)\.\s*\.(?!\.)|[,;:]\.|\.[,;]|,;|;,")),
    ("space inside brackets", re.compile(r"\(\s|\s\)")),
    ("empty brackets", re.compile(r"\(\s*\)")),
    ("missing apostrophe", re.compile(r"\b(?:days|Days|months|years) notice\b")),
    ("repeated word", re.compile(r"\b([A-Za-z]{2,})\s+\1\b", re.IGNORECASE)),
    # Two sentences run together ("the clauses prevail.If there"): a template whose tags
    # swallowed the line break between them. Two letters before the mark spare "U.S.A".
    ("missing space after punctuation", re.compile(r"[A-Za-z)]{2}[.;:,][A-Z][a-z]")),
)
_A_BEFORE_VOWEL = re.compile(r"\b[Aa] (?=[AEIOaeio][a-z])(?!(?:one|once|Euro|euro|usual|unique|uni|use|user))")
_AN_BEFORE_CONSONANT = re.compile(r"\b[Aa]n (?=[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z][a-z])(?!(?:hour|honest|heir))")
_TYPED_REFERENCE = re.compile(
    r"\b(?:[Cc]lauses?|Articles?|Schedules?|paragraph) \d+(?:\.\d+)*"
    # Articles of a statute ("Article 28 of the GDPR") are not references to this agreement,
    # nor are those of a code or an act, however the code numbers them ("Article 5.74 of the
    # Civil Code", "Articles 4:1 et seq. of the Code of Companies and Associations", "Article
    # 7A:1655 of the Dutch Civil Code", "Article 544(3) of the Code of Obligations").
    r"(?!\d|\.\d|(?:\(\w+\))*(?: and \d+(?:\(\w+\))*)? of (?:the (?:UK )?GDPR|Regulation)| terms"
    r"|[A-Z]?(?::\d+)*(?:\(\w+\))*(?: et seq\.)? of (?:the |that )(?:[A-Z][\w-]* )*(?:Code|Act)\b)"
)

#: Wording that only fits an agreement between two parties, and wording that does not
#: (whole words: "all the Membership Interests" of an LLC is not "all the Members").
_TWO_PARTY_SLIPS = re.compile(
    r"\b(?:the other (?:Parties|Members)|[Nn]o (?:Party|Member)\b|two or more (?:Parties|Members)|"
    r"all the (?:Parties|Members)|another (?:Party|Member)|[Aa]ny (?:Party|Member)\b|the others\b|"
    r"other joint owners)\b"
)
_MANY_PARTY_SLIPS = re.compile(
    r"\b(?:[Nn]either (?:Party|Member)|[Ee]ither (?:Party|Member)|both (?:Parties|Members))\b"
)


@dataclass(frozen=True, slots=True)
class Slip:
    """One problem: where it is (a clause id or a part of the document), what, and the text."""

    where: str
    kind: str
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.kind}: {self.text}"


@dataclass(frozen=True, slots=True)
class _Unit:
    """One paragraph of operative text: its owner, its text, and the terms it defines."""

    where: str
    text: str
    defines: tuple[str, ...]
    operative: bool


def vocabulary(catalogue: Catalogue, model: AllianceModel | None = None) -> frozenset[str]:
    """Every term the catalogue can define (for ``model``'s drafts, when given): the
    definitions list and every ``<term>`` a template writes, so a term used where its
    definition fell away is caught. Per model, because a word one kind of agreement
    defines ("Services", "Company Work") is an ordinary word in another's text."""

    def fits(models: frozenset[AllianceModel]) -> bool:
        return model is None or not models or model in models

    terms = {spec.term for spec in catalogue.definitions if fits(spec.models)}
    for spec in catalogue.clauses():
        if fits(spec.models):
            for source in spec.sources.values():
                terms.update(match.strip() for match in _TERM_TAG.findall(source))
    for definition in catalogue.definitions:
        if fits(definition.models):
            terms.update(match for match in _QUOTED.findall(definition.source) if match[:1].isupper())
    terms.update(("Parties", "Members"))
    return frozenset(term for term in terms if term)


def _inline_text(content: Iterable[Inline]) -> tuple[str, tuple[str, ...]]:
    parts: list[str] = []
    defines: list[str] = []
    for item in content:
        if isinstance(item, TextRun):
            parts.append(item.text)
        elif isinstance(item, DefinedTerm):
            defines.append(item.term)
            parts.append("\u201c\u2026\u201d")
        else:
            # A placeholder number, so that only numbers typed as text look like references.
            parts.append(f"{item.prefix} #" if item.prefix else "#")
    text = "".join(parts)
    for quoted in _QUOTED.findall(text):
        if quoted != "\u2026":
            defines.append(quoted)
    return _QUOTED.sub("\u201c\u2026\u201d", text), tuple(defines)


def _block_units(blocks: Iterable[Block], owner: str) -> Iterator[_Unit]:
    for block in blocks:
        if isinstance(block, Clause):
            text, defines = _inline_text(block.content)
            yield _Unit(block.id, text, defines, True)
            yield from _block_units(block.children, block.id)
        elif isinstance(block, Definition):
            text, defines = _inline_text(block.content)
            yield _Unit(owner, text, (block.term, *defines), True)
        elif isinstance(block, Paragraph):
            text, defines = _inline_text(block.content)
            yield _Unit(owner, text, defines, True)
        else:
            cells = (block.caption, *block.columns, *(cell for row in block.rows for cell in row))
            yield _Unit(owner, "\n".join(cells), (), False)


def _units(document: AgreementDocument) -> list[_Unit]:
    units = [_Unit("recitals", _inline_text(recital.content)[0], (), False) for recital in document.recitals]
    for article in document.articles:
        units.extend(_block_units(article.blocks, article.id))
    for schedule in document.schedules:
        units.extend(_block_units(schedule.blocks, schedule.id))
    return units


def _term_pattern(terms: Iterable[str]) -> re.Pattern[str]:
    # Longest first, so "Initial Term" is read as one term and not as "Term".
    ordered = sorted(terms, key=len, reverse=True)
    alternatives = "|".join(re.escape(term) for term in ordered)
    return re.compile(rf"(?<![\w-])({alternatives})(?:s|es)?(?![\w-])")


def _canonical(found: str, known: frozenset[str]) -> str:
    if found in known:
        return found
    for suffix in ("es", "s"):
        if found.endswith(suffix) and found[: -len(suffix)] in known:
            return found[: -len(suffix)]
    return found


def _term_slips(units: list[_Unit], known: frozenset[str]) -> list[Slip]:
    defined: dict[str, str] = {}
    for unit in units:
        for term in unit.defines:
            defined.setdefault(term, unit.where)
    everything = known | frozenset(defined)
    pattern = _term_pattern(everything)
    used: Counter[str] = Counter()
    slips: list[Slip] = []
    for unit in units:
        for match in pattern.finditer(unit.text):
            if inside_a_longer_name(unit.text, match.start()):
                continue
            term = _canonical(match.group(1), everything)
            used[term] += 1
            # A term defined in the plural ("Joint Results") may be used in the singular.
            singular_of_defined = any(term + suffix in defined for suffix in ("s", "es"))
            if (
                unit.operative
                and term not in defined
                and _plural_owner(term, defined) is None
                and not singular_of_defined
            ):
                slips.append(Slip(unit.where, "term used but not defined", term))
    for term, where in defined.items():
        if term[:1].isupper() and used[term] == 0 and not _is_plural_of_used(term, used):
            slips.append(Slip(where, "term defined but not used", term))
    return slips


def _plural_owner(term: str, defined: dict[str, str]) -> str | None:
    for suffix in ("es", "s"):
        if term.endswith(suffix) and term[: -len(suffix)] in defined:
            return term[: -len(suffix)]
    return None


def _is_plural_of_used(term: str, used: Counter[str]) -> bool:
    return any(term.endswith(suffix) and used[term[: -len(suffix)]] for suffix in ("es", "s"))


def _reference_slips(document: AgreementDocument) -> list[Slip]:
    numbers: dict[str, tuple[str, str]] = {}
    # The law's own word for a numbered part ("Section" under US laws and American style).
    word = document.clause_word or "clause"
    for article in document.articles:
        numbers[article.id] = (article.number, word)
    for clause in document.iter_clauses():
        numbers[clause.id] = (clause.full_number, word)
    for schedule in document.schedules:
        numbers[schedule.id] = (schedule.number, "Schedule")
    slips: list[Slip] = []
    for owner, content in _all_inlines(document):
        for item in content:
            if not isinstance(item, CrossRef):
                continue
            target = numbers.get(item.target_id)
            if target is None:
                slips.append(Slip(owner, "reference to a missing target", item.target_id))
                continue
            number, word = target
            if item.number != number:
                slips.append(Slip(owner, "reference number does not match its target", f"{item.text} -> {number}"))
            if item.prefix.casefold() != word.casefold():
                slips.append(Slip(owner, f"reference should say '{word}'", item.text))
            if item.target_id == owner:
                slips.append(Slip(owner, "clause refers to itself by number (say 'this clause')", item.text))
    return slips


def _all_inlines(document: AgreementDocument) -> Iterator[tuple[str, tuple[Inline, ...]]]:
    def walk(blocks: Iterable[Block], owner: str) -> Iterator[tuple[str, tuple[Inline, ...]]]:
        for block in blocks:
            if isinstance(block, Clause):
                yield block.id, block.content
                yield from walk(block.children, block.id)
            elif isinstance(block, Definition | Paragraph):
                yield owner, block.content

    for article in document.articles:
        yield from walk(article.blocks, article.id)
    for schedule in document.schedules:
        yield from walk(schedule.blocks, schedule.id)


def _text_slips(units: list[_Unit], two_parties: bool) -> list[Slip]:
    slips: list[Slip] = []
    party_slips = _TWO_PARTY_SLIPS if two_parties else _MANY_PARTY_SLIPS
    for unit in units:
        if not unit.operative:
            continue
        text = unit.text
        for kind, pattern in _PUNCTUATION_SLIPS:
            slips.extend(Slip(unit.where, kind, _around(text, match)) for match in pattern.finditer(text))
        for pattern in (_A_BEFORE_VOWEL, _AN_BEFORE_CONSONANT):
            slips.extend(Slip(unit.where, "wrong article", _around(text, match)) for match in pattern.finditer(text))
        for match in _TYPED_REFERENCE.finditer(text):
            slips.append(Slip(unit.where, "reference typed as text", _around(text, match)))
        kind = "wording for more than two parties" if two_parties else "wording for two parties"
        slips.extend(Slip(unit.where, kind, _around(text, match)) for match in party_slips.finditer(text))
    return slips


def _around(text: str, match: re.Match[str]) -> str:
    return text[max(0, match.start() - 30) : match.end() + 30]


def proofread(document: AgreementDocument, known_terms: frozenset[str]) -> list[Slip]:
    """Every slip in the operative text (articles and schedules), in document order."""
    units = _units(document)
    two_parties = sum(1 for party in document.parties if not party.guarantor) == 2
    return [*_term_slips(units, known_terms), *_reference_slips(document), *_text_slips(units, two_parties)]
