"""Plain-language names and one-line explanations of the alliance models and other
choices, shared by the wizard, the library and the advisor."""

from __future__ import annotations

from drafting.terms import AllianceModel

MODEL_NAMES: dict[AllianceModel, str] = {
    AllianceModel.DISTRIBUTION: "Distribution agreement",
    AllianceModel.LICENSING: "Licensing agreement",
    AllianceModel.CO_MARKETING: "Co-marketing agreement",
    AllianceModel.JOINT_VENTURE: "Joint venture",
    AllianceModel.EQUITY_ALLIANCE: "Equity alliance (minority stake)",
    AllianceModel.REVENUE_SHARING: "Revenue sharing",
    AllianceModel.CONSORTIUM: "Consortium",
    AllianceModel.DATA_SHARING: "Data-sharing alliance",
    AllianceModel.OPEN_SOURCE: "Open-source community",
    AllianceModel.SUPPLIER_ALLIANCE: "Strategic supplier alliance",
    AllianceModel.PARTNER_NETWORK: "Partner network (master terms and accession forms)",
    AllianceModel.RESEARCH_COLLABORATION: "Research and development collaboration",
    AllianceModel.PROFESSIONALS_MEMBERS: "Professionals' members' agreement",
}

MODEL_BLURBS: dict[AllianceModel, str] = {
    AllianceModel.DISTRIBUTION: "One party sells the other's products. Contract only, quick to set up.",
    AllianceModel.LICENSING: "One party lets the other use its patents, software, brand or know-how.",
    AllianceModel.CO_MARKETING: "Both parties promote a joint campaign and share its cost and leads.",
    AllianceModel.JOINT_VENTURE: "The parties set up and own a new company together for a large, long project.",
    AllianceModel.EQUITY_ALLIANCE: "One party buys a minority stake in the other, often with a board seat.",
    AllianceModel.REVENUE_SHARING: "The parties split the income of a joint offering by agreed percentages.",
    AllianceModel.CONSORTIUM: "Three or more organisations pool resources for a shared project.",
    AllianceModel.DATA_SHARING: "The parties pool or exchange data under agreed purposes and safeguards.",
    AllianceModel.OPEN_SOURCE: "Members build an open-source project together under an open licence.",
    AllianceModel.SUPPLIER_ALLIANCE: "A buyer and a key supplier commit for years: volumes, prices, shared tooling.",
    AllianceModel.PARTNER_NETWORK: (
        "A platform signs up many local partners on the same master terms; each partner signs its own "
        "accession form with its territory and revenue split."
    ),
    AllianceModel.RESEARCH_COLLABORATION: (
        "Two or a few companies research together; the funder may take an exclusive licence of the results."
    ),
    AllianceModel.PROFESSIONALS_MEMBERS: (
        "Independent professionals who already own a company together, each keeping an own practice."
    ),
}


#: A pointer shown under a model when a neighbouring type fits a common situation better.
MODEL_STEERS: dict[AllianceModel, str] = {
    AllianceModel.JOINT_VENTURE: (
        "Individual professionals who already own their company and keep their own practices: "
        "choose “Professionals' members' agreement” instead."
    ),
}


def model_name(model: object) -> str:
    try:
        return MODEL_NAMES[AllianceModel(str(getattr(model, "value", model)))]
    except ValueError:
        return str(model)
