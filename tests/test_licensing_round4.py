"""A technology licence as a New York licensing partner reads it (round 4), checked over every
licensing example and scenario under several governing laws: the exclusivity the licensee
pays for is warranted, covenanted and remedied as one undertaking, and the royalties the
licensor recovers when it ends the licence for the licensee's breach are measured."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.drafts import flat_text, variant
from tests.licence_sources import CASES
from tests.licence_sources import draft_data as _data
from tests.licence_sources import draft_text as _draft


def _id(case: tuple[Path, str | None]) -> str:
    return f"{case[0].stem}-{case[1] or 'own'}"


# 1. The exclusivity: warranty, covenant and remedy.


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_the_exclusivity_undertakings_reach_the_grant_and_escape_the_exclusion_of_lost_profits(
    case: tuple[Path, str | None],
) -> None:
    draft = _draft(_data(*case))
    grant = draft.label("licence.grant")
    warranties = draft.text("licence.warranties")
    assert "or any other right inconsistent with the exclusive licen" in warranties
    assert f"in {grant} (that covenant and the warranty above that no such right has been granted" in warranties
    assert "may recover as damages its lost profits on the sales of Licensed Products lost to" in warranties
    assert "no Minimum Royalty is due for any Contract Year, or part of a Contract Year, during which" in warranties
    assert f"material breach for the purposes of {draft.label('termination.for_cause')}" in warranties
    excluded = draft.text("liability.excluded_losses")
    assert f"or the Exclusivity Undertakings in {draft.label('licence.warranties')}." in excluded


def test_a_non_exclusive_licence_has_no_exclusivity_undertakings() -> None:
    text = flat_text(variant("licensing", ip__licence_grant__exclusive=False))
    assert "Exclusivity Undertakings" not in text
    assert "has not granted to any third party any right under the Licensed Technology that conflicts" in text
