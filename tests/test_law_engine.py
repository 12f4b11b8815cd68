"""The machinery behind legal-system profiles: resolving what users type, spelling,
the facts about the parties, the migration of free-text laws and the forum wording."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jinja2 import Environment

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from drafting.engine.wording import courts
from drafting.law import all_institutions, institution, profile, resolve_law_name
from drafting.law.facts import party_facts, regions_of
from drafting.law.spelling import americanise, americanise_tree
from drafting.law.suggest import suggest_forum, suggest_law
from drafting.terms import SCHEMA_VERSION, AgreementTerms
from drafting.terms.law import GoverningLaw
from drafting.terms.lifecycle import Institution, MediationProvider
from drafting.terms.migrations import upgrade_terms
from drafting.validation import parse_terms
from tests.engine_helpers import make_terms

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("England and Wales", "ew"),
        ("the laws of England and Wales", "ew"),
        ("English law", "ew"),
        ("New York", "us_ny"),
        ("the State of New York", "us_ny"),
        ("Ruritania", None),
        ("", None),
    ],
)
def test_what_users_type_resolves_to_one_profile(typed: str, expected: str | None) -> None:
    assert resolve_law_name(typed) == expected


def test_no_two_profiles_claim_the_same_name() -> None:
    from drafting.law import all_profiles

    seen: dict[str, str] = {}
    for entry in all_profiles():
        for name in {entry.label.casefold(), *entry.aliases}:
            assert name not in seen, f"'{name}' is claimed by {seen.get(name)} and {entry.id}"
            seen[name] = entry.id


def test_a_plain_string_becomes_a_profile_or_neutral_with_the_text_kept() -> None:
    assert GoverningLaw.model_validate("England and Wales") == GoverningLaw(profile="ew")
    assert GoverningLaw.model_validate("Dubai") == GoverningLaw(profile="neutral", other="Dubai")
    assert GoverningLaw.model_validate("") == GoverningLaw()
    with pytest.raises(ValueError, match="not a legal system Pactwright knows"):
        GoverningLaw(profile="xx")


def test_a_version_1_draft_migrates_and_keeps_its_meaning() -> None:
    old = json.loads(make_terms().to_json())
    old["schema_version"] = 1
    old["governing_law"] = "England and Wales"
    old["disputes"]["arbitration"]["institution"] = "AAA_ICDR"
    old["disputes"]["mediation"] = {"provider": "AAA_ICDR", "days": 45}
    for key in ("other_rules",):
        old["disputes"]["arbitration"].pop(key)
    old["disputes"].pop("jury_waiver")
    old.pop("extra_modules")  # a version 1 draft never had it
    terms = parse_terms(json.dumps(old))
    assert terms.schema_version == SCHEMA_VERSION
    assert terms.governing_law == GoverningLaw(profile="ew")
    assert terms.disputes.arbitration is not None
    assert terms.disputes.arbitration.institution is Institution.ICDR
    assert terms.disputes.mediation is not None and terms.disputes.mediation.provider is MediationProvider.ICDR
    text = "\n".join(body_text_lines(assemble_agreement(terms)))
    assert "International Arbitration Rules of the International Centre for Dispute Resolution" in text
    assert "governed by the laws of England and Wales" in text


def test_an_ambiguous_or_unknown_law_migrates_to_neutral_with_its_name() -> None:
    upgraded = upgrade_terms({"schema_version": 1, "governing_law": "the laws of Narnia"})
    assert upgraded["governing_law"] == {"profile": "neutral", "other": "the laws of Narnia"}


def test_a_draft_from_a_newer_pactwright_is_refused_plainly() -> None:
    data = json.loads(make_terms().to_json())
    data["schema_version"] = 99
    with pytest.raises(ValueError, match="newer Pactwright"):
        parse_terms(data)


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("England and Wales", "the courts of England and Wales"),
        ("the courts of England and Wales", "the courts of England and Wales"),
        ("The courts of England and Wales.", "the courts of England and Wales"),
        ("the Tokyo District Court", "the Tokyo District Court"),
        ("Netherlands", "the courts of the Netherlands"),
        ("", ""),
    ],
)
def test_courts_typed_either_way_read_right(typed: str, printed: str) -> None:
    assert courts(typed) == printed


def test_courts_of_the_courts_never_appears() -> None:
    terms = make_terms(
        disputes={"forum": "courts", "courts": {"courts": "the courts of England and Wales"}, "arbitration": None}
    )
    text = "\n".join(body_text_lines(assemble_agreement(terms)))
    assert "The courts of England and Wales have exclusive jurisdiction" in text
    assert "courts of the courts" not in text


def test_courts_left_empty_are_the_profiles_courts() -> None:
    terms = make_terms(disputes={"forum": "courts", "courts": {"courts": ""}, "arbitration": None})
    text = "\n".join(body_text_lines(assemble_agreement(terms)))
    assert "The courts of England and Wales have exclusive jurisdiction" in text


def test_american_spelling_changes_our_words_only() -> None:
    assert americanise("The licence shall authorise the Licensee to organise a programme.") == (
        "The license shall authorize the Licensee to organize a program."
    )
    assert americanise("the analysis was fulfilled") == "the analysis was fulfilled"
    environment = Environment()
    source = '{% if kind == "licence" %}a licence{% endif %}{{ {"licence": "by licence"}[kind] }} {{ name }}'
    template = environment.from_string(americanise_tree(environment.parse(source)))
    assert template.render(kind="licence", name="Licence Ltd") == "a licenseby license Licence Ltd"


def test_user_text_keeps_its_spelling_under_a_us_law() -> None:
    terms = make_terms(
        governing_law={"profile": "us_ny", "other": ""},
        scope={"purpose": "to organise a colour licence programme"},
    )
    text = "\n".join(body_text_lines(assemble_agreement(terms)))
    assert "to organise a colour licence programme" in text


def test_dates_follow_the_profile() -> None:
    uk = assemble_agreement(make_terms())
    us = assemble_agreement(make_terms(governing_law={"profile": "us_ny", "other": ""}))
    assert uk.cover.date_text == "1 December 2026"
    assert us.cover.date_text == "December 1, 2026"
    assert (uk.metadata.paper, us.metadata.paper) == ("A4", "Letter")


@pytest.mark.parametrize(
    ("place", "regions"),
    [
        ("England and Wales", {"uk"}),
        ("Delaware, USA", {"us"}),
        ("Wilmington, Delaware", {"us"}),
        ("the Netherlands", {"eu"}),
        ("New South Wales", set()),
        ("Spain", {"eu"}),
    ],
)
def test_where_a_party_is(place: str, regions: set[str]) -> None:
    assert regions_of(place) == regions


def test_cross_border_statutes_follow_the_parties_not_the_law() -> None:
    uk_and_us = make_terms(
        governing_law={"profile": "us_ny", "other": ""},
        parties=[
            {**_party("Alpha"), "jurisdiction": "England and Wales"},
            {**_party("Beta"), "jurisdiction": "Delaware, United States"},
        ],
    )
    assert party_facts(party.jurisdiction for party in uk_and_us.parties) == {"uk_party", "us_party"}
    text = "\n".join(body_text_lines(assemble_agreement(uk_and_us)))
    assert "the Bribery Act 2010 of the United Kingdom" in text
    assert "Foreign Corrupt Practices Act" in text
    english_only = "\n".join(body_text_lines(assemble_agreement(make_terms())))
    assert "Foreign Corrupt Practices Act" not in english_only


def _party(name: str) -> dict[str, object]:
    from tests.engine_helpers import party

    return party(name)


def test_the_law_and_forum_are_suggested_from_the_parties() -> None:
    assert suggest_law(["England and Wales", "London, United Kingdom"]) == "ew"
    assert suggest_law(["England and Wales", "New York"]) is None
    domestic = suggest_forum("ew", ["England and Wales", "England"])
    assert (domestic.forum, domestic.mediation) == ("courts", "CEDR")
    cross_border = suggest_forum("ew", ["England and Wales", "Spain"])
    assert (cross_border.forum, cross_border.institution, cross_border.seat) == (
        "arbitration",
        "LCIA",
        "London, England",
    )


@pytest.mark.parametrize("member", [member for member in Institution if member is not Institution.OTHER])
def test_every_institution_round_trips_through_json_and_the_text(member: Institution) -> None:
    entry = institution(member.value)
    assert entry.arbitration_rules, f"{member} is offered for arbitration but has no rules"
    terms = make_terms(disputes={"arbitration": {"institution": member.value, "seat": entry.seat or "London"}})
    again = AgreementTerms.from_json(terms.to_json())
    assert again == terms
    text = "\n".join(body_text_lines(assemble_agreement(again)))
    assert f"arbitration under {entry.arbitration_rules} in force" in text


@pytest.mark.parametrize(
    "member",
    [member for member in MediationProvider if member not in (MediationProvider.OTHER, MediationProvider.AD_HOC)],
)
def test_every_mediation_provider_reaches_the_text(member: MediationProvider) -> None:
    rules = institution(member.value).mediation_rules
    assert rules
    terms = make_terms(disputes={"mediation": {"provider": member.value}, "arbitration": {"seat": "London"}})
    text = "\n".join(body_text_lines(assemble_agreement(AgreementTerms.from_json(terms.to_json()))))
    assert f"in accordance with {rules}" in text


def test_an_institution_not_listed_is_drafted_as_named_never_replaced() -> None:
    terms = make_terms(
        disputes={"arbitration": {"institution": "other", "other_rules": "the DIAC Arbitration Rules", "seat": "Dubai"}}
    )
    text = "\n".join(body_text_lines(assemble_agreement(terms)))
    assert "arbitration under the DIAC Arbitration Rules in force" in text
    assert "International Chamber of Commerce" not in text


def test_every_institution_in_the_data_is_offered_somewhere() -> None:
    offered = {member.value for member in Institution} | {member.value for member in MediationProvider}
    assert {entry.id for entry in all_institutions()} <= offered


def test_profile_lookup_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="known: "):
        profile("xx")


def test_numbers_and_hours_follow_american_usage_under_a_us_law() -> None:
    uk = "\n".join(body_text_lines(assemble_agreement(make_terms())))
    us_terms = make_terms(governing_law={"profile": "us_ny", "other": ""})
    us = "\n".join(body_text_lines(assemble_agreement(us_terms)))
    assert "9.00 am" in uk and "9:00 a.m." in us and "9.00 am" not in us
    assert "wilful" in uk and "willful" in us and "wilful" not in us


def test_no_void_waiver_of_a_distributors_statutory_indemnity() -> None:
    """Under a law that protects a terminated distributor (German section 89b HGB by
    analogy) the agreement drafts no waiver of it; under one that does not, it may."""
    from drafting.validation import load_terms_file

    terms = load_terms_file(EXAMPLES / "distribution.json")
    german = "\n".join(body_text_lines(assemble_agreement(terms)))
    assert terms.governing_law.profile == "de"
    assert "is not entitled to any compensation or indemnity" not in german
    elsewhere = terms.model_copy(update={"governing_law": GoverningLaw(profile="neutral", other="Ruritania")})
    text = "\n".join(body_text_lines(assemble_agreement(elsewhere)))
    assert "to the extent that mandatory law allows" in text
