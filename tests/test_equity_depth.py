"""Equity alliance precedent depth (issue 10, after the second Delaware panel), checked on the
rendered text of every equity example and scenario, every investee form and several laws:

- the commercial leg is a Commercial Agreement in the agreed form, signed at Completion, a
  Condition and a Completion deliverable, giving the investor at least a right to sell and
  to sublicense end customers (a development licence alone gives no right to distribute);
- the subscription price is applied to the business and the Purpose, with a report on its use;
- termination before Completion ends the subscription, leaves no liability except for an
  earlier breach, and keeps only the protective clauses;
- the closing takes the governing law's idiom from its profile ("Closing", "Closing Date" and
  "Outside Date" under US laws; "Completion" and "Long-Stop Date" elsewhere);
- an LLC investee's amended and restated LLC agreement is an agreed-form document delivered at
  Completion, and its equity is one defined term throughout.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import pytest

from drafting.document import (
    AgreementDocument,
    Paragraph,
    Table,
    body_text_lines,
    inline_text,
)
from drafting.engine import assemble_agreement
from drafting.engine.catalogue import default_catalogue
from drafting.engine.company_forms import load_forms
from drafting.engine.investee import investee_words
from drafting.engine.proofread import proofread, vocabulary
from drafting.law import NEUTRAL, profile
from drafting.terms import AgreementTerms
from tests.drafts import clause_number as _number
from tests.drafts import clause_text as _clause
from tests.drafts import text_of as _text
from tests.test_equity_us_llc import FORM_CASES, SEAT
from tests.test_legal_lint import DEBRIS, DOUBLED_WORD, PLACEHOLDERS

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {
    "us_de_equity_llc": ROOT / "tests" / "scenarios" / "us_de_equity_llc.json",
    "equity_alliance": ROOT / "examples" / "equity_alliance.json",
    "equity_tranches": ROOT / "examples" / "equity_tranches.json",
}
US_LAWS = ("us_de", "us_ny", "us_ca")
OTHER_LAWS = ("ew", "de", "fr", NEUTRAL)
CASES = [(source, law) for source in SOURCES for law in (*US_LAWS, *OTHER_LAWS)]


def _data(source: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SOURCES[source].read_text(encoding="utf-8"))
    return data


def _render(data: dict[str, Any]) -> AgreementDocument:
    return assemble_agreement(AgreementTerms.from_json(json.dumps(data)))


@functools.cache
def draft(source: str, law_id: str) -> AgreementDocument:
    """The source under the law ``law_id`` (the parties and the investee unchanged)."""
    data = _data(source)
    data["governing_law"] = {"profile": law_id, "other": "Luxembourg" if law_id == NEUTRAL else ""}
    return _render(data)


@functools.cache
def form_draft(form: str, law_id: str) -> tuple[AgreementTerms, AgreementDocument]:
    """The Delaware scenario with an investee of ``form`` formed under, and governed by, ``law_id``."""
    data = _data("us_de_equity_llc")
    suffix = load_forms()[next(f for f, _ in load_forms() if f.value == form), ""].suffixes[0]
    for party in data["parties"]:
        if party["short_name"] == data["equity"]["investee"]:
            party["legal_name"] = f"Acme {suffix}"
            party["jurisdiction"] = SEAT[law_id]
    law = law_id or NEUTRAL
    data["governing_law"] = {"profile": law, "other": "Luxembourg" if law == NEUTRAL else ""}
    terms = AgreementTerms.from_json(json.dumps(data))
    return terms, assemble_agreement(terms)


def _schedule(document: AgreementDocument, title: str) -> str:
    schedule = next(s for s in document.schedules if s.title == title)
    return "\n".join(inline_text(block.content) for block in schedule.blocks if isinstance(block, Paragraph))


def _investor_stake(source: str, law_id: str) -> str:
    terms = AgreementTerms.from_json(json.dumps(_data(source) | {"governing_law": {"profile": law_id, "other": ""}}))
    words = investee_words(terms)
    assert words is not None
    return words.investor_stake


# --- the commercial leg -------------------------------------------------------------------


@pytest.mark.parametrize(("source", "law_id"), CASES)
def test_the_commercial_agreement_is_an_agreed_form_condition_and_deliverable(source: str, law_id: str) -> None:
    document = draft(source, law_id)
    text = _text(document)
    assert "Commercial Agreement" in [article.heading for article in document.articles]
    assert text.count("\u201cCommercial Agreement\u201d") == 1
    assert "in the agreed form listed in Schedule" in _clause(document, "commercial.agreement")
    assert "having signed the Commercial Agreement in the agreed form" in _clause(document, "investment.conditions")
    # Both sign: the investor delivers its counterpart with the price, the investee in its list.
    assert (
        _clause(document, "investment.completion").count("a counterpart of the Commercial Agreement signed by it") == 2
    )
    assert "the Commercial Agreement" in _schedule(document, "Agreed-Form Documents")
    # The least the commercial agreement gives: a right to sell, and end-customer sublicences.
    rights = _clause(document, "commercial.rights")
    assert "market, sell and distribute" in rights
    assert re.search(r"right to grant its customers non-transferable sublicen[cs]es", rights)
    assert "the right to distribute is granted by the Commercial Agreement" in rights
    relationship = _clause(document, "commercial.relationship")
    assert f"does not affect the {_investor_stake(source, law_id)}" in relationship
    assert "the Commercial Agreement prevails as to the commercial collaboration" in relationship


# --- use of proceeds ----------------------------------------------------------------------


@pytest.mark.parametrize(("source", "law_id"), CASES)
def test_the_subscription_price_is_applied_to_the_business_and_reported_on(source: str, law_id: str) -> None:
    document = draft(source, law_id)
    clause = _clause(document, "investment.use_of_proceeds")
    assert "shall apply the subscription price" in clause
    assert "in accordance with the Purpose" in clause
    assert "shall not apply any part of it to repay any borrowing from" in clause
    information = _number(document, "investment.information")
    assert f"with its quarterly management accounts under {document.clause_word} {information}" in clause
    tax = _clause(document, "investment.tax")
    # An LLC taxed as a partnership pays tax distributions; they are the one permitted payment.
    assert ("other than the tax distributions under" in clause) == bool(tax)


# --- termination before Completion --------------------------------------------------------


@pytest.mark.parametrize(("source", "law_id"), CASES)
def test_termination_before_completion_leaves_only_earlier_breaches(source: str, law_id: str) -> None:
    document = draft(source, law_id)
    closing = profile(law_id).word("completion") or "Completion"
    conditions = _clause(document, "investment.conditions")
    assert re.search(
        rf"If this Agreement terminates before (the first )?{closing}, for that or any other reason", conditions
    )
    assert "except for a breach committed before it terminates" in conditions
    assert "the Commercial Agreement does not take effect" in conditions
    word = document.clause_word
    for section in ("confidentiality", "disputes"):
        number = next(str(a.number) for a in document.articles if a.id == section)
        assert f"{word} {number}" in conditions or f"{word.lower()} {number}" in conditions
    assert re.search(
        rf"Before (the first )?{closing}, they end with this Agreement", _clause(document, "term.investment")
    )


# --- the closing in the governing law's idiom ---------------------------------------------


@pytest.mark.parametrize(("source", "law_id"), CASES)
def test_the_closing_speaks_the_governing_laws_idiom(source: str, law_id: str) -> None:
    document = draft(source, law_id)
    text = _text(document)
    tranches = source == "equity_tranches"
    if law_id in US_LAWS:
        assert "\u201cClosing\u201d" in text and "\u201cOutside Date\u201d" in text
        assert not re.search(r"\bCompletions?\b|Long-Stop Date", text)
        headings = [clause.heading for clause in document.iter_clauses()]
        assert "Closing" in headings and "Conduct before Closing" in headings
        table = _schedule_table_header(document)
        assert table[1] == "Before Closing"
        if not tranches:
            assert "\u201cClosing Date\u201d" in text and "months after the Closing Date" in text
    else:
        assert "\u201cCompletion\u201d" in text and "\u201cLong-Stop Date\u201d" in text
        assert not re.search(r"\bClosing\b|Outside Date", text)
        if not tranches:
            assert "months after the Completion Date" in text


def _schedule_table_header(document: AgreementDocument) -> tuple[str, ...]:
    for schedule in document.schedules:
        for block in schedule.blocks:
            if isinstance(block, Table) and block.id == "table.capitalisation":
                return block.columns
    raise AssertionError("no capitalisation table")


# --- an LLC investee ----------------------------------------------------------------------


@pytest.mark.parametrize(("form", "law_id"), FORM_CASES)
def test_the_investees_constitution_in_the_agreed_form_follows_its_form(form: str, law_id: str) -> None:
    terms, document = form_draft(form, law_id)
    words = investee_words(terms, profile(terms.governing_law.profile).spelling)
    assert words is not None
    agreed = _schedule(document, "Agreed-Form Documents")
    completion = _clause(document, "investment.completion")
    if words.agreed_constitution:
        # Listed as an agreed-form document (an exhibit under US law) and delivered at Completion.
        assert words.agreed_constitution in agreed
        assert f"{words.constitution} in the agreed form" in completion
    else:
        assert "amended and restated" not in agreed
    if profile(terms.governing_law.profile).us:
        # US practice: each document attached as a lettered exhibit.
        assert "Exhibit A: the Commercial Agreement" in agreed
        assert "attached to this Schedule, as the exhibit so lettered, before this Agreement is signed" in agreed
        if words.agreed_constitution:
            assert f"Exhibit B: {words.agreed_constitution}" in agreed
    else:
        assert "initialled by them, or on their behalf, for identification" in agreed
        assert "Exhibit" not in agreed


@pytest.mark.parametrize(("form", "law_id"), FORM_CASES)
def test_units_and_membership_interests_are_one_defined_term(form: str, law_id: str) -> None:
    terms, document = form_draft(form, law_id)
    words = investee_words(terms)
    assert words is not None
    if words.stake == "Shares":
        return
    text = _text(document)
    # Only the definition itself says in ordinary words what they are.
    assert words.stake.lower() not in text.replace(f"means the {words.stake.lower()} of any class", "")
    assert words.stake_one.lower() not in text.replace(f"means the {words.stake.lower()} of any class", "")


def test_the_delaware_scenario_reads_as_a_delaware_llc_closing() -> None:
    document = draft("us_de_equity_llc", "us_de")
    completion = _clause(document, "investment.completion")
    assert (
        "its amended and restated limited liability company agreement in the agreed form, signed by each of its "
        "members and by Brightwater, admitting Brightwater as a member holding the Investor Membership Interests "
        "(6 Del. C. § 18-301)" in completion
    )
    assert "shall issue to it 120,000 Membership Interests in Lakeshore" in _clause(document, "investment.subscription")
    assert "membership interest" not in _text(document).replace("means the membership interests of any class", "")


# --- the lint stays clean -----------------------------------------------------------------


@pytest.mark.parametrize(("source", "law_id"), CASES)
def test_the_drafts_pass_the_legal_lint(source: str, law_id: str) -> None:
    document = draft(source, law_id)
    lines = body_text_lines(document)
    text = "\n".join(lines)
    assert PLACEHOLDERS.findall(text) == []
    assert [piece for piece in DEBRIS if piece in text] == []
    assert [match.group(0) for line in lines for match in DOUBLED_WORD.finditer(line)] == []
    terms = AgreementTerms.from_json(json.dumps(_data(source)))
    assert [str(slip) for slip in proofread(document, vocabulary(default_catalogue(), terms.model))] == []
