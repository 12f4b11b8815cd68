"""Version compare: what changed between two versions of an agreement.

Two views of the same change, for two readers:

- ``compare_terms(old, new)`` lists the changed terms, field by field, with the field
  path the validation messages use ("parties[1].legal_name: Beta GmbH -> Beta AG").
- ``compare_agreements(old, new)`` compares the agreement text itself: paragraphs are
  aligned with difflib, then each changed paragraph is compared word by word, as a
  lawyer's redline does. ``diff_html`` shows the result as a page (for the app and for
  ``drafts compare --html``); ``drafting.docx_writer.write_redline_docx`` writes it as
  Word tracked changes.

``align_paragraphs`` and ``diff_words`` are the shared engine of both text views.
Modules: ``terms`` (the fields), ``text`` (the words), ``page`` (the HTML).
"""

from drafting.compare.page import diff_html, diff_summary
from drafting.compare.terms import EMPTY_TEXT, NONE_TEXT, ChangeKind, TermsChange, compare_terms, plain_value
from drafting.compare.text import (
    AgreementDiff,
    DiffParagraph,
    DiffSegment,
    ParagraphChange,
    SegmentKind,
    WordChange,
    agreement_lines,
    align_paragraphs,
    compare_agreements,
    diff_words,
    word_tokens,
)

__all__ = [
    "EMPTY_TEXT",
    "NONE_TEXT",
    "AgreementDiff",
    "ChangeKind",
    "DiffParagraph",
    "DiffSegment",
    "ParagraphChange",
    "SegmentKind",
    "TermsChange",
    "WordChange",
    "agreement_lines",
    "align_paragraphs",
    "compare_agreements",
    "compare_terms",
    "diff_html",
    "diff_summary",
    "diff_words",
    "plain_value",
    "word_tokens",
]
