"""The HTML writer: the document model as one standalone page (embedded CSS), for the
app's live preview and for ``render --format html``.

Plain string building, no template engine, so it is cheap enough to run on every
keystroke. Every piece of user text passes through ``html.escape``; numbers are
printed; cross-references are in-page links to the numbered block's anchor; drafting
notes are asides, shown only when ``notes`` is true. ``for_qt`` writes a flatter page
for QTextBrowser, which shows it in about half the time.
"""

from __future__ import annotations

import html
import re

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

_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

_CSS = """
body{font-family:Georgia,"DejaVu Serif",serif;
max-width:46em;margin:2em auto;padding:0 1.5em;line-height:1.5;color:#1a1a1a}
.marking{position:sticky;top:0;background:#b3261e;color:#fff;text-align:center;font:bold .9em sans-serif;
letter-spacing:.08em;padding:.4em;z-index:2}
.cover{text-align:center;margin:3em 0 2.5em}
.cover h1{font-size:1.8em;letter-spacing:.04em;text-transform:uppercase}
.cover .subtitle{font-size:1.1em}
.cover .date,.cover .version{color:#555}
h2{font-size:1.05em;text-transform:uppercase;letter-spacing:.05em;margin-top:2em}
h2 .num{display:inline-block;min-width:2.2em}
.clause{margin:.5em 0}
.clause .num{display:inline-block;min-width:3.2em;font-weight:bold}
.level-2{margin-left:3.2em}
.level-3{margin-left:3em}
.level-2>p>.num,.level-3>p>.num{font-weight:normal;min-width:2.4em}
.clause p{margin:.3em 0}
.run-in{font-weight:bold}
.definition{margin:.3em 0 .3em 3.2em}
.parties li,.recitals li{margin:.4em 0}
.recitals{list-style:none;padding-left:0}
.recitals .letter{display:inline-block;min-width:2em}
.note{border-left:4px solid #d9a400;background:#fff8e1;
margin:.5em 0 .8em 3.2em;padding:.4em .8em;font:.85em/1.4 sans-serif;color:#4a3b00}
.note strong{display:block}
.note ul{margin:.2em 0;padding-left:1.2em}
table{border-collapse:collapse;margin:.8em 0;width:100%;font-size:.95em}
caption{text-align:left;font-weight:bold;padding:.3em 0}
th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#eee}
tfoot td{font-weight:bold}
.signatures{display:flex;flex-wrap:wrap;gap:2em;margin-top:2em}
.signature{flex:1 1 18em;border-top:1px solid #1a1a1a;padding-top:.5em}
.signature .line{border-bottom:1px solid #777;height:2.2em;margin-bottom:.2em}
.schedule{margin-top:3em;border-top:2px solid #1a1a1a}
.schedule h2{text-align:center}
a.xref{color:inherit;text-decoration:underline dotted}
.term{font-weight:bold}
""".strip()


def _e(text: str) -> str:
    """Escaped user text: markup characters, quotes and characters HTML cannot hold."""
    return html.escape(_NOT_TEXT.sub("", text)).replace("\n", "<br>")


def anchor_name(block_id: str) -> str:
    """The in-page anchor of a numbered block, article or schedule (links and scrolling use it)."""
    return "b-" + re.sub(r"[^A-Za-z0-9_.-]", "_", block_id)


_anchor = anchor_name


def _inlines(content: Inlines, *, qt: bool = False) -> str:
    """Inline content as HTML; ``qt`` uses plain tags instead of classes (the Qt page has
    no stylesheet)."""
    bold, term = ("b", "b") if qt else ("strong", 'span class="term"')
    term_close = term.split()[0]
    parts: list[str] = []
    for item in content:
        if isinstance(item, TextRun):
            text = _e(item.text)
            if item.bold:
                text = f"<{bold}>{text}</{bold}>"
            if item.italic:
                text = f"<i>{text}</i>" if qt else f"<em>{text}</em>"
            parts.append(text)
        elif isinstance(item, DefinedTerm):
            parts.append(f"\u201c<{term}>{_e(item.term)}</{term_close}>\u201d")
        elif isinstance(item, CrossRef):
            link_class = "" if qt else ' class="xref"'
            parts.append(f'<a{link_class} href="#{_anchor(item.target_id)}">{_e(item.text)}</a>')
    return "".join(parts)


