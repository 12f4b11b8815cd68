"""The Responsibilities schedule: each party's own undertakings, as the parties described
them, listed against its name.

A good firm's form keeps a deal's commercial description out of the operative clauses:
the clause (scope/obligations.j2) states the duty and its standard (timely performance,
skill and care, cost, notice of delay) and refers to this Schedule, which lists what each
party is to do. The user's words are never spliced into a "shall" sentence, where an
imperative typed in the wizard ("Feature the campaign ...") would otherwise become the
operative core of the deal; here each stands as its own sentence, capitalised and closed,
with the type's defined terms.

Built straight from ``terms.scope.obligations``; ``drafting.engine.schedules`` places it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafting.document import CrossRef, DraftingNote, Table, TextRun
from drafting.engine import wording
from drafting.engine.context import DealFacts
from drafting.engine.environment import clean_text
from drafting.engine.investee import commercial_only
from drafting.engine.markup import DraftParagraph
from drafting.engine.numbering import DraftSchedule
from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.commercial import PartyObligation

RESPONSIBILITIES = "schedule.responsibilities"
#: The clause that refers to the schedule: a type whose blueprint leaves it out has no schedule.
OWNER = "scope.obligations"


def listed_responsibilities(terms: AgreementTerms) -> list[PartyObligation]:
    """The responsibilities the schedule lists, in the parties' order (then any name the
    answers hold that is not a party). In an equity alliance one that only restates the
    subscription is performed at Completion, not here (the clause reads the same list)."""
    items: list[PartyObligation] = commercial_only(
        [item for item in terms.scope.obligations if item.description.strip()], terms
    )
    order = [party.short_name for party in terms.parties]
    order += [item.party for item in items if item.party not in order]
    return [item for name in dict.fromkeys(order) for item in items if item.party == name]


def responsibility_schedule_ids(terms: AgreementTerms, selected: frozenset[str] | None) -> list[str]:
    """``[RESPONSIBILITIES]`` where the answers list a responsibility and the clause that
    refers to the schedule is drafted."""
    if listed_responsibilities(terms) and (selected is None or OWNER in selected):
        return [RESPONSIBILITIES]
    return []


def responsibility_sentence(description: str, facts: DealFacts, included: frozenset[str], company: str) -> str:
    """One responsibility as a sentence of the schedule: the user's words, trimmed, in the
    type's defined terms (the joint venture company as "the Company"), first letter
    capitalised and closed by a full stop."""
    text = wording.defined_terms(wording.bare(description), facts.vocabulary, included.__contains__)
    if company:
        text = wording.as_company(text, company)
    return wording.sentence(wording.upper_first(clean_text(text)))


#: A figure, a date, a named standard or a time limit: something a party's performance can
#: be checked against ("within 30 days", "ISO/IEC 27001", "every month", "by 1 March").
_MEASURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|daily|weekly|monthly|quarterly|"
    r"annually|yearly|every|each (?:day|week|month|quarter|year)|within|by the|no later than|"
    r"standard|specification|ISO|certified|approved|agreed)\b",
    re.IGNORECASE,
)


def unmeasured_rows(rows: Sequence[tuple[str, ...]]) -> list[tuple[str, str, str]]:
    """The schedule's rows (number, party, sentence) whose responsibility has nothing to
    measure its performance by: no number, no date or period, no standard named."""
    return [(row[0], row[1], row[2]) for row in rows if not _MEASURE.search(row[2])]


def _note(rows: Sequence[tuple[str, ...]], elsewhere: str) -> DraftingNote | None:
    """A note for the lawyer where a responsibility, as drafted, cannot be checked: the
    clause holds it to timely performance with due skill, but without a quantity, a date
    or a standard a dispute about whether it was performed has nothing to turn on."""
    found = unmeasured_rows(rows)
    if not found:
        return None
    _number, party, text = found[0]
    return DraftingNote(
        f"{party}'s responsibility \u2018{text.rstrip('.')}\u2019 states no quantity, date or standard, so "
        "whether it has been performed cannot be checked. Make it specific (what, how much, by when and to what "
        "standard), or tie it to a milestone or a service level, before the Agreement is signed"
        + (f", or check that {elsewhere} does." if elsewhere else ".")
    )


def build_responsibilities(terms: AgreementTerms, facts: DealFacts, included: frozenset[str]) -> DraftSchedule:
    """The Responsibilities schedule: a lead-in that refers back to the clause, and a table
    of each party's responsibilities, numbered through so a paragraph can be cited."""
    items = listed_responsibilities(terms)
    company = terms.joint_venture.name if facts.has_company and terms.joint_venture is not None else ""
    rows = tuple(
        (str(number), clean_text(item.party), responsibility_sentence(item.description, facts, included, company))
        for number, item in enumerate(items, start=1)
    )
    consortium = terms.model is AllianceModel.CONSORTIUM and terms.consortium is not None
    against = f"set out below against the name of the {facts.party} that performs them"
    if consortium:
        # The Consortium Plan governs: the schedule summarises it at signature.
        after = (
            f" summarise the tasks allocated to {facts.each} in the Consortium Plan at the Effective Date, and the "
            f"Consortium Plan, as amended from time to time, prevails over this summary. They are {against}:"
        )
    else:
        after = f" are {against}:"
    if OWNER in included:
        intro = DraftParagraph(
            [TextRun("The responsibilities referred to in "), CrossRef(OWNER, "clause", ""), TextRun(after)]
        )
    else:
        intro = DraftParagraph([TextRun(f"The responsibilities of the {facts.parties}{after}")])
    table = Table(
        "table.responsibilities",
        f"Responsibilities of the {facts.parties}",
        ("No.", facts.party, "Responsibility"),
        rows,
    )
    # A consortium's tasks are detailed in the Consortium Plan, which this schedule only
    # summarises: the Plan, not the summary, is where they are made measurable.
    elsewhere = (
        "the Ancillary Agreement under which it is performed"
        if "company.ancillary" in included
        else "the agreement with the Company under which it is performed"
        if "company.completion" in included
        else ""
    )
    note = None if consortium else _note(rows, elsewhere)
    return DraftSchedule(RESPONSIBILITIES, "Responsibilities", [intro, table], note)
