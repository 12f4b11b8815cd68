"""The wizard asks the deal economics, typed into the real widgets: shares as exact
fractions and equal shares, full splits per band with payees that are not parties,
caps until reached, sunsets; payments over time; the company's status and form;
exclusivity direction; leavers."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import Qt

from drafting.terms import AllianceModel
from drafting.terms.economics import CapBasis, PayeeKind
from tests.ui_helpers import click, type_into
from ui.drafts import example_files, load_example
from ui.wizard.wizard import AgreementWizard


def _example(name: str):
    return load_example(next(path for path in example_files() if path.stem == name))


def _collect(wizard: AgreementWizard):
    collected, problems = wizard.collect()
    assert problems == [] and collected is not None, problems
    return collected


def test_shares_typed_as_fractions_are_kept_exactly(qtbot, wizard) -> None:
    wizard.load(_example("revenue_sharing"))
    page = wizard.sharing
    first, second = page.shares.edits.values()
    type_into(qtbot, first, "1/3")
    type_into(qtbot, second, "2/3")
    assert page.shares.total_label.text() == "Total: 100%"
    assert page.problems() == {}
    shares = _collect(wizard).sharing.shares
    assert [share.exact for share in shares] == [Fraction(1, 3), Fraction(2, 3)]
    assert [share.fraction for share in shares] == [Fraction(1, 3), Fraction(2, 3)]
    type_into(qtbot, second, "60")
    assert _collect(wizard).sharing.shares[1].fraction is None


def test_a_share_total_that_is_not_whole_names_each_share_and_the_fix(qtbot, wizard) -> None:
    wizard.load(_example("revenue_sharing"))
    page = wizard.sharing
    first, second = page.shares.edits.values()
    type_into(qtbot, first, "50")
    type_into(qtbot, second, "30")
    assert page.shares.total_label.text() == "Total: 80% (must be 100%)"
    message = page.problems()["shares"]
    assert message.startswith("Cobblestone 50% + Pixelbridge 30% = 80%: give Pixelbridge 50%, or Cobblestone 70%")
    type_into(qtbot, first, "1/3")
    type_into(qtbot, second, "1/3")
    assert "Cobblestone 1/3 + Pixelbridge 1/3 = 2/3: give Pixelbridge 2/3" in page.problems()["shares"]


def test_equal_shares_are_one_nth_each_and_follow_a_new_party(qtbot, wizard) -> None:
    wizard.load(_example("joint_venture_50_50"))
    section = wizard.deal.sections[AllianceModel.JOINT_VENTURE]
    click(qtbot, section.holdings.equal)
    assert [edit.text() for edit in section.holdings.edits.values()] == ["50", "50"]
    click(qtbot, wizard.parties.add_button)
    wizard.parties.changed.emit()
    qtbot.waitUntil(lambda: len(section.holdings.edits) == 3)
    assert [edit.text() for edit in section.holdings.edits.values()] == ["1/3", "1/3", "1/3"]
    assert all(edit.isReadOnly() for edit in section.holdings.edits.values())


def test_the_professionals_example_keeps_its_sixths_and_equal_shares(wizard) -> None:
    terms = _example("professionals_company")
    wizard.load(terms)
    section = wizard.deal.sections[AllianceModel.JOINT_VENTURE]
    assert [edit.text() for edit in section.holdings.edits.values()] == ["1/6"] * 6
    assert section.holdings.equal.isChecked()
    assert _collect(wizard).joint_venture == terms.joint_venture


def test_a_band_split_is_typed_in_full_with_a_foundation_as_payee(qtbot, wizard) -> None:
    wizard.load(_example("revenue_sharing"))
    page = wizard.sharing
    click(qtbot, page.banded)
    assert page.bands.isVisibleTo(page) and not page.shares.isVisibleTo(page)
    type_into(qtbot, page.bands.payee_name, "the Open Ledger Foundation")
    click(qtbot, page.bands.add_payee_button)
    assert [payee.label for payee in page.bands.payees] == ["Cobblestone", "Pixelbridge", "the Open Ledger Foundation"]
    click(qtbot, page.bands.add_band_button)
    click(qtbot, page.bands.add_band_button)
    (start0, low), (start1, high) = page.bands.rows
    type_into(qtbot, start0, "0")
    for edit, share in zip(low, ("60", "35", "5"), strict=True):
        type_into(qtbot, edit, share)
    type_into(qtbot, start1, "500000")
    type_into(qtbot, high[0], "2/3")
    type_into(qtbot, high[1], "1/4")
    expected = "Band 2: Cobblestone 2/3 + Pixelbridge 25% = 11/12: give Pixelbridge 1/3"
    assert page.problems()["bands"].startswith(expected)
    type_into(qtbot, high[1], "1/3")
    assert "bands" not in page.problems()
    page.collector.setCurrentIndex(page.collector.findData("Pixelbridge"))
    sharing = _collect(wizard).sharing
    assert sharing.shares == () and sharing.payer == "Pixelbridge"
    assert [band.total for band in sharing.bands] == [1, 1]
    foundation = sharing.bands[0].shares[2].payee
    assert foundation.kind is PayeeKind.ENTITY and foundation.label == "the Open Ledger Foundation"
    assert sharing.bands[1].shares[1].share == Fraction(1, 3)


def test_a_cap_until_reached_and_a_sunset_are_asked(qtbot, wizard) -> None:
    wizard.load(_example("revenue_sharing"))
    page = wizard.sharing
    type_into(qtbot, page.cap.amount, "250000")
    page.cap_basis.setFocus()
    page.cap_basis.setCurrentIndex(page.cap_basis.findText("Until reached", Qt.MatchFlag.MatchStartsWith))
    page.sunset.setFocus()
    page.sunset.selectAll()
    qtbot.keyClicks(page.sunset, "5")
    qtbot.keyClick(page.sunset, Qt.Key.Key_Tab)
    sharing = _collect(wizard).sharing
    assert sharing.cap is not None and sharing.cap.amount == 250000
    assert sharing.cap_basis is CapBasis.CUMULATIVE and sharing.sunset_years == 5


def test_the_band_example_round_trips_through_the_page(wizard) -> None:
    terms = _example("revenue_share_bands")
    wizard.load(terms)
    assert wizard.sharing.banded.isChecked()
    assert len(wizard.sharing.bands.rows) == 2
    assert wizard.sharing.cap_payee.currentText() == "the Open Ledger Foundation"
    assert _collect(wizard).sharing == terms.sharing


def test_an_investment_in_tranches_is_typed_on_the_contributions_page(qtbot, wizard) -> None:
    from drafting.terms.economics import PaymentKind

    wizard.load(_example("equity_alliance"))
    page = wizard.contributions
    for number, (due, milestone) in enumerate((("2027-02-15", ""), ("", "CE marking of the OV-3 sensor")), start=1):
        click(qtbot, page.payments.add_button)
        form = page.payments.forms[-1]
        form.kind.setCurrentIndex(form.kind.findText("Tranche of an investment"))
        form.payer.setCurrentIndex(form.payer.findData("Brightwater"))
        form.payee_party.setCurrentIndex(form.payee_party.findData("Optimum Vision"))
        type_into(qtbot, form.amount.amount, "1500000")
        type_into(qtbot, form.description, f"Tranche {number}")
        type_into(qtbot, form.due, due)
        type_into(qtbot, form.milestone, milestone)
    type_into(qtbot, page.payments.forms[1].conditions, "the warranties remain true; no material adverse change")
    payments = _collect(wizard).payments
    assert [p.kind for p in payments] == [PaymentKind.TRANCHE, PaymentKind.TRANCHE]
    assert payments[0].due_date is not None and payments[0].due_date.isoformat() == "2027-02-15"
    assert payments[1].milestone == "CE marking of the OV-3 sensor"
    assert payments[1].conditions == ("the warranties remain true", "no material adverse change")
    assert sum(p.amount.amount for p in payments) == 3000000


def test_a_yearly_fee_to_a_foundation_and_a_bad_date(qtbot, wizard) -> None:
    from drafting.terms.economics import Recurrence

    wizard.load(_example("revenue_sharing"))
    page = wizard.contributions
    click(qtbot, page.payments.add_button)
    form = page.payments.forms[0]
    form.kind.setCurrentIndex(form.kind.findText("Recurring fee"))
    assert form.recurrence.isVisibleTo(form) and form.until.isVisibleTo(form)
    form.payee_kind.setCurrentIndex(form.payee_kind.findText("A named entity that does not sign"))
    assert form.payee_name.isVisibleTo(form) and not form.payee_party.isVisibleTo(form)
    type_into(qtbot, form.payee_name, "the Open Ledger Foundation")
    type_into(qtbot, form.amount.amount, "5000")
    type_into(qtbot, form.due, "2027-13-01")
    assert page.problems()["payments"] == "Payment 1: '2027-13-01' is not a date; write it as YYYY-MM-DD"
    type_into(qtbot, form.due, "2027-01-01")
    form.recurrence.setCurrentIndex(form.recurrence.findText("Every year"))
    [payment] = _collect(wizard).payments
    assert payment.recurrence is Recurrence.ANNUALLY and payment.until is None
    assert payment.payee.kind is PayeeKind.ENTITY and payment.payee.label == "the Open Ledger Foundation"


def test_the_payment_examples_round_trip_through_the_page(wizard) -> None:
    for name in ("equity_tranches", "revenue_share_bands", "licensing_milestones"):
        terms = _example(name)
        wizard.load(terms)
        assert len(wizard.contributions.payments.forms) == len(terms.payments)
        assert _collect(wizard).payments == terms.payments


def test_one_way_exclusive_purchase_is_asked(qtbot, wizard) -> None:
    from drafting.terms.commercial import ExclusivityDirection, ExclusivityKind

    wizard.load(_example("equity_alliance"))
    page = wizard.scope
    page.exclusivity.setCurrentIndex(page.exclusivity.findText("Purchase", Qt.MatchFlag.MatchStartsWith))
    type_into(qtbot, page.exclusivity_scope, "optical sensors")
    assert page.direction.isVisibleTo(page) and not page.bound_party.isVisibleTo(page)
    page.direction.setCurrentIndex(page.direction.findText("One way", Qt.MatchFlag.MatchStartsWith))
    assert page.bound_party.isVisibleTo(page) and page.protected_party.isVisibleTo(page)
    page.bound_party.setCurrentIndex(page.bound_party.findData("Optimum Vision"))
    page.protected_party.setCurrentIndex(page.protected_party.findData("Optimum Vision"))
    assert "choose two parties" in page.problems()["exclusivity"]
    page.bound_party.setCurrentIndex(page.bound_party.findData("Brightwater"))
    exclusivity = _collect(wizard).exclusivity
    assert exclusivity.kind is ExclusivityKind.PURCHASE and exclusivity.direction is ExclusivityDirection.ONE_WAY
    assert (exclusivity.exclusive_party, exclusivity.in_favour_of) == ("Brightwater", "Optimum Vision")


def test_an_existing_llc_with_units_and_leavers_is_asked(qtbot, wizard) -> None:
    from drafting.terms.company import CompanyForm, CompanyStatus
    from drafting.terms.economics import LeaverBuyer, LeaverEvent, LeaverPrice

    wizard.load(_example("joint_venture_50_50"))
    section = wizard.deal.sections[AllianceModel.JOINT_VENTURE]
    section.facts.status.setCurrentIndex(
        section.facts.status.findText("A company that already exists", Qt.MatchFlag.MatchStartsWith)
    )
    section.facts.form.setCurrentIndex(
        section.facts.form.findText("Limited liability company", Qt.MatchFlag.MatchStartsWith)
    )
    section.facts.shares.setFocus()
    section.facts.shares.selectAll()
    qtbot.keyClicks(section.facts.shares, "1000")
    qtbot.keyClick(section.facts.shares, Qt.Key.Key_Tab)
    assert wizard.deal.fixes("leavers")  # a finding about leavers leads to this page
    section.leavers.setChecked(True)
    qtbot.keyClick(section.leavers.events[LeaverEvent.EXPULSION], Qt.Key.Key_Space)  # off
    section.leavers.bad_price.setCurrentIndex(section.leavers.bad_price.findText("Net asset value"))
    section.leavers.buyer.setCurrentIndex(
        section.leavers.buyer.findText("The other members", Qt.MatchFlag.MatchStartsWith)
    )
    collected = _collect(wizard)
    venture = collected.joint_venture
    assert venture.status is CompanyStatus.EXISTING and venture.form is CompanyForm.LLC
    assert venture.number_of_shares == 1000
    leavers = collected.leavers
    assert leavers is not None and LeaverEvent.EXPULSION not in leavers.events
    assert leavers.bad_leaver_price is LeaverPrice.NET_ASSET_VALUE and leavers.buyer is LeaverBuyer.OTHERS_PRO_RATA
    section.leavers.setChecked(False)
    assert _collect(wizard).leavers is None


def test_the_consequence_of_a_missed_minimum_purchase_is_asked(qtbot, wizard) -> None:
    from drafting.terms.economics import Shortfall

    wizard.load(_example("distribution"))
    section = wizard.deal.sections[AllianceModel.DISTRIBUTION]
    assert section.minimum.amount.text() == "400000"
    section.shortfall.setCurrentIndex(section.shortfall.findText("The distributor pays", Qt.MatchFlag.MatchStartsWith))
    type_into(qtbot, section.minimum.amount, "500000")
    distribution = _collect(wizard).distribution
    assert distribution.minimum_purchase.amount == 500000
    assert distribution.minimum_purchase_shortfall is Shortfall.TOP_UP_PAYMENT


def test_a_minimum_annual_royalty_and_its_consequence_are_asked(qtbot, wizard) -> None:
    from drafting.terms.economics import Shortfall

    wizard.load(_example("licensing"))
    page = wizard.sharing
    assert page.minimum.amount.text() == "150000"
    assert page.shortfall.isVisibleTo(page)
    page.shortfall.setCurrentIndex(page.shortfall.findText("The exclusivity is lost"))
    assert _collect(wizard).sharing.shortfall is Shortfall.CONVERT_TO_NON_EXCLUSIVE
    type_into(qtbot, page.minimum.amount, "")
    assert not page.shortfall.isVisibleTo(page)
    sharing = _collect(wizard).sharing
    assert sharing.minimum_guarantee is None and sharing.shortfall is None


def test_deductions_are_ticked_per_revenue_type(qtbot, wizard) -> None:
    from drafting.terms.commercial import Deduction
    from drafting.terms.economics import RevenueType

    wizard.load(_example("revenue_sharing"))
    page = wizard.sharing
    assert page.fixes("sharing.revenue_deductions")
    qtbot.keyClick(page.deductions.use, Qt.Key.Key_Space)
    table = page.deductions.table
    row = page.deductions.order.index(RevenueType.ADVERTISING)
    refunds = 1 + list(Deduction).index(Deduction.REFUNDS)
    for column in (0, refunds):
        table.setCurrentCell(row, column)
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Space)
    [group] = _collect(wizard).sharing.revenue_deductions
    assert group.revenue_type is RevenueType.ADVERTISING and group.deductions == (Deduction.REFUNDS,)


def test_royalty_tiers_by_annual_band_are_typed(qtbot, wizard) -> None:
    from drafting.terms.economics import BandMethod

    wizard.load(_example("licensing_milestones"))
    page = wizard.sharing
    assert page.problems() == {}  # tiers stand in for a flat rate
    assert [(start.text(), rate.text()) for start, rate in page.tiers.rows] == [
        ("0", "6"),
        ("5000000", "5"),
        ("10000000", "4"),
    ]
    click(qtbot, page.tiers.remove_button)
    start, rate = page.tiers.add_tier()
    type_into(qtbot, start, "8000000")
    type_into(qtbot, rate, "3.5")
    page.method.setCurrentIndex(page.method.findText("Each band", Qt.MatchFlag.MatchStartsWith))
    sharing = _collect(wizard).sharing
    assert [(tier.threshold, tier.percent) for tier in sharing.tiers][-1] == (8000000, Decimal("3.5"))
    assert sharing.band_method is BandMethod.MARGINAL
