"""Facts several rules need, derived once from the terms: each party's share of
ownership, votes and contributed value, whether those shares are balanced, whether a
deal is a 50/50, and whether EU law is in play.

Shares are percentages (``Decimal``) keyed by party short name.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from drafting.terms import AgreementTerms, AllianceModel, PartyShare
from drafting.terms.governance import BodyType, VotingBasis

Shares = dict[str, Decimal]

HUNDRED = Decimal(100)
#: The largest share may be at most this multiple of the smallest before the balance of
#: power counts as markedly unequal.
IMBALANCE_RATIO = Decimal("1.5")
#: In a two-party deal, one side above this percentage is markedly unequal.
TWO_PARTY_DOMINANCE = Decimal(60)
#: Two views of the same party's stake (ownership and votes, say) may differ by this many
#: percentage points before they count as different; it absorbs rounding such as 2 of 3
#: board seats (66.67 %) against a 70 % holding.
MISMATCH_POINTS = Decimal(5)

#: EU member states by their English names and common local names, lower case.
EU_MEMBER_STATES = frozenset(
    {
        "austria", "österreich", "belgium", "belgique", "belgië", "bulgaria", "croatia", "hrvatska",
        "cyprus", "czechia", "czech republic", "denmark", "danmark", "estonia", "finland", "suomi",
        "france", "germany", "deutschland", "greece", "hungary", "magyarország", "ireland", "éire",
        "italy", "italia", "latvia", "lithuania", "luxembourg", "malta", "netherlands", "nederland",
        "poland", "polska", "portugal", "romania", "slovakia", "slovenia", "spain", "españa",
        "sweden", "sverige",
    }
)  # fmt: skip


def shares_from(entries: Iterable[PartyShare]) -> Shares:
    """Percentages per party from a list of shares (a party listed twice is added up);
    an exact share (1/3) is taken at full precision, not at its rounded percentage."""
    result: Shares = {}
    for entry in entries:
        exact = entry.exact
        percent = entry.percent if entry.fraction is None else Decimal(exact.numerator) * HUNDRED / exact.denominator
        result[entry.party] = result.get(entry.party, Decimal(0)) + percent
    return result


def normalise(amounts: Shares) -> Shares:
    """Turn amounts (seats, money) into percentages of their total."""
    total = sum(amounts.values(), Decimal(0))
    if total <= 0:
        return {}
    return {party: amount * HUNDRED / total for party, amount in amounts.items()}


def _complete(shares: Shares) -> Shares:
    """The shares when they total 100, else nothing: until the total is right (an error of
    its own) any comparison built on them would be noise."""
    return shares if sum(shares.values(), Decimal(0)) == HUNDRED else {}


def ownership_shares(terms: AgreementTerms) -> Shares:
    """Who owns the joint venture company, or nothing when there is none (or the holdings
    do not total 100)."""
    if terms.joint_venture is None:
        return {}
    return _complete(shares_from(terms.joint_venture.holdings))


def vote_shares(terms: AgreementTerms) -> Shares:
    """Each party's share of the votes on the governing body, or nothing if unknown."""
    governance = terms.governance
    if governance.body is BodyType.NONE or not governance.seats:
        return {}
    if governance.voting_basis is VotingBasis.WEIGHTED_BY_OWNERSHIP:
        return ownership_shares(terms)
    seats: Shares = {}
    for entry in governance.seats:
        seats[entry.party] = seats.get(entry.party, Decimal(0)) + Decimal(entry.seats)
    if governance.voting_basis is VotingBasis.PER_PARTY:
        seats = {party: Decimal(1) for party, count in seats.items() if count > 0}
    return normalise(seats)


def contributed_value_shares(terms: AgreementTerms) -> Shares:
    """Each party's share of the value contributed, when every party has put a value in
    one currency on what it brings; otherwise nothing (values cannot be compared)."""
    valued = [entry for entry in terms.contributions if entry.value is not None]
    currencies = {entry.value.currency for entry in valued if entry.value is not None}
    if len(currencies) != 1:
        return {}
    amounts: Shares = {}
    for entry in valued:
        if entry.value is not None:
            amounts[entry.party] = amounts.get(entry.party, Decimal(0)) + entry.value.amount
    if set(amounts) != {party.short_name for party in terms.parties}:
        return {}
    return normalise(amounts)


