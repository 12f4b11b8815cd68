"""What the key-terms summary says, section by section, from the terms (the facts) and
the assembled document (where each fact is in the draft: "see clause 4").

The sentences are short and plain on purpose: this is the page read by someone with no
legal training, so it never quotes a clause, and every figure is as the user typed it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from drafting.document import AgreementDocument, Article
from drafting.engine import assemble_agreement
from drafting.engine.wording import courts as courts_text
from drafting.engine.wording import long_date, money_figures
from drafting.law import institution, profile
from drafting.law.profiles import LawProfileError
from drafting.terms import AgreementTerms, Money
from drafting.terms.commercial import SharingModel
from drafting.terms.lifecycle import ChangeOfControl, Forum, TermKind

#: The summary's sections, in the order a reader asks the questions, with the articles
#: of the draft that hold the answer (the first one present is cited).
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Who", ()),
    ("What", ("scope", "contributions", "licence", "distribution", "co_marketing", "consortium", "data", "project")),
    ("Money", ("financial", "investment", "company")),
    ("Duration", ("term",)),
    ("Exit", ("termination", "effects", "exit")),
    ("Law and disputes", ("disputes",)),
)

PERIOD_WORDS = {"monthly": "month", "quarterly": "quarter", "half_yearly": "half-year", "annually": "year"}
DEDUCTION_WORDS = {
    "returns": "returns",
    "refunds": "refunds",
    "taxes": "taxes",
    "chargebacks": "chargebacks",
    "payment_fees": "payment fees",
    "cogs": "the cost of the goods sold",
    "shipping": "shipping",
}
SHARING_WORDS = {
    SharingModel.REVENUE: "revenue",
    SharingModel.PROFIT: "profit",
    SharingModel.COST_SHARE: "costs",
}


@dataclass(frozen=True, slots=True)
class SummarySection:
    heading: str
    lines: tuple[str, ...]
    #: Where the draft says it in full ("Clause 4 (Revenue Share)"); empty if nowhere.
    where: str = ""


@dataclass(frozen=True, slots=True)
class KeyTerms:
    title: str
    date_text: str
    sections: tuple[SummarySection, ...]
    #: Set when the agreement is a draft with open points (the summary says so too).
    draft_marking: str = ""

    def section(self, heading: str) -> SummarySection:
        return next(section for section in self.sections if section.heading == heading)


def summary_for(terms: AgreementTerms, overrides: dict[str, str] | None = None) -> KeyTerms:
    """Assemble the agreement and summarise it (what the wizard's review page shows)."""
    return build_summary(terms, assemble_agreement(terms, overrides=overrides))


def build_summary(terms: AgreementTerms, document: AgreementDocument) -> KeyTerms:
    articles = {article.id: article for article in document.articles}
    builders = {
        "Who": _who,
        "What": _what,
        "Money": _money,
        "Duration": _duration,
        "Exit": _exit,
        "Law and disputes": _law,
    }
    sections = []
    for heading, article_ids in SECTIONS:
        article = next((articles[ident] for ident in article_ids if ident in articles), None)
        lines = tuple(line for line in builders[heading](terms) if line)
        sections.append(SummarySection(heading, lines, _where(article)))
    return KeyTerms(document.cover.title, document.cover.date_text, tuple(sections), document.draft_marking)


def _where(article: Article | None) -> str:
    return f"Clause {article.number} ({article.heading})" if article is not None else ""


def _names(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _money_text(value: Money | None) -> str:
    return f"{value.currency} {money_figures(value.amount)}" if value is not None else ""


def _who(terms: AgreementTerms) -> Iterable[str]:
    for party in terms.parties:
        where = f", {party.jurisdiction}" if party.jurisdiction else ""
        signer = f"; signs: {party.signatory.name}" if party.signatory.name else ""
        yield f"{party.legal_name} (“{party.short_name}”){where}{signer}."


def _what(terms: AgreementTerms) -> Iterable[str]:
    purpose = terms.scope.purpose.strip().rstrip(".")
    if purpose:
        yield f"Purpose: {purpose[0].upper()}{purpose[1:]}."
    if terms.scope.territory:
        yield f"Where: {terms.scope.territory}."
    by_party: dict[str, list[str]] = {}
    for contribution in terms.contributions:
        by_party.setdefault(contribution.party, []).append(contribution.description.strip().rstrip("."))
    for party, things in by_party.items():
        yield f"{party} brings: {'; '.join(things)}."
    kind = str(terms.exclusivity.kind)
    if kind == "none":
        yield "No exclusivity: each party may work with others."
    else:
        yield f"Exclusivity ({kind.replace('_', ' ')}): {terms.exclusivity.scope or 'see the clause'}."


def _money(terms: AgreementTerms) -> Iterable[str]:
    sharing = terms.sharing
    if sharing.model in SHARING_WORDS and (sharing.shares or sharing.bands):
        what = SHARING_WORDS[sharing.model]
        base = "net " if str(sharing.base) == "net" and sharing.model is SharingModel.REVENUE else ""
        if sharing.bands:
            yield f"The {base}{what} is split in {len(sharing.bands)} bands; each band's split is in the schedule."
        else:
            split = ", ".join(f"{share.party} {money_figures(share.percent)}%" for share in sharing.shares)
            yield f"The {base}{what} is split: {split}."
        if base and sharing.deductions:
            deductions = [DEDUCTION_WORDS.get(str(item), str(item)) for item in sharing.deductions]
            yield f"Net means after {_names(deductions)}."
    elif sharing.model in (SharingModel.COMMISSION, SharingModel.ROYALTY) and sharing.rate_percent is not None:
        who = f"{sharing.payer} pays {sharing.payee} " if sharing.payer and sharing.payee else ""
        yield f"{who}a {sharing.model.value} of {money_figures(sharing.rate_percent)}%."
    elif sharing.model is SharingModel.NONE:
        yield "No sharing of revenue or profit: each party keeps what it earns."
    if sharing.model is not SharingModel.NONE:
        period = PERIOD_WORDS.get(str(sharing.reporting), str(sharing.reporting))
        yield (f"Paid in {sharing.currency}, within {sharing.payment_terms_days} days; statements every {period}.")
        if sharing.minimum_guarantee is not None:
            yield f"Minimum guarantee: {_money_text(sharing.minimum_guarantee)} a year."
        if sharing.cap is not None:
            yield f"Cap: {_money_text(sharing.cap)}."
    for contribution in terms.contributions:
        if contribution.value is not None:
            yield f"{contribution.party} contributes {_money_text(contribution.value)} ({contribution.description})."
    for payment in terms.payments:
        when = long_date(payment.due_date) if payment.due_date else payment.milestone or "as agreed"
        what = payment.description or payment.kind.value
        yield f"{payment.payer} pays {_money_text(payment.amount)}: {what}, {when}."


def _duration(terms: AgreementTerms) -> Iterable[str]:
    term = terms.term
    start = long_date(term.effective_date) if term.effective_date else "the date it is signed"
    yield f"Starts: {start}."
    if term.kind is TermKind.INITIAL_PLUS_RENEWAL and term.length_months:
        renew = f", then renews for {term.renewal_months} months at a time" if term.renewal_months else ""
        yield (
            f"Runs for {term.length_months} months{renew} unless a party gives "
            f"{term.non_renewal_notice_days} days' notice that it will not renew."
        )
    elif term.end_date is not None:
        yield f"Ends: {long_date(term.end_date)}."
    elif term.length_months:
        yield f"Runs for {term.length_months} months."
    else:
        yield "Runs until a party ends it as the agreement allows."


def _exit(terms: AgreementTerms) -> Iterable[str]:
    ending = terms.termination
    yield (
        f"A party may end it if the other breaks it seriously and does not put it right within "
        f"{ending.breach_cure_days} days" + (", or becomes insolvent." if ending.insolvency else ".")
    )
    if ending.convenience.allowed:
        fee = f" and paying {_money_text(ending.convenience.fee)}" if ending.convenience.fee else ""
        notice = ending.convenience.notice_days
        yield f"Either party may also leave without a reason, giving {notice} days' notice{fee}."
    else:
        yield "No party may leave early without a reason."
    if ending.change_of_control is ChangeOfControl.TERMINATION_RIGHT:
        yield "If a party is taken over, the other may end the agreement."
    yield f"After it ends: {ending.wind_down_days} days to wind down."


def _law(terms: AgreementTerms) -> Iterable[str]:
    law = terms.governing_law
    try:
        chosen = profile(law.profile) if law.profile else None
    except (LawProfileError, KeyError, ValueError):
        chosen = None
    law_name = law.other or (chosen.law_name if chosen is not None else law.profile)
    if law_name:
        yield f"Governed by {law_name}."
    disputes = terms.disputes
    steps = []
    if disputes.negotiation:
        steps.append(f"senior managers talk for {disputes.negotiation_days or 30} days")
    if disputes.mediation is not None:
        mediation = disputes.mediation
        steps.append(f"then mediation with {_body(str(mediation.provider), mediation.other_provider)}")
    if disputes.forum is Forum.ARBITRATION and disputes.arbitration is not None:
        arbitration = disputes.arbitration
        seat = f" in {arbitration.seat}" if arbitration.seat else ""
        steps.append(f"then arbitration with {_body(str(arbitration.institution), arbitration.other_rules)}{seat}")
    else:
        named = disputes.courts.courts.strip() if disputes.courts is not None else ""
        courts = courts_text(named) or (chosen.courts if chosen is not None else "") or "the courts"
        steps.append(f"then {courts}")
    if steps:
        text = ", ".join(steps)
        yield f"A dispute: {text}."


def _body(ident: str, other: str) -> str:
    if ident in {"other", "ad_hoc"}:
        return other or ("ad hoc" if ident == "ad_hoc" else "as named")
    try:
        return institution(ident).label
    except (LawProfileError, KeyError, ValueError):
        return ident
