"""Open-source and community alliances: the inbound licence or DCO, the project licence,
neutral trade marks and an antitrust policy among competing members."""

from __future__ import annotations

from collections.abc import Iterator

from drafting.review.findings import Finding, error, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms import AllianceModel
from drafting.terms.extras import ContributionMechanism


@rule(models={AllianceModel.OPEN_SOURCE})
def inbound_licence(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    project = terms.open_source
    if project is None:
        return
    if project.contribution_mechanism is ContributionMechanism.NONE:
        yield error(
            "community.inbound-missing",
            "open_source.contribution_mechanism",
            "Contributors do not sign a Developer Certificate of Origin (DCO) or a contributor "
            "licence agreement (CLA). Nobody can then show that a contributor had the right to "
            "contribute its code, which puts every user of the project at risk.",
            "Require a DCO sign-off on every contribution (or a CLA).",
            clauses=ctx.draft.labels("project.contributions"),
        )
    if not project.inbound_equals_outbound and project.contribution_mechanism is not ContributionMechanism.CLA:
        yield error(
            "community.inbound-licence-missing",
            "open_source.inbound_equals_outbound",
            "Contributions are not received under the project licence and there is no CLA, so "
            "the project has no licence to distribute what contributors send in.",
            "Use 'inbound = outbound' (contributions come in under the project licence) or a CLA.",
            clauses=ctx.draft.labels("project.contributions"),
        )
    if not project.licence.strip():
        yield error(
            "community.licence-missing",
            "open_source.licence",
            "The project has no licence, so nobody outside the members may lawfully use the code.",
            "Choose an open-source licence by its SPDX id, for example Apache-2.0.",
            clauses=ctx.draft.labels("project.licence"),
        )


@rule(models={AllianceModel.OPEN_SOURCE})
def antitrust_policy(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    project = terms.open_source
    if project is None or project.antitrust_policy or not terms.competitors:
        return
    yield warning(
        "community.antitrust-policy-missing",
        "open_source.antitrust_policy",
        "Competing companies meet in the project without an antitrust policy. Talk about "
        "prices, customers or plans at project meetings can break competition law.",
        "Adopt an antitrust policy: agendas in advance, minutes, no discussion of prices, "
        "customers, markets or business plans.",
        clauses=ctx.draft.labels("project.charter"),
    )


@rule(models={AllianceModel.OPEN_SOURCE})
def neutral_trademarks(ctx: ReviewContext) -> Iterator[Finding]:
    terms = ctx.terms
    project = terms.open_source
    if project is None or project.trademark_holder.strip():
        return
    yield note(
        "community.trademark-holder",
        "open_source.trademark_holder",
        "Nobody is named to hold the project's name and logo. If one member registers them, it "
        "controls the project's identity.",
        "Have the marks held neutrally, by a foundation or the project's legal entity.",
        clauses=ctx.draft.labels("project.trademarks"),
    )


RULES = (inbound_licence, antitrust_policy, neutral_trademarks)
