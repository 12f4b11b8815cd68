"""The body of the agreement as WordprocessingML, built from the document model only.

Numbers are never typed: each numbered block gets the house style of its level and Word
numbers it. Every numbered block carries a bookmark named from its id, and each
cross-reference is a REF field to that bookmark whose cached result is the model's
resolved number (what LibreOffice and a not-yet-updated Word show). Drafting notes become
comments anchored on their clause.

The contents field's cached result lists every article, the signatures and every
schedule with the page our own layout (the PDF's, set in the same face on the same page)
gives it, so the file opens complete; Word or LibreOffice can still recompute it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
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
from drafting.paper import page_setup, twips
from drafting.pdf_writer.columns import body_rows, column_widths, is_amount_column
from drafting.typography import is_lead_in, reference_text, tie_numbers

COMMENT_AUTHOR = "Pactwright"
COMMENT_INITIALS = "PW"
#: The key of the signatures heading in the page numbers (beside article and schedule ids).
SIGNATURES_KEY = "signatures"
_SIGNATURES_BOOKMARK = "c_signatures"


@dataclass(slots=True)
class RenderedBody:
    """Body paragraphs and tables (without the section properties) and the comments."""

    body_xml: str
    comment_xml: list[str] = field(default_factory=list)


def render_body(
    document: AgreementDocument, *, with_comments: bool, page_numbers: Mapping[str, int] | None = None
) -> RenderedBody:
    """The body; ``page_numbers`` (article / schedule id or ``SIGNATURES_KEY`` -> page)
    fill the contents' cached page numbers."""
    return _BodyBuilder(document, with_comments=with_comments, page_numbers=page_numbers or {}).build()


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


#: The longest last paragraph moved whole to the signature page (the PDF writer's rule).
SIGNATURE_CARRY_MAX_CHARS = 1500


