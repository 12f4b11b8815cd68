"""The equity alliance (precedent 2) drafted as an investment, under every legal-system
profile: the investor's rights last as long as it holds Investor Shares, whatever happens
to the commercial collaboration; the transfer Article restricts the investor's transfers
only ("Investor Shares", nominees, no drag against the investee); Completion is defined
once and the collaboration does not restate it as an efforts milestone; the issue follows
the investee's company law where forms.toml knows it, neutral words otherwise; an
observer's confidentiality is procured by the investor; minority consent rights and a
fall-away are drafted."""

from __future__ import annotations

import functools
import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from drafting.document import AgreementDocument, Article, Clause, body_text_lines
from drafting.engine import assemble_agreement
from drafting.engine.company_forms import form_of_name
from drafting.engine.investee import duplicates_subscription, investee_words
from drafting.law import all_profiles, profile
from drafting.terms import AgreementTerms
from drafting.terms.company import CompanyForm

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PROFILES = [p.id for p in all_profiles()]


def _data(name: str = "equity_alliance") -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def _terms(data: dict[str, Any]) -> AgreementTerms:
    return AgreementTerms.from_json(json.dumps(data))


@functools.cache
def _document(law_id: str, example: str = "equity_alliance") -> AgreementDocument:
    data = _data(example)
    data["governing_law"] = {"profile": law_id, "other": "Luxembourg" if law_id == "neutral" else ""}
    return assemble_agreement(_terms(data))


def _text(document: AgreementDocument) -> str:
    return "\n".join(body_text_lines(document))


def _clauses(document: AgreementDocument) -> dict[str, Clause]:
    found: dict[str, Clause] = {}

    def walk(blocks: tuple[Any, ...]) -> None:
        for block in blocks:
            if isinstance(block, Clause):
                found.setdefault(block.id, block)
                walk(block.children)

    for article in document.articles:
        walk(article.blocks)
    return found


def _article(document: AgreementDocument, section: str) -> Article:
    return next(article for article in document.articles if article.id == section)


def _article_text(document: AgreementDocument, section: str) -> str:
    lines = body_text_lines(document)
    article = _article(document, section)
    start = lines.index(article.heading)
    following = [a.heading for a in document.articles if a.number > article.number and a.heading != article.heading]
    end = min((lines.index(h, start + 1) for h in following if h in lines[start + 1 :]), default=len(lines))
    return "\n".join(lines[start:end])


# --- 1. the investor's rights do not end with the commercial term ---------------------
@pytest.mark.parametrize("law_id", PROFILES)
@pytest.mark.parametrize("example", ["equity_alliance", "equity_tranches"])
def test_investment_provisions_outlast_the_collaboration(law_id: str, example: str) -> None:
    document = _document(law_id, example)
    clauses = _clauses(document)
    assert "term.investment" in clauses
    investment = _article(document, "investment").number
    transfer = _article(document, "investor_transfer").number
    continuation = _text(document).split("Investment provisions. ", 1)[1].split("\n", 1)[0]
    word = document.clause_word
    assert f"{word} {investment} and {word} {transfer}".lower() in continuation.lower()
    assert "for as long as Brightwater or any of its Affiliates holds Investor Shares" in continuation
    assert "irrespective of the expiry of the Term or the termination of this Agreement for any reason" in continuation
    note = clauses["termination.for_cause"].note
    assert note is not None
    assert "continue for as long as the investor holds Investor Shares" in note.text


# --- 2. the transfer Article restricts the investor's transfers -----------------------
@pytest.mark.parametrize("law_id", PROFILES)
def test_transfer_article_binds_the_investor_only(law_id: str) -> None:
    document = _document(law_id)
    text = _text(document)
    transfer = _article_text(document, "investor_transfer")
    assert "Transfer of Investor Shares" in transfer
    wrongs = ("Neither Party shall sell", "of its Shares", "Parties holding together", "require the other Party")
    for wrong in wrongs:
        assert wrong not in text, wrong
    # A US draft pledges where an English one charges (US idiom, drafting/law/spelling.py).
    security = "pledge" if profile(law_id).spelling == "en-US" else "charge"
    assert f"Brightwater shall not sell, transfer, {security} or otherwise dispose of any Investor Shares" in transfer
    assert "(the \u201cNominees\u201d)" in transfer
    assert "gives no right to require Optimum Vision to transfer or acquire any shares." in transfer
    # Founders are not parties: the investee secures the tag-along, as a Condition.
    assert "Optimum Vision, which cannot bind its shareholders by this Agreement, shall secure that right" in transfer
    # Two terms, each in its own meaning.
    assert "\u201cInvestor Shares\u201d means the ordinary shares in the capital of Optimum Vision" in text
    assert "\u201cShares\u201d means the shares of any class in the capital of Optimum Vision" in text


