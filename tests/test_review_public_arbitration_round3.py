"""A public body or university agreeing to arbitration gets a note where the law of its own
country limits its capacity to arbitrate (France, Belgium: ``public_arbitration`` in that
profile), whatever law governs; silent under courts, for a company, or elsewhere."""

from __future__ import annotations

from typing import Any

from drafting.review import review
from drafting.review.findings import Finding, Severity
from drafting.terms import AgreementTerms
from tests.review_corpus.bases import BASES, party

RULE = "law.public-party-arbitration"


def _found(kind: str, home: str, **changes: Any) -> list[Finding]:
    data = BASES["licensing"]()
    data["parties"][1] = party("Medinova", "Medinova", kind, home, role="licensee")
    data.update(changes)
    return [finding for finding in review(AgreementTerms.model_validate(data)) if finding.rule_id == RULE]


def test_a_french_or_belgian_public_party_in_arbitration_gets_a_note() -> None:
    for kind, home, words in (("public_body", "France", "Article 2060"), ("university", "Belgium", "1676")):
        (found,) = _found(kind, home)
        assert found.severity is Severity.NOTE and found.path == "disputes.forum"
        assert words in found.message and found.clauses


def test_courts_a_company_or_a_dutch_university_are_silent() -> None:
    assert _found("corporation", "France") == []
    assert _found("university", "Netherlands") == []
    courts = {"forum": "courts", "arbitration": None, "courts": {"courts": ""}}
    assert _found("public_body", "France", disputes=courts) == []
