"""Clean, compact drafts per agreement type: each reviews with no finding at all, so a
corpus case adds exactly the facts a finding is about."""

from __future__ import annotations

from typing import Any

Draft = dict[str, Any]


def _title(kind: str, home: str) -> str:
    """A title that binds the company where it is registered: an American company signs
    by an officer (a single director has no power to bind it), any other by a director."""
    if kind == "individual":
        return ""
    return "President" if home in {"Delaware", "New York", "California"} else "Director"


def party(short: str, legal: str, kind: str = "corporation", home: str = "England and Wales", **extra: Any) -> Draft:
    slug = short.lower().replace(" ", "")
    return {
        "legal_name": legal,
        "short_name": short,
        "entity_type": kind,
        "jurisdiction": home,
        "address": f"1 High Street, {home}",
        "notice_email": f"legal@{slug}.example",
        "signatory": {"name": f"{short} Signatory", "title": _title(kind, home)},
        **extra,
    }


def money(amount: str, currency: str = "EUR") -> Draft:
    return {"amount": amount, "currency": currency}


def _common(model: str, parties: list[Draft], law: str, seat: str) -> Draft:
    return {
        "model": model,
        "parties": parties,
        "governing_law": law,
        "scope": {"purpose": "to work together on the products described in this agreement", "territory": "Europe"},
        "term": {"effective_date": "2027-01-01", "kind": "initial_plus_renewal", "length_months": 36},
        "governance": {"body": "none", "deadlock": None},
        "disputes": {"arbitration": {"institution": "ICC", "seat": seat, "language": "English"}},
    }


def distribution() -> Draft:
    draft = _common(
        "distribution",
        [
            party("Bremer", "Bremer Pumpenwerk GmbH", home="Germany", role="supplier"),
            party("Outillage", "Outillage Moderne SAS", home="France", role="distributor"),
        ],
        "Germany",
        "Frankfurt",
    )
    draft["distribution"] = {
        "supplier": "Bremer",
        "distributor": "Outillage",
        "products": "industrial pumps",
        "minimum_purchase": money("250000.00"),
    }
    return draft


def licensing() -> Draft:
    draft = _common(
        "licensing",
        [
            party("Carraig", "Carraig Pharma Technologies Limited", home="Ireland", role="licensor"),
            party("Medinova", "Medinova Polska S.A.", home="Poland", role="licensee"),
        ],
        "Ireland",
        "Dublin",
    )
    draft["ip"] = {
        "background_schedule": [{"party": "Carraig", "asset": "EP 3 123 456 (controlled-release tablets)"}],
        "licence_grant": {
            "licensor": "Carraig",
            "licensee": "Medinova",
            "subject": "the controlled-release patents and know-how",
            "field": "human oral medicines",
            "territory": "Poland",
        },
    }
    draft["sharing"] = {"model": "royalty", "rate_percent": "6", "payer": "Medinova", "payee": "Carraig"}
    return draft


def co_marketing() -> Draft:
    draft = _common(
        "co_marketing",
        [
            party("Skyward", "Skyward Travel B.V.", home="Netherlands"),
            party("Merlion", "Merlion Hotels Pte. Ltd.", home="Singapore"),
        ],
        "Singapore",
        "Singapore",
    )
    draft["co_marketing"] = {
        "campaign": "a joint 'stay and fly' campaign in 2027",
        "cost_split": [{"party": "Skyward", "percent": "50"}, {"party": "Merlion", "percent": "50"}],
    }
    draft["ip"] = {
        "brand_licences": [
            {"licensor": "Skyward", "marks": "SKYWARD word and logo"},
            {"licensor": "Merlion", "marks": "MERLION HOTELS word and logo"},
        ]
    }
    return draft


