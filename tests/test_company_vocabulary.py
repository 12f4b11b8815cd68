"""Company-law vocabulary: the joint venture company's equity, organs and constitution
speak the words of its legal form under its own law (``clause_templates/company/forms.toml``
joined with the legal-system profiles), for every profile and every form the blueprint
can produce; a US company party gives its principal place of business, not a
"registered office"."""

from __future__ import annotations

import functools
import re
from typing import Any

import pytest

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from drafting.engine.company_forms import FORMS_FILE, form_words, load_forms
from drafting.law import NEUTRAL, all_profiles, profile
from drafting.terms.company import CompanyForm
from tests.engine_helpers import make_terms, party

PROFILES = [p.id for p in all_profiles()]
FORMS = [form.value for form in CompanyForm]
#: Where the company is formed under each profile's law (neutral: a law with no profile).
SEAT = {p.id: p.label for p in all_profiles()} | {NEUTRAL: "Luxembourg"}


@functools.cache
def venture_text(law_id: str, form: str | None) -> str:
    company: dict[str, Any] = {
        "name": "Newco",
        "jurisdiction": SEAT[law_id],
        "form": form,
        "holdings": [{"party": "Alpha", "percent": "50"}, {"party": "Beta", "percent": "50"}],
    }
    terms = make_terms(
        "joint_venture",
        [party("Alpha", jurisdiction="Delaware"), party("Beta", jurisdiction="Germany")],
        governing_law={"profile": law_id, "other": "Luxembourg" if law_id == NEUTRAL else ""},
        joint_venture=company,
        transfer={},
        governance={"body": "board"},
    )
    document = assemble_agreement(terms)
    descriptions = [block.description for block in document.parties]
    return "\n".join([*descriptions, *body_text_lines(document)])


def _body(text: str) -> str:
    """The text after the party descriptions (they describe the parties, not the Company)."""
    return text.split("\n", 2)[2]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("law_id", PROFILES)
def test_the_company_speaks_the_words_of_its_form_and_law(law_id: str, form: str) -> None:
    words = form_words(CompanyForm(form), law_id)
    body = _body(venture_text(law_id, form))
    assert f"managed by its {words.board} (the \u201cBoard\u201d)" in body
    assert f"and the {words.constitution} of the Company" in body
    assert f"\u201c{words.equity}\u201d means" in body
    if words.native:
        assert f"({words.native})" in body
    for phrase in words.deny:
        assert not re.search(rf"\b{re.escape(phrase)}", body), f"{phrase!r} describes a {form} under {law_id}"


@pytest.mark.parametrize("law_id", PROFILES)
def test_a_company_without_a_form_takes_its_laws_usual_words(law_id: str) -> None:
    body = _body(venture_text(law_id, None))
    usual = profile(law_id)
    assert f"managed by its {usual.word('board')} (the \u201cBoard\u201d)" in body
    assert f"the {usual.word('constitution')} of the Company" in body


def test_the_words_named_in_the_brief() -> None:
    gmbh = form_words(CompanyForm.GMBH, "de")
    assert (gmbh.native, gmbh.meeting, gmbh.constitution) == (
        "Geschäftsanteile",
        "shareholders' meeting (Gesellschafterversammlung)",
        "articles of association (Gesellschaftsvertrag)",
    )
    llc = form_words(CompanyForm.LLC, "us_de")
    assert (llc.equity, llc.constitution, llc.board) == (
        "Membership Interests",
        "limited liability company agreement",
        "board of managers",
    )
    corporation = form_words(CompanyForm.CORPORATION, "us_de")
    assert (corporation.holder, corporation.constitution) == ("Stockholder", "certificate of incorporation and bylaws")
    assert form_words(CompanyForm.CORPORATION, "us_ca").constitution == "articles of incorporation and bylaws"
    sas = form_words(CompanyForm.SAS, "fr")
    assert "président" in sas.board and "statuts" in sas.constitution and sas.native == "actions"
    text = venture_text("us_de", "corporation")
    assert "Stockholder" in text and "articles of incorporation" not in text


@pytest.mark.parametrize("law_id", PROFILES)
def test_a_us_company_gives_its_place_of_business_not_a_registered_office(law_id: str) -> None:
    delaware, german = venture_text(law_id, None).split("\n")[:2]
    assert "principal place of business" in delaware and "registered office" not in delaware
    assert "registered office" in german


def test_every_refinement_names_a_profile_and_a_known_form() -> None:
    assert FORMS_FILE.exists()
    for form, law_id in load_forms():
        assert law_id == "" or law_id in PROFILES, (form, law_id)
