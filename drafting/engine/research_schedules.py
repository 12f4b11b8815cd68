"""The schedules of an R&D collaboration (precedent 11): the Research Plan and Budget
(work packages, who performs them, and who funds what) and the key terms of the licence
the option holder may take (the term sheet, so the option is not an agreement to agree).

Built straight from ``terms.research``; ``drafting.engine.schedules`` places them.
"""

from __future__ import annotations

from decimal import Decimal

from drafting.document import CrossRef, Table, TextRun
from drafting.engine import wording
from drafting.engine.context import DealFacts
from drafting.engine.environment import clean_text
from drafting.engine.markup import DraftParagraph
from drafting.engine.numbering import DraftSchedule
from drafting.law.spelling import respell
from drafting.terms import AgreementTerms

RESEARCH_PLAN = "schedule.research_plan"
OPTION_TERMS = "schedule.option_terms"
_DASH = "\u2014"

#: The clause that refers to each schedule: without it, the schedule is left out.
OWNERS = {RESEARCH_PLAN: "research_plan.programme", OPTION_TERMS: "research_option.licence_terms"}


def research_schedule_ids(terms: AgreementTerms, selected: frozenset[str] | None) -> list[str]:
    """The R&D schedules this agreement has, in order."""
    research = terms.research
    if research is None:
        return []
    ids = []
    if (research.work_packages or research.budget) and (selected is None or OWNERS[RESEARCH_PLAN] in selected):
        ids.append(RESEARCH_PLAN)
    option = research.option
    if (
        option is not None
        and option.basis.value == "term_sheet"
        and option.term_sheet
        and (selected is None or OWNERS[OPTION_TERMS] in selected)
    ):
        ids.append(OPTION_TERMS)
    return ids


def build_research_schedule(
    schedule_id: str,
    terms: AgreementTerms,
    facts: DealFacts,
    included: frozenset[str],
    date_style: str,
    spelling: str = "en-GB",
) -> DraftSchedule:
    if schedule_id == RESEARCH_PLAN:
        return _plan(terms, facts, included, date_style)
    return _option_terms(terms, included, spelling)


def _refers(included: frozenset[str], clause_id: str, before: str, after: str, without: str) -> DraftParagraph:
    if clause_id in included:
        return DraftParagraph([TextRun(before), CrossRef(clause_id, "clause", ""), TextRun(after)])
    return DraftParagraph([TextRun(without)])


def _plan(terms: AgreementTerms, facts: DealFacts, included: frozenset[str], date_style: str) -> DraftSchedule:
    research = terms.research
    assert research is not None
    blocks: list[DraftParagraph | Table] = [
        _refers(
            included,
            OWNERS[RESEARCH_PLAN],
            "The Research Plan and the budget referred to in ",
            " are as follows.",
            "The Research Plan and the budget are as follows.",
        )
    ]
    if research.work_packages:
        rows = tuple(
            (
                str(index),
                clean_text(package.name),
                clean_text(package.party),
                clean_text(wording.bare(package.deliverables)) or _DASH,
                wording.long_date(package.due, date_style) if package.due else "By the end of the Research Term",
                wording.figures(package.fte) if package.fte is not None else _DASH,
            )
            for index, package in enumerate(research.work_packages, start=1)
        )
        blocks.append(
            Table(
                "table.work_packages",
                "Work packages",
                ("No.", "Work package", f"Performing {facts.party}", "Deliverables", "Due", "Researchers (FTE)"),
                rows,
            )
        )
    if research.budget:
        lines = tuple(
            (
                clean_text(line.description) or _DASH,
                clean_text(line.party),
                clean_text(line.payer),
                f"{line.amount.currency} {wording.money_figures(line.amount.amount)}",
            )
            for line in research.budget
        )
        currencies = {line.amount.currency for line in research.budget}
        total = None
        if len(currencies) == 1:
            (currency,) = currencies
            amount = sum((line.amount.amount for line in research.budget), Decimal(0))
            total = ("Total", "", "", f"{currency} {wording.money_figures(amount)}")
        blocks.append(
            Table(
                "table.research_budget",
                "Budget and funding",
                ("Budget line", f"Performing {facts.party}", f"Funding {facts.party}", "Maximum amount"),
                lines,
                total,
            )
        )
        funders = sorted({line.payer for line in research.budget})
        if len(currencies) == 1:
            (currency,) = currencies
            for funder in funders:
                amount = sum((line.amount.amount for line in research.budget if line.payer == funder), Decimal(0))
                blocks.append(
                    DraftParagraph(
                        [
                            TextRun(
                                f"{clean_text(funder)} funds budget lines totalling {currency} "
                                f"{wording.money_figures(amount)}, and no more."
                            )
                        ]
                    )
                )
    return DraftSchedule(RESEARCH_PLAN, "Research Plan and Budget", blocks)


def _option_terms(terms: AgreementTerms, included: frozenset[str], spelling: str) -> DraftSchedule:
    # Our own words follow the legal system's spelling ("License" under US laws); the
    # term sheet's items are the user's and stay as typed.
    licence = respell("Licence", spelling)
    research = terms.research
    assert research is not None and research.option is not None
    rows = tuple(
        (str(index), clean_text(wording.sentence(item))) for index, item in enumerate(research.option.term_sheet, 1)
    )
    blocks: list[DraftParagraph | Table] = [
        _refers(
            included,
            OWNERS[OPTION_TERMS],
            f"The key terms of the {licence} referred to in ",
            " are as follows; the royalties and payments are those of the payments article and are not restated here.",
            f"The key terms of the {licence} are as follows.",
        ),
        Table("table.option_terms", f"Key terms of the {licence}", ("No.", "Term"), rows),
    ]
    return DraftSchedule(OPTION_TERMS, f"{licence} Term Sheet", blocks)
