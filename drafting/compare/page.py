"""The compared agreement text as a standalone HTML page: for the app's history view
(QTextBrowser, so only what Qt's rich text understands) and ``drafts compare --html``."""

from __future__ import annotations

import html
import re

from drafting.compare.text import AgreementDiff, ParagraphChange, SegmentKind

_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

# Only what Qt's rich text understands: type and class selectors, colours, line-through.
_CSS = """
body{font-family:Georgia,"DejaVu Serif",serif;color:#1a1a1a;line-height:1.45}
h1{font-size:1.3em}
p{margin:.45em 0}
p.summary{color:#444;font-family:sans-serif}
p.unchanged{color:#555}
ins{background-color:#d7f5dc;color:#0b4f1c;text-decoration:underline}
del{background-color:#fbdada;color:#7a1010;text-decoration:line-through}
"""


def _escaped(text: str) -> str:
    return html.escape(_NOT_TEXT.sub("", text), quote=True).replace("\n", "<br/>").replace("\t", " ")


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def diff_summary(diff: AgreementDiff) -> str:
    """One sentence: how many paragraphs changed, were added and removed."""
    if not diff.has_changes:
        return "The text is the same in both versions."
    counts = {change: 0 for change in ParagraphChange}
    for paragraph in diff.paragraphs:
        counts[paragraph.change] += 1
    return (
        f"{_counted(counts[ParagraphChange.CHANGED], 'paragraph')} changed, "
        f"{counts[ParagraphChange.INSERTED]} added, {counts[ParagraphChange.DELETED]} removed "
        f"({_counted(diff.word_count(SegmentKind.INSERTED), 'word')} inserted, "
        f"{diff.word_count(SegmentKind.DELETED)} deleted)."
    )


def diff_html(diff: AgreementDiff) -> str:
    """A standalone page of the compared text: inserted words in ``<ins>``, deleted words
    in ``<del>``. Each changed paragraph starts with an anchor ``change-N`` (1-based), so
    a viewer can step from change to change."""
    title = f"{diff.title or 'Agreement'}: version {diff.old_version} compared with version {diff.new_version}"
    out = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        f"<title>{_escaped(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_escaped(title)}</h1>",
        f'<p class="summary">{_escaped(diff_summary(diff))}</p>',
    ]
    change_number = 0
    for paragraph in diff.paragraphs:
        if paragraph.change is ParagraphChange.UNCHANGED:
            out.append(f'<p class="unchanged">{_escaped(paragraph.new_text)}</p>')
            continue
        change_number += 1
        pieces = [f'<p class="{paragraph.change.value}"><a name="change-{change_number}"></a>']
        for segment in paragraph.segments:
            text = _escaped(segment.text)
            if segment.kind is SegmentKind.INSERTED:
                pieces.append(f"<ins>{text}</ins>")
            elif segment.kind is SegmentKind.DELETED:
                pieces.append(f"<del>{text}</del>")
            else:
                pieces.append(text)
        out.append("".join(pieces) + "</p>")
    out.append("</body></html>")
    return "\n".join(out)
