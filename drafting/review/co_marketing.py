"""Co-marketing points of law read from the legal-system profiles' ``[review]`` data:

- a discounted package that includes an alcohol product, where the law of a market the
  deal touches restricts promotions of alcohol with other products (``alcohol_bundle``:
  in Ireland, section 23 of the Public Health (Alcohol) Act 2018);
- a licence of marks answered for a territory other than the Programme's: the draft
  licenses the marks in the Programme's territory only, and says so.

A profile without the key says nothing, so a law joins a point by adding its text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafting.law import profile
from drafting.review.findings import Finding, listing, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel
from drafting.terms.extras import RegulatedCategory

#: Words in an obligation that make the package a price promotion to customers: a
#: discount, a reduced or special price, something free ("at cost" between the parties
#: is a supply term, not a promotion).
_DISCOUNT = re.compile(r"\bdiscount|\d+\s*%\s*off\b|\breduced price|\bspecial price|\bfree of charge\b", re.I)


@rule(models={AllianceModel.CO_MARKETING})
def alcohol_bundle(ctx: ReviewContext) -> Iterator[Finding]:
    """An alcohol product in a Campaign whose packages are sold at a discount."""
    campaign = ctx.terms.co_marketing
    if campaign is None:
        return
    sellers = [item.party for item in campaign.regulated_products if item.category is RegulatedCategory.ALCOHOL]
    priced = [item for item in ctx.terms.scope.obligations if _DISCOUNT.search(item.description)]
    if not sellers or not priced:
        return
    said: dict[str, list[str]] = {}
    for system in sorted(ctx.systems):
        chosen = profile(system)
        text = chosen.review.get("alcohol_bundle", "")
        if text:
            said.setdefault(text, []).append(chosen.label)
    if not said:
        return
    laws = " ".join(f"Under the law of {' and '.join(labels)}, {text}." for text, labels in said.items())
    quoted = "; ".join(f"{item.party}: {item.description.strip().rstrip('.')}" for item in priced)
    yield warning(
        "co-marketing.alcohol-bundle",
        "scope.obligations",
        f"{ctx.draft.label('scope.obligations').capitalize() or 'The responsibilities'} offers the Campaign's "
        f"packages at a reduced price ({quoted}), and the Campaign includes {sellers[0]}'s alcohol products "
        f"({ctx.draft.label('co_marketing.regulated') or 'the regulated products'}). {laws} A package that "
        "discounts the whole, alcohol included, may fall within that restriction.",
        "Have the discount apply only to the other products and services in the package (the alcohol at its "
        "usual price, or left out of the package), or take advice on the package before it is advertised, and "
        "change the responsibilities to match.",
        clauses=ctx.draft.labels("scope.obligations", "co_marketing.regulated"),
        items=[item.party for item in priced],
    )


#: Short names of places, read as their full names when two territories are compared.
_PLACES = {"eea": "european economic area", "uk": "united kingdom", "eu": "european union", "usa": "united states"}


def _places(territory: str) -> frozenset[str]:
    """The places a territory answer names ("EEA and UK" and "the European Economic Area
    and the United Kingdom" are the same)."""
    text = territory.lower().replace("&", " and ").replace(";", ",")
    parts = re.split(r",|\band\b", text)
    names = (re.sub(r"^(?:the|in)\s+", "", " ".join(part.split())) for part in parts)
    return frozenset(_PLACES.get(name, name) for name in names if name)


@rule(models={AllianceModel.CO_MARKETING})
def marks_outside_programme(ctx: ReviewContext) -> Iterator[Finding]:
    """A licence of marks answered for a territory other than the Programme's."""
    area = ctx.terms.scope.territory.strip()
    licence = ctx.draft.label("ip.brand_licence")
    if not area or not licence or not ctx.draft.label("scope.field_and_territory"):
        return
    wanted = _places(area)
    off = [item for item in ctx.terms.ip.brand_licences if item.territory.strip() and _places(item.territory) != wanted]
    if not off:
        return
    by_area: dict[str, list[str]] = {}
    for item in off:
        by_area.setdefault(item.territory.strip(), []).append(item.licensor)
    answered = "; ".join(f"the marks of {listing(owners)} in {where}" for where, owners in by_area.items())
    yield note(
        "co-marketing.marks-territory",
        "ip.brand_licences",
        f"The answers license {answered}, but the Programme runs in {area} "
        f"({ctx.draft.label('scope.field_and_territory')}). {licence.capitalize()} licenses the Marks in the "
        "Programme's territory only, because a licence of marks for a campaign should reach no further than "
        "the campaign.",
        f"If the Campaign is also run in {listing(list(by_area))}, widen the "
        "Programme's territory; otherwise change the territory of the licence of marks to match it.",
        clauses=ctx.draft.labels("ip.brand_licence", "scope.field_and_territory"),
        items=[item.licensor for item in off],
    )


RULES = (alcohol_bundle, marks_outside_programme)
