"""The "The deal" section of the professionals' members' agreement: which party is the
company the members already own, its form and the members' holdings, the line between
Company Work and each member's own practice, how the fees of work passed through the
company are split, standing and insurance, the leavers and the covenants. The decisions
(voting basis, quorum, Consensus Matters) are on the governance page."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox

from drafting.terms import AgreementTerms
from drafting.terms.company import CompanyForm
from drafting.terms.members import (
    ClientOwnership,
    Contracting,
    DeadlockOutcome,
    MembersTerms,
    OriginatorFrom,
    SeveralDeliverers,
)
from ui.widgets import EnumCombo, MoneyEdit, PartyCombo, add_row
from ui.wizard.company_fields import FORM_LABELS, LeaversBox
from ui.wizard.deal_sections import Section
from ui.wizard.shares import ShareEdit, SharesTable, share_from_text

CONTRACTING_LABELS = {
    Contracting.COMPANY_CONTRACTS: "The company signs with the client and engages the member who does the work",
    Contracting.MEMBER_CONTRACTS: "The member signs with the client and pays the company its share",
}
CLIENT_LABELS = {
    ClientOwnership.COMPANY: "The company (for the work done through it)",
    ClientOwnership.ORIGINATING_MEMBER: "The member who brought the client in",
}
ORIGINATOR_LABELS = {
    OriginatorFrom.COMPANY_SHARE: "to the company",
    OriginatorFrom.MEMBER_SHARE: "to the member who does the work",
}
SEVERAL_LABELS = {
    SeveralDeliverers.BY_EFFORT: "In proportion to the time each records",
    SeveralDeliverers.BY_AGREEMENT: "As they agree before starting (equally if they do not)",
}
OUTCOME_LABELS = {
    DeadlockOutcome.GOOD_LEAVER_EXIT: "The proposal lapses; a member who cannot accept it may leave as a good leaver",
    DeadlockOutcome.MAJORITY_DECIDES: "The majority decides (except on fees, admissions, new shares, winding up)",
}


def _text_box(placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(60)
    box.setPlaceholderText(placeholder)
    return box


class MembersSection(Section):
    title = "The members and their company"
    help_text = (
        "Professionals who already own a company together and each keep their own practice. "
        "The company is itself a party; add it on the parties page."
    )

    def build(self, form: QFormLayout) -> None:
        self._names: tuple[str, ...] = ()
        self.company = PartyCombo()
        add_row(form, "The co&mpany", self.company, "Which party is the company the members own (it signs too).")
        form.addRow("", self.page.error_line("members_company", "company"))
        self.company_form = QComboBox()
        self.company_form.addItem("Not stated (a company with shares)", "")
        for member, label in FORM_LABELS.items():
            self.company_form.addItem(label, member.value)
        add_row(form, "Company form", self.company_form, "Decides the words: shares, units or membership interests.")
        self.shares = QSpinBox()
        self.shares.setRange(0, 1_000_000_000)
        self.shares.setSpecialValueText("Not stated")
        add_row(form, "Number of s&hares", self.shares, "Shares (units, interests) in issue; 0 if not stated.")
        self.capital = MoneyEdit("Share capital")
        add_row(form, "Share &capital", self.capital, "The issued capital (optional; some forms have none).")
        self.holdings = SharesTable(
            "Holdings", "Each member's share of the company, as a percentage or a fraction (1/3).", equal_option=True
        )
        add_row(form, "&Holdings", self.holdings, "Each member's holding; together 100%. Equal or unequal.")
        form.addRow("", self.page.error_line("members_holdings", "holdings"))
        self.profession = QLineEdit()
        self.profession.setPlaceholderText("e.g. architects")
        add_row(form, "&Profession", self.profession, "What the members are; new members must be practising too.")
        self.regulator = QLineEdit()
        self.regulator.setPlaceholderText("e.g. the Architects Registration Board")
        add_row(form, "Re&gulator", self.regulator, "The body each member must stay registered with, if any.")
        self.company_work = _text_box("e.g. commissions above GBP 2,000,000, public frameworks")
        add_row(form, "Company &work", self.company_work, "The work that must go through the company.")
        self.own_practice = _text_box("e.g. small residential commissions, expert-witness work")
        add_row(form, "Own &practice", self.own_practice, "The work each member keeps for its own practice.")
        self.clients = EnumCombo(ClientOwnership, CLIENT_LABELS)  # type: ignore[arg-type]
        add_row(form, "Clients belong to", self.clients, "Decides what a leaver may take and what it may not solicit.")
        self.first_offer = QCheckBox("A member must first offer the company new work in its field")
        add_row(
            form,
            "First offer",
            self.first_offer,
            "Whether a member must offer new work to the company before taking it itself; "
            "off by default, as it looks like employment.",
        )
        self.contracting = EnumCombo(Contracting, CONTRACTING_LABELS)  # type: ignore[arg-type]
        add_row(
            form,
            "Who signs w&ith clients",
            self.contracting,
            "Whether the company or the member contracts with the client; some professions restrict sharing fees.",
        )
        self.member_share = ShareEdit("e.g. 70")
        add_row(form, "Member's share of fees", self.member_share, "What the member who does the work receives.")
        self.originator_share = ShareEdit("none")
        add_row(form, "Introducer's share", self.originator_share, "Optional: for the member who brought the client.")
        self.originator_from = EnumCombo(OriginatorFrom, ORIGINATOR_LABELS)  # type: ignore[arg-type]
        add_row(form, "No introducer: goes", self.originator_from, "Where the introducer's share goes if nobody.")
        self.company_share = ShareEdit("e.g. 30")
        add_row(form, "Company's share of fees", self.company_share, "Kept for its costs; the shares total 100%.")
        form.addRow("", self.page.error_line("members_split", "split"))
        self.several = EnumCombo(SeveralDeliverers, SEVERAL_LABELS)  # type: ignore[arg-type]
        add_row(form, "Several members deliver", self.several, "How they divide the member's share.")
        self.payment_days = QSpinBox()
        self.payment_days.setRange(0, 365)
        self.payment_days.setSuffix(" days after the client pays")
        add_row(form, "Member paid within", self.payment_days, "The member bears the client's credit risk.")
        self.pi_cover = MoneyEdit("Professional indemnity cover")
        add_row(
            form,
            "PI &insurance",
            self.pi_cover,
            "Professional indemnity insurance: the minimum cover per claim, for own and company work alike.",
        )
        self.salaries = QCheckBox("Members draw salaries from the company")
        add_row(form, "Salaries", self.salaries, "Usually not: salaries make members look like employees.")
        self.directors = QCheckBox("Every member is a director of the company")
        add_row(
            form,
            "Directors",
            self.directors,
            "Each member then helps run the company; usual in a small practice company.",
        )
        self.outcome = EnumCombo(DeadlockOutcome, OUTCOME_LABELS)  # type: ignore[arg-type]
        add_row(
            form,
            "If members disagree",
            self.outcome,
            "What settles a disagreement after discussion and mediation; never a forced buy-out.",
        )
        self.brand = QLineEdit()
        add_row(form, "Bran&d name", self.brand, "The name they practise under together; the company owns it.")
        self.licence_after = QCheckBox("A leaver keeps a licence to use the joint materials")
        add_row(form, "Materials", self.licence_after, "Templates and methods written together for the company.")
        self.non_solicit = QSpinBox()
        self.non_solicit.setRange(0, 36)
        self.non_solicit.setSuffix(" months")
        add_row(
            form,
            "Non-so&licitation",
            self.non_solicit,
            "How long a leaver may not approach the clients it served; 12 months at most is usual.",
        )
        self.non_dealing = QCheckBox("Also no acting for those clients (non-dealing)")
        add_row(
            form,
            "Non-dealing",
            self.non_dealing,
            "Also no acting for those clients even if they come unasked: stricter, and "
            "some professional rules forbid it.",
        )
        self.discount = ShareEdit("none")
        add_row(form, "Bad leaver &discount", self.discount, "Only if chosen: may be struck out as a penalty.")
        self.valuer = QLineEdit()
        self.valuer.setPlaceholderText("an independent accountant")
        add_row(form, "&Valuer", self.valuer, "Who fixes Fair Value if leaver and company disagree.")
        self.leavers = LeaversBox()
        form.addRow(self.leavers)
        self.page.watch(self.company, self.company_form, self.shares, self.capital, self.profession, self.regulator)
        self.page.watch(self.company_work, self.own_practice, self.clients, self.first_offer, self.contracting)
        self.page.watch(self.member_share, self.originator_share, self.originator_from, self.company_share)
        self.page.watch(self.several, self.payment_days, self.pi_cover, self.salaries, self.directors, self.outcome)
        self.page.watch(self.brand, self.licence_after, self.non_solicit, self.non_dealing, self.discount)
        self.page.watch(self.valuer, *self.leavers.widgets())
        self.holdings.changed.connect(self.page.edited)
        self.leavers.toggled.connect(self.page.edited)
        self.company.currentIndexChanged.connect(self._members_changed)

    def _members_changed(self) -> None:
        company = self.company.value()
        self.holdings.set_parties([name for name in self._names if name != company])

    def set_parties(self, names: Sequence[str]) -> None:
        self._names = tuple(names)
        chosen = self.company.value()
        self.company.set_parties(names)
        self.company.set_value(chosen if chosen in names else None)
        self._members_changed()

    def load(self, terms: AgreementTerms) -> None:
        block = self.block = terms.members
        shown = block or MembersTerms(company=terms.parties[-1].short_name)
        self._names = tuple(party.short_name for party in terms.parties)
        self.company.set_parties(self._names)
        self.company.set_value(shown.company)
        self.company_form.setCurrentIndex(self.company_form.findData(shown.form.value) if shown.form is not None else 0)
        self.shares.setValue(shown.number_of_shares or 0)
        self.capital.set_money(shown.share_capital, terms.sharing.currency)
        self._members_changed()
        self.holdings.set_shares(shown.holdings, equal=shown.equal_shares)
        self.profession.setText(shown.profession)
        self.regulator.setText(shown.regulator)
        self.company_work.setPlainText(shown.company_work)
        self.own_practice.setPlainText(shown.own_practice_work)
        self.clients.set_value(shown.client_ownership)
        self.first_offer.setChecked(shown.first_offer)
        self.contracting.set_value(shown.contracting)
        self.member_share.set_share(shown.delivering_member_share)
        self.originator_share.set_share(shown.originator_share)
        self.originator_from.set_value(shown.originator_from)
        self.company_share.set_share(shown.company_share)
        self.several.set_value(shown.several_deliverers)
        self.payment_days.setValue(shown.payment_days)
        self.pi_cover.set_money(shown.pi_cover_min, terms.sharing.currency)
        self.salaries.setChecked(shown.salaries)
        self.directors.setChecked(shown.all_members_directors)
        self.outcome.set_value(shown.deadlock_outcome)
        self.brand.setText(shown.brand_name)
        self.licence_after.setChecked(shown.licence_after_leaving)
        self.non_solicit.setValue(shown.non_solicit_months)
        self.non_dealing.setChecked(shown.non_dealing)
        self.discount.set_share(shown.bad_leaver_discount_percent)
        self.valuer.setText(shown.valuer)
        self.leavers.load(terms.leavers)

    @staticmethod
    def _share(edit: ShareEdit) -> Fraction | None:
        # A share typed badly is reported by check(); it is read as not given, never lost
        # from the field, which keeps the text until the user corrects it.
        try:
            return share_from_text(edit.text())
        except ValueError:
            return None

    def read(self) -> dict[str, Any]:
        company = self.company.value()
        if not company:
            return {"members": None, "leavers": self.leavers.leavers()}
        data = self.company_form.currentData()
        block = MembersTerms(
            company=company,
            form=CompanyForm(data) if data else None,
            share_capital=self.capital.money(),
            number_of_shares=self.shares.value() or None,
            holdings=self.holdings.shares(),
            equal_shares=self.holdings.is_equal(),
            profession=self.profession.text().strip(),
            regulator=self.regulator.text().strip(),
            company_work=self.company_work.toPlainText().strip(),
            own_practice_work=self.own_practice.toPlainText().strip(),
            client_ownership=self.clients.value(),
            first_offer=self.first_offer.isChecked(),
            contracting=self.contracting.value(),
            delivering_member_share=self._share(self.member_share),
            company_share=self._share(self.company_share),
            originator_share=self._share(self.originator_share),
            originator_from=self.originator_from.value(),
            several_deliverers=self.several.value(),
            payment_days=self.payment_days.value(),
            pi_cover_min=self.pi_cover.money(),
            salaries=self.salaries.isChecked(),
            all_members_directors=self.directors.isChecked(),
            deadlock_outcome=self.outcome.value(),
            brand_name=self.brand.text().strip(),
            licence_after_leaving=self.licence_after.isChecked(),
            non_solicit_months=self.non_solicit.value(),
            non_dealing=self.non_dealing.isChecked(),
            bad_leaver_discount_percent=self._share(self.discount) or None,
            valuer=self.valuer.text().strip(),
        )
        return {"members": block, "leavers": self.leavers.leavers()}

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.company.value():
            problems["members_company"] = "Choose which party is the company the members own."
        if not self.holdings.is_empty() and (message := self.holdings.problem()):
            problems["members_holdings"] = message
        for edit, what in (
            (self.member_share, "the member's share"),
            (self.originator_share, "the introducer's share"),
            (self.company_share, "the company's share"),
            (self.discount, "the bad leaver discount"),
        ):
            try:
                share_from_text(edit.text())
            except ValueError as problem:
                problems["members_split"] = f"{what[:1].upper()}{what[1:]}: {problem}"
        return problems
