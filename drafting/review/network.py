"""Partner networks (precedent 12): the consistency rules of the precedent (each
partner has one schedule, each schedule's split makes the whole, exclusive territories
do not overlap) and its risk flags (commercial-agent and worker characterisation,
territorial restrictions, cross-border withholding on the shares)."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from drafting.review.findings import Finding, error, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel, EntityType
from drafting.terms.portions import share_text

NETWORK = {AllianceModel.PARTNER_NETWORK}


@rule(models=NETWORK)
def network_block(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    if terms.network is None:
        yield error(
            "network.missing",
            "network",
            "The agreement is a partner network, but the platform and the partners' schedules are not set.",
            "Choose the platform and add the partners on the Partner network section.",
        )


@rule(models=NETWORK)
def schedules(ctx: ReviewContext) -> Iterator[Finding]:
    """Every partner has a Partner Schedule, and every band of it makes the whole."""
    network = ctx.terms.network
    if network is None:
        return
    names = [party.short_name for party in ctx.terms.parties if party.short_name != network.platform]
    without = [name for name in names if network.schedule_for(name) is None]
    if without:
        yield error(
            "network.schedule-missing",
            "network.partners",
            f"{', '.join(without)} {'has' if len(without) == 1 else 'have'} no Partner Schedule, so "
            f"{'its' if len(without) == 1 else 'their'} Accession Form cannot state a territory or a split.",
            "Add a row for each partner in the table of partners.",
            clauses=ctx.draft.labels("network_structure.precedence"),
        )
    for index, schedule in enumerate(network.partners):
        if not schedule.bands:
            yield error(
                "network.split-missing",
                f"network.partners[{index}].bands",
                f"{schedule.party}'s Partner Schedule has no revenue split, yet the revenue share article "
                "pays the Partner the share its schedule sets.",
                f"Give {schedule.party}'s share of the revenue (for example 30%).",
                clauses=ctx.draft.labels("network_revenue.split"),
            )
            continue
        for band in schedule.bands:
            if band.total != Fraction(1):
                parts = " + ".join(f"{entry.payee.label} {share_text(entry.share)}" for entry in band.shares)
                yield error(
                    "network.split-total",
                    f"network.partners[{index}].bands",
                    f"{schedule.party}'s split does not make the whole: {parts} = {share_text(band.total)}, not 100%.",
                    f"Make {schedule.party}'s share and {network.platform}'s share add up to 100%.",
                    clauses=ctx.draft.labels("network_revenue.split"),
                )
                break
        if not schedule.territory.strip():
            yield error(
                "network.territory-missing",
                f"network.partners[{index}].territory",
                f"{schedule.party}'s Partner Schedule has no territory, which the appointment and the brand "
                "licence both refer to.",
                f"Describe where {schedule.party} acts (a city, a region, a country).",
                clauses=ctx.draft.labels("network_appointment.territory"),
            )


@rule(models=NETWORK)
def exclusive_overlap(ctx: ReviewContext) -> Iterator[Finding]:
    """Two partners exclusive in the same territory: the platform breaks one promise."""
    network = ctx.terms.network
    if network is None:
        return
    holders: dict[str, list[str]] = {}
    for schedule in network.partners:
        if schedule.exclusive and schedule.territory.strip():
            holders.setdefault(" ".join(schedule.territory.lower().split()), []).append(schedule.party)
    for territory, names in holders.items():
        if len(names) > 1:
            index = next(i for i, item in enumerate(network.partners) if item.party == names[1])
            yield error(
                "network.exclusive-overlap",
                f"network.partners[{index}].exclusive",
                f"{' and '.join(names)} are each promised exclusivity in the same territory ('{territory}'): "
                f"{network.platform} cannot keep both promises.",
                "Make one of them non-exclusive, or split the territory between them.",
                clauses=ctx.draft.labels("network_appointment.territory"),
            )


@rule(models=NETWORK)
def commercial_agents(ctx: ReviewContext) -> Iterator[Finding]:
    """Partners who negotiate in the platform's name, and individual partners."""
    terms = ctx.terms
    network = terms.network
    if network is None:
        return
    if network.agency:
        yield warning(
            "network.commercial-agent",
            "network.agency",
            f"Partners negotiate sales in {network.platform}'s name, so in the EU (and in Switzerland) each is "
            "likely a commercial agent, owed a mandatory indemnity or compensation when its accession ends.",
            "Budget for the indemnity, or let partners refer customers without negotiating for the platform.",
            clauses=ctx.draft.labels("network_partner.representations"),
        )
    people = [party.short_name for party in terms.parties if party.entity_type is EntityType.INDIVIDUAL]
    if people:
        yield note(
            "network.individual-partner",
            "network.partners",
            f"{', '.join(people)} {'is an individual' if len(people) == 1 else 'are individuals'}: a partner "
            "who works alone, on targets set by the platform, may be treated as an employee (in France the "
            "registration presumption of article L. 8221-6 of the Labour Code yields to actual subordination) "
            "or as a commercial agent.",
            "Keep the partner free to organise its own work and to serve others; collect its registration and "
            "the attestations the partner's country requires of a contractor.",
            clauses=ctx.draft.labels("network_accession.capacity"),
        )


@rule(models=NETWORK)
def cross_border_shares(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    network = terms.network
    if network is None:
        return
    try:
        home = terms.party(network.platform).jurisdiction.strip().lower()
    except KeyError:
        return
    abroad = [
        party.short_name
        for party in terms.parties
        if party.short_name != network.platform
        and party.jurisdiction.strip()
        and party.jurisdiction.strip().lower() != home
    ]
    if abroad:
        yield note(
            "network.cross-border-shares",
            "network.partners",
            f"Partners outside the platform's country ({', '.join(abroad[:4])}{', ...' if len(abroad) > 4 else ''}; "
            f"{len(abroad)} in all) may have their shares cut by withholding tax; their invoices carry no VAT "
            f"where the reverse charge applies, {network.platform} accounting for it itself.",
            "Collect each foreign partner's tax residence and indirect-tax number before the first statement.",
            clauses=ctx.draft.labels("network_revenue.taxes"),
        )


RULES = (network_block, schedules, exclusive_overlap, commercial_agents, cross_border_shares)