def distribution_shares(terms: AgreementTerms) -> Shares:
    """How a joint venture's profits are paid out, when the draft says so explicitly."""
    if terms.distributions is None:
        return {}
    return _complete(shares_from(terms.distributions.shares))


def markedly_unequal(shares: Shares) -> bool:
    """True when the largest share exceeds 1.5 times the smallest, or one side of a
    two-party deal holds more than 60 %."""
    if len(shares) < 2:
        return False
    largest, smallest = max(shares.values()), min(shares.values())
    if smallest <= 0:
        return largest > 0
    if len(shares) == 2 and largest > TWO_PARTY_DOMINANCE:
        return True
    return largest / smallest > IMBALANCE_RATIO


def is_equal_split(shares: Shares) -> bool:
    return len(shares) == 2 and len(set(shares.values())) == 1


def is_fifty_fifty(terms: AgreementTerms) -> bool:
    """A two-party deal where neither side controls the company or the board."""
    if len(terms.parties) != 2:
        return False
    if terms.model is AllianceModel.JOINT_VENTURE and is_equal_split(ownership_shares(terms)):
        return True
    return terms.governance.body is BodyType.BOARD and is_equal_split(vote_shares(terms))


def has_equal_two_party_votes(terms: AgreementTerms) -> bool:
    return len(terms.parties) == 2 and is_equal_split(vote_shares(terms))


def _names_eu_state(text: str) -> bool:
    lowered = text.lower().replace("northern ireland", "")
    return any(state in lowered for state in EU_MEMBER_STATES)


def eu_law_applies(terms: AgreementTerms) -> bool:
    """The governing law or any party's home is an EU member state."""
    places = [terms.governing_law.name, *(party.jurisdiction for party in terms.parties)]
    return any(_names_eu_state(place) for place in places)


def percent_text(value: Decimal) -> str:
    """``Decimal('66.666…')`` -> ``'66.7 %'``; ``Decimal('50')`` -> ``'50 %'``."""
    rounded = value.quantize(Decimal("0.1")).normalize()
    return f"{rounded:f} %"


def describe_shares(shares: Shares) -> str:
    """``{'A': 70, 'B': 30}`` -> ``"A 70 %, B 30 %"``."""
    return ", ".join(f"{party} {percent_text(value)}" for party, value in shares.items())


def plain_percent(value: Decimal) -> str:
    """``Decimal('50')`` -> ``'50%'``; ``Decimal('33.33')`` -> ``'33.33%'``."""
    return f"{value.normalize():f}%"


def gap_text(shares: Shares) -> str:
    """``'20% has no owner'`` or ``'20% more than all of it is promised'``."""
    total = sum(shares.values(), Decimal(0))
    if total < HUNDRED:
        return f"{plain_percent(HUNDRED - total)} of it has no owner"
    return f"{plain_percent(total - HUNDRED)} more than all of it is promised"


def total_problem(shares: Shares) -> tuple[str, str] | None:
    """For shares that do not total 100: the sum spelled out ("Acme 50% + Beta 30% = 80%")
    and a concrete fix ("give Beta 50% or Acme 70%"); None when they total 100."""
    total = sum(shares.values(), Decimal(0))
    if total == HUNDRED or not shares:
        return None
    summed = " + ".join(f"{party} {plain_percent(value)}" for party, value in shares.items()) or "nothing"
    spelled = f"{summed} = {plain_percent(total)}"
    options = []
    for party in reversed(list(shares)) if len(shares) > 1 else list(shares):
        rest = total - shares[party]
        if Decimal(0) <= HUNDRED - rest <= HUNDRED:
            options.append(f"{party} {plain_percent(HUNDRED - rest)}")
        if len(options) == 2:
            break
    fix = f"give {' or '.join(options)}" if options else "lower the shares"
    return spelled, fix
