"""Partner networks, by the country of each partner: the law of the partner's place, not
only the governing law, decides whether a partner paid on the customers it brings is a
commercial agent and whether it must be given a disclosure document before it signs
(the texts are profile data, ``[review] commercial_agent`` and ``precontract_disclosure``);
territories that hold back a non-exclusive partner; special terms that touch what the
master terms settle."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafting.law import profile
from drafting.review.facts import EU_MEMBER_STATES
from drafting.review.findings import Finding, warning
from drafting.review.rules import ReviewContext, rule
from drafting.review.systems import profile_of
from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.commercial import ExclusivityKind, NonCompeteKind
from drafting.terms.network import NetworkRole

NETWORK = {AllianceModel.PARTNER_NETWORK}
#: Where EU (VBER art. 4(b)) or Swiss (LCart art. 5(4)) law forbids holding a
#: non-exclusive partner to its territory.
_SWITZERLAND = frozenset({"switzerland", "suisse", "schweiz", "svizzera"})
#: What a special term may touch that the master terms already settle: (words, clause).
_SETTLED = (
    (re.compile(r"\b(currenc\w*|francs?|dollars?|pounds?|exchange|rate)\b", re.I), "network_revenue.taxes"),
    (re.compile(r"\b(notice|terminat\w*|end this)\b", re.I), "network_exit.platform_termination"),
    (re.compile(r"\b(liab\w*|indemn\w*)\b", re.I), "liability.cap"),
    (re.compile(r"\b(invoice\w*|statement\w*|payment\w*|pay)\b", re.I), "network_revenue.statements"),
)


def _partners_by_system(terms: AgreementTerms) -> dict[str, list[str]]:
    network = terms.network
    assert network is not None
    found: dict[str, list[str]] = {}
    for party in terms.parties:
        if party.short_name != network.platform and party.jurisdiction.strip():
            found.setdefault(profile_of(party.jurisdiction), []).append(party.short_name)
    return found


def _names(names: list[str]) -> str:
    return ", ".join(names[:4]) + (f" and {len(names) - 4} more" if len(names) > 4 else "")


@rule(models=NETWORK)
def agent_by_country(ctx: ReviewContext) -> Iterator[Finding]:
    """A partner who brings customers for a share of their subscriptions, under the law
    of its own country (a reseller buys and resells, and is no agent)."""
    network = ctx.terms.network
    if network is None or network.role is NetworkRole.RESELLER:
        return
    places = []
    for system, names in sorted(_partners_by_system(ctx.terms).items()):
        said = profile(system).review.get("commercial_agent", "")
        if said:
            places.append(
                f"{_names(names)} {'is' if len(names) == 1 else 'are'} in {profile(system).label}, where {said}"
            )
    if places:
        # One finding for the network, each country's law in turn.
        yield warning(
            "network.agent-by-country",
            "network.role",
            " ".join(places),
            "Keep each partner's job to promotion and introduction (an apporteur d'affaires, never "
            "negotiating), budget for the indemnity, or appoint partners as resellers.",
            clauses=ctx.draft.labels("network_partner.representations", "network_revenue.split"),
        )


@rule(models=NETWORK)
def disclosure_by_country(ctx: ReviewContext) -> Iterator[Finding]:
    """Pre-contractual disclosure owed to a partner that uses the platform's brand."""
    terms = ctx.terms
    if terms.network is None:
        return
    exclusive = terms.non_compete.kind is not NonCompeteKind.NONE or terms.exclusivity.kind is not ExclusivityKind.NONE
    places = []
    for system, names in sorted(_partners_by_system(terms).items()):
        chosen = profile(system)
        said = chosen.review.get("precontract_disclosure", "") or (
            chosen.review.get("precontract_disclosure_exclusive", "") if exclusive else ""
        )
        if said:
            places.append(f"{_names(names)} {'is' if len(names) == 1 else 'are'} in {chosen.label}, where {said}")
    if places:
        yield warning(
            "network.precontract-disclosure",
            "network.partners",
            " ".join(places),
            "Prepare the disclosure document, give it in time, and have each partner acknowledge "
            "receipt in its Accession Form.",
            clauses=ctx.draft.labels("network_structure.contract", "network_brand.licence"),
        )


@rule(models=NETWORK)
def territory_of_non_exclusive(ctx: ReviewContext) -> Iterator[Finding]:
    """A non-exclusive partner in the EU or Switzerland kept to its territory: a hardcore
    restriction (VBER art. 4(b); LCart art. 5(4)), unless the clause leaves it free."""
    terms = ctx.terms
    network = terms.network
    if network is None or not ctx.draft.has("network_appointment.territory"):
        return
    if ctx.draft.contains(
        "nothing prevents the Partner from promoting the Services outside it", "network_appointment.territory"
    ):
        return
    held = []
    for schedule in network.partners:
        try:
            place = terms.party(schedule.party).jurisdiction.strip().casefold()
        except KeyError:
            continue
        if (
            not schedule.exclusive
            and schedule.territory.strip()
            and (place in EU_MEMBER_STATES or place in _SWITZERLAND)
        ):
            held.append(schedule.party)
    if held:
        yield warning(
            "network.territory-restriction",
            "network.partners",
            f"{_names(held)} {'is' if len(held) == 1 else 'are'} non-exclusive, yet the territory clause keeps "
            "the Partner to its Territory: restricting a non-exclusive partner's sales outside it is a hardcore "
            "restriction in the EU (Regulation 2022/720, art. 4(b)) and in Switzerland (LCart art. 5(4)).",
            "Say that a non-exclusive partner may promote the Services outside its Territory, except actively "
            "into a territory allocated exclusively to another partner.",
            clauses=ctx.draft.labels("network_appointment.territory"),
        )


@rule(models=NETWORK)
def special_terms_touch_master(ctx: ReviewContext) -> Iterator[Finding]:
    """A special term on what the master terms settle: the schedule prevails only for its
    own variables, so the term may be void or fight the master clause."""
    network = ctx.terms.network
    if network is None:
        return
    for index, schedule in enumerate(network.partners):
        text = schedule.special_terms.strip()
        touched = [clause for pattern, clause in _SETTLED if pattern.search(text)]
        if touched:
            yield warning(
                "network.special-terms-conflict",
                f"network.partners[{index}].special_terms",
                f"{schedule.party}'s special terms ('{text[:80]}') touch what the master terms settle in "
                f"{', '.join(ctx.draft.labels(*touched)) or 'the master terms'}; the Partner Schedule prevails "
                "only for its own variables.",
                "Write the special term as an express change to the named clause (whose rate, which date, "
                "what happens otherwise), or leave it to the master terms.",
                clauses=ctx.draft.labels(*touched),
            )


RULES = (agent_by_country, disclosure_by_country, territory_of_non_exclusive, special_terms_touch_master)