def _note(note: DraftingNote | None, show: bool) -> str:
    if note is None or not show:
        return ""
    alternatives = ""
    if note.alternatives:
        items = "".join(f"<li>{_e(text)}</li>" for text in note.alternatives)
        alternatives = f"<div>Alternatives:</div><ul>{items}</ul>"
    return f'<aside class="note"><strong>Drafting note:</strong> {_e(note.text)}{alternatives}</aside>'


def _clause(clause: Clause, notes: bool, out: list[str]) -> None:
    lead = _inlines(clause.content)
    if clause.heading:
        lead = f'<span class="run-in">{_e(clause.heading)}.</span> {lead}'
    out.append(
        f'<div class="clause level-{clause.level}" id="{_anchor(clause.id)}">'
        f'<p><span class="num">{_e(clause.number)}</span>\u2003{lead}</p>'
    )
    out.append(_note(clause.note, notes))
    _blocks(clause.children, notes, out)
    out.append("</div>")


def _table(table: Table) -> str:
    head = "".join(f"<th>{_e(column)}</th>" for column in table.columns)
    body = "".join("<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in row) + "</tr>" for row in table.rows)
    foot = ""
    if table.total_row:
        foot = "<tfoot><tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in table.total_row) + "</tr></tfoot>"
    return (
        f'<table id="{_anchor(table.id)}"><caption>{_e(table.caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody>{foot}</table>"
    )


def _blocks(blocks: tuple[Block, ...], notes: bool, out: list[str]) -> None:
    for block in blocks:
        if isinstance(block, Clause):
            _clause(block, notes, out)
        elif isinstance(block, Paragraph):
            out.append(f"<p>{_inlines(block.content)}</p>")
        elif isinstance(block, Definition):
            out.append(
                f'<p class="definition">\u201c<span class="term">{_e(block.term)}</span>\u201d '
                f"{_inlines(block.content)}</p>"
            )
        else:
            out.append(_table(block))


def _article(article: Article, notes: bool, out: list[str]) -> None:
    out.append(
        f'<section class="article" id="{_anchor(article.id)}">'
        f'<h2><span class="num">{_e(article.number)}.</span>\u2003{_e(article.heading)}</h2>'
    )
    out.append(_note(article.note, notes))
    _blocks(article.blocks, notes, out)
    out.append("</section>")


def _schedule(schedule: Schedule, notes: bool, out: list[str]) -> None:
    out.append(
        f'<section class="schedule" id="{_anchor(schedule.id)}">'
        f"<h2>Schedule {_e(schedule.number)}<br>{_e(schedule.title)}</h2>"
    )
    out.append(_note(schedule.note, notes))
    _blocks(schedule.blocks, notes, out)
    out.append("</section>")


def _signature_heading(signature: SignatureBlock, bold: str) -> str:
    """ "Signed for and on behalf of <b>Alpha GmbH</b>", "<b>ALPHA INC.</b>", "Witness 1"."""
    lead = _e(signature.heading_lead)
    if not signature.party_legal_name:
        return lead
    name = f"<{bold}>{_e(signature.party_legal_name)}</{bold}>"
    return f"{lead} {name}" if lead else name


def render_html(document: AgreementDocument, *, notes: bool = True, for_qt: bool = False) -> str:
    """The whole agreement as a standalone HTML page. ``for_qt`` gives the lighter page
    the app's preview shows (Qt's rich-text subset: the same text, numbers and links)."""
    if for_qt:
        return _render_for_qt(document, notes)
    cover = document.cover
    out: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{_e(document.metadata.title)}</title>",
        f"<style>{_CSS}</style></head><body>",
    ]
    if document.draft_marking:
        out.append(f'<div class="marking" role="note">{_e(document.draft_marking)}</div>')
    out.append(f'<header class="cover"><h1>{_e(cover.title)}</h1><p class="subtitle">{_e(cover.subtitle)}</p>')
    out.append(f'<p class="date">{_e(cover.caption)}</p>')
    if cover.version_text:
        out.append(f'<p class="version">{_e(cover.version_text)}</p>')
    out.append("</header>")
    out.append('<section class="front"><p><strong>THIS AGREEMENT</strong> is made between:</p><ol class="parties">')
    for party in document.parties:
        out.append(
            f"<li><strong>{_e(party.legal_name)}</strong>, {_e(party.description)} "
            f'(\u201c<span class="term">{_e(party.short_name)}</span>\u201d);</li>'
        )
    out.append("</ol>")
    if document.recitals:
        out.append('<p><strong>BACKGROUND</strong></p><ol class="recitals">')
        for recital in document.recitals:
            out.append(f'<li><span class="letter">({_e(recital.letter)})</span>\u2003{_inlines(recital.content)}</li>')
        out.append("</ol>")
    out.append(f"<p><strong>{_e(document.operative_intro)}</strong></p></section>")
    for article in document.articles:
        _article(article, notes, out)
    out.append(f'<section class="execution">{_note(document.execution_note, notes)}')
    out.append(f'<p>{_e(document.execution_statement)}</p><div class="signatures">')
    for signature in (*document.signatures, *document.witnesses):
        out.append(f'<div class="signature"><p>{_signature_heading(signature, "strong")}</p>')
        for line in signature.body:
            if line.sign:
                # Room to sign: the rule, with the law's label on it ("By:").
                out.append(f'<div class="line">{_e(line.text)}</div>')
            else:
                out.append(f"<p>{_e(line.text)}</p>")
        out.append("</div>")
    out.append("</div></section>")
    for schedule in document.schedules:
        _schedule(schedule, notes, out)
    out.append("</body></html>")
    return "\n".join(part for part in out if part)


