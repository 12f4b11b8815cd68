"""The approval of Campaign materials (precedent 5, article 3): silence is a refusal, the
brand owners' own period from the trade-mark answers governs material that bears their
name or marks, and the rule stays the only procedure, subject only to a regulated party's
sign-off."""

from __future__ import annotations

import pytest

from tests.drafts import flat_text, scenario_data, terms_of, variant


def test_the_gin_weekends_approval_uses_both_periods_and_silence_refuses() -> None:
    text = flat_text(terms_of(scenario_data("ie_co_marketing")))
    assert (
        "A Party shall respond to a request for approval within five (5) Business Days after receiving the "
        "material, or, where the material bears its name or trade marks, within ten (10) Business Days." in text
    )
    assert "is deemed refused" in text and "deemed approved" not in text
    assert "Subject to the Regulated Party's approval under clause 2.9, this clause is the only procedure" in text


@pytest.mark.parametrize("law", ["ie", "ew", "sg", "nl", "us_ny"])
def test_brand_owners_with_different_periods_are_each_named(law: str) -> None:
    text = flat_text(variant("co_marketing", law=law, ip__brand_licences__1__approval_days=15))
    assert "within the period set against its name: Skyward, ten (10) Business Days; and Merlion, fifteen (15)" in text
    assert "deemed refused" in text


def test_one_period_for_campaign_and_marks_is_stated_once() -> None:
    text = flat_text(
        variant(
            "co_marketing",
            co_marketing__approval_days=10,
        )
    )
    assert "within ten (10) Business Days after receiving the material. Material that a Party" in text
    assert "where the material bears its name or trade marks" not in text
