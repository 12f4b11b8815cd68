"""The body of the agreement as WordprocessingML, built from the document model only.

Numbers are never typed: each numbered block gets the house style of its level and Word
numbers it. Every numbered block carries a bookmark named from its id, and each
cross-reference is a REF field to that bookmark whose cached result is the model's
resolved number (what LibreOffice and a not-yet-updated Word show). Drafting notes become
comments anchored on their clause.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from drafting.document import (
    AgreementDocument,
    Article,
    Block,
    Clause,
    CrossRef,
    DefinedTerm,
    Definition,
    DraftingNote,
    Inlines,
    Paragraph,
    Schedule,
    Table,
    TextRun,
)
from drafting.docx_writer import ooxml as x
from drafting.docx_writer.house_style import LEVEL_INDENT, TEXT_WIDTH, StyleId

COMMENT_AUTHOR = "Pactwright"
COMMENT_INITIALS = "PW"
EXECUTION_STATEMENT = "This Agreement has been entered into on the date stated at the beginning of it."
SIGNATURE_LINE = "\u2026" * 18


@dataclass(slots=True)
class RenderedBody:
    """Body paragraphs and tables (without the section properties) and the comments."""

    body_xml: str
    comment_xml: list[str] = field(default_factory=list)


def render_body(document: AgreementDocument, *, with_comments: bool) -> RenderedBody:
    return _BodyBuilder(document, with_comments=with_comments).build()


def _collect_targets(document: AgreementDocument) -> tuple[dict[str, str], set[str]]:
    """Bookmark name for every numbered block id; and which ids are schedules."""
    names: dict[str, str] = {}
    for article in document.articles:
        names[article.id] = x.bookmark_name(article.id)
    for clause in document.iter_clauses():
        names[clause.id] = x.bookmark_name(clause.id)
    schedule_ids = {schedule.id for schedule in document.schedules}
    for schedule_id in schedule_ids:
        names[schedule_id] = x.bookmark_name(schedule_id)
    return names, schedule_ids


class _BodyBuilder:
    def __init__(self, document: AgreementDocument, *, with_comments: bool) -> None:
        self.document = document
        self.with_comments = with_comments
        self.out: list[str] = []
        self.comments: list[str] = []
        self.bookmarks, self.schedule_ids = _collect_targets(document)
        self._next_bookmark_id = 0
        self._comment_stamp = x.w3cdtf(document.metadata.created)

    def build(self) -> RenderedBody:
        self._cover()
        self._contents()
        self._parties_and_recitals()
        for article in self.document.articles:
            self._article(article)
        self._signatures()
        for schedule in self.document.schedules:
            self._schedule(schedule)
        return RenderedBody("".join(self.out), self.comments)

    # --- anchors ----------------------------------------------------------------------
    def _anchored(self, target_id: str, note: DraftingNote | None, runs: str) -> str:
        """``runs`` wrapped in the block's bookmark and, when it has a note, a comment range."""
        bookmark_id = self._next_bookmark_id
        self._next_bookmark_id += 1
        start = x.bookmarkStart(bookmark_id, self.bookmarks[target_id])
        end = x.bookmarkEnd(bookmark_id)
        if note is None or not self.with_comments:
            return f"{start}{runs}{end}"
        comment_id = len(self.comments)
        paragraphs = [note.text, *(f"Alternative: {alternative}" for alternative in note.alternatives)]
        self.comments.append(x.comment(comment_id, COMMENT_AUTHOR, COMMENT_INITIALS, self._comment_stamp, paragraphs))
        return (
            f"{start}{x.commentRangeStart(comment_id)}{runs}{end}"
            f"{x.commentRangeEnd(comment_id)}{x.commentReference(comment_id)}"
        )

    # --- inline content ---------------------------------------------------------------
    def _inlines(self, content: Inlines) -> str:
        pieces: list[str] = []
        for item in content:
            if isinstance(item, TextRun):
                pieces.append(x.r(item.text, bold=item.bold, italic=item.italic))
            elif isinstance(item, DefinedTerm):
                pieces.append(x.r(f"\u201c{item.term}\u201d", bold=True))
            else:
                pieces.append(self._cross_reference(item))
        return "".join(pieces)

    def _cross_reference(self, ref: CrossRef) -> str:
        bookmark = self.bookmarks.get(ref.target_id)
        if bookmark is None:  # not a numbered block: nothing Word could keep in step
            return x.r(ref.text)
        if ref.target_id in self.schedule_ids and ref.prefix.lower() == "schedule":
            # The schedule list's own text is "Schedule %1": the field yields the whole reference.
            return x.REF(bookmark, ref.text)
        prefix = x.r(f"{ref.prefix} ") if ref.prefix else ""
        return prefix + x.REF(bookmark, ref.number)

    # --- front matter -----------------------------------------------------------------
    def _cover(self) -> None:
        cover, out = self.document.cover, self.out
        out.append(x.p(x.r(cover.title), StyleId.TITLE))
        if cover.subtitle:
            out.append(x.p(x.r(cover.subtitle), StyleId.COVER_SUBTITLE))
        for text in (cover.date_text, cover.version_text):
            if text:
                out.append(x.p(x.r(text), StyleId.COVER_TEXT))
        out.append(x.p(x.br_page(), StyleId.COVER_TEXT))

    def _contents(self) -> None:
        """A TOC field whose cached entries already list the articles and schedules (linked
        to their bookmarks); Word refreshes it, with page numbers, on opening."""
        self.out.append(x.p(x.r("Contents"), StyleId.CONTENTS_HEADING))
        entries = [(f"{a.number}\t{a.heading}", a.id) for a in self.document.articles]
        entries += [(f"Schedule {s.number}\t{s.title}", s.id) for s in self.document.schedules]
        begin, end = x.field_begin(x.TOC_INSTRUCTION), x.field_end()
        if not entries:
            self.out.append(x.p(begin + end, StyleId.TOC_1))
        for index, (text, target_id) in enumerate(entries):
            link = x.hyperlink_to_bookmark(self.bookmarks[target_id], x.r(text))
            lead = begin if index == 0 else ""
            tail = end if index == len(entries) - 1 else ""
            self.out.append(x.p(lead + link + tail, StyleId.TOC_1))
        self.out.append(x.p(x.br_page(), StyleId.BODY_TEXT))

    def _parties_and_recitals(self) -> None:
        document, out = self.document, self.out
        dated = f"This Agreement is dated {document.cover.date_text}." if document.cover.date_text else ""
        out.append(x.p(x.r(dated or "This Agreement is made between:"), StyleId.BODY_TEXT))
        if document.parties:
            out.append(x.p(x.r("Parties"), StyleId.UNNUMBERED_HEADING))
        for index, party in enumerate(document.parties):
            remaining = len(document.parties) - 1 - index
            ending = "." if remaining == 0 else ("; and" if remaining == 1 else ";")
            runs = (
                x.r(party.legal_name, bold=True)
                + x.r(f", {party.description}" if party.description else "")
                + x.r(" (")
                + x.r(f"\u201c{party.short_name}\u201d", bold=True)
                + x.r(f"){ending}")
            )
            out.append(x.p(runs, StyleId.PARTY))
        if document.recitals:
            out.append(x.p(x.r("Background"), StyleId.UNNUMBERED_HEADING))
        for recital in document.recitals:
            out.append(x.p(self._inlines(recital.content), StyleId.RECITAL))
        if document.operative_intro:
            out.append(x.p(x.r(document.operative_intro, bold=True), StyleId.BODY_TEXT))

    # --- operative part ---------------------------------------------------------------
    def _article(self, article: Article) -> None:
        heading = self._anchored(article.id, article.note, x.r(article.heading))
        self.out.append(x.p(heading, StyleId.ARTICLE_HEADING))
        self._blocks(article.blocks, StyleId.CLAUSE_LEVELS, indent=1)

    def _blocks(self, blocks: Iterable[Block], levels: tuple[str, ...], indent: int) -> None:
        for block in blocks:
            if isinstance(block, Clause):
                self._clause(block, levels)
            elif isinstance(block, Paragraph):
                style = StyleId.BODY_INDENTS[min(indent, 3) - 1] if indent else StyleId.BODY_TEXT
                self.out.append(x.p(self._inlines(block.content), style))
            elif isinstance(block, Definition):
                self._definition(block, indent)
            else:
                self._table(block)

    def _clause(self, clause: Clause, levels: tuple[str, ...]) -> None:
        level = min(max(clause.level, 1), 3)
        runs = self._inlines(clause.content)
        if clause.heading:
            runs = x.r(clause.heading, bold=True) + x.r(". " if runs else ".") + runs
        self.out.append(x.p(self._anchored(clause.id, clause.note, runs), levels[level - 1]))
        self._blocks(clause.children, levels, indent=level)

    def _definition(self, definition: Definition, indent: int) -> None:
        runs = x.r(f"\u201c{definition.term}\u201d", bold=True) + x.r(" ") + self._inlines(definition.content)
        extra = "" if indent <= 1 else f'<w:ind w:left="{LEVEL_INDENT[min(indent, 3)]}" w:firstLine="0"/>'
        self.out.append(x.p(runs, StyleId.DEFINITION, extra_ppr=extra))

    def _table(self, table: Table) -> None:
        if table.caption:
            self.out.append(x.p(x.r(table.caption), StyleId.TABLE_CAPTION))
        column_count = max([len(table.columns), *(len(row) for row in table.rows), 1])
        width = TEXT_WIDTH // column_count
        widths = [width] * column_count

        def row_xml(cells: tuple[str, ...], *, header: bool = False, bold: bool = False) -> str:
            padded = (*cells, *([""] * (column_count - len(cells))))
            style = StyleId.TABLE_HEADING if header else StyleId.TABLE_TEXT
            return x.tr(
                (x.tc(x.p(x.r(cell, bold=bold), style), width) for cell in padded),
                header=header,
            )

        rows = [row_xml(table.columns, header=True)] if table.columns else []
        rows += [row_xml(row) for row in table.rows]
        if table.total_row:
            rows.append(row_xml(table.total_row, bold=True))
        self.out.append(x.tbl(rows, widths, style=StyleId.HOUSE_TABLE))
        # Two tables in a row would merge in Word; a paragraph also gives breathing space.
        self.out.append(x.p("", StyleId.BODY_TEXT))

    # --- execution and schedules ------------------------------------------------------
    def _signatures(self) -> None:
        if not self.document.signatures:
            return
        self.out.append(x.p(x.r("Signatures"), StyleId.UNNUMBERED_HEADING))
        self.out.append(x.p(x.r(EXECUTION_STATEMENT), StyleId.BODY_TEXT))
        half = TEXT_WIDTH // 2
        rows = []
        for block in self.document.signatures:
            party = x.p(x.r("Signed for and on behalf of"), StyleId.SIGNATURE_TEXT) + x.p(
                x.r(block.party_legal_name, bold=True), StyleId.SIGNATURE_TEXT
            )
            signer = "".join(
                x.p(x.r(text), StyleId.SIGNATURE_TEXT)
                for text in (
                    SIGNATURE_LINE,
                    f"Name: {block.signatory_name}",
                    f"Title: {block.signatory_title}",
                    "Date:",
                )
            )
            rows.append(x.tr([x.tc(party, half), x.tc(signer, half)]))
        self.out.append(x.tbl(rows, [half, half], style=StyleId.PLAIN_TABLE, borders=False))

    def _schedule(self, schedule: Schedule) -> None:
        # The list prints "Schedule 1"; the title follows on its own line in the same paragraph.
        title = f"<w:r><w:br/></w:r>{x.r(schedule.title)}"
        self.out.append(x.p(self._anchored(schedule.id, None, title), StyleId.SCHEDULE_HEADING))
        self._blocks(schedule.blocks, StyleId.SCHEDULE_LEVELS, indent=0)