def test_founders_who_are_parties_give_the_tag_along_themselves() -> None:
    data = _data()
    founder = dict(data["parties"][1])
    founder.update(
        legal_name="Claire Dubois",
        short_name="Claire Dubois",
        entity_type="individual",
        registration_number="",
        role="partner",
    )
    data["parties"].append(founder)
    text = _text(assemble_agreement(_terms(data)))
    assert "If Claire Dubois proposes to transfer Shares to a third party" in text
    assert "cannot bind its shareholders" not in text


# --- 3. one Completion ------------------------------------------------------------------
@pytest.mark.parametrize("law_id", PROFILES)
@pytest.mark.parametrize("example", ["equity_alliance", "equity_tranches"])
def test_completion_is_defined_once_and_not_restated_as_a_milestone(law_id: str, example: str) -> None:
    document = _document(law_id, example)
    text = _text(document)
    # Defined once, in the governing law's idiom ("Closing" under a US profile).
    assert len(re.findall(r"\u201c(?:Completion|Closing)\u201d", text)) == 1
    assert "On the Effective Date, Brightwater shall subscribe" not in text
    assert "pay the subscription price on completion" not in text
    assert "Completion of the share subscription" not in text
    # The one commercial milestone left is a sentence naming the party responsible.
    # Round 3: it lives in the Commercial Agreement, as part of the Condition of its signature.
    assert "the undertaking of Optimum Vision to use all" in text
    assert "to achieve Integrated Product release 1.0" in text
    clauses = _clauses(document)
    assert "scope.milestones" not in clauses
    if example == "equity_alliance":
        # The restated milestone's date is the Completion date.
        assert re.search(
            r"is completed \(\u201c(Completion|Closing)\u201d(, and the date on which it takes place the "
            r"\u201c(Completion|Closing) Date\u201d)?\) on (15 February 2027|February 15, 2027)",
            text,
        )


def test_duplicate_words_leave_commercial_items_alone() -> None:
    assert duplicates_subscription("Completion of the share subscription")
    assert duplicates_subscription("Pay the subscription price on completion.")
    assert not duplicates_subscription("Completion of the integration of the SDK")
    assert not duplicates_subscription("Integrated product release 1.0")


# --- 4. the issue follows the investee's company law -------------------------------------
def test_form_is_read_from_the_legal_name() -> None:
    assert form_of_name("Optimum Vision SAS") is CompanyForm.SAS
    assert form_of_name("Optimum Vision S.A.S.") is CompanyForm.SAS
    assert form_of_name("Sensorik GmbH") is CompanyForm.GMBH
    assert form_of_name("Brightwater Analytics Inc.") is CompanyForm.CORPORATION
    assert form_of_name("Optimum Vision") is None


@pytest.mark.parametrize("law_id", PROFILES)
def test_a_french_sas_is_issued_shares_the_french_way(law_id: str) -> None:
    text = _text(_document(law_id))
    assert "allot" not in text
    assert "against delivery of evidence of the issue" not in text
    for words in (
        "collective decision of its shareholders (d\u00e9cision collective des associ\u00e9s)",
        "preferential subscription right (droit pr\u00e9f\u00e9rentiel de souscription)",
        "depositary's certificate (certificat du d\u00e9positaire)",
        "articles of association (statuts) amended to state its new share capital",
        "registre des mouvements de titres",
    ):
        assert words in text, words


def _investee(legal_name: str, jurisdiction: str) -> str:
    data = _data()
    data["parties"][1].update(legal_name=legal_name, jurisdiction=jurisdiction)
    return _text(assemble_agreement(_terms(data)))


def test_a_gmbh_is_issued_shares_the_german_way() -> None:
    text = _investee("Optimum Vision GmbH", "Germany")
    assert "subscription declaration (\u00dcbernahmeerkl\u00e4rung)" in text
    assert "list of shareholders (Gesellschafterliste)" in text
    assert "advisory board (Beirat)" in text
    assert "collective decision" not in text


