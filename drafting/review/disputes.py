"""Dispute resolution: arbitration needs a seat and a language, a court forum needs named
courts, every tier needs a deadline, and multi-party arbitration needs joinder rules."""

from __future__ import annotations

from collections.abc import Iterator

from drafting.law import profile
from drafting.review.findings import Finding, error, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms.lifecycle import Forum

DEADLINE_FIX = (
    "Give every step a deadline: for example, senior managers meet within 30 days of a "
    "written notice, and mediation must finish within 45 days, after which either party may "
    "go to arbitration or court."
)


@rule()
def arbitration_seat_and_language(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    disputes = terms.disputes
    if disputes.forum is not Forum.ARBITRATION:
        return
    arbitration = disputes.arbitration
    if arbitration is None or not arbitration.seat.strip():
        yield error(
            "disputes.arbitration-seat-missing",
            "disputes.arbitration.seat",
            "Disputes go to arbitration, but no seat (the legal home of the arbitration, e.g. "
            "London or Paris) is chosen. The seat decides which courts supervise the arbitration "
            "and whether an award can be challenged; without it the clause may be unworkable.",
            "Choose the seat: a city in a country that has signed the New York Convention, "
            "such as London, Paris, Geneva, Stockholm or Singapore.",
            clauses=ctx.draft.labels("disputes.arbitration"),
        )
    if arbitration is None or not arbitration.language.strip():
        yield error(
            "disputes.arbitration-language-missing",
            "disputes.arbitration.language",
            "Disputes go to arbitration, but the language of the proceedings is not chosen; "
            "fighting about the language first adds cost and delay.",
            "Choose the language, usually the language of the agreement.",
            clauses=ctx.draft.labels("disputes.arbitration"),
        )
    if arbitration is not None and arbitration.arbitrators == 2:
        yield warning(
            "disputes.even-arbitrators",
            "disputes.arbitration.arbitrators",
            "Two arbitrators can split evenly and fail to reach an award.",
            "Choose one arbitrator (cheaper, faster) or three.",
            clauses=ctx.draft.labels("disputes.arbitration"),
        )
    if arbitration is not None and len(terms.parties) > 2:
        missing = _multi_party_gaps(ctx)
        if missing:
            yield note(
                "disputes.multi-party-arbitration",
                "disputes.arbitration",
                "With more than two parties, a dispute may have more than two sides. The arbitration "
                f"clause does not provide for {_listed(missing)}.",
                "Use institutional rules with multi-party provisions (ICC, LCIA, SIAC) and add joinder, "
                "consolidation and appointment of the whole tribunal by the institution.",
                clauses=ctx.draft.labels("disputes.arbitration"),
            )


#: What a multi-party arbitration clause needs, and the words that show the drafted clause
#: already provides it (the library's own clause says all three; a lawyer's override may not).
MULTI_PARTY_PROVISIONS = (
    ("the joinder of other parties", ("may be joined", "joinder")),
    ("the consolidation of arbitrations", ("consolidat",)),
    (
        "the appointment of the whole tribunal by the institution where the parties do not form two sides",
        ("appoint every member of the tribunal", "appoint all members of the tribunal", "appoint all arbitrators"),
    ),
)


def _multi_party_gaps(ctx: ReviewContext) -> list[str]:
    """The multi-party provisions the assembled arbitration clause lacks (all of them when
    the draft could not be assembled: the answers alone cannot show them)."""
    text = ctx.draft.text("disputes.arbitration").casefold()
    arbitration = ctx.terms.disputes.arbitration
    # A sole arbitrator is appointed jointly or by the institution under its rules: no
    # side nominates, so there is no two-sides problem to provide for.
    sole = arbitration is not None and arbitration.arbitrators == 1
    return [
        name
        for index, (name, words) in enumerate(MULTI_PARTY_PROVISIONS)
        if not (sole and index == len(MULTI_PARTY_PROVISIONS) - 1) and not any(word in text for word in words)
    ]


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


@rule()
def named_courts(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    disputes = terms.disputes
    named = disputes.courts is not None and disputes.courts.courts.strip()
    # Under a law with a profile, no courts named means that law's usual courts.
    default = profile(terms.governing_law.profile).courts if terms.governing_law.profile else ""
    if disputes.forum is Forum.COURTS and not named and not default:
        yield error(
            "disputes.courts-missing",
            "disputes.courts.courts",
            "Disputes go to court, but no court is named. The parties could end up suing each "
            "other in different countries at the same time.",
            "Name the courts, for example 'the courts of England and Wales' or 'the Paris "
            "Commercial Court', and say whether their jurisdiction is exclusive.",
            clauses=ctx.draft.labels("disputes.courts"),
        )


@rule()
def tier_deadlines(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    disputes = terms.disputes
    if disputes.negotiation and not disputes.negotiation_days:
        yield warning(
            "disputes.negotiation-deadline-missing",
            "disputes.negotiation_days",
            "Disputes first go to negotiation, with no deadline. A party that wants delay can "
            "keep 'negotiating' for ever and block the next step.",
            DEADLINE_FIX,
            clauses=ctx.draft.labels("disputes.negotiation"),
        )
    if disputes.mediation is not None and disputes.mediation.days == 0:
        yield warning(
            "disputes.mediation-deadline-missing",
            "disputes.mediation.days",
            "Mediation has no deadline, so it can hold up the final step indefinitely.",
            DEADLINE_FIX,
            clauses=ctx.draft.labels("disputes.mediation"),
        )


@rule()
def injunctive_relief(ctx: ReviewContext) -> Iterator[Finding]:
    if not ctx.terms.disputes.injunctive_carve_out:
        yield note(
            "disputes.no-injunction-carve-out",
            "disputes.injunctive_carve_out",
            "A party cannot go straight to court to stop a leak of confidential information or "
            "an IP infringement; it must first go through every dispute step.",
            "Allow urgent court orders (injunctions) for confidentiality and IP breaches.",
            clauses=ctx.draft.labels("disputes.interim_relief"),
        )


RULES = (arbitration_seat_and_language, named_courts, tier_deadlines, injunctive_relief)
