"""The investee's company-law words in an equity alliance: its organs, what an observer
is called there and the steps of an issue of new shares to the investor, read from
``clause_templates/company/forms.toml`` (data a lawyer can edit).

The terms do not record the investee's legal form, so it is read from the ending of its
legal name ("Optimum Vision SAS" is an SAS) and refined by the law of its jurisdiction
("France"). Where neither is known the clauses use the legal-system profile's words or
neutral ones, never one system's mechanics ("allot and issue") for every company.

Assembly computes it once per draft as the deal fact ``deal.investee`` (every template and the
transfer heading read the stake words from there: "Shares" or "Units", "Investor Shares" or
"Investor Units"); the duplicate-subscription test is ``items|commercial_only(terms)``.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafting.engine.company_forms import FORMS_FILE, FormWords, form_of_name, form_words
from drafting.law import profile
from drafting.law.spelling import respell
from drafting.law.suggest import profile_of_place
from drafting.terms import AgreementTerms, AllianceModel

SUBSCRIPTION_WORDS_FILE = Path(__file__).resolve().parents[2] / "clause_templates" / "investment" / "duplicates.toml"

_STEPS = (
    "issue_subscription",
    "issue_approval",
    "issue_waiver",
    "issue_evidence",
    "issue_constitution",
    "issue_register",
)


@dataclass(frozen=True, slots=True)
class InvesteeWords:
    """How the clauses name the investee's organs and the steps of the issue."""

    #: The form in words ("a société par actions simplifiée (S.A.S.)"), "" if unknown.
    form: str
    #: The collegial body a director or observer sits on, and one member of it.
    body: str
    body_member: str
    observer: str
    #: Its holders in a sentence ("shareholders", "stockholders").
    holders: str
    management: str
    meeting: str
    constitution: str
    #: The company-law steps of the issue, in order, each a noun phrase; empty steps omitted.
    investor_steps: tuple[str, ...]
    company_steps: tuple[str, ...]
    #: Its equity as a defined term ("Shares"; a Delaware LLC's "Membership Interests"),
    #: one unit of it ("Share"), the investor's holding ("Investor Shares"), and the same
    #: as ordinary words ("shares", "share").
    stake: str = "Shares"
    stake_one: str = "Share"
    investor_stake: str = "Investor Shares"
    stake_words: str = "shares"
    stake_word: str = "share"
    #: How a unit is tied to the company: "in the capital of" for shares; an LLC's units
    #: are "in" it, and no unit or interest is ever "in the capital of" a company.
    held_in: str = "in the capital of"
    #: The class subscribed, in the form's own words ("ordinary shares"; for an LLC the
    #: "ordinary shares" typed by default become its "units").
    share_class: str = "ordinary shares"
    #: Whether the answers name the class (a form without shares whose answer is only the
    #: wizard's default "ordinary shares" names none: the clauses then issue the class the
    #: agreed-form constitution designates, and a note asks for it to be confirmed).
    class_named: bool = True
    #: What the stake is a percentage of ("its share capital", "all the Units").
    whole: str = "its share capital"
    #: The form's company-law words the investment clauses use (forms.toml): what holders
    #: receive ("dividends", "distributions"), the reorganisations needing consent, its
    #: managers and officers, the members of its board, what else an issue may be made
    #: in, and how the other holders' pre-emption over an issue to the investor is set aside.
    distributions: str = "dividends"
    reorganise: str = "merge or demerge"
    officers: str = "directors and senior managers"
    body_members: str = "directors"
    access_securities: str = "securities giving access to its capital"
    pre_emption_waiver: str = ""
    #: What the investee warrants of the new equity on its issue ("fully paid").
    paid_up: str = "fully paid"
    #: The tax points of an investee taxed as a partnership (its own clause), or "".
    tax_clause: str = ""
    #: What it warrants of its tax classification, with the other Warranties, or "".
    tax_warranty: str = ""
    #: The opening words of the no-partnership clause that except the investor's membership
    #: of an investee that is, or is taxed as, a partnership, or "".
    relationship_exception: str = ""
    #: The constitution in the agreed form the investor is admitted under (an LLC's
    #: amended and restated LLC agreement), or "".
    agreed_constitution: str = ""


@functools.cache
def _defaults(path: Path = FORMS_FILE) -> dict[str, str]:
    with path.open("rb") as handle:
        table = tomllib.load(handle).get("issue_default", {})
    return {str(key): str(value) for key, value in table.items()}


