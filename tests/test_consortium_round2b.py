"""Round-2 fixes to the consortium precedent after the Belgian-law panel.

Each test drafts the five-party consortium example (or a variant of it under another
governing law or forum) and checks the operative text a lawyer reads: the hardship remedy
follows the chosen dispute forum, the Consortium Plan governs the tasks, the research
licence is narrow, the Grant Agreement's defaults are dealt with, and so on.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import pytest

from drafting.docx_writer.package import docx_bytes
from drafting.engine import assemble_agreement
from drafting.terms import AgreementTerms
from tests.docx_helpers import open_docx, operative_lines
from tests.precedent_helpers import example_terms

EXAMPLE = "consortium_five_party"
#: The laws whose profile states a statutory hardship remedy, with its citation.
HARDSHIP = {
    "be": "Article 5.74 of the Civil Code",
    "fr": "Article 1195 of the French Civil Code",
    "nl": "Article 6:258 of the Dutch Civil Code",
    "de": "section 313 of the German Civil Code (BGB)",
}


def _terms(law: str | None = None, forum: str = "arbitration", **changes: Any) -> AgreementTerms:
    data = example_terms(EXAMPLE).model_dump(mode="json")
    if law is not None:
        data["governing_law"] = {"profile": law, "other": ""}
    if forum == "courts":
        data["disputes"]["forum"] = "courts"
        data["disputes"]["courts"] = {"courts": "the courts of Brussels", "exclusive": True}
    for path, value in changes.items():
        target = data
        *parents, leaf = path.split("__")
        for key in parents:
            target = target[key]
        target[leaf] = value
    return AgreementTerms.model_validate(data)


@functools.cache
def _text(law: str | None = None, forum: str = "arbitration") -> str:
    terms = _terms(law, forum)
    return " ".join(operative_lines(open_docx(docx_bytes(assemble_agreement(terms)))))


def _clause(text: str, heading: str, length: int = 1800) -> str:
    start = text.index(heading)
    return text[start : start + length]


# Class 1: the hardship remedy goes to the forum the Members chose.
@pytest.mark.parametrize("law", sorted(HARDSHIP))
@pytest.mark.parametrize("forum", ["arbitration", "courts"])
def test_hardship_follows_the_chosen_dispute_forum(law: str, forum: str) -> None:
    clause = _clause(_text(law, forum), "Change of circumstances.")
    assert HARDSHIP[law] in clause
    if forum == "arbitration":
        assert re.search(
            r"refer the matter to arbitration under clause \d+\.\d+, and the arbitral tribunal may", clause
        )
        assert "court" not in clause
    else:
        assert re.search(r"the courts having jurisdiction under clause \d+(\.\d+)?, and the court may", clause)
        assert "arbitra" not in clause


# Class 2: the Consortium Plan, as the General Assembly amends it, governs the tasks.
def test_tasks_and_milestones_yield_to_the_consortium_plan() -> None:
    text = _text("be")
    assert re.search(
        r"Each Member shall perform the tasks allocated to it in the Consortium Plan, as amended by the "
        r"General Assembly from time to time, which at the Effective Date include the responsibilities set "
        r"against its name in Schedule \d+ \(Responsibilities\).*Schedule \d+ and clause 2\.\d+ summarise the "
        r"Consortium Plan at the Effective Date and yield to it\.",
        _clause(text, "Responsibilities.", 2600),
    )
    variation = _clause(text, "Variation and waiver.", 900)
    assert (
        "A decision of the General Assembly to change the Consortium Plan or the Budget, taken with the "
        "majority this Agreement requires for it and with any consent of the Member concerned that "
        "clause 7.1 requires, is not a variation of this Agreement and takes effect "
        "without further signature"
    ) in variation


# Class 3: the free licence of Foreground IP is the narrow research-and-teaching licence.
@pytest.mark.parametrize("law", ["be", "de", "ew"])
def test_the_free_licence_of_results_is_internal_non_commercial_research_and_teaching(law: str) -> None:
    clause = _clause(_text(law), "Licence of Foreground IP.", 900)
    clause = clause[: clause.index("Access Rights.")]
    assert (
        "a non-exclusive, royalty-free, non-transferable licence, without the right to grant sublicences, "
        "to use that Foreground IP for its own internal non-commercial research and teaching"
    ) in clause
    assert "perpetual" not in clause and "irrevocable" not in clause
    assert "in connection with research" not in clause
    assert re.search(r"requires access rights under clause \d+\.\d+\.", clause)
    assert re.search(r"The licence ends for a Member whose participation ends under clause 4\.\d+\.", clause)


# Class 4: a Member that leaves keeps granting access rights for the request window.
def test_a_member_that_leaves_remains_bound_to_grant_access_rights() -> None:
    clause = _clause(_text("be"), "Access rights to exploit may be requested", 700)
    assert "Access rights to exploit may be requested until twelve (12) months after the end of the Project." in clause
    assert (
        "A Member that withdraws or is excluded remains bound to grant access rights to its Background IP "
        "and Foreground IP existing at the date its participation ends until twelve (12) months after the "
        "end of the Project."
    ) in clause
    assert "after its withdrawal as to" not in clause


# Class 5: the Grant Agreement's affiliate default is excluded when the answers exclude affiliates.
def test_affiliates_are_excluded_from_access_rights_under_the_grant_agreement() -> None:
    sentence = "no access rights under this Agreement or the Grant Agreement, which the Members agree to exclude."
    assert "Affiliates have " + sentence in _text("be")
    terms = _terms("be")
    data = terms.model_dump(mode="json")
    data["parties"][0]["affiliates_included"] = True
    text = " ".join(operative_lines(open_docx(docx_bytes(assemble_agreement(AgreementTerms.model_validate(data))))))
    others = [party["short_name"] for party in data["parties"][1:]]
    assert f"The Affiliates of {', '.join(others[:-1])} and {others[-1]} have " + sentence in text
    data["consortium"]["grant"] = None
    text = " ".join(operative_lines(open_docx(docx_bytes(assemble_agreement(AgreementTerms.model_validate(data))))))
    assert sentence not in text


# Class 6: excluding a Defaulting Member is carried through to the Grant Agreement.
def test_exclusion_of_a_defaulting_member_reaches_the_grant_agreement() -> None:
    sentence = (
        "When that decision is taken, the Coordinator shall request the Granting Authority to end the Defaulting "
        "Member's participation in the Grant Agreement and propose the reallocation of its tasks."
    )
    assert sentence in _clause(_text("be"), "Defaulting Member.", 1400)
    data = _terms("be").model_dump(mode="json")
    data["consortium"]["grant"] = None
    text = " ".join(operative_lines(open_docx(docx_bytes(assemble_agreement(AgreementTerms.model_validate(data))))))
    assert "Granting Authority" not in text


# Class 7: "Project" and "end of the Project" are defined and used throughout a consortium.
@pytest.mark.parametrize("grant", [True, False])
def test_the_project_and_its_end_are_defined(grant: bool) -> None:
    data = _terms("be").model_dump(mode="json")
    if not grant:
        data["consortium"]["grant"] = None
    text = " ".join(operative_lines(open_docx(docx_bytes(assemble_agreement(AgreementTerms.model_validate(data))))))
    assert "“Project” means " in text and "“end of the Project” means " in text
    if grant:
        assert "“Project” means the action described in the Grant Agreement" in text
        assert "“end of the Project” means the end of the duration of the action under the Grant Agreement" in text
    # Outside the user's own descriptions, the clauses speak of the defined Project only.
    operative = text[text.index("“Project” means") :]
    stray = [
        m.group(0)
        for m in re.finditer(r".{30}\bthe project\b.{10}", operative)
        if "(use for the project)" not in m.group(0)
    ]
    assert stray == []


# Class 9: Belgian degrees of fault and heads of liability, from the profile, used throughout.
def test_belgian_fault_terms_are_used_consistently() -> None:
    text = _text("be")
    for common_law in ("wilful misconduct", "intentional misconduct", "in tort", "gross negligence"):
        assert common_law not in text, common_law
    assert "except for its gross fault (zware fout / faute lourde) or intentional fault" in text
    assert "whether on a contractual or extra-contractual basis or on any other legal ground" in text
    assert "for fraud or intentional fault (opzettelijke fout / faute intentionnelle)" in text


@pytest.mark.parametrize(
    ("law", "gross", "intent"),
    [
        ("de", "gross negligence (grobe Fahrlässigkeit)", "intent (Vorsatz)"),
        ("fr", "gross negligence (faute lourde)", "wilful misconduct (dol)"),
        ("nl", "gross negligence (grove schuld)", "intent or deliberate recklessness"),
    ],
)
def test_other_civil_law_profiles_name_their_degrees_of_fault(law: str, gross: str, intent: str) -> None:
    assert f"except for its {gross} or {intent}" in _text(law)


# Class 10: a joint owner may exploit a joint result itself; third-party licences need consent.
def test_joint_owners_may_use_and_exploit_jointly_owned_results() -> None:
    clause = _clause(_text("be"), "Jointly owned Foreground IP.", 2500)
    assert (
        "each joint owner may use it for its own research and exploit it itself, without compensation to the "
        "other joint owners, but no joint owner may grant a licence of it to a third party, or assign its share, "
        "without the prior written consent of the other joint owners, not to be unreasonably withheld"
    ) in clause
    assert "internal purposes" not in clause


# Class 11: the veto window also runs from notice of a written decision; no veto of a
# force-majeure reallocation.
def test_the_veto_window_covers_written_decisions_and_spares_force_majeure_reallocation() -> None:
    clause = _clause(_text("be"), "Veto.", 700)
    assert (
        "after receiving the minutes of the meeting at which it was taken or, for a decision taken in writing, "
        "notice of that decision" in clause
    )
    assert re.search(r"or a decision under clause 12\.\d+ to reallocate its tasks\.", clause)


# Class 12: the Expert is agreed by the Members concerned, failing which a neutral body appoints.
def test_the_expert_is_not_appointed_by_the_body_in_which_the_disputing_members_vote() -> None:
    clause = _clause(_text("be"), "Expert determination.", 600)
    assert "appointed by the General Assembly" not in clause
    assert "an independent expert with appropriate qualifications agreed by the Members concerned" in clause
    assert (
        "by the ICC International Centre for ADR under the ICC Rules for the Appointment of Experts and Neutrals"
        in clause
    )


# Class 13: one chair rule: the chair clause, which the Coordinator's duties follow.
def test_the_coordinator_duties_follow_the_chair_clause() -> None:
    text = _text("be")
    assert "(unless otherwise decided)" not in text
    assert re.search(
        r"prepare and convene the meetings of the General Assembly, appoint their chair under clause 5\.\d+ and keep",
        text,
    )
    assert "Rheinwerk shall appoint the chair of the General Assembly" in text
    data = _terms("be").model_dump(mode="json")
    data["governance"]["chair_party"] = "INMA"
    other = " ".join(operative_lines(open_docx(docx_bytes(assemble_agreement(AgreementTerms.model_validate(data))))))
    assert "prepare and convene the meetings of the General Assembly and keep the minutes" in other
    assert "INMA shall appoint the chair of the General Assembly" in other


# Class 15: a Member's cover for its liability to the others is tied to the Members' cap.
def test_insurance_is_tied_to_the_members_cap() -> None:
    # The cover for liability assumed by contract is an extension where the market offers
    # one, up to the cap (tests/test_consortium_round7.py); the third-party cover is answered.
    clause = _clause(_text("be"), "Insurance.", 1100)
    assert re.search(
        r"its liability to the other Members under this Agreement up to EUR 500,000 "
        r"\(five hundred thousand euros\), the limit of that liability under clause 4\.\d+",
        clause,
    )
    assert "with a limit of not less than EUR 5,000,000" in clause


# Class 16: grant distributions carry no VAT and need no invoice.
def test_grant_distributions_are_not_consideration_for_a_supply() -> None:
    clause = _clause(_text("be"), "Taxes.", 600)
    assert clause.startswith(
        "Taxes. Distributions of the grant to the Members are not consideration for any supply and require no "
        "invoice. All other amounts payable under this Agreement are exclusive of value added tax"
    )


# Class 17: no field-and-territory clause in a consortium.
def test_no_field_and_territory_clause_in_a_consortium() -> None:
    text = _text("be")
    assert "Field and Territory." not in text
    assert "throughout the world" not in text


# Class 19: capacity warranties by kind of Member, so that an acceding Member is covered.
def test_capacity_warranties_go_by_kind_of_member_not_by_name() -> None:
    text = _text("be")
    clause = _clause(text, "Each Member warrants to the other Members", 1200)
    assert "on the Effective Date (or, for a Member admitted later, on the date of its accession)" in clause
    assert "if it is a company or other body corporate, it is duly incorporated or established" in clause
    assert (
        "if it is a university, a research organisation or another public body, "
        "it is acting within its statutory powers" in clause
    )
    assert "are each duly incorporated" not in text


# Class 20: the date the consortium takes effect is fixed whatever the dates of signature.
def test_the_consortium_takes_effect_whatever_the_date_of_signature() -> None:
    from drafting.engine import assemble_agreement as assemble

    document = assemble(_terms("be"))
    assert (
        document.cover.date_line == "This Agreement is made on the date of the last signature below and takes effect "
        "on the Effective Date, 1 January 2027, even where it is signed after that date."
    )


# Review: the consortium's access-rights regime replacing the background-licence answers is
# explained in a note, not reported as a defect of the draft.
def test_the_background_licence_set_aside_is_an_explaining_note() -> None:
    from drafting.review import Severity, review

    findings = [f for f in review(_terms("be")) if f.rule_id == "set-aside.background-licence"]
    assert len(findings) == 1
    (found,) = findings
    assert found.severity is Severity.NOTE
    assert found.message.startswith("The consortium's access-rights regime replaces these licence answers:")
    assert "Not drafted as answered" not in found.message
