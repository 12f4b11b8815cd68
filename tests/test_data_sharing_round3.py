"""Data sharing, third panel round (a Dutch retailer and an Irish fraud-scoring provider).

Each test proves a class on the rendered text of the data-sharing example and the panel's
scenario, under every law the data clauses concern: the restrictions bind the data a party
receives (never its own records), the commercial core, the outputs the service delivers,
storage outside the area of protection, and warranties given while conditions are open."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from drafting.document import AgreementDocument
from drafting.engine import assemble_agreement
from drafting.terms import AgreementTerms
from tests.drafts import Change, document_of, variant_data
from tests.drafts import flat_text as _text

ROOT = Path(__file__).resolve().parent.parent
LAWS = ["nl", "ie", "de", "ew", "us_ny"]


def _data(law: str = "nl", change: Change | None = None) -> dict[str, Any]:
    return variant_data("data_sharing", law=law, change=change)


def _document(law: str = "nl", change: Change | None = None) -> AgreementDocument:
    return document_of(_data(law, change))


def _two_way(data: dict[str, Any]) -> None:
    for party in data["parties"]:
        party["role"] = "data_provider"


# --- 1. the restrictions bind Received Data, one-way worded for the recipient ------------


@pytest.mark.parametrize("law", LAWS)
def test_one_way_restrictions_bind_the_recipient_and_received_data(law: str) -> None:
    text = _text(_document(law))
    assert "“Received Data” means the Shared Data it receives from the other Party and any data derived" in text
    assert "Ardent shall not process the Received Data for any purpose other than the Purpose" in text
    assert re.search(r"Without limiting (?i:clause|section) 3\.1, Ardent shall not:", text)
    assert "use the Received Data for its own products or services" in text
    assert "Ardent shall keep the Received Data no longer than necessary" in text
    assert "securely delete all Received Data in its possession" in text
    assert "delete or return the Received Data as " in text
    # The provider's own order and customer data are bound by none of it.
    assert "Neither Party shall process the Shared Data for any purpose" not in text
    assert "neither Party shall: use the Shared Data" not in text
    assert "Neither Party shall process the Shared Data for a further purpose" not in text
    assert "Received Data are kept logically separate" in text


def test_two_way_flow_binds_each_party_on_what_it_receives() -> None:
    text = _text(_document("nl", _two_way))
    assert "Neither Party shall process the Received Data for any purpose other than the Purpose" in text
    assert re.search(r"Without limiting (?i:clause|section) 3\.1, neither Party shall:", text)
    assert "Each Party shall keep the Received Data no longer than necessary" in text
    assert "Ardent shall not process" not in text


# --- 2. the commercial core: the services agreement, carved out of costs and entire agreement


def _no_service(data: dict[str, Any]) -> None:
    data["scope"]["expected_annual_value"] = None
    data["scope"]["obligations"] = [o for o in data["scope"]["obligations"] if o["party"] != "Ardent"]


@pytest.mark.parametrize("law", LAWS)
def test_a_paid_service_points_to_the_services_agreement_and_is_carved_out(law: str) -> None:
    text = _text(_document(law))
    said = re.search(r"Services and fees\. The services that Ardent provides to Hollandse Huishoud.*?No fee", text)
    assert said is not None
    assert "(the “Services Agreement”)" in said.group(0)
    assert "240,000" not in said.group(0)  # an expected value is not a fee the parties agreed
    assert "Except as otherwise provided in this Agreement or in the Services Agreement referred to in" in text
    kept = r"The Services Agreement referred to in \w+ [\d.]+ is not superseded by this (?i:clause|section)"
    assert re.search(kept, text)


def test_no_services_clause_without_a_value_or_a_service() -> None:
    text = _text(_document("nl", _no_service))
    assert "Services Agreement" not in text
    assert "Except as otherwise provided in this Agreement, each Party shall bear its own costs" in text


@pytest.mark.parametrize("name", ["revenue_sharing", "licensing", "research_collaboration"])
def test_other_types_keep_their_costs_and_entire_agreement(name: str) -> None:
    data = json.loads((ROOT / "examples" / f"{name}.json").read_text(encoding="utf-8"))
    text = _text(assemble_agreement(AgreementTerms.model_validate(data)))
    assert "Services Agreement" not in text


# --- 3. outputs: the scores the service delivers are carved out and kept as own records ---


@pytest.mark.parametrize("law", LAWS)
def test_scores_are_carved_out_of_the_anonymous_only_rule_and_kept_as_own_records(law: str) -> None:
    text = _text(_document(law))
    assert not re.search("only in anonymi[sz]ed or aggregated form", text)
    assert re.search("only in anonymi[sz]ed form", text) and "aggregation alone does not make data anonymous" in text
    assert "except the scores and the reasons given for them that Ardent provides on the orders" in text
    assert "form part of its own records of them, which it keeps for its own retention period" in text
    assert "the scores and reasons that Ardent returns on the orders, transactions or accounts of Hollandse" in text
    # Whether an anonymous model may be reused is answered: only for the Purpose.
    assert "A model so shown to be anonymous may be kept and used after that date only for the Purpose" in text


def test_nothing_scored_no_carve_out() -> None:
    def unscored(data: dict[str, Any]) -> None:
        data["data_sharing"]["purpose"] = "Benchmarking delivery times"
        data["data_sharing"]["data_items"] = ["Delivery postcode and delivery time"]
        data["scope"]["obligations"] = []
        data["scope"]["purpose"] = "Compare delivery times."
        data["scope"]["field_of_use"] = "Logistics"

    text = _text(_document("nl", unscored))
    assert "except the scores" not in text and "only in anonymised form" in text


# --- 4. storage stays in the area; only remote support access may reach it from outside ---


@pytest.mark.parametrize("law", ["nl", "ie", "de"])
def test_no_storage_abroad_and_no_remote_access_from_abroad(law: str) -> None:
    text = _text(_document(law))
    assert "a processor may store or access them there" not in text
    # Round 7: onward transfers forbidden means no remote support access from abroad either.
    assert "except remote access for support or maintenance" not in text
    assert "Received Data shall in any event be stored only in data centres located in the European Economic" in text
    # The schedule says the same and points back to the clause.
    assert re.search(
        r"stored and processed only in data centres located in the European Economic Area, and accessed only "
        r"from within it, for support and maintenance as for any other purpose, as clause 3\.\d+ provides",
        text,
    )
    # The provider's own data are not held to the recipient's restrictions.
    assert "not disclose Received Data to any third party" in text
    assert "to process Received Data only with the prior written approval" in text


def test_allowed_onward_transfers_have_no_storage_bar() -> None:
    text = _text(_document("nl", lambda data: data["data_sharing"].update(onward_transfers=True)))
    assert "shall in any event be stored only" not in text
    assert "stored and processed only in data centres" not in text


# --- 5. the authorisations warranty excepts what the data clauses still wait for -----------


@pytest.mark.parametrize("law", ["nl", "ie", "de"])
def test_authorisations_warranty_excepts_pending_conditions_and_is_repeated(law: str) -> None:
    text = _text(_document(law))
    said = re.search(
        r"it holds all authorisations and consents required for it to perform this Agreement, save for (.*?);", text
    )
    assert said is not None
    pending = said.group(1)
    assert "the legitimate interests assessment to be documented under clause 3.4" in pending
    assert "the sign-off of the data protection impact assessment under clause 3.6" in pending
    if law == "nl":  # the Dutch party's UAVG permit
        assert "any permit to be applied for under clause 3.5" in pending
    assert "this statement and the next are repeated on the date of that first disclosure" in pending


def test_nothing_pending_no_exception() -> None:
    def settled(data: dict[str, Any]) -> None:
        data["data_sharing"]["lawful_basis"] = "contract"
        data["scope"]["milestones"] = [m for m in data["scope"]["milestones"] if "DPIA" not in m["description"]]
        _places_ie(data)

    text = _text(_document("ie", settled))
    assert "it holds all authorisations and consents required for it to perform this Agreement;" in text


def _places_ie(data: dict[str, Any]) -> None:
    for party in data["parties"]:
        party["jurisdiction"] = "Ireland"


@pytest.mark.parametrize("name", ["revenue_sharing", "licensing", "joint_venture_50_50", "supplier_alliance"])
def test_other_types_warranty_unchanged(name: str) -> None:
    data = json.loads((ROOT / "examples" / f"{name}.json").read_text(encoding="utf-8"))
    text = _text(assemble_agreement(AgreementTerms.model_validate(data)))
    assert "first disclosure" not in text


# --- 10. force majeure: overmacht under Dutch law, security and breach notices go on ------


@pytest.mark.parametrize("law", LAWS)
def test_force_majeure_keeps_security_and_breach_notices(law: str) -> None:
    text = _text(_document(law))
    said = re.search(r"Force majeure\. (.*?)(?= [A-Z][a-z-]+( [a-z-]+)*\. )", text)
    assert said is not None
    assert "inspanningsverbintenis" not in said.group(1)
    assert "does not suspend the obligations under" in text
    assert "to keep the Shared Data secure and to notify personal data breaches" in text
    overmacht = "(overmacht, article 6:75 of the Dutch Civil Code)"
    assert (overmacht in text) == (law == "nl")


@pytest.mark.parametrize("name", ["research_collaboration", "co_marketing"])
def test_force_majeure_of_other_types_is_unchanged(name: str) -> None:
    data = json.loads((ROOT / "examples" / f"{name}.json").read_text(encoding="utf-8"))
    data["governing_law"] = {"profile": "nl", "other": ""}
    text = _text(assemble_agreement(AgreementTerms.model_validate(data)))
    assert "overmacht, article 6:75" not in text and "Shared Data secure" not in text


# --- 8. notices of default or termination reach the management, the DPO mailbox in copy ---


@pytest.mark.parametrize("law", LAWS)
def test_default_and_termination_notices_reach_the_management(law: str) -> None:
    text = _text(_document(law))
    assert (
        "A notice of default, breach or termination shall, in addition, be addressed for the attention of the "
        "Chief Operating Officer of Hollandse Huishoud or the General Counsel of Ardent"
    ) in text
    assert "with a copy by e-mail to its address for notices above" in text


@pytest.mark.parametrize("name", ["research_collaboration", "licensing"])
def test_other_types_notices_unchanged(name: str) -> None:
    data = json.loads((ROOT / "examples" / f"{name}.json").read_text(encoding="utf-8"))
    text = _text(assemble_agreement(AgreementTerms.model_validate(data)))
    assert "A notice of default, breach or termination shall, in addition" not in text


# --- 6. data read from devices: who deploys, who obtains consent, who takes objections -----


@pytest.mark.parametrize("law", LAWS)
def test_device_reading_is_allocated(law: str) -> None:
    text = _text(_document(law))
    assert "Data read from devices. The data subjects are the customers of" in text
    assert "Hollandse Huishoud decides whether the script or other technology that reads them runs" in text
    assert "or for establishing and recording in writing that the reading is strictly necessary" in text
    assert "Ardent supplies any script or other technology of its own for that purpose" in text
    assert "Hollandse Huishoud receives the objections of data subjects" in text


def test_no_device_clause_without_device_data() -> None:
    def no_device(data: dict[str, Any]) -> None:
        data["data_sharing"]["data_items"] = [i for i in data["data_sharing"]["data_items"] if "evice" not in i]

    assert "Data read from devices" not in _text(_document("nl", no_device))
