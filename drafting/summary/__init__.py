"""The key-terms summary: one page in plain language (who, what, money, duration, exit,
law) that a business owner reads and a lawyer checks first. Built from the terms and
the assembled agreement (so it names the clauses as numbered in the draft), written as
Word or PDF beside the agreement. No Qt here."""

from drafting.summary.build import KeyTerms, SummarySection, build_summary, summary_for
from drafting.summary.files import SUMMARY_FORMATS, export_summary
from drafting.summary.write import summary_html, summary_text, write_summary

__all__ = [
    "SUMMARY_FORMATS",
    "KeyTerms",
    "SummarySection",
    "build_summary",
    "export_summary",
    "summary_for",
    "summary_html",
    "summary_text",
    "write_summary",
]
