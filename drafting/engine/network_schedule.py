"""The Partner Schedule of an Accession Form: the variables of one partner's contract
(territory, exclusivity, revenue split per band, brand licence, targets, start date,
special terms), as a table, with the split as its own table when it has bands."""

from __future__ import annotations

from drafting.document import Table, TextRun
from drafting.engine import shares_wording, wording
from drafting.engine.environment import clean_text
from drafting.engine.markup import DraftParagraph
from drafting.engine.numbering import DraftSchedule
from drafting.terms import AgreementTerms
from drafting.terms.network import PartnerSchedule

NOT_STATED = "\u2014"

_ROLE_WORDS = {"referrer": "Referral partner", "reseller": "Reseller", "local_operator": "Local operator"}


def split_text(schedule: PartnerSchedule, platform: str, currency: str = "") -> str:
    """ "Partner 30% and Kiosko 70%" for one band; per band otherwise."""
    bands = sorted(schedule.bands, key=lambda band: band.from_amount)
    parts = []
    for index, band in enumerate(bands):
        shares = " and ".join(
            f"{clean_text(entry.payee.label)} {shares_wording.portion_figures(entry.share)}" for entry in band.shares
        )
        if len(bands) == 1:
            return shares
        upper = bands[index + 1].from_amount if index + 1 < len(bands) else None
        low = f"{currency} {wording.money_figures(band.from_amount)}" if band.from_amount else ""
        high = f"{currency} {wording.money_figures(upper)}" if upper else ""
        # Each edge in one band only, as the agreement's own bands word them.
        span = wording.band_range(low.strip(), high.strip())
        parts.append(f"{span}: {shares}")
    return "; ".join(parts) or NOT_STATED


def partner_schedule(terms: AgreementTerms, date_style: str = wording.DAY_MONTH_YEAR) -> DraftSchedule:
    network = terms.network
    assert network is not None and network.partners, "an Accession Form has its partner's schedule"
    schedule = network.partners[0]
    partner = terms.party(schedule.party)
    currency = terms.sharing.currency
    start = wording.long_date(schedule.start_date, date_style) if schedule.start_date else "The date of acceptance"
    rows: tuple[tuple[str, str], ...] = (
        ("Partner", clean_text(partner.legal_name.strip() or partner.short_name)),
        ("Role", _ROLE_WORDS[network.role.value]),
        ("Territory", clean_text(schedule.territory.strip()) or NOT_STATED),
        ("Exclusivity", "Exclusive in the Territory" if schedule.exclusive else "Non-exclusive"),
        ("Revenue split (Partner / platform)", split_text(schedule, network.platform, currency)),
        ("Brand licence", clean_text(schedule.brand_scope.strip()) or "Promotion of the Services in the Territory"),
        ("Targets", clean_text(schedule.targets.strip()) or "No targets"),
        ("Start Date", start),
    )
    # The master terms send the Partner's notices to the addresses its form gives.
    notices = "; ".join(
        part
        for part in (" ".join(clean_text(partner.address).split()), clean_text(partner.notice_email.strip()))
        if part
    )
    rows = (*rows, ("Addresses for notices", notices or NOT_STATED))
    # No special terms is no row: "Special terms: None" reads as a term.
    if schedule.special_terms.strip():
        rows = (*rows, ("Special terms", clean_text(schedule.special_terms.strip())))
    intro = DraftParagraph(
        [TextRun(f"The variables of the contract between {clean_text(network.platform)} and the Partner are:")]
    )
    return DraftSchedule(
        "schedule.partner",
        "Partner Schedule",
        [intro, Table("table.partner", "Partner Schedule", ("Item", "Detail"), rows)],
    )
