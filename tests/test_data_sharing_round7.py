"""Round 7, the data sharing agreement (Dutch panel on a fraud-scoring pool): declines given
in real time with the Article 22 safeguards after the decision, an uncapped head that reaches
only the obligations that protect personal data, no access from outside the area when onward
transfers are forbidden, and one defined term for the data a party holds."""

from __future__ import annotations

from typing import Any

import pytest

from drafting.review import Severity, review
from tests.drafts import example_text, flat_text, line_starting, line_with, text_of, variant

EXAMPLE = "data_sharing"
LAWS = ["nl", "ie", "de"]


def _not_real_time(data: dict[str, Any]) -> None:
    data["scope"]["obligations"] = [o for o in data["scope"]["obligations"] if "millisecond" not in o["description"]]


# Class 6: real-time scoring — the decline is automated under Article 22(2)(a), with the
# right to human intervention and to contest after it; other significant decisions wait for a person.
@pytest.mark.parametrize("law", LAWS)
def test_real_time_declines_rest_on_article_22_2_a_with_safeguards_after_the_decision(law: str) -> None:
    text = flat_text(variant(EXAMPLE, law=law))
    assert "an order or a payment may be declined on the score alone, without a person reviewing each decline" in text
    assert "necessary for entering into the contract between the data subject and Hollandse Huishoud" in text
    assert "(Article 22(2)(a) of the GDPR)" in text
    assert "the right to obtain human intervention by a person with the authority and competence to change" in text
    assert "shall offer to complete the order or payment on its original terms" in text
    assert "such as closing an account, refusing all further orders or reporting the data subject" in text
    assert "before any such decision (such as declining an order or a payment) takes effect" not in text


def test_without_real_time_scoring_each_decline_is_reviewed_first() -> None:
    text = flat_text(variant(EXAMPLE, change=_not_real_time))
    assert "before any such decision (such as declining an order or a payment) takes effect, a person" in text
    assert "declined on the score alone" not in text


def test_the_review_flags_declines_decided_in_real_time_on_legitimate_interests() -> None:
    (found,) = [f for f in review(variant(EXAMPLE)) if f.rule_id == "data.automated-decisions"]
    assert found.severity is Severity.WARNING
    assert "'Score each order within 300 milliseconds and explain every decline reason'" in found.message
    assert "legitimate interests, is no exception under Article 22(2) GDPR" in found.message
    assert found.path == "scope.obligations"
    (other,) = [f for f in review(variant(EXAMPLE, change=_not_real_time)) if f.rule_id == "data.automated-decisions"]
    assert "300 milliseconds" not in other.message


# Class 7: only the obligations that protect personal data are outside the cap.
@pytest.mark.parametrize("law", LAWS)
def test_the_uncapped_data_head_names_the_protective_clauses_only(law: str) -> None:
    head = line_with(text_of(variant(EXAMPLE, law=law)), "obligations to protect personal data")
    assert head.startswith("for breach of its obligations to protect personal data under clause 3.1, clause 3.2,")
    assert head.endswith("but not under any other provision of clause 3;")
    for other in ("clause 3.7", "clause 3.8", "clause 3.10", "clause 3.11"):
        assert other not in head
    assert "obligations concerning personal data under clause 3;" not in text_of(variant(EXAMPLE, law=law))


# Class 8: onward transfers forbidden — no access from outside the area, support included.
@pytest.mark.parametrize("law", LAWS)
def test_forbidden_onward_transfers_leave_no_door_for_remote_access(law: str) -> None:
    text = text_of(variant(EXAMPLE, law=law))
    assert "remote access" not in text
    clause = line_with(text, "not transfer Received Data outside")
    assert "including a processor or its staff providing support or maintenance, to access them from outside" in clause
    assert "and accessed only from within it, for support and maintenance as for any other purpose" in text


def test_a_listed_flow_is_the_only_way_abroad() -> None:
    flow = {"exporter": "Hollandse Huishoud", "importer": "Ardent", "destination": "United Kingdom"}
    text = text_of(variant(EXAMPLE, data_sharing__transfers=[flow]))
    clause = line_with(text, "not transfer Received Data outside")
    assert "other than in a flow set out in clause" in clause
    assert "remote access" not in text


# Class 9: one defined term for the data a party holds, in the schedules as in the body.
def test_the_security_schedule_binds_received_data_where_the_body_does() -> None:
    text = example_text(EXAMPLE)
    assert "Shared Data are encrypted in transit over networks" in text
    assert "and Received Data at rest, using AES-256" in text
    assert line_starting(text, "Deletion.").startswith("Deletion. Received Data are deleted by a method")
    assert "Data derived from Received Data are treated as anonymised only where" in text
    security = line_starting(text, "Security. Each Party is responsible for the security of")
    assert "of the Shared Data it discloses, until they are received, and of the Received Data in its own" in security
