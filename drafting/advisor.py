"""Which alliance model fits? A few plain answers in, a recommended model with its
reasons and a runner-up out.

The guidance it encodes: start simple with a non-equity model to test a partnership;
a joint venture for large, long, separate operations; an equity stake for deep
strategic access; revenue sharing when upfront investment is minimal; a consortium
for many partners on one large project.

The guidance is a table (``RULES``): each rule names the answers it reads and the values
that trigger it, the models it favours (or disfavours) and the reason it gives. A new
agreement type is a new ``Goal``, a line in ``GOAL_MODELS`` and ``GOAL_REASONS``, and
rules if other answers bear on it; ``recommend`` itself never changes. Every answer has
rules of its own, so each one the user gives can change the advice (a test proves it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from drafting.terms import AllianceModel

M = AllianceModel


class Goal(StrEnum):
    SELL_PRODUCTS = "sell_products"
    USE_TECHNOLOGY = "use_technology"
    JOINT_MARKETING = "joint_marketing"
    NEW_BUSINESS = "new_business"
    STRATEGIC_ACCESS = "strategic_access"
    SHARE_INCOME = "share_income"
    LARGE_PROJECT = "large_project"
    POOL_DATA = "pool_data"
    OPEN_SOFTWARE = "open_software"
    SECURE_SUPPLY = "secure_supply"
    GROW_NETWORK = "grow_network"
    JOINT_RESEARCH = "joint_research"
    CO_OWN_PRACTICE = "co_own_practice"  # professionals who share a company and keep their own practices


class Level(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Horizon(StrEnum):
    SHORT = "short"  # under a year
    MEDIUM = "medium"  # one to three years
    LONG = "long"  # more than three years


def _goals(value: Any) -> frozenset[Goal]:
    if isinstance(value, str):
        return frozenset({Goal(value)})
    return frozenset(Goal(item) for item in value or ())


@dataclass(frozen=True, slots=True)
class Answers:
    """The eight answers. Values are typed here, at the boundary: a Qt combo hands back
    plain strings ("low"), and every one is turned into its enum member, so the rules
    never compare a string with a member. ``goals`` may hold several purposes (a deal
    can mix supply and a joint marketing campaign); ``goal`` is the single-purpose form."""

    goal: Goal | None = None
    commitment: Level = Level.MEDIUM
    capital: Level = Level.LOW
    risk_tolerance: Level = Level.MEDIUM
    trust: Level = Level.MEDIUM
    horizon: Horizon = Horizon.MEDIUM
    partners: int = 2
    competitors: bool = False
    goals: frozenset[Goal] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        goals = _goals(self.goals) | (_goals(self.goal) if self.goal else frozenset())
        if not goals:
            goals = frozenset({Goal.SHARE_INCOME})
        object.__setattr__(self, "goals", goals)
        object.__setattr__(self, "goal", Goal(self.goal) if self.goal else min(goals, key=list(Goal).index))
        for name in ("commitment", "capital", "risk_tolerance", "trust"):
            object.__setattr__(self, name, Level(getattr(self, name)))
        object.__setattr__(self, "horizon", Horizon(self.horizon))
        object.__setattr__(self, "partners", int(self.partners))
        object.__setattr__(self, "competitors", bool(self.competitors))

    @property
    def group(self) -> str:
        """How many partners, as the rules read it: "two" or "several"."""
        return "several" if self.partners >= 3 else "two"


@dataclass(frozen=True, slots=True)
class Recommendation:
    model: AllianceModel
    reasons: tuple[str, ...]
    runner_up: AllianceModel
    runner_up_reasons: tuple[str, ...]
    scores: tuple[tuple[AllianceModel, int], ...]


GOAL_MODELS: dict[Goal, AllianceModel] = {
    Goal.SELL_PRODUCTS: M.DISTRIBUTION,
    Goal.USE_TECHNOLOGY: M.LICENSING,
    Goal.JOINT_MARKETING: M.CO_MARKETING,
    Goal.NEW_BUSINESS: M.JOINT_VENTURE,
    Goal.STRATEGIC_ACCESS: M.EQUITY_ALLIANCE,
    Goal.SHARE_INCOME: M.REVENUE_SHARING,
    Goal.LARGE_PROJECT: M.CONSORTIUM,
    Goal.POOL_DATA: M.DATA_SHARING,
    Goal.OPEN_SOFTWARE: M.OPEN_SOURCE,
    Goal.SECURE_SUPPLY: M.SUPPLIER_ALLIANCE,
    Goal.GROW_NETWORK: M.PARTNER_NETWORK,
    Goal.JOINT_RESEARCH: M.RESEARCH_COLLABORATION,
    Goal.CO_OWN_PRACTICE: M.PROFESSIONALS_MEMBERS,
}
#: Why a model serves the purpose, in terms of the purpose (never "it fits").
GOAL_REASONS: dict[Goal, str] = {
    Goal.SELL_PRODUCTS: "You want one side to sell the other's products: a distribution agreement sets the "
    "territory, the prices and the minimum orders for exactly that.",
    Goal.USE_TECHNOLOGY: "You want to use the other side's technology, brand or know-how: a licence grants "
    "that use and keeps ownership where it is.",
    Goal.JOINT_MARKETING: "You want to promote each other or run a joint campaign: a co-marketing agreement "
    "splits its cost, its leads and the use of each brand.",
    Goal.NEW_BUSINESS: "You want to build a new business together: a jointly owned company holds it, with "
    "its own board, money and staff.",
    Goal.STRATEGIC_ACCESS: "You want a lasting strategic tie: a minority stake gives one side a say in the "
    "other, often with a board seat.",
    Goal.SHARE_INCOME: "You want to earn from a joint offering and split the income: revenue sharing sets "
    "the percentages, the reports and the audit right.",
    Goal.LARGE_PROJECT: "You want several organisations on one large project: a consortium agreement shares "
    "the work, the budget and the results among them.",
    Goal.POOL_DATA: "You want to pool or exchange data: a data-sharing agreement fixes the purposes, the "
    "data-protection roles and the safeguards.",
    Goal.OPEN_SOFTWARE: "You want to build open-source software together: a community agreement fixes the "
    "licence, how contributions come in and who holds the name.",
    Goal.SECURE_SUPPLY: "You want a key supplier's capacity for years: a strategic supply agreement fixes the "
    "forecasts, the committed volumes, the prices and any tooling paid for together.",
    Goal.GROW_NETWORK: "You want to grow through many local partners: master terms signed once, and an "
    "accession form per partner with its own territory and revenue split.",
    Goal.JOINT_RESEARCH: "You want to research or develop something together: an R&D collaboration sets the "
    "plan and budget, who owns the results and an option to license them.",
    Goal.CO_OWN_PRACTICE: "You are professionals sharing a company while each keeps a practice: a members' "
    "agreement divides the work and fees, and sets the rules for new members and leavers.",
}
#: What each model offers, said when it is the runner-up and no answer favoured it.
MODEL_TRAITS: dict[AllianceModel, str] = {
    M.DISTRIBUTION: "A plain sales contract, if one side mainly sells the other's products.",
    M.LICENSING: "A licence, if what one side needs is the other's technology or brand.",
    M.CO_MARKETING: "A lighter contract if the work together is mostly promotion.",
    M.JOINT_VENTURE: "A jointly owned company, if the project grows into a business of its own.",
    M.EQUITY_ALLIANCE: "A minority stake, if one side wants a lasting say in the other.",
    M.REVENUE_SHARING: "A contract that only splits income, with no company and no investment.",
    M.CONSORTIUM: "A consortium, if more organisations join the project.",
    M.DATA_SHARING: "A data-sharing agreement, if the value lies in pooled data.",
    M.OPEN_SOURCE: "A community agreement, if the work is released as open source.",
    M.SUPPLIER_ALLIANCE: "A strategic supply agreement, if one side must secure the other's capacity for years.",
    M.PARTNER_NETWORK: "Master terms with one accession form per partner, if many partners deal only with you.",
    M.RESEARCH_COLLABORATION: "An R&D collaboration, if the technology must first be developed together.",
    M.PROFESSIONALS_MEMBERS: "A members' agreement, if individual professionals co-own the company.",
}
NON_EQUITY = (M.DISTRIBUTION, M.LICENSING, M.CO_MARKETING, M.REVENUE_SHARING)
HEAVY = (M.JOINT_VENTURE, M.EQUITY_ALLIANCE)


@dataclass(frozen=True, slots=True)
class Rule:
    """When every answer named in ``when`` has one of its values, ``models`` (every model
    when empty) get ``points`` (negative to argue against them) and, unless negative,
    ``reason`` (a rule with no points is a caution worth saying whatever the model)."""

    when: Mapping[str, tuple[Any, ...]]
    models: tuple[AllianceModel, ...]
    points: int
    reason: str = ""

    def applies(self, answers: Answers) -> bool:
        for name, values in self.when.items():
            given = getattr(answers, name)
            if isinstance(given, frozenset):
                if not given & set(values):
                    return False
            elif given not in values:
                return False
        return True


G, L, H = Goal, Level, Horizon
RULES: tuple[Rule, ...] = (
    # How much each side commits
    Rule(
        {"commitment": (L.LOW,)},
        NON_EQUITY,
        3,
        "Start simple: with little commitment, a contract-only alliance is quick to set up and easy to end.",
    ),
    Rule({"commitment": (L.LOW,)}, HEAVY, -4),
    Rule(
        {"commitment": (L.MEDIUM,)},
        (M.REVENUE_SHARING, M.CO_MARKETING, M.LICENSING),
        1,
        "A steady but limited commitment suits a contract with clear shares of work and income.",
    ),
    Rule({"commitment": (L.HIGH,)}, HEAVY, 2, "Both sides are ready for a deep, lasting commitment."),
    Rule({"commitment": (L.HIGH,)}, (M.CONSORTIUM,), 1, "Each member is ready to commit people to the work."),
    # Money invested
    Rule(
        {"capital": (L.LOW,)},
        (M.REVENUE_SHARING, M.CO_MARKETING, M.DISTRIBUTION),
        2,
        "Little upfront investment is needed.",
    ),
    Rule({"capital": (L.LOW,)}, (M.JOINT_VENTURE,), -3),
    Rule(
        {"capital": (L.MEDIUM,)},
        (M.LICENSING, M.CONSORTIUM),
        1,
        "A moderate investment can be recovered through fees or a shared budget.",
    ),
    Rule({"capital": (L.HIGH,)}, HEAVY, 2, "A large investment is best protected by owning a share of what it builds."),
    Rule(
        {"capital": (L.HIGH,), "horizon": (H.LONG,)},
        (M.JOINT_VENTURE,),
        4,
        "Large, long-term investment is best held in a jointly owned company.",
    ),
    # Risk each side accepts
    Rule({"risk_tolerance": (L.LOW,)}, NON_EQUITY, 2, "It limits each side's risk to the contract."),
    Rule({"risk_tolerance": (L.LOW,)}, HEAVY, -2),
    Rule(
        {"risk_tolerance": (L.MEDIUM,)},
        (M.REVENUE_SHARING, M.DATA_SHARING),
        1,
        "Each side shares some risk, in proportion to the income or data it gets.",
    ),
    Rule({"risk_tolerance": (L.HIGH,)}, HEAVY, 1, "Both sides accept shared risk for shared reward."),
    # Trust between the parties
    Rule(
        {"trust": (L.LOW,)},
        NON_EQUITY,
        2,
        "A contract lets the parties test the relationship before building more on it.",
    ),
    Rule(
        {"trust": (L.LOW,)}, (M.JOINT_VENTURE,), 1, "Clear governance protects parties who do not yet trust each other."
    ),
    Rule(
        {"trust": (L.MEDIUM,)},
        (M.LICENSING, M.DATA_SHARING),
        1,
        "Defined rights to use what the other side brings suit partners who know each other a little.",
    ),
    Rule(
        {"trust": (L.HIGH,)},
        (M.EQUITY_ALLIANCE, M.JOINT_VENTURE, M.OPEN_SOURCE),
        1,
        "Partners who trust each other can share ownership or an open project.",
    ),
    Rule(
        {"trust": (L.HIGH,)},
        (M.REVENUE_SHARING, M.CO_MARKETING, M.DISTRIBUTION),
        1,
        "Trust lets each side rely on the other's sales reports and spending, with audit as a back-stop.",
    ),
    Rule(
        {"trust": (L.HIGH,), "horizon": (H.LONG,)},
        (M.EQUITY_ALLIANCE,),
        2,
        "Trust and a long horizon suit a stake with a seat at the table.",
    ),
    # How long it should last
    Rule(
        {"horizon": (H.SHORT,)},
        NON_EQUITY,
        3,
        "For less than a year, a contract that ends on its own date beats building a company.",
    ),
    Rule({"horizon": (H.SHORT,)}, HEAVY, -4),
    Rule(
        {"horizon": (H.MEDIUM,)},
        (M.DISTRIBUTION, M.LICENSING, M.DATA_SHARING),
        1,
        "One to three years is the usual term of a distribution, licence or data agreement.",
    ),
    Rule(
        {"horizon": (H.LONG,)},
        (M.JOINT_VENTURE, M.EQUITY_ALLIANCE, M.CONSORTIUM, M.OPEN_SOURCE),
        1,
        "A relationship of many years justifies a structure built to last.",
    ),
    Rule(
        {"horizon": (H.LONG,)},
        (M.REVENUE_SHARING, M.LICENSING),
        1,
        "Over many years, a fixed split or royalty gives each side a steady, predictable return.",
    ),
    # How many partners
    Rule({"group": ("several",)}, (M.CONSORTIUM,), 4, "Three or more partners are best organised as a consortium."),
    Rule(
        {"group": ("several",)},
        (),
        0,
        "With three or more partners, the agreement needs voting rules and a way "
        "for one partner to leave without ending it for the others.",
    ),
    Rule({"group": ("several",)}, (M.DATA_SHARING, M.OPEN_SOURCE), 1, "It works well with many members."),
    Rule({"group": ("several",)}, (M.DISTRIBUTION, M.LICENSING, M.EQUITY_ALLIANCE), -2),
    Rule(
        {"group": ("two",)},
        (M.DISTRIBUTION, M.LICENSING, M.REVENUE_SHARING, M.EQUITY_ALLIANCE),
        1,
        "It is written for two parties, one on each side.",
    ),
    # Whether the partners compete
    Rule(
        {"competitors": (True,)},
        (M.CONSORTIUM, M.OPEN_SOURCE, M.LICENSING),
        1,
        "Competitors can cooperate on a defined, non-core area.",
    ),
    Rule(
        {"competitors": (True,)},
        (),
        0,
        "Competitors must not swap prices or customer plans: the agreement "
        "limits what is shared to what the alliance needs.",
    ),
    Rule({"competitors": (True,)}, (M.JOINT_VENTURE, M.DATA_SHARING), -1),
    Rule(
        {"competitors": (False,)},
        (M.CO_MARKETING, M.DISTRIBUTION),
        1,
        "Partners who do not compete can promote and sell each other's products freely.",
    ),
    # The four later types are bilateral or specialised forms the general answers above
    # seldom point to: their own purpose weighs more (no reason added: the purpose's own
    # reason already says why).
    Rule({"goals": (G.SECURE_SUPPLY,)}, (M.SUPPLIER_ALLIANCE,), 5),
    Rule({"goals": (G.JOINT_RESEARCH,)}, (M.RESEARCH_COLLABORATION,), 5),
    Rule({"goals": (G.CO_OWN_PRACTICE,)}, (M.PROFESSIONALS_MEMBERS,), 8),
    # A buyer securing a key supplier
    Rule(
        {"goals": (G.SECURE_SUPPLY,), "horizon": (H.LONG,), "commitment": (L.MEDIUM, L.HIGH)},
        (M.SUPPLIER_ALLIANCE,),
        3,
        "Several years of committed volumes, with capacity reserved for the buyer, are what a strategic "
        "supply agreement secures.",
    ),
    Rule(
        {"goals": (G.SECURE_SUPPLY,), "capital": (L.MEDIUM, L.HIGH)},
        (M.SUPPLIER_ALLIANCE,),
        2,
        "Dedicated tooling or a line can be co-funded as a payment with recovery terms, without forming a company.",
    ),
    Rule({"goals": (G.SECURE_SUPPLY,), "capital": (L.MEDIUM, L.HIGH)}, (M.JOINT_VENTURE,), -2),
    Rule(
        {"goals": (G.SECURE_SUPPLY,), "competitors": (True,)},
        (M.SUPPLIER_ALLIANCE,),
        1,
        "Its competition-law article limits the information the two sides exchange to what supply needs.",
    ),
    Rule({"goals": (G.SECURE_SUPPLY,), "group": ("several",)}, (M.SUPPLIER_ALLIANCE,), -4),
    # Many partners who each deal with one platform: not a consortium, where every member
    # contracts with every other; each partner signs its own accession.
    Rule(
        {"goals": (G.GROW_NETWORK, G.SELL_PRODUCTS, G.SHARE_INCOME), "group": ("several",)},
        (M.PARTNER_NETWORK,),
        5,
        "Many partners who each deal only with you are signed up on one set of master terms, "
        "each by its own accession form.",
    ),
    Rule({"goals": (G.GROW_NETWORK, G.SELL_PRODUCTS, G.SHARE_INCOME), "group": ("several",)}, (M.CONSORTIUM,), -3),
    Rule(
        {"goals": (G.GROW_NETWORK,), "capital": (L.LOW,)},
        (M.PARTNER_NETWORK,),
        2,
        "Partners grow the network with their own means; the revenue share pays them.",
    ),
    # Technology not yet ready to license, developed together first
    Rule(
        {"goals": (G.JOINT_RESEARCH, G.USE_TECHNOLOGY), "horizon": (H.MEDIUM, H.LONG)},
        (M.RESEARCH_COLLABORATION,),
        3,
        "Technology that is not ready yet is developed together first, with an option to license the results.",
    ),
    Rule(
        {"goals": (G.USE_TECHNOLOGY,), "horizon": (H.LONG,), "commitment": (L.HIGH,)},
        (M.RESEARCH_COLLABORATION,),
        3,
        "A long, committed technology partnership often starts by developing the technology together.",
    ),
    Rule(
        {"goals": (G.JOINT_RESEARCH,), "group": ("two",)},
        (M.RESEARCH_COLLABORATION,),
        2,
        "Two companies can run a research programme by contract, without a consortium's machinery.",
    ),
    Rule(
        {"goals": (G.JOINT_RESEARCH,), "group": ("several",)},
        (M.CONSORTIUM,),
        2,
        "With several partners, a consortium organises the research better.",
    ),
    Rule(
        {"goals": (G.JOINT_RESEARCH,), "capital": (L.MEDIUM, L.HIGH)},
        (M.LICENSING,),
        1,
        "Where the technology is ready, a licence alone may be enough.",
    ),
    # Professionals who own a company together while each keeps a practice
    Rule(
        {"goals": (G.CO_OWN_PRACTICE,), "capital": (L.LOW, L.MEDIUM)},
        (M.PROFESSIONALS_MEMBERS,),
        2,
        "Little capital is at stake: the members' own work is what the company sells.",
    ),
    Rule(
        {"goals": (G.CO_OWN_PRACTICE,), "horizon": (H.LONG,)},
        (M.PROFESSIONALS_MEMBERS,),
        2,
        "A lasting commitment between co-owners needs rules for admitting new members and for leavers.",
    ),
    Rule(
        {"goals": (G.CO_OWN_PRACTICE,), "group": ("several",)},
        (M.PROFESSIONALS_MEMBERS,),
        3,
        "Several co-owners decide by listed majorities, not by a two-party deadlock.",
    ),
    Rule(
        {"goals": (G.CO_OWN_PRACTICE,), "trust": (L.LOW, L.MEDIUM)},
        (M.PROFESSIONALS_MEMBERS,),
        1,
        "A written split of fees and a clear line between company work and own practice prevent disputes.",
    ),
    Rule(
        {"goals": (G.CO_OWN_PRACTICE,), "competitors": (True,)},
        (M.PROFESSIONALS_MEMBERS,),
        1,
        "Members whose practices overlap need the conflict and client rules it sets.",
    ),
    Rule(
        {"goals": (G.CO_OWN_PRACTICE,)},
        (M.JOINT_VENTURE,),
        9,
        "If the co-owners are companies, or the company is still to be formed, a joint venture agreement fits.",
    ),
    Rule({"goals": (G.CO_OWN_PRACTICE,)}, (M.CONSORTIUM, M.REVENUE_SHARING), -3),
)


class _Scores:
    def __init__(self) -> None:
        self.points: dict[AllianceModel, int] = defaultdict(int)
        self.reasons: dict[AllianceModel, list[str]] = defaultdict(list)

    def add(self, models: tuple[AllianceModel, ...], points: int, reason: str) -> None:
        for model in models or tuple(AllianceModel):
            self.points[model] += points
            if points >= 0 and reason:
                self.reasons[model].append(reason)


def recommend(answers: Answers, rules: tuple[Rule, ...] = RULES) -> Recommendation:
    scores = _Scores()
    for goal in sorted(answers.goals, key=list(Goal).index):
        scores.add((GOAL_MODELS[goal],), 6, GOAL_REASONS.get(goal, ""))
    for rule in rules:
        if rule.applies(answers):
            scores.add(rule.models, rule.points, rule.reason)
    ranked = sorted(AllianceModel, key=lambda model: (-scores.points[model], list(AllianceModel).index(model)))
    best, second = ranked[0], ranked[1]
    return Recommendation(
        model=best,
        reasons=tuple(dict.fromkeys(scores.reasons[best])) or (MODEL_TRAITS.get(best, ""),),
        runner_up=second,
        runner_up_reasons=tuple(dict.fromkeys(scores.reasons[second])) or (MODEL_TRAITS.get(second, ""),),
        scores=tuple((model, scores.points[model]) for model in ranked),
    )
