"""The strategic supplier alliance (precedent 10): a buyer and a key supplier commit to
each other over several years. Capacity is planned on a rolling forecast with a firm
zone, volumes are committed with take-or-pay bands, prices fall on an agreed cost-down
path, dedicated tooling or a line is co-funded (with what happens to it on exit), and
supply must continue through disruption (last-time buy, step-in, escrow).

It is a supply contract with alliance features, not a joint venture: ordering, delivery,
risk and title, and the product warranty are the distribution agreement's supply
clauses, read from this block under the same field names (``supplier``, ``incoterm``,
``delivery_place``, ``accept_days``, ``payment_days``, ``retention_of_title``,
``warranty_months``, ``claim_days``).

The shortfall payment is computed here, band by band, so the clause's worked example and
the review state the same figure.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from itertools import pairwise

from pydantic import Field, model_validator

from drafting.terms.base import Days, Money, Months, PartyRef, Percent, TermsModel, required_text

#: How many Contract Years of committed volumes a draft may list.
MAX_COMMITMENT_YEARS = 15


class Allocation(StrEnum):
    """How the supplier shares out scarce capacity in a shortage."""

    PRIORITY = "priority"  # the buyer's reserved capacity is served first
    PRO_RATA = "pro_rata"  # in proportion to each customer's recent purchases


class Amortisation(StrEnum):
    STRAIGHT_LINE = "straight_line"  # equal monthly amounts over ``amortisation_months``
    PER_UNIT = "per_unit"  # a fixed amount in the price of each unit, over ``amortisation_units``


class AssetExit(StrEnum):
    """What happens to the dedicated line or tooling when the agreement ends early."""

    BUY_OUT = "buy_out"  # the paying party may buy it at its written-down value
    TRANSFER = "transfer"  # it is transferred to the paying party, against the unamortised balance
    REMOVAL = "removal"  # the owner keeps and removes it, and repays the unamortised contribution


class SupplyExclusivity(StrEnum):
    """Which way exclusivity runs: stated, never implied."""

    NONE = "none"
    SUPPLY = "supply"  # the supplier supplies the exclusive products to the buyer only
    PURCHASE = "purchase"  # the buyer buys its requirements of them from the supplier only
    BOTH = "both"


class CostDownOrder(StrEnum):
    """Whether the annual cost-down is applied before or after the index adjustment."""

    AFTER_INDEXATION = "after_indexation"
    BEFORE_INDEXATION = "before_indexation"


class YearVolume(TermsModel):
    """The volume the buyer commits to take in one Contract Year."""

    year: int = Field(ge=1, le=MAX_COMMITMENT_YEARS, description="The Contract Year (1 = the first).")
    units: int = Field(ge=1, le=10**12, description="Units of the Products committed for that year.")


class TakeOrPayBand(TermsModel):
    """A band of the shortfall, as a percentage of the year's Committed Volume: shortfall
    units falling in ``[from_percent, to_percent)`` are paid at ``payment_percent`` of
    the price. A first band paying 0% is the buyer's tolerance."""

    from_percent: Percent
    to_percent: Percent
    payment_percent: Percent


class CoInvestment(TermsModel):
    """Dedicated tooling or a line: who owns it, who pays what, how it is written down and
    what happens to it on exit."""

    asset: str = required_text("The dedicated line or tooling, e.g. 'a dedicated CNC machining cell'.")
    owner: PartyRef
    payer: PartyRef = Field(description="The party that contributes to its cost (usually the buyer).")
    cost: Money = Field(description="What the line or tooling costs in total.")
    contribution: Money = Field(description="What the paying party contributes to that cost.")
    milestones: tuple[str, ...] = Field(
        default=(), max_length=10, description="The milestones against which the contribution is paid, in equal parts."
    )
    amortisation: Amortisation = Amortisation.STRAIGHT_LINE
    amortisation_months: Months = Field(default=60, ge=1, description="Months over which it is written down.")
    amortisation_units: int | None = Field(default=None, ge=1, description="Units over which it is written down.")
    exclusive_use: bool = Field(default=True, description="Used only for the buyer's products.")
    on_exit: AssetExit = AssetExit.BUY_OUT

    @model_validator(mode="after")
    def _coherent(self) -> CoInvestment:
        if self.contribution.currency != self.cost.currency:
            raise ValueError("the contribution and the cost of the line must be in one currency")
        if self.contribution.amount > self.cost.amount:
            raise ValueError(
                f"the contribution ({self.contribution.amount:f}) is more than the cost of the line "
                f"({self.cost.amount:f}); a co-investment pays part of the cost, at most all of it"
            )
        if self.amortisation is Amortisation.PER_UNIT and self.amortisation_units is None:
            raise ValueError("per-unit amortisation needs the number of units it runs over (amortisation_units)")
        return self


