"""Legal wording filters: numbers and amounts in words and figures, dates, lists."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from drafting.engine import wording
from drafting.terms import Money


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal(50), "fifty per cent (50%)"),
        (Decimal("33.33"), "thirty-three point three three per cent (33.33%)"),
        (Decimal("12.50"), "twelve point five per cent (12.5%)"),
    ],
)
def test_percent_in_words_and_figures(value: Decimal, expected: str) -> None:
    assert wording.percent(value) == expected


@pytest.mark.parametrize(
    ("money", "expected"),
    [
        (Money(amount=Decimal(250000), currency="EUR"), "EUR 250,000 (two hundred and fifty thousand euros)"),
        (Money(amount=Decimal("1.01"), currency="GBP"), "GBP 1.01 (one pound sterling and one penny)"),
        (
            Money(amount=Decimal("1000.50"), currency="USD"),
            "USD 1,000.50 (one thousand United States dollars and fifty cents)",
        ),
    ],
)  # fmt: skip
def test_money_in_figures_and_words(money: Money, expected: str) -> None:
    assert wording.money(money) == expected


def test_counts_dates_and_lists() -> None:
    assert wording.days(30) == "thirty (30) days"
    assert wording.days(1) == "one (1) day"
    assert wording.months(36) == "thirty-six (36) months"
    assert wording.long_date(dt.date(2026, 12, 1)) == "1 December 2026"
    assert wording.join_names(["A"]) == "A"
    assert wording.join_names(["A", "B"]) == "A and B"
    assert wording.join_names(["A", "B", "C"], "or") == "A, B or C"


def test_floats_are_refused() -> None:
    with pytest.raises(TypeError):
        wording.percent(0.5)


def test_sentences_and_lower_first() -> None:
    assert wording.sentence("  to sell widgets ") == "to sell widgets."
    assert wording.sentence("Done!") == "Done!"
    assert wording.bare("item;") == "item"
    assert wording.lower_first("Design the stack") == "design the stack"
    assert wording.lower_first("INMA runs tests") == "INMA runs tests"


def test_notice_periods_take_the_possessive() -> None:
    assert wording.notice(30) == "thirty (30) days' notice"
    assert wording.notice(1) == "one (1) day's notice"
    assert wording.notice(3, "month") == "three (3) months' notice"


@pytest.mark.parametrize(
    ("hour", "expected"), [(9, "9.00 am"), (17, "5.00 pm"), (12, "12.00 noon"), (0, "midnight"), (24, "midnight")]
)
def test_hours_read_as_a_clock(hour: int, expected: str) -> None:
    assert wording.clock(hour) == expected


def test_a_name_keeps_the_full_stop_of_its_abbreviation() -> None:
    assert wording.name(" Baltic Sun sp. z o.o. ") == "Baltic Sun sp. z o.o."
    assert wording.bare("Baltic Sun sp. z o.o.") == "Baltic Sun sp. z o.o"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Netherlands", "the Netherlands"),
        ("United Kingdom and European Union", "the United Kingdom and the European Union"),
        ("State of New York", "the State of New York"),
        ("England and Wales", "England and Wales"),
        ("Delaware, United States", "Delaware, United States"),
    ],
)
def test_places_that_take_the_definite_article(name: str, expected: str) -> None:
    assert wording.place(name) == expected
