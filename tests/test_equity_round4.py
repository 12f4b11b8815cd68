"""Round-4 fixes to the equity alliance (precedent 2) after a Delaware panel's reading of a
USD 3m investment in a Delaware LLC: each class of defect is checked in the drafted text of
every equity example and the Delaware LLC scenario, and under English and German law."""

from __future__ import annotations

import functools
import re

import pytest

from drafting.document import AgreementDocument
from tests.drafts import (
    document_of,
    example_text,
    line_starting,
    line_with,
    scenario_data,
    terms_of,
    text_of,
    variant_data,
)

EQUITY = ["equity_alliance", "equity_tranches"]


@functools.cache
def llc_text() -> str:
    """The Delaware LLC scenario the panel read."""
    return text_of(scenario_data("us_de_equity_llc"))


@functools.cache
def law_text(law: str) -> str:
    return text_of(variant_data("equity_alliance", law=law))


def all_texts() -> list[str]:
    return [llc_text(), *(example_text(name) for name in EQUITY), law_text("de")]


# --- 1: the Term ends, and the Agreement's own end and survival are stated -------------------


def test_the_term_is_the_period_of_the_collaboration_and_ends_with_the_commercial_agreement() -> None:
    for text in all_texts():
        duration = line_starting(text, "Duration. This Agreement comes into force")
        assert "ends, without notice, when the Commercial Agreement expires or is terminated for any reason" in duration
        assert "on that earlier termination, and that period is the Term." in duration
        # The Agreement itself ends only when both the Term and the investment provisions
        # have ended, the surviving provisions apart.
        assert "this Agreement ends when both the Term and the investment provisions have ended" in duration
        survival = line_starting(text, "Survival.")
        number = survival_number(text)
        assert f"except for the provisions that {number} lists" in duration, survival
        assert "a reference in this Agreement to its termination or expiry is a reference to the end of the Term" in (
            duration
        )
        assert line_with(text, "“Term” means").startswith("“Term” means the period of the strategic collaboration")
        # The investment provisions outlast the Term, as the Term article says.
        assert "irrespective of the expiry of the Term" in line_starting(text, "Investment provisions.")


def survival_number(text: str) -> str:
    """The number of the survival clause, read from the Duration clause's own words."""
    duration = line_starting(text, "Duration. This Agreement comes into force")
    tail = duration.split("except for the provisions that ", 1)[1]
    return tail.split(" lists", 1)[0]


def test_the_term_of_other_types_is_still_the_duration_of_the_agreement() -> None:
    text = example_text("joint_venture_50_50")
    assert line_with(text, "“Term” means").startswith("“Term” means the duration of this Agreement")


# --- 2: every warranty of the investee is in the Warranties ---------------------------------


def warranty_limbs(text: str) -> list[str]:
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Warranties. "))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("Where a Warranty is given"))
    return lines[start + 1 : end]


def test_the_llc_tax_classification_is_a_warranty_not_a_tax_covenant() -> None:
    text = llc_text()
    limbs = warranty_limbs(text)
    assert limbs[-1].startswith("it has been classified as a partnership for United States federal")
    assert "Treasury Regulations section 301.7701-3" in limbs[-1]
    assert limbs[-2].startswith("it has filed every tax return required of it") and limbs[-2].endswith("; and")
    tax = line_starting(text, "Tax matters.")
    assert "warrants" not in tax
    assert "(a) Lakeshore shall not elect to be treated as an association taxable as a corporation" in tax


@pytest.mark.parametrize("name", EQUITY)
def test_a_company_investee_gives_the_full_tax_warranty_and_no_partnership_one(name: str) -> None:
    limbs = warranty_limbs(example_text(name))
    assert limbs[-1].startswith("it has filed every tax return required of it, each of them true, correct and complete")
    assert "withheld and paid over every tax it is required to withhold" in limbs[-1]
    assert limbs[-2].endswith("; and")
    assert not any("classified as a partnership" in limb for limb in limbs)


# --- 3: the class of LLC interest, and the LLC agreement amended as a Condition ------------


@functools.cache
def llc_document(share_class: str) -> AgreementDocument:
    data = scenario_data("us_de_equity_llc")
    data["equity"]["share_class"] = share_class
    return document_of(data)


def note_on(document: AgreementDocument, clause_id: str) -> str:
    return " ".join(clause.note.text for clause in document.iter_clauses() if clause.id == clause_id and clause.note)


