"""The corpus: realistic drafts, each a clean base (``bases``) plus the facts of one deal.

``silent`` names the rules a case is built to keep quiet (the trap a careless review
falls into: a deadlock deadline for a step left out, a parent guarantee for a listed
group...); the golden file says what must be found, so precision and recall are both
measured on every case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from drafting.terms import AgreementTerms
from tests.review_corpus.bases import BASES, Draft, money, party

_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _set(data: Draft, path: str, value: Any) -> None:
    steps: list[str | int] = [int(index) if index else name for name, index in _STEP.findall(path)]
    target: Any = data
    for step in steps[:-1]:
        target = target.setdefault(step, {}) if isinstance(step, str) else target[step]
    last = steps[-1]
    if isinstance(last, int) and last == len(target):
        target.append(value)  # "parties[2]" on a two-party draft adds a third party
    else:
        target[last] = value


@dataclass(frozen=True)
class CorpusCase:
    name: str
    base: str
    changes: dict[str, Any] = field(default_factory=dict)
    silent: tuple[str, ...] = ()
    #: A lawyer's own wording for clauses (clause id -> template), as the app stores it.
    overrides: dict[str, str] = field(default_factory=dict)

    @cached_property
    def terms(self) -> AgreementTerms:
        data = BASES[self.base]()
        for path, value in self.changes.items():
            _set(data, path, value)
        return AgreementTerms.model_validate(data)


def _members(*entries: tuple[str, str, str, str]) -> list[Draft]:
    return [party(short, legal, kind, home) for short, legal, kind, home in entries]


COMPETITORS = {"competitors": True}
IN_FIELD = {"non_compete": {"kind": "in_field", "field": "industrial pumps", "tail_months": 0}}
DRAG_AT_ANY_TIME = (
    "If a Party holding at least {{ terms.transfer.drag_threshold_percent|percent }} of the Shares accepts "
    "a bona fide offer for all of its Shares, it may require the other Party to sell all of its Shares "
    "to the same buyer on the same terms."
)
LOCK_IN_WITHOUT_EXCEPTION = (
    "Neither Party shall transfer any of its Shares during the period of "
    "{{ terms.transfer.lock_in_months|months }} after the Effective Date."
)


def PAYEE(name: str, share: str) -> Draft:  # noqa: N802 (reads as data in the cases)
    return {"payee": {"kind": "party", "party": name}, "share": share}


def FOUNDATION(share: str) -> Draft:  # noqa: N802
    return {"payee": {"kind": "entity", "name": "the Ledger Foundation"}, "share": share}


LEDGER = {"kind": "entity", "name": "the Ledger Foundation"}


def TRANCHE(amount: str, due: str) -> Draft:  # noqa: N802
    return {"kind": "tranche", "payer": "Brightwater", "payee": {"kind": "party", "party": "Optimum"},
            "amount": money(amount), "due_date": due}  # fmt: skip


GRANT = {
    "programme": "Horizon Europe",
    "granting_authority": "the European Climate, Infrastructure and Environment Executive Agency",
    "max_grant": money("700000.00"),
    "funding_rate_percent": "70",
}
GRANT_CONTRIBUTIONS = [
    {"party": name, "kind": "cash", "description": "own resources for its tasks", "value": money(amount)}
    for name, amount in (("Rheinwerk", "400000.00"), ("Noordzee", "300000.00"), ("Shannon", "300000.00"))
]


CASES: tuple[CorpusCase, ...] = (
    # --- the clean bases: nothing to say -------------------------------------------------
    CorpusCase("distribution-clean", "distribution",
               silent=("model_block", "online_sales_ban", "eu_long_non_compete", "non_compete_within_term",
                       "arbitration_seat_and_language", "injunctive_relief", "tier_deadlines")),
    CorpusCase("licensing-clean", "licensing",
               silent=("answers_set_aside", "exclusive_licence_without_minimum", "background_schedule",
                       "compliance_clauses", "rate_and_parties", "foreground_allocation")),
    CorpusCase("co-marketing-clean", "co_marketing", silent=("cost_split_totals_100", "brand_licence_for_marketing")),
    CorpusCase("joint-venture-clean-small", "joint_venture",
               silent=("merger_control", "deadlock_in_fifty_fifty", "deadlock_step_deadlines", "lock_in_blocks_buy_out",
                       "parent_guarantee", "balance_of_power", "capital_calls", "no_partnership_clause",
                       "casting_vote_in_fifty_fifty", "change_of_control_once", "holdings_total", "reserved_matters",
                       "transfer_restrictions", "venture_background_licence")),
    CorpusCase("equity-clean", "equity_alliance",
               silent=("equity_stake", "deadlock_in_fifty_fifty", "competitor_board_seat",
                       "investment_figures_to_confirm", "capitalisation_reconciles", "whole_number_subscribed",
                       "as_is_beside_infringement_indemnity")),
    CorpusCase("revenue-sharing-clean", "revenue_sharing",
               silent=("pool_totals_100", "audit_rights", "indemnity_procedure", "liability_cap")),
    CorpusCase("consortium-clean", "consortium",
               silent=("blueprint_consistency", "exit_clause", "exit_valuation", "consortium_shape",
                       "consortium_veto_window", "consortium_member_liability", "seats_for_every_party",
                       "named_courts", "quorum_of_one")),
    CorpusCase("data-sharing-clean", "data_sharing",
               silent=("answers_set_aside", "roles_and_basis", "joint_controllers", "special_category", "breach_notice",
                       "non_personal_licence", "purpose_and_items")),
    CorpusCase("open-source-clean", "open_source",
               silent=("inbound_licence", "neutral_trademarks", "quorum_blockable", "antitrust_policy",
                       "quorum_of_one", "host_apart_from_members")),
    # --- joint ventures ------------------------------------------------------------------
    # Competing parents with nothing keeping the Company's business for the Company: a note;
    # with a non-compete in the field, silent (the competition rule speaks to the restraint).
    CorpusCase("jv-competing-parents-nothing-keeps-the-business", "joint_venture", COMPETITORS),
    CorpusCase("jv-competing-parents-non-compete-in-field", "joint_venture", {**COMPETITORS, **IN_FIELD},
               silent=("jv_parent_competes_unrestricted",)),
    CorpusCase("jv-50-50-no-deadlock-large", "joint_venture", {
        "governance.deadlock": None,
        "contributions[0].value": money("40000000.00"), "contributions[1].value": money("40000000.00"),
    }),
    CorpusCase("jv-deadlock-steps-left-out", "joint_venture", {
        "governance.deadlock": {"escalation_days": None, "mediation_days": None, "terminal": "independent_expert"},
        "exit.triggers": ["deadlock", "material_breach"],
    }, silent=("deadlock_step_deadlines", "deadlock_in_fifty_fifty", "one_deadlock_exit")),
    CorpusCase("jv-deadlock-step-without-time", "joint_venture", {
        "governance.deadlock": {"escalation_days": 0, "mediation_days": 45, "terminal": "none"},
    }),
    CorpusCase("jv-texas-shootout-twice", "joint_venture", {
        "governance.deadlock.terminal": "texas_shootout",
        "exit.triggers": ["deadlock", "material_breach", "change_of_control"],
        "termination.change_of_control": "call_option",
    }, silent=("lock_in_blocks_buy_out", "shotgun_unequal_capacity", "answers_not_drafted")),
    CorpusCase("jv-lawyer-lock-in-blocks-buy-out", "joint_venture", {
        "governance.deadlock.terminal": "put_call_fmv",
    }, overrides={"transfer.lock_in": LOCK_IN_WITHOUT_EXCEPTION}),
    CorpusCase("jv-drag-along-default-lock-in", "joint_venture", {
        "transfer": {"lock_in_months": 36, "drag_along": True},
    }, silent=("lock_in_blocks_drag",)),
    # The lawyer's own drag-along runs at any time, and the lawyer's lock-in blocks it.
    CorpusCase("jv-lawyer-lock-in-blocks-drag", "joint_venture", {
        "transfer": {"lock_in_months": 36, "drag_along": True},
    }, overrides={"transfer.lock_in": LOCK_IN_WITHOUT_EXCEPTION, "transfer.drag_along": DRAG_AT_ANY_TIME}),
    # One holder meets the drag threshold alone: it can sell the minority's shares by itself.
    CorpusCase("jv-drag-by-majority-holder", "joint_venture", {
        "joint_venture.holdings": [{"party": "Albion", "percent": "70"}, {"party": "Hanse", "percent": "30"}],
        "transfer": {"lock_in_months": 36, "drag_along": True, "drag_threshold_percent": "70"},
        "governance.seats": [{"party": "Albion", "seats": 2}, {"party": "Hanse", "seats": 1}],
        "contributions[0].value": money("280000.00"), "contributions[1].value": money("120000.00"),
    }, silent=("lock_in_blocks_drag",)),
    # The same 70/30 company with a threshold above the larger holding: a drag needs both.
    CorpusCase("jv-drag-needs-both-holders", "joint_venture", {
        "joint_venture.holdings": [{"party": "Albion", "percent": "70"}, {"party": "Hanse", "percent": "30"}],
        "transfer": {"lock_in_months": 36, "drag_along": True, "drag_threshold_percent": "75"},
        "governance.seats": [{"party": "Albion", "seats": 2}, {"party": "Hanse", "seats": 1}],
        "contributions[0].value": money("280000.00"), "contributions[1].value": money("120000.00"),
    }, silent=("drag_by_one_holder", "lock_in_blocks_drag")),
    # A lawyer's variation clause that forgets admission by accession (the consortium blueprint's rule).
    CorpusCase("consortium-lawyer-variation-without-accession", "consortium", overrides={
        "general.variation_and_waiver": "No variation of this Agreement is effective unless signed by every Member.",
    }),
    CorpusCase("jv-70-30-shotgun-dilution", "joint_venture", {
        "joint_venture.holdings": [{"party": "Albion", "percent": "70"}, {"party": "Hanse", "percent": "30"}],
        "governance.seats": [{"party": "Albion", "seats": 3}, {"party": "Hanse", "seats": 1}],
        "governance.voting_basis": "per_member",
        "governance.deadlock.terminal": "russian_roulette",
        "funding_default": {"remedies": ["dilution"]},
        "contributions[0].value": money("1400000.00"), "contributions[1].value": money("600000.00"),
    }, silent=("ownership_mismatch", "lock_in_blocks_buy_out")),
    # One missed call: dilution, suspension and a discounted call on the shares, stacked.
    CorpusCase("jv-funding-default-penalties-stacked", "joint_venture", {
        "funding_default": {"remedies": ["dilution", "loss_of_rights"]},
        "exit": {"triggers": ["material_breach", "funding_default"], "valuation": "fair_market_value",
                 "bad_leaver_discount_percent": "20"},
    }),
    # A loan at a premium is the one remedy: nothing stacks.
    CorpusCase("jv-funding-default-one-remedy", "joint_venture", {
        "funding_default": {"remedies": ["lender_premium"]},
        "exit": {"triggers": ["material_breach"], "valuation": "fair_market_value"},
    }, silent=("stacked_default_penalties",)),
    # The seats answered against the holding bands the governing-body clause drafts: a 30% holder
    # given two of three seats (the bands give it one), and a 70/30 Board that follows them.
    CorpusCase("jv-seats-off-the-holding-bands", "joint_venture", {
        "joint_venture.holdings": [{"party": "Albion", "percent": "70"}, {"party": "Hanse", "percent": "30"}],
        "governance.seats": [{"party": "Albion", "seats": 1}, {"party": "Hanse", "seats": 2}],
        "contributions[0].value": money("1400000.00"), "contributions[1].value": money("600000.00"),
    }),
    CorpusCase("jv-seats-follow-the-holding-bands", "joint_venture", {
        "joint_venture.holdings": [{"party": "Albion", "percent": "70"}, {"party": "Hanse", "percent": "30"}],
        "governance.seats": [{"party": "Albion", "seats": 2}, {"party": "Hanse", "seats": 1}],
        "contributions[0].value": money("1400000.00"), "contributions[1].value": money("600000.00"),
    }, silent=("seats_off_band",)),
    # A valuer to be appointed by an arbitral court that appoints no experts (SIAC): the Expert
    # clause names a body that does, and the answer is reported; an ICC expert is drafted as given.
    CorpusCase("jv-expert-appointed-by-siac-court", "joint_venture", {
        "disputes.arbitration.institution": "SIAC", "disputes.arbitration.seat": "Singapore",
        "exit.expert": "an independent valuer appointed by the SIAC Court of Arbitration if the Parties cannot agree",
    }),
    CorpusCase("jv-expert-appointed-by-icc-centre", "joint_venture", {
        "disputes.arbitration.institution": "SIAC", "disputes.arbitration.seat": "Singapore",
        "exit.expert": "an independent valuer appointed by the ICC International Centre for ADR",
    }, silent=("answers_set_aside",)),
    CorpusCase("jv-holdings-do-not-add-up", "joint_venture", {
        "joint_venture.holdings": [{"party": "Albion", "percent": "50"}, {"party": "Hanse", "percent": "30"}],
    }),
    CorpusCase("jv-individual-founders", "joint_venture", {
        "parties": _members(("Ana", "Ana Ribeiro", "individual", "Brazil"),
                            ("Bruno", "Bruno Costa", "individual", "Brazil")),
        "governing_law": "Brazil",
        "disputes.arbitration.seat": "São Paulo",
        "joint_venture.holdings": [{"party": "Ana", "percent": "50"}, {"party": "Bruno", "percent": "50"}],
        "joint_venture.jurisdiction": "Brazil",
        "contributions": [
            {"party": "Ana", "kind": "cash", "description": "quota capital", "value": money("50000.00", "BRL")},
            {"party": "Bruno", "kind": "personnel", "description": "his full-time work as chief engineer",
             "due": "2027-02-01"},
        ],
        "governance.seats": [{"party": "Ana", "seats": 1}, {"party": "Bruno", "seats": 1}],
        "ip.background_schedule": [{"party": "Bruno", "asset": "drone mapping software"}],
        "exit.triggers": ["material_breach"],
    }, silent=("parent_guarantee", "merger_control", "contributions_after_start")),
    CorpusCase("jv-spv-parents", "joint_venture", {
        "parties[0].legal_name": "Albion Rail Newco Limited",
        "parties[1].legal_name": "Hanse Bidco GmbH",
        "parties[1].parent_guarantor": "Hanseatische Antriebstechnik AG",
        "contributions[2]": {"party": "Hanse", "kind": "ip", "description": "traction control software",
                             "transfer_mode": "license", "valuation_method": "independent valuer"},
        "distributions": {"shares": [{"party": "Albion", "percent": "50"}, {"party": "Hanse", "percent": "50"}]},
        "funding_default": {"remedies": ["dilution"]},
    }, silent=("in_kind_valuation", "ip_transfer_mode", "distributions_total", "ownership_mismatch",
               "punitive_dilution")),
    CorpusCase("jv-preferred-distributions", "joint_venture", {
        "distributions": {"shares": [{"party": "Albion", "percent": "70"}, {"party": "Hanse", "percent": "30"}]},
    }),
    CorpusCase("jv-convenience-and-no-exit", "joint_venture", {
        "termination.convenience.allowed": True, "exit": None, "transfer": None,
        "governance.reserved_matters": [], "capital_calls": {"mode": "none"},
    }),
    CorpusCase("jv-parents-compete-long-non-compete", "joint_venture", {
        **COMPETITORS, "confidentiality.clean_team": True, "scope.field_of_use": "rail traction drives",
        "non_compete": {"kind": "in_field", "field": "rail traction drives", "tail_months": 36},
        "term": {"effective_date": "2027-01-01", "kind": "indefinite"},
    }, silent=("eu_long_non_compete", "competitor_information_exchange")),
    CorpusCase("jv-distributions-skewed-and-casting-vote", "joint_venture", {
        "distributions": {"shares": [{"party": "Albion", "percent": "70"}, {"party": "Hanse", "percent": "40"}]},
        "governance.casting_vote": "chair",
        "governance.quorum.adjourned_meeting_reduced": False,
    }),
    CorpusCase("jv-contribution-before-start", "joint_venture", {
        "contributions[0].due": "2026-11-30",
        "contributions[1].due": "2026-12-15",
        "ip.background_licence.scope": "",
    }),
    # --- equity alliances ----------------------------------------------------------------
    CorpusCase("equity-controlling-competitor-seat", "equity_alliance", {
        **COMPETITORS, "equity.stake_percent": "60", "equity.board_right": "seat",
        "scope.field_of_use": "ophthalmic lenses",
    }, silent=("balance_of_power", "competitor_restrictions")),
    CorpusCase("equity-without-investment-terms", "equity_alliance", {"equity": None}),
    # The founder signs and gives the tag-along herself: nothing to procure.
    CorpusCase("equity-founder-signs", "equity_alliance", {
        "parties[2]": party("Dubois", "Claire Dubois", "individual", "France"),
    }, silent=("founders_not_parties",)),
    CorpusCase("equity-lock-up-and-lock-in-differ", "equity_alliance", {
        "equity.lock_up_months": 12, "transfer.lock_in_months": 36,
    }),
    CorpusCase("equity-lock-up-matches-lock-in", "equity_alliance", {
        "equity.lock_up_months": 24, "transfer.lock_in_months": 24,
    }, silent=("one_lock_period",)),
    CorpusCase("equity-no-exit-no-transfer-50-50-board", "equity_alliance", {
        "exit": None, "transfer": None,
        "governance": {"body": "board", "deadlock": None,
                       "seats": [{"party": "Brightwater", "seats": 1}, {"party": "Optimum", "seats": 1}]},
    }, silent=("deadlock_in_fifty_fifty", "deadlock_committee")),
    CorpusCase("equity-change-of-control-twice-ny", "equity_alliance", {
        "governing_law": "New York", "disputes.arbitration.seat": "New York",
        "exit.triggers": ["change_of_control", "insolvency"],
        "exit.valuation": "formula", "exit.formula": "ebitda_multiple",
    }),
    # A Delaware investor that gave its registered agent's address (CT Corporation); the
    # investee's Chicago head office, in Delaware too, is left alone.
    CorpusCase("equity-registered-agent-address", "equity_alliance", {
        "governing_law": "Delaware",
        "parties[0].jurisdiction": "Delaware, United States",
        "parties[0].address": "1209 Orange Street, Wilmington, DE 19801, United States",
        "parties[1].jurisdiction": "Delaware, United States",
        "parties[1].address": "455 N. Cityfront Plaza Drive, Chicago, IL 60611, United States",
    }),
    CorpusCase("equity-us-head-office-address", "equity_alliance", {
        "governing_law": "Delaware",
        "parties[0].jurisdiction": "Delaware, United States",
        "parties[0].address": "500 Market Street, San Francisco, CA 94105, United States",
    }, silent=("registered_agent_address",)),
    # --- distribution --------------------------------------------------------------------
    CorpusCase("distribution-sole-trader-no-online", "distribution", {
        "parties[1]": party("Outillage", "Jean Dupont", "individual", "France", role="distributor"),
        "distribution.online_sales_permitted": False,
    }),
    CorpusCase("distribution-individual-supplier", "distribution", {
        "parties[0]": party("Bremer", "Klaus Bremer", "individual", "Germany", role="supplier"),
        "term": {"effective_date": "2027-01-01", "kind": "fixed", "length_months": None},
    }, silent=("sole_trader_distributor",)),
    CorpusCase("distribution-long-requirements-non-compete", "distribution", {
        **IN_FIELD, "non_compete.tail_months": 12,
        "term": {"effective_date": "2027-01-01", "kind": "fixed", "length_months": 60},
    }, silent=("term_definition",)),
    CorpusCase("distribution-requirements-exclusive-us", "distribution", {
        "governing_law": "New York", "disputes.arbitration.seat": "New York",
        "parties[0].jurisdiction": "Delaware", "parties[1].jurisdiction": "New York",
        "exclusivity": {"kind": "requirements", "scope": "all its requirements of pumps", "duration_months": 84},
        "distribution.online_sales_permitted": False,
    }, silent=("eu_long_non_compete", "online_sales_ban", "exclusivity_ends_before_term")),
    CorpusCase("distribution-public-hospital-exclusive", "distribution", {
        "parties[1]": party("Hospices", "Hospices Civils de Lyon", "public_body", "France", role="distributor"),
        "distribution.distributor": "Hospices",
        "exclusivity": {"kind": "territory", "scope": "France", "duration_months": 36},
    }),
    CorpusCase("distribution-competitors-clean-team", "distribution", {
        **COMPETITORS, "confidentiality.clean_team": True, "scope.field_of_use": "industrial pumps for water utilities",
        "exclusivity": {"kind": "territory", "scope": "France", "duration_months": 36},
    }, silent=("competitor_information_exchange", "competitor_vague_scope")),
    # A service named in the field but not among the Products is reported, not dropped in
    # silence; a field the Products cover says nothing.
    CorpusCase("distribution-field-names-a-service", "distribution", {
        "scope.field_of_use": "Industrial pumps, spare parts and calibration services",
        "distribution.products": "industrial pumps and their spare parts",
    }),
    CorpusCase("distribution-field-covered-by-products", "distribution", {
        "scope.field_of_use": "Industrial pumps and their spare parts",
        "distribution.products": "industrial pumps and their spare parts",
    }, silent=("answers_set_aside",)),
    # Reserved Customers described as a class rest on a list still to be agreed (fires);
    # named in the carve-out, the clause names them and needs no list (silent).
    CorpusCase("distribution-reserved-customers-as-a-class", "distribution", {
        "exclusivity": {"kind": "territory", "scope": "France", "duration_months": 36,
                        "carve_outs": "Direct sales by Bremer to the water utilities that were its customers "
                                      "on the Effective Date"},
    }),
    CorpusCase("distribution-reserved-customers-named", "distribution", {
        "exclusivity": {"kind": "territory", "scope": "France", "duration_months": 36,
                        "carve_outs": "Direct sales by Bremer to Eau de Paris and Veolia Eau"},
    }, silent=("reserved_customers_not_named",)),
    # A stock the distributor must keep to the last day of a fixed term, with no duty on the
    # supplier to take it back at expiry (fires); renewing unless a party gives notice, the
    # supplier's non-renewal brings the duty (silent).
    CorpusCase("distribution-stock-kept-to-a-fixed-expiry", "distribution", {
        "scope.obligations": [{"party": "Outillage", "description": "Keep a stock of at least two months of sales."}],
        "term": {"effective_date": "2027-01-01", "kind": "fixed", "length_months": 36},
    }),
    CorpusCase("distribution-stock-kept-under-renewals", "distribution", {
        "scope.obligations": [{"party": "Outillage", "description": "Keep a stock of at least two months of sales."}],
        "term": {"effective_date": "2027-01-01", "kind": "initial_plus_renewal", "length_months": 36,
                 "renewal_months": 12, "non_renewal_notice_days": 180},
    }, silent=("stock_without_buy_back",)),
    # Credit terms to a distributor abroad with nothing behind them (fires; also without
    # retention of title); a distributor in the supplier's own country, or one whose parent
    # guarantees it, says nothing.
    CorpusCase("distribution-credit-abroad-no-retention", "distribution", {
        "distribution.payment_days": 90, "distribution.retention_of_title": False,
    }),
    CorpusCase("distribution-credit-at-home", "distribution", {
        "parties[1]": party("Outillage", "Outillage Moderne GmbH", home="Germany", role="distributor"),
    }, silent=("unsecured_credit_abroad", "distributor_protection_abroad")),
    CorpusCase("distribution-credit-parent-guarantee", "distribution", {
        "parties[1].parent_guarantor": "Groupe Outillage SA",
    }, silent=("unsecured_credit_abroad",)),
    # A French distributor's notices measured against the relationship's length: eighteen
    # months' notice of non-renewal is safe; a notice for convenience is measured too.
    CorpusCase("distribution-french-notice-eighteen-months", "distribution", {
        "term": {"effective_date": "2027-01-01", "kind": "initial_plus_renewal", "length_months": 36,
                 "renewal_months": 12, "non_renewal_notice_days": 548},
        "termination.convenience": {"allowed": True, "notice_days": 180},
    }),
    # --- licensing -----------------------------------------------------------------------
    CorpusCase("licensing-exclusive-no-minimum-net", "licensing", {
        "ip.licence_grant.exclusive": True, "sharing.base": "net", "sharing.audit": None,
        "sharing.tiers": [{"threshold": "0", "percent": "5"}, {"threshold": "1000000", "percent": "7"}],
    }, silent=("tiers_ordered",)),
    # The licensee's sales records listed as a diligence duty of an exclusive licence (fires:
    # promised twice), its royalty reports (silent: the reporting clause absorbs them, with
    # their days), and an exclusive licence whose listed duty is diligence itself (silent).
    CorpusCase("licensing-royalty-report-under-diligence", "licensing", {
        "ip.licence_grant.exclusive": True,
        "scope.obligations": [{"party": "Medinova", "description": "Keep records of all sales and royalties."}],
    }),
    CorpusCase("licensing-royalty-report-absorbed", "licensing", {
        "ip.licence_grant.exclusive": True,
        "scope.obligations": [{"party": "Medinova", "description": "Deliver royalty reports within 20 days."}],
    }, silent=("royalty_duty_under_diligence",)),
    CorpusCase("licensing-launch-duty-under-diligence", "licensing", {
        "ip.licence_grant.exclusive": True,
        "scope.obligations": [{"party": "Medinova", "description": "Launch in every country of the territory."}],
    }, silent=("royalty_duty_under_diligence",)),
    CorpusCase("licensing-university-three-party-eu", "licensing", {
        "parties[2]": party("Leiden", "Universiteit Leiden", "university", "Netherlands", role="licensor"),
        "ip.background_schedule": [],
        "sharing.rate_percent": None,
    }, silent=("public_party_arbitration",)),  # a Dutch university may agree to arbitrate
    CorpusCase("licensing-three-party-japan", "licensing", {
        "parties": _members(("Kanto", "Kanto Seimitsu K.K.", "corporation", "Japan"),
                            ("Osaka", "Osaka Optics K.K.", "corporation", "Japan"),
                            ("Busan", "Busan Photonics Co., Ltd.", "corporation", "South Korea")),
        "governing_law": "Japan", "disputes.arbitration.seat": "Tokyo",
        "ip.background_schedule": [{"party": "Kanto", "asset": "JP 7 123 456 (lens coating)"}],
        "ip.licence_grant.licensor": "Kanto", "ip.licence_grant.licensee": "Osaka",
        "ip.licence_grant.territory": "Japan",
        "sharing.payer": "Osaka", "sharing.payee": "Kanto",
        "sharing.currency": "JPY",
        "sharing.minimum_guarantee": money("10000000.00", "JPY"), "sharing.cap": money("90000000.00", "JPY"),
        "confidentiality.residuals": True,
    }, silent=("licensing_multi_party", "guarantee_and_cap", "residuals")),
    CorpusCase("licensing-tiers-cap-below-guarantee", "licensing", {
        "sharing.tiers": [{"threshold": "0", "percent": "6"}, {"threshold": "1000000", "percent": "8"},
                          {"threshold": "500000", "percent": "5"}],
        "sharing.minimum_guarantee": money("100000.00"), "sharing.cap": money("80000.00"),
    }),
    CorpusCase("licensing-joint-results-residuals", "licensing", {
        "ip.foreground": {"ownership": "joint", "licence_back": None},
        "confidentiality": {"residuals": True, "residuals_exclude_trade_secrets": False},
    }),
    # A patent licence runs until its last Royalty Term ends, whatever term was answered;
    # a licence of know-how alone keeps the term answered, which may end first.
    CorpusCase("licensing-royalty-until-last-claim-renewing-term", "licensing", {
        "ip.licence_grant.royalty_term": "last_valid_claim",
    }, silent=("royalty_term_within_agreement",)),
    CorpusCase("licensing-know-how-royalty-years-renewing-term", "licensing", {
        "ip.licence_grant.subject": "the controlled-release know-how",
        "ip.background_schedule": [{"party": "Carraig", "asset": "Controlled-release tablet know-how"}],
        "ip.licence_grant.royalty_term": "years_from_first_sale",
    }),
    CorpusCase("licensing-royalty-until-last-claim-open-term", "licensing", {
        "ip.licence_grant.royalty_term": "later_of", "ip.licence_grant.no_claim_rate_percent": "3",
        "term": {"effective_date": "2027-01-01", "kind": "indefinite"},
    }, silent=("royalty_term_within_agreement",)),
    # A royalty for as long as the licence runs steps down where no Valid Claim covers the
    # product (the royalty clause drafts it): silent. Ten years from first sale whatever
    # the patents' expiry: fires.
    CorpusCase("licensing-new-york-patent-royalty-for-the-term", "licensing", {
        "governing_law": "New York", "disputes.arbitration.seat": "New York",
        "parties[0].jurisdiction": "Delaware", "parties[1].jurisdiction": "New York",
        "sharing.currency": "USD",
    }, silent=("us_royalty_after_patent_expiry",)),
    CorpusCase("licensing-new-york-patent-royalty-years-from-first-sale", "licensing", {
        "governing_law": "New York", "disputes.arbitration.seat": "New York",
        "parties[0].jurisdiction": "Delaware", "parties[1].jurisdiction": "New York",
        "sharing.currency": "USD",
        "ip.licence_grant.royalty_term": "years_from_first_sale",
        "term": {"effective_date": "2027-01-01", "kind": "indefinite"},
    }),
    CorpusCase("licensing-new-york-patent-royalty-until-last-claim", "licensing", {
        "governing_law": "New York", "disputes.arbitration.seat": "New York",
        "parties[0].jurisdiction": "Delaware", "parties[1].jurisdiction": "New York",
        "sharing.currency": "USD",
        "ip.licence_grant.royalty_term": "last_valid_claim",
        "term": {"effective_date": "2027-01-01", "kind": "indefinite"},
    }, silent=("us_royalty_after_patent_expiry", "royalty_term_within_agreement")),
    # EU competition law reaches a licence of EU countries under any law: a note under New
    # York law; silent for a US territory, and under an EU law (its own rules speak there).
    CorpusCase("licensing-eu-territory-new-york-law", "licensing", {
        "governing_law": "New York", "disputes.arbitration.seat": "New York",
        "parties[0].jurisdiction": "Delaware", "parties[1].jurisdiction": "New York",
        "sharing.currency": "USD", "ip.licence_grant.royalty_term": "last_valid_claim",
        "term": {"effective_date": "2027-01-01", "kind": "indefinite"},
    }),
    CorpusCase("licensing-us-territory-new-york-law", "licensing", {
        "governing_law": "New York", "disputes.arbitration.seat": "New York",
        "parties[0].jurisdiction": "Delaware", "parties[1].jurisdiction": "New York",
        "sharing.currency": "USD", "ip.licence_grant.territory": "United States",
        "scope.territory": "United States",
    }, silent=("eu_territory_under_another_law",)),
    CorpusCase("licensing-eu-territory-irish-law", "licensing", {}, silent=("eu_territory_under_another_law",)),
    CorpusCase("licensing-sublicence-income-without-sublicensing", "licensing", {
        "ip.licence_grant.sublicence_income_percent": "20",
    }),
    CorpusCase("licensing-sublicence-income-with-sublicensing", "licensing", {
        "ip.licence_grant.sublicence_income_percent": "20", "ip.licence_grant.sublicensable": True,
    }, silent=("sublicence_income_needs_sublicensing",)),
    # --- co-marketing --------------------------------------------------------------------
    CorpusCase("co-marketing-cost-split-120", "co_marketing", {
        "co_marketing.cost_split": [{"party": "Skyward", "percent": "60"}, {"party": "Merlion", "percent": "60"}],
        "ip.brand_licences": [],
    }),
    CorpusCase("co-marketing-partnership-hk", "co_marketing", {
        "parties[1]": party("Harbour", "Harbour Tea Partners", "partnership", "Hong Kong"),
        "co_marketing.cost_split": [{"party": "Skyward", "percent": "50"}, {"party": "Harbour", "percent": "50"}],
        "ip.brand_licences[1].licensor": "Harbour",
        "governing_law": "Hong Kong", "disputes.arbitration": {"institution": "HKIAC", "seat": "Hong Kong",
                                                                "arbitrators": 2},
        "background": "The campaign assets are listed in Schedule 1.",
    }),
    CorpusCase("co-marketing-artists-collective-japan", "co_marketing", {
        "parties[1]": party("Kumo", "Kumo Artists Collective", "other", "Japan"),
        "co_marketing.cost_split": [{"party": "Skyward", "percent": "70"}, {"party": "Kumo", "percent": "30"}],
        "ip.brand_licences[1].licensor": "Kumo",
        "governing_law": "Japan", "disputes.arbitration.seat": "Tokyo",
    }, silent=("balance_of_power", "pool_totals_100", "cost_split_totals_100")),
    CorpusCase("co-marketing-competing-airlines", "co_marketing", {
        **COMPETITORS,
        "parties[0]": party("Skyward", "Skyward Airlines N.V.", home="Netherlands"),
        "parties[1]": party("Merlion", "Merlion Air Pte. Ltd.", home="Singapore"),
    }),
    CorpusCase("co-marketing-campaign-outlives-term", "co_marketing", {
        "co_marketing.duration_months": 18, "term": {"effective_date": "2027-01-01", "kind": "fixed",
                                                     "length_months": 12},
    }),
    CorpusCase("co-marketing-campaign-within-term", "co_marketing", {
        "co_marketing.duration_months": 12, "term": {"effective_date": "2027-01-01", "kind": "fixed",
                                                     "length_months": 12},
    }, silent=("campaign_within_term",)),
    CorpusCase("co-marketing-committee-equal-no-deadlock", "co_marketing", {
        "governance": {"body": "steering_committee",
                       "seats": [{"party": "Skyward", "seats": 2}, {"party": "Merlion", "seats": 2}], "deadlock": None},
        "extra_modules": ["steering_committee"],  # the committee is drafted (an optional part of this type)
    }),
    CorpusCase("co-marketing-committee-set-aside", "co_marketing", {
        "governance": {"body": "steering_committee",
                       "seats": [{"party": "Skyward", "seats": 1}, {"party": "Merlion", "seats": 1}]},
    }),
    CorpusCase("co-marketing-alcohol-package-ireland", "co_marketing", {
        "governing_law": "Ireland",
        "co_marketing.regulated_products": [{"party": "Merlion", "category": "alcohol"}],
        "scope.obligations": [{"party": "Skyward", "description": "Sell the stay-and-fly package at a 15% discount."},
                              {"party": "Merlion", "description": "Add a bottle of its gin to every package."}],
    }),
    CorpusCase("co-marketing-alcohol-gift-with-stay-ireland", "co_marketing", {
        "governing_law": "Ireland",
        "co_marketing.regulated_products": [{"party": "Merlion", "category": "alcohol"}],
        "scope.obligations": [{"party": "Merlion",
                               "description": "Give a complimentary bottle of its gin with every stay."}],
    }),
    CorpusCase("co-marketing-alcohol-full-price-ireland", "co_marketing", {
        "governing_law": "Ireland",
        "co_marketing.regulated_products": [{"party": "Merlion", "category": "alcohol"}],
        "scope.obligations": [{"party": "Merlion", "description": "Feature its gin in the campaign newsletter."}],
    }, silent=("alcohol_bundle",)),
    CorpusCase("co-marketing-hotel-and-tour-ireland", "co_marketing", {
        "governing_law": "Ireland",
        "scope.obligations": [{"party": "Skyward", "description": "Run a guided city tour for every campaign booking."},
                              {"party": "Merlion", "description": "Offer 300 campaign room-nights in its hotels."}],
    }),
    CorpusCase("co-marketing-hotel-newsletter-only", "co_marketing", {
        "governing_law": "Ireland",
        "scope.purpose": "Promote the hotel's rooms to the other party's newsletter readers.",
        "scope.obligations": [{"party": "Skyward", "description": "Feature the offer in four newsletters."},
                              {"party": "Merlion", "description": "Offer 300 campaign room-nights in its hotels."}],
    }, silent=("package_travel",)),
    CorpusCase("co-marketing-marks-beyond-programme", "co_marketing", {
        "ip.brand_licences[0].territory": "European Union",
    }),
    CorpusCase("co-marketing-marks-within-programme", "co_marketing", {
        "ip.brand_licences[0].territory": "Europe", "ip.brand_licences[1].territory": "Europe",
    }, silent=("marks_outside_programme",)),
    # --- revenue sharing -----------------------------------------------------------------
    CorpusCase("revenue-sharing-80-percent", "revenue_sharing", {
        "sharing.shares": [{"party": "Cobblestone", "percent": "50"}, {"party": "Pixel", "percent": "30"}],
        "sharing.base": "net", "sharing.deductions": ["refunds", "chargebacks"],
    }, silent=("net_basis_deductions",)),
    CorpusCase("revenue-sharing-no-partnership-llp", "revenue_sharing", {
        "parties[0]": party("Cobblestone", "Cobblestone Studio LLP", "llp"),
        "boilerplate.no_partnership": False, "boilerplate.anti_bribery": False, "boilerplate.sanctions": False,
        "sharing.minimum_guarantee": money("20000.00", "EUR"),
    }),
    CorpusCase("revenue-sharing-california-courts", "revenue_sharing", {
        "governing_law": "California", "parties[1].jurisdiction": "California", "parties[0].jurisdiction": "California",
        "disputes": {"forum": "courts", "arbitration": None, "courts": {"courts": ""}, "negotiation_days": None,
                     "injunctive_carve_out": False, "jury_waiver": True},
        "boilerplate.liability_cap": {"kind": "fixed_amount", "amount": money("50000.00", "GBP")},
        "scope.expected_annual_value": money("400000.00", "GBP"),
        "boilerplate.indemnity_procedure": False,
    }),
    # --- consortia -----------------------------------------------------------------------
    CorpusCase("consortium-two-members-no-coordinator", "consortium", {
        "parties": _members(("Rheinwerk", "Rheinwerk Energie GmbH", "corporation", "Germany"),
                            ("Noordzee", "Noordzee Offshore B.V.", "corporation", "Netherlands")),
        "consortium.coordinator": None,
        "governance.seats": [{"party": "Rheinwerk", "seats": 1}, {"party": "Noordzee", "seats": 1}],
        "sharing.shares": [{"party": "Rheinwerk", "percent": "50"}, {"party": "Noordzee", "percent": "50"}],
    }),
    CorpusCase("consortium-research-in-kind", "consortium", {
        "parties[3]": party("INMA", "Institut National des Matériaux Avancés", "public_body", "France"),
        "parties[4]": party("KTH", "Kungliga Tekniska högskolan", "university", "Sweden"),
        "contributions": [
            {"party": "Noordzee", "kind": "facilities", "description": "test berth in the North Sea"},
            {"party": "Shannon", "kind": "personnel", "description": "two engineers for 18 months"},
            {"party": "KTH", "kind": "ip", "description": "blade fatigue models"},
        ],
        "governance.seats": [{"party": name, "seats": 1} for name in ("Rheinwerk", "Noordzee", "Shannon")],
        "governance.veto_window_days": None, "consortium.member_liability_cap": None, "exit": None,
        "ip.foreground": {"ownership": "split_by_field"},
        "sharing.shares": [{"party": "Rheinwerk", "percent": "40"}, {"party": "Noordzee", "percent": "30"},
                           {"party": "Shannon", "percent": "30"}],
    }, silent=("exit_clause", "exit_valuation", "balance_of_power", "public_body_exclusivity")),
    CorpusCase("consortium-public-body-home-law", "consortium", {
        "parties[0]": party("Rheinwerk", "Stadtwerke Rheinwerk AöR", "public_body", "Germany", role="coordinator"),
        "governing_law": "Germany", "disputes.courts.courts": "the courts of Cologne",
        "exclusivity": {"kind": "field", "scope": "tidal energy", "duration_months": 24},
        "ip.foreground": {"ownership": "joint", "licence_back": None, "joint_rules": {"prosecution_lead": "Noordzee"}},
    }, silent=("public_body_foreign_law", "joint_foreground_rules")),
    # A grant-funded consortium whose Budget says Rheinwerk spends EUR 350,000 while its
    # Contributions are worth EUR 400,000: the two statements of what it commits disagree.
    CorpusCase("consortium-grant-budget-disagrees-with-contributions", "consortium", {
        "contributions": GRANT_CONTRIBUTIONS,
        "consortium.grant": GRANT,
        "consortium.budget": [{"party": "Rheinwerk", "costs": money("350000.00")},
                              {"party": "Noordzee", "costs": money("300000.00")},
                              {"party": "Shannon", "costs": money("300000.00")}],
    }, silent=("grant_within_maximum",)),
    # The same consortium with a Budget that matches the Contributions, its maximum grants
    # (70% of the costs) within the maximum grant: nothing to say about the money.
    CorpusCase("consortium-grant-budget-matches-contributions", "consortium", {
        "contributions": GRANT_CONTRIBUTIONS,
        "consortium.grant": GRANT,
        "consortium.budget": [{"party": "Rheinwerk", "costs": money("400000.00")},
                              {"party": "Noordzee", "costs": money("300000.00")},
                              {"party": "Shannon", "costs": money("300000.00")}],
    }, silent=("budget_matches_contributions", "grant_within_maximum")),
    # The Budget (and the Contributions) split the costs 40/30/30, the cost shares answered
    # 50/25/25: the Budget governs and the shares are not drafted, so the review says so
    # (the matching case above, 40/30/30 both ways, stays silent).
    CorpusCase("consortium-budget-beside-other-cost-shares", "consortium", {
        "contributions": GRANT_CONTRIBUTIONS,
        "consortium.grant": GRANT,
        "consortium.budget": [{"party": "Rheinwerk", "costs": money("400000.00")},
                              {"party": "Noordzee", "costs": money("300000.00")},
                              {"party": "Shannon", "costs": money("300000.00")}],
        "sharing.shares": [{"party": "Rheinwerk", "percent": "50"}, {"party": "Noordzee", "percent": "25"},
                           {"party": "Shannon", "percent": "25"}],
    }, silent=("budget_matches_contributions", "grant_within_maximum")),
    # Maximum grants of 70% of EUR 1,000,000 against a maximum grant of EUR 600,000.
    CorpusCase("consortium-grant-over-maximum", "consortium", {
        "contributions": GRANT_CONTRIBUTIONS,
        "consortium.grant": {**GRANT, "max_grant": money("600000.00")},
        "consortium.budget": [{"party": "Rheinwerk", "costs": money("400000.00")},
                              {"party": "Noordzee", "costs": money("300000.00")},
                              {"party": "Shannon", "costs": money("300000.00")}],
    }, silent=("budget_matches_contributions",)),
    # Without a Budget, cost shares of 40/30/30 against Contributions worth 50/25/25.
    CorpusCase("consortium-cost-shares-off-contributions", "consortium", {
        "contributions": [{"party": "Rheinwerk", "kind": "cash", "description": "own co-financing",
                           "value": money("500000.00")},
                          {"party": "Noordzee", "kind": "cash", "description": "own co-financing",
                           "value": money("250000.00")},
                          {"party": "Shannon", "kind": "cash", "description": "own co-financing",
                           "value": money("250000.00")}],
    }),
    # Insurance of EUR 5,000,000 per claim against a members' cap of EUR 500,000 (ten times).
    CorpusCase("consortium-insurance-ten-times-the-cap", "consortium", {
        "boilerplate.insurance": money("5000000.00"),
    }),
    # EUR 2,000,000 is four times the cap: within the usual range, nothing to say.
    CorpusCase("consortium-insurance-near-the-cap", "consortium", {
        "boilerplate.insurance": money("2000000.00"),
    }, silent=("insurance_against_cap",)),
    # A fixed cap of EUR 200,000 with EUR 1,000,000 cover in a licence.
    CorpusCase("licensing-insurance-five-times-a-fixed-cap", "licensing", {
        "boilerplate.liability_cap": {"kind": "fixed_amount", "amount": money("200000.00"),
                                      "exclude_indirect_losses": True, "expected_value_floor": False},
        "boilerplate.insurance": money("1000000.00"),
    }),
    # --- data sharing --------------------------------------------------------------------
    # Fraud signals shared between a Swiss and a Singapore company under Singapore law: no
    # system the deal touches has national criminal-data rules in its profile yet.
    CorpusCase("data-sharing-fraud-data-outside-profiled-systems", "data_sharing", {
        "parties[0].jurisdiction": "Switzerland", "parties[1].jurisdiction": "Singapore",
        "governing_law": {"profile": "sg", "other": ""},
    }, silent=("national_data_rules",)),
    # A go-live date among the milestones: a data sharing agreement drafts only the DPIA
    # sign-off, so the date would bind no one; the review says where it belongs.
    # A patent licence for royalties with a fixed end date: the draft runs until the last
    # Royalty Term ends, and the review says the date chosen is not the end.
    CorpusCase("licensing-fixed-term-patent-licence", "licensing", {
        "term.kind": "fixed", "term.end_date": "2037-01-31", "term.length_months": 120,
        "term.renewal_months": None,
    }),
    CorpusCase("data-sharing-go-live-milestone", "data_sharing", {
        "scope.milestones": [
            {"description": "Joint DPIA signed off", "due": "2027-01-31", "owner": "Ardent"},
            {"description": "Model live on 100% of orders", "due": "2027-04-30", "owner": "Ardent"},
        ],
    }),
    CorpusCase("data-sharing-us-recipient-without-safeguard", "data_sharing", {
        "parties[1].jurisdiction": "Delaware",
    }),
    CorpusCase("data-sharing-us-recipient-on-eu-clauses", "data_sharing", {
        "parties[1].jurisdiction": "Delaware",
        "data_sharing.transfers": [{"exporter": "Huishoud", "importer": "Ardent", "destination": "the United States",
                                    "mechanism": "eu_sccs"}],
    }, silent=("transfers_per_flow",)),
    CorpusCase("data-sharing-uk-exporter-on-eu-clauses", "data_sharing", {
        "parties[0].jurisdiction": "England and Wales", "parties[1].jurisdiction": "Singapore",
        "data_sharing.transfers": [{"exporter": "Huishoud", "importer": "Ardent", "destination": "Singapore",
                                    "mechanism": "eu_sccs"}],
    }),
    CorpusCase("data-sharing-health-data-legitimate-interests", "data_sharing", {
        "data_sharing.special_category": True,
    }),
    CorpusCase("data-sharing-health-data-consent", "data_sharing", {
        "data_sharing.special_category": True, "data_sharing.lawful_basis": "consent",
        "data_sharing.dpia_completed": True,
    }, silent=("special_category",)),
    CorpusCase("data-sharing-public-task-companies", "data_sharing", {
        "data_sharing.lawful_basis": "public_task", "data_sharing.article_26_arrangement": False,
        "data_sharing.breach_notice_hours": 96, "data_sharing.onward_transfers": True,
    }),
    CorpusCase("data-sharing-public-bodies", "data_sharing", {
        "parties[0]": party("Gemeente", "Gemeente Rotterdam", "public_body", "Netherlands", role="data_provider"),
        "parties[1]": party("RIVM", "Rijksinstituut voor Volksgezondheid en Milieu", "public_body", "Netherlands",
                            role="data_recipient"),
        "data_sharing.lawful_basis": "public_task", "data_sharing.special_category": True,
        "data_sharing.dpia_completed": True,
    }, silent=("public_task_private_party", "special_category", "legitimate_interests_public_body")),
    CorpusCase("data-sharing-municipality-legitimate-interests", "data_sharing", {
        "parties[0]": party("Gemeente", "Gemeente Rotterdam", "public_body", "Netherlands", role="data_provider"),
        "data_sharing.roles": "controller_processor", "data_sharing.article_26_arrangement": False,
        "data_sharing.special_category": True, "data_sharing.dpia_completed": True,
    }, silent=("joint_controllers",)),
    CorpusCase("data-sharing-no-roles-no-basis", "data_sharing", {
        "data_sharing.roles": "none", "data_sharing.lawful_basis": "none", "data_sharing.purpose": "",
        "data_sharing.data_items": [], "data_sharing.article_26_arrangement": False,
    }),
    CorpusCase("data-sharing-non-personal-switzerland", "data_sharing", {
        "governing_law": "Switzerland", "disputes.arbitration.seat": "Zurich",
        "parties[0].jurisdiction": "Switzerland", "parties[1].jurisdiction": "Switzerland",
        "data_sharing": {"personal_data": False, "purpose": "calibrating weather models",
                         "data_items": ["hourly wind speed readings"]},
    }),
    CorpusCase("data-sharing-us-health-data", "data_sharing", {
        "governing_law": "Delaware", "disputes.arbitration.seat": "Wilmington",
        "parties[0].jurisdiction": "Delaware", "parties[1].jurisdiction": "New York",
        "data_sharing.special_category": True, "data_sharing.breach_notice_hours": 96,
    }, silent=("special_category", "breach_notice", "onward_transfers")),
    # --- open source ---------------------------------------------------------------------
    CorpusCase("open-source-competitors-no-policy", "open_source", {
        **COMPETITORS, "open_source.antitrust_policy": False, "open_source.trademark_holder": "",
        "open_source.contribution_mechanism": "none", "open_source.inbound_equals_outbound": False,
    }, silent=("balance_of_power", "competitor_information_exchange", "competitor_collaboration")),
    CorpusCase("open-source-charter-fees-one-vote", "open_source", {
        **COMPETITORS, "confidentiality.clean_team": True,
        "contributions": [
            {"party": "Energiequelle", "kind": "cash", "description": "annual membership fee",
             "value": money("50000.00")},
            {"party": "Cascade", "kind": "cash", "description": "annual membership fee", "value": money("5000.00")},
        ],
        "background": "Members comply with Article 26 GDPR where they pool user data and with Article 101 TFEU.",
    }, silent=("balance_of_power", "typed_references", "competitor_collaboration")),
    CorpusCase("open-source-foundation-scotland", "open_source", {
        "governing_law": "Scotland", "parties[0].jurisdiction": "Scotland",
        "open_source.licence": "", "governance.quorum.adjourned_meeting_reduced": False,
    }, silent=("quorum_blockable",)),
    # Membership tiers: a Premier member appoints a board seat, a General member none, and
    # the list of seats says the same.
    CorpusCase("open-source-tiers-match-the-seats", "open_source", {
        "open_source.tiers": [
            {"name": "Premier", "annual_fee": money("50000.00"), "board_seats": 1},
            {"name": "General", "annual_fee": money("5000.00"), "board_seats": 0},
            {"name": "Academic"},
        ],
        "open_source.members": [{"party": "Energiequelle", "tier": "Premier"}, {"party": "Cascade", "tier": "General"}],
        "governance.seats[1].seats": 0,
    }, silent=("membership_tiers",)),
    # A General member (no seat) that the list of seats seats anyway, and a member with no tier.
    CorpusCase("open-source-tier-seats-differ", "open_source", {
        "open_source.tiers": [
            {"name": "Premier", "annual_fee": money("50000.00"), "board_seats": 1},
            {"name": "General", "annual_fee": money("5000.00"), "board_seats": 0},
        ],
        "open_source.members": [{"party": "Energiequelle", "tier": "General"}],
    }),
    # The members vote to change the project licence: the contributors' copyright says no.
    CorpusCase("open-source-licence-change-by-vote", "open_source", {
        "governance.reserved_matters": [
            {"matter": "changing the project licence to Apache-2.0", "threshold": "supermajority"},
        ],
    }),
    # Approving the licences of third-party code brought into the project is no relicensing.
    CorpusCase("open-source-inbound-licence-approval", "open_source", {
        "governance.reserved_matters": [
            {"matter": "approving the licence of third-party code brought into the project",
             "threshold": "supermajority"},
        ],
    }, silent=("licence_change_by_vote",)),
    # The foundation drafted as one more member (no host named), with members selling in
    # the EU: nobody acts as the Cyber Resilience Act's open-source software steward.
    CorpusCase("open-source-foundation-as-member", "open_source", {
        "open_source.host": None, "open_source.eu_market": True,
        "governance.seats[2]": {"party": "OpenGrid", "seats": 1},
    }),
    # A host that keeps a seat on the committee, and marks held by a member instead of it.
    CorpusCase("open-source-host-with-seat-marks-with-member", "open_source", {
        "governance.seats[2]": {"party": "OpenGrid", "seats": 1},
        "open_source.trademark_holder": "Energiequelle AG",
    }),
    # A hosted project whose members sell in the EU: the host is the steward, nothing to raise.
    CorpusCase("open-source-hosted-eu-market", "open_source", {
        "open_source.eu_market": True,
        "open_source.tiers": [{"name": "Member", "annual_fee": money("20000.00"), "board_seats": 1}],
        "open_source.members": [{"party": "Energiequelle", "tier": "Member"}, {"party": "Cascade", "tier": "Member"}],
    }, silent=("host_apart_from_members", "membership_tiers")),
    # Round 7: a fixed cap chosen for a charter without fees is drafted as chosen, and a change
    # of control answered as notice only asks for no re-test against the admission criteria.
    CorpusCase("open-source-fixed-cap-notice-only", "open_source", {
        "boilerplate.liability_cap": {"kind": "fixed_amount", "amount": money("50000.00"),
                                      "exclude_indirect_losses": True, "expected_value_floor": False},
        "termination.change_of_control": "notice",
    }, silent=("answers_set_aside",)),
    # No cap at all asked for a charter without fees, and a right to end a membership on a change
    # of control against open admission: the review reports how each is drafted instead.
    CorpusCase("open-source-no-cap-control-right", "open_source", {
        "boilerplate.liability_cap.kind": "none", "termination.change_of_control": "termination_right",
    }),
    # Each order scored in real time on legitimate interests: the declines rest on Article 22(2)(a)
    # with the safeguards after them, and the review says what that reliance needs.
    CorpusCase("data-sharing-real-time-declines", "data_sharing", {
        "scope.obligations": [{"party": "Ardent", "description": "Score each order within 300 milliseconds."}],
    }),
    # --- the governing law ---------------------------------------------------------------
    CorpusCase("revenue-sharing-uae-law", "revenue_sharing", {
        "governing_law": {"profile": "neutral", "other": "the United Arab Emirates"},
        "parties[1].jurisdiction": "Dubai, United Arab Emirates",
    }, silent=("forum_far_from_law",)),
    CorpusCase("licensing-unlisted-institution-unnamed", "licensing", {
        "disputes.arbitration": {"institution": "other", "seat": "Dubai", "language": "English"},
        "disputes.mediation": {"provider": "other", "days": 30},
    }),
    CorpusCase("licensing-unlisted-institution-named", "licensing", {
        "disputes.arbitration": {"institution": "other", "other_rules": "the DIAC Arbitration Rules 2022",
                                 "seat": "Dubai", "language": "English"},
        "disputes.mediation": {"provider": "other", "other_provider": "the DIAC Mediation Rules", "days": 30},
    }, silent=("named_forum_rules",)),
    CorpusCase("consortium-belgian-law-new-york-courts", "consortium", {
        "disputes.courts.courts": "New York",
    }),
    # Belgian law has a profile, so the draft needs no local-counsel warning.
    CorpusCase("consortium-belgian-law-brussels-courts", "consortium", {},
               silent=("forum_far_from_law", "law_without_profile")),
    CorpusCase("joint-venture-bad-leaver-discount-german-law", "joint_venture", {
        "governing_law": "Germany", "exit.bad_leaver_discount_percent": "40",
    }),
    CorpusCase("joint-venture-no-discount-german-law", "joint_venture", {
        "governing_law": "Germany",
    }, silent=("discount_as_penalty",)),
    CorpusCase("distribution-dubai-law-no-protection-said", "distribution", {
        "governing_law": {"profile": "neutral", "other": "the Dubai International Financial Centre"},
    }, silent=("distributor_protection",)),
    # The French distributor under French law: its abrupt-termination rule is the governing
    # law's own (law.distributor-protection), not a rule from abroad.
    CorpusCase("distribution-french-law-no-rule-from-abroad", "distribution", {
        "governing_law": "France", "disputes.arbitration.seat": "Paris",
    }, silent=("distributor_protection_abroad",)),
    CorpusCase("co-marketing-other-law-courts-unnamed", "co_marketing", {
        "governing_law": {"profile": "neutral", "other": "the Kingdom of Saudi Arabia"},
        "disputes": {"forum": "courts", "arbitration": None, "courts": {"courts": ""}},
    }),
    CorpusCase("licensing-new-york-courts-jury-waived", "licensing", {
        "governing_law": "New York",
        "disputes": {"forum": "courts", "arbitration": None, "courts": {"courts": ""}, "jury_waiver": True},
    }, silent=("jury_waiver_not_enforced", "named_courts")),
    # A jury waiver asked for under a law whose courts sit without a jury: set aside, once.
    CorpusCase("distribution-german-courts-jury-waiver-asked", "distribution", {
        "governing_law": "Germany",
        "disputes": {"forum": "courts", "arbitration": None, "courts": {"courts": ""}, "jury_waiver": True},
    }),
    CorpusCase("data-sharing-dutch-arbitration-jury-waiver-asked", "data_sharing", {
        "governing_law": "the Netherlands",
        "disputes.jury_waiver": True,
    }),
    # --- deal economics: bands, caps, sunsets, minimums, payments, company shares, leavers ---
    CorpusCase("revenue-share-brazil-minimum-owed-by-nobody", "revenue_sharing", {
        "governing_law": "Brazil", "disputes.arbitration.seat": "São Paulo",
        "sharing.minimum_guarantee": money("100000.00", "USD"), "sharing.currency": "USD",
    }),
    CorpusCase("revenue-share-minimum-owed-by-the-collector", "revenue_sharing", {
        "sharing.minimum_guarantee": money("100000.00", "GBP"), "sharing.payer": "Pixel",
    }, silent=("split_minimum_names_who_owes_it",)),
    # A minimum that lapses into a termination right is not pro-rated; the top-up is.
    CorpusCase("revenue-share-minimum-lapses-without-pro-rating", "revenue_sharing", {
        "sharing.minimum_guarantee": money("100000.00", "GBP"), "sharing.payer": "Pixel",
        "sharing.shortfall": "termination",
    }),
    CorpusCase("revenue-share-minimum-top-up-pro-rated", "revenue_sharing", {
        "sharing.minimum_guarantee": money("100000.00", "GBP"), "sharing.payer": "Pixel",
        "sharing.payee": "Cobblestone",
    }, silent=("minimum_not_pro_rated",)),
    # A committee set up for a revenue share is not drafted (precedent 6): a note, not a warning.
    CorpusCase("revenue-share-committee-answers-unused", "revenue_sharing", {
        "governance": {"body": "steering_committee",
                       "seats": [{"party": "Cobblestone", "seats": 1}, {"party": "Pixel", "seats": 1}],
                       "deadlock": None},
    }),
    CorpusCase("revenue-share-bands-foundation-capped", "revenue_sharing", {
        "scope.purpose": "publish the games and share the revenue; the Ledger Foundation takes five per cent "
                         "until GBP 250,000 has been paid to it",
        "sharing.shares": [], "sharing.payer": "Pixel", "sharing.sunset_years": 3,
        "sharing.bands": [
            {"from_amount": "0", "shares": [PAYEE("Cobblestone", "60%"), PAYEE("Pixel", "35%"), FOUNDATION("5%")]},
            {"from_amount": "100000", "shares": [PAYEE("Cobblestone", "2/3"), PAYEE("Pixel", "1/3")]},
        ],
        "sharing.cap": money("250000.00", "GBP"), "sharing.cap_basis": "cumulative",
        "sharing.cap_payee": {"kind": "entity", "name": "the Ledger Foundation"},
        "boilerplate.third_party_rights": True,
        "payments": [{"kind": "recurring", "payer": "Cobblestone", "payee": LEDGER,
                      "amount": money("5000.00", "GBP"), "description": "Annual membership fee",
                      "due_date": "2027-01-01", "recurrence": "annually"}],
    }, silent=("band_splits_total_100", "bands_contiguous", "one_split_only", "cap_until_not_yearly",
               "sunset_within_term", "non_party_payees", "payments_say_when")),
    CorpusCase("revenue-share-band-short-of-whole", "revenue_sharing", {
        "sharing.shares": [],
        "sharing.bands": [
            {"from_amount": "0", "shares": [PAYEE("Cobblestone", "70%"), PAYEE("Pixel", "30%")]},
            {"from_amount": "100000", "shares": [PAYEE("Cobblestone", "60%"), PAYEE("Pixel", "30%")]},
        ],
    }),
    CorpusCase("revenue-share-bands-gap-and-overlap", "revenue_sharing", {
        "sharing.shares": [],
        "sharing.bands": [
            {"from_amount": "1000", "shares": [PAYEE("Cobblestone", "70%"), PAYEE("Pixel", "30%")]},
            {"from_amount": "1000", "shares": [PAYEE("Cobblestone", "60%"), PAYEE("Pixel", "40%")]},
        ],
    }),
    CorpusCase("revenue-share-split-and-bands", "revenue_sharing", {
        "sharing.bands": [{"from_amount": "0", "shares": [PAYEE("Cobblestone", "70%"), PAYEE("Pixel", "30%")]}],
    }),
    CorpusCase("revenue-share-until-cap-drafted-yearly", "revenue_sharing", {
        "scope.purpose": "publish the games and share the revenue until GBP 250,000 has been paid to Cobblestone",
        "sharing.cap": money("250000.00", "GBP"),
    }),
    CorpusCase("revenue-share-sunset-after-fixed-term", "revenue_sharing", {
        "sharing.sunset_years": 5, "term.kind": "fixed", "term.length_months": 24,
    }),
    CorpusCase("revenue-share-equal-shares-unequal", "revenue_sharing", {"sharing.equal_shares": True}),
    CorpusCase("revenue-share-equal-halves", "revenue_sharing", {
        "sharing.equal_shares": True,
        "sharing.shares": [{"party": "Cobblestone", "fraction": "1/2"}, {"party": "Pixel", "fraction": "1/2"}],
    }, silent=("equal_split_is_equal",)),
    CorpusCase("revenue-share-fee-to-foundation-unenforceable", "revenue_sharing", {
        "payments": [{"kind": "recurring", "payer": "Cobblestone", "payee": LEDGER,
                      "amount": money("5000.00", "GBP"), "due_date": "2027-01-01", "recurrence": "annually"}],
    }),
    CorpusCase("revenue-share-milestone-without-milestone", "revenue_sharing", {
        "payments": [{"kind": "milestone", "payer": "Pixel", "payee": {"kind": "party", "party": "Cobblestone"},
                      "amount": money("20000.00", "GBP"), "description": "Launch bonus"}],
    }),
    CorpusCase("revenue-share-leavers-without-company", "revenue_sharing", {"leavers": {}}),
    CorpusCase("distribution-minimum-costs-missing-exclusivity", "distribution", {
        "exclusivity": {"kind": "none"}, "distribution.minimum_purchase_shortfall": "convert_to_non_exclusive",
    }),
    CorpusCase("distribution-exclusive-with-minimum-and-consequence", "distribution", {
        "exclusivity": {"kind": "territory", "scope": "France"},
        "distribution.minimum_purchase_shortfall": "convert_to_non_exclusive",
    }, silent=("minimum_has_a_consequence", "exclusivity_without_minimum")),
    CorpusCase("distribution-exclusivity-ends-while-agreement-renews", "distribution", {
        "exclusivity": {"kind": "territory", "scope": "France", "duration_months": 24},
        "distribution.minimum_purchase_shortfall": "convert_to_non_exclusive",
    }),
    CorpusCase("distribution-exclusivity-for-the-whole-fixed-term", "distribution", {
        "exclusivity": {"kind": "territory", "scope": "France", "duration_months": 36},
        "distribution.minimum_purchase_shortfall": "convert_to_non_exclusive",
        "term": {"effective_date": "2027-01-01", "kind": "fixed", "length_months": 36},
    }, silent=("exclusivity_ends_before_term",)),
    CorpusCase("distribution-exclusive-without-minimum", "distribution", {
        "exclusivity": {"kind": "territory", "scope": "France"}, "distribution.minimum_purchase": None,
    }),
    CorpusCase("equity-figures-not-given", "equity_alliance", {
        "equity.long_stop_date": None, "equity.shares_before": None, "equity.price_per_share": money("25.00"),
        "parties[2]": party("Claire", "Claire Dubois", "individual", "France"),
    }),
    CorpusCase("equity-figures-given-with-a-founder", "equity_alliance", {
        "equity.founder_warranty_cap": money("150000.00"),
        "parties[2]": party("Claire", "Claire Dubois", "individual", "France"),
    }, silent=("investment_figures_to_confirm",)),
    # Agreed-form documents: listed with a placeholder until attached (the lawyer's own
    # schedule, once the documents are attached, says so and the warning goes).
    CorpusCase("equity-agreed-forms-attached", "equity_alliance", overrides={
        "investment.agreed_forms": "The documents in the agreed form are attached to this Schedule as exhibits.",
    }, silent=("agreed_forms_not_attached",)),
    CorpusCase("jv-ancillary-agreements-attached", "joint_venture", overrides={
        "company.ancillary": "The Ancillary Agreements are the agreements attached to this Schedule.",
    }, silent=("agreed_forms_not_attached",)),
    CorpusCase("equity-capitalisation-does-not-reconcile", "equity_alliance", {
        "equity.price_per_share": money("25.00"), "equity.shares_before": 1000000,
    }),
    CorpusCase("equity-capitalisation-reconciles", "equity_alliance", {
        "equity.price_per_share": money("25.00"), "equity.shares_before": 1466667,
    }, silent=("capitalisation_reconciles",)),
    # The price per share must buy a whole number of shares, or the number, the price and the
    # stake of the subscription cannot all agree.
    CorpusCase("equity-price-buys-a-fraction-of-a-share", "equity_alliance", {
        "equity.price_per_share": money("7.00"), "equity.shares_before": None,
    }),
    CorpusCase("equity-price-buys-whole-shares", "equity_alliance", {
        "equity.price_per_share": money("20.00"), "equity.shares_before": None,
    }, silent=("whole_number_subscribed",)),
    # A lawyer's own disclaimer makes the IP "as is" without leaving the infringement
    # indemnity in place; the drafted one carves it out (equity-clean keeps the rule silent).
    CorpusCase("equity-as-is-disclaimer-beside-ip-indemnity", "equity_alliance", overrides={
        "liability.disclaimer": "Except as expressly set out in this Agreement, neither Party gives any warranty, "
        "and all Background IP and Foreground IP are made available \u201cas is\u201d.",
    }),
    CorpusCase("equity-tranches-short-of-price", "equity_alliance", {
        "payments": [TRANCHE("2000000.00", "2027-03-01"), TRANCHE("2000000.00", "2028-03-01")],
    }),
    CorpusCase("equity-tranches-and-a-contribution-date", "equity_alliance", {
        "payments": [TRANCHE("2500000.00", "2027-03-01"), TRANCHE("2500000.00", "2028-03-01")],
        "contributions": [{"party": "Brightwater", "kind": "cash", "description": "Subscription for new shares",
                           "value": money("5000000.00"), "due": "2027-03-01"}],
    }, silent=("payment_clause_matches_schedule",)),
    CorpusCase("equity-tranches-match-the-schedule", "equity_alliance", {
        "payments": [TRANCHE("2500000.00", "2027-03-01"), TRANCHE("2500000.00", "2028-03-01")],
        "contributions": [{"party": "Brightwater", "kind": "cash", "description": "Subscription for new shares",
                           "value": money("5000000.00")}],
    }, silent=("tranches_match_investment", "payment_clause_matches_schedule")),
    CorpusCase("joint-venture-holdings-not-whole-shares", "joint_venture", {"joint_venture.number_of_shares": 101}),
    CorpusCase("joint-venture-holdings-in-whole-shares", "joint_venture", {
        "joint_venture.number_of_shares": 100,
    }, silent=("holdings_fit_whole_shares",)),
    CorpusCase("joint-venture-leavers-bought-by-company-only", "joint_venture", {"leavers": {"buyer": "company"}}),
    CorpusCase("joint-venture-leavers-with-fallback", "joint_venture", {"leavers": {}}, silent=("leaver_terms_sound",)),
    # --- strategic supplier alliance --------------------------------------------------------
    CorpusCase("supplier-alliance-clean", "supplier_alliance", {}, silent=(
        "supply_terms_missing", "take_or_pay_bands", "co_investment_unsecured", "amortisation_outlasts_term",
        "exclusive_purchasing_too_long", "most_favoured_with_exclusivity", "committed_volumes_total",
        # A parent guarantee backs the buyer's contribution; both parties are English.
        "buyer_prepayment_unsecured", "cross_border_supply", "german_buyer_supply_chain_duties")),
    CorpusCase("supplier-alliance-terms-missing", "supplier_alliance", {"supplier_alliance": None}),
    CorpusCase("supplier-alliance-bands-with-a-gap", "supplier_alliance", {
        "supplier_alliance.take_or_pay": [
            {"from_percent": "0", "to_percent": "10", "payment_percent": "0"},
            {"from_percent": "20", "to_percent": "100", "payment_percent": "40"}],
    }),
    CorpusCase("supplier-alliance-full-price-band-german-law", "supplier_alliance", {
        "governing_law": "Germany", "disputes": {"arbitration": {"institution": "DIS", "seat": "Frankfurt",
                                                               "language": "English"}},
        "supplier_alliance.take_or_pay": [
            {"from_percent": "0", "to_percent": "5", "payment_percent": "0"},
            {"from_percent": "5", "to_percent": "100", "payment_percent": "100"}],
    }),
    CorpusCase("supplier-alliance-line-without-take-or-pay", "supplier_alliance", {
        "supplier_alliance.take_or_pay": [],
    }),
    CorpusCase("supplier-alliance-line-amortised-past-the-term", "supplier_alliance", {
        "supplier_alliance.co_investment.amortisation_months": 84,
    }),
    CorpusCase("supplier-alliance-seven-years-exclusive-purchasing", "supplier_alliance", {
        "supplier_alliance.exclusivity_months": 84, "term": {"effective_date": "2027-04-01", "kind": "fixed",
                                                             "length_months": 84},
        "supplier_alliance.committed_volumes": [{"year": year, "units": 30000} for year in range(1, 8)],
    }),
    CorpusCase("supplier-alliance-seven-years-exclusive-new-york", "supplier_alliance", {
        "governing_law": "New York", "parties[0].jurisdiction": "Ohio", "parties[1].jurisdiction": "Michigan",
        "disputes": {"arbitration": {"institution": "ICDR", "seat": "New York", "language": "English"}},
        "supplier_alliance.exclusivity_months": 84, "term": {"effective_date": "2027-04-01", "kind": "fixed",
                                                             "length_months": 84},
        "supplier_alliance.committed_volumes": [{"year": year, "units": 30000} for year in range(1, 8)],
    }, silent=("exclusive_purchasing_too_long",)),
    CorpusCase("supplier-alliance-mfc-and-exclusive-purchasing", "supplier_alliance", {
        "supplier_alliance.most_favoured_customer": True,
    }),
    CorpusCase("supplier-alliance-volumes-do-not-add-up", "supplier_alliance", {
        "supplier_alliance.total_committed_units": 160000,
    }),
    CorpusCase("supplier-alliance-exclusivity-outlasts-commitment", "supplier_alliance", {
        "supplier_alliance.committed_volumes": [{"year": year, "units": 30000} for year in range(1, 4)],
    }),
    CorpusCase("supplier-alliance-german-buyer-of-english-parts", "supplier_alliance", {
        "parties[1]": party("Lindner", "Lindner Maschinenbau GmbH", home="Germany", role="buyer"),
    }),
    CorpusCase("supplier-alliance-buyer-prepays-without-guarantee", "supplier_alliance", {
        "parties[0].parent_guarantor": "",
    }),
    CorpusCase("supplier-alliance-escrow-without-agent", "supplier_alliance", {
        "supplier_alliance.escrow": True, "supplier_alliance.escrow_agent": "",
    }),
    CorpusCase("supplier-alliance-escrow-with-agent", "supplier_alliance", {
        "supplier_alliance.escrow": True, "supplier_alliance.escrow_agent": "NCC Group Escrow Limited",
    }, silent=("escrow_agent_missing",)),
    CorpusCase("supplier-alliance-line-approved-late", "supplier_alliance", {
        "scope.milestones": [{"description": "First-article approval of parts from the cell", "due": "2027-12-31",
                              "owner": "Harrow"}],
    }),
    CorpusCase("supplier-alliance-line-approved-in-time", "supplier_alliance", {
        "scope.milestones": [{"description": "First-article approval of parts from the cell", "due": "2027-09-30",
                              "owner": "Harrow"}],
    }, silent=("amortisation_after_approval",)),
    CorpusCase("supplier-alliance-estimate-not-a-cap-floor", "supplier_alliance", {
        "scope.expected_annual_value": money("3600000.00"),
    }),
    CorpusCase("supplier-alliance-cap-floor-confirmed", "supplier_alliance", {
        "scope.expected_annual_value": money("3600000.00"),
        "boilerplate": {"liability_cap": {"kind": "fees_last_12_months", "expected_value_floor": True}},
    }, silent=("cap_floor_unconfirmed",)),
    # --- partner networks ----------------------------------------------------------------
    # Resellers buy and resell in their own name: no agent risk; French partners undertake
    # no exclusivity, so no disclosure document; the territory clause frees non-exclusive ones.
    CorpusCase("network-clean", "partner_network", {"network.role": "reseller"}, silent=(
        "network_block", "schedules", "exclusive_overlap", "commercial_agents", "cross_border_shares",
        "agent_by_country", "disclosure_by_country", "territory_of_non_exclusive", "special_terms_touch_master")),
    CorpusCase("network-local-operators-in-belgium-and-france", "partner_network", {
        "parties[2].jurisdiction": "Belgium",
    }),
    CorpusCase("network-french-partners-bound-by-a-non-compete", "partner_network", {
        "network.role": "reseller", "non_compete": {"kind": "in_field", "field": "neighbourhood apps",
                                                    "tail_months": 0},
    }),
    CorpusCase("network-special-term-pays-in-swiss-francs", "partner_network", {
        "network.role": "reseller",
        "network.partners[1].special_terms": "Shares paid in Swiss francs at the rate of the day of payment.",
    }),
    CorpusCase("network-lawyer-keeps-partners-to-their-territory", "partner_network",
               {"network.role": "reseller"}, overrides={
        "network_appointment.territory": "The Partner acts only in the territory described in its Partner "
                                         "Schedule (the <term>Territory</term>).",
    }),
    CorpusCase("network-partner-without-schedule-or-whole-split", "partner_network", {
        "network.partners": [{"party": "Lyon", "territory": "Lyon",
                              "bands": [{"shares": [{"payee": {"party": "Lyon"}, "share": "30%"},
                                                    {"payee": {"party": "Voisineo"}, "share": "60%"}]}]}],
    }),
    CorpusCase("network-two-exclusive-partners-in-lyon", "partner_network", {
        "network.partners[1].territory": "Lyon", "network.partners[1].exclusive": True,
    }),
    CorpusCase("network-agents-abroad-and-a-sole-trader", "partner_network", {
        "network.agency": True, "parties[2]": party("Lambert", "Sophie Lambert", "individual", "Belgium"),
        "network.partners[1].party": "Lambert", "network.partners[1].bands": [
            {"shares": [{"payee": {"party": "Lambert"}, "share": "25%"}, {"payee": {"party": "Voisineo"},
                                                                          "share": "75%"}]}],
    }),
    CorpusCase("network-without-its-block", "partner_network", {"network": None}),
    # --- R&D collaborations --------------------------------------------------------------
    # The Option holder co-owns the Joint Results: its own use as co-owner stops short of the
    # Licensed Products (drafted: silent); a lawyer's wording that lets it exploit them freely,
    # without the Licence's royalty: fires.
    CorpusCase("research-option-holder-co-owner-use-limited", "research_collaboration", {
        "research.ownership": "joint", "research.joint_exploitation": "use_and_license_with_notice",
    }, silent=("blueprint_consistency",)),
    CorpusCase("research-option-holder-co-owner-exploits-freely", "research_collaboration", {
        "research.ownership": "joint", "research.joint_exploitation": "use_and_license_with_notice",
    }, overrides={"research_results.joint": (
        "Joint Results are owned in equal undivided shares. Each co-owner may use Joint Results itself for any "
        "purpose without accounting to the other co-owner, subject to the Option and to the Licence."
    )}),
    CorpusCase("research-clean", "research_collaboration",
               silent=("option_terms", "royalty_after_patents", "diligence_events", "publication", "plan_dates",
                       "royalty_to_every_grantor", "licence_as_acquisition", "rd_competition", "term_definition")),
    CorpusCase("research-university-partner-consent-only", "research_collaboration", {
        "parties[2]": party("WR", "Stichting Wageningen Research", "university", "Netherlands"),
        "research.publication": {"mode": "consent", "delay_days": 180},
    }),
    CorpusCase("research-exclusive-option-to-agree-between-competitors", "research_collaboration", {
        "competitors": True,
        "research.option.exclusive": True, "research.option.basis": "good_faith",
        "research.option.if_not_agreed": "lapse", "research.option.term_sheet": [],
        "research.exclusivity_in_field": True,
    }),
    CorpusCase("research-competing-programme-in-unconnected-fields", "research_collaboration", {
        "research.exclusivity_in_field": True,
        "research.option.field": "food, feed, cosmetics and pharmaceuticals",
    }),
    CorpusCase("research-competing-programme-in-the-programme-field", "research_collaboration", {
        "research.exclusivity_in_field": True, "research.option.field": "beverages",
    }, silent=("competing_programme_breadth",)),
    CorpusCase("research-right-of-match-asked-for", "research_collaboration", {
        "research.option.if_not_agreed": "right_of_match", "research.option.match_months": 18,
    }),
    CorpusCase("research-expert-sets-the-open-terms", "research_collaboration", {
        "research.option.if_not_agreed": "expert",
    }, silent=("right_of_match_replaced",)),
    CorpusCase("research-large-exclusive-licence-know-how-royalty-short-term", "research_collaboration", {
        "research.option.exclusive": True, "research.option.no_claim_reduction_percent": None,
        "research.diligence": {"events": [{"event": "first commercial sale", "due": "2031-12-31"}]},
        "research.research_term_months": 12,
        "payments[1]": {"kind": "milestone", "payer": "Alpenrose", "payee": {"kind": "party", "party": "Myceliq"},
                        "amount": money("2000000.00"), "description": "Exercise fee",
                        "milestone": "the Exercise Notice is given"},
    }),
    # Professionals' members' agreement (precedent 1b).
    CorpusCase("members-clean", "professionals_members", {}, silent=(
        "members_block_given", "engagement_split_whole", "holdings_whole", "company_is_a_company",
        "insurance_stated", "company_work_described", "worker_status", "fee_sharing_and_client_money",
        "bad_leaver_discount", "covenant_proportionate", "members_in_several_countries", "leaver_terms_sound",
        "joint_venture_answers_not_drafted",
    )),
    CorpusCase("members-joint-venture-answers-left-over", "professionals_members", {
        "contributions": [{"party": "Hale", "kind": "cash", "description": "working capital",
                           "value": money("10000.00", "GBP")}],
        "exit": {"triggers": ["material_breach"]},
        "non_compete": {"kind": "in_field", "field": "structural engineering", "tail_months": 12},
    }),
    CorpusCase("members-no-members-block", "professionals_members", {"members": None, "leavers": None},
               silent=("leavers_answered",)),  # the missing block is the one finding
    CorpusCase("members-split-short-with-originator", "professionals_members", {
        "members.delivering_member_share": "60%", "members.originator_share": "5%",
    }),
    CorpusCase("members-split-not-given", "professionals_members", {"members.company_share": None}),
    CorpusCase("members-leavers-switched-off", "professionals_members", {"leavers": None}),
    CorpusCase("members-holdings-short-and-one-member-left-out", "professionals_members", {
        "members.holdings": [{"party": "Hale", "percent": "50"}, {"party": "Osei", "percent": "30"}],
        "members.equal_shares": False,
    }),
    CorpusCase("members-company-entered-as-individual-member-as-llp", "professionals_members", {
        "parties[3].entity_type": "individual", "parties[3].signatory": {"name": "Arcline Signatory", "title": ""},
        "parties[2].entity_type": "llp",
    }),
    CorpusCase("members-no-insurance-no-line", "professionals_members", {
        "members.pi_cover_min": None, "members.company_work": "",
    }),
    CorpusCase("members-first-offer-salaries", "professionals_members", {
        "members.first_offer": True, "members.salaries": True,
    }),
    CorpusCase("members-member-contracts-and-pays", "professionals_members", {
        "members.contracting": "member_contracts_and_pays_fee",
    }),
    CorpusCase("members-penal-bad-leaver-discount", "professionals_members", {
        "members.bad_leaver_discount_percent": "50%",
    }),
    CorpusCase("members-bad-leaver-discount-all-good-leavers", "professionals_members", {
        "members.bad_leaver_discount_percent": "50%",
        "leavers": {"events": ["retirement", "death"], "good_leaver_events": ["retirement", "death"]},
    }, silent=("bad_leaver_discount",)),
    CorpusCase("members-covenant-two-years-non-dealing", "professionals_members", {
        "members.non_solicit_months": 24, "members.non_dealing": True,
    }),
    CorpusCase("members-quorum-of-all-without-adjournment", "professionals_members", {
        "governance.quorum": {"rule": "all_parties", "adjourned_meeting_reduced": False},
    }),
    CorpusCase("members-one-member-in-ireland", "professionals_members", {"parties[1].jurisdiction": "Ireland"}),
    CorpusCase("members-buy-back-company-only", "professionals_members", {"leavers": {"buyer": "company"}}),
    CorpusCase("joint-venture-existing-company-of-individuals", "joint_venture", {
        "parties[0]": {"legal_name": "Ruth Albion", "short_name": "Albion", "entity_type": "individual",
                       "jurisdiction": "England and Wales", "address": "2 High Street, London",
                       "notice_email": "ruth@albion.example", "signatory": {"name": "Ruth Albion", "title": ""}},
        "parties[1]": {"legal_name": "Jonas Hanse", "short_name": "Hanse", "entity_type": "individual",
                       "jurisdiction": "England and Wales", "address": "3 High Street, London",
                       "notice_email": "jonas@hanse.example", "signatory": {"name": "Jonas Hanse", "title": ""}},
        "joint_venture.status": "existing",
    }),
    CorpusCase("joint-venture-existing-company-of-companies", "joint_venture", {
        "joint_venture.status": "existing",
    }, silent=("existing_company_of_professionals",)),
    # --- who signs, thresholds counted on the voters ------------------------------------------
    # A Dutch B.V. signed by a commercial officer: only a bestuurder or a registered proxy binds it.
    CorpusCase("co-marketing-bv-signed-by-commercial-officer", "co_marketing", {
        "parties[0].signatory.title": "Chief Commercial Officer",
    }),
    # The German and French companies sign by the offices that bind them (written as people
    # write them); a Singapore company has no signing data in its profile, so no guess is made.
    CorpusCase("distribution-signed-by-geschaeftsfuehrer-and-presidente", "distribution", {
        "parties[0].signatory.title": "Geschäftsführer und CEO", "parties[1].signatory.title": "Présidente",
    }, silent=("signatory_authority",)),
    CorpusCase("co-marketing-signed-by-statutory-director", "co_marketing", {
        "parties[0].signatory.title": "Statutair Directeur", "parties[1].signatory.title": "Head of Partnerships",
    }, silent=("signatory_authority",)),
    # Two thirds of three Members is two: the same as a majority.
    CorpusCase("consortium-two-thirds-of-three-members", "consortium", {
        "governance.reserved_matters": [{"matter": "admitting a new member", "threshold": "supermajority"},
                                        {"matter": "changing the work plan", "threshold": "supermajority"}],
    }),
    # Admission of a new Member by two thirds of three Members (2 of 3: a majority), and by
    # two thirds of five (4 of 5: more than the 3 of a majority), which says something.
    CorpusCase("consortium-admission-two-thirds-of-three", "consortium", {
        "consortium.admission_threshold": "supermajority",
    }),
    CorpusCase("consortium-admission-two-thirds-of-five", "consortium", {
        "consortium.admission_threshold": "supermajority",
        "parties[3]": party("Tallinn", "Tallinn Marine Robotics OÜ", "llc", "Estonia"),
        "parties[4]": party("Porto", "Porto Ondas S.A.", home="Portugal"),
        "governance.seats": [{"party": name, "seats": 1}
                             for name in ("Rheinwerk", "Noordzee", "Shannon", "Tallinn", "Porto")],
        "sharing.shares": [{"party": name, "percent": percent} for name, percent in (
            ("Rheinwerk", "40"), ("Noordzee", "15"), ("Shannon", "15"), ("Tallinn", "15"), ("Porto", "15"))],
    }, silent=("admission_supermajority",)),
    # Between two parties two thirds means both of them: a real veto, nothing to say.
    CorpusCase("jv-two-thirds-between-two", "joint_venture", {
        "governance.reserved_matters": [{"matter": "approving the annual budget", "threshold": "supermajority"}],
    }, silent=("illusory_supermajority",)),
    # An adjourned meeting quorate with whoever comes, and no written objection to stop it.
    CorpusCase("consortium-adjourned-meeting-quorum-of-one", "consortium", {
        "governance.quorum": {"rule": "majority_of_parties"},
    }),
    # A data governance board with seats and a reserved matter, but the type's optional board
    # is not added: none of it is in the text.
    CorpusCase("data-sharing-board-answers-without-the-board", "data_sharing", {
        "governance": {"body": "steering_committee", "seats": [{"party": "Huishoud", "seats": 1},
                                                              {"party": "Ardent", "seats": 1}],
                       "reserved_matters": [{"matter": "adding data items or new purposes"}], "deadlock": None},
    }),
    # The same board, added: drafted, nothing dropped.
    CorpusCase("data-sharing-board-added", "data_sharing", {
        "governance": {"body": "steering_committee", "seats": [{"party": "Huishoud", "seats": 1},
                                                              {"party": "Ardent", "seats": 1}],
                       "reserved_matters": [{"matter": "adding data items or new purposes"}], "deadlock": None},
        "extra_modules": ["steering_committee"],
    }, silent=("governance_not_drafted",)),
    # A licence keeps a committee out (precedent 4): answers for one are unused, a note whose
    # fix sets the body to none; the joint development committee, added, is drafted.
    CorpusCase("licensing-committee-answers-without-a-committee", "licensing", {
        "governance": {"body": "steering_committee", "meeting_frequency": "monthly", "deadlock": None,
                       "seats": [{"party": "Carraig", "seats": 2}, {"party": "Medinova", "seats": 2}]},
    }),
    CorpusCase("licensing-joint-development-committee-added", "licensing", {
        "governance": {"body": "steering_committee", "meeting_frequency": "monthly", "deadlock": None,
                       "seats": [{"party": "Carraig", "seats": 2}, {"party": "Medinova", "seats": 2}]},
        "extra_modules": ["steering_committee"],
    }, silent=("governance_not_drafted",)),
    # --- contradictory answers: the draft follows one, the review says which (issue 14) ---
    CorpusCase("licensing-exclusivity-asked-licence-non-exclusive", "licensing", {
        "exclusivity": {"kind": "territory", "scope": "Poland"},
    }),
    CorpusCase("licensing-background-licence-outside-the-field", "licensing", {
        "ip.background_licence": {"scope": "to manufacture coated orthopaedic implants"},
    }),
    # An exclusive grant beside the default "no exclusivity" (never asked in a licence), and a
    # background scope within the Field: nothing contradicts.
    CorpusCase("licensing-exclusive-grant-background-in-the-field", "licensing", {
        "ip.licence_grant.exclusive": True,
        "ip.background_licence": {"scope": "to make and sell human oral medicines"},
    }, silent=("contradictory_answers",)),
    # A licence that runs to its last Royalty Term ends at a long-stop if nothing is sold; an
    # exclusive one whose diligence clause (in a lawyer's wording) lost the right to end it
    # for no sale ties the technology up until then: fires. The drafted clause keeps it: silent.
    CorpusCase("licensing-exclusive-no-sale-termination-removed", "licensing", {
        "ip.licence_grant.exclusive": True,
    }, overrides={"licence.diligence": (
        "{{ terms.ip.licence_grant.licensee }} shall use commercially reasonable efforts to launch and sell "
        "Licensed Products in the Territory."
    )}),
    CorpusCase("licensing-exclusive-no-sale-termination-kept", "licensing", {
        "ip.licence_grant.exclusive": True,
    }, silent=("licence_without_sales_runs_to_long_stop",)),
    CorpusCase("research-joint-ip-answer-beside-creator-results", "research_collaboration", {
        "ip.foreground": {"ownership": "joint"},
    }),
    CorpusCase("research-field-exclusivity-and-convenience-beside-research-exit", "research_collaboration", {
        "exclusivity": {"kind": "field", "scope": "fermented proteins"},
        "termination.convenience": {"allowed": True, "notice_days": 90},
        "research.convenience": {"party": "Alpenrose", "notice_days": 120},
    }),
    CorpusCase("research-exit-only-in-the-research-terms", "research_collaboration", {
        "research.convenience": {"party": "Alpenrose", "notice_days": 120},
        "research.exclusivity_in_field": True,
    }, silent=("contradictory_answers",)),
    # A body left at the model's defaults (no seats, quarterly): nothing the user asked for.
    CorpusCase("co-marketing-default-body-untouched", "co_marketing", {
        "governance": {"body": "steering_committee"},
    }, silent=("governance_not_drafted",)),
    # --- roles: one-way flow labelled joint controllers ------------------------------------
    # The retailer sends, the scorer receives and may use the data for nothing of its own.
    CorpusCase("data-sharing-one-way-joint-controllers", "data_sharing", {}),
    # Both send and both receive: joint controllers may well be right.
    CorpusCase("data-sharing-two-way-joint-controllers", "data_sharing", {
        "parties[0].role": "partner", "parties[1].role": "partner",
    }, silent=("one_way_joint_controllers",)),
    # The one-way flow drafted as controller and processor: nothing to say.
    CorpusCase("data-sharing-one-way-processor", "data_sharing", {
        "data_sharing.roles": "controller_processor", "data_sharing.article_26_arrangement": False,
    }, silent=("one_way_joint_controllers",)),
    # --- the DPIA: recorded as completed, and still a milestone --------------------------------
    CorpusCase("data-sharing-dpia-completed-milestone-open", "data_sharing", {
        "data_sharing.dpia_completed": True,
        "scope.milestones": [{"description": "Joint DPIA signed off", "due": "2027-01-31", "owner": "Ardent"}],
    }),
    # The milestone was met before the Effective Date, and another milestone is no DPIA.
    CorpusCase("data-sharing-dpia-signed-off-before-start", "data_sharing", {
        "data_sharing.dpia_completed": True,
        "scope.milestones": [{"description": "Joint DPIA signed off", "due": "2026-12-15", "owner": "Ardent"},
                             {"description": "Model live on all orders", "due": "2027-04-30", "owner": "Ardent"}],
    }, silent=("dpia_completed_but_open",)),
    # --- deal-specific points of law (profile data) ----------------------------------------
    # Orders scored on the shared data and declined on the score, under Dutch law.
    CorpusCase("data-sharing-orders-declined-on-the-score", "data_sharing", {
        "data_sharing.purpose": "scoring web-shop orders for payment fraud and declining the riskiest",
    }),
    # The same scoring by a processor for its controller, and by a Singapore company under
    # Singapore law: no Article 22 point (the controller's own decision; no GDPR system).
    CorpusCase("data-sharing-scoring-by-a-processor", "data_sharing", {
        "data_sharing.purpose": "scoring web-shop orders for payment fraud and declining the riskiest",
        "data_sharing.roles": "controller_processor", "data_sharing.article_26_arrangement": False,
    }, silent=("automated_decisions",)),
    CorpusCase("data-sharing-scoring-under-singapore-law", "data_sharing", {
        "data_sharing.purpose": "scoring web-shop orders for payment fraud and declining the riskiest",
        "parties[0].jurisdiction": "Singapore", "parties[1].jurisdiction": "Singapore",
        "governing_law": "Singapore", "disputes.arbitration.seat": "Singapore",
    }, silent=("automated_decisions",)),
    # A French SA investee (the base's is an SAS); a 10% investor says nothing (not "more than 10%").
    CorpusCase("equity-french-sa-investee", "equity_alliance", {"parties[1].legal_name": "Optimum Vision S.A."}),
    CorpusCase("equity-french-investee-ten-percent", "equity_alliance", {"equity.stake_percent": "10"},
               silent=("related_party_investment",)),
    # A French SAS joint venture company to which its parents provide services, and the same
    # company with no parent services drafted.
    CorpusCase("jv-french-sas-parent-services", "joint_venture", {
        "joint_venture.name": "Albion Hanse Drives SAS", "joint_venture.jurisdiction": "France",
    }),
    CorpusCase("jv-french-sas-no-parent-services", "joint_venture", {
        "joint_venture.name": "Albion Hanse Drives SAS", "joint_venture.jurisdiction": "France",
        "joint_venture.parent_services_arms_length": False,
    }, silent=("related_party_parent_services",)),
    # A Dutch university's results all owned by the company, and the same university keeping
    # its own results with access on fair and reasonable terms.
    CorpusCase("research-university-results-to-the-company", "research_collaboration", {
        "parties[0].legal_name": "Stichting Myceliq, Utrecht University", "parties[0].entity_type": "university",
        "research.ownership": "one_party", "research.owner": "Alpenrose",
    }),
    CorpusCase("research-university-keeps-its-results", "research_collaboration", {
        "parties[0].legal_name": "Stichting Myceliq, Utrecht University", "parties[0].entity_type": "university",
    }, silent=("state_aid_research",)),
    # --- answers a type cannot draft (a switched type, an imported file) ---------------------
    # A network that was a joint venture before the switch: the board's reserved matters, the
    # exit terms and the ownership of results stay in the draft, and no network clause reads them.
    CorpusCase("network-switched-from-a-joint-venture", "partner_network", {
        "governance": {"body": "board", "reserved_matters": [{"matter": "approving the annual budget"}]},
        "exit": {"triggers": ["material_breach", "deadlock"], "valuation": "fair_market_value"},
        "ip": {"foreground": {"ownership": "joint"}},
    }),
    # An imported distribution draft with KPIs and milestones: a distribution agreement drafts
    # its minimum purchases, not KPIs or milestones.
    CorpusCase("distribution-imported-kpis-and-milestones", "distribution", {
        "scope.kpis": [{"metric": "Active reseller accounts", "target": "40"}],
        "scope.milestones": [{"description": "Catalogue in French published", "owner": "Outillage"}],
    }),
    # KPIs in a co-marketing agreement are drafted (its reporting clause), and a data-sharing
    # draft switched from a new consortium keeps only the starting choices (the coordinator,
    # a general assembly): nothing the user answered is lost.
    CorpusCase("co-marketing-kpis-drafted", "co_marketing", {
        "scope.kpis": [{"metric": "Bookings from the campaign", "target": "5,000"}],
    }, silent=("answers_not_drafted",)),
    CorpusCase("data-sharing-switched-from-a-new-consortium", "data_sharing", {
        "governance": {"body": "general_assembly", "voting_basis": "per_party"},
        "consortium": {"coordinator": "Huishoud"},
    }, silent=("answers_not_drafted", "governance_not_drafted")),
    # Cash due on a date in the contributions and in tranches in the Payment Schedule of a
    # joint venture, which drafts both (an equity alliance drafts no contributions).
    CorpusCase("joint-venture-tranches-and-a-contribution-date", "joint_venture", {
        "payments": [{"kind": "tranche", "payer": "Albion", "amount": money(amount), "due_date": due,
                      "payee": {"kind": "entity", "name": "Albion Hanse Drives Limited"}}
                     for amount, due in (("100000.00", "2027-03-01"), ("100000.00", "2028-03-01"))],
        "contributions[0].due": "2027-03-01",
    }),
    # --- answers a type drafts otherwise than given (blueprint [[set_aside]]) -----------------
    # An investor given put/call exit events: an investment agreement has none (its rights
    # fall away, it sells under the transfer article), so they are reported, once.
    # A JV's exit price by an EBITDA multiple that is not given: its exit valuation clause is
    # drafted, so the missing figure is a gap in the agreement (an equity alliance drafts none).
    CorpusCase("jv-exit-ebitda-multiple-missing", "joint_venture", {
        "exit.valuation": "formula", "exit.formula": "ebitda_multiple",
    }),
    # Arbitration under the DIAC rules, which are not on the list: the exit expert is appointed,
    # failing agreement, by the ICC's service instead; a note, since nothing the user asked is lost.
    CorpusCase("jv-diac-arbitration-expert-appointed-by-icc", "joint_venture", {
        "disputes.arbitration": {"institution": "other", "seat": "Dubai", "arbitrators": 3,
                                 "other_rules": "the Arbitration Rules of the Dubai International Arbitration Centre"},
    }),
    CorpusCase("equity-investor-exit-events", "equity_alliance", {
        "exit": {"triggers": ["change_of_control", "material_breach"], "valuation": "fair_market_value"},
    }),
    # A consortium with a Members' cap and a general cap: one cap is drafted, the other reported.
    CorpusCase("consortium-general-cap-beside-members-cap", "consortium", {
        "boilerplate.liability_cap": {"kind": "fixed_amount", "amount": money("2000000.00")},
    }),
    # Background licence terms a consortium's access rights replace: an exclusive, royalty-bearing
    # licence of Background is not what the Members grant each other.
    CorpusCase("consortium-background-royalty-under-access-rights", "consortium", {
        "ip.background_licence": {"exclusive": True, "royalty_percent": "2"},
    }),
    # A grant-funded Budget: Rheinwerk's cash (EUR 200,000) is not the own contribution the
    # Budget computes (EUR 180,000); Noordzee's is, and is not listed.
    CorpusCase("consortium-grant-budget-recomputes-cash", "consortium", {
        "consortium.grant": {"programme": "Horizon Europe", "granting_authority": "the European Commission",
                             "funding_rate_percent": "70"},
        "consortium.budget": [{"party": name, "costs": money(costs)} for name, costs in
                              (("Rheinwerk", "600000.00"), ("Noordzee", "400000.00"), ("Shannon", "300000.00"))],
        "contributions": [
            {"party": "Rheinwerk", "kind": "cash", "description": "co-financing", "value": money("200000.00")},
            {"party": "Rheinwerk", "kind": "personnel", "description": "four engineers", "value": money("400000.00"),
             "valuation_method": "person-months at cost"},
            {"party": "Noordzee", "kind": "cash", "description": "co-financing", "value": money("120000.00")},
            {"party": "Noordzee", "kind": "personnel", "description": "two engineers", "value": money("280000.00"),
             "valuation_method": "person-months at cost"},
            {"party": "Shannon", "kind": "facilities", "description": "tidal test berth", "value": money("300000.00"),
             "valuation_method": "the berth's published day rate"},
        ],
    }),
    # The same Budget where each Member's cash is its own contribution: nothing is set aside.
    CorpusCase("consortium-grant-budget-cash-matches", "consortium", {
        "consortium.grant": {"programme": "Horizon Europe", "granting_authority": "the European Commission",
                             "funding_rate_percent": "70"},
        "consortium.budget": [{"party": name, "costs": money(costs)} for name, costs in
                              (("Rheinwerk", "600000.00"), ("Noordzee", "400000.00"), ("Shannon", "300000.00"))],
        "contributions": [
            {"party": "Rheinwerk", "kind": "cash", "description": "co-financing", "value": money("180000.00")},
            {"party": "Rheinwerk", "kind": "personnel", "description": "four engineers", "value": money("420000.00"),
             "valuation_method": "person-months at cost"},
            {"party": "Noordzee", "kind": "cash", "description": "co-financing", "value": money("120000.00")},
            {"party": "Noordzee", "kind": "personnel", "description": "two engineers", "value": money("280000.00"),
             "valuation_method": "person-months at cost"},
            {"party": "Shannon", "kind": "facilities", "description": "tidal test berth", "value": money("300000.00"),
             "valuation_method": "the berth's published day rate"},
        ],
        # Cost shares that are the Budget's own split (to the half point): not set aside.
        "sharing.shares": [{"party": "Rheinwerk", "percent": "46"}, {"party": "Noordzee", "percent": "31"},
                           {"party": "Shannon", "percent": "23"}],
    }, silent=("answers_set_aside",)),
    # A JV whose reserved matters include contracts with a Party, which the Services clause
    # already has the Board approve with the supplying Party's directors abstaining.
    CorpusCase("jv-related-party-contracts-reserved", "joint_venture", {
        "governance.reserved_matters": [{"matter": "approving the annual budget"},
                                        {"matter": "Entering contracts with a Party or its affiliates"}],
    }),
    # Without the Services clause the reserved matter is drafted as written: nothing to report.
    CorpusCase("jv-related-party-contracts-reserved-only", "joint_venture", {
        "governance.reserved_matters": [{"matter": "approving the annual budget"},
                                        {"matter": "Entering contracts with a Party or its affiliates"}],
        "joint_venture.parent_services_arms_length": False,
    }, silent=("answers_set_aside",)),
    # Responsibilities the schedule lists with nothing to measure them by: a note naming them.
    CorpusCase("responsibilities-without-measure", "revenue_sharing", {
        "scope.obligations": [{"party": "Cobblestone", "description": "Deliver two finished courses every month."},
                              {"party": "Pixel", "description": "Host and promote the courses."},
                              {"party": "Pixel", "description": "Support the learners."}],
    }),
    # Each states a figure, a period or a standard: nothing to report.
    CorpusCase("responsibilities-measured", "revenue_sharing", {
        "scope.obligations": [{"party": "Cobblestone", "description": "Deliver two finished courses every month."},
                              {"party": "Pixel", "description": "Answer learners' questions within 2 Business Days."}],
    }, silent=("unmeasured_responsibilities",)),
    # A consortium's schedule summarises the Consortium Plan, which details the tasks: silent.
    CorpusCase("consortium-tasks-summarised", "consortium", {
        "scope.obligations": [{"party": "Rheinwerk", "description": "Coordinate the project."},
                              {"party": "Shannon", "description": "Run the tidal test berth."}],
    }, silent=("unmeasured_responsibilities",)),
)  # fmt: skip
