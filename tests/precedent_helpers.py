"""Drafts for the precedent tests: every example, and variations of it with every
optional answer switched on (committee and deadlock, contributions, KPIs, joint IP, a
revenue pool, transfer and exit rules, a non-compete...), with the optional modules
added, and with an individual as a party. Whatever the answers say, a type's draft must
only hold what its precedent allows."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from drafting.document import AgreementDocument
from drafting.engine import assemble_agreement
from drafting.engine.blueprints import blueprint_for
from drafting.terms import AgreementTerms, AllianceModel

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples"
EXAMPLE_NAMES = tuple(sorted(path.stem for path in EXAMPLES_DIR.glob("*.json")))
VARIATIONS = ("as_is", "everything_on", "everything_on_with_modules", "an_individual")


@cache
def example_terms(name: str) -> AgreementTerms:
    return AgreementTerms.from_json((EXAMPLES_DIR / f"{name}.json").read_text(encoding="utf-8"))


def _money(amount: str) -> dict[str, str]:
    return {"amount": amount, "currency": "EUR"}


def _equal_shares(names: list[str]) -> list[dict[str, str]]:
    each = (Decimal(100) / len(names)).quantize(Decimal("0.01"))
    shares = [{"party": name, "percent": str(each)} for name in names]
    shares[0]["percent"] = str(Decimal(100) - each * (len(names) - 1))
    return shares


def everything_on(terms: AgreementTerms, *, modules: bool = False) -> AgreementTerms:
    """``terms`` with every optional answer on (and, with ``modules``, every optional
    module of the type added)."""
    names = [party.short_name for party in terms.parties]
    first, second = names[0], names[1]
    data: dict[str, Any] = terms.model_dump(mode="json")
    data["scope"]["objectives"] = ["Grow sales in the territory"]
    data["scope"]["kpis"] = [{"metric": "Units sold", "target": "1,000", "due": None}]
    data["scope"]["milestones"] = [{"description": "Launch", "due": None, "owner": first}]
    data["contributions"] = [
        {"party": first, "kind": "cash", "description": "Working capital", "value": _money("1000.00")},
        {"party": second, "kind": "brand", "description": "Use of its brand", "transfer_mode": "license"},
    ]
    data["capital_calls"] = {"mode": "pro_rata", "cap": _money("5000.00"), "notice_days": 30}
    data["funding_default"] = {"remedies": ["lender_premium"], "cure_days": 30}
    if data["governance"]["body"] in ("none", "steering_committee"):
        data["governance"]["body"] = "steering_committee"
    data["governance"]["seats"] = [{"party": name, "seats": 1} for name in names]
    data["governance"]["deadlock"] = {"terminal": "russian_roulette"}
    data["governance"]["reserved_matters"] = [{"matter": "Approving the annual budget", "threshold": "unanimity"}]
    data["ip"]["foreground"] = {"ownership": "joint", "joint_rules": {}}
    if terms.model is AllianceModel.LICENSING and data["sharing"].get("tiers"):
        pass  # a licence drafts its payments as royalties: tiered rates stay as they are
    else:
        # A split names every share; rate tiers of a royalty do not carry over to it.
        data["sharing"] = {**data["sharing"], "model": "revenue", "shares": _equal_shares(names), "tiers": []}
    data["transfer"] = {"lock_in_months": 24, "tag_along": True, "drag_along": True}
    data["exit"] = {"triggers": ["material_breach", "insolvency"], "valuation": "fair_market_value"}
    data["non_compete"] = {"kind": "in_field", "field": "the same products", "territory": "", "tail_months": 0}
    data["termination"]["convenience"] = {"allowed": True, "notice_days": 90}
    if data.get("open_source"):
        # Membership tiers: the host joins at none, each other party at the one seat the list of seats gives it.
        data["open_source"]["tiers"] = [
            {"name": "Premier", "annual_fee": _money("50000.00"), "board_seats": 1},
            {"name": "Academic"},
        ]
        data["open_source"]["members"] = [{"party": name, "tier": "Premier"} for name in names[1:]]
    if modules:
        data["extra_modules"] = [module.id for module in blueprint_for(terms.model).optional]
    return AgreementTerms.model_validate(data)


def with_an_individual(terms: AgreementTerms) -> AgreementTerms:
    """``terms`` with its second party a natural person."""
    data: dict[str, Any] = terms.model_dump(mode="json")
    person = data["parties"][1]
    person.update(entity_type="individual", legal_name="Maria Lopez", registration_number="", jurisdiction="Spain")
    return AgreementTerms.model_validate(data)


def variation(name: str, kind: str) -> AgreementTerms:
    terms = example_terms(name)
    if kind == "everything_on":
        return everything_on(terms)
    if kind == "everything_on_with_modules":
        return everything_on(terms, modules=True)
    if kind == "an_individual":
        return with_an_individual(terms)
    return terms


@cache
def rendered(name: str, kind: str) -> tuple[AgreementTerms, AgreementDocument]:
    terms = variation(name, kind)
    return terms, assemble_agreement(terms)


def all_drafts() -> Iterator[tuple[str, str]]:
    for name in EXAMPLE_NAMES:
        for kind in VARIATIONS:
            yield name, kind