def test_an_llc_without_a_named_class_issues_the_class_the_agreed_form_designates_and_a_note_asks_for_it() -> None:
    document = llc_document("ordinary shares")
    text = text_of(document)
    subscription = line_starting(text, "Subscription.")
    assert (
        "120,000 Membership Interests in Lakeshore, of the class and carrying the rights that its limited liability "
        "company agreement as amended and restated in the agreed form designates for them, representing"
    ) in subscription
    assert "name the class there (for example Class A Units)" in note_on(document, "investment.completion")
    condition = line_starting(text, "Lakeshore having obtained every consent of its managers and of its members")
    assert (
        "to the admission of Brightwater as a member and to the amendment and restatement of its limited" in condition
    )


def test_an_llc_with_a_named_class_issues_units_of_that_class() -> None:
    document = llc_document("Class A Units")
    text = text_of(document)
    assert (
        "120,000 Membership Interests in Lakeshore designated as Class A Units under its limited liability company "
        "agreement as amended and restated in the agreed form, representing"
    ) in line_starting(text, "Subscription.")
    assert "to the issue of the Investor Membership Interests as Class A Units," in text
    assert "for example Class A Units" not in note_on(document, "investment.completion")


@pytest.mark.parametrize("name", EQUITY)
def test_a_company_issues_shares_of_the_class_given_and_needs_no_llc_consent_condition(name: str) -> None:
    text = example_text(name)
    assert "ordinary shares in the capital of" in line_starting(text, "Subscription.")
    assert "having obtained every consent of its" not in text


# --- 4: the capitalisation schedule never warrants a guessed count -------------------------


def test_an_uncounted_capitalisation_is_left_to_the_disclosure_which_the_investee_warrants() -> None:
    for text, disclosure, warrants in (
        (llc_text(), "Disclosure Schedule", "Lakeshore represents and warrants"),
        (example_text("equity_alliance"), "Disclosure Letter", "Optimum Vision warrants"),
    ):
        assert re.search(r"\[\d", text) is None and "square brackets" not in text
        lead = line_with(text, "each holder of them and its holding")
        assert "(including the" in lead and "reserved for any employee incentive plan)" in lead
        assert f"are as set out in the {disclosure}; {warrants} that, with the" in lead
        assert "complete capitali" in lead and "on a fully diluted basis" in lead
        warranty = line_with(text, "and the rights to subscribe for")
        assert f"and, as to their number and holders, in the {disclosure}" in warranty


def test_a_counted_capitalisation_is_stated_in_the_table() -> None:
    data = scenario_data("us_de_equity_llc")
    data["equity"]["shares_before"] = 880000
    text = text_of(data)
    assert "880,000 (88%)" in text and "each holder of them and its holding" not in text
    assert "as set out in the capitalization table in Schedule 1" in line_with(text, "and the rights to subscribe for")


def test_the_review_says_the_uncounted_capitalisation_is_left_to_the_disclosure() -> None:
    from drafting.review import review

    findings = [
        f for f in review(terms_of(scenario_data("us_de_equity_llc"))) if f.rule_id == "equity.figures-to-confirm"
    ]
    assert findings
    message = findings[0].message
    assert "are not counted, their number and holders being left to the Disclosure Schedule" in message
    assert "worked out from the price" not in message
    assert any(label.startswith("Section 2.5(") for label in findings[0].clauses)


# --- 5: the tag-along covers a sale of control by any holder, and the drag-along replaces it ---


def test_every_holder_gives_the_tag_along_and_a_drag_along_sale_takes_its_place() -> None:
    text = llc_text()
    condition = line_with(text, "the right set out in")
    assert "the written undertaking, signed by each of its members, to give Brightwater the right" in condition
    assert "ten percent" not in condition and "10%" not in condition
    tag = line_starting(text, "Tag-along.")
    assert "If any member of Lakeshore proposes to transfer Membership Interests to a third party" in tag
    assert tag.endswith(
        "does not apply to a sale under Section 7.7, in which Brightwater sells all its Investor Membership "
        "Interests at the same price and on the same terms."
    )
    assert line_starting(text, "Drag-along.").startswith("Drag-along. If the holders of at least seventy-five")


# --- 6: the issuer's private-placement representation, under US profiles only --------------


@pytest.mark.parametrize("law", ["us_de", "us_ny", "us_ca", "ew", "de"])
def test_the_issuer_represents_the_exemption_of_the_issue_under_us_law_only(law: str) -> None:
    text = llc_text() if law == "us_de" else law_text(law)
    limbs = warranty_limbs(text)
    issuer = [limb for limb in limbs if "exempt from registration under the Securities Act of 1933" in limb]
    if law.startswith("us_"):
        assert len(issuer) == 1 and limbs.index(issuer[0]) == 1
        assert "general solicitation or general advertising within the meaning of Rule 502(c)" in issuer[0]
        assert "assuming the accuracy of the representations that Brightwater gives below" in issuer[0]
        assert "accredited investor" in line_with(text, "further represents and warrants")
    else:
        assert not issuer and "Regulation D" not in text
