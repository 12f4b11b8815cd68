"""Legal systems: the profiles in ``clause_templates/law/`` (one TOML file per
governing law), the arbitration and mediation institutions, the facts about the
parties that switch on cross-border rules whatever the law, and the spelling of the
profile. Templates never hard-code anything system-specific; they ask the profile.

Nothing here imports the terms model, so the terms model can use it to validate and
migrate a governing-law choice.
"""

from drafting.law.institutions import Institution, all_institutions, institution, seat_name
from drafting.law.profiles import (
    NEUTRAL,
    LawProfile,
    LawProfileError,
    all_profiles,
    profile,
    profile_ids,
    resolve_law_name,
)

__all__ = [
    "NEUTRAL",
    "Institution",
    "LawProfile",
    "LawProfileError",
    "all_institutions",
    "all_profiles",
    "institution",
    "profile",
    "profile_ids",
    "resolve_law_name",
    "seat_name",
]
