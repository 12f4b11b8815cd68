"""Drafting quality: every example and a spread of variations read clean under the
proofreader (defined terms, cross-references, punctuation, articles, party wording),
the proofreader really catches each kind of slip, unused definitions fall away, and
the drafting points that are now terms fields reach the text."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from jinja2 import nodes
from pydantic import ValidationError

from drafting.document import AgreementDocument, Clause, CrossRef, body_text_lines
from drafting.engine import assemble_agreement, default_catalogue
from drafting.engine.proofread import Slip, proofread, vocabulary
from drafting.terms import AgreementTerms, AllianceModel
from tests.engine_helpers import make_terms
from tests.support import example_paths

KNOWN_TERMS = vocabulary(default_catalogue())

#: Slips allowed in the examples' own user text; the examples were corrected, so none.
USER_TEXT_SLIPS: set[tuple[str, str, str]] = set()


def slips_of(document: AgreementDocument, model: AllianceModel | None = None) -> list[str]:
    return [str(slip) for slip in proofread(document, vocabulary(default_catalogue(), model))]


def load(path: Path) -> AgreementTerms:
    return AgreementTerms.from_json(path.read_text(encoding="utf-8"))


SCENARIOS = sorted((Path(__file__).parent / "scenarios").glob("*.json"))


@pytest.mark.parametrize("path", [*example_paths(), *SCENARIOS], ids=lambda path: path.stem)
def test_every_example_reads_clean(path: Path) -> None:
    terms = load(path)
    found = proofread(assemble_agreement(terms), vocabulary(default_catalogue(), terms.model))
    unexpected = [str(slip) for slip in found if (path.stem, slip.where, slip.kind) not in USER_TEXT_SLIPS]
    assert unexpected == []


def _company(parties: int) -> dict[str, Any]:
    names = ["Alpha", "Beta", "Gamma"][:parties]
    share = Decimal(100) / parties
    holdings = [{"party": name, "percent": str(share.quantize(Decimal("0.01")))} for name in names]
    holdings[-1]["percent"] = str(Decimal(100) - sum(Decimal(h["percent"]) for h in holdings[:-1]))
    return {"name": "Newco S.A.", "jurisdiction": "Luxembourg", "holdings": holdings}


VARIATIONS: dict[str, tuple[str, dict[str, Any]]] = {
    "personal data, no roles chosen": ("data_sharing", {"data_sharing": {"personal_data": True}}),
    "non-personal data": ("data_sharing", {"data_sharing": {"personal_data": False}}),
    "joint controllers": ("data_sharing", {"data_sharing": {"roles": "joint_controllers"}}),
    "exclusive field, no scope, no field of use": ("co_marketing", {"exclusivity": {"kind": "field"}}),
    "exclusive territory with a scope": (
        "co_marketing",
        {
            "exclusivity": {"kind": "territory", "scope": "France"},
            "scope": {"purpose": "to sell", "territory": "Europe"},
        },
    ),
    "non-compete in the field": (
        "licensing",
        {"non_compete": {"kind": "in_field"}, "scope": {"purpose": "to license", "field_of_use": "Coatings"}},
    ),
    "no partnership clause": ("revenue_sharing", {"boilerplate": {"no_partnership": False}}),
}


def _variation_terms() -> list[tuple[str, AgreementTerms]]:
    cases = []
    for model in AllianceModel:
        for parties in (2, 3):
            cases.append((f"{model.value}-{parties}", make_terms(model.value, parties)))
    for parties in (2, 3):
        terms = make_terms("joint_venture", parties, joint_venture=_company(parties))
        cases.append((f"joint_venture-company-{parties}", terms))
    for label, (model, fields) in VARIATIONS.items():
        cases.append((label, make_terms(model, **fields)))
    return cases


#: Not a draft: a members' agreement between the Company and one member (the review's
#: "members.too-few-members" error); it speaks of "the other Members" throughout.
NOT_DRAFTS = {"professionals_members-2"}


@pytest.mark.parametrize(
    ("label", "terms"),
    [pytest.param(label, terms, id=label) for label, terms in _variation_terms() if label not in NOT_DRAFTS],
)
def test_variations_read_clean(label: str, terms: AgreementTerms) -> None:
    assert slips_of(assemble_agreement(terms), terms.model) == []


def test_personal_data_with_no_roles_defines_the_data_protection_laws() -> None:
    document = assemble_agreement(make_terms("data_sharing", data_sharing={"personal_data": True}))
    definitions = {block.term for block in document.articles[0].blocks[0].children}  # type: ignore[union-attr]
    assert {"Data Protection Laws", "UK GDPR"} <= definitions  # the example parties are in England
    assert "the Data Protection Laws" in "\n".join(body_text_lines(document))


# --- the proofreader catches each kind of slip ----------------------------------------
SLIPPED_COSTS = (
    "Each Party bears its own costs  , as set out in clause 3.2;; see the Exit Price.. "
    "No Party may claim a Insolvency Event cost, and the the costs are final, on 30 days notice ( and more)."
)


def test_the_proofreader_catches_each_kind_of_slip_in_the_text() -> None:
    document = assemble_agreement(make_terms(), overrides={"general.costs": SLIPPED_COSTS})
    kinds = {slip.kind for slip in proofread(document, KNOWN_TERMS) if slip.where == "general.costs"}
    assert kinds >= {
        "space before punctuation",
        "doubled punctuation",
        "reference typed as text",
        "term used but not defined",
        "wrong article",
        "repeated word",
        "missing apostrophe",
        "space inside brackets",
        "wording for more than two parties",
    }


def test_the_proofreader_catches_many_party_wording_in_a_three_party_deal() -> None:
    override = "Neither Party shall bear the costs of either Party, and both Parties agree."
    document = assemble_agreement(make_terms(parties=3), overrides={"general.costs": override})
    assert [slip.kind for slip in proofread(document, KNOWN_TERMS) if slip.where == "general.costs"] == [
        "wording for two parties"
    ] * 3


def _with_first_reference(document: AgreementDocument, **changes: str) -> AgreementDocument:
    """The document with the first cross-reference of a clause changed."""

    def fix(clause: Clause) -> Clause | None:
        for index, item in enumerate(clause.content):
            if isinstance(item, CrossRef):
                content = (*clause.content[:index], dataclasses.replace(item, **changes), *clause.content[index + 1 :])
                return dataclasses.replace(clause, content=content)
        return None

    articles = list(document.articles)
    for article_index, article in enumerate(articles):
        for block_index, block in enumerate(article.blocks):
            if isinstance(block, Clause) and (fixed := fix(block)) is not None:
                blocks = (*article.blocks[:block_index], fixed, *article.blocks[block_index + 1 :])
                articles[article_index] = dataclasses.replace(article, blocks=blocks)
                return dataclasses.replace(document, articles=tuple(articles))
    raise AssertionError("no cross-reference found")


@pytest.mark.parametrize(
    ("changes", "kind"),
    [
        ({"number": "99.9"}, "reference number does not match its target"),
        ({"prefix": "Schedule"}, "reference should say"),
    ],
)
def test_the_proofreader_checks_every_cross_reference(changes: dict[str, str], kind: str) -> None:
    document = _with_first_reference(assemble_agreement(make_terms()), **changes)
    assert any(slip.kind.startswith(kind) for slip in proofread(document, KNOWN_TERMS))


def test_an_unused_definition_is_reported() -> None:
    document = assemble_agreement(
        make_terms(), overrides={"general.costs": "Each Party bears its own costs (the <term>Own Costs</term>)."}
    )
    assert Slip("general.costs", "term defined but not used", "Own Costs") in proofread(document, KNOWN_TERMS)


# --- unused definitions fall away ---------------------------------------------------------
def _definitions(document: AgreementDocument) -> list[str]:
    clause = document.articles[0].blocks[0]
    assert isinstance(clause, Clause)
    return [child.term for child in clause.children if hasattr(child, "term")]


def test_a_definition_nothing_uses_is_struck_and_the_list_still_ends_with_a_full_stop() -> None:
    terms = make_terms()
    assert "Contract Year" in _definitions(assemble_agreement(terms))
    # The audit and liability cap clauses are the only ones that speak of a Contract Year.
    overrides = {"financial.audit": "Each Party may audit the other.", "liability.cap": "Liability is unlimited."}
    document = assemble_agreement(terms, overrides=overrides)
    assert "Contract Year" not in _definitions(document)
    lines = body_text_lines(document)
    interpretation = next(index for index, line in enumerate(lines) if line.startswith("Interpretation."))
    last_definition = lines[interpretation - 1]
    assert last_definition.endswith(".") and not last_definition.endswith(";.")


def test_field_and_territory_are_defined_only_where_later_clauses_use_them() -> None:
    scope = {"purpose": "to market", "field_of_use": "Hotel packages", "territory": "Europe"}
    plain = "\n".join(body_text_lines(assemble_agreement(make_terms("co_marketing", scope=scope))))
    # A co-marketing agreement has no background licence over the Field, so nothing uses it.
    assert "the field of hotel packages in Europe." in plain
    licence = "\n".join(body_text_lines(assemble_agreement(make_terms("revenue_sharing", scope=scope))))
    assert "the field of hotel packages (the \u201cField\u201d) in Europe." in licence
    exclusive = make_terms("co_marketing", scope=scope, exclusivity={"kind": "territory"})
    text = "\n".join(body_text_lines(assemble_agreement(exclusive)))
    assert "in Europe (the \u201cTerritory\u201d)." in text
    assert "in the Territory" in text


# --- the no-partnership switch ------------------------------------------------------------
def _relationship(document: AgreementDocument) -> list[str]:
    return [clause.id for clause in document.iter_clauses() if clause.id == "general.relationship"]


@pytest.mark.parametrize("model", ["revenue_sharing", "co_marketing", "consortium", "joint_venture"])
def test_the_no_partnership_switch_controls_the_relationship_clause(model: str) -> None:
    extra: dict[str, Any] = {"joint_venture": _company(2)} if model == "joint_venture" else {}
    on = assemble_agreement(make_terms(model, **extra))
    off = assemble_agreement(make_terms(model, boilerplate={"no_partnership": False}, **extra))
    assert _relationship(on) == ["general.relationship"]
    assert _relationship(off) == []
    assert "creates a partnership" not in "\n".join(body_text_lines(off))


@pytest.mark.parametrize("parties", [2, 3])
def test_a_joint_venture_never_denies_being_a_joint_venture(parties: int) -> None:
    for extra in ({}, {"joint_venture": _company(parties)}):
        text = "\n".join(body_text_lines(assemble_agreement(make_terms("joint_venture", parties, **extra))))
        assert "creates a partnership between the Parties" in text
        assert not re.search(r"partnership or joint venture|not (?:be )?joint venturers", text)


def test_an_alliance_denies_partnership_and_joint_venture() -> None:
    text = "\n".join(body_text_lines(assemble_agreement(make_terms())))
    assert "creates a partnership or joint venture between the Parties" in text


# --- drafting points that are terms fields ---------------------------------------------------
def test_defaults_keep_the_established_wording() -> None:
    text = "\n".join(body_text_lines(assemble_agreement(make_terms())))
    assert "outside 9.00 am to 5.00 pm on a Business Day" in text
    assert "deemed received at 9.00 am on the next Business Day" in text


def test_notice_hours_reach_the_notices_clause() -> None:
    terms = make_terms(boilerplate={"notice_hours_start": 8, "notice_hours_end": 18})
    text = "\n".join(body_text_lines(assemble_agreement(terms)))
    assert "outside 8.00 am to 6.00 pm on a Business Day" in text
    with pytest.raises(ValidationError, match="earlier"):
        make_terms(boilerplate={"notice_hours_start": 18, "notice_hours_end": 9})


def test_long_stop_and_lender_premium_reach_the_joint_venture_clauses() -> None:
    company = {**_company(2), "closing_conditions": ["the lease of the site having been signed"]}
    default = "\n".join(body_text_lines(assemble_agreement(make_terms("joint_venture", joint_venture=company))))
    assert "within six (6) months after the Effective Date" in default
    terms = make_terms(
        "joint_venture",
        joint_venture={**company, "long_stop_months": 9},
        capital_calls={"mode": "pro_rata"},
        funding_default={"remedies": ["lender_premium"], "lender_premium_percent": "7.5"},
    )
    text = "\n".join(body_text_lines(assemble_agreement(terms)))
    assert "within nine (9) months after the Effective Date" in text
    assert "interest at a rate of seven point five per cent (7.5%) a year above" in text


# --- what the templates themselves write ----------------------------------------------------
def _template_text() -> list[tuple[str, str]]:
    """Every piece of literal text the catalogue's templates write, with its owner."""
    catalogue = default_catalogue()
    sources = [(f"{spec.id}:{key}", source) for spec in catalogue.clauses() for key, source in spec.sources.items()]
    sources += [(f"definition {spec.term}", spec.source) for spec in catalogue.definitions]
    sources.append(("recitals", catalogue.recitals_source))
    return [
        (owner, node.data)
        for owner, source in sources
        for node in catalogue.environment.parse(source).find_all(nodes.TemplateData)
    ]


