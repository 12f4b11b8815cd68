"""Round four, data sharing: the draft follows one role model from the answers. Joint
controllers get the Article 26 arrangement and no processor terms; a controller and its
processor get the Article 28(3) terms in the Agreement itself (not a promise of a later data
processing agreement) and no joint-controller terms."""

from __future__ import annotations

import pytest

from tests.drafts import flat_text, line_starting, text_of, variant

DS = "data_sharing"
LAWS = ["nl", "de", "ie"]

PROCESSOR_TERMS = (
    "documented instructions of the controller",
    "as processor on the controller's behalf",
    "Article 28(3)",
)
JOINT_TERMS = ("joint controller", "Joint Controller Arrangement", "Article 26")


@pytest.mark.parametrize("law", LAWS)
def test_a_processor_gets_the_article_28_terms_and_no_joint_controller_terms(law: str) -> None:
    terms = variant(DS, law=law, data_sharing__roles="controller_processor")
    text = text_of(terms)
    roles = line_starting(text, "Roles. ")
    assert "As Article 28(3) of the GDPR requires, the processor shall:" in roles
    flat = flat_text(terms)
    for duty in (
        "process the Shared Data only on the documented instructions of the controller",
        "have committed themselves to confidentiality",
        "engage another processor only with the prior specific written authorisation of the controller",
        "delete or return to it all the Shared Data after the end of the provision of the services",
        "allow for and contribute to audits, including inspections",
        "immediately inform the controller if, in its opinion, an instruction infringes",
    ):
        assert duty in flat, duty
    assert "set out in a data processing agreement" not in flat
    for joint in JOINT_TERMS:
        assert joint.lower() not in flat.lower(), joint
    # Only the controller informs data subjects; the processor forwards their requests.
    assert "where it is the controller, provide data subjects with the information" in flat


@pytest.mark.parametrize("law", LAWS)
def test_joint_controllers_get_the_article_26_arrangement_and_no_processor_terms(law: str) -> None:
    terms = variant(DS, law=law, data_sharing__roles="joint_controllers", data_sharing__article_26_arrangement=True)
    flat = flat_text(terms)
    assert "joint controllers of the Shared Data within the meaning of Article 26 of the GDPR" in flat
    assert "Joint Controller Arrangement in Schedule" in flat
    for processor in PROCESSOR_TERMS:
        assert processor not in flat, processor


def test_separate_controllers_get_neither() -> None:
    flat = flat_text(variant(DS, data_sharing__roles="separate_controllers"))
    for term in (*PROCESSOR_TERMS, "Joint Controller Arrangement", "Article 26"):
        assert term not in flat, term


# --- 7. Only Received Data are bound, never a provider's own data ------------------------------


@pytest.mark.parametrize("law", ["nl", "ie"])
def test_offence_data_security_and_access_rules_bind_only_the_sharing_and_received_data(law: str) -> None:
    flat = flat_text(variant(DS, law=law))
    # Offence data: a ground for the sharing, and the use and access limits on Received Data.
    assert "shall disclose, receive and process them under this Agreement only" in flat
    assert "Received Data of that kind shall be used only to assess the order" in flat
    assert "access to Received Data of that kind shall be limited to the named individuals" in flat
    assert "such data shall be used only" not in flat and "access to such data" not in flat
    # Security: what a party discloses until received, and what it receives; not its own systems' data.
    assert (
        "to protect the Shared Data it discloses, until they are received, and the Received Data in its hands" in flat
    )
    assert (
        "measures to the Shared Data it discloses until they are received, and to the Received Data in its own systems"
        in flat
    )
    assert "Access to Received Data is limited to named individuals" in flat
    assert "to the Shared Data in its own systems" not in flat
