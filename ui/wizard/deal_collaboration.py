"""The model-specific sections of the "The deal" page for the collaborative models: the
co-marketing campaign, the consortium, the data-sharing alliance and the open-source
project (the owned and licensed models are in ``deal_sections``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox

from drafting.terms import AgreementTerms
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
)
from drafting.terms.governance import Threshold
from drafting.terms.parties import PartyRole
from ui.widgets import EnumCombo, MoneyEdit, PartyCombo, add_row
from ui.wizard.base import updated
from ui.wizard.deal_sections import Section
from ui.wizard.membership import MembersTable, TiersEditor
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
        self.page.watch(self.campaign, self.leads, self.approval)
        self.cost_split.changed.connect(self.page.edited)

    def set_parties(self, names: Sequence[str]) -> None:
        self.cost_split.set_parties(names)

    def load(self, terms: AgreementTerms) -> None:
        self.terms_value = terms.co_marketing
        self.campaign.setText(terms.co_marketing.campaign if terms.co_marketing else "")
        self.leads.set_value(
            terms.co_marketing.lead_ownership if terms.co_marketing else LeadOwnership.GENERATING_PARTY
        )
        self.approval.setValue(terms.co_marketing.approval_days if terms.co_marketing else 10)
        self.cost_split.set_shares(terms.co_marketing.cost_split if terms.co_marketing else ())

    def read(self) -> dict[str, Any]:
        if not self.campaign.text().strip():
            return {"co_marketing": None}
        values: dict[str, Any] = dict(self.terms_value) if self.terms_value else {}
        values.update(
            campaign=self.campaign.text().strip(),
            lead_ownership=self.leads.value(),
            approval_days=self.approval.value(),
            cost_split=self.cost_split.shares(),
        )
        return {"co_marketing": CoMarketingTerms.model_validate(values)}

    def check(self) -> dict[str, str]:
        return self.required("campaign", self.campaign, "Describe the joint campaign.")


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

    def set_parties(self, names: Sequence[str]) -> None:
        self.coordinator.set_parties(names)

    def load(self, terms: AgreementTerms) -> None:
        consortium = self.terms_value = terms.consortium or ConsortiumTerms()
        self.coordinator.set_value(consortium.coordinator)
        self.admission.set_value(consortium.admission_threshold)
        self.withdrawal.setValue(consortium.withdrawal_notice_days)
        self.liability_cap.set_money(consortium.member_liability_cap)
        self.access_months.setValue(consortium.access_request_months)
        self.access_terms.set_value(consortium.exploitation_access)

    def read(self) -> dict[str, Any]:
        consortium = updated(
            self.terms_value,
            coordinator=self.coordinator.value(),
            admission_threshold=self.admission.value(),
            withdrawal_notice_days=self.withdrawal.value(),
            member_liability_cap=self.liability_cap.money(),
            access_request_months=self.access_months.value(),
            exploitation_access=self.access_terms.value(),
        )
        return {"consortium": consortium}


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
        self.trademarks = QLineEdit()
        add_row(form, "Project marks held by", self.trademarks, "A neutral holder, e.g. the foundation.")
        self.tiers = TiersEditor()
        add_row(form, "Membership tiers", self.tiers, "Optional: levels of membership, with fees and board seats.")
        form.addRow("", self.page.error_line("tiers", "membership tiers"))
        self.members = MembersTable(self.tiers)
        add_row(form, "Each member's tier", self.members, "Which tier each member joins at; the host needs none.")
        self.page.watch(self.project, self.licence, self.mechanism, self.inbound, self.antitrust, self.trademarks)
        self.tiers.changed.connect(self.page.edited)
        self.members.changed.connect(self.page.edited)

    def set_parties(self, names: Sequence[str]) -> None:
        self.members.set_parties(names)

    def load(self, terms: AgreementTerms) -> None:
        project = self.terms_value = terms.open_source or OpenSourceTerms()
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
        self.members.expected = {party.short_name for party in terms.parties if party.role is PartyRole.MEMBER}

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
        )
        return {"open_source": project}

    def check(self) -> dict[str, str]:
        problems = self.required("project", self.project, "Name the open-source project.")
        if message := self.tiers.problem():
            problems["tiers"] = message
        return problems
