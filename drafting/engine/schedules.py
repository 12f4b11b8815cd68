"""The schedules: tables built straight from the terms (contributions, shares,
governance seats, background IP) and, for a draft, the open points.

Each schedule is decided before any clause is rendered, so a clause can ask
``has('schedule.contributions')`` and refer to it by number.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from drafting.document import CrossRef, Inline, Table, TextRun
from drafting.engine import shares_wording, wording
from drafting.engine.company_forms import form_words
from drafting.engine.consortium_budget import BUDGET_SCHEDULE, budget_schedule_ids, build_budget_schedule
from drafting.engine.context import DealFacts, nominal_value
from drafting.engine.environment import clean_text
from drafting.engine.legal_system import law_view
from drafting.engine.markup import DraftParagraph
from drafting.engine.network_schedule import partner_schedule
from drafting.engine.numbering import DraftSchedule
from drafting.engine.research_schedules import build_research_schedule, research_schedule_ids
from drafting.engine.responsibilities import RESPONSIBILITIES, build_responsibilities, responsibility_schedule_ids
from drafting.law.spelling import respell
from drafting.terms import AgreementTerms, AllianceModel, Money, PartyShare
from drafting.terms.commercial import Contribution, ContributionKind, SharingModel, TransferMode
from drafting.terms.economics import PaymentKind, ScheduledPayment
from drafting.terms.ip import BackgroundAsset
from drafting.terms.portions import total as exact_total

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
    "schedule.accession": "membership.admission",
}


#: A clause of one type's own articles that refers to a shared schedule too.
_ALSO_OWNED_BY = {"schedule.background_ip": "research_results.background"}


def project_marks(terms: AgreementTerms) -> list[BackgroundAsset]:
    """The registered marks that the Project Marks clause names: the registrations listed
    for the holder of the marks (the answers' trade mark holder, else the host). The clause
    (project/trademarks.j2) reads the same rows, so the two never disagree."""
    source = terms.open_source
    if terms.model is not AllianceModel.OPEN_SOURCE or source is None:
        return []
    holder = source.trademark_holder.strip() or (source.host or "")
    if not holder:
        return []
    return [asset for asset in terms.ip.background_schedule if asset.party == holder and asset.registration_number]


def retained_background(terms: AgreementTerms) -> list[BackgroundAsset]:
    """The Background IP rows the schedule lists. In an open-source project what a party
    contributes goes under the project licence: an item the same party also gives as an
    IP contribution is a contribution, never Background IP that it keeps. Nor are the
    Project Marks: they are held for the Project and pass to a successor host, which
    Background IP that "nothing in this Agreement transfers" could not."""
    if terms.model is not AllianceModel.OPEN_SOURCE:
        return list(terms.ip.background_schedule)
    marks = project_marks(terms)

    def words(text: str) -> str:
        return " ".join(text.casefold().split())

    given = [(item.party, words(item.description)) for item in terms.contributions if item.kind is ContributionKind.IP]

    def contributed(asset: BackgroundAsset) -> bool:
        name = words(asset.asset)
        return any(party == asset.party and (name in text or text in name) for party, text in given)

    return [asset for asset in terms.ip.background_schedule if not contributed(asset) and asset not in marks]


def _owned(schedule_id: str, selected: frozenset[str] | None) -> bool:
    if selected is None:
        return True
    owner = SCHEDULE_OWNERS[schedule_id]
    if _ALSO_OWNED_BY.get(schedule_id) in selected:
        return True
    return any(clause == owner or (owner.endswith(".") and clause.startswith(owner)) for clause in selected)


def planned_schedules(
    terms: AgreementTerms, open_points: Sequence[str], selected: frozenset[str] | None = None
) -> list[str]:
    """The ids of the schedules this agreement has, in order (``selected``: the clause
    ids assembled; a schedule whose clauses are all absent is left out)."""
    ids = []
    # With a consortium Budget only the resources made available are scheduled (cash is a
    # Member's own contribution in the Budget): cash alone leaves no Contributions schedule.
    budgeted = selected is not None and "financial.budget" in selected
    scheduled = [item for item in terms.contributions if not (budgeted and item.kind is ContributionKind.CASH)]
    if scheduled and _owned("schedule.contributions", selected):
        ids.append("schedule.contributions")
    if _share_tables(terms, selected):
        ids.append("schedule.shares")
    ids.extend(budget_schedule_ids(terms, selected))
    if terms.payments:
        ids.append("schedule.payments")
    if terms.governance.body.value != "none" and terms.governance.seats and _owned("schedule.governance", selected):
        ids.append("schedule.governance")
    # A consortium lists every Member's Background, even where a Member lists none.
    listed = bool(retained_background(terms)) or (
        terms.model is AllianceModel.CONSORTIUM and terms.consortium is not None
    )
    if listed and _owned("schedule.background_ip", selected):
        ids.append("schedule.background_ip")
    # A hosted open-source charter attaches the form by which a new member adheres.
    if terms.open_source is not None and terms.open_source.host is not None and _owned("schedule.accession", selected):
        ids.append("schedule.accession")
    if terms.network is not None and selected is not None and any(c.startswith("network_form.") for c in selected):
        ids.append("schedule.partner")
    ids.extend(research_schedule_ids(terms, selected))
    ids.extend(responsibility_schedule_ids(terms, selected))
    if open_points:
        ids.append("schedule.open_points")
    return ids


def _company_holdings(terms: AgreementTerms) -> tuple[tuple[PartyShare, ...], bool, str]:
    """The holdings in the company the parties own, whether they are equal, and what a
    holder is called: a joint venture company's, or the professionals' company's."""
    if terms.model is AllianceModel.JOINT_VENTURE and terms.joint_venture is not None:
        venture = terms.joint_venture
        return venture.holdings, venture.equal_shares, "Shareholder"
    if terms.model is AllianceModel.PROFESSIONALS_MEMBERS and terms.members is not None:
        members = terms.members
        return members.holdings, members.equal_shares, form_words(members.form).holder
    return (), False, "Shareholder"


def _capital_currency(terms: AgreementTerms) -> str:
    venture = terms.joint_venture
    return venture.share_capital.currency if venture is not None and venture.share_capital is not None else ""


def _counted_holdings(terms: AgreementTerms, holdings: Sequence[PartyShare]) -> tuple[list[int], Decimal] | None:
    """Each holder's number of shares and the nominal value of one, where the answers give
    the number of shares and the capital and every holding is a whole number of shares."""
    nominal = nominal_value(terms)
    venture = terms.joint_venture
    if nominal is None or venture is None or venture.number_of_shares is None:
        return None
    counts = []
    for holding in holdings:
        count = Fraction(venture.number_of_shares) * Fraction(holding.exact)
        if count.denominator != 1:
            return None
        counts.append(int(count))
    return (counts, nominal.amount) if sum(counts) == venture.number_of_shares else None


def _share_tables(
    terms: AgreementTerms, selected: frozenset[str] | None = None, facts: DealFacts | None = None
) -> list[Table]:
    tables = []
    holdings, _equal, holder = _company_holdings(terms)
    # The holders and their equity in the words of the Company's form ("Member", "Units");
    # the professionals' company names its own form.
    if facts is not None and terms.model is not AllianceModel.PROFESSIONALS_MEMBERS:
        holder = facts.holder
    stake = facts.stake.lower() if facts else "shares"
    if holdings:
        total = exact_total(h.exact for h in holdings)
        title = "Shareholdings in the Company" if holder == "Shareholder" else "Holdings in the Company"
        counted = _counted_holdings(terms, holdings)
        if counted is not None:
            # The number of shares and their nominal value, where the answers give both (the
            # articles of an sp. z o.o. or a GmbH state them; a percentage alone does not).
            counts, nominal = counted
            tables.append(
                Table(
                    "table.shareholdings",
                    title,
                    (holder, f"Number of {stake}", "Total nominal value", f"Percentage of {stake}"),
                    tuple(
                        (
                            clean_text(h.party),
                            wording.money_figures(Decimal(count)).removesuffix(".00"),
                            _figures(Money(amount=nominal * count, currency=_capital_currency(terms))),
                            shares_wording.portion_figures(h),
                        )
                        for h, count in zip(holdings, counts, strict=True)
                    ),
                    (
                        "Total",
                        wording.money_figures(Decimal(sum(counts))).removesuffix(".00"),
                        _figures(Money(amount=nominal * sum(counts), currency=_capital_currency(terms))),
                        shares_wording.portion_figures(total),
                    ),
                )
            )
        else:
            rows = tuple((clean_text(h.party), shares_wording.portion_figures(h)) for h in holdings)
            tables.append(
                Table(
                    "table.shareholdings",
                    title,
                    (holder, f"Percentage of {stake}"),
                    rows,
                    ("Total", shares_wording.portion_figures(total)),
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
                        clean_text(facts.investee.share_class if facts and facts.investee else equity.share_class),
                        wording.figures(equity.stake_percent) + "%",
                        _figures(equity.amount),
                    ),
                ),
            )
        )
    sharing = terms.sharing
    if sharing.model in _SHARING_WORDS and sharing.shares and (selected is None or "financial.model" in selected):
        rows = tuple((clean_text(s.party), shares_wording.portion_figures(s)) for s in sharing.shares)
        total = exact_total(s.exact for s in sharing.shares)
        tables.append(
            Table(
                "table.sharing",
                _SHARING_WORDS[sharing.model],
                ("Party", "Percentage"),
                rows,
                ("Total", shares_wording.portion_figures(total)),
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
    clause_word: str = "clause",
) -> list[DraftSchedule]:
    """The schedules, in order; their references to clauses say ``clause_word``
    ("clause"; "Section" under US laws)."""
    schedules = _build(terms, facts, open_points, included, date_style, spelling)
    for schedule in schedules:
        schedule.blocks = [
            _without_empty_columns(block) if isinstance(block, Table) else block for block in schedule.blocks
        ]
    if clause_word != "clause":
        for schedule in schedules:
            for block in schedule.blocks:
                if isinstance(block, DraftParagraph):
                    block.content = [
                        dataclasses.replace(item, prefix=clause_word)
                        if isinstance(item, CrossRef) and item.prefix == "clause"
                        else item
                        for item in block.content
                    ]
    return schedules


#: Columns that carry an optional detail of each row. Where no row gives it, the column
#: is a wall of dashes that says nothing (the panels: "Registration number", "Conditions"
#: and "Exclusions or limits" filled with "—"), so it is left out; every writer prints
#: the table it is given, so DOCX, PDF and HTML agree.
OPTIONAL_COLUMNS = frozenset({"Registration number", "Conditions", "Exclusions or limits"})


def _without_empty_columns(table: Table) -> Table:
    """``table`` without the optional columns in which no row states anything."""
    empty = {
        index
        for index, name in enumerate(table.columns)
        if name in OPTIONAL_COLUMNS and all(row[index].strip() in ("", NOT_APPLICABLE) for row in table.rows)
    }
    if not empty or not table.rows:
        return table

    def keep(cells: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(cell for index, cell in enumerate(cells) if index not in empty)

    return dataclasses.replace(
        table,
        columns=keep(table.columns),
        rows=tuple(keep(row) for row in table.rows),
        total_row=keep(table.total_row) if table.total_row is not None else None,
    )


def _build(
    terms: AgreementTerms,
    facts: DealFacts,
    open_points: Sequence[str],
    included: frozenset[str],
    date_style: str,
    spelling: str,
) -> list[DraftSchedule]:
    schedules = []
    for schedule_id in planned_schedules(terms, open_points, included):
        if schedule_id == "schedule.contributions":
            schedules.append(_contributions(terms, facts, included, date_style, spelling))
        elif schedule_id == "schedule.shares":
            stake = facts.stake.lower() if facts.has_company else "shares"
            if facts.investee is not None and not facts.has_company:
                # Only the investor subscribes: the investee holds none of its own shares
                # (units, interests: the words of its form).
                lead = f"The {facts.investee.investor_stake} to be subscribed under this Agreement are:"
            else:
                lead = f"The {stake} of the {facts.parties} referred to in this Agreement are:"
            intro = _paragraph(TextRun(lead))
            content: list[DraftParagraph | Table] = [intro, *_share_tables(terms, included, facts)]
            content.extend(_equal_shares_paragraphs(terms, facts))
            content.extend(_capitalisation(terms, facts, spelling))
            title = facts.investee.stake if facts.investee is not None and not facts.has_company else "Shares"
            schedules.append(DraftSchedule(schedule_id, title, content))
        elif schedule_id == BUDGET_SCHEDULE:
            schedules.append(build_budget_schedule(terms, facts, included))
        elif schedule_id == "schedule.payments":
            schedules.append(_payments(terms, facts, included, date_style))
        elif schedule_id == "schedule.governance":
            schedules.append(_governance(terms, facts, included))
        elif schedule_id == "schedule.background_ip":
            schedules.append(_background(terms, facts, included))
        elif schedule_id == "schedule.accession":
            schedules.append(_accession(terms, facts, included))
        elif schedule_id == "schedule.partner":
            schedules.append(partner_schedule(terms, date_style))
        elif schedule_id == RESPONSIBILITIES:
            schedules.append(build_responsibilities(terms, facts, included))
        elif schedule_id.startswith("schedule.research_") or schedule_id == "schedule.option_terms":
            schedules.append(build_research_schedule(schedule_id, terms, facts, included, date_style, spelling))
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


def _capitalisation(terms: AgreementTerms, facts: DealFacts, spelling: str = "en-GB") -> list[DraftParagraph | Table]:
    """The investee's capitalisation before and after each Completion (the table its
    capitalisation warranty points to), in the words of its form: numbers where the price
    per share or the shares in issue are known, percentages always. Where the terms do not
    count the equity in issue before Completion, the existing holders are shown by percentage
    only (never a count worked out from the price and the stake, which the investee would
    warrant as fact), and a paragraph says where the holders, the options and any incentive
    pool are stated: the Disclosure, which the investee warrants as its complete fully
    diluted capitalisation."""
    investment, investee = facts.investment, facts.investee
    if investment is None or investee is None or terms.equity is None:
        return []
    # The closing in the governing law's idiom ("Completion"; "Closing" under US profiles).
    closing = law_view(terms).word("completion") or "Completion"
    columns = [dataclasses.replace(c, label=c.label.replace("Completion", closing)) for c in investment.table]
    assumed = investment.shares_derived

    def cell(number: Decimal | None, percent: Decimal) -> str:
        share = f"{wording.figures(percent)}%"
        if number is None:
            return share
        return f"{wording.figures(number)} ({share})"

    existing = (
        "Existing " + investee.holders,
        *tuple(cell(None if assumed else c.existing, c.existing_percent) for c in columns),
    )
    investor = (clean_text(terms.equity.investor), *tuple(cell(c.investor, c.investor_percent) for c in columns))
    numbers = all(c.existing is not None and c.investor is not None for c in columns)
    total = (
        (
            "Total",
            *tuple(
                cell(None if assumed else (c.existing or Decimal(0)) + (c.investor or Decimal(0)), Decimal(100))
                for c in columns
            ),
        )
        if numbers
        else None
    )
    table = Table(
        "table.capitalisation",
        respell("Capitalisation table", spelling),
        ("Holder", *(c.label for c in columns)),
        (existing, investor),
        total,
    )
    lead = _paragraph(
        TextRun(
            f"The {investee.stake_words} of {clean_text(terms.equity.investee)} before and after "
            + (f"each {closing}" if len(columns) > 2 else closing)
            + " are, on a fully diluted basis (counting every option and other right to subscribe for "
            + investee.stake_words
            + (f", every tranche issued at the same price per {investee.stake_word}" if len(columns) > 2 else "")
            + "):"
        )
    )
    if not (assumed and numbers):
        return [lead, table]
    investee_name = clean_text(terms.equity.investee)
    law = law_view(terms)
    disclosure = law.word("disclosure") or "Disclosure Letter"
    warrants = law.word("warrants") or "warrants"
    in_issue = law.word("in_issue") or "in issue"
    note = _paragraph(
        TextRun(
            respell(
                f"The number of {investee.stake_words} {in_issue} before {closing}, each holder of them and its "
                f"holding, and every option, warrant, convertible security and other right to subscribe for "
                f"{investee.stake_words} (including the {investee.stake_words} reserved for any employee incentive "
                "plan) are as set out in the "
                f"{disclosure}; {investee_name} {warrants} that, with the {investee.stake_words} issued to "
                f"{clean_text(terms.equity.investor)} at {closing}, they are its complete capitalisation on a fully "
                "diluted basis.",
                spelling,
            )
        )
    )
    return [lead, table, note]


def _equal_shares_paragraphs(terms: AgreementTerms, facts: DealFacts) -> list[DraftParagraph]:
    """Equal shares are stated exactly and say how they change when the number of
    holders changes; the percentages live only in this Schedule."""
    paragraphs = []
    holdings, equal, _holder = _company_holdings(terms)
    if equal and holdings:
        count = len(holdings)
        paragraphs.append(
            _paragraph(
                TextRun(
                    f"The {facts.holder}s hold the {facts.stake} in equal shares, at present "
                    f"{shares_wording.fraction_words(Fraction(1, count))} each. On the admission of a new "
                    f"{facts.holder} and when a {facts.holder} leaves, the holdings are recomputed so that each "
                    f"{facts.holder} holds an equal share of the whole, and this Schedule is updated accordingly."
                )
            )
        )
    if terms.sharing.equal_shares and terms.sharing.model in _SHARING_WORDS and terms.sharing.shares:
        count = len(terms.sharing.shares)
        paragraphs.append(
            _paragraph(
                TextRun(
                    f"The {_SHARING_WORDS[terms.sharing.model]} is divided equally, at present "
                    f"{shares_wording.fraction_words(Fraction(1, count))} to each {facts.party}. When a "
                    f"{facts.party} joins or leaves, it is recomputed so that each {facts.party} has an equal share."
                )
            )
        )
    return paragraphs


_PAYMENT_KIND_WORDS = {
    "upfront": "Upfront",
    "tranche": "Tranche",
    "milestone": "Milestone",
    "success": "Success fee",
    "recurring": "Recurring",
}
_RECURRENCE_WORDS = {"monthly": "Every month", "quarterly": "Every calendar quarter", "annually": "Every year"}


def _payment_when(payment: ScheduledPayment, date_style: str) -> str:
    if payment.kind is PaymentKind.RECURRING and payment.recurrence is not None:
        when = _RECURRENCE_WORDS[payment.recurrence.value]
        if payment.due_date:
            when += f" from {wording.long_date(payment.due_date, date_style)}"
        if payment.until:
            when += f" until {wording.long_date(payment.until, date_style)}"
        return when
    if payment.due_date:
        return wording.long_date(payment.due_date, date_style)
    if payment.milestone.strip():
        return f"Milestone: {wording.lower_first(clean_text(wording.bare(payment.milestone)))}"
    return "On the Effective Date"


def _payments(terms: AgreementTerms, facts: DealFacts, included: frozenset[str], date_style: str) -> DraftSchedule:
    rows = tuple(
        (
            str(index),
            f"{_PAYMENT_KIND_WORDS[payment.kind.value]}: {clean_text(payment.label)}",
            clean_text(payment.payer),
            clean_text(payment.payee.label),
            _figures(payment.amount),
            _payment_when(payment, date_style),
            "; ".join(clean_text(wording.bare(condition)) for condition in payment.conditions) or NOT_APPLICABLE,
        )
        for index, payment in enumerate(terms.payments, start=1)
    )
    one_off = [payment.amount for payment in terms.payments if payment.kind is not PaymentKind.RECURRING]
    total_row = None
    if one_off and len({money.currency for money in one_off}) == 1:
        amount = sum((money.amount for money in one_off), Decimal(0))
        label = "Total (one-off payments)" if len(one_off) < len(terms.payments) else "Total"
        total_row = (label, "", "", "", f"{one_off[0].currency} {wording.money_figures(amount)}", "", "")
    table = Table(
        "table.payments",
        "Payment Schedule",
        ("No.", "Payment", "Payer", "Payee", "Amount", "When due", "Conditions"),
        rows,
        total_row,
    )
    intro = _back_reference(
        included,
        "financial.payment_schedule",
        "The payments referred to in ",
        " are:",
        f"The {facts.parties} shall make the following payments:",
    )
    return DraftSchedule("schedule.payments", "Payment Schedule", [intro, table])


def _contribution_due(terms: AgreementTerms, item: Contribution, date_style: str, completion: bool = False) -> str:
    """When a contribution is due. Cash a party pays in scheduled payments is due as the
    Payment Schedule says, never "on the Effective Date" (the two would contradict); in a
    company formed after conditions, an undated contribution is due at Completion."""
    if item.due:
        return wording.long_date(item.due, date_style)
    if item.kind is ContributionKind.CASH and any(payment.payer == item.party for payment in terms.payments):
        return "As set out in the Payment Schedule"
    return "At Completion" if completion else "On the Effective Date"


def _contributions(
    terms: AgreementTerms, facts: DealFacts, included: frozenset[str], date_style: str, spelling: str
) -> DraftSchedule:
    if "financial.budget" in included:
        return _resources(terms, facts, included, date_style, spelling)
    rows = tuple(
        (
            clean_text(item.party),
            _KIND_WORDS[item.kind],
            clean_text(item.description),
            _figures(item.value),
            respell(_MODE_WORDS[item.transfer_mode], spelling) if item.transfer_mode else NOT_APPLICABLE,
            _contribution_due(terms, item, date_style, "company.completion" in included),
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
    blocks: list[DraftParagraph | Table] = [intro, table, *_totals_by_party(terms, facts, included)]
    return DraftSchedule("schedule.contributions", "Contributions", blocks)


def _totals_by_party(terms: AgreementTerms, facts: DealFacts, included: frozenset[str]) -> list[DraftParagraph | Table]:
    """Each party's total agreed value, in one currency, with the grand total; and, where
    the parties own a company, how those totals stand to the holdings. The holdings are
    stated once, in the shares Schedule: this one refers to it rather than repeat a
    percentage that could come to disagree."""
    currencies = {item.value.currency for item in terms.contributions if item.value}
    # The parties' contributions to a company they own (a consortium's budget shares are
    # its own schedule's business).
    if len(currencies) != 1 or not facts.has_company:
        return []
    (currency,) = currencies
    totals: dict[str, Decimal] = {}
    for item in terms.contributions:
        if item.value is not None:
            totals[item.party] = totals.get(item.party, Decimal(0)) + item.value.amount
    if len(totals) < 2:
        return []
    # In the order the parties are named, then any name the terms hold that is not a party.
    order = [party.short_name for party in terms.parties if party.short_name in totals]
    order += [name for name in totals if name not in order]
    grand = sum(totals.values(), Decimal(0))
    table = Table(
        "table.contributions_by_party",
        f"Contributions by {facts.party}",
        (facts.party, "Total agreed value"),
        tuple((clean_text(name), f"{currency} {wording.money_figures(totals[name])}") for name in order),
        ("Total", f"{currency} {wording.money_figures(grand)}"),
    )
    blocks: list[DraftParagraph | Table] = [table]
    holdings, _equal, _holder = _company_holdings(terms)
    held = {share.party: share.exact for share in holdings}
    if (
        grand
        and "schedule.shares" in planned_schedules(terms, (), included)
        and set(held) == set(totals)
        and all(Fraction(totals[name]) / Fraction(grand) == held[name] for name in totals)
    ):
        blocks.append(
            _paragraph(
                TextRun(
                    f"The total agreed value of the Contributions of each {facts.party} stands in the same "
                    f"proportion to the total of all the Contributions as its holding of {facts.stake} set out in "
                ),
                CrossRef("schedule.shares", "Schedule", ""),
                TextRun("."),
            )
        )
    return blocks


def _resources(
    terms: AgreementTerms, facts: DealFacts, included: frozenset[str], date_style: str, spelling: str
) -> DraftSchedule:
    """The Contributions of a consortium with a Budget: the resources each Member makes
    available, with no value, no total and no cash. Money is stated once, in the Budget;
    a Member's own co-financing is its own contribution there, paid to no one."""
    rows = tuple(
        (
            clean_text(item.party),
            _KIND_WORDS[item.kind],
            clean_text(item.description),
            respell(_MODE_WORDS[item.transfer_mode], spelling) if item.transfer_mode else NOT_APPLICABLE,
            # Timing the Consortium Plan sets: "the Project" is a defined term in a consortium.
            wording.long_date(item.due, date_style) if item.due else "As the Consortium Plan provides",
        )
        for item in terms.contributions
        if item.kind is not ContributionKind.CASH
    )
    table = Table(
        "table.contributions",
        "Contributions",
        ("Member" if facts.party == "Member" else "Party", "Kind", "Description", "Made available by", "When"),
        rows,
        None,
    )
    intro = _back_reference(
        included,
        "contributions.initial",
        "The Contributions referred to in ",
        " are as follows; their costs are those stated in the Budget, and no value is agreed for them:",
        f"The Contributions of the {facts.parties} are as follows:",
    )
    return DraftSchedule("schedule.contributions", "Contributions", [intro, table])


def _governance(terms: AgreementTerms, facts: DealFacts, included: frozenset[str]) -> DraftSchedule:
    rows = tuple(
        (clean_text(seat.party), f"{wording.number_words(seat.seats)} ({seat.seats})")
        for seat in terms.governance.seats
    )
    total = sum(seat.seats for seat in terms.governance.seats)
    # The members appoint where a host stands apart (unless the list seats the host too).
    appointer = facts.voter if all(seat.party != facts.host for seat in terms.governance.seats) else facts.party
    table = Table(
        "table.governance_seats",
        f"Composition of the {facts.body}",
        (appointer, f"Number of {facts.members_of_body}"),
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


#: A blank the signatories fill in on the form of accession.
_BLANK = "____________________"


def _accession(terms: AgreementTerms, facts: DealFacts, included: frozenset[str]) -> DraftSchedule:
    """The form of Accession Agreement by which a new Member adheres to a hosted charter:
    the host signs it for itself and, as the admission clause authorises, for the others."""
    host_name = terms.open_source.host if terms.open_source is not None else None
    host = next((p for p in terms.parties if p.short_name == host_name), None)
    host_legal = clean_text(host.legal_name) if host is not None else "the host"
    title = clean_text(terms.title) or "this Agreement"

    def ref(clause_id: str, before: str, after: str, without: str) -> DraftParagraph:
        return _back_reference(included, clause_id, before, after, without)

    blocks: list[DraftParagraph | Table] = [
        _paragraph(
            TextRun(
                f"This Accession Agreement is made on {_BLANK} between {host_legal}, acting for itself and on behalf "
                f"of each other party to the {title} (the \u201cPrincipal Agreement\u201d), and {_BLANK}, "
                f"a {_BLANK} incorporated or established under the laws of {_BLANK}, whose address for notices "
                f"is {_BLANK} (the \u201cNew Member\u201d)."
            )
        ),
        ref(
            "membership.admission",
            "1. The New Member has been admitted under ",
            " of the Principal Agreement and adheres to the Principal Agreement as a Member with effect from "
            "the date of this Accession Agreement. It undertakes to perform the obligations of a Member under the "
            "Principal Agreement and to comply with the Policies, and has all the rights of a Member under it.",
            "1. The New Member adheres to the Principal Agreement as a Member with effect from the date of this "
            "Accession Agreement.",
        ),
        # A new Member joins the founding Members' promises too: it gives their warranties,
        # as at the day it joins, so that every Member stands behind the same statements.
        ref(
            "liability.warranties",
            "2. The New Member gives to each other party to the Principal Agreement the warranties in ",
            " of the Principal Agreement, as at the date of this Accession Agreement and as if each of them "
            "referred to the New Member.",
            "2. The New Member warrants to each other party to the Principal Agreement that it has full power and "
            "authority to enter into this Accession Agreement and to perform the Principal Agreement.",
        ),
        _paragraph(
            TextRun(
                f"3. {host_legal}, for itself and on behalf of each other party to the Principal Agreement, accepts "
                "the New Member as a Member. Words defined in the Principal Agreement have the same meanings here."
            )
        ),
        ref(
            "disputes",
            "4. This Accession Agreement is governed by the law that governs the Principal Agreement, and ",
            " of the Principal Agreement applies to any dispute arising out of or in connection with it.",
            "4. This Accession Agreement is governed by the law that governs the Principal Agreement.",
        ),
        _paragraph(
            TextRun(f"Signed for and on behalf of {host_legal}, for itself and for the other parties: {_BLANK}")
        ),
        _paragraph(TextRun(f"Signed for and on behalf of the New Member: {_BLANK}")),
    ]
    return DraftSchedule("schedule.accession", "Form of Accession Agreement", blocks)


def _background(terms: AgreementTerms, facts: DealFacts, included: frozenset[str]) -> DraftSchedule:
    assets = retained_background(terms)
    # The exclusions or limits an owner sets on an item get their column only where one is stated.
    limited = any(asset.limitations.strip() for asset in assets)
    columns: tuple[str, ...] = (facts.party, "Asset", "Registration number") + (
        ("Exclusions or limits",) if limited else ()
    )
    rows = tuple(
        (clean_text(asset.party), clean_text(asset.asset), clean_text(asset.registration_number) or NOT_APPLICABLE)
        + ((clean_text(asset.limitations) or NOT_APPLICABLE,) if limited else ())
        for asset in assets
    )
    if "licence.grant" in included and (facts.licensed_patents or facts.licensed_know_how):
        # A licence schedules what it licenses: the definitions of Licensed Patents and
        # Licensed Know-How read this schedule, so it bears their names.
        names = [
            name
            for name, on in (
                ("Licensed Patents", facts.licensed_patents),
                ("Licensed Know-How", facts.licensed_know_how),
            )
            if on
        ]
        title = " and ".join(names).replace("and Licensed Know-How", "and Know-How")
        table = Table("table.background_ip", title, columns, rows)
        # The Licensed Patents are those listed (the definition adds their families), not
        # "include" them: an open list would leave the licensee unsure what it has paid for.
        intro = _paragraph(TextRun(_licensed_intro(facts.licensed_patents, facts.licensed_know_how)))
        return DraftSchedule("schedule.background_ip", title, [intro, table])
    if terms.model is AllianceModel.CONSORTIUM and terms.consortium is not None:
        return _consortium_background(terms, facts, included)
    table = Table("table.background_ip", "Background IP", columns, rows)
    intro = _back_reference(
        included,
        "ip.background",
        f"The Background IP of {facts.each} referred to in ",
        " includes:",
        f"The Background IP of {facts.each} includes:",
    )
    return DraftSchedule("schedule.background_ip", "Background IP", [intro, table])


def _licensed_intro(patents: bool, know_how: bool) -> str:
    """The lead-in of a licence's schedule of what it licenses."""
    listed = (
        "The Licensed Patents are the patents and patent applications listed below, with their family members "
        "as the definition of Licensed Patents provides"
    )
    if patents and know_how:
        return f"{listed}, and the Licensed Know-How includes the know-how described below:"
    if patents:
        return f"{listed}:"
    return "The Licensed Know-How includes the following:"


def _consortium_background(terms: AgreementTerms, facts: DealFacts, included: frozenset[str]) -> DraftSchedule:
    """A consortium's Background is an exhaustive list (precedent 7, article 9): each
    Member completes its own rows, a Member that lists nothing says so, and whatever is
    not listed is excluded, so that no access right reaches it."""
    assets = retained_background(terms)
    rows: list[tuple[str, str, str, str]] = []
    for party in terms.parties:
        own = [asset for asset in assets if asset.party == party.short_name]
        rows += [
            (
                clean_text(a.party),
                clean_text(a.asset),
                clean_text(a.registration_number) or NOT_APPLICABLE,
                clean_text(a.limitations) or NOT_APPLICABLE,
            )
            for a in own
        ]
        if not own:
            rows.append(
                (
                    clean_text(party.short_name),
                    f"Nothing listed: this {facts.party} brings no Background IP",
                    NOT_APPLICABLE,
                    NOT_APPLICABLE,
                )
            )
    columns = (facts.party, "Asset", "Registration number", "Exclusions or limits")
    table = Table("table.background_ip", "Background IP", columns, tuple(rows))
    # The exclusions column is left out where no Member states one (_without_empty_columns):
    # the lead-in then does not point to it.
    within = (
        "within any exclusion or limit stated against an item. "
        if any(asset.limitations.strip() for asset in assets)
        else ""
    )
    intro = _back_reference(
        included,
        "ip.background",
        f"The Background IP of {facts.each} referred to in ",
        f" is limited to the items listed against its name below, which that {facts.party} has completed for itself"
        + (f", {within}" if within else ". ")
        + f"Any Intellectual Property Right of a {facts.party} that is not listed below is excluded from its "
        "Background IP, and no access right may be requested to it.",
        f"The Background IP of {facts.each} is limited to the items listed against its name below, which that "
        f"{facts.party} has completed for itself" + (f", {within}" if within else ". ") + "Any "
        f"Intellectual Property Right of a {facts.party} that is not listed below is excluded from its Background "
        "IP, and no access right may be requested to it.",
    )
    return DraftSchedule("schedule.background_ip", "Background IP", [intro, table])
