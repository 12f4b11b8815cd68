"""Page: intellectual property, i.e. who owns what each party brings and what the alliance creates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit

from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.ip import BackgroundLicence, ForegroundIp, ForegroundOwnership, IntellectualProperty, LicenceBack
from ui.widgets import EnumCombo, NumberEdit, PartyCombo, add_row, group
from ui.wizard.base import TermsPage, updated
from ui.wizard.ip_tables import BackgroundTable, BrandLicencesTable, JointRulesBox
from ui.wizard.page_index import IP

OWNERSHIP_LABELS = {
    ForegroundOwnership.CREATOR_OWNS: "The party that creates it owns it",
    ForegroundOwnership.LEAD_EXPLOITER: "One party owns it and licenses the others",
    ForegroundOwnership.SPLIT_BY_FIELD: "Split by field of use",
    ForegroundOwnership.JV_OWNS: "The joint venture company owns it",
    ForegroundOwnership.JOINT: "Owned jointly (hard to exploit; avoid if you can)",
}


class IpPage(TermsPage):
    paths = IP.paths
    drafted_only = True

    def __init__(self) -> None:
        super().__init__(IP.title, IP.subtitle)
        box, form = group(
            "What each party brings (background IP)",
            "Background IP always stays with its owner; the others get a licence to use it for the alliance only.",
        )
        self.royalty = NumberEdit("0")
        add_row(
            form,
            "&Royalty on background IP (%)",
            self.royalty,
            "0 means the licence is royalty-free, the usual choice.",
        )
        form.addRow("", self.error_line("royalty", "royalty"))
        self.scope = QLineEdit()
        add_row(form, "Licensed to", self.scope, "What the licensee may do, e.g. 'to develop and sell the products'.")
        self.sublicensable = QCheckBox("The licence may be &sublicensed")
        add_row(
            form, "Sublicensing", self.sublicensable, "Allow passing the licence on to subcontractors or customers."
        )
        self.survives = QCheckBox("The licence continues after a party &leaves")
        add_row(
            form, "After exit", self.survives, "Lets the alliance keep using a leaving party's IP, usually for a fee."
        )
        self.schedule = BackgroundTable()
        add_row(form, "Background IP list", self.schedule, "What each party brings, so it stays provably its own.")
        form.addRow("", self.error_line("schedule", "schedule"))
        self.body_layout.addWidget(box)

        box, form = group(
            "What the alliance creates (foreground IP)",
            "The simplest fair rule: the creator owns it and the other parties get a free licence for the alliance.",
        )
        self.ownership = EnumCombo(ForegroundOwnership, OWNERSHIP_LABELS)  # type: ignore[arg-type]
        add_row(form, "&Owner of new IP", self.ownership, "Who owns inventions, software and content made together.")
        self.lead = PartyCombo()
        self.lead_label = add_row(form, "Owning &party", self.lead, "The party that owns and exploits the new IP.")
        self.licence_back = QCheckBox("The other parties get a free licence bac&k")
        add_row(
            form,
            "Licence back",
            self.licence_back,
            "The owner of new IP licenses it to the others, so no party is locked out of what it helped create.",
        )
        self.joint_rules = JointRulesBox()
        form.addRow(self.joint_rules)
        self.body_layout.addWidget(box)

        box, form = group(
            "Names and logos (brand licences)",
            "Using another party's name or logo needs its licence: for the alliance only, following its guidelines.",
        )
        self.brands = BrandLicencesTable()
        add_row(form, "Brand licences", self.brands, "Whose names and logos the others may use, and where.")
        form.addRow("", self.error_line("brands", "brands"))
        self.body_layout.addWidget(box)
        self.body_layout.addStretch(1)
        self.watch(self.royalty, self.sublicensable, self.survives, self.ownership, self.lead, self.licence_back)
        self.watch(self.scope, self.joint_rules.consent)
        self.joint_rules.toggled.connect(self.edited)
        self.watch(self.joint_rules.prosecution, self.joint_rules.enforcement)
        self.schedule.changed.connect(self.edited)
        self.brands.changed.connect(self.edited)
        self.ownership.currentIndexChanged.connect(self._show_dependent)

    def _apply_model(self, model: AllianceModel) -> None:
        # The JV option only makes sense when there is a company to own the IP.
        index = self.ownership.findData(ForegroundOwnership.JV_OWNS)
        view = self.ownership.view()
        if index >= 0:
            view.setRowHidden(index, model is not AllianceModel.JOINT_VENTURE)  # type: ignore[attr-defined]

    def _show_dependent(self) -> None:
        lead = self.ownership.value() is ForegroundOwnership.LEAD_EXPLOITER
        self.lead.setVisible(lead)
        self.lead_label.setVisible(lead)
        self.joint_rules.setVisible(self.ownership.value() is ForegroundOwnership.JOINT)

    def _apply_parties(self, names: Sequence[str]) -> None:
        self.lead.set_parties(names)
        self.schedule.set_parties(names)
        self.brands.set_parties(names)
        self.joint_rules.set_parties(names)

    def _load(self, terms: AgreementTerms) -> None:
        ip = self._ip = terms.ip
        self.royalty.set_decimal(ip.background_licence.royalty_percent)
        self.scope.setText(ip.background_licence.scope)
        self.sublicensable.setChecked(ip.background_licence.sublicensable)
        self.survives.setChecked(ip.background_licence.survives_exit)
        self.ownership.set_value(ip.foreground.ownership)
        self.lead.set_value(ip.foreground.lead_party)
        self.licence_back.setChecked(ip.foreground.licence_back is not None)
        self.joint_rules.load(ip.foreground.joint_rules)
        self.schedule.set_items(ip.background_schedule)
        self.brands.set_items(ip.brand_licences)
        self._show_dependent()

    def read(self) -> dict[str, Any]:
        ip = self._ip
        background: BackgroundLicence = updated(
            ip.background_licence,
            royalty_percent=self.royalty.decimal() or 0,
            scope=self.scope.text().strip(),
            sublicensable=self.sublicensable.isChecked(),
            survives_exit=self.survives.isChecked(),
        )
        ownership = self.ownership.value()
        joint = ownership is ForegroundOwnership.JOINT
        foreground: ForegroundIp = updated(
            ip.foreground,
            ownership=ownership,
            lead_party=self.lead.value() if ownership is ForegroundOwnership.LEAD_EXPLOITER else None,
            licence_back=(ip.foreground.licence_back or LicenceBack()) if self.licence_back.isChecked() else None,
            # Rules asked only for joint ownership; kept as loaded otherwise.
            joint_rules=self.joint_rules.rules() if joint else ip.foreground.joint_rules,
        )
        result: IntellectualProperty = updated(
            ip,
            background_licence=background,
            foreground=foreground,
            background_schedule=self.schedule.assets(),
            brand_licences=self.brands.licences(),
        )
        return {"ip": result}

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        try:
            royalty = self.royalty.decimal()
        except ValueError as error:
            problems["royalty"] = str(error)
        else:
            if royalty is not None and royalty > 100:
                problems["royalty"] = "A royalty is a percentage between 0 and 100."
        if message := self.schedule.problem():
            problems["schedule"] = message
        if message := self.brands.problem():
            problems["brands"] = message
        return problems
