"""The partner network's part of "The deal": the master terms (the platform, what
partners do, the notice periods) and the table of partners, one row per partner with
its Partner Schedule (territory, exclusivity, revenue share, targets, brand licence,
start date). Partners are parties (their names, legal form, address and signatory are
on "The parties"); the table adds and removes them there, and imports them from a CSV
file, reporting a malformed row by line and column."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from drafting.network_csv import read_partners, split_bands
from drafting.terms import AgreementTerms
from drafting.terms.network import NetworkRole, NetworkTerms, PartnerDataRole, PartnerSchedule
from drafting.terms.portions import share_text
from ui.widgets import EnumCombo, PartyCombo, add_row
from ui.wizard.deal_sections import Section

if TYPE_CHECKING:
    from ui.wizard.parties import PartiesPage

COLUMNS = (
    "Partner",
    "Territory",
    "Exclusive",
    "Partner's share",
    "Targets",
    "Brand licence",
    "Start date",
    "Special terms",
)
#: Territory, then partner's share, targets, brand licence, start date, special terms: the text columns.
_TEXT = (1, 3, 4, 5, 6, 7)
_BLANK: tuple[str | bool, ...] = ("", False, "", "", "", "", "")


def share_cell(schedule: PartnerSchedule) -> str:
    """ "30%" for one split; "0:30%;100000:35%" for bands (what the cell and the CSV take)."""
    parts = []
    for band in sorted(schedule.bands, key=lambda band: band.from_amount):
        share = share_text(schedule.share_of(schedule.party, band))
        parts.append(share if len(schedule.bands) == 1 else f"{band.from_amount.normalize():f}:{share}")
    return ";".join(parts)


def _days(maximum: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSuffix(suffix)
    return box


class NetworkSection(Section):
    title = "The partner network"
    help_text = (
        "One set of master terms for every partner; each partner signs its own accession form with its own "
        "schedule, so partners never contract with one another."
    )

    def build(self, form: QFormLayout) -> None:
        self.platform = PartyCombo()
        add_row(form, "P&latform", self.platform, "The party every partner contracts with; the others are partners.")
        self.role = EnumCombo(
            NetworkRole,
            {
                NetworkRole.REFERRER: "Referrer: introduces customers, the platform sells",
                NetworkRole.RESELLER: "Reseller: resells in its own name",
                NetworkRole.LOCAL_OPERATOR: "Local operator: runs the local community",
            },
        )
        add_row(form, "Partners &act as", self.role, "Decides whether a partner ever sells in its own name.")
        self.services = QLineEdit()
        self.services.setPlaceholderText("e.g. a subscription to the Voisinéo neighbourhood app")
        add_row(form, "&Services", self.services, "What customers buy from the platform.")
        self.attribution = QLineEdit()
        self.attribution.setPlaceholderText("e.g. the customer subscribes with the partner's referral code")
        add_row(
            form, "A customer &counts as the partner's when", self.attribution, "The most disputed point: be exact."
        )
        self.lead_days = _days(365, " days")
        add_row(form, "&Lead protection", self.lead_days, "How long a registered lead stays the partner's (0: none).")
        self.amend_days = _days(365, " days")
        add_row(
            form,
            "Notice of changes to the &master terms",
            self.amend_days,
            "Partners may leave before a change applies.",
        )
        self.exit_days = _days(365, " days")
        add_row(form, "Partner's e&xit notice", self.exit_days, "A partner may leave at any time on this notice.")
        self.tail = _days(60, " months")
        add_row(form, "&Tail after exit", self.tail, "Shares on customers brought in before exit go on this long.")
        self.agency = QCheckBox("Partners negotiate sales in the platform's name")
        add_row(
            form,
            "A&gency",
            self.agency,
            "Partners who negotiate sales for the platform may be commercial agents in "
            "law, owed compensation when they leave.",
        )
        self.data_role = EnumCombo(
            PartnerDataRole,
            {
                PartnerDataRole.PROCESSOR: "Processor for the platform",
                PartnerDataRole.INDEPENDENT_CONTROLLER: "Independent controller of its own leads",
            },
        )
        add_row(form, "Partners' &data role", self.data_role, "The platform controls customer data in either case.")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setMinimumHeight(180)
        self.table.setAccessibleName("Partners and their schedules")
        add_row(
            form,
            "&Partners",
            self.table,
            "One row per partner: territory, exclusive or not, its share (30%, or bands 0:30%;100000:35%), targets, "
            "brand use, start date (2027-03-01) and any special terms.",
        )
        form.addRow("", self.page.error_line("network", "partners"))
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton("Add a pa&rtner")
        self.remove_button = QPushButton("Remove the selected partner")
        self.import_button = QPushButton("&Import partners from CSV…")
        for button in (self.add_button, self.remove_button, self.import_button):
            row.addWidget(button)
        row.addStretch(1)
        form.addRow("", buttons)
        self.import_report = QLabel("")
        self.import_report.setWordWrap(True)
        form.addRow("", self.import_report)
        self.add_button.clicked.connect(self.add_partner)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.choose_csv)
        self.platform.currentIndexChanged.connect(self._platform_changed)
        self.table.itemChanged.connect(self._cell_edited)
        self._values: dict[str, list[Any]] = {}
        self._names: list[str] = []
        self.page.watch(self.platform, self.role, self.services, self.attribution, self.lead_days, self.amend_days)
        self.page.watch(self.exit_days, self.tail, self.agency, self.data_role)

    # --- the rows ----------------------------------------------------------------------
    def set_parties(self, names: Sequence[str]) -> None:
        self._names = list(names)
        self.platform.set_parties(names)
        self._fill()

    def rename(self, renames: dict[str, str]) -> None:
        """A partner's short name changed on "The parties": its row keeps what was typed."""
        # The renamed row wins over a blank one the new name may already have been given.
        values = {name: row for name, row in self._values.items() if name not in renames}
        values.update({renames[name]: row for name, row in self._values.items() if name in renames})
        self._values = values
        self._fill()

    def _platform_changed(self) -> None:
        self._fill()

    def _partner_names(self) -> list[str]:
        platform = self.platform.value()
        return [name for name in self._names if name != platform]

    def _fill(self) -> None:
        self.table.blockSignals(True)
        names = self._partner_names()
        self.table.setRowCount(len(names))
        for row, name in enumerate(names):
            values = self._values.setdefault(name, list(_BLANK))
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            check = QTableWidgetItem()
            check.setFlags((check.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable)
            check.setCheckState(Qt.CheckState.Checked if values[1] else Qt.CheckState.Unchecked)
            self.table.setItem(row, 2, check)
            for column, value in zip(_TEXT, (values[0], *values[2:]), strict=True):
                self.table.setItem(row, column, QTableWidgetItem(str(value)))
        self.table.blockSignals(False)

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        name_item = self.table.item(item.row(), 0)
        if name_item is None:
            return
        values = self._values.setdefault(name_item.text(), ["", False, "", "", "", ""])
        if item.column() == 2:
            values[1] = item.checkState() == Qt.CheckState.Checked
        elif item.column() in _TEXT:
            values[0 if item.column() == 1 else item.column() - 1] = item.text()
        self.page.edited()

    def set_cell(self, name: str, column: int, value: str | bool) -> None:
        """Set one partner's cell as a user would (tests and the CSV import use it)."""
        row = self._partner_names().index(name)
        item = self.table.item(row, column)
        assert item is not None
        if isinstance(value, bool):
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        else:
            item.setText(value)

    # --- adding, removing and importing partners (they are parties) ----------------------
    def _parties_page(self) -> PartiesPage | None:
        wizard = self.page.wizard()
        return getattr(wizard, "parties", None)

    def add_partner(self) -> None:
        page = self._parties_page()
        if page is not None:
            page.add_party()

    def remove_selected(self) -> None:
        page = self._parties_page()
        row = self.table.currentRow()
        if page is None or row < 0:
            return
        name = self._partner_names()[row]
        card = next((card for card in page.cards if card.short_name.text().strip() == name), None)
        if card is not None and len(page.cards) > 2:
            self._values.pop(name, None)
            page.remove_party(card)

    def choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.box, "Import partners", "", "CSV files (*.csv)")
        if path:
            self.import_csv(Path(path))

    def import_csv(self, path: Path) -> None:
        """Add every well-formed row as a partner with its schedule; list the others."""
        page = self._parties_page()
        platform = self.platform.value() or ""
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            self.import_report.setText(f"{path.name}: cannot be read ({error}).")
            return
        table = read_partners(text, platform)
        existing = set(self._names)
        added = 0
        problems = [str(problem) for problem in table.problems]
        for row in table.rows:
            name = row.party.short_name
            if name in existing:
                problems.append(f"line {row.line}, column short_name: '{name}' is already a party")
                continue
            if page is None:
                break
            page._loading = True
            try:
                page.add_party().load(row.party)
            finally:
                page._loading = False
            schedule = row.schedule
            self._values[name] = [
                schedule.territory,
                schedule.exclusive,
                share_cell(schedule),
                schedule.targets,
                schedule.brand_scope,
                schedule.start_date.isoformat() if schedule.start_date else "",
                schedule.special_terms,
            ]
            existing.add(name)
            added += 1
        if page is not None and added:
            page.edited()
        report = f"{added} partner(s) imported from {path.name}."
        if problems:
            report += " Not imported: " + "; ".join(problems) + "."
        self.import_report.setText(report)

    # --- terms -----------------------------------------------------------------------------
    def load(self, terms: AgreementTerms) -> None:
        network = self.terms_value = terms.network or NetworkTerms(
            platform=terms.parties[0].short_name if terms.parties else "Platform"
        )
        self._values = {
            schedule.party: [
                schedule.territory,
                schedule.exclusive,
                share_cell(schedule),
                schedule.targets,
                schedule.brand_scope,
                schedule.start_date.isoformat() if schedule.start_date else "",
                schedule.special_terms,
            ]
            for schedule in network.partners
        }
        # What the table does not show (anything added later) is kept as loaded.
        self._loaded = {schedule.party: schedule for schedule in network.partners}
        self.platform.set_value(network.platform)
        self.role.set_value(network.role)
        self.services.setText(network.services)
        self.attribution.setText(network.attribution)
        self.lead_days.setValue(network.lead_protection_days)
        self.amend_days.setValue(network.amend_notice_days)
        self.exit_days.setValue(network.exit_notice_days)
        self.tail.setValue(network.tail_months)
        self.agency.setChecked(network.agency)
        self.data_role.set_value(network.partner_data_role)
        self._fill()

    def _schedules(self, platform: str) -> list[PartnerSchedule]:
        schedules = []
        for name in self._partner_names():
            territory, exclusive, share, targets, brand, start, special = self._values.get(name, list(_BLANK))
            shown = {
                "party": name,
                "territory": str(territory).strip(),
                "exclusive": bool(exclusive),
                "bands": split_bands(str(share), name, platform) if str(share).strip() else (),
                "targets": str(targets).strip(),
                "brand_scope": str(brand).strip(),
                "start_date": dt.date.fromisoformat(str(start).strip()) if str(start).strip() else None,
                "special_terms": str(special).strip(),
            }
            loaded = getattr(self, "_loaded", {}).get(name)
            schedules.append(
                PartnerSchedule.model_validate({**loaded.model_dump(), **shown}) if loaded else PartnerSchedule(**shown)
            )
        return schedules

    def read(self) -> dict[str, Any]:
        platform = self.platform.value()
        if not platform:
            return {"network": None}
        network = self.terms_value.model_copy(
            update={
                "platform": platform,
                "role": self.role.value(),
                "services": self.services.text().strip(),
                "attribution": self.attribution.text().strip(),
                "lead_protection_days": self.lead_days.value(),
                "amend_notice_days": self.amend_days.value(),
                "exit_notice_days": self.exit_days.value(),
                "tail_months": self.tail.value(),
                "agency": self.agency.isChecked(),
                "partner_data_role": self.data_role.value(),
            }
        )
        return {"network": NetworkTerms.model_validate({**network.model_dump(), "partners": self._schedules(platform)})}

    def check(self) -> dict[str, str]:
        platform = self.platform.value() or ""
        for name in self._partner_names():
            _, _, share, _, _, start, _ = self._values.get(name, list(_BLANK))
            try:
                if str(share).strip():
                    split_bands(str(share), name, platform)
            except ValueError as error:
                return {"network": f"{name}'s share: {error}"}
            try:
                if str(start).strip():
                    dt.date.fromisoformat(str(start).strip())
            except ValueError:
                return {"network": f"{name}'s start date '{start}' is not a date; write it as 2027-03-01."}
        return {}
