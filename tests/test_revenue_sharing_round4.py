"""Round-4 wording of the revenue-sharing type: the content licence that earns the revenue,
ownership without joint results, and the revenue arithmetic (base, minimum guarantee,
holdback, wind-down), for every revenue-sharing example and law."""

from __future__ import annotations

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
