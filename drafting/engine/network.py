"""A partner network's documents: the master terms and one Accession Form per partner.

The draft holds the platform, every partner (each a party) and one Partner Schedule per
partner. Neither document is drafted between all of them: the master terms are the
platform's bilateral contract with "the Partner" (a standing counterparty that each
accession fills), so every shared clause reads "either Party", "the other Party" and no
partner is ever a counterparty of another; each Accession Form is drafted for the
platform and one partner, with that partner's schedule.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from drafting.document import AgreementDocument, PartyBlock
from drafting.engine.blueprints import Blueprint, load_blueprint
from drafting.engine.catalogue import TEMPLATES_DIR, default_catalogue
from drafting.engine.environment import clean_text
from drafting.engine.legal_system import law_view
from drafting.terms import AgreementTerms, AllianceModel, EntityType, Party
from drafting.terms.economics import Payee, SplitBand, SplitShare
from drafting.terms.network import NetworkTerms, PartnerSchedule

#: How the master terms and every Accession Form call the partner.
PARTNER = "Partner"
ACCESSION_BLUEPRINT = TEMPLATES_DIR / "network" / "accession.toml"

Assemble = Callable[..., AgreementDocument]


class NetworkError(ValueError):
    """The draft is not a partner network that can be drafted (no block, no platform)."""


def is_network(terms: AgreementTerms) -> bool:
    return terms.model is AllianceModel.PARTNER_NETWORK and terms.network is not None


def _network(terms: AgreementTerms) -> NetworkTerms:
    if terms.network is None:
        raise NetworkError("a partner network needs its network terms (the platform and the partners)")
    return terms.network


def platform_party(terms: AgreementTerms) -> Party:
    network = _network(terms)
    try:
        return terms.party(network.platform)
    except KeyError:
        raise NetworkError(f"the platform '{network.platform}' is not one of the parties") from None


def partners(terms: AgreementTerms) -> tuple[Party, ...]:
    """Every party but the platform, in the order of the parties."""
    platform = _network(terms).platform
    return tuple(party for party in terms.parties if party.short_name != platform)


def _standing_partner(platform: str) -> Party:
    return Party(
        legal_name="Each Partner",
        # "the Partner" as the shared clauses name a party ("Voisineo and the Partner").
        short_name=f"the {PARTNER}",
        entity_type=EntityType.OTHER,
        jurisdiction="",
        address="",
        notice_email="",
    )


def _renamed_bands(bands: Sequence[SplitBand], old: str, new: str) -> tuple[SplitBand, ...]:
    def payee(value: Payee) -> Payee:
        return value.model_copy(update={"party": new}) if value.party == old else value

    return tuple(
        band.model_copy(
            update={"shares": tuple(SplitShare(payee=payee(entry.payee), share=entry.share) for entry in band.shares)}
        )
        for band in bands
    )


def master_view(terms: AgreementTerms) -> AgreementTerms:
    """The master terms as drafted: the platform and the standing Partner, no schedules."""
    network = _network(terms)
    platform = platform_party(terms)
    return terms.model_copy(
        update={
            "parties": (platform, _standing_partner(network.platform)),
            "network": network.model_copy(update={"partners": ()}),
            # Every partner receives the master terms: the background of the draft
            # (how many partners, of what kind) is no business of theirs and dates fast.
            "background": "",
        }
    )


def accession_view(terms: AgreementTerms, party: Party, schedule: PartnerSchedule) -> AgreementTerms:
    """One partner's accession: the platform and that partner (called the Partner), with
    its own schedule only. ``party`` and ``schedule`` may come from the draft or from a
    CSV row; the result is checked like any terms."""
    network = _network(terms)
    platform = platform_party(terms)
    partner = party.model_copy(update={"short_name": PARTNER})
    own = schedule.model_copy(
        update={"party": PARTNER, "bands": _renamed_bands(schedule.bands, schedule.party, PARTNER)}
    )
    data = terms.model_dump(mode="python")
    data["parties"] = [platform.model_dump(mode="python"), partner.model_dump(mode="python")]
    data["network"] = {**network.model_dump(mode="python"), "partners": [own.model_dump(mode="python")]}
    # The draft's background describes the whole network (how many partners, of what
    # kind): it is no business of one partner. The term's date stays the master terms'
    # date, which identifies the version the partner accedes to.
    data["background"] = ""
    return AgreementTerms.model_validate(data)


@functools.cache
def accession_blueprint(spelling: str = "en-GB") -> Blueprint:
    return load_blueprint(default_catalogue(spelling), ACCESSION_BLUEPRINT, AllianceModel.PARTNER_NETWORK)


def dress_master(document: AgreementDocument, terms: AgreementTerms) -> AgreementDocument:
    """The master terms' front and back: the platform, then "each Partner" as the party
    each accession fills; the platform alone issues them (each partner signs its own
    Accession Form)."""
    platform = platform_party(terms)
    name = clean_text(platform.short_name)
    legal = clean_text(platform.legal_name.strip() or platform.short_name)
    standing = PartyBlock(
        number=2,
        legal_name="Each Partner",
        short_name=PARTNER,
        description=f"being each person that joins the partner network of {name} by an Accession Form {name} accepts",
    )
    return dataclasses.replace(
        document,
        parties=(document.parties[0], standing),
        signatures=tuple(block for block in document.signatures if block.party_short_name == name),
        # Not the law's "made in two originals, one for each Party": the platform alone
        # issues the master terms, and each partner accepts them in its own Accession Form.
        execution_statement=(
            f"These Master Terms are issued by {legal}. Each Partner accepts them by signing its Accession "
            f"Form, and they bind {name} and that Partner when {name} countersigns it."
        ),
        cover=dataclasses.replace(document.cover, subtitle=f"issued by {legal} to each of its partners"),
        metadata=dataclasses.replace(document.metadata, subject=f"{document.metadata.title} of {name}"[:255]),
    )


def assemble_master(terms: AgreementTerms, assemble: Assemble, **options: Any) -> AgreementDocument:
    """The master terms of ``terms`` (``assemble``: the engine's ``assemble_agreement``)."""
    view = master_view(terms)
    # The notes count and compare the partners, which the view leaves out.
    whole = options.pop("whole", None) or terms
    return dress_master(assemble(view, whole=whole, **options), view)


def assemble_accession(
    terms: AgreementTerms,
    party: Party,
    schedule: PartnerSchedule,
    assemble: Assemble,
    **options: Any,
) -> AgreementDocument:
    """One partner's Accession Form with its Partner Schedule."""
    view = accession_view(terms, party, schedule)
    spelling = law_view(view).spelling
    blueprints: Mapping[AllianceModel, Blueprint] = {AllianceModel.PARTNER_NETWORK: accession_blueprint(spelling)}
    document = assemble(view, blueprints=blueprints, **options)
    legal = clean_text(party.legal_name.strip() or party.short_name)
    platform = clean_text(platform_party(terms).short_name)
    title = accession_blueprint(spelling).title
    return dataclasses.replace(
        document,
        # Not "This Agreement is dated ...": the form is dated when the platform accepts it.
        cover=dataclasses.replace(
            document.cover,
            title=title,
            subtitle=f"{legal} joining the partner network of {platform}",
            date_text="",
            date_line="",
        ),
        metadata=dataclasses.replace(document.metadata, title=f"{title} — {legal}"[:255], subject=title),
    )
