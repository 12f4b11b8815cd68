"""Hand-made terms for the engine and HTML tests: a minimal draft per model, and the
hostile text every writer must print literally."""

from __future__ import annotations

from typing import Any

from drafting.terms import AgreementTerms

HOSTILE = 'R&D <Labs> "Ltd" {{ 7*7 }} {% if x %} <sub>x</sub> &amp; \u05e9\u05dc\u05d5\u05dd \U0001f91d'
CONTROL = "Bad\x00\x0b\x1bName"


def party(short_name: str, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "legal_name": f"{short_name} Limited",
        "short_name": short_name,
        "jurisdiction": "England and Wales",
        "address": "1 High Street\nLondon",
        "notice_email": f"legal@{short_name.lower()}.example",
        "signatory": {"name": f"{short_name} Signer", "title": "Director"},
    }
    data.update(extra)
    return data


def make_terms(
    model: str = "revenue_sharing", parties: int | list[dict[str, Any]] = 2, **fields: Any
) -> AgreementTerms:
    """A valid draft of ``model``; ``parties`` is a count or the party dicts themselves."""
    if isinstance(parties, int):
        parties = [party(name) for name in ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"][:parties]]
    data: dict[str, Any] = {
        "model": model,
        "parties": parties,
        "background": "Alpha develops software.",
        "scope": {"purpose": "to market the Alpha platform together"},
        "term": {"effective_date": "2026-12-01"},
        "governing_law": "England and Wales",
        "disputes": {"arbitration": {"seat": "London"}},
    }
    data.update(fields)
    return AgreementTerms.model_validate(data)
