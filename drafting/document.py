"""The format-neutral document model: what the agreement says and how it is
structured, read by the DOCX, PDF and HTML writers alike (render once, export many).

Everything is an immutable dataclass. Numbers are computed once by the assembler and
stored on each numbered block (``number``), so the PDF and HTML print them; the DOCX
writer instead uses ``level`` to pick a numbered Word style and lets Word number.
Cross-references carry the target's id and its resolved number, so a DOCX writer can
emit a bookmark + REF field while the others print the text.

Levels of numbered blocks:
    Article  level 0   "1"        heading, e.g. "1. DEFINITIONS AND INTERPRETATION"
    Clause   level 1   "1.1"
    Clause   level 2   "(a)"      shown in full references as "1.1(a)"
    Clause   level 3   "(i)"      shown in full references as "1.1(a)(i)"
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field


# --- inline content -------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TextRun:
    """Plain text, optionally bold or italic. User text arrives here unescaped."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True, slots=True)
class DefinedTerm:
    """The place where a term is defined: printed bold, in quotes ("Confidential Information")."""

    term: str


@dataclass(frozen=True, slots=True)
class CrossRef:
    """A reference to a numbered block by id. ``prefix`` is the word before the number
    ("clause", "Article", "Schedule"); ``number`` is the resolved full number
    ("12.2", "4.1(a)", "3")."""

    target_id: str
    prefix: str
    number: str

    @property
    def text(self) -> str:
        return f"{self.prefix} {self.number}" if self.prefix else self.number


Inline = TextRun | DefinedTerm | CrossRef
Inlines = tuple[Inline, ...]


def inline_text(content: Inlines) -> str:
    """The plain text of inline content, as a reader sees it."""
    parts: list[str] = []
    for item in content:
        if isinstance(item, TextRun):
            parts.append(item.text)
        elif isinstance(item, DefinedTerm):
            parts.append(f"\u201c{item.term}\u201d")
        else:
            parts.append(item.text)
    return "".join(parts)


# --- blocks ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DraftingNote:
    """A note for the reviewing lawyer: why the clause is there, the alternatives, what to watch."""

    text: str
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Paragraph:
    """An unnumbered paragraph (continuation text inside a clause, schedule text)."""

    content: Inlines


@dataclass(frozen=True, slots=True)
class Definition:
    """One entry of the definitions clause: the term, then its meaning."""

    term: str
    content: Inlines


@dataclass(frozen=True, slots=True)
class Table:
    """A real table: contributions schedule, shares, governance seats."""

    id: str
    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total_row: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Clause:
    """A numbered clause (level 1), sub-clause (level 2) or sub-sub-clause (level 3)."""

    id: str
    level: int
    number: str
    full_number: str
    content: Inlines
    #: A short run-in heading printed bold at the start of the clause paragraph,
    #: followed by a full stop ("Term. This Agreement ..."); empty for none.
    heading: str = ""
    children: tuple[Block, ...] = ()
    note: DraftingNote | None = None


def clause_lead_text(clause: Clause) -> str:
    """The clause paragraph's text as printed: run-in heading (if any), then content."""
    body = inline_text(clause.content)
    if not clause.heading:
        return body
    return f"{clause.heading}. {body}" if body else f"{clause.heading}."


Block = Clause | Paragraph | Definition | Table


@dataclass(frozen=True, slots=True)
class Article:
    """A numbered article (level 0) with its clauses."""

    id: str
    number: str
    heading: str
    blocks: tuple[Block, ...]
    note: DraftingNote | None = None


@dataclass(frozen=True, slots=True)
class PartyBlock:
    """One party in the opening "This agreement is made between" block."""

    number: int
    legal_name: str
    short_name: str
    description: str
    #: A parent that joins only to guarantee a party: listed and signs, but is not one
    #: of the "Parties" the clauses count.
    guarantor: bool = False


@dataclass(frozen=True, slots=True)
class Recital:
    letter: str
    content: Inlines


@dataclass(frozen=True, slots=True)
class SignatureLine:
    """One line of a signature block: text ("Name: Anna Schmidt"), or, when ``sign`` is
    true, room to sign above a rule that starts with ``text`` ("By:", or nothing)."""

    text: str
    sign: bool = False


#: The lines of a block when the governing law asks for nothing else.
_COMPANY_LINES = (SignatureLine("", sign=True), SignatureLine("Name: {name}"), SignatureLine("Title: {title}"))
_INDIVIDUAL_LINES = (SignatureLine("", sign=True), SignatureLine("Name: {name}"))


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    party_legal_name: str
    party_short_name: str
    signatory_name: str
    signatory_title: str
    #: A natural person signs for themselves ("Signed by Maria Lopez"), never "for and
    #: on behalf of" themselves, and has no title.
    individual: bool = False
    #: The words before the party's name (the governing law's execution style); ``None``
    #: for "Signed for and on behalf of" / "Signed by". A witness block has no party
    #: name: its lead is the whole heading ("Witness 1").
    lead: str | None = None
    #: What follows the heading, in order (see ``SignatureLine``); empty for the
    #: default: room to sign, name, title (companies only) and date.
    lines: tuple[SignatureLine, ...] = ()

    @property
    def heading_lead(self) -> str:
        if self.lead is not None:
            return self.lead
        return "Signed by" if self.individual else "Signed for and on behalf of"

    @property
    def body(self) -> tuple[SignatureLine, ...]:
        if self.lines:
            return self.lines
        defaults = _INDIVIDUAL_LINES if self.individual else _COMPANY_LINES
        filled = tuple(
            SignatureLine(line.text.format(name=self.signatory_name, title=self.signatory_title), line.sign)
            for line in defaults
        )
        return (*filled, SignatureLine("Date:"))


