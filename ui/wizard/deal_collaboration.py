"""The model-specific sections of the "The deal" page for the collaborative models: the
co-marketing campaign, the consortium, the data-sharing alliance and the open-source
project (the owned and licensed models are in ``deal_sections``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox

from drafting.terms import AgreementTerms, Money
from drafting.terms.extras import (
    AccessConditions,
    CoMarketingTerms,
    ConsortiumTerms,
    ContributionMechanism,
    ControllerRoles,
    DataSharingTerms,
    LawfulBasis,
    LeadOwnership,
    NonPersonalDataLicence,
    OpenSourceTerms,
    RegulatedCategory,
    RegulatedProduct,
)
from drafting.terms.governance import Threshold
from drafting.terms.grant import ConsortiumGrant, Dissemination, MemberBudget
from drafting.terms.parties import PartyRole
from ui.widgets import EnumCombo, MoneyEdit, NumberEdit, PartyCombo, add_row, decimal_text, parse_decimal
from ui.wizard.base import updated
from ui.wizard.deal_sections import Section
from ui.wizard.membership import MembersTable, TiersEditor
from ui.wizard.research_tables import NUMBER, PARTY, Column, RowsTable, parse_date
from ui.wizard.shares import SharesTable
from ui.wizard.transfers import TransfersTable


class CoMarketingSection(Section):
    title = "The campaign"
    help_text = "What the parties promote together, and who owns the leads it brings in."

    def build(self, form: QFormLayout) -> None:
        self.campaign = QLineEdit()
        add_row(form, "&Campaign", self.campaign, "The joint campaign, e.g. 'a joint webinar series in 2026'.")
        form.addRow("", self.page.error_line("campaign", "campaign"))
        self.leads = EnumCombo(LeadOwnership)
        add_row(form, "&Leads belong to", self.leads, "The party that generates a lead usually keeps it.")
        self.approval = QSpinBox()
        self.approval.setRange(0, 90)
        self.approval.setSuffix(" days")
        add_row(
            form, "&Approval of materials", self.approval, "Time each party has to approve materials using its brand."
        )
        self.cost_split = SharesTable("Cost split", "Each party's percentage of the campaign costs.")
        add_row(form, "Campaign costs", self.cost_split, "Each party's share of the costs; must total 100%.")
        # Precedent 5, article 8: a product whose promotion has rules of its own gets its
        # own clause, with the sign-off of the party that sells it.
        self.regulated = RowsTable(
            "Regulated products",
            "A party's products in the campaign whose promotion has rules of their own.",
            (
                Column("Party", PARTY),
                Column("Product", placeholder=", ".join(category.value for category in RegulatedCategory)),
            ),
            "regulated product",
        )
        add_row(
            form,
            "&Regulated products",
            self.regulated,
            "Alcohol, gambling, financial, health, food or tobacco products: the party that sells them must "
            "sign off every material about them, and age-restricted products are kept away from minors.",
        )
        form.addRow("", self.page.error_line("regulated", "regulated products"))
        self.page.watch(self.campaign, self.leads, self.approval)
        self.cost_split.changed.connect(self.page.edited)
        self.regulated.changed.connect(self.page.edited)

    def set_parties(self, names: Sequence[str]) -> None:
        self.cost_split.set_parties(names)
        self.regulated.set_parties(names)

    def load(self, terms: AgreementTerms) -> None:
        self.terms_value = terms.co_marketing
        self.campaign.setText(terms.co_marketing.campaign if terms.co_marketing else "")
        self.leads.set_value(
            terms.co_marketing.lead_ownership if terms.co_marketing else LeadOwnership.GENERATING_PARTY
        )
        self.approval.setValue(terms.co_marketing.approval_days if terms.co_marketing else 10)
        self.cost_split.set_shares(terms.co_marketing.cost_split if terms.co_marketing else ())
        regulated = terms.co_marketing.regulated_products if terms.co_marketing else ()
        self.regulated.load([(item.party, item.category.value) for item in regulated])

    def read(self) -> dict[str, Any]:
        if not self.campaign.text().strip():
            return {"co_marketing": None}
        values: dict[str, Any] = dict(self.terms_value) if self.terms_value else {}
        values.update(
            campaign=self.campaign.text().strip(),
            lead_ownership=self.leads.value(),
            approval_days=self.approval.value(),
            cost_split=self.cost_split.shares(),
            regulated_products=tuple(
                RegulatedProduct(party=party, category=RegulatedCategory(category.lower()))
                for party, category in self.regulated.values()
                if party and category.lower() in set(RegulatedCategory)
            ),
        )
        return {"co_marketing": CoMarketingTerms.model_validate(values)}

    def check(self) -> dict[str, str]:
        errors = self.required("campaign", self.campaign, "Describe the joint campaign.")
        known = ", ".join(category.value for category in RegulatedCategory)
        for party, category in self.regulated.values():
            if not party or category.lower() not in set(RegulatedCategory):
                errors["regulated"] = f"Name the party and one of: {known}."
        return errors


ACCESS_LABELS = {
    AccessConditions.FAIR_AND_REASONABLE: "On fair and reasonable terms",
    AccessConditions.ROYALTY_FREE: "Royalty-free",
}


class ConsortiumSection(Section):
    title = "The consortium"
    help_text = "A coordinator speaks for the consortium; new members usually need everyone's agreement."

    def build(self, form: QFormLayout) -> None:
        self.coordinator = PartyCombo(allow_none="No coordinator")
        add_row(form, "&Coordinator", self.coordinator, "The member that runs the project and talks to funders.")
        self.admission = EnumCombo(Threshold)
        add_row(form, "New &members need", self.admission, "The vote needed to admit a new member.")
        self.withdrawal = QSpinBox()
        self.withdrawal.setRange(0, 365)
        self.withdrawal.setSuffix(" days")
        add_row(form, "&Withdrawal notice", self.withdrawal, "Notice a member gives to leave.")
        self.liability_cap = MoneyEdit("Liability cap per member")
        add_row(
            form,
            "Liability cap per member",
            self.liability_cap,
            "The most a member can owe the others, e.g. its share of the budget; empty for no cap.",
        )
        self.access_months = QSpinBox()
        self.access_months.setRange(0, 120)
        self.access_months.setSuffix(" months")
        add_row(
            form,
            "&Access rights may be asked for",
            self.access_months,
            "How long after the project ends a member may still ask another for the access rights it needs "
            "to exploit its results. Twelve months is usual.",
        )
        self.access_terms = EnumCombo(AccessConditions, ACCESS_LABELS)  # type: ignore[arg-type]
        add_row(
            form,
            "Access to e&xploit is",
            self.access_terms,
            "Access to carry out the project is always royalty-free; access to exploit results is usually paid "
            "on fair and reasonable terms.",
        )
        self.page.watch(self.coordinator, self.admission, self.withdrawal, self.liability_cap)
        self.page.watch(self.access_months, self.access_terms)
        self._dissemination(form)
        self._grant(form)
        self._budget(form)

    def _dissemination(self, form: QFormLayout) -> None:
        self.publication_notice = _days(365)
        add_row(
            form,
            "&Publication notice",
            self.publication_notice,
            "Notice a member gives the others before it publishes its results. Thirty days is usual.",
        )
        self.objection_days = _days(365)
        add_row(
            form,
            "Ob&jection period",
            self.objection_days,
            "Time the others have to object, only to protect their results, background or confidential "
            "information; an objection delays or changes a publication, it cannot stop it.",
        )
        self.publication_delay = _days(365)
        add_row(
            form,
            "Longest patent de&lay",
            self.publication_delay,
            "How long an objection may hold back a publication to file a patent application, e.g. 90 days.",
        )
        self.page.watch(self.publication_notice, self.objection_days, self.publication_delay)

    def _grant(self, form: QFormLayout) -> None:
        self.has_grant = QCheckBox("The project is funded by a grant")
        add_row(
            form,
            "&Grant",
            self.has_grant,
            "Tick if a funder (e.g. the EU under Horizon Europe) pays a grant under a grant agreement: the "
            "draft then makes that agreement prevail and runs until its audits and recoveries are over.",
        )
        self.programme = QLineEdit()
        self.programme.setPlaceholderText("e.g. Horizon Europe (Clean Hydrogen Partnership)")
        add_row(form, "Funding &programme", self.programme, "The programme the grant is awarded under.")
        form.addRow("", self.page.error_line("grant_programme", "funding programme"))
        self.authority = QLineEdit()
        self.authority.setPlaceholderText("e.g. the European Research Executive Agency")
        add_row(form, "Granting a&uthority", self.authority, "The body that grants and manages the funding.")
        form.addRow("", self.page.error_line("grant_authority", "granting authority"))
        self.agreement_number = QLineEdit()
        add_row(form, "Grant agreement no.", self.agreement_number, "Its number, once known (optional).")
        self.agreement_date = QLineEdit()
        self.agreement_date.setPlaceholderText("YYYY-MM-DD")
        add_row(
            form,
            "Grant agreement date",
            self.agreement_date,
            "When it was signed; leave empty if it is still to be signed (optional).",
        )
        self.max_grant = MoneyEdit("Maximum grant")
        add_row(form, "Ma&ximum grant", self.max_grant, "The most the funder pays for the whole project.")
        self.funding_rate = NumberEdit("e.g. 70")
        add_row(
            form,
            "Funding rate (%)",
            self.funding_rate,
            "The share of each member's eligible costs the grant reimburses; or give each member's maximum "
            "grant in the budget below.",
        )
        self.distribution_days = _days(365)
        add_row(
            form,
            "Coordinator pays on within",
            self.distribution_days,
            "Days within which the coordinator passes each payment of the grant on to the members.",
        )
        self.open_access = QCheckBox("The grant requires open access to publications")
        add_row(form, "Open access", self.open_access, "Most public research grants do; the draft then says so.")
        self.page.watch(self.has_grant, self.programme, self.authority, self.agreement_number, self.agreement_date)
        self.page.watch(self.funding_rate, self.distribution_days, self.open_access)
        self.max_grant.changed.connect(self.page.edited)
        self.has_grant.toggled.connect(self._show_grant)
        self._grant_widgets = (
            self.programme,
            self.authority,
            self.agreement_number,
            self.agreement_date,
            self.max_grant,
            self.funding_rate,
            self.distribution_days,
            self.open_access,
        )

    def _budget(self, form: QFormLayout) -> None:
        self.budget = RowsTable(
            "Budget",
            "Each member's estimated costs of its tasks and, where the funding rate does not set it, its "
            "maximum grant.",
            (
                Column("Member", PARTY),
                Column("Estimated costs", NUMBER),
                Column("Maximum grant", NUMBER, "by the rate"),
            ),
            "member",
        )
        add_row(
            form,
            "Bu&dget per member",
            self.budget,
            "Each member bears its own costs; the budget replaces cost-sharing percentages. Its costs should "
            "match the value of the member's contributions. Leave empty to share costs by percentage.",
        )
        self.budget_currency = QLineEdit("EUR")
        self.budget_currency.setMaximumWidth(60)
        add_row(form, "Budget currency", self.budget_currency, "Three-letter currency code of the budget.")
        self.page.watch(self.budget_currency)
        self.budget.changed.connect(self.page.edited)

    def _show_grant(self, checked: bool) -> None:
        for widget in self._grant_widgets:
            widget.setEnabled(checked)

    def set_parties(self, names: Sequence[str]) -> None:
        self.coordinator.set_parties(names)
        self.budget.set_parties(names)

    def load(self, terms: AgreementTerms) -> None:
        consortium = self.terms_value = terms.consortium or ConsortiumTerms()
        self.coordinator.set_value(consortium.coordinator)
        self.admission.set_value(consortium.admission_threshold)
        self.withdrawal.setValue(consortium.withdrawal_notice_days)
        self.liability_cap.set_money(consortium.member_liability_cap)
        self.access_months.setValue(consortium.access_request_months)
        self.access_terms.set_value(consortium.exploitation_access)
        dissemination = consortium.dissemination
        self.publication_notice.setValue(dissemination.notice_days)
        self.objection_days.setValue(dissemination.objection_days)
        self.publication_delay.setValue(dissemination.max_delay_days)
        grant = consortium.grant
        self.has_grant.setChecked(grant is not None)
        self._show_grant(grant is not None)
        shown = grant or ConsortiumGrant()
        self.programme.setText(shown.programme)
        self.authority.setText(shown.granting_authority)
        self.agreement_number.setText(shown.agreement_number)
        self.agreement_date.setText(shown.agreement_date.isoformat() if shown.agreement_date else "")
        self.max_grant.set_money(shown.max_grant)
        self.funding_rate.set_decimal(shown.funding_rate_percent)
        self.distribution_days.setValue(shown.distribution_days)
        self.open_access.setChecked(shown.open_access)
        self.budget.load(
            [
                (line.party, decimal_text(line.costs.amount), decimal_text(line.grant.amount) if line.grant else "")
                for line in consortium.budget
            ]
        )
        self.budget_currency.setText(consortium.budget[0].costs.currency if consortium.budget else "EUR")

    def _read_grant(self) -> ConsortiumGrant | None:
        if not self.has_grant.isChecked():
            return None
        return ConsortiumGrant(
            programme=self.programme.text().strip(),
            granting_authority=self.authority.text().strip(),
            agreement_number=self.agreement_number.text().strip(),
            agreement_date=parse_date(self.agreement_date.text(), "Grant agreement date"),
            max_grant=self.max_grant.money(),
            funding_rate_percent=self.funding_rate.decimal(),
            distribution_days=self.distribution_days.value(),
            open_access=self.open_access.isChecked(),
        )

    def _read_budget(self) -> tuple[MemberBudget, ...]:
        currency = self.budget_currency.text().strip().upper() or "EUR"
        lines = []
        for party, costs, grant in self.budget.values():
            grant_amount = parse_decimal(grant)
            lines.append(
                MemberBudget(
                    party=party,
                    costs=Money(amount=parse_decimal(costs) or 0, currency=currency),
                    grant=Money(amount=grant_amount, currency=currency) if grant_amount is not None else None,
                )
            )
        return tuple(lines)

    def read(self) -> dict[str, Any]:
        consortium = updated(
            self.terms_value,
            coordinator=self.coordinator.value(),
            admission_threshold=self.admission.value(),
            withdrawal_notice_days=self.withdrawal.value(),
            member_liability_cap=self.liability_cap.money(),
            access_request_months=self.access_months.value(),
            exploitation_access=self.access_terms.value(),
            dissemination=Dissemination(
                notice_days=self.publication_notice.value(),
                objection_days=self.objection_days.value(),
                max_delay_days=self.publication_delay.value(),
            ),
            grant=self._read_grant(),
            budget=self._read_budget(),
        )
        return {"consortium": consortium}

    def check(self) -> dict[str, str]:
        if not self.has_grant.isChecked():
            return {}
        problems = self.required("grant_programme", self.programme, "Name the funding programme.")
        problems.update(self.required("grant_authority", self.authority, "Name the granting authority."))
        return problems


def _days(maximum: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSuffix(" days")
    return spin


class DataSharingSection(Section):
    title = "The data"
    help_text = "What data is shared and why. Personal data brings data-protection duties."

    def build(self, form: QFormLayout) -> None:
        self.purpose = QLineEdit()
        add_row(form, "&Purpose of sharing", self.purpose, "Data may be used for this purpose only.")
        form.addRow("", self.page.error_line("data", "purpose of sharing"))
        self.personal = QCheckBox("The data includes &personal data")
        add_row(form, "Personal data", self.personal, "Names, e-mails, IDs or anything about a person.")
        self.roles = EnumCombo(ControllerRoles)
        add_row(form, "Data protection &roles", self.roles, "Who decides how personal data is used.")
        self.basis = EnumCombo(LawfulBasis)
        add_row(
            form,
            "&Lawful basis",
            self.basis,
            "The legal ground for using personal data, e.g. consent, a contract or a legitimate interest.",
        )
        self.retention = QSpinBox()
        self.retention.setRange(0, 600)
        self.retention.setSuffix(" months")
        add_row(form, "&Keep data for", self.retention, "How long the recipient may keep the data.")
        self.items = QPlainTextEdit()
        self.items.setFixedHeight(70)
        add_row(form, "Data items (one per line)", self.items, "The fields or categories shared; keep the list short.")
        self.arrangement = QCheckBox("Joint controllers have an Article 26 arrangement")
        add_row(form, "Joint controllers", self.arrangement, "Who gives notices and answers requests, in writing.")
        self.special = QCheckBox("The data includes special categories (health, biometrics, beliefs...)")
        add_row(
            form,
            "Special categories",
            self.special,
            "Health, ethnicity, religion or similar sensitive data: it needs an extra "
            "legal condition as well as a basis.",
        )
        self.dpia = QCheckBox("A data protection impact assessment has been done")
        add_row(
            form,
            "Impact assessment",
            self.dpia,
            "A written check of the risks to people (a DPIA), required for high-risk sharing such as health data.",
        )
        self.onward = QCheckBox("The recipient may pass the data on")
        add_row(form, "Onward transfers", self.onward, "Passing data on, above all abroad, needs a safeguard.")
        self.transfers = TransfersTable(
            "Each flow of personal data to a country outside the EEA and the UK needs a safeguard: an adequacy "
            "decision, the EU standard contractual clauses or, from the UK, the IDTA or the UK Addendum."
        )
        add_row(
            form,
            "International transfers",
            self.transfers,
            "One row per flow: who sends, who receives, where, and on what safeguard. Empty: none.",
        )
        form.addRow("", self.page.error_line("transfers", "international transfers"))
        self.transfers.changed.connect(self.page.edited)
        self.breach_hours = QSpinBox()
        self.breach_hours.setRange(1, 720)
        self.breach_hours.setSuffix(" hours")
        add_row(form, "Report a breach within", self.breach_hours, "Sooner than the regulator's 72 hours.")
        self.licence = EnumCombo(NonPersonalDataLicence, {NonPersonalDataLicence.NONE: "No licence set"})
        add_row(
            form, "Licence for non-personal data", self.licence, "A standard licence tells recipients what they may do."
        )
        self.page.watch(self.purpose, self.personal, self.roles, self.basis, self.retention, self.items)
        self.page.watch(self.arrangement, self.special, self.dpia, self.onward, self.breach_hours, self.licence)

    def load(self, terms: AgreementTerms) -> None:
        data = self.terms_value = terms.data_sharing or DataSharingTerms()
        self.purpose.setText(data.purpose)
        self.personal.setChecked(data.personal_data)
        self.roles.set_value(data.roles)
        self.basis.set_value(data.lawful_basis)
        self.retention.setValue(data.retention_months)
        self.items.setPlainText("\n".join(data.data_items))
        self.arrangement.setChecked(data.article_26_arrangement)
        self.special.setChecked(data.special_category)
        self.dpia.setChecked(data.dpia_completed)
        self.onward.setChecked(data.onward_transfers)
        self.breach_hours.setValue(data.breach_notice_hours)
        self.licence.set_value(data.non_personal_licence)
        self.transfers.set_parties([party.short_name for party in terms.parties])
        self.transfers.set_transfers(data.transfers)

    def read(self) -> dict[str, Any]:
        data = updated(
            self.terms_value,
            purpose=self.purpose.text().strip(),
            personal_data=self.personal.isChecked(),
            roles=self.roles.value(),
            lawful_basis=self.basis.value(),
            retention_months=self.retention.value(),
            data_items=tuple(line.strip() for line in self.items.toPlainText().splitlines() if line.strip()),
            article_26_arrangement=self.arrangement.isChecked(),
            special_category=self.special.isChecked(),
            dpia_completed=self.dpia.isChecked(),
            onward_transfers=self.onward.isChecked(),
            breach_notice_hours=self.breach_hours.value(),
            non_personal_licence=self.licence.value(),
            transfers=self.transfers.transfers(),
        )
        return {"data_sharing": data}

    def set_parties(self, names: Sequence[str]) -> None:
        self.transfers.set_parties(names)

    def check(self) -> dict[str, str]:
        problems = self.required("data", self.purpose, "Say what the data may be used for.")
        if message := self.transfers.problem():
            problems["transfers"] = message
        return problems


class OpenSourceSection(Section):
    title = "The project"
    help_text = "The open-source project the members build together. Apache-2.0 with a DCO is a common, simple set-up."

    def build(self, form: QFormLayout) -> None:
        self.project = QLineEdit()
        add_row(form, "&Project name", self.project, "The name of the open-source project.")
        form.addRow("", self.page.error_line("project", "project name"))
        self.licence = QLineEdit()
        add_row(
            form,
            "&Licence",
            self.licence,
            "The project's open licence by its standard short name (SPDX id), e.g. Apache-2.0 or MIT.",
        )
        self.mechanism = EnumCombo(
            ContributionMechanism,
            {
                ContributionMechanism.DCO: "Developer Certificate of Origin (sign-off)",
                ContributionMechanism.CLA: "Contributor licence agreement",
            },
        )
        add_row(form, "&Contributions by", self.mechanism, "How contributors confirm they may contribute their code.")
        self.inbound = QCheckBox("Contributions come in under the project licence (inbound = outbound)")
        add_row(
            form,
            "Inbound licence",
            self.inbound,
            "The licence contributors give the project; without it (or a contributor "
            "agreement) their code cannot be passed on.",
        )
        self.antitrust = QCheckBox("Members follow an antitrust policy at project meetings")
        add_row(
            form,
            "Antitrust policy",
            self.antitrust,
            "Rules that keep competitors' meetings lawful: agendas, minutes, no talk of prices or customers.",
        )
        self.host = PartyCombo(allow_none="No host: the members run the project themselves")
        add_row(
            form,
            "&Hosted by",
            self.host,
            "The foundation, association or stichting that hosts the project: it signs, holds the marks and "
            "receives the fees, but it is never a member and has no vote.",
        )
        self.eu_market = QCheckBox("Members sell products that include the project's software in the EU")
        add_row(
            form,
            "EU market",
            self.eu_market,
            "The Cyber Resilience Act then makes the host the project's open-source software steward, "
            "with a cybersecurity policy and duties towards market surveillance authorities.",
        )
        self.trademarks = QLineEdit()
        add_row(form, "Project marks held by", self.trademarks, "A neutral holder, e.g. the foundation.")
        self.tiers = TiersEditor()
        add_row(form, "Membership tiers", self.tiers, "Optional: levels of membership, with fees and board seats.")
        form.addRow("", self.page.error_line("tiers", "membership tiers"))
        self.members = MembersTable(self.tiers)
        add_row(form, "Each member's tier", self.members, "Which tier each member joins at; the host needs none.")
        self.page.watch(self.project, self.licence, self.mechanism, self.inbound, self.antitrust, self.trademarks)
        self.page.watch(self.host, self.eu_market)
        self.tiers.changed.connect(self.page.edited)
        self.members.changed.connect(self.page.edited)

    def set_parties(self, names: Sequence[str]) -> None:
        self.members.set_parties(names)
        self.host.set_parties(names)

    def load(self, terms: AgreementTerms) -> None:
        project = self.terms_value = terms.open_source or OpenSourceTerms()
        self.host.set_parties([party.short_name for party in terms.parties])
        self.host.set_value(project.host)
        self.eu_market.setChecked(project.eu_market)
        self.project.setText(project.project_name)
        self.licence.setText(project.licence)
        self.mechanism.set_value(project.contribution_mechanism)
        self.inbound.setChecked(project.inbound_equals_outbound)
        self.antitrust.setChecked(project.antitrust_policy)
        self.trademarks.setText(project.trademark_holder)
        self.tiers.currency = terms.sharing.currency
        self.tiers.set_items(project.tiers)
        self.members.set_parties([party.short_name for party in terms.parties])
        self.members.set_members(project.members)
        # The host joins at no tier, whatever role the parties page gave it.
        self.members.expected = {
            party.short_name
            for party in terms.parties
            if party.role is PartyRole.MEMBER and party.short_name != project.host
        }

    def read(self) -> dict[str, Any]:
        project = updated(
            self.terms_value,
            project_name=self.project.text().strip(),
            licence=self.licence.text().strip() or "Apache-2.0",
            contribution_mechanism=self.mechanism.value(),
            inbound_equals_outbound=self.inbound.isChecked(),
            antitrust_policy=self.antitrust.isChecked(),
            trademark_holder=self.trademarks.text().strip(),
            tiers=self.tiers.tiers(),
            members=self.members.members(),
            host=self.host.value(),
            eu_market=self.eu_market.isChecked(),
        )
        return {"open_source": project}

    def check(self) -> dict[str, str]:
        problems = self.required("project", self.project, "Name the open-source project.")
        if message := self.tiers.problem():
            problems["tiers"] = message
        return problems
