"""The IP and liability articles follow each type's precedent, not one skeleton.

Every example of each type concerned, as it is and with every optional answer switched
on (joint IP among them), is checked for what its precedent keeps out and what it must
hold: campaign content in co-marketing, rights in the shared data in data sharing,
contributors' copyright in open source; no uncapped infringement indemnity where
contributions are "as is"; one consortium cap; a members' agreement whose covenants
survive the exclusion of lost profit; and liability carve-outs that come from the
governing law's profile (no English UCTA pattern under Dutch or New York law).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafting.engine import assemble_agreement
from drafting.engine.blueprints import BlueprintError, load_blueprint
from drafting.engine.catalogue import default_catalogue
from drafting.engine.loss_heads import without_heads
from drafting.law import NEUTRAL, all_profiles
from drafting.terms import AgreementTerms
from drafting.terms.law import GoverningLaw
from tests.drafts import clause_text as _clause_text
from tests.drafts import text_of as _text
from tests.precedent_helpers import EXAMPLE_NAMES, VARIATIONS, example_terms, rendered

JOINT = ("jointly in equal shares", "belongs to them jointly", "equal undivided shares")
DISCLOSE = "promptly disclose to"
CONSENT_TO_LICENSE = "shall not license or assign it without the prior written consent"
INFRINGEMENT_INDEMNITY = "infringe the Intellectual Property Rights of that third party"
UCTA = "death or personal injury caused by its negligence"


def _examples(model: str) -> list[str]:
    return [name for name in EXAMPLE_NAMES if example_terms(name).model.value == model]


def _drafts(*models: str) -> list[tuple[str, str]]:
    return [(name, kind) for model in models for name in _examples(model) for kind in VARIATIONS]


def test_every_type_concerned_has_examples() -> None:
    for model in ("co_marketing", "data_sharing", "open_source", "consortium", "professionals_members"):
        assert _examples(model), model


@pytest.mark.parametrize(("name", "kind"), _drafts("co_marketing", "data_sharing", "open_source"))
def test_no_joint_ownership_or_disclosure_duty(name: str, kind: str) -> None:
    _, document = rendered(name, kind)
    ip = _clause_text(document, "ip.foreground")
    assert ip, "the ownership clause is drafted"
    for phrase in (*JOINT, DISCLOSE, CONSENT_TO_LICENSE):
        assert phrase not in ip, phrase
    assert not _clause_text(document, "ip.joint_ownership")


@pytest.mark.parametrize(("name", "kind"), _drafts("co_marketing"))
def test_co_marketing_drafts_campaign_content(name: str, kind: str) -> None:
    _, document = rendered(name, kind)
    content = _clause_text(document, "ip.foreground")
    assert content.startswith("Campaign Content.")
    assert "keeps the ownership of the content" in content
    assert "“Campaign Materials”" in content
    assert "non-exclusive, non-transferable and royalty-free licence" in content
    assert "for taking down Campaign Materials already published" in content
    assert "photographers, models, performers and owners of music" in content
    assert not _clause_text(document, "ip.licence_back")
    publicity = _clause_text(document, "general.publicity")
    if publicity:
        assert "Campaign material approved under clause" in publicity


@pytest.mark.parametrize(("name", "kind"), _drafts("data_sharing"))
def test_data_sharing_drafts_rights_in_the_shared_data(name: str, kind: str) -> None:
    _, document = rendered(name, kind)
    rights = _clause_text(document, "ip.foreground")
    assert rights.startswith("Shared Data and Outputs.")
    assert "may use Received Data only for the purpose set out in clause" in rights
    assert "keeps all rights, including any database right" in rights
    assert "other than the right to use, as this clause permits, the data items" in rights
    # No licence of a party's whole Background (its databases) for the Field and Term.
    assert not _clause_text(document, "ip.background_licence")
    assert "loss of data" not in _clause_text(document, "liability.excluded_losses")


@pytest.mark.parametrize(("name", "kind"), _drafts("open_source"))
def test_open_source_contributors_keep_copyright(name: str, kind: str) -> None:
    _, document = rendered(name, kind)
    contributions = _clause_text(document, "ip.foreground")
    assert contributions.startswith("Contributions.")
    assert "keeps the copyright and other Intellectual Property Rights in that contribution" in contributions
    assert "licenses it under the Project Licence" in contributions
    assert "is irrevocable" in contributions
    assert "not affected by the withdrawal" in contributions
    assert "only with the consent of the holders of the copyright" in contributions


@pytest.mark.parametrize(("name", "kind"), _drafts("open_source", "consortium", "data_sharing"))
def test_no_uncapped_infringement_indemnity_where_contributions_are_as_is(name: str, kind: str) -> None:
    _, document = rendered(name, kind)
    indemnity = _clause_text(document, "liability.indemnity")
    assert INFRINGEMENT_INDEMNITY not in indemnity
    if indemnity:
        assert "including for infringement of the Intellectual Property Rights of a third party" in indemnity


@pytest.mark.parametrize(("name", "kind"), _drafts("open_source", "data_sharing"))
def test_no_injury_indemnity_without_physical_activity(name: str, kind: str) -> None:
    _, document = rendered(name, kind)
    assert "personal injury" not in _clause_text(document, "liability.indemnity")


@pytest.mark.parametrize(("name", "kind"), _drafts("co_marketing"))
def test_co_marketing_keeps_the_supplied_materials_indemnity(name: str, kind: str) -> None:
    _, document = rendered(name, kind)
    indemnity = _clause_text(document, "liability.indemnity")
    if indemnity:
        assert INFRINGEMENT_INDEMNITY in indemnity


@pytest.mark.parametrize(("name", "kind"), _drafts("consortium"))
def test_consortium_states_one_cap_once(name: str, kind: str) -> None:
    terms, document = rendered(name, kind)
    text = _text(document)
    assert text.count("the total liability of each") == 1
    assert "prevails over any other limitation" not in text
    member_cap = terms.consortium is not None and terms.consortium.member_liability_cap is not None
    assert bool(_clause_text(document, "consortium.liability")) == member_cap
    assert bool(_clause_text(document, "liability.cap")) == (not member_cap)


def test_consortium_without_a_member_cap_keeps_the_general_cap() -> None:
    terms = example_terms("consortium_five_party")
    assert terms.consortium is not None
    data = terms.model_dump(mode="json")
    data["consortium"]["member_liability_cap"] = None
    document = assemble_agreement(AgreementTerms.model_validate(data))
    assert "shall not exceed EUR 1,500,000" in _clause_text(document, "liability.cap")
    assert _text(document).count("the total liability of each") == 1


@pytest.mark.parametrize(("name", "kind"), _drafts("professionals_members"))
def test_members_core_covenants_survive_the_exclusion_of_lost_profit(name: str, kind: str) -> None:
    _, document = rendered(name, kind)
    excluded = _clause_text(document, "liability.excluded_losses")
    if not excluded:
        return
    assert "This clause does not apply to the liability of a Party for a breach of clause" in excluded
    numbers = {article.id: article.number for article in document.articles}
    for section in ("practice", "engagements", "covenants"):
        if section in numbers:
            assert f"clause {numbers[section]}" in excluded.split("for a breach of", 1)[1], section
    # Confidentiality sits outside every limit (liability.unlimited), named there once.
    if "confidentiality" in numbers:
        unlimited = _clause_text(document, "liability.unlimited")
        assert f"obligations of confidence under clause {numbers['confidentiality']}" in unlimited


def test_other_types_keep_the_plain_exclusion() -> None:
    _, document = rendered("distribution", "as_is")
    assert "This clause does not apply" not in _clause_text(document, "liability.excluded_losses")


#: Profiles whose law forbids excluding liability for death or personal injury caused
#: by negligence (UCTA 1977 and its offspring; legal-systems.md, "Cannot exclude").
UCTA_PROFILES = {"ew", "sc", "sg", "hk", "ie"}


def _under(terms: AgreementTerms, law_id: str) -> AgreementTerms:
    other = "the United Arab Emirates" if law_id == NEUTRAL else ""
    return terms.model_copy(update={"governing_law": GoverningLaw(profile=law_id, other=other)})


@pytest.mark.parametrize("law_id", [profile.id for profile in all_profiles()])
@pytest.mark.parametrize("name", ["data_sharing", "open_source_community"])
def test_liability_carve_outs_come_from_the_profile(name: str, law_id: str) -> None:
    document = assemble_agreement(_under(example_terms(name), law_id))
    unlimited = _clause_text(document, "liability.unlimited")
    assert (UCTA in unlimited) == (law_id in UCTA_PROFILES)
    assert "loss of data" not in _clause_text(document, "liability.excluded_losses") or name != "data_sharing"
    assert "personal injury" not in _clause_text(document, "liability.indemnity")


@pytest.mark.parametrize("law_id", [profile.id for profile in all_profiles()])
def test_data_sharing_keeps_loss_of_data_recoverable_under_every_law(law_id: str) -> None:
    document = assemble_agreement(_under(example_terms("data_sharing"), law_id))
    excluded = _clause_text(document, "liability.excluded_losses")
    assert excluded
    assert "loss of data" not in excluded
    assert ", ," not in excluded and " or or " not in excluded and ", or," not in excluded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("any loss of profit, loss of data or loss caused by business interruption, in each case",
         "any loss of profit or loss caused by business interruption, in each case"),
        ("any loss of profit, loss of data beyond the cost of restoring it, or liability to third parties",
         "any loss of profit, or liability to third parties"),
        ("any loss of profit, loss of a chance, damage to image, or loss of data, whether direct",
         "any loss of profit, loss of a chance or damage to image, whether direct"),
        ("any loss of profit or wasted expenditure", "any loss of profit or wasted expenditure"),
    ],
)  # fmt: skip
def test_without_heads(text: str, expected: str) -> None:
    assert without_heads(text, ["loss of data"]) == expected


def test_a_blueprint_naming_an_unknown_indemnity_head_does_not_load(tmp_path: Path) -> None:
    path = tmp_path / "data_sharing.toml"
    path.write_text(
        'title = "T"\ncollaboration = "the deal"\n[liability]\nindemnity = ["everything"]\n'
        '[[article]]\nsection = "liability"\nheading = "Liability"\n',
        encoding="utf-8",
    )
    with pytest.raises(BlueprintError, match="no indemnity head 'everything'"):
        load_blueprint(default_catalogue(), path)