@dataclass(frozen=True, slots=True)
class Schedule:
    """A schedule after the signatures, numbered "Schedule 1", "Schedule 2", ..."""

    id: str
    number: str
    title: str
    blocks: tuple[Block, ...]
    #: A note for the reviewing lawyer on the schedule as a whole (a Word comment on its heading).
    note: DraftingNote | None = None


@dataclass(frozen=True, slots=True)
class Cover:
    title: str
    subtitle: str
    date_text: str
    version_text: str = ""
    #: The sentence that opens the operative part ("This Agreement is dated 1 March 2027.",
    #: or "... takes effect on ..." where the signature page leaves the date of signing
    #: blank); empty: the writers fall back to "This Agreement is dated <date_text>.".
    date_line: str = ""
    #: What the cover page prints for the date: "Effective Date: 1 March 2027", so that a
    #: bare date is never read as the date the agreement was made (it is made on the last
    #: signature); empty: the writers print ``date_text``.
    date_label: str = ""

    @property
    def caption(self) -> str:
        return self.date_label or self.date_text

    @property
    def opening_line(self) -> str:
        if self.date_line:
            return self.date_line
        return f"This Agreement is dated {self.date_text}." if self.date_text else ""


@dataclass(frozen=True, slots=True)
class DocumentMetadata:
    title: str
    subject: str
    author: str = "Pactwright"
    version: str = "1"
    created: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    keywords: tuple[str, ...] = ()
    #: "A4" or "Letter": the paper of the governing law's profile (Letter for US laws);
    #: both writers set the agreement on it (see ``drafting.paper``).
    paper: str = "A4"
    #: The proofing language Word checks the text in: the profile's spelling ("en-US"
    #: under US laws), so Word does not flag the American text as misspelt.
    language: str = "en-GB"


DRAFT_MARKING = "DRAFT \u2014 open points"


@dataclass(frozen=True, slots=True)
class AgreementDocument:
    """A complete agreement, ready for any writer."""

    metadata: DocumentMetadata
    cover: Cover
    parties: tuple[PartyBlock, ...]
    recitals: tuple[Recital, ...]
    articles: tuple[Article, ...]
    signatures: tuple[SignatureBlock, ...]
    schedules: tuple[Schedule, ...] = ()
    #: When set (e.g. ``DRAFT_MARKING``), every page and the cover carry this marking.
    draft_marking: str = ""
    operative_intro: str = "IT IS AGREED as follows:"
    #: The sentence that opens the signature page, in the governing law's form.
    execution_statement: str = "This Agreement has been entered into on the date stated at the beginning of it."
    #: A note for the lawyer on the signature page (e.g. "local counsel to confirm").
    execution_note: DraftingNote | None = None
    #: Witnesses to the whole agreement, after the parties' blocks (Brazil: two).
    witnesses: tuple[SignatureBlock, ...] = ()
    #: What the text calls a numbered part ("clause 4.1"; "Section 4.1" under US laws).
    clause_word: str = "clause"

    def iter_clauses(self) -> Iterator[Clause]:
        """Every clause at every level, in document order."""
        for article in self.articles:
            yield from _iter_clauses(article.blocks)
        for schedule in self.schedules:
            yield from _iter_clauses(schedule.blocks)


def _iter_clauses(blocks: tuple[Block, ...]) -> Iterator[Clause]:
    for block in blocks:
        if isinstance(block, Clause):
            yield block
            yield from _iter_clauses(block.children)


def body_text_lines(document: AgreementDocument) -> list[str]:
    """The operative text in reading order, one entry per paragraph, without numbers:
    article headings, clause headings and text, definitions, table cells, schedules.

    This is the oracle every writer is tested against: the DOCX's and the PDF's
    extracted text must contain exactly these lines, in this order.
    """
    lines: list[str] = []
    for article in document.articles:
        lines.append(article.heading)
        _block_lines(article.blocks, lines)
    for schedule in document.schedules:
        lines.append(schedule.title)
        _block_lines(schedule.blocks, lines)
    return [line for line in lines if line.strip()]


def _block_lines(blocks: tuple[Block, ...], lines: list[str]) -> None:
    for block in blocks:
        if isinstance(block, Clause):
            lines.append(clause_lead_text(block))
            _block_lines(block.children, lines)
        elif isinstance(block, Paragraph):
            lines.append(inline_text(block.content))
        elif isinstance(block, Definition):
            lines.append(f"\u201c{block.term}\u201d {inline_text(block.content)}")
        else:
            lines.append(block.caption)
            lines.extend(block.columns)
            for row in block.rows:
                lines.extend(row)
            if block.total_row:
                lines.extend(block.total_row)