def joint_venture() -> Draft:
    draft = _common(
        "joint_venture",
        [party("Albion", "Albion Rail Systems plc"), party("Hanse", "Hanseatische Antriebstechnik AG", home="Germany")],
        "England and Wales",
        "London",
    )
    draft["joint_venture"] = {
        "name": "Albion Hanse Drives Limited",
        "jurisdiction": "England and Wales",
        "business": "rail traction drives",
        "holdings": [{"party": "Albion", "percent": "50"}, {"party": "Hanse", "percent": "50"}],
    }
    draft["contributions"] = [
        {"party": "Albion", "kind": "cash", "description": "subscription monies", "value": money("200000.00")},
        {"party": "Hanse", "kind": "cash", "description": "subscription monies", "value": money("200000.00")},
    ]
    draft["capital_calls"] = {"mode": "pro_rata", "cap": money("300000.00")}
    draft["governance"] = {
        "body": "board",
        "seats": [{"party": "Albion", "seats": 2}, {"party": "Hanse", "seats": 2}],
        "reserved_matters": [{"matter": "approving the annual budget"}],
        "deadlock": {"terminal": "independent_expert"},
    }
    draft["ip"] = {
        "background_schedule": [{"party": "Hanse", "asset": "traction control software"}],
        "background_licence": {"scope": "to design, make and sell rail traction drives"},
    }
    draft["transfer"] = {"lock_in_months": 24}
    draft["exit"] = {"triggers": ["material_breach", "insolvency"]}
    return draft


def equity_alliance() -> Draft:
    draft = _common(
        "equity_alliance",
        [
            party("Brightwater", "Brightwater Capital LLC", "llc", "Delaware", role="investor"),
            party("Optimum", "Optimum Vision SAS", home="France", role="investee"),
        ],
        "France",
        "Paris",
    )
    draft["equity"] = {
        "investor": "Brightwater",
        "investee": "Optimum",
        "amount": money("5000000.00"),
        "stake_percent": "12",
        # The figures a complete draft gives: the long-stop date and the capitalisation base.
        "long_stop_date": "2027-06-30",
        "shares_before": 880000,
    }
    draft["transfer"] = {"lock_in_months": 24}
    # An investor has no exit events (precedent 2): its rights fall away and it sells under
    # the transfer article; the exit answers kept are the expert's.
    draft["exit"] = {"triggers": []}
    return draft


def revenue_sharing() -> Draft:
    draft = _common(
        "revenue_sharing",
        [party("Cobblestone", "Cobblestone Games Ltd"), party("Pixel", "Pixelbridge Inc.", home="Delaware")],
        "England and Wales",
        "London",
    )
    draft["sharing"] = {
        "model": "revenue",
        "shares": [{"party": "Cobblestone", "percent": "70"}, {"party": "Pixel", "percent": "30"}],
        "currency": "GBP",
    }
    return draft


def consortium() -> Draft:
    members = [
        party("Rheinwerk", "Rheinwerk Energie GmbH", home="Germany", role="coordinator"),
        party("Noordzee", "Noordzee Offshore B.V.", home="Netherlands", role="member"),
        party("Shannon", "Shannon Tidal Limited", home="Ireland", role="member"),
    ]
    draft = _common("consortium", members, "Belgium", "Brussels")
    draft["disputes"] = {"forum": "courts", "arbitration": None, "courts": {"courts": "the courts of Brussels"}}
    draft["consortium"] = {"coordinator": "Rheinwerk", "member_liability_cap": money("500000.00")}
    draft["governance"] = {
        "body": "general_assembly",
        "seats": [{"party": name, "seats": 1} for name in ("Rheinwerk", "Noordzee", "Shannon")],
        "reserved_matters": [{"matter": "admitting a new member"}],
        "veto_window_days": 15,
        "deadlock": None,
    }
    draft["ip"] = {"background_schedule": [{"party": "Rheinwerk", "asset": "tidal turbine control patents"}]}
    draft["sharing"] = {
        "model": "cost_share",
        "shares": [
            {"party": "Rheinwerk", "percent": "40"},
            {"party": "Noordzee", "percent": "30"},
            {"party": "Shannon", "percent": "30"},
        ],
    }
    return draft


