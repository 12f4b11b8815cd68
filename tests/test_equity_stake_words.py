"""The investee's stake in an equity alliance is named from its legal form, once, as a deal
fact (``deal.investee``): shares "in the capital of" a company limited by shares, a GmbH,
a B.V. or an SAS; membership interests in a Delaware LLC, units in another LLC. Every
heading, definition, clause, schedule and note of the draft uses those words, and no unit
or interest is ever "in the capital of" the company, nor part of its "share capital"."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import pytest

from drafting.document import AgreementDocument, body_text_lines, inline_text
from drafting.engine import assemble_agreement
from drafting.engine.catalogue import default_catalogue
from drafting.engine.context import derive_facts
from drafting.engine.proofread import proofread, vocabulary
from drafting.review import review
from drafting.terms import AgreementTerms
from tests.test_legal_lint import DEBRIS, DOUBLED_WORD, PLACEHOLDERS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EQUITY_EXAMPLES = ("equity_alliance", "equity_tranches")

#: (investee's legal name, its jurisdiction, governing law) -> (its equity, the investor's
#: holding, how one unit is tied to it).
INVESTEES: dict[tuple[str, str, str], tuple[str, str, str]] = {
    ("Acme Holdings LLC", "Delaware, United States", "us_de"): (
        "Membership Interests",
        "Investor Membership Interests",
        "in",
    ),
    ("Acme Holdings LLC", "Wyoming, United States", "us_ny"): ("Units", "Investor Units", "in"),
    ("Acme Partners LLP", "England and Wales", "ew"): (
        "Membership Interests",
        "Investor Membership Interests",
        "in",
    ),
    ("Acme Holdings GmbH", "Germany", "de"): ("Shares", "Investor Shares", "in the capital of"),
    ("Acme Holdings B.V.", "Netherlands", "nl"): ("Shares", "Investor Shares", "in the capital of"),
    ("Acme Holdings SAS", "France", "fr"): ("Shares", "Investor Shares", "in the capital of"),
    ("Acme Holdings Ltd", "England and Wales", "ew"): ("Shares", "Investor Shares", "in the capital of"),
}
CASES = [(example, *investee) for example in EQUITY_EXAMPLES for investee in INVESTEES]


def _terms(example: str, legal_name: str, jurisdiction: str, law_id: str) -> AgreementTerms:
    data: dict[str, Any] = json.loads((EXAMPLES / f"{example}.json").read_text(encoding="utf-8"))
    investee = data["equity"]["investee"]
    for party in data["parties"]:
        if party["short_name"] == investee:
            party["legal_name"] = legal_name
            party["jurisdiction"] = jurisdiction
    data["governing_law"] = {"profile": law_id, "other": ""}
    return AgreementTerms.from_json(json.dumps(data))


@functools.cache
def _draft(example: str, legal_name: str, jurisdiction: str, law_id: str) -> tuple[AgreementTerms, AgreementDocument]:
    terms = _terms(example, legal_name, jurisdiction, law_id)
    return terms, assemble_agreement(terms)


def _text(document: AgreementDocument) -> str:
    """The whole draft a lawyer reads: recitals, body, schedules and drafting notes."""
    notes = [clause.note.text for clause in document.iter_clauses() if clause.note]
    recitals = [inline_text(recital.content) for recital in document.recitals]
    return "\n".join([*recitals, *body_text_lines(document), *notes])


def _ours(terms: AgreementTerms, text: str) -> str:
    """``text`` without the user's own words (milestones and obligations restating "the share
    subscription", the example's contribution "new ordinary shares"): the drafting's words."""
    for item in (*terms.scope.milestones, *terms.scope.obligations, *terms.contributions):
        text = text.replace(item.description, "")
    # Joint owners of an IP right hold it "in equal shares", and a market share is a
    # competition-law measure: neither is the company's equity.
    return text.replace("jointly in equal shares", "").replace("market share", "")


@pytest.mark.parametrize(("example", "legal_name", "jurisdiction", "law_id"), CASES)
def test_the_stake_is_named_from_the_investees_form(
    example: str, legal_name: str, jurisdiction: str, law_id: str
) -> None:
    stake, investor_stake, held_in = INVESTEES[legal_name, jurisdiction, law_id]
    terms, document = _draft(example, legal_name, jurisdiction, law_id)
    facts = derive_facts(terms)
    assert facts.investee is not None
    assert (facts.investee.stake, facts.investee.investor_stake, facts.investee.held_in) == (
        stake,
        investor_stake,
        held_in,
    )
    text = _text(document)
    headings = [article.heading for article in document.articles]
    assert f"Transfer of {investor_stake}" in headings
    definitions = "\n".join(body_text_lines(document)[:40])
    assert f"\u201c{investor_stake}\u201d means" in definitions
    assert f"\u201c{stake}\u201d means" in definitions
    assert f"holds {investor_stake}" in text
    assert any(schedule.title == stake for schedule in document.schedules)
    if stake == "Shares":
        assert "in the capital of" in text
        return
    ours = _ours(terms, text)
    # No share wording at all for a form without shares: not the defined terms, not the
    # plain word, not its capital.
    assert re.findall(r"\b[Ss]hares?\b|[Ss]hare capital|[Ss]hareholders?|in the capital of", ours) == []
    # Units and membership interests are the defined term throughout, never a lower-case double.
    assert f"{stake} in {terms.equity.investee}" in text  # type: ignore[union-attr]
    # (the definition itself says what they are in ordinary words).
    assert stake.lower() not in ours.replace(f"means the {stake.lower()} of any class", "")


@pytest.mark.parametrize(("example", "legal_name", "jurisdiction", "law_id"), CASES)
def test_the_draft_passes_the_legal_lint(example: str, legal_name: str, jurisdiction: str, law_id: str) -> None:
    terms, document = _draft(example, legal_name, jurisdiction, law_id)
    lines = body_text_lines(document)
    text = "\n".join([*lines, *(inline_text(recital.content) for recital in document.recitals)])
    assert PLACEHOLDERS.findall(text) == []
    assert [piece for piece in DEBRIS if piece in text] == []
    assert [match.group(0) for line in lines for match in DOUBLED_WORD.finditer(line)] == []
    slips = [str(slip) for slip in proofread(document, vocabulary(default_catalogue(), terms.model))]
    assert slips == []


def test_an_llc_class_typed_as_shares_is_drafted_as_its_units() -> None:
    """The wizard's default class, "ordinary shares", is an LLC's units; "preferred
    shares" its preferred Units (the defined term, never its lower-case double)."""
    terms = _terms("equity_alliance", "Acme Holdings LLC", "Wyoming, United States", "us_ny")
    facts = derive_facts(terms)
    assert facts.investee is not None and facts.investee.share_class == "Units"
    data = terms.model_dump(mode="json")
    data["equity"]["share_class"] = "Series A preferred shares"
    preferred = derive_facts(AgreementTerms.model_validate(data)).investee
    assert preferred is not None and preferred.share_class == "Series A preferred Units"


def test_review_messages_speak_of_the_investees_holders() -> None:
    terms = _terms("equity_alliance", "Acme Holdings LLC", "Delaware, United States", "us_de")
    messages = " ".join(finding.message + " " + finding.fix for finding in review(terms))
    assert "shareholder" not in messages.casefold()
