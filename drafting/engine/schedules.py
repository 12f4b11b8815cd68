"""The schedules: tables built straight from the terms (contributions, shares,
governance seats, background IP) and, for a draft, the open points.

Each schedule is decided before any clause is rendered, so a clause can ask
``has('schedule.contributions')`` and refer to it by number.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from drafting.document import CrossRef, Inline, Table, TextRun
from drafting.engine import wording
from drafting.engine.context import DealFacts
from drafting.engine.environment import clean_text
from drafting.engine.markup import DraftParagraph
from drafting.engine.numbering import DraftSchedule
from drafting.law.spelling import respell
from drafting.terms import AgreementTerms, AllianceModel, Money
from drafting.terms.commercial import ContributionKind, SharingModel, TransferMode

_KIND_WORDS: dict[ContributionKind, str] = {
    ContributionKind.CASH: "Cash",
    ContributionKind.ASSETS: "Assets",
    ContributionKind.IP: "Intellectual property",
    ContributionKind.PERSONNEL: "Personnel",
    ContributionKind.FACILITIES: "Facilities",
    ContributionKind.DISTRIBUTION_NETWORK: "Distribution network",
    ContributionKind.BRAND: "Brand",
    ContributionKind.DATA: "Data",
    ContributionKind.SERVICES: "Services",
}
_MODE_WORDS: dict[TransferMode, str] = {
    TransferMode.ASSIGN: "Assignment",
    TransferMode.LICENSE: "Licence",
    TransferMode.LOAN: "Loan",
    TransferMode.SERVICE: "Provision of services",
}
_SHARING_WORDS: dict[SharingModel, str] = {
    SharingModel.REVENUE: "Share of Revenue",
    SharingModel.PROFIT: "Share of Profit",
    SharingModel.COST_SHARE: "Share of Shared Costs",
}
#: Shown in a table cell where a value was deliberately left out.
NOT_APPLICABLE = "\u2014"


def _figures(value: Money | None) -> str:
    return f"{value.currency} {wording.money_figures(value.amount)}" if value else NOT_APPLICABLE


def _paragraph(*content: Inline) -> DraftParagraph:
    return DraftParagraph(list(content))


def _back_reference(included: frozenset[str], clause_id: str, before: str, after: str, without: str) -> DraftParagraph:
    """ "... referred to in clause 4.1 ..." when that clause is there, else ``without``."""
    if clause_id in included:
        return _paragraph(TextRun(before), CrossRef(clause_id, "clause", ""), TextRun(after))
    return _paragraph(TextRun(without))


#: A schedule is part of the agreement only when a clause that refers to it is: one the
#: type's blueprint leaves out takes its schedule with it.
SCHEDULE_OWNERS: dict[str, str] = {
    "schedule.contributions": "contributions.",
    "schedule.governance": "governance.body",
    "schedule.background_ip": "ip.background",
}


def _owned(schedule_id: str, selected: frozenset[str] | None) -> bool:
    if selected is None:
        return True
    owner = SCHEDULE_OWNERS[schedule_id]
    return any(clause == owner or (owner.endswith(".") and clause.startswith(owner)) for clause in selected)


def planned_schedules(
    terms: AgreementTerms, open_points: Sequence[str], selected: frozenset[str] | None = None
) -> list[str]:
    """The ids of the schedules this agreement has, in order (``selected``: the clause
    ids assembled; a schedule whose clauses are all absent is left out)."""
    ids = []
    if terms.contributions and _owned("schedule.contributions", selected):
        ids.append("schedule.contributions")
    if _share_tables(terms, selected):
        ids.append("schedule.shares")
    if terms.governance.body.value != "none" and terms.governance.seats and _owned("schedule.governance", selected):
        ids.append("schedule.governance")
    if terms.ip.background_schedule and _owned("schedule.background_ip", selected):
        ids.append("schedule.background_ip")
    if open_points:
        ids.append("schedule.open_points")
    return ids


def _share_tables(terms: AgreementTerms, selected: frozenset[str] | None = None) -> list[Table]:
    tables = []
    venture = terms.joint_venture if terms.model is AllianceModel.JOINT_VENTURE else None
    if venture and venture.holdings:
        rows = tuple((clean_text(h.party), wording.figures(h.percent) + "%") for h in venture.holdings)
        total = sum((h.percent for h in venture.holdings), Decimal(0))
        tables.append(
            Table(
                "table.shareholdings",
                "Shareholdings in the Company",
                ("Shareholder", "Percentage of shares"),
                rows,
                ("Total", wording.figures(total) + "%"),
            )
        )
    equity = terms.equity if terms.model is AllianceModel.EQUITY_ALLIANCE else None
    if equity:
        tables.append(
            Table(
                "table.investment",
                "Investment",
                ("Investor", "Company invested in", "Class", "Stake", "Subscription price"),
                (
                    (
                        clean_text(equity.investor),
                        clean_text(equity.investee),
                        clean_text(equity.share_class),
                        wording.figures(equity.stake_percent) + "%",
                        _figures(equity.amount),
                    ),
                ),
            )
        )
    sharing = terms.sharing
    if sharing.model in _SHARING_WORDS and sharing.shares and (selected is None or "financial.model" in selected):
        rows = tuple((clean_text(s.party), wording.figures(s.percent) + "%") for s in sharing.shares)
        total = sum((s.percent for s in sharing.shares), Decimal(0))
        tables.append(
            Table(
                "table.sharing",
                _SHARING_WORDS[sharing.model],
                ("Party", "Percentage"),
                rows,
                ("Total", wording.figures(total) + "%"),
            )
        )
    return tables


def build_schedules(
    terms: AgreementTerms,
    facts: DealFacts,
    open_points: Sequence[str],
    included: frozenset[str],
    date_style: str = wording.DAY_MONTH_YEAR,
    spelling: str = "en-GB",
) -> list[DraftSchedule]:
    schedules = []
    for schedule_id in planned_schedules(terms, open_points, included):
        if schedule_id == "schedule.contributions":
            schedules.append(_contributions(terms, facts, included, date_style, spelling))
        elif schedule_id == "schedule.shares":
            intro = _paragraph(TextRun(f"The shares of the {facts.parties} referred to in this Agreement are:"))
            schedules.append(DraftSchedule(schedule_id, "Shares", [intro, *_share_tables(terms, included)]))
        elif schedule_id == "schedule.governance":
            schedules.append(_governance(terms, facts, included))
        elif schedule_id == "schedule.background_ip":
            schedules.append(_background(terms, facts, included))
        else:
            rows = tuple((str(index), clean_text(point)) for index, point in enumerate(open_points, start=1))
            intro = _paragraph(
                TextRun(
                    "This draft is not final. The following points remain open and must be resolved "
                    "before the agreement is signed; this Schedule will then be deleted."
                )
            )
            table = Table("table.open_points", "Open points", ("No.", "Open point"), rows)
            schedules.append(DraftSchedule(schedule_id, "Open Points", [intro, table]))
    return schedules


def _contributions(
    terms: AgreementTerms, facts: DealFacts, included: frozenset[str], date_style: str, spelling: str
) -> DraftSchedule:
    rows = tuple(
        (
            clean_text(item.party),
            _KIND_WORDS[item.kind],
            clean_text(item.description),
            _figures(item.value),
            respell(_MODE_WORDS[item.transfer_mode], spelling) if item.transfer_mode else NOT_APPLICABLE,
            wording.long_date(item.due, date_style) if item.due else "On the Effective Date",
        )
        for item in terms.contributions
    )
    currencies = {item.value.currency for item in terms.contributions if item.value}
    total_row = None
    if len(currencies) == 1:
        (currency,) = currencies
        total = sum((item.value.amount for item in terms.contributions if item.value), Decimal(0))
        total_row = ("Total", "", "", f"{currency} {wording.money_figures(total)}", "", "")
    table = Table(
        "table.contributions",
        "Contributions",
        ("Party", "Kind", "Description", "Agreed value", "Transfer", "Due"),
        rows,
        total_row,
    )
    intro = _back_reference(
        included,
        "contributions.initial",
        "The Contributions referred to in ",
        " are as follows:",
        f"The Contributions of the {facts.parties} are as follows:",
    )
    return DraftSchedule("schedule.contributions", "Contributions", [intro, table])


def _governance(terms: AgreementTerms, facts: DealFacts, included: frozenset[str]) -> DraftSchedule:
    rows = tuple(
        (clean_text(seat.party), f"{wording.number_words(seat.seats)} ({seat.seats})")
        for seat in terms.governance.seats
    )
    total = sum(seat.seats for seat in terms.governance.seats)
    table = Table(
        "table.governance_seats",
        f"Composition of the {facts.body}",
        (facts.party, f"Number of {facts.members_of_body}"),
        rows,
        ("Total", f"{wording.number_words(total)} ({total})"),
    )
    intro = _back_reference(
        included,
        "governance.body",
        f"The {facts.members_of_body} referred to in ",
        " are appointed as follows:",
        f"The {facts.members_of_body} of the {facts.body} are appointed as follows:",
    )
    return DraftSchedule("schedule.governance", f"{facts.body} Composition", [intro, table])


def _background(terms: AgreementTerms, facts: DealFacts, included: frozenset[str]) -> DraftSchedule:
    rows = tuple(
        (clean_text(asset.party), clean_text(asset.asset), clean_text(asset.registration_number) or NOT_APPLICABLE)
        for asset in terms.ip.background_schedule
    )
    table = Table("table.background_ip", "Background IP", (facts.party, "Asset", "Registration number"), rows)
    intro = _back_reference(
        included,
        "ip.background",
        f"The Background IP of {facts.each} referred to in ",
        " includes:",
        f"The Background IP of {facts.each} includes:",
    )
    return DraftSchedule("schedule.background_ip", "Background IP", [intro, table])
