"""Exact portions of a whole: ownership, votes and splits that may be a fraction
("1/6", "one-sixth each") rather than a rounded percentage.

A ``Portion`` is a ``fractions.Fraction`` between 0 and 1. JSON stores it exactly as
"numerator/denominator" ("1/6", "7/10", "1"); it may be entered as a fraction ("1/6"),
a percentage ("16.5%") or a decimal share of the whole ("0.7"). Sums are checked with
fractions, so six sixths make exactly one and nothing is lost to rounding.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

ONE = Fraction(1)
HUNDRED = Fraction(100)


def parse_portion(value: object) -> Fraction:
    """A portion of the whole from a Fraction, "1/6", "16.5%", "0.7" or a Decimal.

    Raises ``ValueError`` with a plain sentence for anything else, or for a value
    outside 0 to 1 (0% to 100%)."""
    portion: Fraction
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a share; write it as 1/6, 50% or 0.5")
    if isinstance(value, Fraction | int | Decimal):
        portion = Fraction(value)
    elif isinstance(value, float):
        portion = Fraction(Decimal(repr(value)))
    elif isinstance(value, str):
        portion = _portion_from_text(value)
    else:
        raise ValueError(f"{value!r} is not a share; write it as 1/6, 50% or 0.5")
    if not 0 <= portion <= 1:
        raise ValueError(f"'{value}' is not between nothing and the whole (0% to 100%)")
    return portion


def _portion_from_text(value: str) -> Fraction:
    text = value.strip().replace(" ", "")
    problem = f"'{value}' is not a share; write it as 1/6, 50% or 0.5"
    try:
        if text.endswith("%"):
            return Fraction(Decimal(text[:-1].replace(",", "."))) / 100
        if "/" in text:
            numerator, _, denominator = text.partition("/")
            if int(denominator) == 0:
                raise ValueError(f"'{value}' divides by zero")
            return Fraction(int(numerator), int(denominator))
        return Fraction(Decimal(text.replace(",", ".")))
    except (InvalidOperation, ValueError) as error:
        if "zero" in str(error):
            raise
        raise ValueError(problem) from None


#: An exact share of a whole, 0 to 1; stored in JSON as "1/6".
Portion = Annotated[
    Fraction,
    BeforeValidator(parse_portion),
    Field(description="An exact share of the whole, stored as a fraction such as '1/6' or '7/10'."),
]


def portion_text(portion: Fraction) -> str:
    """How a portion is stored and shown in messages: "1/6", "7/10", "1"."""
    return str(portion)


def as_percent(portion: Fraction) -> Decimal:
    """The portion as a percentage rounded to two decimals (for display and for the
    rounded ``percent`` kept beside an exact fraction)."""
    return (Decimal(portion.numerator) * 100 / Decimal(portion.denominator)).quantize(Decimal("0.01"))


def is_whole_percent_exact(portion: Fraction) -> bool:
    """True when the portion is a percentage with at most two decimals (70%, 12.5%),
    so the text can state it as a percentage without rounding."""
    hundredths = portion * 10_000
    return hundredths.denominator == 1


def share_text(portion: Fraction) -> str:
    """ "70%" when exact as a percentage, else "1/6"; for short messages."""
    if is_whole_percent_exact(portion):
        return f"{format(as_percent(portion).normalize(), 'f')}%"
    return portion_text(portion)


def total(portions: Iterable[Fraction]) -> Fraction:
    return sum(portions, Fraction(0))


def equal_portions(count: int) -> tuple[Fraction, ...]:
    """``count`` equal shares that add up to exactly one."""
    if count <= 0:
        return ()
    return tuple(Fraction(1, count) for _ in range(count))


def coerce_portion(value: Any) -> Fraction | None:
    """A portion, or None for an empty value (used by the wizard's share cells)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_portion(value)
