"""Page: what only this kind of alliance needs (the joint-venture company, the equity
stake, the licence, the products, the campaign, the consortium, the data or the project)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from drafting.terms import AgreementTerms, AllianceModel
from ui.wizard.base import TermsPage
from ui.wizard.deal_collaboration import CoMarketingSection, ConsortiumSection, DataSharingSection, OpenSourceSection
from ui.wizard.deal_members import MembersSection
from ui.wizard.deal_network import NetworkSection
from ui.wizard.deal_research import ResearchSection
from ui.wizard.deal_sections import DistributionSection, EquitySection, JointVentureSection, LicensingSection, Section
from ui.wizard.deal_supplier import SupplierAllianceSection
from ui.wizard.page_index import DEAL, MODEL_FIELDS

SECTIONS: dict[AllianceModel, type[Section]] = {
    AllianceModel.JOINT_VENTURE: JointVentureSection,
    AllianceModel.EQUITY_ALLIANCE: EquitySection,
    AllianceModel.LICENSING: LicensingSection,
    AllianceModel.DISTRIBUTION: DistributionSection,
    AllianceModel.CO_MARKETING: CoMarketingSection,
    AllianceModel.CONSORTIUM: ConsortiumSection,
    AllianceModel.DATA_SHARING: DataSharingSection,
    AllianceModel.OPEN_SOURCE: OpenSourceSection,
    AllianceModel.SUPPLIER_ALLIANCE: SupplierAllianceSection,
    AllianceModel.PARTNER_NETWORK: NetworkSection,
    AllianceModel.RESEARCH_COLLABORATION: ResearchSection,
    AllianceModel.PROFESSIONALS_MEMBERS: MembersSection,
}


class DealPage(TermsPage):
    paths = DEAL.paths
    models = frozenset(SECTIONS)

    def __init__(self) -> None:
        super().__init__(DEAL.title, DEAL.subtitle)
        self.sections = {model: section(self) for model, section in SECTIONS.items()}
        for section in self.sections.values():
            self.body_layout.addWidget(section.box)
        self.body_layout.addStretch(1)

    def current(self) -> Section | None:
        return self.sections.get(self.model)

    def _apply_model(self, model: AllianceModel) -> None:
        for section_model, section in self.sections.items():
            section.box.setVisible(section_model is model)
        self.recheck()

    def _apply_parties(self, names: Sequence[str]) -> None:
        for section in self.sections.values():
            section.set_parties(names)

    def rename_parties(self, renames: dict[str, str]) -> None:
        super().rename_parties(renames)
        network = self.sections[AllianceModel.PARTNER_NETWORK]
        if isinstance(network, NetworkSection):
            network.rename(renames)

    def _load(self, terms: AgreementTerms) -> None:
        for section in self.sections.values():
            section.load(terms)

    def read(self) -> dict[str, Any]:
        # "licence_grant" lives under ip; the wizard puts it there after the IP page's part.
        result: dict[str, Any] = dict.fromkeys((*MODEL_FIELDS, "licence_grant"))
        section = self.current()
        if section is not None:
            result.update(section.read())
        return result

    def check(self) -> dict[str, str]:
        section = self.current()
        return section.check() if section is not None else {}
