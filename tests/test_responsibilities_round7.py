"""Round 7: the parties' free-text responsibilities live in a Responsibilities schedule.

Every panel found the user's own words pasted into the operative clauses as the core of the
deal ("Wildatlantic shall host a tour and tasting for every campaign booking ..."). The
clause now states the duty and its standard and refers to the schedule by its number; the
schedule lists each party's responsibilities as sentences of their own; a drafting note on
the schedule names a responsibility that nothing measures."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from drafting.document import AgreementDocument, Schedule, Table, inline_text
from drafting.docx_writer import docx_bytes
from drafting.engine.responsibilities import RESPONSIBILITIES, listed_responsibilities
from drafting.engine.wording import bare, lower_first
from drafting.terms import AgreementTerms
from tests.docx_helpers import open_docx
from tests.drafts import (
    EXAMPLES,
    SCENARIOS,
    clause_number,
    clause_text,
    document_of,
    example_data,
    example_text,
    scenario_data,
    text_of,
    variant,
)


def _schedule(document: AgreementDocument) -> Schedule:
    return next(schedule for schedule in document.schedules if schedule.id == RESPONSIBILITIES)


def _table(document: AgreementDocument) -> Table:
    return next(block for block in _schedule(document).blocks if isinstance(block, Table))


def _rows_of(document: AgreementDocument) -> list[tuple[str, ...]]:
    return list(_table(document).rows)


def test_the_schedule_lists_each_party_s_responsibilities_as_sentences() -> None:
    document = document_of(scenario_data("ie_co_marketing"))
    rows = _rows_of(document)
    assert rows == [
        (
            "1",
            "Wildatlantic",
            "Host a tour and tasting for every campaign booking and supply two bottles of gin per package at cost.",
        ),
        (
            "2",
            "Harbour",
            "Offer 600 campaign room-nights at a 20% discount and feature the campaign in its booking engine.",
        ),
    ]
    assert _table(document).columns == ("No.", "Party", "Responsibility")
    # Numbered in order with the other schedules, after them (listing them renumbers none).
    assert [schedule.id for schedule in document.schedules][-1] == RESPONSIBILITIES


def test_the_clause_and_the_schedule_refer_to_each_other_by_number() -> None:
    document = document_of(example_data("revenue_sharing"))
    schedule = _schedule(document)
    clause = clause_text(document, "scope.obligations")
    assert (
        f"Each Party shall perform the responsibilities set against its name in Schedule {schedule.number} "
        "(Responsibilities), in addition to its other obligations under this Agreement. It shall perform them:"
    ) in clause
    assert f"milestone in clause {clause_number(document, 'scope.milestones')} to be achieved" in clause
    # The general obligations set the standard of care and the duty to report a delay; the
    # clause refers to them instead of saying it twice.
    general = clause_number(document, "scope.general_obligations")
    assert f"otherwise to the standard that clause {general} sets" in clause
    assert "at its own cost, unless this Agreement provides otherwise." in clause
    assert "shall notify the other Party promptly" not in clause
    assert "or the performance of any of its responsibilities under clause" in clause_text(
        document, "scope.general_obligations"
    )
    lead = inline_text(next(block for block in schedule.blocks if not isinstance(block, Table)).content)
    assert lead == (
        f"The responsibilities referred to in clause {clause_number(document, 'scope.obligations')} are set out "
        "below against the name of the Party that performs them:"
    )
    # The user's words are not in the clause at all.
    assert "Deliver one finished course" not in clause and "deliver one finished course" not in clause


def test_the_docx_prints_the_schedule_and_its_note() -> None:
    document = document_of(example_data("revenue_sharing"))
    number = _schedule(document).number
    data = docx_bytes(document)
    word = open_docx(data)
    headings = [paragraph.text for paragraph in word.paragraphs if "Responsibilities" in paragraph.text]
    assert any(text.endswith("\u2014 Responsibilities") for text in headings)
    cells = [[cell.text.strip() for cell in row.cells] for table in word.tables for row in table.rows]
    assert ["1", "Cobblestone", "Deliver one finished course per month to the platform's technical standard."] in cells
    assert ["3", "Pixelbridge", "Report revenue per course every month."] in cells
    assert f"Schedule {number} (Responsibilities)" in " ".join(paragraph.text for paragraph in word.paragraphs)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        comments = archive.read("word/comments.xml").decode()
    assert "Pixelbridge's responsibility" in comments
    assert "Host, sell and promote the courses and collect payment from learners" in comments


def test_one_note_only_where_a_responsibility_has_nothing_to_measure() -> None:
    note = _schedule(document_of(example_data("revenue_sharing"))).note
    assert note is not None
    assert note.text.startswith(
        "Pixelbridge's responsibility \u2018Host, sell and promote the courses and collect payment from learners\u2019 "
        "states no quantity, date or standard"
    )
    # Each of the co-marketing responsibilities states a figure: no note.
    assert _schedule(document_of(example_data("co_marketing"))).note is None


def _reports_delay(document: AgreementDocument, clause: str, notice: str) -> None:
    """The duty to report a delay is stated once: in the general obligations where the
    draft has them, else in the Responsibilities clause itself."""
    if "scope.general_obligations" in {item.id for item in document.iter_clauses()}:
        assert notice not in clause
        assert "or the performance of any of" in clause_text(document, "scope.general_obligations")
    else:
        assert notice in clause


def test_two_party_one_party_and_many_party_wording() -> None:
    single = document_of(example_data("supplier_alliance"))
    clause = clause_text(single, "scope.obligations")
    assert clause.startswith(
        "Responsibilities. Harrow shall perform the responsibilities set against its name in Schedule"
    )
    _reports_delay(single, clause, "Harrow shall notify the other Party promptly")
    members = document_of(example_data("professionals_members"))
    some = clause_text(members, "scope.obligations")
    assert some.startswith("Responsibilities. Each of Whitcombe and Foundry Yard shall perform the responsibilities")
    _reports_delay(members, some, "shall notify the other Parties promptly")
    company = document_of(example_data("professionals_company"))
    many = clause_text(company, "scope.obligations")
    assert many.startswith(
        "Responsibilities. Each Party shall perform the responsibilities set against his or her name"
    )
    _reports_delay(company, many, "Each Party shall notify the other Parties promptly after he or she becomes aware")


def test_a_joint_venture_performs_on_the_terms_of_its_agreements_with_the_company() -> None:
    document = document_of(example_data("joint_venture_50_50"))
    clause = clause_text(document, "scope.obligations")
    assert "on the terms of the Ancillary Agreements (each of which shall state what is provided under it" in clause
    assert "for the price or other consideration stated in the agreement under which it is performed" in clause
    assert "at its own cost, unless" not in clause
    # The Company by its defined term, never by its name.
    assert ("1", "Albion", "Second eight control-systems engineers to the Company for 24 months.") in _rows_of(document)
    note = _schedule(document).note
    assert note is not None and note.text.endswith(
        "or check that the Ancillary Agreement under which it is performed does."
    )

    def cash_only(data: dict[str, object]) -> None:
        data["contributions"] = []
        venture = data["joint_venture"]
        assert isinstance(venture, dict)
        venture["parent_services_arms_length"] = False
        ip = data["ip"]
        assert isinstance(ip, dict)
        ip["background_schedule"] = []

    completion = document_of(variant("joint_venture_unequal", change=cash_only))
    clause = clause_text(completion, "scope.obligations")
    assert "on the terms of the agreements with the Company delivered at Completion under clause" in clause
    assert "Ancillary Agreements" not in clause


def test_a_consortium_s_schedule_summarises_the_consortium_plan() -> None:
    document = document_of(example_data("consortium_five_party"))
    schedule = _schedule(document)
    clause = clause_text(document, "scope.obligations")
    assert (
        "Each Member shall perform the tasks allocated to it in the Consortium Plan, as amended by the General "
        f"Assembly from time to time, which at the Effective Date include the responsibilities set against its "
        f"name in Schedule {schedule.number} (Responsibilities)"
    ) in clause
    assert "at its own cost, unless this Agreement or the Budget provides otherwise." in clause
    assert re.search(rf"Schedule {schedule.number} and clause 2\.\d+ summarise the Consortium Plan", clause)
    lead = inline_text(schedule.blocks[0].content)  # type: ignore[union-attr]
    assert "the Consortium Plan, as amended from time to time, prevails over this summary" in lead
    assert len(_rows_of(document)) == 12
    # The Consortium Plan, not its summary, is where a task is made measurable.
    assert schedule.note is None


def test_an_equity_alliance_leaves_the_subscription_to_completion() -> None:
    terms = variant("equity_alliance")
    listed = [item.description for item in listed_responsibilities(terms)]
    assert "Pay the subscription price on completion." not in listed
    assert "Deliver an SDK and two engineers for the integration for 9 months." in listed
    # The type's blueprint keeps the commercial undertakings in the Commercial Agreement.
    assert all(schedule.id != RESPONSIBILITIES for schedule in document_of(terms).schedules)


def test_a_licence_work_plan_uses_the_schedule() -> None:
    document = document_of(variant("licensing", extra_modules=["work_plan"]))
    rows = _rows_of(document)
    assert ("1", "Carraig", "Transfer the know-how package and give 20 days of technical support.") in rows


_DRAFTS = [(path.stem, "example") for path in sorted(EXAMPLES.glob("*.json"))] + [
    (path.stem, "scenario") for path in sorted(SCENARIOS.glob("*.json"))
]


@pytest.mark.parametrize(("name", "kind"), _DRAFTS)
def test_no_user_text_is_spliced_into_a_shall_sentence(name: str, kind: str) -> None:
    data = example_data(name) if kind == "example" else scenario_data(name)
    text = example_text(name) if kind == "example" else text_of(data)
    terms = AgreementTerms.model_validate(data)
    if terms.model.value == "distribution":
        # A distribution has no Responsibilities clause: its supply clauses draft the delivery
        # time and the forecast from these answers on purpose, as terms of supply.
        pytest.skip("the distribution supply clauses draft these answers as terms of supply")
    for item in terms.scope.obligations:
        spliced = lower_first(bare(item.description))
        assert f"shall {spliced}" not in text, (name, item.description)
