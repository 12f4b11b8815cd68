"""Review speed: the wizard re-runs the review as the user types, so it must stay well
under a frame budget. Measured on the largest example (the five-party consortium) and on
a synthetic 50-party consortium, each beside parsing the same draft from JSON (the peer:
the work done anyway before a review), as a ratio from the same run.
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks import median_ms, report
from drafting.review import review
from drafting.terms import MAX_PARTIES, AgreementTerms

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "consortium_five_party.json"


def _fifty_party_consortium(base: AgreementTerms) -> AgreementTerms:
    data = json.loads(base.to_json())
    template = data["parties"][1]
    parties = [data["parties"][0]]
    for number in range(1, MAX_PARTIES):
        parties.append({**template, "short_name": f"Member {number}", "legal_name": f"Member {number} GmbH"})
    data["parties"] = parties
    data["governance"]["seats"] = [{"party": party["short_name"], "seats": 1} for party in parties]
    data["sharing"]["shares"] = [{"party": party["short_name"], "percent": "2"} for party in parties]
    contribution = data["contributions"][0]
    data["contributions"] = [{**contribution, "party": party["short_name"]} for party in parties for _ in range(4)]
    data["ip"]["background_schedule"] = [
        {"party": party["short_name"], "asset": f"Asset {index}", "registration_number": ""}
        for party in parties
        for index in range(3)
    ]
    data["scope"]["obligations"] = [
        {"party": party["short_name"], "description": "Perform its work package."} for party in parties
    ]
    data["scope"]["milestones"] = []
    return AgreementTerms.model_validate(data)


def run() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    largest = AgreementTerms.from_json(text)
    big = _fifty_party_consortium(largest)
    big_text = big.to_json()
    for label, terms, source in (
        ("largest example (5 parties)", largest, text),
        ("50-party consortium", big, big_text),
    ):
        review_ms = median_ms(lambda terms=terms: review(terms), repeat=21)
        parse_ms = median_ms(lambda source=source: AgreementTerms.from_json(source), repeat=21)
        report(f"review, {label}", review_ms, target_ms=20)
        report(f"parse JSON, {label} (peer)", parse_ms)
        print(f"  {'ratio review / parse':<48} {review_ms / parse_ms:10.2f} x  ({len(review(terms))} findings)")