# --- the lighter page for Qt's rich text (the app's live preview) ----------------------
# QTextBrowser matches every CSS rule against every element, and it ignores most of the
# layout CSS above anyway (inline-block widths, flex, sticky, borders on blocks), so the
# preview gets flat blocks with presentational attributes and a handful of inline styles:
# about half the time to show the largest example. Same words, numbers and links.
_QT_INDENT = {1: 0, 2: 36, 3: 72}
_QT_NOTE = "margin-left:36px;background-color:#fff8e1;color:#4a3b00;font-family:sans-serif;font-size:small"


def _qt_anchor(block_id: str) -> str:
    return f'<a name="{_anchor(block_id)}"></a>'


def _qt_indented(indent: int, body: str) -> str:
    return f'<p style="margin-left:{indent}px">{body}</p>' if indent else f"<p>{body}</p>"


def _qt_note(note: DraftingNote | None, show: bool, out: list[str]) -> None:
    if note is None or not show:
        return
    lines = [f"<b>Drafting note:</b> {_e(note.text)}"]
    if note.alternatives:
        lines.append("Alternatives:")
        lines.extend(f"\u2022 {_e(text)}" for text in note.alternatives)
    out.append(f'<p style="{_QT_NOTE}">{"<br>".join(lines)}</p>')


