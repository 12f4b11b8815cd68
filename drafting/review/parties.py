"""The parties and the shape of the deal: a consortium needs three or more parties and a
coordinator, each model needs its own block of terms, and a special-purpose vehicle
should come with a parent guarantee."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from drafting.review.findings import Finding, error, note, warning
from drafting.terms import AgreementTerms, AllianceModel

#: The block of terms each model cannot be drafted without, as (field path, what it holds).
_MODEL_BLOCKS = {
    AllianceModel.JOINT_VENTURE: ("joint_venture", "the joint venture company (name, holdings)"),
    AllianceModel.EQUITY_ALLIANCE: ("equity", "the investment (investor, amount, stake)"),
    AllianceModel.DATA_SHARING: ("data_sharing", "the data-protection terms (roles, lawful basis, data items)"),
    AllianceModel.OPEN_SOURCE: ("open_source", "the project terms (name, licence, DCO or CLA)"),
    AllianceModel.DISTRIBUTION: ("distribution", "the distribution terms (supplier, distributor, products)"),
    AllianceModel.CO_MARKETING: ("co_marketing", "the campaign terms"),
    AllianceModel.LICENSING: ("ip.licence_grant", "the licence grant (licensor, licensee, what is licensed)"),
}
_GUARANTEE_MODELS = {AllianceModel.JOINT_VENTURE, AllianceModel.EQUITY_ALLIANCE}
CONTROL_STAKE = Decimal(50)


def model_block(terms: AgreementTerms) -> Iterator[Finding]:
    block = _MODEL_BLOCKS.get(terms.model)
    if block is None:
        return
    path, what = block
    value: object = terms
    for part in path.split("."):
        value = getattr(value, part)
    if value is None:
        model = terms.model.value.replace("_", " ")
        yield error(
            "parties.model-terms-missing",
            path,
            f"This is a {model} agreement, but {what} are missing. The agreement cannot be drafted without them.",
            f"Fill in {what}.",
        )


def consortium_shape(terms: AgreementTerms) -> Iterator[Finding]:
    if terms.model is not AllianceModel.CONSORTIUM:
        return
    if len(terms.parties) < 3:
        yield error(
            "parties.consortium-too-small",
            "parties",
            f"A consortium brings together three or more organisations; this draft has {len(terms.parties)}.",
            "Add the other members, or choose a two-party model such as a joint venture or a licence.",
        )
    if terms.consortium is None or terms.consortium.coordinator is None:
        yield error(
            "parties.coordinator-missing",
            "consortium.coordinator",
            "The consortium has no coordinator. Someone must keep the plan, call meetings, hold "
            "the common funds and speak for the consortium to funders and customers.",
            "Choose one member as coordinator.",
        )


def parent_guarantee(terms: AgreementTerms) -> Iterator[Finding]:
    if terms.model not in _GUARANTEE_MODELS:
        return
    for index, party in enumerate(terms.parties):
        if party.parent_guarantor.strip():
            continue
        yield note(
            "parties.parent-guarantee",
            f"parties[{index}].parent_guarantor",
            f"If {party.short_name} is a special-purpose or newly formed company with few assets "
            "of its own, a promise from it to fund or perform is only as good as those assets.",
            f"Ask whether {party.short_name}'s parent company will guarantee its obligations; if so, "
            "name the guarantor.",
        )


def equity_stake(terms: AgreementTerms) -> Iterator[Finding]:
    equity = terms.equity
    if equity is None:
        return
    if equity.investor == equity.investee:
        yield error(
            "parties.investor-is-investee",
            "equity.investee",
            f"{equity.investor} is named as both investor and investee.",
            "Name the company receiving the investment as investee.",
        )
    if equity.stake_percent > CONTROL_STAKE:
        yield warning(
            "parties.controlling-stake",
            "equity.stake_percent",
            f"The investor takes {equity.stake_percent:f}% of the company, which is control rather "
            "than a minority stake. That changes the deal: it may need merger clearance and "
            "protections for the remaining shareholders.",
            "Check the stake; for a controlling stake consider a joint venture or acquisition agreement instead.",
        )


RULES = (model_block, consortium_shape, parent_guarantee, equity_stake)
