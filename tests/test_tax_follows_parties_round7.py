"""The indirect tax a draft names is the tax of the country where the parties are, not of
the law they chose (law/_subjects.toml makes ``tax`` a "parties" subject): every profile's
label appears only for parties established under it, and parties in different countries
get the neutral sentence, which names no one country's tax."""

from __future__ import annotations

import pytest

from drafting.law import NEUTRAL, profile, profile_ids
from tests.drafts import line_starting, text_of, variant

#: A place in each profile's country, for parties established there.
PLACES = {
    "ew": "London, England",
    "sc": "Edinburgh, Scotland",
    "ie": "Dublin, Ireland",
    "de": "Munich, Germany",
    "fr": "Lyon, France",
    "nl": "Utrecht, Netherlands",
    "be": "Ghent, Belgium",
    "se": "Malmö, Sweden",
    "ch": "Zurich, Switzerland",
    "sg": "Singapore",
    "hk": "Hong Kong",
    "jp": "Tokyo, Japan",
    "kr": "Seoul, South Korea",
    "br": "São Paulo, Brazil",
    "us_ny": "New York, New York",
    "us_de": "Wilmington, Delaware",
    "us_ca": "San Francisco, California",
}
LAWS = [law for law in profile_ids() if law != NEUTRAL]
NEUTRAL_TAX = profile(NEUTRAL).clauses["tax"]


def _taxes(law: str, first: str, second: str) -> str:
    draft = variant("revenue_sharing", law=law, parties__0__jurisdiction=first, parties__1__jurisdiction=second)
    return line_starting(text_of(draft), "Taxes.")


def test_every_profile_has_a_place_here() -> None:
    assert set(LAWS) <= set(PLACES)


@pytest.mark.parametrize("law", LAWS)
def test_parties_at_home_get_their_own_tax(law: str) -> None:
    own = profile(law).clauses["tax"].split(",")[0]
    assert own.removeprefix("All amounts payable under this Agreement are ") in _taxes(law, PLACES[law], PLACES[law])


@pytest.mark.parametrize("law", LAWS)
def test_parties_of_another_country_get_that_country_s_tax(law: str) -> None:
    other = "de" if law != "de" else "fr"
    taxes = _taxes(law, PLACES[other], PLACES[other])
    assert profile(other).clauses["tax"][:90] in taxes
    assert profile(law).clauses["tax"][:90] not in taxes


@pytest.mark.parametrize("law", LAWS)
def test_parties_in_two_countries_get_the_neutral_sentence(law: str) -> None:
    taxes = _taxes(law, PLACES["de"], PLACES["sg"])
    assert "value added tax and any similar tax on the supply" in taxes
    for label in ("(Umsatzsteuer)", "(GST)", "nota fiscal", "VAT invoice"):
        assert label not in taxes
