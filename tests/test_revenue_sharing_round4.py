"""Round-4 wording of the revenue-sharing type: the content licence that earns the revenue,
ownership without joint results, and the revenue arithmetic (base, minimum guarantee,
holdback, wind-down), for every revenue-sharing example and law."""

from __future__ import annotations

import re

import pytest

from tests.drafts import flat_text, line_starting, line_with, text_of, variant

DRAFTS = ["revenue_sharing", "revenue_share_bands"]
LAWS = ["ew", "br", "de", "us_ny"]


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("name", DRAFTS)
def test_channel_gets_a_licence_of_the_content(name: str, law: str) -> None:
    text = text_of(variant(name, law=law))
    grant = line_with(text, "grants to Pixelbridge")
    assert grant.startswith(("Licence of Content.", "License of Content."))
    assert "Cobblestone grants to Pixelbridge a non-exclusive" in grant
    assert "royalty-free" not in grant and "without the right to grant sub" not in grant
    for use in ("host", "streaming", "market and sell", "excerpts"):
        assert use in grant
    flat = flat_text(variant(name, law=law))
    assert "existing catalog" in flat.replace("catalogue", "catalog")
    assert "all content it delivers under this Agreement" in flat
    assert "may grant to its customers non-exclusive, non-transferable licen" in flat
    assert "4, and no other fee is payable for it" in flat
    # Delivery to the channel's specifications, takedown and moral rights.
    assert "technical specifications that Pixelbridge publishes" in flat
    assert "may by notice require Pixelbridge to remove from the Channel" in flat
    assert "does not affect the authors' moral rights" in flat
    # No Background IP licence stands in for the content licence.
    assert "License of Background IP" not in text and "Licence of Background IP" not in text


def test_without_a_collector_each_party_licenses_what_it_supplies() -> None:
    flat = flat_text(variant("revenue_sharing", sharing__payer=None, sharing__payee=None))
    assert "Each Party grants to the other Party a non-exclusive" in flat
    assert "the Licensed Content that it supplies" in flat


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("name", DRAFTS)
def test_no_joint_ownership_or_disclosure_of_results(name: str, law: str) -> None:
    flat = flat_text(variant(name, law=law))
    assert "jointly in equal shares" not in flat
    assert "shall promptly disclose to the other Party any Foreground IP" not in flat
    owned = line_starting(text_of(variant(name, law=law)), "Ownership of content")
    assert "Cobblestone owns the Licensed Content and every adaptation of it" in owned
    assert "subtitles" in owned
    assert "Pixelbridge owns the Channel" in owned and "data about its customers" in owned
    assert "Nothing in this Agreement makes any Intellectual Property Rights jointly owned" in owned


@pytest.mark.parametrize("law", LAWS)
def test_statements_records_and_audit_cover_the_attribution(law: str) -> None:
    text = text_of(variant("revenue_sharing", law=law))
    flat = flat_text(variant("revenue_sharing", law=law))
    assert "by type, and the resulting Net Revenue" in flat
    assert "the sales and usage data used to attribute revenue under" in flat
    records = line_starting(text, "Records.")
    assert "each of its Affiliates that receives Gross Revenue" in records
    assert "the sales and usage data used to attribute revenue" in records
    audit = line_starting(text, "Audit.")
    assert "Pixelbridge and its Affiliates" in audit and "auditing Party" not in audit
    assert "Cobblestone bears the cost of the audit" in audit
    expert = line_starting(text, "If the Parties do not agree on a statement")
    assert "the Expert under" in expert and "independent firm of accountants" in expert
    assert line_starting(text, "Expert determination.")
    attribution = line_starting(text, "Attribution of sales.")
    assert "minutes watched" in attribution and "without the prior written consent of Cobblestone" in attribution


@pytest.mark.parametrize("law", LAWS)
def test_minimum_guarantee_is_measured_on_the_accrued_share_and_pro_rated(law: str) -> None:
    guarantee = line_starting(text_of(variant("revenue_sharing", law=law)), "Minimum guarantee.")
    assert "Cobblestone's share of the Net Revenue accrued for each Contract Year" in guarantee
    assert "before any amount held back" in guarantee and "whenever it is paid" in guarantee
    assert "reduced in proportion to the number of days" in guarantee
    assert "not refundable" in guarantee
    assert "recouped only against amounts exceeding the minimum" not in guarantee
    assert "total amounts paid" not in guarantee