def test_an_unknown_form_gets_neutral_words() -> None:
    text = _investee("Optimum Vision", "Atlantis")
    assert "resolutions of its competent corporate bodies approving the issue of the Investor Shares" in text
    assert "certificat du d\u00e9positaire" not in text
    assert "board of directors" in text


def test_every_form_with_issue_words_is_complete() -> None:
    data = _data()
    words = investee_words(_terms(data))
    assert words is not None
    assert len(words.company_steps) == 5 and len(words.investor_steps) == 1
    assert all("{investor}" not in step for step in words.company_steps)


# --- 5. observer and board in the investee's words ---------------------------------------
@pytest.mark.parametrize("law_id", PROFILES)
def test_observer_sits_on_the_sas_collegial_body_and_its_secrecy_is_procured(law_id: str) -> None:
    document = _document(law_id)
    observer = re.split(r"\n", _text(document).split("Representation. ", 1)[1], maxsplit=1)[0]
    assert "board of Optimum Vision" not in observer
    assert "strategic committee (comit\u00e9 strat\u00e9gique)" in observer
    assert "observer (censeur)" in observer
    procure = "ensure that" if profile(law_id).spelling == "en-US" else "procure that"
    assert f"Brightwater shall {procure}, before attending any meeting, the observer gives Optimum Vision" in observer
    assert "The observer has no vote, shall keep" not in observer


def test_a_seat_is_nominated_to_the_body_of_the_form() -> None:
    data = _data()
    data["equity"]["board_right"] = "seat"
    text = _text(assemble_agreement(_terms(data)))
    assert "nominate one member of the strategic committee (comit\u00e9 strat\u00e9gique) of Optimum Vision" in text
    assert "Brightwater shall procure that the person it nominates keeps confidential" in text


# --- 6. minority consent rights and fall-away ----------------------------------------------
@pytest.mark.parametrize("law_id", PROFILES)
def test_consent_rights_and_fall_away_are_drafted(law_id: str) -> None:
    document = _document(law_id)
    clauses = _clauses(document)
    assert {"investment.consent", "investment.fall_away"} <= set(clauses)
    text = _text(document)
    assert "create or issue any shares or securities ranking ahead of the Investor Shares" in text
    assert "hold less than half of the number of Investor Shares issued to Brightwater" in text
    # A US law has no regulated market: its profile's listing is an underwritten public offering.
    listing = (
        "a firm-commitment underwritten public offering of Shares"
        if law_id.startswith("us_")
        else ("the admission of any Shares to trading on a regulated market")
    )
    assert listing in text


def test_a_delaware_corporation_speaks_of_stockholders_and_its_stock_ledger() -> None:
    data = _data()
    data["parties"][1].update(legal_name="Optimum Vision, Inc.", jurisdiction="Delaware, United States")
    data["governing_law"] = {"profile": "us_de", "other": ""}
    text = _text(assemble_agreement(_terms(data)))
    assert "recorded in its stock ledger in the name of Brightwater" in text
    assert "shall not propose to its stockholders any decision" in text
    assert "shareholder" not in text.lower()
    assert "favour" not in text


def test_investment_and_transfer_clauses_are_marked_to_survive() -> None:
    """The survival list is built from ``survives`` flags: every investment, investor-transfer
    and continuation clause carries one, so the list names them once the engine reads it."""
    root = Path(__file__).resolve().parent.parent / "clause_templates"
    for folder in ("investment", "investor_transfer", "term"):
        with (root / folder / "catalogue.toml").open("rb") as handle:
            entries = tomllib.load(handle)["clause"]
        for entry in entries:
            if folder != "term" or entry["id"] == "term.investment":
                assert entry.get("survives") is True, entry["id"]


def test_tranches_keep_the_rights_and_confirm_the_observer_once() -> None:
    text = _text(_document("fr", "equity_tranches"))
    assert "less than half of the number of Investor Shares issued to Brightwater" in text
    assert "at the Completions that have taken place" in text
    assert "at the first Completion only, its confirmation that the observer (censeur)" in text
    assert "(e) that are the Investor Shares of the tranches provided for in this Agreement" in text


def test_nominees_who_do_not_sign_are_given_no_obligation() -> None:
    text = _text(_document("fr"))
    assert "the Nominees shall" not in text
    assert "Brightwater shall sell them to the Nominees, against payment of the price in full" in text
