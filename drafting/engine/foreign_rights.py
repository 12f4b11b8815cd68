"""Registered rights a licence's forum cannot decide with effect for all.

A court decides the validity or registration of a patent (or other registered right) with
effect beyond the parties only for its own country's registry; within the European Union
that is exclusive (Article 24(4) of Regulation (EU) No 1215/2012), and for a European patent
the Unified Patent Court may be the competent court. Arbitrators decide such questions only
between the parties. Which registries are the forum's own is profile data (``[lists]
home_registries``); which registries are European, ``law/_registries.toml``.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache

from drafting.engine.catalogue import TEMPLATES_DIR
from drafting.engine.legal_system import chosen_profile
from drafting.terms import AgreementTerms, AllianceModel

#: The types that license, or give an option over, registered rights listed in a schedule.
_LICENSING_TYPES = frozenset({AllianceModel.LICENSING, AllianceModel.RESEARCH_COLLABORATION})
#: The office code a registration number starts with ("EP 3 456 789", "PL 234567").
_CODE = re.compile(r"^\s*([A-Za-z]{2})(?![A-Za-z])")


@cache
def _eu_codes() -> frozenset[str]:
    data = tomllib.loads((TEMPLATES_DIR / "law" / "_registries.toml").read_text(encoding="utf-8"))
    return frozenset(str(code) for code in data.get("eu", []))


def foreign_registrations(terms: AgreementTerms) -> tuple[bool, bool]:
    """Whether a licensing or R&D agreement schedules a registered right of another office
    than the governing law's courts' own, and whether one of those is European."""
    if terms.model not in _LICENSING_TYPES:
        return False, False
    home = frozenset(chosen_profile(terms).lists.get("home_registries", ()))
    codes = {
        match.group(1).upper()
        for asset in terms.ip.background_schedule
        if (match := _CODE.match(asset.registration_number or ""))
    }
    foreign = codes - home
    return bool(foreign), bool(foreign & _eu_codes())
