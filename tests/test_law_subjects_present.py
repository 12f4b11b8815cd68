"""A statute the governing law names only for persons within its reach (a national data
protection act, the Bribery Act) appears only when some party is in that system. A deal
without a joint venture company has no company place: its absence must not count as a
place under the governing law (it once made every consortium cite Belgian data law)."""

from __future__ import annotations

from pathlib import Path

from drafting.document import body_text_lines
from drafting.engine import assemble_agreement
from drafting.terms import AgreementTerms
from drafting.validation import load_terms_file

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "consortium_five_party.json"
BELGIAN_DATA_LAW = "Belgian Law of 30 July 2018"


def _text(terms: AgreementTerms) -> str:
    return "\n".join(body_text_lines(assemble_agreement(terms)))


def test_no_member_in_belgium_no_belgian_data_law() -> None:
    terms = load_terms_file(EXAMPLE)
    assert terms.governing_law.profile == "be"
    assert all("Belgium" not in party.jurisdiction for party in terms.parties)
    text = _text(terms)
    assert BELGIAN_DATA_LAW not in text
    assert "including, where it applies, the GDPR" in text


def test_a_member_in_belgium_brings_the_belgian_data_law() -> None:
    data = load_terms_file(EXAMPLE).model_dump(mode="json")
    data["parties"][0]["jurisdiction"] = "Belgium"
    text = _text(AgreementTerms.model_validate(data))
    assert BELGIAN_DATA_LAW in text
