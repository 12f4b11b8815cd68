"""Co-marketing points of law read from the legal-system profiles' ``[review]`` data:

- a discounted package that includes an alcohol product, where the law of a market the
  deal touches restricts promotions of alcohol with other products (``alcohol_bundle``:
  in Ireland, section 23 of the Public Health (Alcohol) Act 2018);
- a licence of marks answered for a territory other than the Programme's: the draft
  licenses the marks in the Programme's territory only, and says so;
- a Campaign that sells a stay with another travel service: very likely a package, whose
  organiser the draft names (``co_marketing.packages``) and who must hold insolvency
  protection before the first package is sold.

A profile without the key says nothing, so a law joins a point by adding its text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from drafting.engine.travel import ACCOMMODATION, TRAVEL_SERVICE, travel_package
from drafting.law import profile
from drafting.review.findings import Finding, listing, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel
from drafting.terms.extras import RegulatedCategory

#: Words in an obligation that make the package a price promotion to customers: a
#: discount, a reduced or special price, something free ("at cost" between the parties
#: is a supply term, not a promotion).
_DISCOUNT = re.compile(r"\bdiscount|\d+\s*%\s*off\b|\breduced price|\bspecial price|\bfree of charge\b", re.I)


#: Words in the alcohol seller's own obligation that put its product into the packages
#: (a bottle per package, a gift with every booking): the structure of a bundle.
_INCLUDED = re.compile(
    r"\bper (?:package|booking|stay)|\b(?:in|with) (?:every|each) (?:package|booking|stay)|\bpackages?\b|\bbundles?\b|"
    r"\bincluded\b|\bcomplimentary\b|\bgifts?\b|\bfree\b",
    re.I,
)


@rule(models={AllianceModel.CO_MARKETING})
def alcohol_bundle(ctx: ReviewContext) -> Iterator[Finding]:
    """A Campaign whose packages put an alcohol product together with a discount or with
    other goods and services: the structure of the offer, whatever its advertising says."""
    campaign = ctx.terms.co_marketing
    if campaign is None:
        return
    sellers = [item.party for item in campaign.regulated_products if item.category is RegulatedCategory.ALCOHOL]
    obligations = ctx.terms.scope.obligations
    priced = [item for item in obligations if _DISCOUNT.search(item.description)]
    included = [item for item in obligations if item.party in sellers and _INCLUDED.search(item.description)]
    if not sellers or not (priced or included):
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

    def quoted(items: list[Any]) -> str:
        return "; ".join(f"{item.party}: {item.description.strip().rstrip('.')}" for item in items)

    label = ctx.draft.label("scope.obligations").capitalize() or "The responsibilities"
    regulated = ctx.draft.label("co_marketing.regulated") or "the regulated products clause"
    parts = []
    if included:
        parts.append(f"puts {sellers[0]}'s alcohol products into the Campaign's packages ({quoted(included)})")
    if priced:
        parts.append(f"offers the packages at a reduced price ({quoted(priced)})")
    yield warning(
        "co-marketing.alcohol-bundle",
        "scope.obligations",
        f"{label} {' and '.join(parts)}"
        + ("" if included else f", and the Campaign includes {sellers[0]}'s alcohol products ({regulated})")
        + ". "
        f"{laws} The breach would lie in the structure of the offer, not in its wording: a package that includes "
        "alcohol and discounts the whole, or gives the alcohol with a stay or another service, may fall within that "
        f"restriction however its advertisements are approved. {regulated.capitalize()} forbids that structure "
        "unless the Regulated Party confirms in writing that the rules allow it, so the package as answered would "
        "have to change.",
        "Have the discount apply only to the other products and services in the package (the alcohol at its "
        "usual price, shown separately, or left out of the package), or take advice on the package before it is "
        "advertised, and change the responsibilities to match.",
        clauses=ctx.draft.labels("scope.obligations", "co_marketing.regulated"),
        items=list(dict.fromkeys(item.party for item in [*included, *priced])),
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


@rule(models={AllianceModel.CO_MARKETING})
def package_travel(ctx: ReviewContext) -> Iterator[Finding]:
    """A Campaign that sells accommodation together with another travel service."""
    travel = travel_package(ctx.terms)
    clause = ctx.draft.label("co_marketing.packages")
    if travel is None or not clause:
        return
    stays = [item for item in ctx.terms.scope.obligations if ACCOMMODATION.search(item.description)]
    services = [item for item in ctx.terms.scope.obligations if TRAVEL_SERVICE.search(item.description)]
    quoted = "; ".join(
        f"{item.party}: {item.description.strip().rstrip('.')}" for item in [*stays, *services]
    ) or ctx.terms.scope.purpose.strip().rstrip(".")
    statute = _statute(ctx)
    organiser = travel.organiser or "the party that sells a package"
    yield warning(
        "co-marketing.package-travel",
        "scope.obligations",
        f"The Campaign sells accommodation together with another travel service ({quoted}). Sold or advertised "
        f"at an inclusive price, that is very likely a package under {statute}: its organiser answers to the "
        "traveller for every service in it and must hold protection against its insolvency before the first "
        f"package is sold. {clause.capitalize()} makes {organiser} the organiser and the other party its supplier.",
        f"Confirm that {organiser} can act as organiser and holds (or will obtain) the insolvency protection "
        "before launch; otherwise have each party sell its own service separately, at its own price, never "
        "advertised together at one price, and change the responsibilities to match.",
        clauses=ctx.draft.labels("co_marketing.packages", "scope.obligations"),
        items=list(dict.fromkeys(item.party for item in [*stays, *services])),
    )


def _statute(ctx: ReviewContext) -> str:
    """The package travel statute of the governing law ("the package travel rules of
    each market" where the profile names none)."""
    text = profile(ctx.terms.governing_law.profile or "neutral").clause("package_travel_law")
    return text or "the package travel rules of each country where the packages are sold"


RULES = (alcohol_bundle, marks_outside_programme, package_travel)
