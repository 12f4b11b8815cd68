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
from drafting.review import Finding
from tests.drafts import clause_text, flat_text, variant
from tests.review_helpers import findings_of

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


# 3. Payment security: a credit limit in the draft, and the review on credit to a distributor abroad.


@pytest.mark.parametrize("law", ["de", "fr", "ew", "us_ny"])
def test_credit_terms_come_with_a_credit_limit_that_cannot_starve_the_minimum(law: str) -> None:
    document = _document("distribution", law=law)
    credit = clause_text(document, "supply.credit")
    assert "(the \u201cCredit Limit\u201d)" in credit
    assert "only where its credit insurer reduces or withdraws its cover for Outillage Moderne" in credit
    # EUR 400,000 a year, sixty days' credit: 65,753, rounded up to the thousand.
    assert "the Credit Limit shall not be lower than EUR 66,000 (sixty-six thousand euros)" in credit
    assert "a documentary letter of credit confirmed by a bank reasonably acceptable to it" in credit
    minimum = clause_text(document, "distribution.minimum_purchase")
    assert "(except an order held back under " in minimum


def test_no_credit_limit_where_the_distributor_pays_on_delivery() -> None:
    document = _document("distribution", law="de", distribution__payment_days=0)
    assert clause_text(document, "supply.credit") == ""
    assert "held back under" not in clause_text(document, "distribution.minimum_purchase")


def _findings(rule_id: str, **paths: object) -> list[Finding]:
    return findings_of(variant("distribution", **paths), rule_id)


def test_the_review_flags_unsecured_credit_to_a_distributor_abroad() -> None:
    (found,) = _findings("distribution.unsecured-credit-abroad")
    assert found.path == "distribution.payment_days"
    assert found.clauses == ("clause 3.3", "clause 3.4", "clause 3.5")
    assert "Clause 3.4 gives Outillage Moderne, in France, sixty (60) days to pay each invoice" in found.message
    assert "about EUR 66,000 is owed to BPW at any time" in found.message
    assert "The retention of title in clause 3.3 secures little of it" in found.message
    (no_title,) = _findings("distribution.unsecured-credit-abroad", distribution__retention_of_title=False)
    assert "with no retention of title" in no_title.message


@pytest.mark.parametrize(
    "paths",
    [
        {"parties__1__jurisdiction": "Germany"},
        {"parties__1__parent_guarantor": "Groupe Outillage SA"},
        {"distribution__payment_days": 0},
    ],
)
def test_no_payment_security_finding_at_home_with_a_guarantor_or_without_credit(paths: dict[str, object]) -> None:
    assert not _findings("distribution.unsecured-credit-abroad", **paths)


# 4. A French distributor under German law: each notice measured against the relationship.


def test_each_notice_that_ends_the_relationship_is_measured_against_the_french_guide() -> None:
    (found,) = _findings("law.distributor-protection-abroad")
    message = " ".join(found.message.split())
    assert "Measured against that guide of one (1) month for each year of the relationship" in message
    assert (
        "the notice of non-renewal in clause 7.1, one hundred and eighty (180) days (about six months), matches a "
        "relationship of up to six (6) years and so falls short for an end on or after 1 January 2033" in message
    )
    assert "the notice of termination after a change of control in clause 8.2, thirty (30) days" in message
    assert "Only a notice of eighteen (18) months is safe whatever its length." in message
    assert "clause 8.2" in found.clauses and "clause 2.2" in found.clauses
    # French statutes stay out of the German-law text itself.
    assert "L.442-1" not in flat_text(variant("distribution"))


def test_eighteen_months_notice_of_non_renewal_is_not_measured() -> None:
    (found,) = _findings("law.distributor-protection-abroad", term__non_renewal_notice_days=548)
    assert "the notice of non-renewal in" not in found.message
    assert profile("fr").review["relationship_notice_safe_harbour_months"] == "18"


def test_no_measure_where_the_distributor_is_at_home() -> None:
    assert not _findings("law.distributor-protection-abroad", parties__1__jurisdiction="Germany")


# 2 (review). A stock kept to the last day of a fixed term, with no duty to take it back.


def test_the_review_notes_a_required_stock_at_the_expiry_of_a_fixed_term() -> None:
    (found,) = _findings("distribution.stock-without-buy-back", term__kind="fixed", term__end_date="2030-12-31")
    assert found.path == "term.kind"
    assert found.clauses == ("clause 3.6", "clause 9.3")
    assert "to 'keep a stock of at least eight weeks of forecast demand' until the fixed term ends" in found.message
    assert "not at the expiry of a fixed term" in found.message


def test_no_stock_note_where_the_agreement_renews_or_no_stock_is_required() -> None:
    assert not _findings("distribution.stock-without-buy-back")
    assert not _findings(
        "distribution.stock-without-buy-back", term__kind="fixed", term__end_date="2030-12-31", scope__obligations=[]
    )
