"""The governing law: a legal-system profile (``clause_templates/law/<id>.toml``), or
"other" (the neutral profile) with the law's name as the user typed it.

A plain string is still accepted wherever terms are built (older drafts, the command
line, tests): it becomes the matching profile when the name is unambiguous, and
otherwise the neutral profile with the text kept as the law's name, so nothing the
user typed is lost.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, field_validator, model_validator

from drafting.law import NEUTRAL, profile, profile_ids, resolve_law_name
from drafting.terms.base import TermsModel


class GoverningLaw(TermsModel):
    """Which law governs the agreement."""

    profile: str = Field(
        default="",
        description="The legal-system profile, e.g. 'ew' (England and Wales) or 'neutral' for another law.",
        json_schema_extra={"x-required": True},
    )
    other: str = Field(
        default="",
        max_length=200,
        description="The law's name when no profile fits, e.g. 'the United Arab Emirates'.",
    )

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        if isinstance(value, str):
            return law_from_text(value)
        return value

    @field_validator("profile")
    @classmethod
    def _known_profile(cls, value: str) -> str:
        if value and value not in profile_ids():
            known = ", ".join(profile_ids())
            raise ValueError(f"'{value}' is not a legal system Pactwright knows (known: {known})")
        return value

    @model_validator(mode="after")
    def _other_only_for_neutral(self) -> GoverningLaw:
        if self.other.strip() and self.profile not in ("", NEUTRAL):
            raise ValueError("the name of another law goes with the neutral profile only")
        return self

    @property
    def chosen(self) -> bool:
        return bool(self.profile)

    @property
    def name(self) -> str:
        """What a person calls it: "England and Wales", or the other law's name."""
        if not self.profile:
            return ""
        if self.profile == NEUTRAL:
            return self.other.strip()
        return profile(self.profile).label

    def __str__(self) -> str:
        return self.name


def law_from_text(text: str) -> dict[str, str]:
    """``{"profile": ..., "other": ...}`` for a law typed as text."""
    stripped = text.strip()
    if not stripped:
        return {"profile": "", "other": ""}
    found = resolve_law_name(stripped)
    if found is not None:
        return {"profile": found, "other": ""}
    return {"profile": NEUTRAL, "other": stripped}
