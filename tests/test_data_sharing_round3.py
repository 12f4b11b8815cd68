"""Data sharing, third panel round (a Dutch retailer and an Irish fraud-scoring provider).

Each test proves a class on the rendered text of the data-sharing example and the panel's
scenario, under every law the data clauses concern: the restrictions bind the data a party
receives (never its own records), the commercial core, the outputs the service delivers,
storage outside the area of protection, and warranties given while conditions are open."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from drafting.document import AgreementDocument, body_text_lines
from drafting.engine import assemble_agreement
from drafting.terms import AgreementTerms

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "data_sharing.json"
LAWS = ["nl", "ie", "de", "ew", "us_ny"]
Change = Callable[[dict[str, Any]], object]


def _data(law: str = "nl", change: Change | None = None) -> dict[str, Any]:
    data: dict[str, Any] = copy.deepcopy(json.loads(EXAMPLE.read_text(encoding="utf-8")))
    data["governing_law"] = {"profile": law, "other": ""}
    if change is not None:
        change(data)
    return data


def _document(law: str = "nl", change: Change | None = None) -> AgreementDocument:
    return assemble_agreement(AgreementTerms.model_validate(_data(law, change)))


def _text(document: AgreementDocument) -> str:
    return re.sub(r"\s+", " ", "\n".join(body_text_lines(document)))


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