class SupplierAllianceTerms(TermsModel):
    """A strategic (long-term) supply agreement between ``supplier`` and ``purchaser`` (the buyer)."""

    supplier: PartyRef
    purchaser: PartyRef = Field(description="The buyer: the party that buys the Products.")
    products: str = required_text("The products supplied, e.g. 'precision gear sets to the Specifications'.")
    specifications: str = Field(default="", max_length=500, description="Where the Specifications are set out.")
    # --- capacity planning
    forecast_months: Months = Field(default=18, ge=1, le=60, description="Months covered by each rolling forecast.")
    firm_months: Months = Field(default=3, le=24, description="Months of each forecast that are binding orders.")
    flex_percent: Percent = Field(default=Decimal(15), description="How far the next zone may move, up or down.")
    reserved_capacity_units: int | None = Field(
        default=None, ge=1, le=10**12, description="Units a year the supplier keeps free for the buyer."
    )
    allocation: Allocation = Allocation.PRIORITY
    # --- volume commitment and take-or-pay
    committed_volumes: tuple[YearVolume, ...] = Field(default=(), max_length=MAX_COMMITMENT_YEARS)
    total_committed_units: int | None = Field(
        default=None, ge=1, description="The total over the commitment period, if the parties state one."
    )
    unit_price: Money | None = Field(default=None, description="The base price of one unit of the Products.")
    take_or_pay: tuple[TakeOrPayBand, ...] = Field(default=(), max_length=10)
    carry_forward: bool = Field(default=True, description="Units taken above a year's commitment count next year.")
    # --- price and cost-down
    index: str = Field(default="", max_length=300, description="The raw-material index the price follows, if any.")
    index_share_percent: Percent = Field(default=Decimal(100), description="Share of the index movement passed on.")
    review_months: Months = Field(default=6, ge=1, le=24, description="How often the index adjustment is made.")
    cost_down_percent: Percent | None = Field(default=None, description="The annual productivity reduction.")
    cost_down_order: CostDownOrder = CostDownOrder.AFTER_INDEXATION
    savings_share_percent: Percent = Field(
        default=Decimal(50), description="The buyer's share of savings from a cost-reduction proposal."
    )
    payment_days: Days = Field(default=60, description="Days after invoice within which the buyer pays.")
    # --- most-favoured customer
    most_favoured_customer: bool = False
    mfc_basis: str = Field(
        default="comparable products bought in comparable volumes on comparable terms",
        max_length=300,
        description="What other customers' prices are compared on.",
    )
    # --- dedicated line and tooling
    co_investment: CoInvestment | None = None
    # --- exclusivity
    exclusivity: SupplyExclusivity = SupplyExclusivity.NONE
    exclusive_products: str = Field(default="", max_length=300, description="The product or technology it covers.")
    exclusivity_months: Months | None = Field(default=None, ge=1, description="How long exclusivity lasts.")
    meet_or_release: bool = Field(default=True, description="A better outside offer must be met, or the buyer is free.")
    # --- ordering and delivery (the distribution agreement's supply clauses read these)
    accept_days: Days = Field(default=5, le=60, description="Business days to reject a call-off before it binds.")
    incoterm: str = Field(
        default="FCA",
        pattern="^(EXW|FCA|CPT|CIP|DAP|DPU|DDP|FAS|FOB|CFR|CIF)$",
        description="The Incoterms 2020 rule for delivery.",
    )
    delivery_place: str = Field(default="", max_length=200, description="The named place of delivery.")
    retention_of_title: bool = Field(default=False, description="Title passes only on payment in full.")
    late_delivery_percent: Percent | None = Field(
        default=None, description="Liquidated damages per full week of delay, as a share of the late delivery's price."
    )
    late_delivery_cap_percent: Percent = Field(default=Decimal(10), description="Cap on those damages.")
    # --- quality
    certification: str = Field(default="", max_length=200, description="The quality certification, e.g. ISO 9001.")
    first_article_approval: bool = True
    audit_notice_days: Days = Field(default=10, le=90, description="Notice of a quality audit, in business days.")
    warranty_months: Months = Field(default=24, le=120, description="Months from delivery the warranty runs.")
    claim_days: Days = Field(default=30, le=365, description="Days to notify a defect after discovering it.")
    # --- continuity of supply
    last_time_buy_months: Months = Field(default=12, le=60, description="Notice of discontinuation, in months.")
    buffer_stock_weeks: int = Field(default=0, ge=0, le=52, description="Weeks of demand kept as safety stock.")
    step_in: bool = False
    step_in_days: Days = Field(default=30, ge=1, le=365, description="Days of supply failure before step-in.")
    escrow: bool = False
    escrow_agent: str = Field(default="", max_length=200, description="Who holds the escrowed know-how.")
    # --- relationship management and compliance
    review_meetings: str = Field(default="quarterly", pattern="^(monthly|quarterly|half_yearly)$")
    supply_chain_due_diligence: bool = True

    @model_validator(mode="after")
    def _consistent(self) -> SupplierAllianceTerms:
        problems: list[str] = []
        if self.supplier == self.purchaser:
            problems.append("the supplier and the buyer must be two different parties")
        if self.firm_months > self.forecast_months:
            problems.append(
                f"the firm zone ({self.firm_months} months) is longer than the forecast ({self.forecast_months} months)"
            )
        years = [entry.year for entry in self.committed_volumes]
        if len(set(years)) != len(years):
            problems.append("a Contract Year appears twice in the committed volumes")
        for band in self.take_or_pay:
            if band.to_percent <= band.from_percent:
                problems.append(
                    f"a take-or-pay band runs from {band.from_percent:f}% to {band.to_percent:f}%; "
                    "it must end above where it starts"
                )
        if self.take_or_pay and self.unit_price is None:
            problems.append("take-or-pay bands need the unit price that values the shortfall")
        if self.take_or_pay and not self.committed_volumes:
            problems.append("take-or-pay bands need the committed volumes they measure the shortfall against")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    # --- facts the clauses and the review read (properties: the sandbox reads attributes)
    @property
    def committed_total(self) -> int:
        return sum(entry.units for entry in self.committed_volumes)

    @property
    def commitment_years(self) -> int:
        return max((entry.year for entry in self.committed_volumes), default=0)

    @property
    def commitment_months(self) -> int:
        return 12 * self.commitment_years

    @property
    def bands(self) -> tuple[TakeOrPayBand, ...]:
        return tuple(sorted(self.take_or_pay, key=lambda band: band.from_percent))

    @property
    def band_gaps(self) -> tuple[tuple[Decimal, Decimal], ...]:
        """Where the sorted bands leave a gap or overlap: (end of one, start of the next),
        (0, first start) when the first band does not start at 0, and (last end, 100) when
        the last does not reach the whole Committed Volume."""
        gaps: list[tuple[Decimal, Decimal]] = []
        bands = self.bands
        if bands and bands[0].from_percent != 0:
            gaps.append((Decimal(0), bands[0].from_percent))
        for before, after in pairwise(bands):
            if before.to_percent != after.from_percent:
                gaps.append((before.to_percent, after.from_percent))
        if bands and bands[-1].to_percent != 100:
            gaps.append((bands[-1].to_percent, Decimal(100)))
        return tuple(gaps)

    @property
    def example_year(self) -> YearVolume | None:
        """The year the worked example of the shortfall payment uses: the first."""
        return min(self.committed_volumes, key=lambda entry: entry.year, default=None)

    @property
    def example_taken(self) -> int:
        """Units taken in the worked example: the commitment less the middle of the top band's
        start and the commitment, so the example crosses every band but the last."""
        year = self.example_year
        bands = self.bands
        if year is None or not bands:
            return 0
        deepest = bands[-1].from_percent if len(bands) > 1 else bands[0].to_percent / 2
        shortfall_percent = (deepest + bands[-1].to_percent) / 2 if len(bands) > 1 else deepest
        return year.units - int(Decimal(year.units) * shortfall_percent / 100)

    @property
    def example_payment(self) -> Decimal:
        year = self.example_year
        if year is None:
            return Decimal(0)
        return shortfall_payment(self, year.units, self.example_taken)


def shortfall_payment(terms: SupplierAllianceTerms, committed: int, taken: int) -> Decimal:
    """The take-or-pay payment for a Contract Year, band by band: each band pays its rate on
    the price of the shortfall units that fall within it (rounded to the cent)."""
    if terms.unit_price is None or committed <= 0 or taken >= committed:
        return Decimal(0)
    shortfall = Decimal(committed - taken)
    price = terms.unit_price.amount
    total = Decimal(0)
    for band in terms.bands:
        low = Decimal(committed) * band.from_percent / 100
        high = Decimal(committed) * band.to_percent / 100
        units_in_band = max(Decimal(0), min(shortfall, high) - low)
        total += units_in_band * price * band.payment_percent / 100
    return total.quantize(Decimal("0.01"))