def data_sharing() -> Draft:
    draft = _common(
        "data_sharing",
        [
            party("Huishoud", "Hollandse Huishoud B.V.", home="Netherlands", role="data_provider"),
            party("Ardent", "Ardent Fraud Intelligence Limited", home="Ireland", role="data_recipient"),
        ],
        "Netherlands",
        "Amsterdam",
    )
    draft["data_sharing"] = {
        "roles": "joint_controllers",
        "article_26_arrangement": True,
        "purpose": "detecting payment fraud on the web shop",
        "data_items": ["order amount", "hashed e-mail address"],
        "lawful_basis": "legitimate_interests",
        "breach_notice_hours": 24,
    }
    return draft


def open_source() -> Draft:
    draft = _common(
        "open_source",
        [
            party("OpenGrid", "Stichting OpenGrid Foundation", "foundation", "Netherlands"),
            party("Energiequelle", "Energiequelle AG", home="Germany", role="member"),
            party("Cascade", "Cascade Systems Inc.", home="Delaware", role="member"),
        ],
        "Netherlands",
        "Amsterdam",
    )
    draft["disputes"] = {
        "forum": "courts",
        "arbitration": None,
        "courts": {"courts": "the District Court of Amsterdam"},
    }
    # The foundation hosts the project: a party, never a member, with no seat.
    draft["open_source"] = {
        "project_name": "OpenGrid",
        "trademark_holder": "Stichting OpenGrid Foundation",
        "host": "OpenGrid",
    }
    draft["governance"] = {
        "body": "technical_steering_committee",
        "seats": [{"party": name, "seats": 1} for name in ("Energiequelle", "Cascade")],
        "voting_basis": "per_member",
        "deadlock": None,
    }
    return draft


def supplier_alliance() -> Draft:
    draft = _common(
        "supplier_alliance",
        [
            party("Harrow", "Harrow Precision Components Limited", role="supplier", parent_guarantor="Harrow plc"),
            party("Lindner", "Lindner Machine Tools Limited", role="buyer"),
        ],
        "England and Wales",
        "London",
    )
    draft["term"] = {"effective_date": "2027-04-01", "kind": "fixed", "length_months": 60}
    draft["supplier_alliance"] = {
        "supplier": "Harrow",
        "purchaser": "Lindner",
        "products": "precision gear sets",
        "committed_volumes": [{"year": year, "units": 30000} for year in range(1, 6)],
        "unit_price": money("118.50"),
        "take_or_pay": [
            {"from_percent": "0", "to_percent": "10", "payment_percent": "0"},
            {"from_percent": "10", "to_percent": "100", "payment_percent": "40"},
        ],
        "co_investment": {
            "asset": "a dedicated gear-grinding cell",
            "owner": "Harrow",
            "payer": "Lindner",
            "cost": money("2400000.00"),
            "contribution": money("1200000.00"),
            "amortisation_months": 54,
        },
        "exclusivity": "purchase",
        "exclusive_products": "the gear sets",
        "exclusivity_months": 60,
    }
    return draft


def _split(partner: str, share: str, platform: str = "Voisineo") -> list[Draft]:
    rest = {"30%": "70%", "25%": "75%"}[share]
    return [{"shares": [{"payee": {"party": partner}, "share": share}, {"payee": {"party": platform}, "share": rest}]}]


def partner_network() -> Draft:
    draft = _common(
        "partner_network",
        [
            party("Voisineo", "Voisineo SAS", home="France", role="company"),
            party("Lyon", "Lyon Quartiers SAS", home="France"),
            party("Lille", "Lille Ensemble SARL", "llc", "France"),
        ],
        "France",
        "Paris",
    )
    draft["term"] = {"effective_date": "2027-01-01", "kind": "indefinite"}
    draft["disputes"] = {"forum": "courts", "arbitration": None, "courts": {"courts": "the courts of Paris"}}
    draft["network"] = {
        "platform": "Voisineo",
        "services": "a subscription to the Voisineo app",
        "partners": [
            {"party": "Lyon", "territory": "Lyon", "exclusive": True, "bands": _split("Lyon", "30%")},
            {"party": "Lille", "territory": "Lille", "bands": _split("Lille", "25%")},
        ],
    }
    return draft


