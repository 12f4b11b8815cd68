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

CARDINAL = "obligation whose performance is essential to the proper performance of this Agreement and on which"
CAP_FLOOR = (
    "this limit does not reduce its liability for that breach below the damage that was typical of this Agreement"
)


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


# 2. Stock bought back as a duty where the supplier ends the relationship without cause.

BUY_BACK_DUTY = (
    "BPW shall, if Outillage Moderne so requests by notice given within thirty (30) days after it ends, buy back"
)


@pytest.mark.parametrize("law", ["de", "fr", "ew", "us_ny", "nl"])
def test_the_supplier_buys_back_stock_on_request_where_it_ends_the_relationship_without_cause(law: str) -> None:
    document = _document("distribution", law=law, termination__convenience__allowed=True)
    stock = clause_text(document, "effects.stock_and_customers")
    renewal = clause_text(document, "term.duration")
    assert "notice of non-renewal" in renewal
    # The option stays for every end; the duty covers the ends the distributor did not cause.
    assert "BPW may by notice to Outillage Moderne elect to buy back all or any of the Products" in stock
    assert BUY_BACK_DUTY in stock
    assert "by expiry following a notice of non-renewal given by BPW under " in stock
    assert "by termination by BPW under " in stock  # for convenience
    assert "by termination by Outillage Moderne under " in stock  # for cause, or a price increase
    # Only stock bought before the notice (or under firm orders BPW could not reject).
    assert "that Outillage Moderne bought before the notice of non-renewal or termination was given" in stock
    assert "or afterwards under an order that BPW could not reject under " in stock
    assert "at their landed cost to Outillage Moderne, and shall pay for them within thirty (30) days" in stock
    assert "in those cases a buy-back that BPW elects under this " in stock
    assert " is also made at their landed cost." in stock
    wind_down = clause_text(document, "effects.wind_down")
    assert "that are not to be bought back under " in wind_down


def test_a_fixed_term_has_no_non_renewal_case_and_no_convenience_case_unless_drafted() -> None:
    document = _document("distribution", law="de", term__kind="fixed", term__end_date="2030-12-31")
    stock = clause_text(document, "effects.stock_and_customers")
    assert BUY_BACK_DUTY in stock
    assert "non-renewal" not in stock
    assert "by termination by BPW under" not in stock
    assert "bought before the notice of termination was given" in stock
