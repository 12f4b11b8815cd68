"""Whether the body the answers name to appoint the Expert actually appoints experts: an
arbitral institution marked in ``law/_institutions.toml`` as one that does not
(``appoints_experts = false``, e.g. the SIAC Court of Arbitration, which appoints
arbitrators under its rules, not valuers) leaves a joint venture's exit price with no one to
fix it. The Expert clause then drafts the appointing body of the data instead, and the
review reports the answer it set aside (the joint venture blueprint's ``[[set_aside]]``)."""

from __future__ import annotations

import re

from drafting.law.institutions import all_institutions

#: Words of an answer that name who appoints ("appointed by the ...").
_APPOINTED_BY = re.compile(r"\b(?:appointed|named|nominated)\s+by\b", re.IGNORECASE)


def non_appointing_body(expert: str) -> str:
    """The label of the institution ``expert`` (the answer) names as the appointer although
    it appoints no experts, or ""."""
    match = _APPOINTED_BY.search(expert)
    if match is None:
        return ""
    appointer = expert[match.end() :].casefold()
    for body in all_institutions():
        if body.appoints_experts:
            continue
        words = (body.id.casefold(), body.name.casefold().removeprefix("the "))
        if any(re.search(rf"\b{re.escape(word)}\b", appointer) for word in words):
            return body.label
    return ""
