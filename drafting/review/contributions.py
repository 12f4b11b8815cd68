"""Contributions and funding: in-kind contributions need a valuation method, IP needs to
be assigned or licensed, a joint venture needs a way to raise more money, and dilution
as a default remedy hurts the weaker partner."""

from __future__ import annotations

from collections.abc import Iterator

from drafting.review.facts import contributed_value_shares, markedly_unequal, ownership_shares
from drafting.review.findings import Finding, warning
from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.commercial import CapitalCallMode, ContributionKind, DefaultRemedy, TransferMode

#: Where contributions are pooled into a shared venture, their value decides ownership or
#: cost shares, so even unvalued in-kind contributions need a method.
_POOLED_MODELS = {AllianceModel.JOINT_VENTURE, AllianceModel.CONSORTIUM}


def in_kind_valuation(terms: AgreementTerms) -> Iterator[Finding]:
    for index, contribution in enumerate(terms.contributions):
        if contribution.kind is ContributionKind.CASH or contribution.valuation_method.strip():
            continue
        if contribution.value is None and terms.model not in _POOLED_MODELS:
            continue
        yield warning(
            "contributions.in-kind-valuation",
            f"contributions[{index}].valuation_method",
            f"{contribution.party}'s contribution '{contribution.description}' is not cash, and "
            "the draft does not say how its value was or will be set. Partners often fall out "
            "over what a patent, a site or seconded staff was really worth.",
            "State the valuation method: an independent valuer, market rent, person-months at an "
            "agreed rate, or book value.",
        )


def ip_transfer_mode(terms: AgreementTerms) -> Iterator[Finding]:
    for index, contribution in enumerate(terms.contributions):
        if contribution.kind is not ContributionKind.IP:
            continue
        if contribution.transfer_mode in {TransferMode.ASSIGN, TransferMode.LICENSE}:
            continue
        yield warning(
            "contributions.ip-assign-or-licence",
            f"contributions[{index}].transfer_mode",
            f"{contribution.party} contributes intellectual property ('{contribution.description}') "
            "but the draft does not say whether it is assigned (ownership passes) or licensed "
            "(the owner keeps it). That decides who keeps it if the alliance ends.",
            "Choose 'assign' or 'license'; for a licence, set its scope in the background licence.",
        )


def capital_calls(terms: AgreementTerms) -> Iterator[Finding]:
    if terms.model is not AllianceModel.JOINT_VENTURE or terms.capital_calls.mode is not CapitalCallMode.NONE:
        return
    yield warning(
        "contributions.capital-calls-missing",
        "capital_calls.mode",
        "The joint venture has no way to raise more money from its owners. Most ventures need "
        "more funding than planned, and without agreed rules the request itself becomes a dispute.",
        "Choose a funding rule: pro-rata capital calls up to a cap on 30 days' notice, "
        "shareholder loans, or third-party debt, plus what happens if an owner does not pay.",
    )


def punitive_dilution(terms: AgreementTerms) -> Iterator[Finding]:
    if DefaultRemedy.DILUTION not in terms.funding_default.remedies:
        return
    if not (markedly_unequal(ownership_shares(terms)) or markedly_unequal(contributed_value_shares(terms))):
        return
    yield warning(
        "contributions.punitive-dilution",
        "funding_default.remedies",
        "A partner who cannot meet a capital call is diluted, and the partners' financial "
        "strength is very unequal. The stronger partner could call for money the weaker one "
        "cannot raise and so take over the venture cheaply.",
        "Cap capital calls, dilute only at fair value (not at a punitive discount), give a "
        "longer cure period, or let the weaker partner fund by a shareholder loan instead.",
    )


RULES = (in_kind_valuation, ip_transfer_mode, capital_calls, punitive_dilution)
