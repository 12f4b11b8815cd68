"""The professionals' members' agreement (precedent 1b): individuals who co-own an
existing company and keep their own practices. The rendered agreement follows the
precedent's outline, speaks of individuals as individuals, uses the governing law's
accession instrument and the company form's words, and keeps out what a joint venture
has; the terms model refuses what cannot be true; the old joint-venture route still
drafts and is pointed to this type; the advisor can recommend it."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from pydantic import ValidationError

from drafting.advisor import Answers, Goal, Horizon, Level, recommend
from drafting.document import AgreementDocument, body_text_lines
from drafting.engine import assemble_agreement
from drafting.review import review
from drafting.terms import AgreementTerms, AllianceModel
from drafting.validation import load_terms_file
from tests.review_helpers import changed, example
from ui.drafts import blank_terms

ROOT = Path(__file__).resolve().parent
BELGIAN = ROOT / "scenarios" / "be_architects_members_srl.json"
ENGLISH = ROOT / "scenarios" / "ew_architects_members.json"


def _text(document: AgreementDocument) -> str:
    return "\n".join(body_text_lines(document))


def _render(terms: AgreementTerms) -> tuple[AgreementDocument, str]:
    document = assemble_agreement(terms)
    return document, _text(document)


def test_the_outline_follows_the_precedent() -> None:
    document, _ = _render(example("professionals_members"))
    assert document.metadata.title == "Shareholders' Agreement"
    headings = [article.heading for article in document.articles]
    assert headings == [
        "Definitions and Interpretation",
        "Purpose",
        "The Company and the Members' Practices",
        "Client Engagements and Revenue",
        "Costs and Distributions",
        "Decisions",
        "Members' Duties",
        "Name, Brand and Materials",
        "Admission of New Members",
        "Transfers",
        "Leavers",
        "Restrictive Covenants",
        "Confidentiality",
        "Duration",
        "Consequences of Leaving and Termination",
        "Warranties and Liability",
        "General",
        "Governing Law and Disputes",
    ]
    ids = {clause.id for clause in document.iter_clauses()}
    # Keep out unless asked: formation, conditions, deadlock shotgun, contributions,
    # parent guarantees, a steering committee, a background/foreground IP regime.
    assert not {i for i in ids if i.startswith(("company.", "deadlock.", "contributions.", "ip.", "governance."))}
    assert {"practice.work", "engagements.split", "leaving.buyer", "covenants.non_solicitation"} <= ids


def test_the_company_exists_is_a_party_and_is_never_formed() -> None:
    _, text = _render(example("professionals_members"))
    assert "Foundry Yard Architects Ltd, a private company limited by shares" in text
    assert "is a party to this Agreement. It already exists" in text
    assert "shall establish" not in text and "Conditions" not in text
    assert "nothing in it requires the Company to be formed again" in text


def test_the_split_is_stated_once_and_totals_the_whole() -> None:
    _, text = _render(example("professionals_members"))
    assert "to the Delivering Member, sixty-five per cent (65%)" in text
    assert "(the “Originating Member”), ten per cent (10%)" in text
    assert "to the Company, twenty-five per cent (25%)" in text
    assert "the share of the Originating Member goes to the Company" in text
    assert text.count("sixty-five per cent (65%)") == 1


def test_individuals_are_treated_as_individuals() -> None:
    document, text = _render(example("professionals_members"))
    assert "Whitcombe, Adeyemi, Kerrigan and Delgado each have full legal capacity" in text
    assert "Whitcombe is duly incorporated" not in text
    assert "Foundry Yard is duly incorporated" in text  # the company is a company
    assert "his or her practice" in text and "personal representatives" in text
    assert "no Member is bound by any covenant not to compete" in text
    signatures = {block.party_short_name: block.individual for block in document.signatures}
    assert signatures == {"Whitcombe": True, "Adeyemi": True, "Kerrigan": True, "Delgado": True, "Foundry Yard": False}


def test_relationship_denies_a_partnership_between_members_not_the_company() -> None:
    _, text = _render(example("professionals_members"))
    assert "Nothing in this Agreement creates a partnership between the Members" in text
    assert "not a joint venture" not in text


@pytest.mark.parametrize(
    ("path", "accession", "tax"),
    [
        (ENGLISH, "by signing a deed of adherence, executed as a deed,", "VAT"),
        (BELGIAN, "by signing an accession agreement by which", "value added tax (BTW/TVA)"),
    ],
)
def test_admission_uses_the_law_s_accession_instrument(path: Path, accession: str, tax: str) -> None:
    _, text = _render(load_terms_file(path))
    assert accession in text
    assert f"net of {tax} charged to the client" in text


def test_a_belgian_srl_bv_has_shares_but_no_share_capital() -> None:
    _, text = _render(load_terms_file(BELGIAN))
    assert (
        "a société à responsabilité limitée / besloten vennootschap (SRL/BV) existing under the laws of Belgium" in text
    )
    assert "has three hundred (300) Shares in issue" in text
    assert "share capital" not in text
    assert "French-speaking Enterprise Court of Brussels" in text


def test_an_llp_takes_the_members_agreement_title_and_its_words() -> None:
    terms = changed(example("professionals_members"), {"members.form": "llp", "members.share_capital": None})
    document, text = _render(terms)
    assert document.metadata.title == "Members' Agreement"
    assert "all held by the Members as set out in Schedule 1" in text
    assert "Membership Interests" in text


def test_equal_holdings_are_recomputed_on_admission_and_leaving() -> None:
    terms = changed(
        example("professionals_members"),
        {
            "members.holdings": [
                {"party": name, "fraction": "1/4"} for name in ("Whitcombe", "Adeyemi", "Kerrigan", "Delgado")
            ],
            "members.equal_shares": True,
        },
    )
    _, text = _render(terms)
    assert "recomputed so that each Member holds an equal share" in text
    assert "in equal shares, at present one-quarter each" in text


def test_the_leaver_clauses_follow_the_leaver_terms() -> None:
    terms = changed(
        example("professionals_members"),
        {"leavers.buyer": "others_pro_rata", "leavers.instalments": 1, "members.bad_leaver_discount_percent": "10%"},
    )
    _, text = _render(terms)
    assert "the other Members shall buy them in proportion to their holdings" in text
    assert "The price is paid in full on completion" in text
    assert "(for a Bad Leaver) their Fair Value less ten per cent (10%)" in text
    assert "requiring it to be remedied; or" in text


def test_the_terms_refuse_a_company_that_holds_its_own_shares_and_an_unknown_company() -> None:
    with pytest.raises(ValidationError, match="cannot hold its own shares"):
        changed(example("professionals_members"), {"members.holdings[0].party": "Foundry Yard"})
    with pytest.raises(ValidationError, match="not one of the parties"):
        changed(example("professionals_members"), {"members.company": "Nobody Ltd"})


def test_a_version_5_joint_venture_of_professionals_still_drafts_and_is_pointed_here() -> None:
    old = example("professionals_company")
    assert old.model is AllianceModel.JOINT_VENTURE and old.members is None
    _, text = _render(old)
    assert "already exists" in text
    found = [finding for finding in review(old) if finding.rule_id == "members.use-members-type"]
    assert found and "Professionals' members' agreement" in found[0].fix
    assert found[0].path == "model"


def test_a_blank_members_draft_asks_for_the_split_and_nothing_else_surprising() -> None:
    terms = blank_terms(AllianceModel.PROFESSIONALS_MEMBERS)
    assert terms.members is not None and terms.members.company == "Party C"
    assert terms.members.holdings[0].exact == Fraction(1, 2)
    rule_ids = {finding.rule_id for finding in review(terms) if finding.rule_id.startswith("members.")}
    assert rule_ids == {"members.split-missing", "members.company-work-undefined", "members.pi-cover-missing"}


@pytest.mark.parametrize(
    "answers",
    [
        Answers(goal=Goal.CO_OWN_PRACTICE),
        Answers(goal=Goal.CO_OWN_PRACTICE, partners=5, horizon=Horizon.LONG, competitors=True),
        Answers(goal=Goal.CO_OWN_PRACTICE, capital=Level.HIGH, commitment=Level.HIGH),
    ],
)
def test_the_advisor_recommends_the_members_agreement_with_reasons(answers: Answers) -> None:
    result = recommend(answers)
    assert result.model is AllianceModel.PROFESSIONALS_MEMBERS
    assert result.runner_up is AllianceModel.JOINT_VENTURE
    assert len(result.reasons) >= 2
    if answers.partners >= 3:
        assert any("listed majorities" in reason for reason in result.reasons)
    if answers.capital is not Level.HIGH:
        assert any("own work" in reason for reason in result.reasons)


def test_other_goals_do_not_drift_to_the_members_agreement() -> None:
    for goal in Goal:
        if goal is not Goal.CO_OWN_PRACTICE:
            assert recommend(Answers(goal=goal, partners=4)).model is not AllianceModel.PROFESSIONALS_MEMBERS
