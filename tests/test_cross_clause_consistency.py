"""Cross-clause consistency over every example and scenario: what runs after the end (or
after a party leaves) is in the survival list and the list binds a party that leaves; the
long-stop termination applies it; confidentiality lasts as long as the rights that feed it;
the diligence remedy is exclusive only for diligence; royalty periods share the Contract
Year; a drafted date has a Business Day convention; competitors get the information
safeguard; a supermajority note counts as the clause counts."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from drafting.document import AgreementDocument, Article, Block, Clause, inline_text
from drafting.engine import assemble_agreement
from drafting.engine.context import derive_facts
from drafting.review import review
from drafting.terms import AgreementTerms, AllianceModel
from tests.review_helpers import changed
from tests.support import ROOT, example_paths

DRAFTS = example_paths() + sorted((ROOT / "tests" / "scenarios").glob("*.json"))


@cache
def _terms(path: Path) -> AgreementTerms:
    return AgreementTerms.from_json(path.read_text(encoding="utf-8"))


@cache
def _document(path: Path) -> AgreementDocument:
    return assemble_agreement(_terms(path))


def _text(block: Block) -> str:
    parts = [inline_text(block.content)] if hasattr(block, "content") else []
    parts.extend(_text(child) for child in getattr(block, "children", ()))
    return " ".join(parts)


def _clauses(document: AgreementDocument) -> list[tuple[Article, Clause]]:
    return [(article, block) for article in document.articles for block in article.blocks if isinstance(block, Clause)]


def _clause(document: AgreementDocument, clause_id: str) -> Clause | None:
    return next((clause for _, clause in _clauses(document) if clause.id == clause_id), None)


def _listed(survival: str) -> set[str]:
    return set(re.findall(r"(?:clause|Section|Article) (\d+(?:\.\d+)*)", survival))


#: An obligation that runs for a period after the agreement ends or after a party leaves.
_RUNS_AFTER = re.compile(
    r"for (?:\w+ )?\(\d+\) (?:months|years) after (?:termination|expiry|the end of this Agreement|it ceases|"
    r"he or she ceases|its withdrawal)",
    re.IGNORECASE,
)


def _every_clause_that_runs_after_the_end_is_in_the_survival_list(path: Path) -> bool:
    document = _document(path)
    survival = _clause(document, "effects.survival")
    if survival is None:
        return False  # not this kind of draft: "no survival clause in this type"
    listed = _listed(_text(survival))
    missing = [
        clause.full_number
        for article, clause in _clauses(document)
        if _RUNS_AFTER.search(_text(clause))
        and clause.full_number not in listed
        and article.number.rstrip(".") not in listed
    ]
    assert missing == [], f"{path.stem}: clauses that run after the end but do not survive: {missing}"
    return True


def test_every_clause_that_runs_after_the_end_is_in_the_survival_list() -> None:
    """Every example and scenario this class concerns (and at least one does)."""
    assert [path.stem for path in DRAFTS if _every_clause_that_runs_after_the_end_is_in_the_survival_list(path)]


def _survival_and_confidentiality_bind_a_party_that_leaves(path: Path) -> bool:
    """Where the agreement continues among the others when one party leaves, the surviving
    provisions and the confidentiality period keep binding (and protecting) that party."""
    terms, document = _terms(path), _document(path)
    survival = _clause(document, "effects.survival")
    duration = _clause(document, "confidentiality.duration")
    if survival is None:
        return False  # not this kind of draft: "no survival clause: each partner's agreement is bilateral"
    if derive_facts(terms).two_parties:
        assert "ceases to be a party" not in _text(survival)
        return True
    assert "withdraws or otherwise ceases to be a party" in _text(survival), path.stem
    if duration is not None:
        assert "ceases to be a party before then" in _text(duration), path.stem
    return True


def test_survival_and_confidentiality_bind_a_party_that_leaves() -> None:
    """Every example and scenario this class concerns (and at least one does)."""
    assert [path.stem for path in DRAFTS if _survival_and_confidentiality_bind_a_party_that_leaves(path)]


def _a_long_stop_termination_applies_the_survival_clause(path: Path) -> bool:
    document = _document(path)
    conditions = _clause(document, "investment.conditions") or _clause(document, "company.conditions")
    survival = _clause(document, "effects.survival")
    if conditions is None or not re.search(r"Long-Stop Date|are not satisfied or waived within", _text(conditions)):
        return False  # not this kind of draft: "no long-stop date"
    assert survival is not None
    text = _text(conditions)
    # Either the survival clause applies as on any termination (a joint venture), or the
    # investment's own termination before Completion names what continues: a deal that never
    # closed keeps only confidentiality, disputes and the like, not the post-Completion rights.
    assert re.search(
        rf"the provisions listed in (?:clause|Section) {survival.full_number} survive that termination", text
    ) or re.search(r"except for a breach committed before it terminates; .*confidential|continue to apply", text)
    return True


def test_a_long_stop_termination_applies_the_survival_clause() -> None:
    """Every example and scenario this class concerns (and at least one does)."""
    assert [path.stem for path in DRAFTS if _a_long_stop_termination_applies_the_survival_clause(path)]


def _confidentiality_lasts_as_long_as_the_investment_provisions(path: Path) -> bool:
    """Information rights run while the investor holds its stake, beyond the Term: the
    confidentiality that protects what they disclose runs with them."""
    document = _document(path)
    investment = _clause(document, "term.investment")
    if investment is None:
        return False  # not this kind of draft: "no investment provisions"
    duration = _clause(document, "confidentiality.duration")
    assert duration is not None
    assert re.search(
        rf"after the investment provisions cease to apply under (?:clause|Section) {investment.full_number}\b",
        _text(duration),
    )
    confidentiality = next(a for a in document.articles if a.id == "confidentiality")
    assert re.search(rf"(?:clause|Section) {confidentiality.number.rstrip('.')}\b", _text(investment))
    return True


def test_confidentiality_lasts_as_long_as_the_investment_provisions() -> None:
    """Every example and scenario this class concerns (and at least one does)."""
    assert [path.stem for path in DRAFTS if _confidentiality_lasts_as_long_as_the_investment_provisions(path)]


def _the_diligence_remedy_is_exclusive_only_for_diligence(path: Path) -> bool:
    document = _document(path)
    diligence = _clause(document, "licence.diligence")
    if diligence is None or "exclusive remedy" not in _text(diligence):
        return False  # not this kind of draft: "no exclusive diligence remedy"
    text = _text(diligence)
    assert not re.search(r"materially fails to comply with this (?:clause|Section)", text)
    assert re.search(r"fails to use the efforts required by this (?:clause|Section)", text)
    if "In particular" in text:
        assert "does not limit the rights and remedies" in text
    return True


def test_the_diligence_remedy_is_exclusive_only_for_diligence() -> None:
    """Every example and scenario this class concerns (and at least one does)."""
    assert [path.stem for path in DRAFTS if _the_diligence_remedy_is_exclusive_only_for_diligence(path)]


def _royalty_periods_and_the_contract_year_share_one_basis(path: Path) -> bool:
    body = " ".join(_text(clause) for _, clause in _clauses(_document(path)))
    financial = " ".join(_text(clause) for _, clause in _clauses(_document(path)) if clause.id.startswith("financial."))
    if "Contract Year" not in body:
        return False  # not this kind of draft: "no Contract Year"
    assert "calendar quarter" not in financial, path.stem
    assert "half-year ending on 30 June" not in financial, path.stem
    return True


def test_royalty_periods_and_the_contract_year_share_one_basis() -> None:
    """Every example and scenario this class concerns (and at least one does)."""
    assert [path.stem for path in DRAFTS if _royalty_periods_and_the_contract_year_share_one_basis(path)]


def _a_drafted_date_has_a_business_day_convention(path: Path) -> bool:
    document = _document(path)
    interpretation = _clause(document, "definitions.interpretation")
    if interpretation is None:
        return False  # not this kind of draft: "no interpretation clause"
    text = _text(interpretation)
    assert "on a day that is not a Business Day, it falls due on the next Business Day" in text
    completes = _clause(document, "investment.completion") or _clause(document, "company.completion")
    # "Closing" under a US law (the profile's word), "Completion" elsewhere.
    assert bool(re.search(r"(?:Completion|Closing) or any other act", text)) == (completes is not None), path.stem
    return True


def test_a_drafted_date_has_a_business_day_convention() -> None:
    """Every example and scenario this class concerns (and at least one does)."""
    assert [path.stem for path in DRAFTS if _a_drafted_date_has_a_business_day_convention(path)]


def _competitors_get_the_information_safeguard(path: Path) -> bool:
    terms = _terms(path)
    if not terms.competitors:
        return False  # not this kind of draft: "not competitors"
    document = _document(path)
    body = " ".join(_text(clause) for _, clause in _clauses(document))
    assert "competitively sensitive information" in body
    meetings = _clause(document, "governance.meetings")
    if meetings is not None:
        # The clean-team clause, or an open-source charter's one antitrust clause, holds the
        # meeting rules.
        safeguard = _clause(document, "confidentiality.clean_team") or _clause(document, "project.antitrust")
        assert safeguard is not None
        text = _text(safeguard)
        assert re.search(
            rf"Each meeting held under (?:clause|Section) {meetings.full_number} shall follow"
            r"|Every meeting of a body of the Project shall follow",
            text,
        )
        assert "competition counsel attend" in text
    return True


def test_competitors_get_the_information_safeguard() -> None:
    """Every example and scenario this class concerns (and at least one does)."""
    assert [path.stem for path in DRAFTS if _competitors_get_the_information_safeguard(path)]


@pytest.mark.parametrize("path", DRAFTS, ids=lambda path: path.stem)
def test_declared_competitors_get_the_safeguard_drafted_or_flagged_in_every_type(path: Path) -> None:
    """Any example made a deal between competitors: the safeguard is drafted (with the
    meeting rules where the agreement has meetings), or the review says it is missing."""
    terms = changed(_terms(path), {"competitors": True})
    document = assemble_agreement(terms)
    safeguard = _clause(document, "confidentiality.clean_team") or _clause(document, "project.antitrust")
    flagged = any(f.rule_id == "competition.information-exchange" for f in review(terms))
    assert safeguard is not None or flagged, path.stem
    if safeguard is not None and _clause(document, "governance.meetings") is not None:
        assert "competition counsel attend" in _text(safeguard), path.stem


def test_a_royalty_duty_listed_as_diligence_is_flagged_and_a_launch_duty_is_not() -> None:
    base = _terms(ROOT / "examples" / "licensing.json")
    assert base.model is AllianceModel.LICENSING
    licensee = base.ip.licence_grant.licensee if base.ip.licence_grant else ""
    report = changed(base, {"scope.obligations": [{"party": licensee, "description": "Keep records of all sales."}]})
    launch = changed(base, {"scope.obligations": [{"party": licensee, "description": "Launch in every country."}]})
    [finding] = [f for f in review(report) if f.rule_id == "licensing.royalty-duty-under-diligence"]
    assert finding.path == "scope.obligations"
    assert len(finding.clauses) == 2
    assert not [f for f in review(launch) if f.rule_id == "licensing.royalty-duty-under-diligence"]


def test_a_supermajority_note_counts_as_the_clause_counts() -> None:
    """The note speaks of "all N Members" only where the clause counts the votes of all."""
    for path in DRAFTS:
        for finding in review(_terms(path)):
            if finding.rule_id != "governance.illusory-supermajority":
                continue
            document = _document(path)
            text = " ".join(_text(clause) for _, clause in _clauses(document))
            assert "two thirds of the votes of all" in text


def _a_lead_manages_only_the_joint_results_it_owns(path: Path) -> bool:
    """Where each creator owns its results among more than two parties, a joint result need
    not belong to the lead the answers name: it prosecutes and enforces only what it co-owns."""
    terms, document = _terms(path), _document(path)
    clause = _clause(document, "ip.joint_ownership")
    rules = terms.ip.foreground.joint_rules
    if clause is None or rules is None:
        return False  # not this kind of draft: "no joint-ownership rules"
    text = _text(clause)
    every_owner = derive_facts(terms).two_parties or terms.ip.foreground.ownership == "joint"
    for lead in {rules.prosecution_lead, rules.enforcement_lead} - {None}:
        assert (f"{lead}, where it is one of the joint owners" in text) == (not every_owner), path.stem
    return True


def test_a_lead_manages_only_the_joint_results_it_owns() -> None:
    """Every example and scenario this class concerns (and at least one does)."""
    assert [path.stem for path in DRAFTS if _a_lead_manages_only_the_joint_results_it_owns(path)]


def _results_owned_by_their_creator_have_a_chain_of_title(path: Path) -> bool:
    """Foreground IP that belongs to the party whose people create it needs those people
    (and a university's students, who are not its employees) bound to vest it in the party."""
    terms, document = _terms(path), _document(path)
    foreground = _clause(document, "ip.foreground")
    if foreground is None or "whose employees, contractors or agents create it" not in _text(foreground):
        return False  # not this kind of draft: "results are not owned by their creator"
    chain = _clause(document, "ip.chain_of_title")
    assert chain is not None, path.stem
    text = _text(chain)
    assert "employees, contractors, subcontractors and agents who creates Foreground IP" in text
    assert re.search(rf"as set out in (?:clause|Section) {foreground.full_number}\b", text)
    for name in derive_facts(terms).public_bodies:
        assert name in text and "students and visiting researchers" in text
    return True


def test_results_owned_by_their_creator_have_a_chain_of_title() -> None:
    """Every example and scenario this class concerns (and at least one does)."""
    assert [path.stem for path in DRAFTS if _results_owned_by_their_creator_have_a_chain_of_title(path)]
