"""The life of the alliance and its legal frame: term and renewal, termination,
transfer restrictions, exit and valuation, dispute resolution and boilerplate."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from pydantic import Field, model_validator

from drafting.terms.base import Days, Money, Months, Percent, TermsModel


class TermKind(StrEnum):
    FIXED = "fixed"
    INITIAL_PLUS_RENEWAL = "initial_plus_renewal"
    UNTIL_COMPLETION = "until_completion"
    INDEFINITE = "indefinite"


class Term(TermsModel):
    effective_date: dt.date | None = Field(
        default=None, description="The day the agreement starts.", json_schema_extra={"x-required": True}
    )
    kind: TermKind = TermKind.INITIAL_PLUS_RENEWAL
    length_months: Months | None = 36
    end_date: dt.date | None = None
    renewal_months: Months | None = 12
    non_renewal_notice_days: Days = 90


class ChangeOfControl(StrEnum):
    NONE = "none"
    NOTICE = "notice"
    CONSENT = "consent"
    TERMINATION_RIGHT = "termination_right"
    CALL_OPTION = "call_option"


class ConvenienceTermination(TermsModel):
    allowed: bool = False
    notice_days: Days = 90
    fee: Money | None = None


class Termination(TermsModel):
    breach_cure_days: Days = 30
    insolvency: bool = True
    force_majeure_days: Days = 90
    convenience: ConvenienceTermination = ConvenienceTermination()
    change_of_control: ChangeOfControl = ChangeOfControl.TERMINATION_RIGHT
    wind_down_days: Days = 90


class FirstRight(StrEnum):
    NONE = "none"
    FIRST_REFUSAL = "first_refusal"
    FIRST_OFFER = "first_offer"


class TransferRestrictions(TermsModel):
    """Limits on selling an interest in a joint venture or an equity stake."""

    lock_in_months: Months | None = 36
    no_transfer_to_competitors: bool = True
    first_right: FirstRight = FirstRight.FIRST_REFUSAL
    tag_along: bool = True
    drag_along: bool = False
    drag_threshold_percent: Percent = Decimal(75)
    intra_group_permitted: bool = True


class ExitTrigger(StrEnum):
    DEADLOCK = "deadlock"
    MATERIAL_BREACH = "material_breach"
    CHANGE_OF_CONTROL = "change_of_control"
    INSOLVENCY = "insolvency"
    LOCK_IN_EXPIRY = "lock_in_expiry"
    FUNDING_DEFAULT = "funding_default"


class Valuation(StrEnum):
    FAIR_MARKET_VALUE = "fair_market_value"
    FORMULA = "formula"
    AVERAGE_OF_APPRAISALS = "average_of_appraisals"


class ValuationFormula(StrEnum):
    EBITDA_MULTIPLE = "ebitda_multiple"
    NET_ASSETS = "net_assets"
    NPV_OF_EARNINGS = "npv_of_earnings"


class ExitTerms(TermsModel):
    """The "pre-nuptial" exit: when a party may or must leave, and at what price."""

    triggers: tuple[ExitTrigger, ...] = (ExitTrigger.MATERIAL_BREACH, ExitTrigger.INSOLVENCY)
    valuation: Valuation = Valuation.FAIR_MARKET_VALUE
    formula: ValuationFormula | None = None
    multiple: Decimal | None = Field(default=None, ge=Decimal(0))
    expert: str = "an independent firm of chartered accountants agreed by the Parties"
    timetable_days: Days = 60
    bad_leaver_discount_percent: Percent | None = None
    minority_discount: bool = False


class MediationProvider(StrEnum):
    """Mediation rules; each value but ``ad_hoc`` and ``other`` is an entry of
    ``clause_templates/law/_institutions.toml`` with mediation rules."""

    CEDR = "CEDR"
    ICC = "ICC"
    LCIA = "LCIA"
    HKIAC = "HKIAC"
    SCC = "SCC"
    DIS = "DIS"
    SWISS = "SWISS"
    CEPANI = "CEPANI"
    VIAC = "VIAC"
    CAM_CCBC = "CAM_CCBC"
    AAA = "AAA"
    ICDR = "ICDR"
    JAMS = "JAMS"
    AD_HOC = "ad_hoc"
    OTHER = "other"


class Institution(StrEnum):
    """Arbitration institutions; each value but ``other`` is an entry of
    ``clause_templates/law/_institutions.toml`` with arbitration rules."""

    ICC = "ICC"
    LCIA = "LCIA"
    SIAC = "SIAC"
    HKIAC = "HKIAC"
    SCC = "SCC"
    DIS = "DIS"
    NAI = "NAI"
    SWISS = "SWISS"
    CEPANI = "CEPANI"
    VIAC = "VIAC"
    JCAA = "JCAA"
    KCAB = "KCAB"
    CAM_CCBC = "CAM_CCBC"
    AAA = "AAA"
    ICDR = "ICDR"
    JAMS = "JAMS"
    CIETAC = "CIETAC"
    OTHER = "other"


class Forum(StrEnum):
    ARBITRATION = "arbitration"
    COURTS = "courts"


class Mediation(TermsModel):
    provider: MediationProvider = MediationProvider.CEDR
    #: The provider and its rules, as the user names them, when ``provider`` is "other".
    other_provider: str = Field(default="", max_length=300)
    days: Days = 45


class Arbitration(TermsModel):
    institution: Institution = Institution.ICC
    #: The institution's rules, as the user names them, when ``institution`` is "other"
    #: ("the Arbitration Rules of the Dubai International Arbitration Centre").
    other_rules: str = Field(default="", max_length=300)
    seat: str = ""
    arbitrators: int = Field(default=1, ge=1, le=3)
    language: str = "English"
    expedited: bool = False
    confidential: bool = True


class Courts(TermsModel):
    courts: str = ""
    exclusive: bool = True


class Disputes(TermsModel):
    negotiation: bool = True
    negotiation_days: Days | None = 30
    mediation: Mediation | None = Mediation()
    forum: Forum = Forum.ARBITRATION
    arbitration: Arbitration | None = Arbitration()
    courts: Courts | None = None
    injunctive_carve_out: bool = True
    #: Waive trial by jury where the governing law lets the parties do so before a
    #: dispute (a court forum under New York or Delaware law); elsewhere it has no text.
    #: Off unless asked for: the wizard ticks it when a law with a civil jury is chosen
    #: (``civil_jury`` in the profile), and a waiver under a law without one is reported.
    jury_waiver: bool = False


class Assignment(StrEnum):
    CONSENT_REQUIRED = "consent_required"
    AFFILIATES_PERMITTED = "affiliates_permitted"


class LiabilityCapKind(StrEnum):
    NONE = "none"
    FEES_LAST_12_MONTHS = "fees_last_12_months"
    FIXED_AMOUNT = "fixed_amount"


class LiabilityCap(TermsModel):
    kind: LiabilityCapKind = LiabilityCapKind.FEES_LAST_12_MONTHS
    amount: Money | None = None
    exclude_indirect_losses: bool = True
    # The expected annual value is an estimate; it becomes the cap's minimum only when the
    # user confirms the parties agreed it as one (the review warns otherwise).
    expected_value_floor: bool = Field(
        default=False,
        description="Use the expected annual value (scope.expected_annual_value) as the minimum of a fees-based cap.",
    )


class Boilerplate(TermsModel):
    """The general clauses; most are always present, these are the choices within them."""

    assignment: Assignment = Assignment.CONSENT_REQUIRED
    electronic_signature: bool = True
    anti_bribery: bool = True
    sanctions: bool = True
    publicity_consent: bool = True
    insurance: Money | None = None
    liability_cap: LiabilityCap = LiabilityCap()
    indemnities: bool = True
    indemnity_procedure: bool = True
    non_solicitation: bool = False
    non_solicitation_months: Months = 12
    third_party_rights: bool = False
    force_majeure: bool = True
    # The "no partnership" clause: sharing revenue or profit without it can make the
    # parties partners in law, each liable for the other's debts.
    no_partnership: bool = True
    # Working hours in the place of receipt (24-hour clock): a notice received outside
    # them is deemed received when they next begin on a Business Day.
    notice_hours_start: int = Field(default=9, ge=0, le=23, description="Hour notices start being received.")
    notice_hours_end: int = Field(default=17, ge=1, le=24, description="Hour notices stop being received.")

    @model_validator(mode="after")
    def _notice_hours_in_order(self) -> Boilerplate:
        if self.notice_hours_start >= self.notice_hours_end:
            raise ValueError("notice_hours_start must be earlier than notice_hours_end")
        return self
