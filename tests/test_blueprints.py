"""The blueprints: one per agreement type, checked against the catalogue when loaded (a
section or clause that does not exist is an error naming the file), and assembly that
selects through them while the catalogue's own ``models``/``when`` stay a second gate."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafting.engine import assemble_agreement, default_catalogue, load_catalogue
from drafting.engine.blueprints import (
    BLUEPRINTS_DIR,
    BlueprintError,
    blueprint_for,
    default_blueprints,
    load_blueprint,
    load_blueprints,
)
from drafting.engine.catalogue import TEMPLATES_DIR
from drafting.terms import AllianceModel
from tests.engine_helpers import make_terms
from tests.precedent_helpers import example_terms

DISTRIBUTION = (BLUEPRINTS_DIR / "distribution.toml").read_text(encoding="utf-8")


def _write(tmp_path: Path, text: str, name: str = "distribution.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_type_has_its_own_blueprint_and_title() -> None:
    blueprints = default_blueprints()
    assert set(blueprints) == set(AllianceModel)
    titles = {blueprint.title for blueprint in blueprints.values()}
    assert len(titles) == len(AllianceModel)
    assert not any("Alliance" in title for title in titles)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ('section = "distribution"', 'section = "nowhere"'),
            "distribution.toml: article 2: there is no section 'nowhere'",
        ),
        (
            ('"distribution.minimum_purchase"', '"distribution.no_such_clause"'),
            "distribution.toml: note 2: there is no clause 'distribution.no_such_clause'",
        ),
        (
            ('exclude = ["effects.licences"', 'exclude = ["ip.foreground"'),
            "distribution.toml: article 9: 'ip.foreground' is not in section 'effects'",
        ),
        (('heading = "Appointment"', 'heading = "Appointment"\nheadline = "x"'), "article 2: unknown key 'headline'"),
        (
            ('title = "Distribution Agreement"', 'title = "Distribution Agreement"\nbogus = 1'),
            "top level: unknown key 'bogus'",
        ),
    ],
)
def test_a_broken_blueprint_names_the_file_and_the_entry(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    old, new = change
    assert old in DISTRIBUTION
    path = _write(tmp_path, DISTRIBUTION.replace(old, new, 1))
    with pytest.raises(BlueprintError, match=r"blueprints/distribution\.toml") as raised:
        load_blueprint(default_catalogue(), path)
    assert message in str(raised.value)


def test_a_type_without_a_blueprint_is_named(tmp_path: Path) -> None:
    for path in BLUEPRINTS_DIR.glob("*.toml"):
        if path.stem != "licensing":
            shutil.copy(path, tmp_path / path.name)
    with pytest.raises(BlueprintError, match="no blueprint for licensing"):
        load_blueprints(default_catalogue(), tmp_path)


def test_a_file_named_after_no_type_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BlueprintError, match="not an agreement type"):
        load_blueprint(default_catalogue(), _write(tmp_path, DISTRIBUTION, "franchise.toml"))


def test_articles_follow_the_blueprint_order_and_headings() -> None:
    terms = example_terms("distribution")
    document = assemble_agreement(terms)
    outline, _ = blueprint_for(terms.model).outline(terms)
    planned = [plan.heading for plan in outline]
    assert [article.heading for article in document.articles] == [h for h in planned if h in planned][
        : len(document.articles)
    ]
    assert document.articles[1].heading == "Appointment"
    assert document.cover.title == terms.title or document.cover.title.endswith("Distribution Agreement")


def test_the_title_follows_the_deal() -> None:
    exclusive = make_terms("distribution", exclusivity={"kind": "territory"})
    plain = make_terms("distribution")
    assert assemble_agreement(exclusive).cover.title == "Exclusive Distribution Agreement"
    assert assemble_agreement(plain).cover.title == "Non-Exclusive Distribution Agreement"


def test_a_section_outside_the_outline_never_appears_whatever_the_answers() -> None:
    terms = make_terms(
        "distribution",
        governance={"body": "steering_committee", "deadlock": {"terminal": "russian_roulette"}},
    )
    ids = {article.id for article in assemble_agreement(terms).articles}
    assert "governance" not in ids and "deadlock" not in ids
    added = terms.model_copy(update={"extra_modules": ("steering_committee",)})
    ids = {article.id for article in assemble_agreement(added).articles}
    assert "governance" in ids and "deadlock" not in ids


def test_a_new_clause_in_a_section_of_the_outline_appears_where_its_models_admit(tmp_path: Path) -> None:
    root = tmp_path / "clause_templates"
    shutil.copytree(TEMPLATES_DIR, root)
    with (root / "confidentiality" / "catalogue.toml").open("a", encoding="utf-8") as handle:
        handle.write(
            '\n[[clause]]\nid = "confidentiality.return"\ntitle = "Return of information"\n'
            'models = ["distribution"]\nnote = "Return or destroy on request."\n'
        )
    (root / "confidentiality" / "return.j2").write_text(
        "On request, the Recipient shall return or destroy the Confidential Information.", encoding="utf-8"
    )
    catalogue = load_catalogue(root)
    blueprints = load_blueprints(catalogue, root / "blueprints")
    for model, expected in (("distribution", True), ("licensing", False)):
        document = assemble_agreement(make_terms(model), catalogue=catalogue, blueprints=blueprints)
        assert ("confidentiality.return" in {clause.id for clause in document.iter_clauses()}) is expected


def test_a_type_drafts_its_own_alternative_of_a_shared_clause() -> None:
    consortium = assemble_agreement(example_terms("consortium_five_party"))
    (relationship,) = [clause for clause in consortium.iter_clauses() if clause.id == "general.relationship"]
    text = " ".join(str(item) for item in relationship.content)
    assert "legal entity" in text and "jointly and severally" in text
    licence = make_terms("licensing", ip={"foreground": {"ownership": "joint", "joint_rules": {}}})
    ids = {clause.id for clause in assemble_agreement(licence).iter_clauses()}
    assert "ip.joint_ownership" not in ids
