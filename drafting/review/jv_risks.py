"""Risk flags a lawyer raises that the answers alone do not show: joint-venture parents that
compete with the company they set up, with nothing in the agreement to keep the company's
business for the company (no non-compete, no rule on corporate opportunities); and a public
body or university agreeing to arbitration where the law of its own country limits its
capacity to do so (France, Belgium: profile data).
"""

from __future__ import annotations

from collections.abc import Iterator

from drafting.engine.board_bands import off_band, seat_bands
from drafting.law import profile
from drafting.review.findings import Finding, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel
from drafting.terms.commercial import NonCompeteKind
from drafting.terms.lifecycle import Forum
from drafting.terms.parties import EntityType

#: Words of a drafted rule that keeps the venture's business opportunities for the company.
_OPPORTUNITY_WORDS = ("corporate opportunit", "business opportunit", "opportunities within the business")


@rule(models={AllianceModel.JOINT_VENTURE})
def jv_parent_competes_unrestricted(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    if not ctx.draft.assembled or not terms.competitors or terms.non_compete.kind is not NonCompeteKind.NONE:
        return
    if ctx.draft.has("exclusivity.covenant"):
        return
    # The agreement as drafted, read as a lawyer would: any clause that already allocates
    # opportunities within the company's business answers the point.
    body = " ".join(ctx.draft.text(clause_id).lower() for clause_id in ctx.draft.ids())
    if any(words in body for words in _OPPORTUNITY_WORDS):
        return
    yield note(
        "jv.parent-competes-unrestricted",
        "non_compete.kind",
        "The parents compete in the Company's field, yet the agreement has neither a non-compete nor a rule "
        "on business opportunities: a parent may pursue for itself an opportunity within the Company's "
        "business, while its directors sit on the Company's board and see its plans.",
        "Add a non-compete in the field for as long as each parent holds shares (a restraint ancillary to the "
        "joint venture, limited to its field and territory), or agree that opportunities within the Company's "
        "business are first offered to the Company.",
        clauses=ctx.draft.labels("company.business", "scope.purpose"),
    )


_PUBLIC = frozenset({EntityType.UNIVERSITY, EntityType.PUBLIC_BODY})
_KINDS = {EntityType.UNIVERSITY: "university", EntityType.PUBLIC_BODY: "public body"}


@rule()
def public_party_arbitration(ctx: ReviewContext) -> Iterator[Finding]:
    """A public body or university agreeing to arbitrate: whether it may is a question of
    the law of its own country (``public_arbitration`` in that profile), whatever law governs."""
    terms = ctx.terms
    if terms.disputes.forum is not Forum.ARBITRATION:
        return
    from drafting.law.suggest import profile_of_place

    for party in terms.parties:
        if party.entity_type not in _PUBLIC:
            continue
        found = profile_of_place(party.jurisdiction)
        home = profile(found) if found else None
        said = home.review.get("public_arbitration", "") if home is not None else ""
        if home is not None and said:
            yield note(
                "law.public-party-arbitration",
                "disputes.forum",
                f"{party.short_name} is a {_KINDS[party.entity_type]} in {home.label}, and the "
                f"agreement sends disputes to arbitration: {said}",
                f"Ask {party.short_name} to confirm its authority to agree to arbitration (and attach it), or "
                "choose the courts as the forum.",
                clauses=ctx.draft.labels("disputes.arbitration"),
            )


@rule(models={AllianceModel.JOINT_VENTURE})
def seats_off_band(ctx: ReviewContext) -> Iterator[Finding]:
    """The seats answered for a holder against the seats its holding carries under the bands
    the governing-body clause drafts (drafting/engine/board_bands.py): where they differ, the
    Board the schedule sets up is not the one the clause lets the holders keep."""
    body = ctx.draft.clause("governance.body")
    if body is None or "in the same bands for every" not in ctx.draft.text("governance.body"):
        return
    found = off_band(ctx.terms)
    if not found:
        return
    bands = ", ".join(f"{members} from {least}%" for members, least in seat_bands(ctx.terms))
    each = "; ".join(
        f"{party} is given {seats} but its {held.normalize():f}% holding carries {carried}"
        for party, seats, carried, held in found
    )
    yield warning(
        "jv.seats-off-band",
        "governance.seats",
        f"{body.label.capitalize()} lets each Party appoint members by holding bands ({bands}), but the seats "
        f"answered do not follow them: {each}. From Completion a Party would have to give up a seat, or could "
        "claim one, that the schedule of seats does not show.",
        "Give each Party the number of seats its holding carries under the bands, or, if the Parties want "
        "another allocation, agree bands that produce it and have the governing-body clause changed to state them.",
        clauses=ctx.draft.labels("governance.body", "schedule.governance"),
    )


RULES = (jv_parent_competes_unrestricted, public_party_arbitration, seats_off_band)
