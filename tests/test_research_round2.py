"""R&D collaboration with a licence option, second round of the Swiss panel: the Licence has
its own term and termination, and the Agreement's termination rights say how far they reach
it; every ground of termination decides the fate of the Option; the Licence carries the
terms the draft points to (prosecution, enforcement, technology transfer, sublicences, title);
a regulated product gets a regulatory clause; the no-competing-programme restriction is
confined to the same technology; a milestone is reached on its objective event; the budget
overrun rule squares with the caps; and the notes speak to a two-company deal."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafting.terms import AgreementTerms
from drafting.validation import load_terms_file
from tests.drafts import british_text as _text
from tests.review_helpers import changed, example

SWISS = Path(__file__).resolve().parent / "scenarios" / "ch_research_collaboration.json"
LAWS = ("ch", "ew", "de", "fr", "us_ny")


def _swiss(**changes: object) -> AgreementTerms:
    return changed(load_terms_file(SWISS), {key.replace("__", "."): value for key, value in changes.items()})


@pytest.fixture(scope="module")
def drafts() -> dict[str, str]:
    return {law: _text(_swiss(governing_law__profile=law)) for law in LAWS}


def _line(text: str, phrase: str) -> str:
    return next(line for line in text.splitlines() if phrase in line)


@pytest.mark.parametrize("law", LAWS)
def test_the_licence_has_its_own_term_and_termination(drafts: dict[str, str], law: str) -> None:
    text = drafts[law]
    assert "Term and termination of the Licence" in text
    assert "fails to pay an amount due under the Licence and does not pay it within thirty (30) days" in text
    assert "commits a material breach of its obligations under the Licence" in text
    assert "to the extent the law that applies to it allows the Licence to be terminated" in text
    # An exclusive licence may be terminated on a patent challenge.
    assert "challenges, or knowingly assists a third party to challenge, the validity" in text
    assert "Lacustra may terminate the Licence, as a whole or for any Licensed Product or country" in text
    assert "one hundred and twenty (120) days' notice" in text
    # Reversion, sublicences and sell-off.
    assert "end and revert to Fermvita" in text
    assert "sell their stocks of Licensed Products made before that date" in text
    assert "direct licence on the terms of its sublicence" in text
    # The Agreement's termination clauses say how they affect the Licence.
    assert "continues on its own terms" not in text and "in accordance with its own terms" not in text
    assert "continues and ends only as provided in clause" in text
    confine = _line(text, "may be exercised only until the end of the Research Term")
    assert "Change of Control" in confine and "convenience" in confine
    assert "does not end the Licence" in text


def test_the_licence_without_exclusivity_or_sublicences() -> None:
    text = _text(_swiss(research__option__exclusive=False, research__option__sublicensable=False))
    # Termination on a challenge is for an exclusive licence only (TTBER art. 5(1)(b)).
    assert "knowingly assists a third party to challenge" not in text
    assert "direct licence on the terms of its sublicence" not in text
    assert "Lacustra may, for six (6) months, sell" in text


@pytest.mark.parametrize("law", LAWS)
def test_every_termination_ground_decides_the_option(drafts: dict[str, str], law: str) -> None:
    text = drafts[law]
    lapses = _line(text, "the Option lapses on that date")
    for ground in ("breach", "Insolvency Event", "Force Majeure Event", "Change of Control"):
        assert ground in lapses
    assert "the Option continues" in lapses or "the Option continues" in text
    if law == "ch":
        assert "good cause" in lapses


def test_other_research_examples_still_render() -> None:
    text = _text(example("research_collaboration"))
    assert "Research" in text


@pytest.mark.parametrize("law", LAWS)
def test_the_licence_carries_the_terms_the_draft_points_to(drafts: dict[str, str], law: str) -> None:
    text = drafts[law]
    assert "Further terms of the Licence" in text
    for heading in ("Prosecution and maintenance.", "Enforcement.", "Technology transfer.", "Sublicences.", "Title."):
        assert heading in text
    # The exclusive licensee has the first right to enforce, and the IP article points to the
    # clause that says so, never to a Licence that says nothing.
    assert "Lacustra has the first right, at its cost, to take action against an infringement" in text
    assert "is governed by the Licence" not in text
    assert "are governed by clause 5." in _line(text, "prosecution, maintenance and enforcement of the Programme")
    assert "Fermvita warrants to Lacustra that, on the Licence Date, it owns or controls the rights" in text
    assert "including any strain, cell line or other biological material" in text


def test_licence_terms_without_exclusivity_or_sublicences() -> None:
    text = _text(_swiss(research__option__exclusive=False, research__option__sublicensable=False))
    assert "Fermvita decides whether to take action against an infringement" in text
    assert "Lacustra may not grant sublicences under the Licence, except to its Affiliates" in text


@pytest.mark.parametrize("law", LAWS)
def test_a_regulated_product_gets_a_regulatory_clause(drafts: dict[str, str], law: str) -> None:
    text = drafts[law]
    assert "Regulatory matters" in text
    assert "(the “Regulatory Approvals”)" in text or '(the "Regulatory Approvals")' in text
    assert "right of reference" in text
    assert "If the Option lapses, Lacustra may make or keep a filing for Licensed Products only to the extent" in text


def test_an_unregulated_product_has_no_regulatory_clause() -> None:
    terms = _swiss(
        background="Fermvita has a yeast platform. Lacustra makes cleaning products.",
        scope__purpose="Develop two enzymes for detergents.",
        research__programme="Engineer Fermvita's yeast platform to produce two detergent enzymes",
        research__option__product="detergents containing an enzyme made with a Programme strain",
        research__option__field="household cleaning",
        research__diligence__events=[{"event": "Launch the first Licensed Product", "due": "2032-06-30"}],
        **{"payments[3].milestone": "the first Licensed Product is launched"},
    )
    text = _text(terms)
    assert "Regulatory Approvals" not in text


def test_a_hyphenated_regulated_word_counts() -> None:
    # "novel-food application" in a diligence event names a regulated product.
    from drafting.engine.context import derive_facts

    terms = _swiss(
        background="Fermvita has a yeast platform. Lacustra makes ingredients.",
        research__programme="Engineer Fermvita's yeast platform to produce two oligosaccharides",
        research__option__product="ingredients containing an oligosaccharide made with a Programme strain",
        research__option__field="food ingredients",
        scope__purpose="Develop two oligosaccharides.",
        research__diligence__events=[{"event": "File a novel-food application", "due": "2030-09-30"}],
        **{"payments[3].milestone": "the first Licensed Product is launched"},
    )
    assert derive_facts(terms).regulated_product


@pytest.mark.parametrize("law", LAWS)
def test_the_competing_programme_restriction_is_confined(drafts: dict[str, str], law: str) -> None:
    clause = _line(drafts[law], "carry out or fund any research or development programme")
    assert "directed to the same technology as the Programme and to the Purpose" in clause
    assert "was carrying out, or had committed to, before the Effective Date" in clause
    assert "nor to research on any other technology or in any other field" in clause


def test_the_review_tests_the_restriction_and_reports_the_right_of_match() -> None:
    from drafting.review import review

    ids = {finding.rule_id for finding in review(load_terms_file(SWISS))}
    # The Swiss field (infant and medical nutrition) is the Programme's own field.
    assert "research.competing-programme-breadth" not in ids
    assert "research.right-of-match-replaced" in ids
    wide = _swiss(research__option__field="food, feed, cosmetics and pharmaceuticals")
    assert "research.competing-programme-breadth" in {finding.rule_id for finding in review(wide)}


@pytest.mark.parametrize("law", LAWS)
def test_a_milestone_is_reached_on_its_event(drafts: dict[str, str], law: str) -> None:
    text = drafts[law]
    assert "A milestone is reached when the event it describes occurs, whether or not it has been notified" in text
    assert "notifies its achievement with reasonable evidence, unless the payer objects" not in text
    assert "never by the notice or by the payer's acceptance" in text
    # The Swiss milestones are confirmed by an independent laboratory: who appoints and pays.
    assert "the payer bears its fees" in text


def test_other_types_keep_the_notice_test_for_milestones() -> None:
    text = _text(example("licensing_milestones"))
    assert "whether or not it has been notified" not in text


@pytest.mark.parametrize("law", LAWS)
def test_the_overrun_rule_squares_with_the_caps(drafts: dict[str, str], law: str) -> None:
    text = drafts[law]
    assert "unless the Joint Research Committee has approved it" not in text
    assert "Costs in excess of a budget line are borne by the Party that performs the work" in text
    assert "provided that the total that Party has agreed to fund is not exceeded" in text
    # Payment terms and the invoicing rhythm have their own sentences.
    assert "may invoice the reimbursable costs for each calendar quarter in arrear" in text
    assert "Each valid invoice is payable within forty-five (45) days after its receipt." in text


@pytest.mark.parametrize("law", LAWS)
def test_debris_of_other_deal_types_is_gone(drafts: dict[str, str], law: str) -> None:
    text = drafts[law]
    assert "Early Exit" not in text and "on early exit" not in text
    assert "Early Termination" in text
    assert "the governing law permits" not in text


def test_the_notes_speak_to_a_two_company_deal() -> None:
    root = Path(__file__).resolve().parent.parent / "clause_templates"
    notes = " ".join(
        path.read_text(encoding="utf-8")
        for path in [*root.glob("research/*/catalogue.toml"), root / "blueprints" / "research_collaboration.toml"]
    )
    for debris in (
        "those who continue",
        "the others' access rights",
        "a university partner needs",
        "in the EU and the UK",
        "Fee sentences appear only",
        "the answers asked for",
        "invoiced quarterly in arrears",
    ):
        assert debris not in notes


@pytest.mark.parametrize("law", LAWS)
def test_assignment_excepts_permitted_subcontracting_and_sublicensing(drafts: dict[str, str], law: str) -> None:
    clause = _line(drafts[law], "Neither Party may assign, transfer,")
    assert "except as expressly permitted by clause 2.2 (subcontracting) and clause 5.5 (sublicences)" in clause


def test_other_types_keep_their_assignment_clause() -> None:
    text = _text(example("licensing"))
    assert "(subcontracting)" not in text


def test_on_lapse_the_holders_rights_end(drafts: dict[str, str]) -> None:
    text = drafts["ch"]
    assert "the Option and every right of Lacustra to the Licence end" in text
    assert "to the Licence reverts" not in text
