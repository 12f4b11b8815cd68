"""What the last lawyer panels found in round three's own fixes: a paid-up licence that
lost its Field, a no-other-licence covenant that outlived the conversion to non-exclusive,
materials to be destroyed that a surviving licence needs, a services agreement stated as
signed with an expected value read as its fees, a cover date read as the signing date, and
a US signature page "as of the Effective Date" beside an agreement made on the last
signature. Each is checked over every draft it concerns."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from drafting.document import body_text_lines
from drafting.docx_writer import write_docx
from drafting.engine import assemble_agreement
from drafting.validation import load_terms_file
from tests.licence_sources import CASES
from tests.licence_sources import draft_data as _data
from tests.licence_sources import draft_text as _draft

ROOT = Path(__file__).resolve().parent.parent


def _id(case: tuple[Path, str | None]) -> str:
    return f"{case[0].stem}-{case[1] or 'own'}"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_the_licences_after_the_end_keep_their_field_and_their_materials(case: tuple[Path, str | None]) -> None:
    draft = _draft(_data(*case))
    paid_up = draft.text("licence.paid_up")
    if "in that country" in paid_up:
        assert "that Licensed Product in the Field in that country" in paid_up
    wind_down = draft.text("effects.wind_down")
    if "return or destroy all documents and materials embodying the Licensed Technology" in wind_down and paid_up:
        assert "other than those it needs to exercise the rights that continue under" in wind_down


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_the_no_other_licence_covenant_follows_the_exclusivity(case: tuple[Path, str | None]) -> None:
    draft = _draft(_data(*case))
    warranties = draft.text("licence.warranties")
    if "shall not, during the Term, grant to any third party" not in warranties:
        return
    converts = re.search(r"make the licen[cs]e non-exclusive|becomes non-exclusive", draft.text("licence.diligence"))
    assert ("While and where the licen" in warranties) == bool(converts)


def test_the_data_sharing_services_are_named_not_invented() -> None:
    terms = load_terms_file(ROOT / "examples" / "data_sharing.json")
    text = " ".join(body_text_lines(assemble_agreement(terms)))
    services = re.search(r"Services and fees\..*?later date\.", text)
    assert services is not None
    assert "entered into on or about" not in services.group(0) and "expected to amount" not in services.group(0)
    assert "If the Services Agreement ends" in services.group(0)


@pytest.mark.parametrize("name", ["distribution", "licensing", "equity_alliance"])
def test_the_cover_names_the_date_as_the_effective_date(name: str, tmp_path: Path) -> None:
    terms = load_terms_file(ROOT / "examples" / f"{name}.json")
    assert terms.term.effective_date is not None
    document = assemble_agreement(terms)
    path = tmp_path / "draft.docx"
    write_docx(document, path)
    first = [paragraph.text for paragraph in docx.Document(str(path)).paragraphs[:8]]
    assert any(text.startswith("Effective Date: ") for text in first), first
    assert document.cover.date_text in " ".join(first)


@pytest.mark.parametrize("name", ["consortium_five_party"])
def test_an_excluded_member_gets_nothing_back_from_the_survival_clause(name: str) -> None:
    terms = load_terms_file(ROOT / "examples" / f"{name}.json")
    text = " ".join(body_text_lines(assemble_agreement(terms)))
    survival = re.search(r"They also survive, and continue to bind and benefit.*?\.", text)
    assert survival is not None
    assert "except that a Member whose participation ends for its default benefits from them only" in text
