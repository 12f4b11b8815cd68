"""Where each answer is edited: a finding's field path (``data_sharing.lawful_basis``,
``contributions[2].due``) -> the widget on the page that fixes it, so the review can take
the user to the very field (``TermsPage.field_widget``).

Each entry is an attribute path from the page: names, ``[key]`` for a dict of sections
or check boxes (by the enum's value), ``[#]`` for the index the finding's path carries
(``parties[1]`` -> the second party card), ``[@]`` for the agreement type being drafted
(the section of that type). ``tests/test_ui_review_fields.py`` checks that
every field a finding can name resolves to a real widget.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Any

from PySide6.QtWidgets import QWidget

_INDEX = re.compile(r"\[(\d+)\]")
_STEP = re.compile(r"([A-Za-z_]\w*)|\[([^\]]+)\]")

WIDGETS: dict[str, str] = {
    # The agreement
    "model": "model_combo",
    "background": "background",
    # The parties
    "parties": "add_button",
    "parties[].entity_type": "cards[#].entity_type",
    "parties[].parent_guarantor": "cards[#].parent_guarantor",
    "parties[].signatory.title": "cards[#].signatory_title",
    # Scope
    "scope.field_of_use": "field_of_use",
    "scope.objectives[]": "objectives",
    "scope.obligations": "obligations",
    "scope.obligations[]": "obligations",
    "scope.milestones": "milestones",
    "scope.milestones[]": "milestones",
    "scope.kpis": "kpis",
    "scope.kpis[]": "kpis",
    "scope.obligations[].party": "obligations",
    "scope.obligations[].description": "obligations",
    "scope.milestones[].description": "milestones",
    "scope.milestones[].owner": "milestones",
    "scope.milestones[].due": "milestones",
    "scope.kpis[].metric": "kpis",
    "scope.kpis[].target": "kpis",
    "scope.kpis[].due": "kpis",
    "exclusivity.kind": "exclusivity",
    "exclusivity.duration_months": "exclusivity",
    "exclusivity.carve_outs": "carve_outs",
    "non_compete.kind": "non_compete",
    "non_compete.tail_months": "tail_months",
    # Contributions
    "contributions": "parties_tables[0].table",
    "contributions[].transfer_mode": "contribution_tables[#]",
    "contributions[].valuation_method": "contribution_tables[#]",
    "contributions[].due": "contribution_tables[#]",
    "capital_calls.mode": "calls",
    "funding_default.remedies": "remedies[dilution]",
    "payments": "payments.add_button",
    "payments[].milestone": "payments.add_button",
    "payments[].payee": "payments.add_button",
    # The deal
    "network": "sections[partner_network].platform",
    "network.partners": "sections[partner_network].table",
    "network.partners[].bands": "sections[partner_network].table",
    "network.partners[].territory": "sections[partner_network].table",
    "network.partners[].exclusive": "sections[partner_network].table",
    "network.partners[].special_terms": "sections[partner_network].table",
    "network.agency": "sections[partner_network].agency",
    "network.role": "sections[partner_network].role",
    "joint_venture": "sections[joint_venture].name",
    "joint_venture.holdings": "sections[joint_venture].holdings",
    "joint_venture.merger_control_filing": "sections[joint_venture].merger_filing",
    "joint_venture.number_of_shares": "sections[joint_venture].facts.shares",
    # Leavers are on the section of the type being drafted (a joint venture, a members' agreement).
    "leavers": "sections[@].leavers",
    "leavers.good_leaver_price": "sections[@].leavers.good_price",
    "leavers.bad_leaver_price": "sections[@].leavers.bad_price",
    "leavers.buyer": "sections[@].leavers.buyer",
    "distribution.minimum_purchase": "sections[distribution].minimum",
    "distribution.minimum_purchase_shortfall": "sections[distribution].shortfall",
    "equity": "sections[equity_alliance].amount",
    "equity.board_right": "sections[equity_alliance].board",
    "equity.investee": "sections[equity_alliance].investee",
    "equity.stake_percent": "sections[equity_alliance].stake",
    "equity.conditions": "sections[equity_alliance].conditions",
    "equity.long_stop_date": "sections[equity_alliance].long_stop_set",
    "equity.warranty_period_months": "sections[equity_alliance].warranty_period",
    "equity.warranty_cap": "sections[equity_alliance].warranty_cap",
    "equity.founder_warranty_cap": "sections[equity_alliance].founder_cap",
    "equity.shares_before": "sections[equity_alliance].shares_before",
    "ip.licence_grant": "sections[licensing].subject",
    "ip.licence_grant.royalty_term": "sections[licensing].royalty_term",
    "ip.licence_grant.sublicensable": "sections[licensing].sublicensable",
    "ip.licence_grant.territory": "sections[licensing].territory",
    "distribution": "sections[distribution].products",
    "distribution.products": "sections[distribution].products",
    "distribution.payment_days": "sections[distribution].payment",
    "distribution.online_sales_permitted": "sections[distribution].online",
    "co_marketing": "sections[co_marketing].campaign",
    "co_marketing.cost_split": "sections[co_marketing].cost_split",
    "co_marketing.regulated_products": "sections[co_marketing].regulated.table",
    "consortium.coordinator": "sections[consortium].coordinator",
    "consortium.admission_threshold": "sections[consortium].admission",
    "consortium.member_liability_cap": "sections[consortium].liability_cap",
    "consortium.budget": "sections[consortium].budget.table",
    "consortium.grant.max_grant": "sections[consortium].max_grant",
    "consortium.grant.funding_rate_percent": "sections[consortium].funding_rate",
    "data_sharing": "sections[data_sharing].purpose",
    "data_sharing.purpose": "sections[data_sharing].purpose",
    "data_sharing.roles": "sections[data_sharing].roles",
    "data_sharing.lawful_basis": "sections[data_sharing].basis",
    "data_sharing.data_items": "sections[data_sharing].items",
    "data_sharing.article_26_arrangement": "sections[data_sharing].arrangement",
    "data_sharing.special_category": "sections[data_sharing].special",
    "data_sharing.dpia_completed": "sections[data_sharing].dpia",
    "data_sharing.onward_transfers": "sections[data_sharing].onward",
    "data_sharing.breach_notice_hours": "sections[data_sharing].breach_hours",
    "data_sharing.non_personal_licence": "sections[data_sharing].licence",
    "data_sharing.transfers": "sections[data_sharing].transfers.table",
    "open_source": "sections[open_source].project",
    "supplier_alliance": "sections[supplier_alliance].products",
    "supplier_alliance.products": "sections[supplier_alliance].products",
    "supplier_alliance.take_or_pay": "sections[supplier_alliance].bands",
    "supplier_alliance.total_committed_units": "sections[supplier_alliance].total",
    "supplier_alliance.committed_volumes": "sections[supplier_alliance].volumes",
    "supplier_alliance.co_investment.amortisation_months": "sections[supplier_alliance].amortisation",
    "supplier_alliance.exclusivity_months": "sections[supplier_alliance].exclusivity_months",
    "supplier_alliance.most_favoured_customer": "sections[supplier_alliance].mfc",
    "supplier_alliance.incoterm": "sections[supplier_alliance].incoterm",
    "supplier_alliance.co_investment.owner": "sections[supplier_alliance].owner",
    "supplier_alliance.escrow_agent": "sections[supplier_alliance].escrow_agent",
    "supplier_alliance.supply_chain_due_diligence": "sections[supplier_alliance].due_diligence",
    "open_source.licence": "sections[open_source].licence",
    "open_source.contribution_mechanism": "sections[open_source].mechanism",
    "open_source.inbound_equals_outbound": "sections[open_source].mechanism",
    "open_source.antitrust_policy": "sections[open_source].antitrust",
    "open_source.trademark_holder": "sections[open_source].trademarks",
    "competitors": "competitors",
    "research": "sections[research_collaboration].programme",
    "research.ownership": "sections[research_collaboration].ownership",
    "research.exclusivity_in_field": "sections[research_collaboration].exclusivity_in_field",
    "research.convenience": "sections[research_collaboration].convenience",
    "research.work_packages[].due": "sections[research_collaboration].work_packages",
    "research.option.period_days": "sections[research_collaboration].option.period_days",
    "research.option.term_sheet": "sections[research_collaboration].option.term_sheet",
    "research.option.if_not_agreed": "sections[research_collaboration].option.if_not_agreed",
    "research.option.no_claim_reduction_percent": "sections[research_collaboration].option.reduction",
    "research.option.regulatory_clearance": "sections[research_collaboration].option.clearance",
    "research.diligence.events": "sections[research_collaboration].option.diligence_events",
    "research.publication.delay_days": "sections[research_collaboration].delay_days",
    "research.publication.mode": "sections[research_collaboration].publication_mode",
    "research.joint_exploitation": "sections[research_collaboration].joint",
    # The professionals' members' agreement
    "members": "sections[professionals_members].company",
    "members.holdings": "sections[professionals_members].holdings",
    "members.delivering_member_share": "sections[professionals_members].member_share",
    "members.company_share": "sections[professionals_members].company_share",
    "members.pi_cover_min": "sections[professionals_members].pi_cover",
    "members.company_work": "sections[professionals_members].company_work",
    "members.first_offer": "sections[professionals_members].first_offer",
    "members.salaries": "sections[professionals_members].salaries",
    "members.contracting": "sections[professionals_members].contracting",
    "members.bad_leaver_discount_percent": "sections[professionals_members].discount",
    "members.non_solicit_months": "sections[professionals_members].non_solicit",
    "members.non_dealing": "sections[professionals_members].non_dealing",
    "parties[].jurisdiction": "cards[#].jurisdiction",
    "parties[].address": "cards[#].address",
    "open_source.tiers": "sections[open_source].tiers.table",
    "open_source.members": "sections[open_source].members",
    "open_source.host": "sections[open_source].host",
    "open_source.eu_market": "sections[open_source].eu_market",
    # Governance
    "extra_modules": "modules_box",
    "governance.body": "body_type",
    "governance.casting_vote": "casting",
    "governance.seats": "seats.table",
    "governance.deadlock": "deadlock",
    "governance.deadlock.terminal": "terminal",
    "governance.reserved_matters": "reserved.table",
    "governance.reserved_matters[].amount": "reserved.table",
    "governance.quorum.adjourned_meeting_reduced": "adjourned",
    "governance.veto_window_days": "veto",
    "governance.deadlock.escalation_days": "escalation",
    "governance.deadlock.mediation_days": "mediation",
    # Intellectual property
    "ip.foreground.lead_party": "lead",
    "ip.foreground.ownership": "ownership",
    "ip.background_licence": "royalty",
    "ip.background_licence.scope": "scope",
    "ip.background_schedule": "schedule.table",
    "ip.brand_licences": "brands.table",
    "ip.foreground.joint_rules.consent_to_license": "joint_rules.consent",
    # Confidentiality
    "confidentiality.clean_team": "clean_team",
    "confidentiality.residuals_exclude_trade_secrets": "residuals_exclusions",
    # Sharing
    "sharing.shares": "shares",
    "distributions.shares": "distributions",
    "sharing.payee": "payee",
    "sharing.rate_percent": "rate",
    "sharing.audit": "audit",
    "sharing.currency": "currency",
    "sharing.deductions": "base",
    "sharing.minimum_guarantee": "minimum",
    "sharing.cap": "cap",
    "sharing.cap_basis": "cap_basis",
    "sharing.sunset_years": "sunset",
    "sharing.shortfall": "shortfall",
    "sharing.bands": "bands",
    "sharing.bands[].from_amount": "bands",
    "sharing.bands[].shares": "bands",
    "sharing.bands[].shares[].payee": "bands",
    "sharing.tiers": "tiers.table",
    "sharing.tiers[].threshold": "tiers.table",
    # Term and exit
    "term.effective_date": "start",
    "term.kind": "kind",
    "term.non_renewal_notice_days": "notice",
    "term.length_months": "length",
    "termination.change_of_control": "control",
    "termination.convenience.allowed": "convenience",
    "exit": "exit_box",
    "exit.triggers": "triggers[deadlock]",
    "exit.valuation": "valuation",
    "exit.formula": "formula",
    "exit.multiple": "multiple",
    "exit.expert": "expert",
    "exit.timetable_days": "timetable",
    "exit.bad_leaver_discount_percent": "bad_leaver",
    "transfer": "lock_in",
    "transfer.lock_in_months": "lock_in",
    "transfer.drag_threshold_percent": "drag",
    # Disputes
    "governing_law": "law",
    "governing_law.other": "other_law",
    "disputes.jury_waiver": "jury_waiver",
    "disputes.forum": "forum",
    "disputes.arbitration.other_rules": "other_rules",
    "disputes.mediation.other_provider": "other_provider",
    "disputes.arbitration": "institution",
    "disputes.arbitration.seat": "seat",
    "disputes.arbitration.arbitrators": "arbitrators",
    "disputes.courts.courts": "courts",
    "disputes.negotiation_days": "negotiation_days",
    "disputes.injunctive_carve_out": "injunctions",
    "disputes.arbitration.language": "language",
    "disputes.mediation.days": "mediation_days",
    # General clauses (on the disputes page)
    "boilerplate.no_partnership": "general.no_partnership",
    "boilerplate.anti_bribery": "general.anti_bribery",
    "boilerplate.sanctions": "general.sanctions",
    "boilerplate.indemnity_procedure": "general.indemnity_procedure",
    "boilerplate.liability_cap.kind": "general.cap_kind",
    "boilerplate.liability_cap.amount": "general.cap_amount",
    "boilerplate.liability_cap.expected_value_floor": "general.cap_floor",
}


def field_key(path: str) -> str:
    """A finding's field path as the table keys it: ``contributions[2].due`` -> ``contributions[].due``."""
    return _INDEX.sub("[]", path)


def _item(value: Any, key: str) -> Any:
    if isinstance(value, dict):
        for candidate, item in value.items():
            if (candidate.value if isinstance(candidate, Enum) else candidate) == key:
                return item
        return None
    if isinstance(value, list | tuple) and key.isdigit() and int(key) < len(value):
        return value[int(key)]
    return None


def resolve(page: object, path: str) -> QWidget | None:
    """The widget on ``page`` that edits ``path``, or None when the page has none."""
    spec = WIDGETS.get(field_key(path))
    if spec is None:
        return None
    indices = _INDEX.findall(path)
    value: Any = page
    for name, key in _STEP.findall(spec):
        index = indices[0] if key == "#" and indices else key
        if key == "@":
            index = str(getattr(getattr(page, "model", None), "value", ""))
        value = getattr(value, name, None) if name else _item(value, index)
        if value is None:
            return None
    return value if isinstance(value, QWidget) else None
