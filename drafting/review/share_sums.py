"""Exact sums of shares and the sentence that explains a sum that is not the whole:
"Acme 50% + Beta 30% = 80%, not 100%: give Beta 50%, or Acme 70%."

Shares are added as fractions, so six sixths make exactly one and a total of 100.02%
from rounded percentages is never reported as an error when the fractions are exact.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fractions import Fraction

from drafting.terms import PartyShare
from drafting.terms.portions import share_text

#: One named share: who gets it and how much of the whole.
NamedShare = tuple[str, Fraction]


def exact_sum(shares: Sequence[NamedShare]) -> Fraction:
    return sum((portion for _, portion in shares), Fraction(0))


def sum_sentence(shares: Sequence[NamedShare]) -> str:
    """ "Acme 50% + Beta 30% = 80%"."""
    terms = " + ".join(f"{name} {share_text(portion)}" for name, portion in shares)
    return f"{terms} = {share_text(exact_sum(shares))}"


def corrections(shares: Sequence[NamedShare]) -> str:
    """What would make the shares the whole: "give Beta 50%, or Acme 70%"; changing the
    last share is offered first (it is usually the one typed last)."""
    total = exact_sum(shares)
    offers: list[str] = []
    seen: set[str] = set()
    for name, portion in (*reversed(shares[-1:]), *shares[:1]):
        needed = 1 - (total - portion)
        if name not in seen and 0 <= needed <= 1:
            offers.append(f"{name} {share_text(needed)}")
            seen.add(name)
    if not offers:
        return "lower the shares so that together they make 100%"
    return "give " + ", or ".join(offers)


def not_whole_message(shares: Sequence[NamedShare], where: str, consequence: str) -> str:
    """The full finding message for shares that do not make the whole."""
    return f"{where}: {sum_sentence(shares)}, not 100%: {corrections(shares)}. {consequence}"


def exact_total_problem(entries: Iterable[PartyShare]) -> tuple[str, str] | None:
    """For shares that do not make the whole, exactly: the sum spelled out ("Acme 50% +
    Beta 30% = 80%", or "A 1/3 + B 1/3 = 2/3") and a fix ("give Beta 50% or Acme 70%");
    None when they make exactly the whole (six sixths do)."""
    named: dict[str, Fraction] = {}
    for entry in entries:
        named[entry.party] = named.get(entry.party, Fraction(0)) + entry.exact
    total = sum(named.values(), Fraction(0))
    if total == 1 or not named:
        return None
    summed = " + ".join(f"{party} {share_text(value)}" for party, value in named.items())
    options = []
    for party in reversed(list(named)) if len(named) > 1 else list(named):
        needed = 1 - (total - named[party])
        if 0 <= needed <= 1:
            options.append(f"{party} {share_text(needed)}")
        if len(options) == 2:
            break
    fix = f"give {' or '.join(options)}" if options else "lower the shares"
    return f"{summed} = {share_text(total)}", fix


def exact_gap_text(entries: Iterable[PartyShare]) -> str:
    """``'20% of it has no owner'`` or ``'1/42 more than all of it is promised'``, exactly."""
    total = sum((entry.exact for entry in entries), Fraction(0))
    if total < 1:
        return f"{share_text(1 - total)} of it has no owner"
    return f"{share_text(total - 1)} more than all of it is promised"
