"""Board seats by holding bands: how many members of a joint venture company's board a
holder may appoint at each level of its holding, derived once from the answered seats so
that the governing-body clause and the review read the same table.

The answered seats fix the size of the Board (N seats) and the most any holder has (M).
A holder may appoint j members (2 <= j <= M) while it holds at least the share of the
Company that j - 1/2 seats are of the whole Board (rounded up to a whole per cent), one
member while it holds at least ten per cent, and none below: the same table for every
holder, so that seats follow holdings when they change (a dilution, a transfer)."""

from __future__ import annotations

import math
from decimal import Decimal

from drafting.terms import AgreementTerms
from drafting.terms.governance import BodyType

#: The holding below which a holder appoints no member (precedent 1, article 6).
ONE_SEAT_PERCENT = 10


def seat_bands(terms: AgreementTerms) -> tuple[tuple[int, int], ...]:
    """(members, least holding in per cent) from the most members down to one; empty where
    the deal has no joint venture company governed by a board with answered seats."""
    venture = terms.joint_venture
    if venture is None or terms.governance.body is not BodyType.BOARD or not terms.governance.seats:
        return ()
    total = sum(seat.seats for seat in terms.governance.seats)
    most = max(seat.seats for seat in terms.governance.seats)
    if total <= 0 or most <= 0:
        return ()
    bands = [(j, math.ceil((j - 0.5) * 100 / total)) for j in range(most, 1, -1)]
    return (*bands, (1, ONE_SEAT_PERCENT))


def banded_seats(percent: Decimal, bands: tuple[tuple[int, int], ...]) -> int:
    """The members a holder of ``percent`` may appoint under ``bands``."""
    for members, least in bands:
        if percent >= least:
            return members
    return 0


def off_band(terms: AgreementTerms) -> tuple[tuple[str, int, int, Decimal], ...]:
    """(party, seats answered, seats its holding carries, holding) for each holder whose
    answered seats are not what the bands give its holding at Completion."""
    venture = terms.joint_venture
    bands = seat_bands(terms)
    if venture is None or not bands:
        return ()
    holdings = {share.party: share.percent for share in venture.holdings}
    # Holdings that do not total 100% are an error of their own: no band reads them.
    if sum((Decimal(held) for held in holdings.values() if held is not None), Decimal(0)) != 100:
        return ()
    found: list[tuple[str, int, int, Decimal]] = []
    for seat in terms.governance.seats:
        held = holdings.get(seat.party)
        if held is None:
            continue
        carried = banded_seats(Decimal(held), bands)
        if carried != seat.seats:
            found.append((seat.party, seat.seats, carried, Decimal(held)))
    return tuple(found)
