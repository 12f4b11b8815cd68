"""The governing law shapes the whole text: every example rendered under every
legal-system profile, checked against the markers of the other systems, the profile's
own deny-list, its spelling and paper, and the phrases that prove its positions reach
the text. The user's own text is taken out before the check: a British name in a US
agreement is the user's business, a British spelling of ours is not."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel

from drafting.document import AgreementDocument, body_text_lines, inline_text
from drafting.engine import assemble_agreement
from drafting.law import NEUTRAL, all_profiles, profile
from drafting.law.profiles import LAW_DIR
from drafting.terms import AgreementTerms
from drafting.terms.law import GoverningLaw
from drafting.validation import load_terms_file

EXAMPLES = sorted(Path(__file__).resolve().parents[1].joinpath("examples").glob("*.json"))
PROFILES = [entry.id for entry in all_profiles()]
PLACEHOLDERS = re.compile(r"\bTBD\b|\[\s*\]|\[[A-Z ]+\]|\bNone\b|\{\{|\}\}|governing law of \[")
BRITISH = re.compile(
    r"\b(organis|authoris|recognis|licenc|colour|favour|behaviour|judgement|amortis|unamortis)\w*", re.IGNORECASE
)


def full_text(document: AgreementDocument, *, with_notes: bool = True) -> str:
    lines = [document.cover.title, document.cover.subtitle, document.cover.date_text]
    lines += [block.description for block in document.parties]
    lines += [inline_text(recital.content) for recital in document.recitals]
    lines += body_text_lines(document)
    # The signature page speaks the law too (statement, blocks, witnesses).
    lines.append(document.execution_statement)
    for block in (*document.signatures, *document.witnesses):
        lines += [block.heading_lead, *(line.text for line in block.body)]
    if with_notes:
        lines += notes(document)
    return "\n".join(lines)


def notes(document: AgreementDocument) -> list[str]:
    """The drafting notes: a lawyer reads them too, so they speak the same law."""
    found = [article.note for article in document.articles]
    found += [clause.note for clause in document.iter_clauses()]
    found.append(document.execution_note)
    return [note.text for note in found if note is not None]


def user_strings(model: BaseModel) -> Iterator[str]:
    for name in type(model).model_fields:
        value = getattr(model, name)
        yield from _strings(value)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        if len(value.strip()) >= 3:
            yield value.strip()
            yield from (line.strip() for line in value.splitlines() if len(line.strip()) >= 3)
    elif isinstance(value, BaseModel):
        yield from user_strings(value)
    elif isinstance(value, tuple):
        for item in value:
            yield from _strings(item)


def library_text(terms: AgreementTerms, document: AgreementDocument, *, with_notes: bool = True) -> str:
    """The rendered text without anything the user typed."""
    text = full_text(document, with_notes=with_notes)
    # Filters may change the first letter's case ("Changing ..." -> "changing ...").
    for typed in sorted(set(user_strings(terms)), key=len, reverse=True):
        text = re.sub(re.escape(typed), " ", text, flags=re.IGNORECASE)
    return text


def under(terms: AgreementTerms, law_id: str) -> AgreementTerms:
    other = "the United Arab Emirates" if law_id == NEUTRAL else ""
    return terms.model_copy(update={"governing_law": GoverningLaw(profile=law_id, other=other)})


@functools.cache
def example(path: Path) -> AgreementTerms:
    return load_terms_file(path)


@functools.cache
def rendered(path: Path, law_id: str) -> tuple[str, str, str, str]:
    """(library text with notes, full text, paper, library text of the agreement itself)."""
    terms = under(example(path), law_id)
    document = assemble_agreement(terms)
    body = library_text(terms, document, with_notes=False)
    return library_text(terms, document), full_text(document), document.metadata.paper, body


@functools.cache
def markers() -> list[dict[str, object]]:
    data = tomllib.loads((LAW_DIR / "_markers.toml").read_text(encoding="utf-8"))
    return list(data["marker"])


def _found(text: str, phrases: list[str], patterns: list[str]) -> list[str]:
    hits = [phrase for phrase in phrases if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.IGNORECASE)]
    hits += [pattern for pattern in patterns if re.search(pattern, text)]
    return hits


def _facts(terms: AgreementTerms) -> frozenset[str]:
    from drafting.law.facts import party_facts

    # A joint venture Company's own country is a fact of the deal too: its taxes (an English
    # company's VAT and stamp duty) are named whatever law governs the agreement.
    company = terms.joint_venture.jurisdiction if terms.joint_venture is not None else ""
    return party_facts([*(party.jurisdiction for party in terms.parties), *([company] if company else [])])


@pytest.mark.parametrize("law_id", PROFILES)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_no_other_system_speaks_in_the_text(path: Path, law_id: str) -> None:
    text, _, paper, body = rendered(path, law_id)
    facts = _facts(example(path))
    wrong = []
    for marker in markers():
        phrases, patterns = list(marker.get("phrases", [])), list(marker.get("patterns", []))  # type: ignore[call-overload]
        allowed = list(marker.get("allowed", []))  # type: ignore[call-overload]
        if set(marker.get("facts", [])) & facts:  # type: ignore[call-overload]
            # Allowed by who the parties are, whatever the law: out of the profile's checks too.
            for phrase in phrases:
                text = re.sub(re.escape(phrase), " ", text, flags=re.IGNORECASE)
            continue
        if law_id not in allowed:
            wrong += _found(text, phrases, patterns)
    chosen = profile(law_id)
    wrong += _found(text, list(chosen.deny_phrases), list(chosen.deny_patterns))
    assert not wrong, f"{path.stem} under {law_id}: {wrong}"
    assert not PLACEHOLDERS.search(body), PLACEHOLDERS.search(body)
    if chosen.us:
        assert paper == "Letter"
        assert not BRITISH.search(text), f"British spelling under {law_id}: {BRITISH.search(text)}"
    else:
        assert paper == "A4"


@pytest.mark.parametrize("law_id", PROFILES)
def test_each_profile_positions_reach_the_text(law_id: str) -> None:
    chosen = profile(law_id)
    texts = [rendered(path, law_id)[1] for path in EXAMPLES]
    for phrase in chosen.must_contain:
        assert any(phrase in text for text in texts), f"{law_id}: '{phrase}' is in no example's text"
    for phrase in chosen.must_not_contain:
        offending = [path.stem for path, text in zip(EXAMPLES, texts, strict=True) if phrase in text]
        assert not offending, f"{law_id}: '{phrase}' appears in {offending}"


def test_the_neutral_profile_asks_for_local_counsel_and_names_the_law() -> None:
    terms = under(example(EXAMPLES[0]), NEUTRAL)
    document = assemble_agreement(terms)
    text = full_text(document)
    assert "governed by the laws of the United Arab Emirates" in text
    assert any("A lawyer qualified in" in note and "United Arab Emirates" in note for note in notes(document))


SCENARIOS = sorted(Path(__file__).resolve().parent.joinpath("scenarios").glob("*.json"))


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda path: path.stem)
def test_review_panel_scenarios_speak_only_their_own_law(path: Path) -> None:
    """The scenarios our review panels read, each under the law it chose."""
    terms = load_terms_file(path)
    document = assemble_agreement(terms)
    text = library_text(terms, document)
    facts = _facts(terms)
    law_id = terms.governing_law.profile
    wrong: list[str] = []
    for marker in markers():
        phrases, patterns = list(marker.get("phrases", [])), list(marker.get("patterns", []))  # type: ignore[call-overload]
        if law_id in marker.get("allowed", []) or set(marker.get("facts", [])) & facts:  # type: ignore[operator, call-overload]
            continue
        wrong += _found(text, phrases, patterns)
    chosen = profile(law_id)
    wrong += _found(text, list(chosen.deny_phrases), list(chosen.deny_patterns))
    assert not wrong, f"{path.stem}: {wrong}"
    assert not PLACEHOLDERS.search(library_text(terms, document, with_notes=False))
    assert document.metadata.paper == ("Letter" if chosen.us else "A4")