def _qt_blocks(blocks: tuple[Block, ...], notes: bool, indent: int, out: list[str]) -> None:
    for block in blocks:
        if isinstance(block, Clause):
            lead = _inlines(block.content, qt=True)
            if block.heading:
                lead = f"<b>{_e(block.heading)}.</b> {lead}"
            number = f"<b>{_e(block.number)}</b>" if block.level == 1 else _e(block.number)
            clause_indent = _QT_INDENT.get(block.level, 72)
            out.append(_qt_indented(clause_indent, f"{_qt_anchor(block.id)}{number}\u2003{lead}"))
            _qt_note(block.note, notes, out)
            _qt_blocks(block.children, notes, clause_indent + 36, out)
        elif isinstance(block, Paragraph):
            out.append(_qt_indented(indent, _inlines(block.content, qt=True)))
        elif isinstance(block, Definition):
            out.append(_qt_indented(indent, f"\u201c<b>{_e(block.term)}</b>\u201d {_inlines(block.content, qt=True)}"))
        else:
            out.append(_qt_table(block))


def _qt_table(table: Table) -> str:
    def row(cells: tuple[str, ...], tag: str = "td") -> str:
        return "<tr>" + "".join(f"<{tag}>{_e(cell)}</{tag}>" for cell in cells) + "</tr>"

    rows = "".join(row(cells) for cells in table.rows)
    total = f"<tr>{''.join(f'<td><b>{_e(cell)}</b></td>' for cell in table.total_row)}</tr>" if table.total_row else ""
    return (
        f"<p>{_qt_anchor(table.id)}<b>{_e(table.caption)}</b></p>"
        '<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse">'
        f'<tr bgcolor="#eeeeee">{"".join(f"<th align=left>{_e(column)}</th>" for column in table.columns)}</tr>'
        f"{rows}{total}</table>"
    )


def _render_for_qt(document: AgreementDocument, notes: bool) -> str:
    cover = document.cover
    out: list[str] = ["<html><body style=\"font-family:Georgia,'DejaVu Serif',serif\">"]
    if document.draft_marking:
        out.append(
            '<p align="center" style="background-color:#b3261e;color:#ffffff;font-weight:bold">'
            f"{_e(document.draft_marking)}</p>"
        )
    out.append(f'<h1 align="center">{_e(cover.title.upper())}</h1><p align="center">{_e(cover.subtitle)}</p>')
    out.append(f'<p align="center" style="color:#555555">{_e(cover.caption)}</p>')
    if cover.version_text:
        out.append(f'<p align="center" style="color:#555555">{_e(cover.version_text)}</p>')
    out.append("<p><b>THIS AGREEMENT</b> is made between:</p><ol>")
    for party in document.parties:
        out.append(
            f"<li><b>{_e(party.legal_name)}</b>, {_e(party.description)} "
            f"(\u201c<b>{_e(party.short_name)}</b>\u201d);</li>"
        )
    out.append("</ol>")
    if document.recitals:
        out.append("<p><b>BACKGROUND</b></p>")
        for recital in document.recitals:
            out.append(f"<p>({_e(recital.letter)})\u2003{_inlines(recital.content, qt=True)}</p>")
    out.append(f"<p><b>{_e(document.operative_intro)}</b></p>")
    for article in document.articles:
        out.append(f"<h2>{_qt_anchor(article.id)}{_e(article.number)}.\u2003{_e(article.heading.upper())}</h2>")
        _qt_note(article.note, notes, out)
        _qt_blocks(article.blocks, notes, 0, out)
    _qt_note(document.execution_note, notes, out)
    out.append(f"<p>{_e(document.execution_statement)}</p>")
    for signature in (*document.signatures, *document.witnesses):
        lines = "".join(
            f"<br><br>{_e(line.text)}{' ' if line.text else ''}______________________________"
            if line.sign
            else f"<br>{_e(line.text)}"
            for line in signature.body
        )
        out.append(f"<p>{_signature_heading(signature, 'b')}{lines}</p>")
    for schedule in document.schedules:
        out.append(
            f'<hr><h2 align="center">{_qt_anchor(schedule.id)}SCHEDULE {_e(schedule.number)}<br>'
            f"{_e(schedule.title.upper())}</h2>"
        )
        _qt_note(schedule.note, notes, out)
        _qt_blocks(schedule.blocks, notes, 0, out)
    out.append("</body></html>")
    return "\n".join(out)
