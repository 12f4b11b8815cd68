"""Each alliance model includes the clauses it must and none it must not, options left
empty fall away cleanly, and no combination leaves a dangling cross-reference."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from drafting.document import AgreementDocument, body_text_lines
from drafting.engine import assemble_agreement
from drafting.terms import AgreementTerms
from tests.support import EXAMPLES_DIR


def example(name: str, **changes: Any) -> AgreementTerms:
    data = json.loads((EXAMPLES_DIR / f"{name}.json").read_text(encoding="utf-8"))
    data.update(changes)
    return AgreementTerms.model_validate(data)


def ids(document: AgreementDocument) -> set[str]:
    return {clause.id for clause in document.iter_clauses()} | {article.id for article in document.articles}


def text(document: AgreementDocument) -> str:
    return "\n".join(body_text_lines(document))


REQUIRED = {
    "joint_venture_50_50": {"company.formation", "company.distributions", "exit.valuation", "transfer.lock_in",
                            "deadlock.resolution", "contributions.further_funding", "termination.joint_venture"},
    "equity_alliance": {"investment.subscription", "investment.board", "investment.standstill"},
    "consortium_five_party": {"consortium.coordinator", "consortium.defaulting_member", "consortium.admission",
                              "consortium.withdrawal", "governance.veto"},
    "data_sharing": {"data.roles", "data.obligations", "data.retention", "data.lawful_basis"},
    "open_source_community": {"project.licence", "project.contributions", "project.antitrust",
                              "governance.voting"},
    "distribution": {"distribution.appointment", "distribution.resale_prices", "distribution.online_sales"},
    "licensing": {"licence.grant", "financial.model", "financial.audit"},
    "co_marketing": {"co_marketing.campaign", "co_marketing.approvals", "ip.brand_licence"},
    "revenue_sharing": {"financial.model", "financial.deductions", "financial.audit", "general.relationship"},
}  # fmt: skip
FORBIDDEN = {
    "joint_venture_50_50": {"termination.convenience", "data.roles",
                            "termination.for_cause", "project.licence", "investment.subscription"},
    "consortium_five_party": {"termination.for_cause", "company.formation"},
    "data_sharing": {"general.data_protection", "company.formation"},
    "revenue_sharing": {"company.formation", "investment.subscription", "project.licence", "transfer.lock_in"},
    "distribution": {"licence.grant", "company.formation"},
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_each_model_has_the_clauses_it_must(name: str) -> None:
    found = ids(assemble_agreement(example(name)))
    assert REQUIRED[name] <= found, REQUIRED[name] - found
    assert not (FORBIDDEN.get(name, set()) & found)


def test_a_joint_venture_never_denies_being_a_joint_venture() -> None:
    for name in ("joint_venture_50_50", "joint_venture_unequal"):
        body = text(assemble_agreement(example(name)))
        assert "partnership or joint venture" not in body
        assert "carry on their joint venture only through the Company" in body


def test_sharing_alliances_deny_partnership() -> None:
    body = text(assemble_agreement(example("revenue_sharing")))
    assert "creates a partnership or joint venture" in body
    assert "does not make the Parties partners" in body


def test_consortium_speaks_of_members_and_removes_a_defaulting_member() -> None:
    body = text(assemble_agreement(example("consortium_five_party")))
    assert "“Defaulting Member”" in body
    assert "the other Party" not in body


VARIATIONS: list[dict[str, Any]] = [
    {"exit": None},
    {"transfer": None},
    {"boilerplate": {"force_majeure": False, "indemnities": False, "liability_cap": {"kind": "none"}}},
    {"disputes": {"negotiation": False, "mediation": None, "forum": "courts", "courts": {"courts": "London"}}},
    {"disputes": {"negotiation": False, "mediation": None, "forum": "arbitration", "arbitration": {"seat": ""}}},
    {"governance": {"body": "none"}},
    {"governance": {"body": "board", "casting_vote": "independent", "deadlock": None}},
    {"contributions": [], "sharing": {"model": "none"}},
    {"term": {"effective_date": None, "kind": "fixed", "length_months": None, "end_date": None}},
    {"termination": {"convenience": {"allowed": True, "fee": {"amount": "1000.50", "currency": "GBP"}},
                     "change_of_control": "call_option"}},
    {"ip": {"foreground": {"ownership": "joint", "joint_rules": {}}}},
    {"ip": {"foreground": {"ownership": "split_by_field", "licence_back": None}}},
]  # fmt: skip


@pytest.mark.parametrize("variation", VARIATIONS, ids=lambda variation: ",".join(variation))
@pytest.mark.parametrize("name", ["joint_venture_50_50", "consortium_five_party", "revenue_sharing", "licensing"])
def test_options_fall_away_without_dangling_references_or_blanks(name: str, variation: dict[str, Any]) -> None:
    document = assemble_agreement(example(name, **variation))  # DanglingReferenceError would fail here
    body = text(document)
    for forbidden in ("None", "TBD", " ,", " .", "  ", "()", "“”"):
        assert forbidden not in body, forbidden


def test_a_dropped_clause_renumbers_and_references_follow() -> None:
    full = assemble_agreement(example("revenue_sharing"))
    lean = assemble_agreement(example("revenue_sharing", boilerplate={"force_majeure": False}))
    number = {clause.id: clause.full_number for clause in lean.iter_clauses()}
    assert "general.force_majeure" in ids(full) and "general.force_majeure" not in ids(lean)
    survival = next(clause for clause in lean.iter_clauses() if clause.id == "effects.survival")
    targets = [item for item in survival.content if hasattr(item, "target_id")]
    for ref in targets:
        assert ref.number == number.get(ref.target_id, ref.number)


def test_examples_folder_exists() -> None:
    assert Path(EXAMPLES_DIR).is_dir()