def research_collaboration() -> Draft:
    draft = _common(
        "research_collaboration",
        [
            party("Myceliq", "Myceliq B.V.", home="Netherlands"),
            party("Alpenrose", "Alpenrose Ingredients AG", home="Switzerland"),
        ],
        "Switzerland",
        "Zurich",
    )
    draft["term"] = {"effective_date": "2027-03-01", "kind": "until_completion"}
    draft["ip"] = {"background_schedule": [{"party": "Myceliq", "asset": "WO 2025/123456 (fungal host strains)"}]}
    draft["sharing"] = {"model": "royalty", "rate_percent": "4", "payer": "Alpenrose", "payee": "Myceliq"}
    draft["payments"] = [
        {"kind": "milestone", "payer": "Alpenrose", "payee": {"kind": "party", "party": "Myceliq"},
         "amount": money("250000.00"), "description": "Proof of concept",
         "milestone": "a Programme strain produces the protein at 5 g/L in a 10-litre fermentation"},
    ]  # fmt: skip
    draft["research"] = {
        "programme": "develop fungal strains that produce a sweet protein and test it in beverages",
        "work_packages": [
            {"name": "Strain optimisation", "party": "Myceliq", "due": "2028-03-31", "fte": "3"},
            {"name": "Application testing", "party": "Alpenrose", "due": "2028-12-31", "fte": "1"},
        ],
        "budget": [{"party": "Myceliq", "payer": "Alpenrose", "amount": money("900000.00")}],
        "option": {
            "licensee": "Alpenrose",
            "product": "beverage ingredients containing the sweet protein",
            "exclusive": False,
            "term_sheet": ["Technology transfer: 20 days of assistance free of charge"],
            "no_claim_reduction_percent": "50",
        },
        "publication": {"mode": "review"},
    }
    return draft


def professionals_members() -> Draft:
    """Three consulting engineers who own an existing Ltd and keep their own practices."""
    draft = _common(
        "professionals_members",
        [
            party("Hale", "Dr Imogen Hale", "individual", role="member"),
            party("Osei", "Kwame Osei", "individual", role="member"),
            party("Lindqvist", "Freja Lindqvist", "individual", role="member"),
            party("Arcline", "Arcline Engineering Ltd", role="company"),
        ],
        "England and Wales",
        "London",
    )
    draft["scope"] = {"purpose": "to deliver structural engineering work together through the Company"}
    draft["term"] = {"effective_date": "2027-01-01", "kind": "indefinite"}
    draft["disputes"] = {"forum": "courts", "courts": {"courts": "the courts of England and Wales"}}
    draft["governance"] = {
        "body": "none",
        "voting_basis": "per_member",
        "reserved_matters": [{"matter": "admitting a new Member"}, {"matter": "changing the division of fees"}],
        "deadlock": None,
    }
    draft["members"] = {
        "company": "Arcline",
        "form": "company_limited_by_shares",
        "number_of_shares": 300,
        "holdings": [
            {"party": "Hale", "fraction": "1/3"},
            {"party": "Osei", "fraction": "1/3"},
            {"party": "Lindqvist", "fraction": "1/3"},
        ],
        "equal_shares": True,
        "profession": "chartered structural engineers",
        "company_work": "structural design commissions above GBP 250,000 in fees",
        "own_practice_work": "expert witness work and small residential commissions",
        "delivering_member_share": "70%",
        "company_share": "30%",
        "pi_cover_min": money("1000000.00", "GBP"),
    }
    draft["leavers"] = {}
    return draft


BASES = {
    "distribution": distribution,
    "licensing": licensing,
    "co_marketing": co_marketing,
    "joint_venture": joint_venture,
    "equity_alliance": equity_alliance,
    "revenue_sharing": revenue_sharing,
    "consortium": consortium,
    "data_sharing": data_sharing,
    "open_source": open_source,
    "supplier_alliance": supplier_alliance,
    "partner_network": partner_network,
    "research_collaboration": research_collaboration,
    "professionals_members": professionals_members,
}
