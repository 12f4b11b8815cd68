"""Typographic ties the writers apply to the agreement's text: a no-break space between
"clause", "Article", "Schedule", "paragraph" (and the like) and the number that follows,
so no line ends with "clause" and starts the next with "7.2". Word, LibreOffice and our
PDF all keep a no-break space's neighbours on one line. And which paragraphs lead in to
a list, to be kept on the page of what follows.
"""

from __future__ import annotations

import re

from drafting.document import Inlines, TextRun

NO_BREAK_SPACE = "\u00a0"

_WORDS = r"(?:sub-)?(?:clause|article|schedule|paragraph|section|part|annex|appendix)s?"
#: The word, one ordinary space, then a number or a bracketed sub-number ("(b)").
_BEFORE_NUMBER = re.compile(rf"(?i)(?<![\w-])({_WORDS}) (?=\d|\([a-z0-9]{{1,4}}\))")
#: The same, or the word and a space at the very end of a text run that a
#: cross-reference follows.
_BEFORE_REFERENCE = re.compile(rf"(?i)(?<![\w-])({_WORDS}) (?=\d|\([a-z0-9]{{1,4}}\)|$)")


def _may_hold_word(text: str) -> bool:
    """Whether ``text`` may hold one of the words: most text holds none, and these
    substring tests cost a fraction of the expression (the writers ask it for every
    run of text). A chain of ``in`` tests is several times faster than a loop."""
    return (
        "lause" in text
        or "rticle" in text
        or "chedule" in text
        or "aragraph" in text
        or "art " in text
        or "arts " in text
        or "ection" in text
        or "nnex" in text
        or "ppendi" in text
        or "LAUSE" in text
        or "RTICLE" in text
        or "CHEDULE" in text
        or "ARAGRAPH" in text
        or "ART " in text
        or "ECTION" in text
        or "NNEX" in text
        or "PPENDI" in text
    )


def tie_numbers(text: str, *, reference_follows: bool = False) -> str:
    """``text`` with a no-break space after each "clause" / "Article" / ... that a number
    follows; ``reference_follows`` ties a trailing "clause " to the cross-reference after it."""
    if " " not in text or not _may_hold_word(text):
        return text
    pattern = _BEFORE_REFERENCE if reference_follows else _BEFORE_NUMBER
    return pattern.sub(rf"\1{NO_BREAK_SPACE}", text)


def reference_text(prefix: str, number: str) -> str:
    """A cross-reference as printed: "clause 7.2" with the two held together."""
    return f"{prefix}{NO_BREAK_SPACE}{number}" if prefix else number


def is_lead_in(content: Inlines) -> bool:
    """Text that introduces what follows ("... the following objectives:"): both writers
    keep it on the page of the first item."""
    for item in reversed(content):
        if not isinstance(item, TextRun):
            return False
        if item.text.strip():
            return item.text.rstrip().endswith((":", "\u2014", ":-"))
    return False
