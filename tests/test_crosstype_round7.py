"""Round 7, cross-type classes.

1. Survival: a surviving clause keeps alive what it needs. For every example, scenario
   and variant with the optional parts on, each clause the Survival clause lists (or an
   article it lists) has every clause it refers to listed too, together with what
   ``clause_templates/survival.toml`` says it needs, except the exceptions that file
   gives with their reasons.
2. Wording tied to a type (``clause_templates/type_wording.toml``) never appears in a draft
   of another type; the disclaimer gives nothing "as is" that the same draft warrants; a
   type whose work creates no inventions pays its creators as authors only.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from drafting.document import AgreementDocument, Clause, CrossRef, Paragraph
from drafting.engine import default_catalogue
from drafting.engine.blueprints import blueprint_for, optional_modules
from drafting.engine.survival import RULES_FILE, SurvivalRulesError, load_rules
from drafting.terms import AgreementTerms
from tests.drafts import SCENARIOS, document_of, example_data, flat_text, scenario_data, text_of, variant
from tests.support import example_paths

EXAMPLES = [path.stem for path in example_paths()]
SCENARIO_NAMES = sorted(path.stem for path in SCENARIOS.glob("*.json"))


def _all_on(data: dict[str, object]) -> None:
    """Every optional module of the type, a wind-down, and the licences that outlive the
    Agreement where the answers allow them: the most a survival list has to carry."""
    data["extra_modules"] = [module.id for module in optional_modules(str(data["model"]))]  # type: ignore[arg-type]
    termination = data["termination"]
    assert isinstance(termination, dict)
    termination["wind_down_days"] = termination.get("wind_down_days") or 60
    ip = data["ip"]
    assert isinstance(ip, dict)
    ip["background_licence"]["survives_exit"] = True


def _drafts() -> Iterator[tuple[str, AgreementTerms]]:
    for name in EXAMPLES:
        yield f"example/{name}", AgreementTerms.model_validate(example_data(name))
        yield f"all-on/{name}", variant(name, change=_all_on)
    for name in SCENARIO_NAMES:
        yield f"scenario/{name}", AgreementTerms.model_validate(scenario_data(name))


DRAFTS = list(_drafts())


@functools.cache
def _document(label: str) -> AgreementDocument:
    return document_of(dict(DRAFTS)[label])


def _references(block: Clause | Paragraph) -> Iterator[str]:
    yield from (item.target_id for item in block.content if isinstance(item, CrossRef))
    if isinstance(block, Clause):
        for child in block.children:
            if isinstance(child, (Clause, Paragraph)):
                yield from _references(child)


def _nested(clause: Clause) -> Iterator[str]:
    yield clause.id
    for child in clause.children:
        if isinstance(child, Clause):
            yield from _nested(child)


def _within(clause_id: str, ids: frozenset[str] | tuple[str, ...]) -> bool:
    return any(clause_id == item or clause_id.startswith(item + ".") for item in ids)


def _survival_targets(document: AgreementDocument) -> list[str] | None:
    for clause in document.iter_clauses():
        if clause.id == "effects.survival":
            return [item.target_id for item in clause.content if isinstance(item, CrossRef)]
    return None


@pytest.mark.parametrize(("label", "terms"), DRAFTS, ids=[label for label, _ in DRAFTS])
def test_a_surviving_clause_keeps_alive_what_it_needs(label: str, terms: AgreementTerms) -> None:
    document = _document(label)
    targets = _survival_targets(document)
    if targets is None:
        pytest.skip("this type drafts no survival clause")
    rules = load_rules()
    members: dict[str, list[str]] = {}
    top_of: dict[str, str] = {}
    clauses: dict[str, Clause] = {}
    for article in document.articles:
        members[article.id] = [block.id for block in article.blocks if isinstance(block, Clause)]
        for block in article.blocks:
            if isinstance(block, Clause):
                clauses[block.id] = block
                top_of.update((nested, block.id) for nested in _nested(block))
    alive = {clause for target in targets for clause in members.get(target, [target])}

    def needed(target: str) -> list[str]:
        if target in members:
            return [clause for clause in members[target] if not _within(clause, rules.never)]
        top = top_of.get(target)
        return [] if top is None or _within(target, rules.never) or _within(top, rules.never) else [top]

    missing = []
    for target in rules.always:
        missing += [(f"(every survivor) -> {clause}") for clause in needed(target) if clause not in alive]
    for clause_id in sorted(alive):
        wanted = [] if _within(clause_id, rules.names_only) else list(_references(clauses[clause_id]))
        wanted += [item for key, keeps in rules.needs.items() if _within(clause_id, (key,)) for item in keeps]
        missing += [f"{clause_id} -> {clause}" for target in wanted for clause in needed(target) if clause not in alive]
    assert not missing, sorted(set(missing))


def test_the_gaps_the_panels_found_are_closed() -> None:
    """The clauses the panels found missing from survival lists are listed now."""
    cases = {
        # A revenue share's sell-off runs under the content licence.
        "revenue_sharing": ["ip.content_licence"],
        # Orders accepted before the end are delivered and paid for on the supply terms.
        "distribution": ["supply.orders", "supply.delivery", "supply.prices", "supply.warranty"],
        # The Campaign Materials licence runs into the Takedown Period and names the
        # licence of the Marks that appear in them.
        "co_marketing": ["ip.brand_licence"],
        # A member's licence to keep the shared materials after leaving.
        "professionals_members": ["brand.materials"],
    }
    for name, clause_ids in cases.items():
        targets = _survival_targets(document_of(AgreementTerms.model_validate(example_data(name)))) or []
        for clause_id in clause_ids:
            assert clause_id in targets or clause_id.split(".")[0] in targets, (name, clause_id)
    ie = _survival_targets(document_of(AgreementTerms.model_validate(scenario_data("ie_co_marketing")))) or []
    assert "co_marketing.supply" in ie


@pytest.mark.parametrize(("label", "terms"), DRAFTS, ids=[label for label, _ in DRAFTS])
def test_a_walk_away_right_is_never_kept_alive(label: str, terms: AgreementTerms) -> None:
    targets = _survival_targets(_document(label)) or []
    for clause_id in ("termination.convenience", "termination.for_cause", "research_exit.convenience"):
        assert clause_id not in targets and "termination" not in targets, (label, clause_id)


def test_every_rule_names_a_clause_of_the_catalogue_and_gives_its_reason() -> None:
    catalogue = default_catalogue()
    known = {section.id for section in catalogue.sections} | {spec.id for spec in catalogue.clauses()}
    with RULES_FILE.open("rb") as handle:
        data = tomllib.load(handle)
    for kind, entries in data.items():
        for entry in entries:
            assert str(entry.get("reason", "")).strip(), (kind, entry)
            for key in ("clause", "keeps"):
                value = entry.get(key, [])
                for clause_id in [value] if isinstance(value, str) else value:
                    assert clause_id in known, (kind, clause_id)


def test_a_rule_without_a_reason_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "survival.toml"
    path.write_text('[[never]]\nclause = ["termination"]\n', encoding="utf-8")
    with pytest.raises(SurvivalRulesError, match="reason"):
        load_rules(path)


# --- 2. Wording tied to a type -----------------------------------------------------------

TYPE_WORDING = Path(__file__).resolve().parents[1] / "clause_templates" / "type_wording.toml"


def _phrases() -> list[dict[str, object]]:
    with TYPE_WORDING.open("rb") as handle:
        phrases: list[dict[str, object]] = tomllib.load(handle)["phrase"]
    return phrases


@pytest.mark.parametrize(("label", "terms"), DRAFTS, ids=[label for label, _ in DRAFTS])
def test_wording_tied_to_a_type_stays_in_that_type(label: str, terms: AgreementTerms) -> None:
    text = flat_text(_document(label))
    model = str(terms.model)
    for phrase in _phrases():
        allowed = phrase.get("types")
        barred = phrase.get("not_types", [])
        assert isinstance(barred, list)
        in_type = model in allowed if isinstance(allowed, list) else model not in barred
        if not in_type:
            assert str(phrase["text"]) not in text, (label, phrase["text"])
    if not blueprint_for(terms.model).inventions:
        assert "as inventors" not in text, label


def test_every_phrase_gives_its_types_and_reason() -> None:
    for phrase in _phrases():
        assert str(phrase.get("reason", "")).strip() and ("types" in phrase or "not_types" in phrase), phrase


def _disclaimer(document: AgreementDocument) -> str:
    line = next(line for line in text_of(document).splitlines() if line.startswith("No other warranties."))
    return line.split("In particular", 1)[-1]


@pytest.mark.parametrize("name", ["co_marketing", "revenue_sharing", "revenue_share_bands"])
def test_as_is_never_covers_what_the_draft_warrants(name: str) -> None:
    """A co-marketing party warrants the clearance of the content and Campaign Materials it
    provides; a content owner clears every right the licensed uses need: neither gives them
    "as is". Only Confidential Information is."""
    document = _document(f"example/{name}")
    said = _disclaimer(document)
    assert "all Confidential Information is made available" in said
    for kind in ("Background IP", "Foreground IP", "Campaign Materials", "Licensed Content"):
        assert kind not in said, (name, kind)


def test_other_types_keep_their_as_is_disclaimer() -> None:
    said = _disclaimer(_document("example/joint_venture_50_50"))
    assert "Background IP, Foreground IP and Confidential Information are made available" in said


def test_a_campaign_names_its_materials_not_foreground_ip() -> None:
    text = flat_text(_document("scenario/ie_co_marketing"))
    assert (
        "The materials made for the Campaign, and all Intellectual Property Rights in them (the “Campaign Materials”)"
        in text
    )
    assert "infringement of Background IP or Campaign Materials used in" in text
    assert "Foreground IP" not in text


def test_a_revenue_share_defines_its_results_as_content_and_pays_authors() -> None:
    text = flat_text(_document("example/revenue_sharing"))
    assert (
        "“Foreground IP” means all Intellectual Property Rights in any content, adaptations, marketing materials"
        in text
    )
    assert "to its own employees as authors." in text
    assert "inventors" not in text
    # A type that creates inventions keeps the inventors.
    assert "as inventors or authors" in flat_text(_document("example/supplier_alliance"))