#: Numbers a template may print as figures alone: statutes, articles of the GDPR and versions.
_NAMED_NUMBERS = re.compile(
    r"Act \d{4}|Regulation \(EU\) (?:No )?\d{4}/\d+|Articles? \d+(?:\(\d\))?(?: and \d+)? (?:of the GDPR|terms)|"
    # The GDPR as the legal-system profile names it: "Article 28 of {{ law.gdpr }}".
    r"Articles? \d+(?:\(\d\))?(?: and \d+)? of(?= |$)|"
    r"[Vv]ersion \d\.\d|Attribution 4\.0|"
    # Identifiers of instruments and standards: the EU transfer clauses' decision, security standards.
    r"Decision \(EU\) \d{4}/\d+|ISO/IEC \d+|NIST SP \d+-\d+|AES-256|"
    # An annex of a funder's model agreement is named by its number ("Annex 1 (Description of the action)").
    r"Annex \d+ \("
)


def test_template_numbers_are_in_words_and_figures() -> None:
    unit = r"(?:days?|months?|years?|Business Days?|hours?|consecutive|per cent)"
    words = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty-five|sixty|ninety)"
    problems = []
    for owner, text in _template_text():
        plain = _NAMED_NUMBERS.sub("", text)
        problems += [f"{owner}: {match.group()}" for match in re.finditer(r"(?<!\()\d+(?:\.\d+)?(?![\d%]*\))", plain)]
        problems += [f"{owner}: {match.group()}" for match in re.finditer(rf"\b{words} {unit}\b(?! \()", plain)]
    assert problems == []


def test_templates_oblige_with_shall() -> None:
    found = [
        f"{owner}: {match.group()}"
        for owner, text in _template_text()
        for match in re.finditer(r"\b(?:will|must)\b", text)
    ]
    assert found == []


@pytest.mark.parametrize("model", ["consortium", "revenue_sharing"])
def test_recitals_state_the_agreement_to_collaborate_once(model: str) -> None:
    recitals = [
        " ".join(str(getattr(item, "text", "")) for item in recital.content)
        for recital in assemble_agreement(make_terms(model, 3)).recitals
    ]
    assert sum("have agreed" in recital for recital in recitals) == 1
