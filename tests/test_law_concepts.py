"""Shared clauses in the concepts of the governing law, for every profile: termination
for breach (English "not capable of remedy" vs notice and good cause under civil law),
entire agreement (fraud always carved out; no English non-reliance under civil law),
severance (reading down vs partial nullity and conversion, section 139 BGB reversed),
good faith stated where the law makes it a duty, the CISG for sales of goods, and
Section 365(n) for US-law licences."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from drafting.law import NEUTRAL, all_profiles, profile
from drafting.terms.law import GoverningLaw
from drafting.validation import load_terms_file

PROFILES = [p.id for p in all_profiles()]
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
#: Systems without the English remedies doctrine (everything but common law, Scotland and
#: the neutral profile, which keeps the library's wording).
CIVIL = {p.id for p in all_profiles() if p.family not in {"common_law", "mixed", "none"}}
POSITIONS = ("cisg", "termination", "severance", "entire_agreement")


@functools.cache
def body(example: str, law_id: str) -> str:
    terms = load_terms_file(EXAMPLES / f"{example}.json")
    other = "the United Arab Emirates" if law_id == NEUTRAL else ""
    terms = terms.model_copy(update={"governing_law": GoverningLaw(profile=law_id, other=other)})
    return "\n".join(body_text_lines(assemble_agreement(terms)))


def paragraph(text: str, heading: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(f"{heading}. "))


def test_civil_law_is_what_the_profiles_say() -> None:
    assert {"de", "ch", "fr", "be", "nl", "se", "jp", "kr", "br"} == CIVIL


@pytest.mark.parametrize("law_id", PROFILES)
def test_each_profile_states_its_positions_on_the_shared_clauses(law_id: str) -> None:
    positions = profile(law_id).positions
    assert all(positions.get(key) for key in POSITIONS), [key for key in POSITIONS if not positions.get(key)]


@pytest.mark.parametrize("law_id", PROFILES)
def test_termination_entire_agreement_and_severance_speak_the_law(law_id: str) -> None:
    chosen = profile(law_id)
    text = body("distribution", law_id)
    entire = paragraph(text, "Entire agreement")
    # US laws title it "Severability" (the profile's heading).
    severance = paragraph(text, "Severability" if chosen.us else "Severance")
    # Fraud is carved out of the entire-agreement clause under every law.
    assert "fraud" in entire
    if law_id in CIVIL:
        assert "not capable of remedy" not in text
        assert "has not relied" not in entire
        assert "deemed modified to the minimum extent" not in severance
        assert chosen.clause("breach_termination") and chosen.clause("severance") and chosen.clause("non_reliance")
    else:
        assert "not capable of remedy" in text
        assert "has not relied on any statement" in entire
        assert "deemed modified to the minimum extent" in severance
    if law_id == "de":
        assert "section 139 of the German Civil Code (BGB)" in severance and "does not apply" in severance
        assert "section 314 of the German Civil Code (BGB)" in text and "wichtiger Grund" in text
    if law_id == "fr":
        assert "mise en demeure" in text and "article 1184" in severance
    if law_id == "nl":
        assert "article 6:265" in text and "article 3:42" in severance
    assert ("good cause" in text) == bool(chosen.clause("good_cause"))


@pytest.mark.parametrize("law_id", PROFILES)
def test_good_faith_is_stated_as_the_law_states_it(law_id: str) -> None:
    # A distribution has no general alliance obligations (precedent 3): a revenue share does.
    text = body("revenue_sharing", law_id)
    start = text.index("General obligations. ")
    duty = text[start : start + 600]  # the heading and its first item
    if law_id in CIVIL:
        assert profile(law_id).clause("good_faith")
        assert profile(law_id).clause("good_faith").rstrip(",") in duty
    elif profile(law_id).positions.get("good_faith") == "implied_covenant_narrow":
        # Delaware reads only a narrow implied covenant into a contract: no express duty.
        assert "diligently and with the skill" in duty and "good faith" not in duty
    else:
        assert "diligently, in good faith and with the skill" in duty


@pytest.mark.parametrize("law_id", PROFILES)
def test_the_cisg_is_decided_for_sales_of_goods_only(law_id: str) -> None:
    chosen = profile(law_id)
    sale = body("distribution", law_id)
    licence = body("licensing", law_id)
    convention = "United Nations Convention on Contracts for the International Sale of Goods"
    assert (convention in sale) == bool(chosen.clause("cisg"))
    assert convention not in licence
    # Excluded wherever the law's state is a contracting state; silent where it is not.
    assert (chosen.positions["cisg"] == "not_a_contracting_state") == (law_id in {"ew", "sc", "ie"})


@pytest.mark.parametrize("law_id", PROFILES)
def test_us_licences_survive_the_licensors_bankruptcy(law_id: str) -> None:
    licence = body("licensing", law_id)
    assert ("section 365(n) of the united states bankruptcy code" in licence.lower()) == profile(law_id).us
