"""Round-7 distribution fixes: a German cap keeps the typical, foreseeable damage from
breach of a cardinal obligation recoverable; stock bought back on an end the distributor
did not cause; payment security for a distributor abroad; notice measured against the
relationship under the law of the distributor's country."""

from __future__ import annotations

import pytest

from drafting.document import AgreementDocument
from drafting.engine import assemble_agreement
from drafting.law import profile_ids
from drafting.law.profiles import profile
from tests.drafts import clause_text, variant

CARDINAL = (
    "obligation whose performance is essential to the proper performance of this Agreement and on which"
)
CAP_FLOOR = "this limit does not reduce its liability for that breach below the damage that was typical of this Agreement"


def _document(name: str, *, law: str, **paths: object) -> AgreementDocument:
    return assemble_agreement(variant(name, law=law, **paths))


# 1. Section 307 BGB: every cap on total liability keeps the typical, foreseeable damage.


@pytest.mark.parametrize("law", profile_ids())
@pytest.mark.parametrize(
    ("name", "clause"),
    [
        ("distribution", "liability.cap"),
        ("supplier_alliance", "liability.cap"),
        ("consortium_five_party", "consortium.liability"),
    ],
)
def test_a_cap_keeps_the_typical_damage_of_a_cardinal_obligation_only_where_the_law_requires(
    law: str, name: str, clause: str
) -> None:
    text = clause_text(_document(name, law=law), clause)
    assert text, f"{clause} not drafted in {name}"
    wanted = bool(profile(law).clauses.get("cap_essential_obligations"))
    assert (CAP_FLOOR in text) is wanted
    assert ("Kardinalpflicht" in text) is wanted
    if wanted:
        # The proviso follows the cap it qualifies, in the same clause.
        assert text.index("shall not exceed") < text.index(CARDINAL)


def test_german_law_is_the_profile_that_keeps_the_cardinal_obligation_above_the_cap() -> None:
    assert profile("de").clauses.get("cap_essential_obligations")
    text = clause_text(_document("distribution", law="de"), "liability.cap")
    assert "shall not exceed EUR 500,000 (five hundred thousand euros). Where a Party breaches an obligation" in text
    assert "on which the other Party may regularly rely (a cardinal obligation, Kardinalpflicht)" in text
    assert text.endswith("below the damage that was typical of this Agreement and foreseeable when it was concluded.")