def investee_words(terms: AgreementTerms, spelling: str = "en-GB") -> InvesteeWords | None:
    """The investee's words in the agreement's ``spelling`` (the data is written in British
    English), or ``None`` where the draft has no investment."""
    equity = terms.equity
    if equity is None:
        return None
    party = next((p for p in terms.parties if p.short_name == equity.investee), None)
    legal_name = party.legal_name if party is not None else ""
    law_id = (profile_of_place(party.jurisdiction) if party is not None else None) or ""
    form = form_of_name(legal_name)
    words = form_words(form, law_id)
    if form is None and law_id:
        # No form shown by the name: the company law's usual company (its profile's words).
        usual = profile(law_id)
        words = dataclasses.replace(
            words,
            board=usual.word("board") or words.board,
            constitution=usual.word("constitution") or words.constitution,
        )
    defaults = _defaults()
    holders = f"{words.holder.lower()}s"
    fills = {
        "{investor}": str(equity.investor),
        "{investor_stake}": f"Investor {words.equity}",
        "{holders}": holders,
        "{capital}": words.capital.removeprefix("issued ").split(" (")[0],
        "{stake_words}": _plain(words),
        "{constitution}": words.constitution,
        "{investee}": str(equity.investee),
    }

    def step(key: str) -> str:
        text = str(getattr(words, key)) if form is not None else ""
        text = text or defaults.get(key, "")
        return fill(text)

    def fill(text: str) -> str:
        for slot, value in fills.items():
            text = text.replace(slot, value)
        return respell(text, spelling)

    investor_steps = tuple(text for text in (step("issue_subscription"),) if text)
    company_steps = tuple(text for text in map(step, _STEPS[1:]) if text)
    stake_words = _plain(words)
    # A form whose equity is shares says the percentage is of its (share) capital or capital
    # stock; any
    # other form's stake is a part of all its units or interests.
    whole = f"its {fills['{capital}']}" if words.equity == "Shares" else f"all the {words.equity}"
    return InvesteeWords(
        form=respell(words.name, spelling),
        body=respell(words.collegial or words.board, spelling),
        body_member=respell(words.collegial_member or words.member, spelling),
        observer=respell(words.observer or "observer", spelling),
        holders=holders,
        management=respell(words.board, spelling),
        meeting=respell(words.meeting, spelling),
        constitution=respell(words.constitution, spelling),
        investor_steps=investor_steps,
        company_steps=company_steps,
        stake=words.equity,
        stake_one=words.unit,
        investor_stake=f"Investor {words.equity}",
        stake_words=stake_words,
        stake_word=words.unit.lower() if stake_words.islower() else words.unit,
        held_in=words.held_in,
        share_class=_class_words(equity.share_class, words),
        class_named=words.equity == "Shares" or _class_words(equity.share_class, words) != words.equity,
        whole=whole,
        distributions=respell(words.distributions, spelling),
        reorganise=respell(words.reorganise, spelling),
        officers=respell(words.officers, spelling),
        body_members=respell(_members(words), spelling),
        access_securities=fill(words.access_securities),
        pre_emption_waiver=fill(words.pre_emption_waiver),
        tax_clause=fill(words.tax_clause),
        tax_warranty=fill(words.tax_warranty),
        relationship_exception=fill(words.relationship_exception),
        agreed_constitution=fill(words.agreed_constitution),
        paid_up=fill(words.paid_up),
    )


def _plain(words: FormWords) -> str:
    """The equity in a sentence. Shares are the ordinary word of company law, used undefined
    ("any shares or other securities") beside the defined "Shares"; units and membership
    interests exist only under the LLC or LLP agreement, so the defined term is used
    throughout and never its lower-case double ("membership interests" beside "Membership
    Interests")."""
    return words.equity.lower() if words.equity == "Shares" else words.equity


def _members(words: FormWords) -> str:
    """The members of the body an observer attends, plural, read after "the": given by the
    form, or "directors" from "director"; a longer name becomes "members of the ..."."""
    if words.collegial:
        return f"members of the {words.collegial.split(' (')[0].split(' or ')[0]}"
    if words.members:
        return words.members
    if " " in words.member or "(" in words.member:
        return f"members of the {words.board.split(' (')[0]}"
    return f"{words.member}s"


_SHARE = re.compile(r"\b([Ss]hare)(s?)\b")


def _class_words(share_class: str, words: FormWords) -> str:
    """The class the investor subscribes, as its form calls it: as typed for a company with
    shares; for a form without shares, the typed "ordinary shares" (the wizard's default)
    are simply its units or interests, and "preferred shares" its "preferred units"."""
    text = " ".join(share_class.split()) or _plain(words)
    if words.equity == "Shares" and words.stock_class:
        # A US corporation's classes are stock: "ordinary shares" are "shares of common
        # stock", "preferred shares" "shares of preferred stock"; a class typed as stock
        # ("Series A Preferred Stock") is issued as shares of it.
        if "stock" in text.casefold():
            return text if text.casefold().startswith("shares") else f"shares of {text}"
        kind = _SHARE.sub("", text).strip()
        return words.stock_class.replace("{class}", "common" if kind.casefold() in {"", "ordinary"} else kind)
    if words.equity == "Shares":
        return text
    text = _SHARE.sub(lambda match: words.equity if match.group(2) else words.unit, text)
    return text.removeprefix("ordinary ").removeprefix("Ordinary ")


@functools.cache
def _subscription_pattern(path: Path = SUBSCRIPTION_WORDS_FILE) -> re.Pattern[str]:
    with path.open("rb") as handle:
        words = [str(word) for word in tomllib.load(handle).get("subscription_words", [])]
    return re.compile("|".join(rf"\b{re.escape(word)}\b" for word in words) or r"(?!)", re.IGNORECASE)


def duplicates_subscription(description: str) -> bool:
    """Whether a milestone or obligation only restates the subscription ("Completion of the
    share subscription", "Pay the subscription price on completion")."""
    return bool(_subscription_pattern().search(description))


def commercial_only(items: Iterable[Any], terms: AgreementTerms) -> list[Any]:
    """The milestones or obligations of the commercial collaboration: in an equity alliance,
    those that restate the subscription are performed at Completion and left out here."""
    listed = list(items)
    if terms.model is not AllianceModel.EQUITY_ALLIANCE or terms.equity is None:
        return listed
    return [item for item in listed if not duplicates_subscription(str(getattr(item, "description", "")))]


def subscription_items(items: Iterable[Any], terms: AgreementTerms) -> list[Any]:
    """The items ``commercial_only`` leaves out (the Completion clause reads their dates)."""
    listed = list(items)
    kept = commercial_only(listed, terms)
    return [item for item in listed if item not in kept]


FILTERS: dict[str, Any] = {
    "commercial_only": commercial_only,
    "subscription_items": subscription_items,
}
