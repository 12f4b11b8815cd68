"""A distributor's notice measured against the length of the relationship, under a rule of
a party's own country that its courts apply whatever law governs the agreement (in France,
article L.442-1 II of the Commercial Code: damages for ending an established commercial
relationship on notice too short for its length).

The yardstick is data in that country's profile (``[review] relationship_notice_months_per_year``
and ``relationship_notice_safe_harbour_months``), never a list of countries here. Each
notice by which a party may end the relationship without the other's fault (non-renewal,
convenience, a change of control, a missed minimum) is compared with it: the finding says
how many years of relationship the notice covers and from when, on this Agreement alone,
it falls short."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from drafting.engine import wording
from drafting.law.profiles import LawProfile
from drafting.review.draft import DraftText
from drafting.terms import AgreementTerms
from drafting.terms.economics import Shortfall
from drafting.terms.lifecycle import ChangeOfControl, TermKind

#: Days in an average month, to state a notice in days as months.
_MONTH_DAYS = 365.25 / 12


@dataclass(frozen=True)
class EndingNotice:
    """A notice by which a party may end the relationship, where it is drafted."""

    what: str
    clause: str
    days: int
    #: Months from the Effective Date before which this notice cannot end the Agreement.
    earliest_months: int = 0


def ending_notices(terms: AgreementTerms, draft: DraftText) -> list[EndingNotice]:
    """The notices of the draft that end the relationship without a fault of the party
    receiving them, with the clause that gives each."""
    term, termination, distribution = terms.term, terms.termination, terms.distribution
    found: list[EndingNotice] = []
    initial = term.length_months or 12
    if term.kind is TermKind.INITIAL_PLUS_RENEWAL and draft.has("term.duration"):
        found.append(
            EndingNotice(
                "the notice of non-renewal", draft.label("term.duration"), term.non_renewal_notice_days, initial
            )
        )
    if draft.has("termination.convenience"):
        earliest = initial if term.kind is TermKind.INITIAL_PLUS_RENEWAL else 0
        found.append(
            EndingNotice(
                "the notice of termination for convenience",
                draft.label("termination.convenience"),
                termination.convenience.notice_days,
                earliest,
            )
        )
    if termination.change_of_control is ChangeOfControl.TERMINATION_RIGHT and draft.has(
        "termination.change_of_control"
    ):
        # The clause's fixed notice (termination/change_of_control.termination_right.j2).
        found.append(
            EndingNotice(
                "the notice of termination after a change of control", draft.label("termination.change_of_control"), 30
            )
        )
    if (
        distribution is not None
        and distribution.minimum_purchase is not None
        and distribution.minimum_purchase_shortfall in (None, Shortfall.TERMINATION)
        and draft.has("distribution.minimum_purchase")
    ):
        # The fixed notice of termination for a missed minimum (distribution/minimum_purchase.j2),
        # given after a full Contract Year at the earliest.
        found.append(
            EndingNotice(
                "the notice of termination for a missed minimum",
                draft.label("distribution.minimum_purchase"),
                90,
                12,
            )
        )
    return found


def _months_after(start: dt.date, months: int) -> dt.date:
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    return dt.date(year, month + 1, min(start.day, calendar.monthrange(year, month + 1)[1]))


def notice_against_relationship(
    terms: AgreementTerms, draft: DraftText, other: LawProfile
) -> tuple[str, tuple[str, ...]]:
    """The sentences comparing each ending notice with ``other``'s yardstick, and the
    clauses they name; ("", ()) where the profile has no yardstick or every notice meets it."""
    per_year_text = other.review.get("relationship_notice_months_per_year", "")
    harbour_text = other.review.get("relationship_notice_safe_harbour_months", "")
    if not per_year_text or not harbour_text:
        return "", ()
    per_year, harbour = int(per_year_text), int(harbour_text)
    start = terms.term.effective_date
    parts: list[str] = []
    clauses: list[str] = []
    for notice in ending_notices(terms, draft):
        months = int(notice.days / _MONTH_DAYS + 0.5)
        if months >= harbour:
            continue
        # Whole years of relationship the notice matches on the guide.
        covered = months // per_year
        short_from = max(covered * 12, notice.earliest_months)
        when = (
            wording.long_date(_months_after(start, short_from))
            if start is not None
            else f"{wording.months(short_from)} after the Effective Date"
        )
        about = f"about {wording.number_words(months)} month{'s' if months != 1 else ''}"
        if covered:
            parts.append(
                f"{notice.what} in {notice.clause}, {wording.days(notice.days)} ({about}), matches a relationship "
                f"of up to {wording.years(covered)} and so falls short for an end on or after {when}"
            )
        else:
            parts.append(
                f"{notice.what} in {notice.clause}, {wording.days(notice.days)} ({about}), matches no relationship "
                "of a full year"
            )
        clauses.append(notice.clause)
    if not parts:
        return "", ()
    listed = "; ".join(parts)
    sentence = (
        f"Measured against that guide of {wording.months(per_year)} for each year of the relationship, "
        f"{listed}: earlier if the parties dealt with each other before this Agreement, since the whole "
        f"relationship counts. Only a notice of {wording.months(harbour)} is safe whatever its length."
    )
    return sentence, tuple(dict.fromkeys(clauses))