@pytest.mark.parametrize("law", LAWS)
def test_refunds_once_reserve_first_and_true_up_defined(law: str) -> None:
    text = text_of(variant("revenue_sharing", law=law))
    refunds = line_starting(text, "Refunds and chargebacks.")
    assert "deducted only once" in refunds and "charged first against the Reserve" in refunds
    assert "negative balance is carried forward" in refunds
    payment = line_starting(text, "Payment.")
    assert "after the date by which that statement is due" in payment
    assert "(the “True-up”)" in payment
    holdback = line_starting(text, "Holdback.")
    assert "the balance of the Reserve shall be released with the final payment" in holdback
    assert "paying Party" not in holdback
    assert "paying Party" not in line_starting(text, "Clawback.")


@pytest.mark.parametrize("name", DRAFTS)
def test_wind_down_is_a_sell_off_and_buyers_keep_access(name: str) -> None:
    text = text_of(variant(name))
    licences = line_starting(text, "Licences.")
    assert "continues for the Wind-down Period" in licences
    wind = line_starting(text, "Wind-down.")
    assert "may continue to offer and sell the Licensed Content" in wind
    assert "keep access to it" in line_with(text, "Customers who bought")
    final = line_starting(text, "Final accounting.")
    assert "after the end of the Wind-down Period" in final and "release of the balance of the Reserve" in final
    assert "received after the final statement" in final
    survival = line_starting(text, "Survival.")
    assert re.search(r"(Clause|Section|clause|section) 4,", survival)


@pytest.mark.parametrize("law", LAWS)
def test_lost_shares_are_outside_the_cap_and_the_exclusion(law: str) -> None:
    text = text_of(variant("revenue_sharing", law=law))
    assert "of Pixelbridge for the shares that would have been payable to Cobblestone" in line_with(
        text, "shares that would have been payable"
    )


def test_taxes_and_late_payment_follow_the_deal_not_the_law() -> None:
    # A UK producer and a US platform paid in USD under Brazilian law: no Brazilian
    # indirect taxes, invoice formality or IPCA correction; a withholding mechanism instead.
    text = text_of(variant("revenue_sharing", law="br"))
    taxes = line_starting(text, "Taxes.")
    for local in ("ICMS", "nota fiscal", "COFINS"):
        assert local not in taxes
    assert "exclusive of value added tax and any similar tax on the supply" in taxes
    assert "certificates of tax residence" in taxes and "not obliged to increase the payment" in taxes
    assert "If Pixelbridge is required by law to withhold tax from a payment to Cobblestone" in taxes
    assert "IPCA" not in line_starting(text, "Late payment.")
    # A Brazilian party brings the index back; the local taxes come with parties who are
    # both in Brazil (the tax follows where the parties are: law/_subjects.toml).
    local = text_of(variant("revenue_sharing", law="br", parties__1__jurisdiction="São Paulo, Brazil"))
    assert "nota fiscal" not in line_starting(local, "Taxes.")
    assert "IPCA" in line_starting(local, "Late payment.")
    both = text_of(
        variant(
            "revenue_sharing",
            law="br",
            parties__0__jurisdiction="Rio de Janeiro, Brazil",
            parties__1__jurisdiction="São Paulo, Brazil",
        )
    )
    assert "nota fiscal" in line_starting(both, "Taxes.")
    # So does a price in the law's currency.
    reais = text_of(variant("revenue_sharing", law="br", sharing__currency="BRL"))
    assert "IPCA" in line_starting(reais, "Late payment.")


def test_brazilian_law_names_the_silent_partnership_and_the_supporting_courts() -> None:
    text = text_of(variant("revenue_sharing", law="br", disputes__arbitration__seat="São Paulo, Brazil"))
    relationship = line_starting(text, "Relationship of the Parties.")
    assert "The sharing of revenue under this Agreement" in relationship
    assert "revenue or profit" not in relationship
    assert "sociedade em conta de participação" in relationship and "991 to 996" in relationship
    interim = line_starting(text, "Interim relief.")
    assert "articles 22-A, 22-B and 22-C of Law No. 9,307/1996" in interim
    assert "the courts of the city of São Paulo" in interim
    english = text_of(variant("revenue_sharing", law="ew"))
    assert "sociedade" not in english and "22-A" not in english
