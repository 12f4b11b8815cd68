"""Page: intellectual property, i.e. who owns what each party brings and what the alliance creates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit

from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.ip import BackgroundLicence, ForegroundIp, ForegroundOwnership, IntellectualProperty, LicenceBack
from ui.widgets import EnumCombo, NumberEdit, PartyCombo, add_row, group
from ui.wizard.base import TermsPage, updated

OWNERSHIP_LABELS = {
    ForegroundOwnership.CREATOR_OWNS: "The party that creates it owns it",
    ForegroundOwnership.LEAD_EXPLOITER: "One party owns it and licenses the others",
    ForegroundOwnership.SPLIT_BY_FIELD: "Split by field of use",
    ForegroundOwnership.JV_OWNS: "The joint venture company owns it",
    ForegroundOwnership.JOINT: "Owned jointly (hard to exploit; avoid if you can)",
}


class IpPage(TermsPage):
    paths = ("ip",)

    def __init__(self) -> None:
        super().__init__("Intellectual property", "Who owns what each party brings, and what the alliance creates.")
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
        add_row(form, "Licence back", self.licence_back, "So no party is locked out of what it helped create.")
        self.body_layout.addWidget(box)
        self.body_layout.addStretch(1)
        self.watch(self.royalty, self.sublicensable, self.survives, self.ownership, self.lead, self.licence_back)
        self.watch(self.scope)
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

    def _apply_parties(self, names: Sequence[str]) -> None:
        self.lead.set_parties(names)

    def _load(self, terms: AgreementTerms) -> None:
        ip = self._ip = terms.ip
        self.royalty.set_decimal(ip.background_licence.royalty_percent)
        self.scope.setText(ip.background_licence.scope)
        self.sublicensable.setChecked(ip.background_licence.sublicensable)
        self.survives.setChecked(ip.background_licence.survives_exit)
        self.ownership.set_value(ip.foreground.ownership)
        self.lead.set_value(ip.foreground.lead_party)
        self.licence_back.setChecked(ip.foreground.licence_back is not None)
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
        foreground: ForegroundIp = updated(
            ip.foreground,
            ownership=ownership,
            lead_party=self.lead.value() if ownership is ForegroundOwnership.LEAD_EXPLOITER else None,
            licence_back=(ip.foreground.licence_back or LicenceBack()) if self.licence_back.isChecked() else None,
        )
        result: IntellectualProperty = updated(ip, background_licence=background, foreground=foreground)
        return {"ip": result}

    def check(self) -> dict[str, str]:
        try:
            royalty = self.royalty.decimal()
        except ValueError as error:
            return {"royalty": str(error)}
        if royalty is not None and royalty > 100:
            return {"royalty": "A royalty is a percentage between 0 and 100."}
        return {}
