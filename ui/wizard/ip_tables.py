"""The IP page's lists: the schedule of background IP each party brings, the licences of
each party's names and logos, and the rules for results the parties own jointly."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLineEdit, QSpinBox, QWidget

from drafting.terms.ip import BackgroundAsset, BrandLicence, JointIpRules
from ui.widgets import PartyCombo, add_row, help_line
from ui.wizard.row_table import RowTable


class BackgroundTable(RowTable[BackgroundAsset]):
    """One row per asset: whose it is, what it is, its registration number if any, and any
    exclusion or limit its owner sets on access rights to it."""

    columns = ("Owner", "What it is", "Registration number", "Exclusions or limits")
    noun = "Background IP"
    fields = ("party", "asset", "registration_number", "limitations")

    def __init__(self) -> None:
        super().__init__(
            "Background IP schedule",
            "Each party's patents, software, know-how and marks brought to the alliance, so it stays provably theirs."
            " In a consortium the list is complete (nothing else is Background) and each member may exclude or limit"
            " access rights to an item in the last column.",
            "Add an asset",
            "Remove the selected asset",
        )

    def make_row(self, item: BackgroundAsset | None) -> list[QWidget]:
        asset = QLineEdit(item.asset if item else "")
        asset.setPlaceholderText("e.g. the roasting-profile software")
        number = QLineEdit(item.registration_number if item else "")
        number.setPlaceholderText("e.g. GB 2 123 456 (optional)")
        limits = QLineEdit(item.limitations if item else "")
        limits.setPlaceholderText("e.g. not for exploitation in medical devices (optional)")
        return [PartyCombo(), asset, number, limits]

    def fill_party(self, combo: PartyCombo, item: BackgroundAsset, column: int) -> None:
        combo.set_value(item.party)

    def _cells(self, widgets: list[QWidget]) -> tuple[str | None, str, str, str]:
        owner, asset, number, limits = widgets
        assert isinstance(owner, PartyCombo) and isinstance(asset, QLineEdit) and isinstance(number, QLineEdit)
        assert isinstance(limits, QLineEdit)
        return owner.value(), asset.text().strip(), number.text().strip(), limits.text().strip()

    def problem(self) -> str | None:
        for index, widgets in enumerate(self.rows, start=1):
            owner, asset, number, limits = self._cells(widgets)
            if (asset or number or limits) and not owner:
                return f"Background IP {index}: choose the party that owns it."
            if (number or limits) and not asset:
                return f"Background IP {index}: say what the asset is."
        return None

    def assets(self) -> tuple[BackgroundAsset, ...]:
        """The complete rows (an empty row is left out; a half row is reported by ``problem``)."""
        result = []
        for widgets in self.rows:
            owner, asset, number, limits = self._cells(widgets)
            if owner and asset:
                result.append(BackgroundAsset(party=owner, asset=asset, registration_number=number, limitations=limits))
        return tuple(result)


class BrandLicencesTable(RowTable[BrandLicence]):
    """One row per licence of a party's names and logos to the others."""

    columns = ("Whose brand", "Names and logos", "Where", "Follow brand guidelines", "Days to approve")
    noun = "Brand licence"
    fields = ("licensor", "marks", "territory", "guidelines", "approval_days")

    def __init__(self) -> None:
        super().__init__(
            "Brand licences",
            "Which party lets the others use which names and logos, where, and how fast it approves materials.",
            "Add a brand licence",
            "Remove the selected licence",
        )

    def make_row(self, item: BrandLicence | None) -> list[QWidget]:
        marks = QLineEdit(item.marks if item else "")
        marks.setPlaceholderText("e.g. the BEAN & CO name and logo")
        territory = QLineEdit(item.territory if item else "")
        territory.setPlaceholderText("the agreement's territory")
        guidelines = QCheckBox()
        guidelines.setChecked(item.guidelines if item else True)
        days = QSpinBox()
        days.setRange(0, 365)
        days.setSuffix(" days")
        days.setValue(item.approval_days if item else 10)
        return [PartyCombo(), marks, territory, guidelines, days]

    def fill_party(self, combo: PartyCombo, item: BrandLicence, column: int) -> None:
        combo.set_value(item.licensor)

    def problem(self) -> str | None:
        for index, widgets in enumerate(self.rows, start=1):
            licensor, marks = widgets[0], widgets[1]
            assert isinstance(licensor, PartyCombo) and isinstance(marks, QLineEdit)
            if not licensor.value() or not marks.text().strip():
                return f"Brand licence {index}: choose whose brand it is and name the marks."
        return None

    def licences(self) -> tuple[BrandLicence, ...]:
        result = []
        for licensor, marks, territory, guidelines, days in self.rows:
            assert isinstance(licensor, PartyCombo) and isinstance(marks, QLineEdit)
            assert isinstance(territory, QLineEdit) and isinstance(guidelines, QCheckBox)
            assert isinstance(days, QSpinBox)
            owner = licensor.value()
            if owner and marks.text().strip():
                result.append(
                    BrandLicence(
                        licensor=owner,
                        marks=marks.text().strip(),
                        territory=territory.text().strip(),
                        guidelines=guidelines.isChecked(),
                        approval_days=days.value(),
                    )
                )
        return tuple(result)


class JointRulesBox(QGroupBox):
    """Rules for results the parties own jointly: a checkable group (unchecked means the
    draft has no rules and the review says what that risks)."""

    def __init__(self) -> None:
        super().__init__("Agree the rules for jointly owned results now")
        self.setCheckable(True)
        self.setChecked(False)
        form = QFormLayout(self)
        form.addRow(help_line("Without rules, jointly owned results are often unusable: the law differs by country."))
        self.consent = QCheckBox("A joint owner needs the others' consent to license or sell its share")
        add_row(
            form,
            "Licensing",
            self.consent,
            "With consent, no owner can license the results to the others' competitors.",
        )
        self.prosecution = PartyCombo(allow_none="The owners agree case by case")
        add_row(form, "Files patents", self.prosecution, "The party that files and maintains registrations.")
        self.enforcement = PartyCombo(allow_none="The owners decide together")
        add_row(form, "Acts against infringers", self.enforcement, "The party with the first right to sue.")
        self._kept = JointIpRules()

    def set_parties(self, names: Sequence[str]) -> None:
        self.prosecution.set_parties(names)
        self.enforcement.set_parties(names)

    def load(self, rules: JointIpRules | None) -> None:
        self._kept = rules or JointIpRules()
        self.setChecked(rules is not None)
        self.consent.setChecked(self._kept.consent_to_license)
        self.prosecution.set_value(self._kept.prosecution_lead)
        self.enforcement.set_value(self._kept.enforcement_lead)

    def rules(self) -> JointIpRules | None:
        if not self.isChecked():
            return None
        # The cost split is not asked here; it stays as loaded (empty: equal shares).
        return JointIpRules(
            prosecution_lead=self.prosecution.value(),
            cost_split=self._kept.cost_split,
            consent_to_license=self.consent.isChecked(),
            enforcement_lead=self.enforcement.value(),
        )
