"""Membership of an open-source project (precedent 9): the tiers (name, annual fee, seats
on the Governing Board each member of the tier appoints) and the tier each member joins at.

A member's choice follows its tier through renames: each tier row has a key of its own,
so renaming "Gold" to "Premier" keeps the members who chose it, and removing a tier sends
its members back to "No tier" (which the review then reports) rather than to another tier.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import count

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafting.terms.extras import MembershipTier, TierMembership
from ui.widgets import MoneyEdit, describe
from ui.wizard.row_table import RowTable

NO_TIER = "No tier (not a paying member)"
_KEYS = count(1)


class TiersEditor(RowTable[MembershipTier]):
    columns = ("Tier", "Annual fee", "Board seats per member")
    noun = "Tier"
    fields = ("name", "annual_fee", "board_seats")

    def __init__(self) -> None:
        super().__init__(
            "Membership tiers",
            "Each tier's yearly fee (empty: free) and the Governing Board seats each of its members appoints.",
            "Add a tier",
            "Remove the selected tier",
        )
        self.currency = "EUR"

    def make_row(self, item: MembershipTier | None) -> list[QWidget]:
        name = QLineEdit(item.name if item else "")
        name.setPlaceholderText("e.g. Premier")
        name.setMaxLength(60)
        name.setProperty("tier_key", next(_KEYS))
        fee = MoneyEdit("Annual fee", self.currency)
        fee.set_money(item.annual_fee if item else None, self.currency)
        fee.amount.setPlaceholderText("free")
        seats = QSpinBox()
        seats.setRange(0, 10)
        seats.setSpecialValueText("No seat")
        seats.setValue(item.board_seats if item else 0)
        return [name, fee, seats]

    def named(self) -> list[tuple[int, str]]:
        """(key, name) of every tier that has a name, in order."""
        result = []
        for widgets in self.rows:
            name = widgets[0]
            assert isinstance(name, QLineEdit)
            if name.text().strip():
                result.append((int(name.property("tier_key")), name.text().strip()))
        return result

    def problem(self) -> str | None:
        seen: set[str] = set()
        for index, (name, fee, _seats) in enumerate(self.rows, start=1):
            assert isinstance(name, QLineEdit) and isinstance(fee, MoneyEdit)
            text = name.text().strip()
            try:
                money = fee.money()
            except ValueError as error:
                return f"Tier {index}: {error}."
            if not text and (money is not None):
                return f"Tier {index}: give the tier a name."
            if text and text.casefold() in seen:
                return f"Tier {index}: another tier is already called '{text}'."
            seen.add(text.casefold())
        return None

    def tiers(self) -> tuple[MembershipTier, ...]:
        result = []
        for name, fee, seats in self.rows:
            assert isinstance(name, QLineEdit) and isinstance(fee, MoneyEdit) and isinstance(seats, QSpinBox)
            if text := name.text().strip():
                result.append(MembershipTier(name=text, annual_fee=fee.money(), board_seats=seats.value()))
        return tuple(result)


class MembersTable(QWidget):
    """One row per party: the tier it joins at, or none."""

    changed = Signal()

    def __init__(self, tiers: TiersEditor) -> None:
        super().__init__()
        self.tiers = tiers
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["Party", "Tier"])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        describe(self.table, "Each member's tier", "The tier each member joins at; the foundation needs none.")
        layout.addWidget(self.table)
        self.combos: dict[str, QComboBox] = {}
        #: The parties whose role is "member": the ones the review expects a tier for.
        self.expected: set[str] = set()
        tiers.changed.connect(self.refresh_tiers)

    def set_parties(self, names: Sequence[str]) -> None:
        if list(names) == list(self.combos):
            return
        kept = {name: combo.currentData() for name, combo in self.combos.items()}
        self.combos = {}
        self.table.setRowCount(0)
        for row, name in enumerate(names):
            self.table.insertRow(row)
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            combo = QComboBox()
            combo.setAccessibleName(f"Tier of {name}")
            self.table.setCellWidget(row, 1, combo)
            self.combos[name] = combo
            self._fill(combo, kept.get(name))
            combo.currentIndexChanged.connect(self.changed)
        self.table.setFixedHeight(min(60 + 30 * len(names), 320))

    def _fill(self, combo: QComboBox, key: object) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(NO_TIER, None)
        for tier_key, name in self.tiers.named():
            combo.addItem(name, tier_key)
        index = combo.findData(key) if key is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def refresh_tiers(self) -> None:
        """The tiers changed: every choice follows its tier by key (a removed tier: none)."""
        for combo in self.combos.values():
            self._fill(combo, combo.currentData())

    def rename(self, renames: Mapping[str, str]) -> None:
        self.combos = {renames.get(name, name): combo for name, combo in self.combos.items()}
        self.expected = {renames.get(name, name) for name in self.expected}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.text() in renames:
                item.setText(renames[item.text()])

    def set_members(self, members: Sequence[TierMembership]) -> None:
        keys = {name: key for key, name in self.tiers.named()}
        chosen = {member.party: keys.get(member.tier) for member in members}
        for name, combo in self.combos.items():
            self._fill(combo, chosen.get(name))

    def members(self) -> tuple[TierMembership, ...]:
        return tuple(
            TierMembership(party=name, tier=combo.currentText())
            for name, combo in self.combos.items()
            if combo.currentData() is not None
        )

    def focus_path(self, path: str) -> bool:
        """The first member without a tier (the one the review names), else the first party."""
        combos = list(self.combos.values())
        untiered = [
            combo for name, combo in self.combos.items() if name in self.expected and combo.currentData() is None
        ]
        candidates = untiered or combos
        if not candidates:
            return False
        candidates[0].setFocus()
        return True
