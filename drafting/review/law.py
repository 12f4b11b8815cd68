"""The governing law: a law without a profile needs local counsel, a choice that the
chosen law does not enforce is reported rather than quietly changed, and a forum named
"other" must be named.

Rules here read the legal-system profile (``drafting.law``), never a list of countries
in code: what a system enforces is data in ``clause_templates/law/``.
"""

from __future__ import annotations

from collections.abc import Iterator

from drafting.law import NEUTRAL, profile
from drafting.review.distribution_notice import notice_against_relationship
from drafting.review.findings import Finding, error, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel
from drafting.terms.lifecycle import Forum, Institution, MediationProvider


@rule()
def law_without_profile(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    law = terms.governing_law
    if law.profile != NEUTRAL:
        return
    if not law.other.strip():
        yield error(
            "law.other-law-unnamed",
            "governing_law.other",
            "The agreement is to be governed by another law, but the law is not named, so the "
            "governing-law clause cannot say which.",
            "Name the law, e.g. 'the United Arab Emirates', or pick one from the list.",
            clauses=ctx.draft.labels("disputes.governing_law"),
        )
        return
    yield warning(
        "law.local-counsel",
        "governing_law",
        f"Pactwright has no profile for the law of {law.other.strip()}, so the draft cites no statute "
        "and uses general wording. Limitation of liability, penalties, signing formalities, "
        "protection of agents and distributors and language rules differ from country to country.",
        f"Have a lawyer qualified in the law of {law.other.strip()} check the draft before signature, "
        "or choose a law Pactwright has a profile for.",
        clauses=ctx.draft.labels("disputes.governing_law"),
    )


@rule()
def jury_waiver_not_enforced(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    disputes = terms.disputes
    if not terms.governing_law.profile or disputes.forum is not Forum.COURTS or not disputes.jury_waiver:
        return
    chosen = profile(terms.governing_law.profile)
    if chosen.positions.get("jury_waiver") != "none_use_reference_or_arbitration":
        return
    yield warning(
        "law.jury-waiver-unenforceable",
        "disputes.jury_waiver",
        f"You asked to waive a jury trial, but {chosen.label} does not enforce a jury waiver agreed "
        "before a dispute arises, so the agreement leaves it out and a court dispute may go to a jury.",
        "Choose arbitration (which has no jury) as the forum, or untick the jury waiver.",
        clauses=ctx.draft.labels("disputes.courts"),
    )


@rule()
def named_forum_rules(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    disputes = terms.disputes
    arbitration = disputes.arbitration
    if (
        disputes.forum is Forum.ARBITRATION
        and arbitration is not None
        and arbitration.institution is Institution.OTHER
        and not arbitration.other_rules.strip()
    ):
        yield error(
            "law.arbitration-rules-unnamed",
            "disputes.arbitration.other_rules",
            "Arbitration is to be run by an institution that is not on the list, but its rules are "
            "not named, so the clause cannot say which rules apply.",
            "Write out the rules exactly as the institution calls them, e.g. 'the Arbitration Rules "
            "of the Dubai International Arbitration Centre', or pick an institution from the list.",
            clauses=ctx.draft.labels("disputes.arbitration"),
        )
    mediation = disputes.mediation
    if mediation is not None and mediation.provider is MediationProvider.OTHER and not mediation.other_provider.strip():
        yield error(
            "law.mediation-rules-unnamed",
            "disputes.mediation.other_provider",
            "Mediation is to follow another provider's rules, but they are not named.",
            "Write out the provider's mediation rules, or pick a provider from the list.",
            clauses=ctx.draft.labels("disputes.mediation"),
        )


@rule()
def forum_far_from_law(ctx: ReviewContext) -> Iterator[Finding]:
    """A court forum in one system with the law of another: foreign courts applying
    a law they do not know is slow and costly."""
    terms = ctx.terms

    disputes = terms.disputes
    law_id = terms.governing_law.profile
    if disputes.forum is not Forum.COURTS or disputes.courts is None or not law_id or law_id == NEUTRAL:
        return
    named = disputes.courts.courts.strip()
    if not named:
        return
    from drafting.law.suggest import suggest_law

    courts_system = suggest_law([named.removeprefix("the courts of ").removeprefix("The courts of ")])
    if courts_system is None or courts_system == law_id:
        return
    yield note(
        "law.courts-of-another-system",
        "disputes.courts.courts",
        f"The courts named ({named}) are in {profile(courts_system).label}, but the agreement is "
        f"governed by the law of {profile(law_id).label}; the judges would have to apply a foreign law "
        "proved by experts, which is slow and costly.",
        f"Choose the courts of {profile(law_id).label}, or make {profile(courts_system).label} law govern.",
        clauses=ctx.draft.labels("disputes.courts"),
    )


@rule(models={AllianceModel.DISTRIBUTION})
def distributor_protection(ctx: ReviewContext) -> Iterator[Finding]:
    """Laws that protect a distributor or agent on termination (goodwill indemnity,
    notice, damages for abrupt termination): the profile says what, the user decides."""
    terms = ctx.terms

    if terms.model is not AllianceModel.DISTRIBUTION or not terms.governing_law.profile:
        return
    chosen = profile(terms.governing_law.profile)
    said = chosen.review.get("distributor", "")
    # The protection bites when the agreement ends: at expiry or non-renewal (the term
    # clause) and in what the distributor hands over at the end (the stock and customers
    # clause), not in termination for cause.
    ending = ctx.draft.labels("term.duration", "effects.stock_and_customers", "termination.convenience")
    if said:
        exposure = chosen.review.get("distributor_exposure", "")
        handover = (
            " A duty to hand over the customer base is one of the conditions of that claim: the draft imposes "
            "none, and its sales reports name no customers."
            if chosen.positions.get("distributor_customers") == "no_handover"
            else ""
        )
        yield warning(
            "law.distributor-protection",
            "term.kind",
            f"Under the law of {chosen.label}: {said}{handover}" + (f" {exposure}" if exposure else ""),
            "Price the possible claim into the deal and the renewal decision; keep customer data with the "
            "distributor unless it is paid for separately; and ask a local lawyer before the agreement is "
            "ended whether the conditions of the claim are met.",
            clauses=ending,
        )


@rule(models={AllianceModel.DISTRIBUTION})
def distributor_protection_abroad(ctx: ReviewContext) -> Iterator[Finding]:
    """A mandatory rule of a party's own country that its courts apply whatever law governs
    the agreement (in France, damages for abrupt termination of an established commercial
    relationship): the party's profile says what (``distributor_mandatory``)."""
    terms = ctx.terms
    if terms.model is not AllianceModel.DISTRIBUTION:
        return
    from drafting.law.suggest import profile_of_place

    chosen = profile(terms.governing_law.profile or NEUTRAL)
    ending = ctx.draft.labels("term.duration", "effects.stock_and_customers", "termination.convenience")

    for party in terms.parties:
        found = profile_of_place(party.jurisdiction)
        if not found or found == chosen.id:
            continue
        other = profile(found)
        mandatory = other.review.get("distributor_mandatory", "")
        if mandatory:
            # Where the profile gives the yardstick, each drafted notice is measured against it.
            measured, short = notice_against_relationship(terms, ctx.draft, other)
            yield warning(
                "law.distributor-protection-abroad",
                "term.non_renewal_notice_days",
                f"{party.short_name} is in {other.label}, whose courts apply their own rule whatever law "
                f"governs the agreement: {mandatory}" + (f" {measured}" if measured else ""),
                (
                    "Let the notice of non-renewal grow with the relationship (at least the guide's months for "
                    "each year it will have lasted when it ends), treat the shorter notices as a minimum to be "
                    "lengthened as the relationship ages, "
                    if measured
                    else "Give notice of non-renewal or termination long enough for the length of the relationship "
                )
                + f"and check the notice periods with a lawyer in {other.label} before ending the agreement.",
                clauses=tuple(dict.fromkeys((*ending, *short))),
            )


@rule()
def discount_as_penalty(ctx: ReviewContext) -> Iterator[Finding]:
    """A price discount on a forced exit for breach is a secondary obligation triggered by
    breach (the penalty rule); on insolvency it takes value from creditors (anti-deprivation)."""
    terms = ctx.terms

    exit_terms = terms.exit
    if exit_terms is None or not exit_terms.bad_leaver_discount_percent or not terms.governing_law.profile:
        return
    chosen = profile(terms.governing_law.profile)
    said = chosen.review.get("penalty", "")
    if not said:
        return
    insolvency = ""
    if "insolvency" in exit_terms.triggers:
        rule_text = chosen.review.get("anti_deprivation", "")
        insolvency = " The draft does not apply it where the exit is caused by insolvency, which is not a breach" + (
            f": {rule_text}" if rule_text else "."
        )
    yield note(
        "law.leaver-discount-penalty",
        "exit.bad_leaver_discount_percent",
        f"The exit price is reduced by {exit_terms.bad_leaver_discount_percent}% where a partner is made to "
        f"sell for its breach. Under the law of {chosen.label}: {said}{insolvency}",
        "Record in the agreement why the discount is proportionate to the harm the breach causes, or lower it.",
        clauses=ctx.draft.labels("exit.valuation", "exit.option"),
    )


RULES = (
    law_without_profile,
    jury_waiver_not_enforced,
    named_forum_rules,
    forum_far_from_law,
    distributor_protection,
    distributor_protection_abroad,
    discount_as_penalty,
)
