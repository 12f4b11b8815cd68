"""Review speed: the wizard runs the review when the Review page opens and when the user
presses Refresh, and the review reads the drafted agreement, so it assembles the draft
first. The target is the 100 ms within which a response to a click feels immediate.
Measured on the largest example (the five-party consortium) and on a synthetic 50-party
consortium, each beside assembling the same draft alone (the peer: the work the live
preview does anyway), as a ratio from the same run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from benchmarks import median_ms, report
from drafting.engine import assemble_agreement
from drafting.review import review
from drafting.terms import MAX_PARTIES, AgreementTerms

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "consortium_five_party.json"


def _renamed(value: Any, names: dict[str, str]) -> Any:
    """The draft with every answer naming a party by an old short name given the new one."""
    if isinstance(value, dict):
        return {
            key: names.get(item, item) if key == "party" and isinstance(item, str) else _renamed(item, names)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_renamed(item, names) for item in value]
    return value


def fifty_party_consortium(base: AgreementTerms) -> AgreementTerms:
    """The largest example grown to the most parties a draft may have.

    Every answer that names a party (budget lines, work packages, seats...) follows the
    renaming, so the benchmark keeps validating as the consortium's answers grow.
    """
    data = json.loads(base.to_json())
    old = [party["short_name"] for party in data["parties"]]
    data = _renamed(data, {name: f"Member {index}" for index, name in enumerate(old) if index})
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
    big = fifty_party_consortium(largest)
    for label, terms in (("largest example (5 parties)", largest), ("50-party consortium", big)):
        review_ms = median_ms(lambda terms=terms: review(terms), repeat=21)
        assemble_ms = median_ms(lambda terms=terms: assemble_agreement(terms), repeat=21)
        report(f"review, {label}", review_ms, target_ms=100)
        report(f"assemble alone, {label} (peer)", assemble_ms)
        print(f"  {'ratio review / assemble':<48} {review_ms / assemble_ms:10.2f} x  ({len(review(terms))} findings)")
