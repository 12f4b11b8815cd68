"""Which alliance model fits? A few plain answers in, a recommended model with its
reasons and a runner-up out.

The guidance it encodes: start simple with a non-equity model to test a partnership;
a joint venture for large, long, separate operations; an equity stake for deep
strategic access; revenue sharing when upfront investment is minimal; a consortium
for many partners on one large project; a members' agreement for professionals who
co-own a company and keep their own practices. Each answer adds points (and a reason) to the
models it favours; the two highest scores are the recommendation and the runner-up.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

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


@dataclass(frozen=True, slots=True)
class Answers:
    goal: Goal = Goal.SHARE_INCOME
    commitment: Level = Level.MEDIUM
    capital: Level = Level.LOW
    risk_tolerance: Level = Level.MEDIUM
    trust: Level = Level.MEDIUM
    horizon: Horizon = Horizon.MEDIUM
    partners: int = 2
    competitors: bool = False


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
NON_EQUITY = (M.DISTRIBUTION, M.LICENSING, M.CO_MARKETING, M.REVENUE_SHARING)
HEAVY = (M.JOINT_VENTURE, M.EQUITY_ALLIANCE)


class _Scores:
    def __init__(self) -> None:
        self.points: dict[AllianceModel, int] = defaultdict(int)
        self.reasons: dict[AllianceModel, list[str]] = defaultdict(list)

    def add(self, models: tuple[AllianceModel, ...], points: int, reason: str) -> None:
        for model in models:
            self.points[model] += points
            if points > 0:
                self.reasons[model].append(reason)


def _secure_supply(answers: Answers, scores: _Scores) -> None:
    """A buyer securing a key supplier: a long horizon, real commitment and capital for
    dedicated capacity are the reasons a strategic supply agreement gives."""
    if answers.goal is not Goal.SECURE_SUPPLY:
        return
    if answers.horizon is Horizon.LONG and answers.commitment is not Level.LOW:
        scores.add(
            (M.SUPPLIER_ALLIANCE,),
            3,
            "Several years of committed volumes, with capacity reserved for the buyer, are what a strategic "
            "supply agreement secures.",
        )
    if answers.capital is not Level.LOW:
        scores.add(
            (M.SUPPLIER_ALLIANCE,),
            2,
            "Dedicated tooling or a line can be co-funded as a payment with recovery terms, without forming a company.",
        )
        scores.add((M.JOINT_VENTURE,), -2, "")
    if answers.competitors:
        scores.add(
            (M.SUPPLIER_ALLIANCE,),
            1,
            "Its competition-law article limits the information the two sides exchange to what supply needs.",
        )
    if answers.partners >= 3:
        scores.add((M.SUPPLIER_ALLIANCE,), -4, "")


def _research(scores: _Scores, answers: Answers) -> None:
    """An R&D collaboration: technology not yet ready to license, developed by two or a
    few companies over more than a short horizon, with an option on the results."""
    if answers.goal in {Goal.JOINT_RESEARCH, Goal.USE_TECHNOLOGY} and answers.horizon is not Horizon.SHORT:
        scores.add(
            (M.RESEARCH_COLLABORATION,),
            3,
            "Technology that is not ready yet is developed together first, with an option to license the results.",
        )
    if answers.goal is Goal.JOINT_RESEARCH and answers.partners <= 3:
        scores.add(
            (M.RESEARCH_COLLABORATION,),
            2,
            "Two or a few companies can run a research programme by contract, without a consortium's machinery.",
        )
    if answers.goal is Goal.JOINT_RESEARCH and answers.partners >= 4:
        scores.add((M.CONSORTIUM,), 2, "With four or more partners, a consortium organises the research better.")
    if answers.goal is Goal.JOINT_RESEARCH and answers.capital is not Level.LOW:
        scores.add((M.LICENSING,), 1, "Where the technology is ready, a licence alone may be enough.")


def _professionals(scores: _Scores, answers: Answers) -> None:
    """Professionals who own (or will own) a company together while each keeps a
    practice: the members' agreement, with reasons drawn from their answers; a joint
    venture is the runner-up only where they invest heavily in a new business."""
    if answers.capital is not Level.HIGH:
        scores.add(
            (M.PROFESSIONALS_MEMBERS,),
            2,
            "Little capital is at stake: the members' own work is what the company sells.",
        )
    if answers.horizon is Horizon.LONG or answers.commitment is Level.HIGH:
        scores.add(
            (M.PROFESSIONALS_MEMBERS,),
            2,
            "A lasting commitment between co-owners needs rules for admitting new members and for leavers.",
        )
    if answers.partners >= 3:
        scores.add(
            (M.PROFESSIONALS_MEMBERS,), 3, "Several co-owners decide by listed majorities, not by a two-party deadlock."
        )
    if answers.trust is not Level.HIGH:
        scores.add(
            (M.PROFESSIONALS_MEMBERS,),
            1,
            "A written split of fees and a clear line between company work and own practice prevent disputes.",
        )
    if answers.competitors:
        scores.add(
            (M.PROFESSIONALS_MEMBERS,), 1, "Members whose practices overlap need the conflict and client rules it sets."
        )
    scores.add(
        (M.JOINT_VENTURE,),
        6,
        "If the co-owners are companies, or the company is still to be formed, a joint venture agreement fits.",
    )
    scores.add((M.CONSORTIUM, M.REVENUE_SHARING), -3, "")


def recommend(answers: Answers) -> Recommendation:
    scores = _Scores()
    goal_model = GOAL_MODELS[answers.goal]
    scores.add((goal_model,), 6, "It matches what the alliance is for.")
    if answers.commitment is Level.LOW or answers.horizon is Horizon.SHORT:
        scores.add(NON_EQUITY, 3, "Start simple: a contract-only alliance is quick to set up and easy to end.")
        scores.add(HEAVY, -4, "")
    if answers.capital is Level.LOW:
        scores.add((M.REVENUE_SHARING, M.CO_MARKETING, M.DISTRIBUTION), 2, "Little upfront investment is needed.")
        scores.add((M.JOINT_VENTURE,), -3, "")
    if answers.capital is Level.HIGH and answers.horizon is Horizon.LONG:
        scores.add((M.JOINT_VENTURE,), 4, "Large, long-term investment is best held in a jointly owned company.")
    if answers.commitment is Level.HIGH:
        scores.add(HEAVY, 2, "Both sides are ready for a deep, lasting commitment.")
    if answers.risk_tolerance is Level.LOW:
        scores.add(NON_EQUITY, 2, "It limits each side's risk to the contract.")
        scores.add(HEAVY, -2, "")
    if answers.risk_tolerance is Level.HIGH:
        scores.add((M.JOINT_VENTURE,), 1, "Both sides accept shared risk for shared reward.")
    if answers.trust is Level.LOW:
        scores.add(NON_EQUITY, 2, "A contract lets the parties test the relationship before building more on it.")
        scores.add((M.JOINT_VENTURE,), 1, "Clear governance protects parties who do not yet trust each other.")
    if answers.trust is Level.HIGH and answers.horizon is Horizon.LONG:
        scores.add((M.EQUITY_ALLIANCE,), 2, "Trust and a long horizon suit a stake with a seat at the table.")
    if answers.partners >= 3:
        scores.add((M.CONSORTIUM,), 4, "Three or more partners are best organised as a consortium.")
        scores.add((M.DATA_SHARING, M.OPEN_SOURCE), 1, "It works well with many members.")
        scores.add((M.DISTRIBUTION, M.LICENSING, M.EQUITY_ALLIANCE), -2, "")
    if answers.competitors:
        scores.add(
            (M.CONSORTIUM, M.OPEN_SOURCE, M.LICENSING), 1, "Competitors can cooperate on a defined, non-core area."
        )
    _secure_supply(answers, scores)
    if answers.partners >= 3 and answers.goal in {Goal.GROW_NETWORK, Goal.SELL_PRODUCTS, Goal.SHARE_INCOME}:
        # Many partners who each deal with one platform: not a consortium, where every
        # member contracts with every other; each partner signs its own accession.
        scores.add(
            (M.PARTNER_NETWORK,),
            5,
            "Many partners who each deal only with you are signed up on one set of master terms, "
            "each by its own accession form.",
        )
        scores.add((M.CONSORTIUM,), -3, "")
    if answers.goal is Goal.GROW_NETWORK and answers.capital is Level.LOW:
        scores.add(
            (M.PARTNER_NETWORK,), 2, "Partners grow the network with their own means; the revenue share pays them."
        )
    _research(scores, answers)
    if answers.goal is Goal.CO_OWN_PRACTICE:
        _professionals(scores, answers)
    ranked = sorted(AllianceModel, key=lambda model: (-scores.points[model], list(AllianceModel).index(model)))
    best, second = ranked[0], ranked[1]
    return Recommendation(
        model=best,
        reasons=tuple(dict.fromkeys(scores.reasons[best])) or ("It fits your answers best.",),
        runner_up=second,
        runner_up_reasons=tuple(dict.fromkeys(scores.reasons[second])) or ("It is the next best fit.",),
        scores=tuple((model, scores.points[model]) for model in ranked),
    )
