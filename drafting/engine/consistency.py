"""Cross-clause consistency: after assembly, the type's blueprint rules are checked
against the clauses actually drafted (their text, their alternatives, their
cross-references), so a contradiction that only shows once two clauses sit in one
document (a lock-in that blocks the deadlock buy-out, an amendment vote against "every
change needs all signatures") is caught and named by clause number.

A rule's ``when`` is a Jinja expression over ``terms``, ``deal``, ``variant`` (clause id
-> the alternative drafted), ``text`` (clause id -> its text, sub-clauses included) and
``refers(clause, target)`` (does that clause cross-refer to the target clause or
article). A rule is checked only when both its clauses are in the document.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from drafting.document import AgreementDocument, Clause, CrossRef, Paragraph, inline_text
from drafting.engine.assemble import selected_variants
from drafting.engine.blueprints import Blueprint, blueprint_for, evaluate
from drafting.engine.context import derive_facts
from drafting.engine.wording import upper_first
from drafting.terms import AgreementTerms


@dataclass(frozen=True, slots=True)
class Inconsistency:
    """Two clauses of one document that contradict each other."""

    rule_id: str
    first: str
    second: str
    message: str
    fix: str
    field: str

    def sentence(self) -> str:
        return f"{upper_first(self.first)} and {self.second}: {self.message}"


def _walk_text(clause: Clause, parts: list[str], targets: set[str]) -> None:
    parts.append(inline_text(clause.content))
    targets.update(item.target_id for item in clause.content if isinstance(item, CrossRef))
    for child in clause.children:
        if isinstance(child, Clause):
            _walk_text(child, parts, targets)
        elif isinstance(child, Paragraph):
            parts.append(inline_text(child.content))
            targets.update(item.target_id for item in child.content if isinstance(item, CrossRef))


def _context(
    terms: AgreementTerms, variants: dict[str, str], texts: dict[str, str], references: dict[str, set[str]]
) -> Mapping[str, Any]:
    def refers(clause_id: str, target: str) -> bool:
        return any(found == target or found.startswith(target + ".") for found in references.get(clause_id, ()))

    return {"terms": terms, "deal": derive_facts(terms), "variant": variants, "text": texts, "refers": refers}


def _label(clause: Clause) -> str:
    return f"clause {clause.full_number} ({clause.heading})" if clause.heading else f"clause {clause.full_number}"


def check_consistency(
    terms: AgreementTerms, document: AgreementDocument, blueprint: Blueprint | None = None
) -> list[Inconsistency]:
    """Every consistency rule of the type that the assembled ``document`` breaks."""
    blueprint = blueprint or blueprint_for(terms.model)
    clauses: dict[str, Clause] = {}
    texts: dict[str, str] = {}
    references: dict[str, set[str]] = {}
    for article in document.articles:
        for block in article.blocks:
            if isinstance(block, Clause):
                parts: list[str] = []
                targets: set[str] = set()
                _walk_text(block, parts, targets)
                clauses[block.id] = block
                texts[block.id] = " ".join(parts)
                references[block.id] = targets

    context = _context(terms, selected_variants(terms), texts, references)
    found = []
    for rule in blueprint.consistency:
        if rule.first not in clauses or rule.second not in clauses:
            continue
        if evaluate(rule.condition, context, f"{blueprint.source}: consistency '{rule.id}'"):
            found.append(
                Inconsistency(
                    rule.id,
                    _label(clauses[rule.first]),
                    _label(clauses[rule.second]),
                    rule.message,
                    rule.fix,
                    rule.field,
                )
            )
    return found
