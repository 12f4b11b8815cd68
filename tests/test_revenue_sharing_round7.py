"""Round 7, revenue sharing: a subscription split by use, one rule for an overpayment, the
content owner's warranty and indemnity, one conversion rule for other currencies, and an
audit that reaches back exactly as far as the records are kept."""

from __future__ import annotations

import pytest

from tests.drafts import flat_text, scenario_data, terms_of, variant


def _course_share() -> str:
    data = scenario_data("br_revenue_sharing")
    data["sharing"]["payer"], data["sharing"]["payee"] = "Pixelbridge", "Cobblestone"
    return flat_text(terms_of(data))


# --- 6. subscription revenue ------------------------------------------------------------------
def test_subscription_revenue_is_attributed_by_use_when_the_rule_is_silent() -> None:
    text = _course_share()
    assert "Revenue from a subscription, membership or other paid access to a catalog that includes Licensed" in text
    assert (
        "in the proportion that the time the subscribers spent using it (or, for items not used over time, the "
        "number of their downloads or uses) bears to their use of everything available under the same "
        "subscription in that period" in text
    )


# --- 7. one overpayment rule -----------------------------------------------------------------
@pytest.mark.parametrize("named", [True, False])
def test_an_overpayment_has_one_rule_that_the_other_clauses_refer_to(named: bool) -> None:
    data = scenario_data("br_revenue_sharing")
    if named:
        data["sharing"]["payer"], data["sharing"]["payee"] = "Pixelbridge", "Cobblestone"
    text = flat_text(terms_of(data))
    rule = text[text.index("Clawback.") :][:900]
    assert "is the only rule for an amount paid under Section 4 in excess of the amount properly due" in rule
    assert "a refund, return or chargeback is not an Overpayment and is dealt with only under Section 4.4" in rule
    # The True-up and the audit send an overpayment to the one rule, and repeat none.
    assert "any amount overpaid is an Overpayment under Section 4.7" in text
    assert "any overpayment is an Overpayment under Section 4.7" in text
    assert "overpaid credited" not in text and "overpayment credited" not in text


def test_without_a_clawback_the_true_up_credit_is_the_only_recovery() -> None:
    text = flat_text(variant("revenue_sharing", sharing__clawback=False))
    assert "Clawback." not in text
    assert "that credit is the only way an amount overpaid is recovered" in text
    assert "any overpayment is credited as clause 4.8 provides" in text


# --- 8. the content owner's warranty and indemnity ---------------------------------------------
def test_the_content_owner_warrants_its_content_and_indemnifies_the_channel() -> None:
    text = _course_share()
    clause = text[text.index("Content warranty and indemnity.") :][:2600]
    assert "Cobblestone warrants to Pixelbridge that each item of Licensed Content" in clause
    assert "is the original work of Cobblestone" in clause and "Cobblestone is entitled to grant those rights" in clause
    assert "has been cleared of every third-party right it contains" in clause
    assert "Cobblestone shall indemnify Pixelbridge against all losses" in clause
    assert "Liability under this indemnity is treated as liability under Section 9.3" in clause
    survival = text[text.index("Survival.") :][:500]
    assert "Section 3.5" in survival


def test_without_a_named_collector_each_supplier_warrants_its_own_content() -> None:
    text = flat_text(terms_of(scenario_data("br_revenue_sharing")))
    assert "Each Party that supplies Licensed Content warrants to the other Party that each item of its" in text


# --- 9. one conversion rule ----------------------------------------------------------------------
def test_revenue_in_another_currency_is_converted_once_by_a_stated_rate_and_date() -> None:
    text = _course_share()
    assert text.count("European Central Bank") == 1
    assert (
        "in any other currency are converted into USD once, in the statement for the reporting period in which "
        "they are received or incurred, at the average of the daily reference rates" in text
    )


# --- 10. the audit reaches as far back as the records are kept ----------------------------------------
def test_the_audit_look_back_follows_the_record_keeping_period() -> None:
    text = _course_share()
    assert "for at least six (6) years after the end of the Contract Year to which they relate" in text
    assert "An audit may cover any Contract Year whose records are still required to be kept under Section 4.12" in text
    assert "or for a Contract Year whose statements have become final under Section 4.13" in text
