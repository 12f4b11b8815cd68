"""The module matrix of the precedents: for every agreement type and every module that
may or may not belong to it, whether it may appear. Every example is rendered as it is,
with every optional answer on, with the type's optional modules added, and with an
individual as a party; a module the type's precedent keeps out must never show."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from drafting.document import AgreementDocument
from drafting.engine.assemble import selected_variants
from drafting.terms import AgreementTerms, AllianceModel
from tests.precedent_helpers import all_drafts, rendered

M = AllianceModel
EVERY = frozenset(AllianceModel)

#: A module is seen in a document by the clauses (and alternatives) that carry it.
Detector = Callable[[frozenset[str], dict[str, str]], bool]


def _any(*prefixes: str) -> Detector:
    return lambda ids, variants: any(clause.startswith(prefixes) for clause in ids)


def _variant(clause_id: str, *keys: str) -> Detector:
    return lambda ids, variants: clause_id in ids and variants.get(clause_id) in keys


#: module -> (how it is seen, the types where it is core or allowed by default, the
#: types where only an optional module the user adds lets it in). From the matrix of
#: the precedents, restricted to the nine types Pactwright drafts.
MATRIX: dict[str, tuple[Detector, frozenset[AllianceModel], frozenset[AllianceModel]]] = {
    "company, shares and transfer rules": (
        _any("company.", "transfer.", "investment.", "practice.company", "holdings."),
        frozenset({M.JOINT_VENTURE, M.EQUITY_ALLIANCE, M.PROFESSIONALS_MEMBERS}),
        frozenset(),
    ),
    "joint committee or board": (
        _any("governance."),
        frozenset({M.JOINT_VENTURE, M.CONSORTIUM, M.OPEN_SOURCE}),
        frozenset({M.EQUITY_ALLIANCE, M.LICENSING, M.CO_MARKETING, M.DATA_SHARING, M.DISTRIBUTION})
        | {M.SUPPLIER_ALLIANCE, M.REVENUE_SHARING},
    ),
    "deadlock ladder": (_any("deadlock."), frozenset({M.JOINT_VENTURE}), frozenset()),
    "contributions with agreed values": (
        _any("contributions."),
        frozenset({M.JOINT_VENTURE, M.CONSORTIUM}),
        frozenset(),
    ),
    "joint ownership of new IP": (
        lambda ids, variants: "ip.joint_ownership" in ids or variants.get("ip.foreground") == "joint",
        frozenset({M.CONSORTIUM}),
        frozenset(),
    ),
    "revenue or profit pool": (
        _variant("financial.model", "revenue", "profit"),
        frozenset({M.REVENUE_SHARING}),
        frozenset(),
    ),
    "royalties": (
        _variant("financial.model", "royalty", "option_royalty"),
        frozenset({M.LICENSING, M.RESEARCH_COLLABORATION}),
        frozenset(),
    ),
    "KPIs as obligations": (_any("scope.kpis"), frozenset(), frozenset()),
    # A consortium states its project objectives (the Work Plan carries the tasks).
    "objectives": (_any("scope.objectives"), frozenset({M.CONSORTIUM}), frozenset()),
    "plain no-partnership statement": (
        _variant("general.relationship", "alliance"),
        EVERY - {M.JOINT_VENTURE, M.PROFESSIONALS_MEMBERS},
        frozenset(),
    ),
    "exit price and valuation": (
        _any("exit.", "leaving."),
        frozenset({M.JOINT_VENTURE, M.PROFESSIONALS_MEMBERS}),
        frozenset(),
    ),
    "conditions precedent": (_any("company.conditions"), frozenset({M.JOINT_VENTURE}), frozenset()),
    "brand licence": (
        _any("ip.brand_licence"),
        frozenset({M.JOINT_VENTURE, M.DISTRIBUTION, M.LICENSING, M.CO_MARKETING, M.REVENUE_SHARING, M.OPEN_SOURCE}),
        frozenset(),
    ),
    "joint-controller arrangement": (
        _variant("data.roles", "joint_controllers"),
        frozenset({M.DATA_SHARING}),
        frozenset(),
    ),
    "minimum commitment": (
        _any("distribution.minimum_purchase", "financial.minimum_guarantee", "supplier_alliance_volumes.take_or_pay"),
        frozenset({M.DISTRIBUTION, M.LICENSING, M.REVENUE_SHARING}) | {M.SUPPLIER_ALLIANCE},
        frozenset(),
    ),
    "termination for convenience of a company venture": (
        _any("termination.convenience"),
        EVERY - {M.JOINT_VENTURE},
        frozenset(),
    ),
}


def _clause_ids(document: AgreementDocument) -> frozenset[str]:
    return frozenset(clause.id for clause in document.iter_clauses())


def _present(terms: AgreementTerms, document: AgreementDocument) -> set[str]:
    ids = _clause_ids(document)
    variants = selected_variants(terms)
    return {module for module, (seen, _, _) in MATRIX.items() if seen(ids, variants)}


@pytest.mark.parametrize(("name", "kind"), list(all_drafts()), ids=lambda value: str(value))
def test_no_type_shows_a_module_its_precedent_keeps_out(name: str, kind: str) -> None:
    terms, document = rendered(name, kind)
    added = bool(terms.extra_modules)
    forbidden = []
    for module in sorted(_present(terms, document)):
        _, allowed, optional = MATRIX[module]
        if terms.model in allowed or (added and terms.model in optional):
            continue
        if module == "revenue or profit pool" and _professionals_company(terms):
            continue  # precedent 1b: members of an existing company split the work they pass through it
        forbidden.append(module)
    assert forbidden == [], f"{terms.model.value} shows {forbidden}"


def _professionals_company(terms: AgreementTerms) -> bool:
    venture = terms.joint_venture
    return terms.model is M.JOINT_VENTURE and venture is not None and venture.status.value == "existing"


def test_the_matrix_is_not_vacuous() -> None:
    """Each module some type allows is seen in some draft, so a detector that never
    fires cannot pass (KPIs, allowed nowhere, are asked for in every variation)."""
    seen: set[str] = set()
    for name, kind in all_drafts():
        seen |= _present(*rendered(name, kind))
    assert seen == {module for module, (_, allowed, optional) in MATRIX.items() if allowed | optional}


def test_an_optional_module_appears_only_when_the_user_adds_it() -> None:
    off, _ = rendered("distribution", "everything_on")
    on, document = rendered("distribution", "everything_on_with_modules")
    assert "steering_committee" in on.extra_modules and not off.extra_modules
    headings = [article.heading for article in document.articles]
    assert "Steering Committee" in headings
    assert "Steering Committee" not in [
        article.heading for article in rendered("distribution", "everything_on")[1].articles
    ]
    # Placed where the blueprint says: after the supply article, which holds the parties'
    # obligations (a distribution has no Purpose and Particular Undertakings article).
    assert headings[headings.index("Steering Committee") - 1] == "Supply of the Products"
