"""Building blocks shared by every part of the terms model: the frozen base class,
money, percentages, references to parties and the "required before export" marker.

Money is a decimal amount with an ISO 4217 currency code and percentages are
decimals in percent units (``Decimal("33.33")`` means 33.33 %), never floats, so a
draft round-trips through JSON without a rounding error.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
    model_validator,
)

from drafting.terms.portions import Portion, as_percent, parse_portion

#: Field metadata key marking text the user must fill in before the agreement can be
#: exported. The model itself accepts an empty value so that a half-finished draft can
#: be autosaved; ``drafting.validation`` reports every empty required field.
REQUIRED_KEY = "x-required"
#: Field metadata key for a field that is written to JSON only when it differs from its
#: default. Fields added by a later schema version carry it, so that drafts which do not
#: use them keep the shape they had (and a diff of an example shows only what changed).
OMIT_DEFAULT_KEY = "x-omit-default"


def optional_field(default: Any, description: str) -> Any:
    """A field written to JSON only when it is used (see ``OMIT_DEFAULT_KEY``)."""
    return Field(default=default, description=description, json_schema_extra={OMIT_DEFAULT_KEY: True})


#: Human-entered text. Stored as typed; the drafting layer escapes it per output.
Text = str


def required_text(description: str) -> Any:
    """A text field that may be empty in a draft but must be filled to export."""
    return Field(default="", description=description, json_schema_extra={REQUIRED_KEY: True})


Percent = Annotated[
    Decimal,
    Field(ge=Decimal(0), le=Decimal(100), description="A percentage, 0 to 100 (e.g. 33.33)."),
]
Days = Annotated[int, Field(ge=0, le=3650, description="A number of days.")]
Months = Annotated[int, Field(ge=0, le=1200, description="A number of months.")]

#: A party is referred to by its short name, the defined term used in the agreement
#: ("Acme"). ``AgreementTerms`` checks that every reference names a real party.
PartyRef = Annotated[str, Field(min_length=1, max_length=200, description="A party's short name.")]

_CURRENCY_PATTERN = re.compile(r"^[A-Z]{3}$")


class TermsModel(BaseModel):
    """Base of every terms class: immutable, and unknown keys are an error (a typo in a
    JSON draft must not be silently dropped)."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)

    @model_serializer(mode="wrap")
    def _omit_unused(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict):
            for name, field in type(self).model_fields.items():
                extra = field.json_schema_extra
                if isinstance(extra, dict) and extra.get(OMIT_DEFAULT_KEY) and getattr(self, name) == field.default:
                    data.pop(name, None)
        return data


class Money(TermsModel):
    """An amount of money in one currency."""

    amount: Annotated[Decimal, Field(ge=Decimal(0), max_digits=20, decimal_places=2)]
    currency: Annotated[str, Field(description="ISO 4217 code, e.g. EUR, USD, GBP.")]

    @field_validator("currency", mode="before")
    @classmethod
    def _currency_code(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.strip().upper()
            if not _CURRENCY_PATTERN.match(value):
                raise ValueError(f"'{value}' is not a three-letter currency code such as EUR or USD")
        return value

    @field_validator("amount", mode="before")
    @classmethod
    def _no_float(cls, value: object) -> object:
        # A float has already lost precision; take its shortest repr instead of its binary value.
        if isinstance(value, float):
            return Decimal(repr(value))
        return value


class PartyShare(TermsModel):
    """One party's percentage of something: revenue, ownership, cost, seats.

    A share may also be exact: ``fraction`` ("1/6") is then the share itself and
    ``percent`` only its rounding to two decimals, filled in when left out. Sums are
    checked on ``exact``, so six sixths make one even though 6 x 16.67 is 100.02."""

    party: PartyRef
    percent: Percent
    fraction: Portion | None = optional_field(None, "The exact share as a fraction, e.g. '1/6'.")

    @model_validator(mode="before")
    @classmethod
    def _percent_from_fraction(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("fraction") not in (None, "") and data.get("percent") in (None, ""):
            try:
                return {**data, "percent": as_percent(parse_portion(data["fraction"]))}
            except ValueError:
                return data  # the fraction's own error says what is wrong
        return data

    @model_validator(mode="after")
    def _fraction_matches_percent(self) -> PartyShare:
        if self.fraction is not None and abs(as_percent(self.fraction) - self.percent) > Decimal("0.01"):
            raise ValueError(
                f"{self.party}'s share is given as {self.fraction} and as {self.percent:f}%, which differ; "
                "give one of them"
            )
        return self

    @property
    def exact(self) -> Fraction:
        """The share of the whole, exactly (the fraction, or the percentage over 100)."""
        return self.fraction if self.fraction is not None else Fraction(self.percent) / 100

    @field_validator("percent", mode="before")
    @classmethod
    def _no_float(cls, value: object) -> object:
        if isinstance(value, float):
            return Decimal(repr(value))
        return value
