"""Intellectual property and confidentiality: jointly owned results, the background IP
schedule, licence grants, brand licences and residuals clauses."""

from __future__ import annotations

from collections.abc import Iterator

from drafting.review.findings import Finding, error, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.review.systems import EU_SYSTEMS
from drafting.terms import AllianceModel
from drafting.terms.commercial import ContributionKind
from drafting.terms.ip import ForegroundOwnership

_SCHEDULE_MODELS = {AllianceModel.JOINT_VENTURE, AllianceModel.CONSORTIUM, AllianceModel.LICENSING}


@rule()
def joint_foreground_rules(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    foreground = terms.ip.foreground
    if foreground.ownership is not ForegroundOwnership.JOINT:
        return
    if foreground.joint_rules is None:
        yield error(
            "ip.joint-without-rules",
            "ip.foreground.ownership",
            "The results will be jointly owned, but the draft has no rules on using them. The law "
            "differs by country: in the US each co-owner may license a joint patent without the "
            "other's consent, in the UK it may not. Without rules, joint results are often unusable.",
            "Choose another owner of new IP (the creator owns it, with a licence back), or have the "
            "lawyer add exploitation rules: who files and pays for patents, how costs are split, "
            "whether licensing needs consent, and who enforces.",
            clauses=ctx.draft.labels("ip.foreground"),
        )
    elif not foreground.joint_rules.consent_to_license:
        yield note(
            "ip.joint-licensing-without-consent",
            "ip.foreground.joint_rules.consent_to_license",
            "Each co-owner may license the joint results without asking the others, so a "
            "co-owner could license them to the others' competitors.",
            "Confirm this is intended, or require consent (not to be unreasonably withheld) and "
            "a fair share of licence income.",
            clauses=ctx.draft.labels("ip.joint_ownership"),
        )


@rule()
def foreground_allocation(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    foreground = terms.ip.foreground
    if foreground.ownership is ForegroundOwnership.LEAD_EXPLOITER and foreground.lead_party is None:
        yield warning(
            "ip.lead-exploiter-missing",
            "ip.foreground.lead_party",
            "Results go to the 'lead exploiter', but no party is named as the lead.",
            "Name the party that will own and exploit the results.",
            clauses=ctx.draft.labels("ip.foreground"),
        )
    if foreground.ownership is ForegroundOwnership.SPLIT_BY_FIELD and not foreground.field_split:
        yield warning(
            "ip.field-split-missing",
            "ip.foreground.ownership",
            "Results are split by field, but the fields are not listed, so nobody knows who owns what.",
            "List each party's field of use (for the lawyer to add), or choose another owner of new IP, "
            "such as the party that creates it.",
            clauses=ctx.draft.labels("ip.foreground"),
        )


@rule()
def background_schedule(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    if terms.ip.background_schedule:
        return
    brings_ip = any(contribution.kind is ContributionKind.IP for contribution in terms.contributions)
    if terms.model not in _SCHEDULE_MODELS and not brings_ip:
        return
    yield warning(
        "ip.background-schedule-missing",
        "ip.background_schedule",
        "No background IP is listed. Without a schedule of what each party brings, it is hard "
        "to prove later what a party owned before the alliance and what the alliance created.",
        "List each party's patents, software, know-how and marks that it brings, with "
        "registration numbers where there are any.",
        clauses=ctx.draft.labels("ip.background"),
    )


@rule(models={AllianceModel.JOINT_VENTURE})
def venture_background_licence(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    if not terms.ip.background_schedule:
        return
    if terms.ip.background_licence.scope.strip():
        return
    yield warning(
        "ip.venture-background-licence",
        "ip.background_licence.scope",
        "The parents bring background IP, but the joint venture has no licence to use it. A "
        "joint venture company has no rights in its parents' IP unless it is licensed.",
        "Set the scope of the background licence, for example 'to develop, make and sell the "
        "products in the field', and say whether it survives an exit.",
        clauses=ctx.draft.labels("ip.background_licence"),
    )


@rule(models={AllianceModel.LICENSING}, legal_systems=EU_SYSTEMS)
def licensing_multi_party(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    if len(terms.parties) > 2:
        yield note(
            "ip.ttber-multi-party",
            "parties",
            "The EU technology-transfer block exemption covers licences between two parties only. "
            "A licence among more parties needs its own competition assessment.",
            "Have the licence reviewed under EU competition law, or split it into two-party licences.",
        )


@rule(models={AllianceModel.LICENSING})
def exclusive_licence_without_minimum(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    grant = terms.ip.licence_grant
    if grant is None or not grant.exclusive or terms.sharing.minimum_guarantee is not None:
        return
    yield note(
        "ip.exclusive-without-minimum",
        "sharing.minimum_guarantee",
        "The licence is exclusive, yet the licensee owes no minimum royalty. It could shelve "
        "the technology and the licensor could not license anyone else.",
        "Add a minimum annual royalty or performance targets, with the right to end exclusivity if they are missed.",
        clauses=ctx.draft.labels("licence.grant"),
    )


@rule(models={AllianceModel.CO_MARKETING})
def brand_licence_for_marketing(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    if not terms.ip.brand_licences:
        yield warning(
            "ip.brand-licence-missing",
            "ip.brand_licences",
            "A co-marketing campaign uses each other's names and logos, but the draft grants no "
            "brand licence. Using a mark without a licence infringes it.",
            "Add a brand licence from each party: non-exclusive, for the campaign only, subject "
            "to brand guidelines and approval, ending with the agreement.",
            clauses=ctx.draft.labels("co_marketing.campaign"),
        )


@rule()
def residuals(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    confidentiality = terms.confidentiality
    if confidentiality.residuals and not confidentiality.residuals_exclude_trade_secrets:
        yield warning(
            "ip.residuals-trade-secrets",
            "confidentiality.residuals_exclude_trade_secrets",
            "The residuals clause lets people use whatever they remember of the other party's "
            "information, and it does not exclude trade secrets or source code. That can make "
            "your most valuable secrets free to use.",
            "Exclude trade secrets, source code and patentable inventions from the residuals "
            "clause, or remove the clause.",
            clauses=ctx.draft.labels("confidentiality.residuals"),
        )


RULES = (
    joint_foreground_rules,
    foreground_allocation,
    background_schedule,
    venture_background_licence,
    licensing_multi_party,
    exclusive_licence_without_minimum,
    brand_licence_for_marketing,
    residuals,
)
