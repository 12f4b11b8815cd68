"""Each legal-system profile's positions reach the text beyond its ``[proof]`` phrases:
one test per profile drafts a small agreement under it and reads the clause the position
governs (what liability stays unlimited, whether a jury waiver is printed, the date
style, the tax, the accession instrument...). The aliases are checked too: every name a
profile answers to resolves to that profile and to no other."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest

from drafting.document import AgreementDocument, body_text_lines
from drafting.engine import assemble_agreement
from drafting.law import all_profiles, institution, profile
from drafting.law.profiles import NEUTRAL, resolve_law_name
from tests.engine_helpers import make_terms, party

COURTS = {"forum": "courts", "courts": {"courts": "", "exclusive": True}, "jury_waiver": True}
#: Revenue shared, so that the payment clauses (late payment, taxes) are drafted.
SHARING = {
    "model": "revenue",
    "base": "net",
    "shares": [{"party": "Alpha", "percent": "60"}, {"party": "Beta", "percent": "40"}],
}


def draft(
    law: str, model: str = "revenue_sharing", parties: int | list[dict[str, Any]] = 2, **fields: Any
) -> AgreementDocument:
    if model == "revenue_sharing":
        fields.setdefault("sharing", SHARING)
    return assemble_agreement(make_terms(model, parties, governing_law={"profile": law, "other": ""}, **fields))


def body(document: AgreementDocument) -> str:
    return "\n".join(body_text_lines(document))


def clause(text: str, heading: str) -> str:
    """The paragraph that opens with ``heading`` (the clause title) and its list items."""
    lines = text.splitlines()
    start = next(index for index, line in enumerate(lines) if line.startswith(f"{heading}. "))
    found = [lines[start]]
    for line in lines[start + 1 :]:
        if re.match(r"^[A-Z][\w -]*\. ", line) and not line.startswith(("for ", "under ")):
            break
        found.append(line)
    return "\n".join(found)


def notes(document: AgreementDocument) -> str:
    found = [article.note for article in document.articles] + [c.note for c in document.iter_clauses()]
    return "\n".join(note.text for note in found if note is not None)


def located(*places: str) -> list[dict[str, Any]]:
    return [party(name, jurisdiction=place) for name, place in zip(("Alpha", "Beta", "Gamma"), places, strict=False)]


def joint_venture(law: str) -> AgreementDocument:
    company = {
        "name": "Newco",
        "jurisdiction": "Luxembourg",
        "holdings": [{"party": "Alpha", "percent": str(Decimal(50))}, {"party": "Beta", "percent": str(Decimal(50))}],
    }
    return draft(law, "joint_venture", joint_venture=company, transfer={})


# --- one test per profile -------------------------------------------------------------
def test_scotland_signs_without_a_deed_and_excludes_rights_under_the_2017_act() -> None:
    text = body(joint_venture("sc"))
    assert "accession agreement by which it agrees to be bound" in text
    assert not re.search(r"\bas a deed\b|deed of adherence|\binjunction\b", text)
    assert "Contract (Third Party Rights) (Scotland) Act 2017" in clause(text, "Third-party rights")
    assert "Legal Writings (Counterparts and Delivery) (Scotland) Act 2015" in text
    courts = body(draft("sc", disputes=COURTS))
    assert "The courts of Scotland have exclusive jurisdiction" in courts


def test_ireland_relies_on_privity_and_adheres_by_deed() -> None:
    text = body(joint_venture("ie"))
    assert "a deed of adherence, executed as a deed," in text
    third = clause(text, "Third-party rights")
    assert third.startswith("Third-party rights. No person other than the Parties") and "Act" not in third
    revenue = body(draft("ie"))
    assert "(S.I. No. 580 of 2012)" in clause(revenue, "Late payment")
    # The tax on a supply is the tax of the country where the parties are (law/_subjects.toml).
    irish = body(draft("ie", parties=located("Dublin, Ireland", "Cork, Ireland")))
    assert "exclusive of value-added tax" in clause(irish, "Taxes")


def test_delaware_waives_jury_in_capitals_before_the_court_of_chancery() -> None:
    text = body(draft("us_de", disputes=COURTS))
    assert "ANY RIGHT IT MAY HAVE TO A TRIAL BY JURY" in text
    jurisdiction = clause(text, "Jurisdiction")
    assert "The Court of Chancery of the State of Delaware" in jurisdiction
    assert "irrevocably submits to the jurisdiction of those courts" in jurisdiction
    assert "for fraud, including any intentional misrepresentation in this Agreement" in text


def test_california_prints_no_jury_waiver_where_new_york_and_delaware_do() -> None:
    waiver = "TRIAL BY JURY"
    assert waiver in body(draft("us_ny", disputes=COURTS))
    assert waiver in body(draft("us_de", disputes=COURTS))
    california = draft("us_ca", disputes=COURTS)
    assert not re.search(r"\bjury\b", body(california), re.IGNORECASE)
    assert "City and County of San Francisco" in clause(body(california), "Jurisdiction")
    assert "judicial reference" in notes(california)
    arbitration = body(draft("us_ca"))
    assert "governed by the Federal Arbitration Act" in arbitration
    assert "1281.2(c) of the California Code of Civil Procedure does not apply" in arbitration
    assert "section 1668 of the California Civil Code" in clause(arbitration, "Liability that is not limited")


def test_germany_keeps_intent_and_gross_negligence_unlimited_without_the_english_label() -> None:
    document = draft("de", boilerplate={"electronic_signature": True})
    text = body(document)
    unlimited = clause(text, "Liability that is not limited")
    assert "for intent (Vorsatz) or gross negligence (grobe Fahrlässigkeit)" in unlimited
    assert "for injury to life, body or health" in unlimited
    assert "Product Liability Act" in unlimited and "guarantee" in unlimited
    excluded = clause(text, "Excluded losses")
    assert "typical and foreseeable" in excluded and "consequential" not in excluded
    assert "nine (9) percentage points" in clause(text, "Late payment") and "288(2) BGB" in text
    german = body(draft("de", parties=located("Munich, Germany", "Berlin, Germany")))
    assert "exclusive of value added tax (Umsatzsteuer)" in clause(german, "Taxes")
    assert "qualified electronic signature" in text
    assert "section 307 BGB" in notes(document)
    assert "notarial form where section 15 of the German Limited Liability Companies Act" in body(joint_venture("de"))
    assert "TRIAL BY JURY" not in body(draft("de", disputes=COURTS))


def test_france_enumerates_losses_and_names_the_essential_obligation() -> None:
    document = draft("fr")
    text = body(document)
    assert "faute lourde" in clause(text, "Liability that is not limited")
    excluded = clause(text, "Excluded losses")
    assert "loss of a chance" in excluded and "consequential" not in excluded
    assert "article L. 441-10 of the French Commercial Code" in clause(text, "Late payment")
    assert "Article 1231-3" in notes(document) and "obligation essentielle" in notes(document)
    assert "as many originals as there are Parties" in text


def test_the_netherlands_courts_and_statutory_commercial_interest() -> None:
    text = body(draft("nl", disputes=COURTS))
    assert "The District Court of Amsterdam (rechtbank Amsterdam) has exclusive jurisdiction" in text
    assert "wettelijke handelsrente" in clause(text, "Late payment")
    assert "opzet of bewuste roekeloosheid" in clause(text, "Liability that is not limited")
    assert "Article 2:196 of the Dutch Civil Code" in notes(joint_venture("nl"))


def test_switzerland_cites_the_code_of_obligations_and_no_gdpr_between_swiss_parties() -> None:
    text = body(draft("ch", parties=located("Switzerland", "Zurich, Switzerland")))
    assert "article 100(1) of the Swiss Code of Obligations" in clause(text, "Liability that is not limited")
    assert "five per cent (5%) a year under article 104" in clause(text, "Late payment")
    assert "Swiss Federal Act on Data Protection" in text
    assert not re.search(r"\bGDPR\b|\bBGB\b", text)
    with_eu_party = body(draft("ch", parties=located("Switzerland", "Germany")))
    assert "Swiss Federal Act on Data Protection and, where it applies, the GDPR" in with_eu_party


def test_belgium_late_payment_law_and_distributor_protection() -> None:
    text = body(draft("be", disputes=COURTS))
    assert "Law of 2 August 2002" in clause(text, "Late payment")
    assert "Enterprise Court of Brussels" in clause(text, "Jurisdiction")
    assert "Articles X.35 to X.40 of the Code of Economic Law" in notes(
        draft("be", "distribution", distribution={"supplier": "Alpha", "distributor": "Beta", "products": "widgets"})
    )


def test_sweden_interest_act_and_the_section_36_adjustment() -> None:
    document = draft("se")
    text = body(document)
    assert "Swedish Interest Act (1975:635)" in clause(text, "Late payment")
    assert "uppsåt" in clause(text, "Liability that is not limited")
    assert "Section 36 of the Swedish Contracts Act" in notes(document)


def test_singapore_charges_gst_and_adheres_by_deed() -> None:
    # Both parties in Singapore: Singapore's indirect tax applies (the tax follows where the
    # parties are, not the currency or the law chosen).
    text = body(draft("sg", parties=located("Singapore", "Singapore"), sharing={**SHARING, "currency": "SGD"}))
    assert "goods and services tax (GST)" in clause(text, "Taxes")
    assert not re.search(r"\bVAT\b", text)
    assert "Contracts (Rights of Third Parties) Act 2001" in clause(text, "Third-party rights")
    assert "a deed of adherence, executed as a deed," in body(joint_venture("sg"))


def test_hong_kong_charges_no_vat_and_cites_ordinances_by_chapter() -> None:
    # The Bribery Ordinance is named for parties within its reach: here both are in Hong Kong.
    document = draft("hk", parties=[party(name, jurisdiction="Hong Kong") for name in ("Alpha", "Beta")])
    text = body(document)
    assert not re.search(r"\bVAT\b|\bGST\b|sales tax", text)
    assert "exclusive of any taxes, duties or levies" in clause(text, "Taxes")
    assert "Contracts (Rights of Third Parties) Ordinance (Cap. 623)" in clause(text, "Third-party rights")
    assert "Prevention of Bribery Ordinance (Cap. 201)" in text


def test_japan_dates_month_first_on_a4_with_consumption_tax() -> None:
    document = draft(
        "jp", parties=located("Tokyo, Japan", "Osaka, Japan"), disputes=COURTS, sharing={**SHARING, "currency": "JPY"}
    )
    assert document.cover.date_text == "December 1, 2026"
    assert document.metadata.paper == "A4"
    text = body(document)
    assert "consumption tax" in clause(text, "Taxes") and not re.search(r"\bVAT\b", text)
    assert "article 416(2) of the Civil Code of Japan" in clause(text, "Excluded losses")
    assert "The Tokyo District Court, as the court of first instance, has exclusive jurisdiction" in text


def test_south_korea_dates_month_first_and_excludes_special_damages() -> None:
    document = draft("kr", disputes=COURTS)
    assert document.cover.date_text == "December 1, 2026"
    assert document.metadata.paper == "A4"
    text = body(document)
    assert "article 393(2) of the Civil Act of the Republic of Korea" in clause(text, "Excluded losses")
    assert "The Seoul Central District Court, as the court of first instance, has exclusive jurisdiction" in text


def test_brazil_dates_month_first_and_excludes_moral_damages() -> None:
    document = draft("br", sharing={**SHARING, "currency": "BRL"})
    assert document.cover.date_text == "December 1, 2026"
    assert document.metadata.paper == "A4"
    text = body(document)
    assert "moral damages (danos morais)" in clause(text, "Excluded losses")
    assert "IPCA" in clause(text, "Late payment")
    assert "articles 436 to 438 of the Brazilian Civil Code" in clause(text, "Third-party rights")
    assert "sworn translation" in notes(document)


# --- every profile ------------------------------------------------------------------
@pytest.mark.parametrize("law_id", [p.id for p in all_profiles() if p.id != NEUTRAL])
def test_every_name_of_a_profile_resolves_to_it_alone(law_id: str) -> None:
    chosen = profile(law_id)
    for name in (chosen.id, chosen.label, chosen.law_name, *chosen.aliases):
        assert resolve_law_name(name) == law_id, f"'{name}' does not resolve to {law_id}"


@pytest.mark.parametrize("law_id", [p.id for p in all_profiles()])
def test_every_profile_suggests_a_known_institution_with_rules(law_id: str) -> None:
    chosen = profile(law_id)
    assert institution(chosen.arbitration_institution).arbitration_rules
    assert institution(chosen.mediation_provider).mediation_rules
