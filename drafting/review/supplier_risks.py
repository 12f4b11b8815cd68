"""The strategic supplier alliance's risks seen from the buyer's side and across borders:

- an escrow with no agent named (the clause falls back to an appointed agent);
- the buyer's contribution to a line the supplier owns, paid in advance with nothing to
  secure it if the supplier fails;
- supplier and buyer in different customs territories (import VAT, customs, origin, FX);
- a German buyer's supply-chain duties (LkSG, the EU Forced Labour Regulation);
- a line whose write-down, started at the first-article approval milestone, runs past the
  end of the agreement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from drafting.law.facts import regions_of
from drafting.review.findings import Finding, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.review.systems import profile_of
from drafting.terms import AllianceModel
from drafting.terms.supplier_alliance import Amortisation

_SUPPLY = {AllianceModel.SUPPLIER_ALLIANCE}


@rule(models=_SUPPLY)
def escrow_agent_missing(ctx: ReviewContext) -> Iterator[Finding]:
    block = ctx.terms.supplier_alliance
    if block is None or not block.escrow or block.escrow_agent.strip():
        return
    yield warning(
        "supplier.escrow-agent-missing",
        "supplier_alliance.escrow_agent",
        f"No escrow agent is named ({ctx.draft.label('supplier_alliance_continuity.escrow') or 'the escrow clause'}): "
        "the clause falls back to an agent appointed by a chamber of commerce if the parties do not agree "
        "one, which costs time just when the deposit should already be in place.",
        "Name a professional escrow agent and sign its three-party escrow agreement with the main agreement.",
        clauses=ctx.draft.labels("supplier_alliance_continuity.escrow"),
    )


@rule(models=_SUPPLY)
def buyer_prepayment_unsecured(ctx: ReviewContext) -> Iterator[Finding]:
    block = ctx.terms.supplier_alliance
    investment = block.co_investment if block else None
    if block is None or investment is None:
        return
    if investment.payer != block.purchaser or investment.owner == block.purchaser:
        return
    if investment.contribution.amount <= 0:
        return
    if ctx.terms.party(investment.owner).parent_guarantor.strip():
        return  # a parent guarantee backs the repayment
    money = f"{investment.contribution.currency} {investment.contribution.amount:,.2f}"
    yield warning(
        "supplier.buyer-prepayment-unsecured",
        "supplier_alliance.co_investment.owner",
        f"{block.purchaser} pays {money} towards a line {investment.owner} owns "
        f"({ctx.draft.label('supplier_alliance_tooling.funding') or 'the tooling clause'}). If {investment.owner} "
        "becomes insolvent, the repayment and the purchase option are only unsecured claims against its estate, "
        "under the insolvency law of its own country whatever law governs this agreement.",
        f"Ask for an advance-payment guarantee from a bank or {investment.owner}'s parent, a registered charge "
        f"over the line, or ownership of the line by {block.purchaser} with {investment.owner} as bailee.",
        clauses=ctx.draft.labels("supplier_alliance_tooling.funding", "supplier_alliance_tooling.exit"),
    )


@rule(models=_SUPPLY)
def cross_border_supply(ctx: ReviewContext) -> Iterator[Finding]:
    block = ctx.terms.supplier_alliance
    if block is None:
        return
    supplier = ctx.terms.party(block.supplier)
    buyer = ctx.terms.party(block.purchaser)
    home, away = regions_of(supplier.jurisdiction), regions_of(buyer.jurisdiction)
    if not home or not away or home & away:
        return
    yield note(
        "supplier.cross-border-customs",
        "supplier_alliance.incoterm",
        f"{block.supplier} ({supplier.jurisdiction}) and {block.purchaser} ({buyer.jurisdiction}) are in different "
        f"customs territories, so each delivery is an export and an import. Under {block.incoterm} the draft does "
        "not say who is the importer of record and bears import VAT and customs duty, whether the goods must "
        "qualify as originating for a preferential rate (with the supplier's statement on origin), or who bears "
        "the exchange risk if the price currency is not the supplier's.",
        "Add an import clause: the importer, duties and import VAT, the supplier's origin statements and "
        "long-term supplier's declarations, and an exchange-rate band or the currency risk expressly allocated.",
        clauses=ctx.draft.labels("supplier_alliance_pricing.payment", "supply.delivery"),
    )


@rule(models=_SUPPLY)
def german_buyer_supply_chain_duties(ctx: ReviewContext) -> Iterator[Finding]:
    block = ctx.terms.supplier_alliance
    if block is None or profile_of(ctx.terms.party(block.purchaser).jurisdiction) != "de":
        return
    yield note(
        "supplier.lksg-assurances",
        "supplier_alliance.supply_chain_due_diligence",
        f"{block.purchaser} is a German company. If it has 1,000 or more employees in Germany, the Supply Chain "
        "Due Diligence Act (LkSG) requires it to obtain contractual assurances from a direct supplier "
        "(section 6(4) LkSG): compliance with its human-rights and environmental expectations, passing them "
        "down the supply chain, training, and agreed controls. The EU Forced Labour Regulation (EU) 2024/3015 "
        "will bar products made with forced labour from the EU market from December 2027.",
        "Add the section 6(4) LkSG assurances and a forced-labour warranty with a right to information, "
        "remediation plans and termination as the last resort.",
        clauses=ctx.draft.labels("supplier_alliance_compliance.supply_chain"),
    )


def _months_between(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


@rule(models=_SUPPLY)
def amortisation_after_approval(ctx: ReviewContext) -> Iterator[Finding]:
    """The write-down starts at first-article approval: with its milestone date known,
    it must end within the term counted from that date, not from the Effective Date."""
    terms = ctx.terms
    block = terms.supplier_alliance
    investment = block.co_investment if block else None
    start, length = terms.term.effective_date, terms.term.length_months
    if investment is None or investment.amortisation is not Amortisation.STRAIGHT_LINE or start is None:
        return
    if length is None or investment.amortisation_months >= length:
        return  # the plain comparison (supplier.amortisation-outlasts-term) already speaks
    approvals = [m.due for m in terms.scope.milestones if m.due is not None and "approv" in m.description.casefold()]
    if not approvals:
        return
    approval = max(approvals)
    lead = _months_between(start, approval)
    if lead + investment.amortisation_months <= length:
        return
    yield warning(
        "supplier.amortisation-after-approval",
        "supplier_alliance.co_investment.amortisation_months",
        f"The line is written down over {investment.amortisation_months} months from the approval of its first "
        f"parts, due on {approval.isoformat()}, {lead} months after the Effective Date; the agreement runs for "
        f"{length} months, so at expiry {lead + investment.amortisation_months - length} months of write-down "
        "remain, which the owner must repay or the buyer buy.",
        f"Write it down over {max(length - lead, 1)} months or fewer, or extend the term.",
        clauses=ctx.draft.labels("supplier_alliance_tooling.amortisation", "term.duration"),
    )


RULES = (
    escrow_agent_missing,
    buyer_prepayment_unsecured,
    cross_border_supply,
    german_buyer_supply_chain_duties,
    amortisation_after_approval,
)
