"""Table columns, shared by the PDF and the Word writer: each column's width from the
text it holds (measured in the agreement's face, whose metrics Word's Times New Roman
shares), and which columns hold amounts (set right-aligned)."""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

from drafting.document import Table
from drafting.pdf_writer.fonts import plain_text
from drafting.pdf_writer.styles import house_styles

#: A table column whose cells all look like amounts or percentages is right-aligned.
_AMOUNT = re.compile(r"^\s*(?:[A-Z]{3}\s?|[$€£¥])?[-+]?[\d.,\s\u202f\u00a0]+%?\s*(?:[A-Z]{3})?\s*$")
#: The table's default left plus right cell padding.
CELL_PADDING = 12.0


def body_rows(table: Table) -> list[tuple[str, ...]]:
    """The rows under the heading row, the total row included."""
    return [*table.rows, *([table.total_row] if table.total_row else [])]


def is_amount_column(rows: list[tuple[str, ...]], column: int) -> bool:
    values = [row[column] for row in rows if column < len(row) and row[column].strip()]
    return bool(values) and all(_AMOUNT.match(value) for value in values)


def column_widths(table: Table, column_count: int, width: float) -> list[float]:
    """Every column gets at least its longest word (no word is broken if that fits), then
    the rest of the width goes where the text is longest, no column wider than its text."""
    styles = house_styles()
    padding = CELL_PADDING
    rows = [(table.columns, styles.table_head), *((row, styles.table_cell) for row in table.rows)]
    if table.total_row:
        rows.append((table.total_row, styles.table_total))
    floor = padding + 12.0
    minimum = [floor] * column_count
    desired = [floor] * column_count
    for row, style in rows:
        for column, cell in enumerate(row[:column_count]):
            text = plain_text(cell, limit=400)
            size = style.fontSize
            longest_word = max((stringWidth(word, style.fontName, size) for word in text.split()), default=0.0)
            minimum[column] = max(minimum[column], padding + longest_word)
            desired[column] = max(desired[column], padding + stringWidth(text, style.fontName, size))
    if sum(minimum) >= width:
        # Words too long for the page (a 1,000-character one): every column keeps room
        # for its padding and a few characters (a narrower one would give reportlab a
        # negative width); the rest goes by the length of the longest words, broken inside.
        if floor * column_count >= width:
            return [width / column_count] * column_count
        extra = [least - floor for least in minimum]
        spare = width - floor * column_count
        return [floor + spare * share / sum(extra) for share in extra]
    spare = width - sum(minimum)
    wanted = [want - least for want, least in zip(desired, minimum, strict=True)]
    if sum(wanted) <= spare:
        # Everything fits on one line: hand out the leftover in proportion to the text.
        leftover = spare - sum(wanted)
        return [want + leftover * want / sum(desired) for want in desired]
    return [least + spare * extra / sum(wanted) for least, extra in zip(minimum, wanted, strict=True)]