class _BodyBuilder:
    def __init__(self, document: AgreementDocument, *, with_comments: bool, page_numbers: Mapping[str, int]) -> None:
        self.document = document
        self.with_comments = with_comments
        self.page_numbers = page_numbers
        self.text_width = twips(page_setup(document.metadata.paper).text_width)
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
        bookmark_id = self._take_bookmark_id()
        start = x.bookmarkStart(bookmark_id, self.bookmarks[target_id])
        end = x.bookmarkEnd(bookmark_id)
        return self._commented(note, f"{start}{runs}{end}")

    def _commented(self, note: DraftingNote | None, runs: str) -> str:
        """``runs`` inside a comment range carrying ``note`` (unchanged without one)."""
        if note is None or not self.with_comments:
            return runs
        comment_id = len(self.comments)
        paragraphs = [note.text, *(f"Alternative: {alternative}" for alternative in note.alternatives)]
        self.comments.append(x.comment(comment_id, COMMENT_AUTHOR, COMMENT_INITIALS, self._comment_stamp, paragraphs))
        return f"{x.commentRangeStart(comment_id)}{runs}{x.commentRangeEnd(comment_id)}{x.commentReference(comment_id)}"

    # --- inline content ---------------------------------------------------------------
    def _inlines(self, content: Inlines) -> str:
        pieces: list[str] = []
        for index, item in enumerate(content):
            if isinstance(item, TextRun):
                following = content[index + 1] if index + 1 < len(content) else None
                text = tie_numbers(item.text, reference_follows=isinstance(following, CrossRef))
                pieces.append(x.r(text, bold=item.bold, italic=item.italic))
            elif isinstance(item, DefinedTerm):
                pieces.append(x.r(f"\u201c{item.term}\u201d", style=StyleId.DEFINED_TERM))
            else:
                pieces.append(self._cross_reference(item))
        return "".join(pieces)

    def _cross_reference(self, ref: CrossRef) -> str:
        bookmark = self.bookmarks.get(ref.target_id)
        if bookmark is None:  # not a numbered block: nothing Word could keep in step
            return x.r(reference_text(ref.prefix, ref.number))
        if ref.target_id in self.schedule_ids and ref.prefix.lower() == "schedule":
            # The schedule list's own text is "Schedule %1": the field yields the whole reference.
            return x.REF(bookmark, ref.text)
        # A no-break space: "clause" never ends a line with its number on the next.
        prefix = x.r(f"{ref.prefix}\u00a0") if ref.prefix else ""
        return prefix + x.REF(bookmark, ref.number)

    # --- front matter -----------------------------------------------------------------
    def _cover(self) -> None:
        cover, out = self.document.cover, self.out
        out.append(x.p(x.r(cover.title), StyleId.TITLE))
        if cover.subtitle:
            out.append(x.p(x.r(cover.subtitle), StyleId.COVER_SUBTITLE))
        for text in (cover.caption, cover.version_text):
            if text:
                out.append(x.p(x.r(text), StyleId.COVER_TEXT))
        out.append(x.p(x.br_page(), StyleId.COVER_TEXT))

    def _contents(self) -> None:
        """A TOC field whose cached entries already list the articles, the signatures and
        the schedules, linked to their bookmarks, with the pages of our own layout."""
        self.out.append(x.p(x.r("Contents"), StyleId.CONTENTS_HEADING))
        entries = [(f"{a.number}\t{a.heading}", self.bookmarks[a.id], a.id) for a in self.document.articles]
        if self.document.signatures:
            entries.append(("Signatures", _SIGNATURES_BOOKMARK, SIGNATURES_KEY))
        entries += [
            (f"Schedule {s.number} \u2014 {s.title}", self.bookmarks[s.id], s.id) for s in self.document.schedules
        ]
        begin, end = x.field_begin(x.TOC_INSTRUCTION), x.field_end()
        # The style's page-number tab is at the A4 margin; another paper moves it to its own.
        tabs = ""
        if self.text_width != TEXT_WIDTH:
            tabs = (
                f'<w:tabs><w:tab w:val="clear" w:pos="{TEXT_WIDTH}"/>'
                f'<w:tab w:val="right" w:leader="dot" w:pos="{self.text_width}"/></w:tabs>'
            )
        if not entries:
            self.out.append(x.p(begin + end, StyleId.TOC_1))
        for index, (text, bookmark, key) in enumerate(entries):
            page = self.page_numbers.get(key)
            # The page number as Word's own TOC writes it: a PAGEREF field after the dot-leader tab.
            number = x.r("\t") + x.complex_field(f"PAGEREF {bookmark} \\h", x.r(str(page))) if page else ""
            link = x.hyperlink_to_bookmark(bookmark, x.r(text) + number)
            lead = begin if index == 0 else ""
            tail = end if index == len(entries) - 1 else ""
            self.out.append(x.p(lead + link + tail, StyleId.TOC_1, extra_ppr=tabs))
        self.out.append(x.p(x.br_page(), StyleId.BODY_TEXT))

    def _parties_and_recitals(self) -> None:
        document, out = self.document, self.out
        # The title heads the operative part too, as in the PDF (both paginate alike).
        out.append(x.p(x.r(document.cover.title), StyleId.BODY_TITLE))
        out.append(x.p(x.r(document.cover.opening_line or "This Agreement is made between:"), StyleId.BODY_TEXT))
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
            out.append(x.p(x.r(document.operative_intro), StyleId.UNNUMBERED_HEADING))

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
                keep = "<w:keepNext/>" if is_lead_in(block.content) else ""
                self.out.append(x.p(self._inlines(block.content), style, extra_ppr=keep))
            elif isinstance(block, Definition):
                self._definition(block, indent)
            else:
                self._table(block)

    def _clause(self, clause: Clause, levels: tuple[str, ...]) -> None:
        level = min(max(clause.level, 1), 3)
        runs = self._inlines(clause.content)
        if clause.heading:
            runs = x.r(clause.heading, bold=True) + x.r(". " if runs else ".") + runs
        # A lead-in ("... the following objectives:") stays on the page of its first item.
        keep = "<w:keepNext/>" if clause.children and is_lead_in(clause.content) else ""
        self.out.append(x.p(self._anchored(clause.id, clause.note, runs), levels[level - 1], extra_ppr=keep))
        self._blocks(clause.children, levels, indent=level)

    def _definition(self, definition: Definition, indent: int) -> None:
        term = x.r(f"\u201c{definition.term}\u201d", style=StyleId.DEFINED_TERM)
        runs = term + x.r(" ") + self._inlines(definition.content)
        extra = "<w:keepNext/>" if is_lead_in(definition.content) else ""
        if indent > 1:
            extra += f'<w:ind w:left="{LEVEL_INDENT[min(indent, 3)]}" w:firstLine="0"/>'
        self.out.append(x.p(runs, StyleId.DEFINITION, extra_ppr=extra))

    def _table(self, table: Table) -> None:
        if table.caption:
            self.out.append(x.p(x.r(table.caption), StyleId.TABLE_CAPTION))
        rows_below = body_rows(table)
        column_count = max([len(table.columns), *(len(row) for row in rows_below), 1])
        # Columns sized to their text, measured in the agreement's face (as in the PDF);
        # amounts right-aligned.
        points = column_widths(table, column_count, self.text_width / 20)
        widths = [twips(width) for width in points]
        widths[-1] += self.text_width - sum(widths)
        amounts = [is_amount_column(rows_below, column) for column in range(column_count)]

        def row_xml(cells: tuple[str, ...], *, header: bool = False, bold: bool = False) -> str:
            padded = (*cells, *([""] * (column_count - len(cells))))
            return x.tr(
                (
                    x.tc(x.p(x.r(cell, bold=bold), _cell_style(header, amounts[column])), widths[column])
                    for column, cell in enumerate(padded)
                ),
                header=header,
            )

        rows = [row_xml(table.columns, header=True)] if table.columns else []
        rows += [row_xml(row) for row in table.rows]
        if table.total_row:
            rows.append(row_xml(table.total_row, bold=True))
        self.out.append(x.tbl(rows, widths, style=StyleId.HOUSE_TABLE, fixed=True))
        # Two tables in a row would merge in Word; a paragraph also gives breathing space.
        self.out.append(x.p("", StyleId.BODY_TEXT))

    # --- execution and schedules ------------------------------------------------------
    def _signatures(self) -> None:
        """One block per party, then any witnesses, each kept together: who signs for
        whom, then the governing law's lines (room to sign above a rule, name, title,
        seal, date...). The execution statement opens the page."""
        if not self.document.signatures:
            return
        self._keep_last_paragraph_with_signatures()
        bookmark_id = self._take_bookmark_id()
        heading = x.bookmarkStart(bookmark_id, _SIGNATURES_BOOKMARK) + x.r("Signatures") + x.bookmarkEnd(bookmark_id)
        self.out.append(x.p(self._commented(self.document.execution_note, heading), StyleId.SIGNATURES_HEADING))
        statement = self.document.execution_statement
        self.out.append(x.p(x.r(statement), StyleId.BODY_TEXT, extra_ppr="<w:keepNext/>"))
        for block in (*self.document.signatures, *self.document.witnesses):
            lead = block.heading_lead
            party = x.r(f"{lead} " if lead and block.party_legal_name else lead)
            if block.party_legal_name:
                party += x.r(block.party_legal_name, bold=True)
            self.out.append(x.p(party, StyleId.SIGNATURE_PARTY))
            lines = block.body
            for index, line in enumerate(lines):
                if line.sign:
                    style = StyleId.SIGNATURE_LINE
                else:
                    style = StyleId.SIGNATURE_LAST if index == len(lines) - 1 else StyleId.SIGNATURE_TEXT
                self.out.append(x.p(x.r(line.text) if line.text else "", style))
            if lines and lines[-1].sign:
                # Blocks never touch: the space a closing "Date:" line would give.
                self.out.append(x.p("", StyleId.SIGNATURE_LAST))

    def _keep_last_paragraph_with_signatures(self) -> None:
        """No widowed signature page, as in the PDF: the last operative paragraph, when it
        is short enough to move whole, keeps with the Signatures heading."""
        if not self.out or not self.out[-1].startswith("<w:p>"):
            return
        last = self.out[-1]
        text = re.sub(r"<[^>]+>", "", last)
        if len(text) > SIGNATURE_CARRY_MAX_CHARS or "<w:keepNext/>" in last:
            return
        # w:keepNext follows w:pStyle in the schema's order of paragraph properties.
        self.out[-1] = re.sub(r"(<w:pStyle w:val=\"[^\"]*\"/>)", r"\1<w:keepNext/>", last, count=1)

    def _take_bookmark_id(self) -> int:
        self._next_bookmark_id += 1
        return self._next_bookmark_id - 1

    def _schedule(self, schedule: Schedule) -> None:
        # The list prints "Schedule 1" and a space; the title follows on the same line
        # after a dash, so the heading (and a refreshed contents entry) reads
        # "Schedule 1 — Title" with no manual line break.
        title = x.r(f"\u2014 {schedule.title}")
        self.out.append(x.p(self._anchored(schedule.id, schedule.note, title), StyleId.SCHEDULE_HEADING))
        self._blocks(schedule.blocks, StyleId.SCHEDULE_LEVELS, indent=0)


def _cell_style(header: bool, amount: bool) -> str:
    if header:
        return StyleId.TABLE_HEADING
    return StyleId.TABLE_AMOUNT if amount else StyleId.TABLE_TEXT
