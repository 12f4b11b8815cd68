"""The story: the document model turned into reportlab flowables, in reading order.

Cover, contents, parties and background, the articles, the signature blocks, then the
schedules. Every piece of user text goes through ``fonts.markup`` (escaped, cleaned,
font fallback); the only markup written here is our own (<b>, <i>, links).
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    Indenter,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RLTable

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
    SignatureBlock,
    Table,
    TextRun,
)
from drafting.pdf_writer.columns import CELL_PADDING, column_widths, is_amount_column
from drafting.pdf_writer.fonts import markup, single_font_text
from drafting.pdf_writer.measure import Paragraph as RLParagraph
from drafting.pdf_writer.pages import Anchor, LayoutRecord, TocLine
from drafting.pdf_writer.styles import (
    BODY_LEADING,
    INK,
    NOTE_BACKGROUND,
    NOTE_BORDER,
    RULE,
    TABLE_HEAD,
    TEXT_INDENT,
    TEXT_WIDTH,
    house_styles,
)
from drafting.typography import is_lead_in, reference_text, tie_numbers

_SIGNATURES_KEY = "signatures"
#: A closing paragraph longer than this is not moved whole onto the signature page.
_CARRIED_MAX_CHARS = 1500
#: Room an article heading needs at the foot of a page: its space above, its line, its
#: space below and two lines of the clause after it.
_HEADING_ROOM = 14 + 15 + 7 + 2 * BODY_LEADING
_CONTENTS_KEY = "contents"


def _wrap_style(text: str, bold: bool, italic: bool) -> str:
    if bold:
        text = f"<b>{text}</b>"
    if italic:
        text = f"<i>{text}</i>"
    return text


class StoryBuilder:
    """Builds the flowables of one document; ``record`` collects heading pages for the TOC."""

    def __init__(
        self, document: AgreementDocument, record: LayoutRecord, drafting_notes: bool, text_width: float = TEXT_WIDTH
    ) -> None:
        self.document = document
        self.text_width = text_width
        self.record = record
        self.drafting_notes = drafting_notes
        self.styles = house_styles()
        # Bookmark names are ours ("d0", "d1"...): ids come from the assembler and may hold anything.
        self._names: dict[str, str] = {}
        self._link_targets = self._referenced_clause_ids()

    # --- names and links --------------------------------------------------------------
    def anchor_keys(self) -> dict[str, str]:
        """Article and schedule ids, and ``"signatures"``, mapped to their anchor keys."""
        keys = {article.id: self._name(article.id) for article in self.document.articles}
        keys.update({schedule.id: self._name(schedule.id) for schedule in self.document.schedules})
        if self.document.signatures:
            keys[_SIGNATURES_KEY] = _SIGNATURES_KEY
        return keys

    def _name(self, block_id: str) -> str:
        return self._names.setdefault(block_id, f"d{len(self._names)}")

    def _referenced_clause_ids(self) -> set[str]:
        known = {clause.id for clause in self.document.iter_clauses()}
        known.update(article.id for article in self.document.articles)
        known.update(schedule.id for schedule in self.document.schedules)
        referenced: set[str] = set()
        for clause in self.document.iter_clauses():
            referenced.update(item.target_id for item in clause.content if isinstance(item, CrossRef))
        return referenced & known

    def inline(self, content: Inlines, bold: bool = False) -> str:
        parts: list[str] = []
        for index, item in enumerate(content):
            if isinstance(item, TextRun):
                following = content[index + 1] if index + 1 < len(content) else None
                tied = tie_numbers(item.text, reference_follows=isinstance(following, CrossRef))
                text = markup(tied, bold=bold or item.bold, italic=item.italic)
                parts.append(_wrap_style(text, item.bold and not bold, item.italic))
            elif isinstance(item, DefinedTerm):
                parts.append(f"<b>{markup(chr(0x201C) + item.term + chr(0x201D), bold=True)}</b>")
            else:
                text = markup(reference_text(item.prefix, item.number), bold=bold)
                if item.target_id in self._link_targets:
                    text = f'<a href="#{self._name(item.target_id)}">{text}</a>'
                parts.append(text)
        return "".join(parts)

    # --- the whole story --------------------------------------------------------------
    def build(self) -> list[Flowable]:
        story = self.cover()
        story += self.contents()
        story += self.opening()
        for article in self.document.articles:
            story += self.article(article)
        story += self.signatures(story)
        for schedule in self.document.schedules:
            story += self.schedule(schedule)
        return story

    def cover(self) -> list[Flowable]:
        cover, styles = self.document.cover, self.styles
        story: list[Flowable] = [Spacer(1, 58 * mm)]
        if self.document.draft_marking:
            story.append(RLParagraph(markup(self.document.draft_marking, bold=True), styles.cover_marking))
            story.append(Spacer(1, 10 * mm))
        story.append(RLParagraph(markup(cover.title, bold=True), styles.cover_title))
        if cover.subtitle:
            story.append(RLParagraph(markup(cover.subtitle), styles.cover_subtitle))
        story.append(Spacer(1, 8 * mm))
        story.append(HRFlowable(width="30%", thickness=0.6, color=RULE, spaceBefore=4, spaceAfter=14))
        for line in (cover.caption, cover.version_text):
            if line:
                story.append(RLParagraph(markup(line), styles.cover_text))
        story += [NextPageTemplate("body"), PageBreak()]
        return story

    def contents(self) -> list[Flowable]:
        styles = self.styles
        story: list[Flowable] = [
            Anchor(_CONTENTS_KEY, "Contents", self.record),
            RLParagraph("Contents", styles.contents_heading),
        ]
        for article in self.document.articles:
            story.append(TocLine(self._name(article.id), article.number, article.heading, self.record))
        if self.document.signatures:
            story.append(TocLine(_SIGNATURES_KEY, "", "Signatures", self.record))
        for schedule in self.document.schedules:
            title = f"Schedule {schedule.number} \u2014 {schedule.title}"
            story.append(TocLine(self._name(schedule.id), "", title, self.record))
        story.append(PageBreak())
        return story

    def opening(self) -> list[Flowable]:
        document, styles = self.document, self.styles
        story: list[Flowable] = [RLParagraph(markup(document.cover.title, bold=True), styles.body_title)]
        if document.cover.opening_line:
            story.append(RLParagraph(markup(document.cover.opening_line), styles.body))
        if document.parties:
            story.append(RLParagraph("Parties", styles.unnumbered_heading))
            last = len(document.parties) - 1
            for index, party in enumerate(document.parties):
                ending = "." if index == last else ("; and" if index == last - 1 else ";")
                description = f", {markup(party.description)}" if party.description else ""
                short_name = markup(chr(0x201C) + party.short_name + chr(0x201D), bold=True)
                text = f"<b>{markup(party.legal_name, bold=True)}</b>{description} (<b>{short_name}</b>){ending}"
                story.append(RLParagraph(text, styles.party, bulletText=f"({party.number})"))
        if document.recitals:
            story.append(RLParagraph("Background", styles.unnumbered_heading))
            for recital in document.recitals:
                story.append(
                    RLParagraph(self.inline(recital.content), styles.recital, bulletText=f"({recital.letter})")
                )
        if document.operative_intro:
            story.append(RLParagraph(markup(document.operative_intro, bold=True), styles.unnumbered_heading))
        return story

    # --- operative part ---------------------------------------------------------------
    def article(self, article: Article) -> list[Flowable]:
        key = self._name(article.id)
        heading = RLParagraph(
            markup(article.heading, bold=True), self.styles.article_heading, bulletText=article.number or None
        )
        # Word's rule for a heading (keep with next, widow control): the heading and at least
        # the first two lines of what follows share a page. reportlab's keepWithNext would
        # move the whole following clause, so the PDF would run ahead of the Word file.
        story: list[Flowable] = [
            CondPageBreak(_HEADING_ROOM),
            Anchor(key, f"{article.number} {article.heading}", self.record),
            heading,
        ]
        if article.note is not None:
            story += self.note(article.note, level=0)
        story += self.blocks(article.blocks, level=0)
        return story

    def blocks(self, blocks: Iterable[Block], level: int, in_schedule: bool = False) -> list[Flowable]:
        story: list[Flowable] = []
        for block in blocks:
            if isinstance(block, Clause):
                story += self.clause(block, in_schedule)
            elif isinstance(block, Paragraph):
                paragraph = RLParagraph(self.inline(block.content), self._indented(level, in_schedule))
                if is_lead_in(block.content):
                    paragraph.keepWithNext = True
                story.append(paragraph)
            elif isinstance(block, Definition):
                term = markup(chr(0x201C) + block.term + chr(0x201D), bold=True)
                text = f"<b>{term}</b> {self.inline(block.content)}"
                story.append(RLParagraph(text, self._indented(level, in_schedule)))
            else:
                story += self.table(block, self._indent(level, in_schedule))
        return story

    def _indent(self, level: int, in_schedule: bool) -> float:
        return 0.0 if in_schedule and level == 0 else TEXT_INDENT[min(level, 3)]

    def _indented(self, level: int, in_schedule: bool) -> ParagraphStyle:
        return self.styles.body if in_schedule and level == 0 else self.styles.indented[min(level, 3)]

    def clause(self, clause: Clause, in_schedule: bool) -> list[Flowable]:
        level = min(max(clause.level, 1), 3)
        parts = []
        if clause.id in self._link_targets:
            parts.append(f'<a name="{self._name(clause.id)}"/>')
        if clause.heading:
            separator = ". " if clause.content else "."
            parts.append(f"<b>{markup(clause.heading, bold=True)}{separator}</b>")
        parts.append(self.inline(clause.content))
        paragraph = RLParagraph("".join(parts), self.styles.clause_levels[level - 1], bulletText=clause.number or None)
        # A lead-in ("... the following objectives:") stays on the page of its first item.
        if clause.children and is_lead_in(clause.content):
            paragraph.keepWithNext = True
        story: list[Flowable] = [paragraph]
        if clause.note is not None:
            story += self.note(clause.note, level)
        story += self.blocks(clause.children, level, in_schedule)
        return story

    def table(self, table: Table, indent: float) -> list[Flowable]:
        styles = self.styles
        body_rows = [*table.rows, *([table.total_row] if table.total_row else [])]
        column_count = max([len(table.columns), *(len(row) for row in body_rows)], default=1)
        widths = column_widths(table, column_count, self.text_width - indent)
        rows = [(table.columns, styles.table_head, True), *((row, styles.table_cell, False) for row in table.rows)]
        if table.total_row:
            rows.append((table.total_row, styles.table_total, True))
        commands: list[tuple[object, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEAD),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ]
        for index, (_, style, _) in enumerate(rows):
            commands.append(("FONT", (0, index), (-1, index), style.fontName, style.fontSize, style.leading))
        amounts = [is_amount_column(body_rows, column) for column in range(column_count)]
        for column, amount in enumerate(amounts):
            if amount:
                commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
        data = [
            [
                self._cell(row[column] if column < len(row) else "", style, bold, widths[column], amounts[column])
                for column in range(column_count)
            ]
            for row, style, bold in rows
        ]
        if table.total_row:
            commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
        # splitInRow: a row taller than a page (a 100,000-character cell) splits instead of failing.
        grid = RLTable(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        grid.setStyle(TableStyle(commands))
        story: list[Flowable] = [Indenter(left=indent)]
        if table.caption:
            story.append(RLParagraph(markup(table.caption, bold=True), styles.table_caption))
        story += [grid, Spacer(1, 8), Indenter(left=-indent)]
        return story

    @staticmethod
    def _cell(text: str, style: ParagraphStyle, bold: bool, width: float, right: bool) -> Flowable | str:
        """A plain string when the text fits on one line in the serif alone: the table
        measures a string far faster than a paragraph, and wraps tables several times."""
        simple = single_font_text(text, bold=bold)
        if simple is not None and stringWidth(simple, style.fontName, style.fontSize) <= width - CELL_PADDING:
            return simple
        if right:
            style = style.clone(f"{style.name}Right", alignment=TA_RIGHT)
        return RLParagraph(markup(text, bold=bold), style)

    def note(self, note: DraftingNote, level: int) -> list[Flowable]:
        if not self.drafting_notes:
            return []
        style = self.styles.note
        paragraphs = [RLParagraph(f"<b>Drafting note:</b> {markup(note.text, italic=True)}", style)]
        paragraphs += [
            RLParagraph(f"<b>Alternative:</b> {markup(alternative, italic=True)}", style)
            for alternative in note.alternatives
        ]
        indent = TEXT_INDENT[min(level, 3)]
        box = RLTable([[paragraphs]], colWidths=[self.text_width - indent], splitInRow=1, hAlign="LEFT")
        box.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), NOTE_BACKGROUND),
                    ("LINEBEFORE", (0, 0), (0, -1), 2, NOTE_BORDER),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        return [Indenter(left=indent), box, Spacer(1, 6), Indenter(left=-indent)]

    # --- execution and schedules ------------------------------------------------------
    def signatures(self, story_so_far: list[Flowable]) -> list[Flowable]:
        if not self.document.signatures:
            return []
        # No widowed signature page: the last paragraph of the operative text, the heading,
        # the statement and the first block share a page. One KeepTogether holds them all
        # (reportlab's keepWithNext chain stops at a KeepTogether or a zero-size anchor,
        # so it cannot be relied on to reach the first block).
        carried: list[Flowable] = []
        for index in range(len(story_so_far) - 1, -1, -1):
            flowable = story_so_far[index]
            if isinstance(flowable, RLParagraph):
                if sum(len(getattr(frag, "text", "")) for frag in flowable.frags) > _CARRIED_MAX_CHARS:
                    flowable.keepWithNext = True  # too long to move whole: it may split
                else:
                    carried = story_so_far[index:]
                    del story_so_far[index:]
                break
            if not isinstance(flowable, (Indenter, Spacer)):
                break
        styles = self.styles
        blocks = [self.signature_block(block) for block in (*self.document.signatures, *self.document.witnesses)]
        opening: list[Flowable] = [
            *carried,
            Anchor(_SIGNATURES_KEY, "Signatures", self.record),
            RLParagraph("Signatures", styles.unnumbered_heading),
            *(self.note(self.document.execution_note, level=0) if self.document.execution_note else []),
            RLParagraph(markup(self.document.execution_statement), styles.signature_intro),
            blocks[0],
        ]
        return [KeepTogether(opening), *blocks[1:]]

    def signature_block(self, block: SignatureBlock) -> Flowable:
        """Who signs for whom, then the law's lines: room to sign above a rule (as in the
        Word file: 30 pt), labelled on the rule ("By:") when the law says so."""
        styles = self.styles
        lead = markup(block.heading_lead)
        heading = f"{lead} <b>{markup(block.party_legal_name, bold=True)}</b>" if block.party_legal_name else lead
        parts: list[Flowable] = [Spacer(1, 12), RLParagraph(heading.strip(), styles.signature_text)]
        for line in block.body:
            if not line.sign:
                parts.append(RLParagraph(markup(line.text), styles.signature_text))
                continue
            parts.append(Spacer(1, 30))
            if line.text:
                style = styles.signature_text
                label = stringWidth(line.text, style.fontName, style.fontSize) + 6
                rule = RLTable(
                    [[RLParagraph(markup(line.text), style), ""]],
                    colWidths=[label, max(self.text_width * 0.55 - label, self.text_width * 0.3)],
                    hAlign="LEFT",
                )
                rule.setStyle(
                    TableStyle(
                        [
                            ("LINEBELOW", (0, 0), (-1, -1), 0.6, INK),
                            # The empty cell too: no base-14 font enters the file.
                            ("FONTNAME", (0, 0), (-1, -1), style.fontName),
                            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                        ]
                    )
                )
                parts += [rule, Spacer(1, 5)]
            else:
                parts.append(HRFlowable(width="55%", thickness=0.6, color=INK, hAlign="LEFT", spaceAfter=5))
        parts.append(Spacer(1, 20))
        return KeepTogether(parts)

    def schedule(self, schedule: Schedule) -> list[Flowable]:
        styles = self.styles
        return [
            PageBreak(),
            Anchor(self._name(schedule.id), f"Schedule {schedule.number} \u2014 {schedule.title}", self.record),
            # One line, as the Word heading ("Schedule 1 — Title"), wrapping if it is long.
            RLParagraph(
                f"Schedule {markup(schedule.number, bold=True)} \u2014 {markup(schedule.title, bold=True)}",
                styles.schedule_heading,
            ),
            *(self.note(schedule.note, level=0) if schedule.note is not None else []),
            *self.blocks(schedule.blocks, level=0, in_schedule=True),
        ]
