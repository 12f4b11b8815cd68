"""Wording for exact shares and payees: "one-sixth (1/6)", "seventy per cent (70%)",
"the Member who delivered the work".

A share that is an exact percentage with at most two decimals is stated as a
percentage; any other (thirds, sixths, sevenths) is stated as a fraction in words and
figures, never rounded.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

from num2words import num2words

from drafting.engine import wording
from drafting.terms.portions import is_whole_percent_exact


def _ordinal(denominator: int, plural: bool) -> str:
    if denominator == 2:
        return "halves" if plural else "half"
    if denominator == 4:
        return "quarters" if plural else "quarter"
    word = str(num2words(denominator, lang="en", to="ordinal"))
    return f"{word}s" if plural else word


def fraction_words(value: Fraction) -> str:
    """ "one-sixth", "two-thirds", "five twenty-fourths"."""
    numerator = wording.number_words(value.numerator)
    ordinal = _ordinal(value.denominator, value.numerator != 1)
    joiner = "-" if " " not in numerator and "-" not in ordinal else " "
    return f"{numerator}{joiner}{ordinal}"


def as_fraction(value: object) -> Fraction:
    """A share as a Fraction of the whole: a Fraction, a ``PartyShare`` / ``SplitShare``
    (its exact value), or a percentage as a Decimal or int."""
    if isinstance(value, Fraction):
        return value
    exact = getattr(value, "exact", None)
    if isinstance(exact, Fraction):
        return exact
    share = getattr(value, "share", None)
    if isinstance(share, Fraction):
        return share
    return Fraction(wording.as_decimal(value)) / 100


def portion(value: object) -> str:
    """ "seventy per cent (70%)" when the share is an exact percentage, otherwise
    "one-sixth (1/6)"."""
    fraction = as_fraction(value)
    if is_whole_percent_exact(fraction):
        return wording.percent(Decimal(fraction.numerator * 100) / Decimal(fraction.denominator))
    return f"{fraction_words(fraction)} ({fraction.numerator}/{fraction.denominator})"


def portion_figures(value: object) -> str:
    """For tables: "70%" or "1/6"."""
    fraction = as_fraction(value)
    if is_whole_percent_exact(fraction):
        return wording.figures(Decimal(fraction.numerator * 100) / Decimal(fraction.denominator)) + "%"
    return f"{fraction.numerator}/{fraction.denominator}"


def payee(value: Any) -> str:
    """A payee as it reads in a sentence: the party's name, the entity's name, or the role."""
    label = getattr(value, "label", None)
    return str(label) if label is not None else str(value)


FILTERS: dict[str, Any] = {
    "portion": portion,
    "portion_figures": portion_figures,
    "fraction_words": fraction_words,
    "payee": payee,
}
