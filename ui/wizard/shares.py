"""A table of one share per party with its running total, e.g. revenue shares or
shareholdings; the total must make exactly the whole.

A share is typed as a percentage ("40", "12.5") or as a fraction ("1/6"); fractions
are kept exactly, so six sixths make 100% although 6 x 16.67 would not. "Equal shares"
gives each party 1/n and keeps it so when parties are added or removed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafting.terms import PartyShare
from drafting.terms.portions import as_percent, is_whole_percent_exact, parse_portion, share_text
from ui.widgets import ERROR_STYLE, decimal_text, describe

HUNDRED = Decimal(100)
_SHARE = QRegularExpression(r"^\s*(\d{0,18}([.,]\d{0,4})?\s*%?|\d{0,9}\s*/\s*\d{0,9})\s*$")


def total_text(total: Fraction) -> str:
    shown = share_text(total) if not is_whole_percent_exact(total) else f"{decimal_text(exact_percent(total))}%"
    return f"Total: {shown}" if total == 1 else f"Total: {shown} (must be 100%)"


def share_from_text(text: str) -> Fraction | None:
    """A typed share: "40" and "40%" are percentages, "1/6" a fraction; empty is None.
    Raises ``ValueError`` with a plain sentence for anything else."""
    cleaned = text.strip()
    if not cleaned:
        return None
    if "/" in cleaned or cleaned.endswith("%"):
        return parse_portion(cleaned)
    return parse_portion(f"{cleaned}%")


def exact_percent(share: Fraction) -> Decimal:
    """A share that is an exact percentage, as that percentage ("50", "12.5")."""
    return Decimal(share.numerator * 100) / Decimal(share.denominator)


def share_as_text(share: PartyShare | Fraction | None) -> str:
    """How a share is shown in its cell: "40" for a percentage, "1/6" for a fraction."""
    if share is None:
        return ""
    if isinstance(share, PartyShare):
        if share.fraction is None:
            return decimal_text(share.percent)
        share = share.fraction
    if is_whole_percent_exact(share):
        return decimal_text(exact_percent(share))
    return f"{share.numerator}/{share.denominator}"


class ShareEdit(QLineEdit):
    """A share of the whole: a percentage or a fraction such as 1/6."""

    def __init__(self, placeholder: str = "") -> None:
        super().__init__()
        self.setValidator(QRegularExpressionValidator(_SHARE, self))
        self.setPlaceholderText(placeholder)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def share(self) -> Fraction | None:
        return share_from_text(self.text())

    def set_share(self, share: PartyShare | Fraction | None) -> None:
        self.setText(share_as_text(share))


def party_share(name: str, share: Fraction) -> PartyShare:
    """A percentage when the share is one (40%), else the exact fraction (1/6)."""
    if is_whole_percent_exact(share):
        return PartyShare(party=name, percent=exact_percent(share))
    return PartyShare(party=name, percent=as_percent(share), fraction=share)


def named_total_problem(named: Sequence[tuple[str, Fraction]]) -> str:
    """ "Acme 50% + Beta 30% = 80%: give Beta 50%, or Acme 70%." (empty when whole)."""
    total = sum((share for _, share in named), Fraction(0))
    if total == 1 or not named:
        return ""
    terms = " + ".join(f"{name} {share_text(share)}" for name, share in named)
    offers: list[str] = []
    for name, share in (named[-1], named[0]):
        needed = 1 - (total - share)
        if 0 <= needed <= 1 and not any(offer.startswith(f"{name} ") for offer in offers):
            offers.append(f"{name} {share_text(needed)}")
    fix = f"give {', or '.join(offers)}" if offers else "lower the shares"
    return f"{terms} = {share_text(total)}: {fix}, so that the shares make exactly 100%."


class SharesTable(QWidget):
    """One row per party: its name and an editable share."""

    changed = Signal()

    def __init__(self, name: str, help_text: str, *, equal_option: bool = False) -> None:
        super().__init__()
        self.name = name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["Party", "Share (% or fraction)"])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        describe(self.table, name, help_text)
        layout.addWidget(self.table)
        self.equal = QCheckBox("E&qual shares, recomputed when a party joins or leaves")
        self.equal.setAccessibleName(f"{name}: equal shares")
        self.equal.setToolTip("Each party holds 1/n of the whole, stated exactly (e.g. one-sixth each).")
        self.equal.setVisible(equal_option)
        layout.addWidget(self.equal)
        row = QHBoxLayout()
        self.total_label = QLabel()
        self.total_label.setAccessibleName(f"{name} total")
        self.equal_button = QPushButton("Split &equally")
        self.equal_button.setAccessibleName(f"Split {name.lower()} equally")
        self.equal_button.setToolTip("Give every party the same share, exactly (1/3 each for three parties).")
        row.addWidget(self.total_label, 1)
        row.addWidget(self.equal_button)
        layout.addLayout(row)
        self.edits: dict[str, ShareEdit] = {}
        self.equal_button.clicked.connect(self.split_equally)
        self.equal.toggled.connect(self._equal_toggled)
        self._show_total()

    def set_parties(self, names: Sequence[str]) -> None:
        if list(names) == list(self.edits):
            return  # rebuilding would take the keyboard focus away from a row being typed in
        kept = {name: edit.text() for name, edit in self.edits.items()}
        self.edits = {}
        self.table.setRowCount(0)
        for row, name in enumerate(names):
            self.table.insertRow(row)
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            edit = ShareEdit("0")
            edit.setAccessibleName(f"{self.name}: {name}, share")
            edit.setText(kept.get(name, ""))
            edit.textChanged.connect(self._edited)
            self.table.setCellWidget(row, 1, edit)
            self.edits[name] = edit
        self.table.setFixedHeight(min(60 + 30 * len(names), 320))
        if self.equal.isChecked():
            self._fill_equal()  # a party joined or left: equal shares are recomputed
            self._lock_rows(True)
        self._show_total()

    def rename(self, renames: Mapping[str, str]) -> None:
        """A party's short name changed: its row shows the new name at once (the row and
        its typed share stay; ``set_parties`` then sees nothing to rebuild)."""
        self.edits = {renames.get(name, name): edit for name, edit in self.edits.items()}
        for row, (name, edit) in enumerate(self.edits.items()):
            item = self.table.item(row, 0)
            if item is not None and item.text() != name:
                item.setText(name)
                edit.setAccessibleName(f"{self.name}: {name}, share")

    def set_shares(self, shares: Sequence[PartyShare], *, equal: bool = False) -> None:
        values = {share.party: share for share in shares}
        for name, edit in self.edits.items():
            edit.blockSignals(True)
            edit.set_share(values.get(name))
            edit.blockSignals(False)
        self.equal.blockSignals(True)
        self.equal.setChecked(equal)
        self.equal.blockSignals(False)
        self._lock_rows(equal)
        self._show_total()

    def is_equal(self) -> bool:
        return self.equal.isChecked()

    def shares(self) -> tuple[PartyShare, ...]:
        result = []
        for name, edit in self.edits.items():
            value = edit.share()
            if value is not None:
                result.append(party_share(name, value))
        return tuple(result)

    def _named(self) -> list[tuple[str, Fraction]]:
        named = []
        for name, edit in self.edits.items():
            try:
                value = edit.share()
            except ValueError:
                continue
            named.append((name, value or Fraction(0)))
        return named

    def total(self) -> Fraction:
        return sum((share for _, share in self._named()), Fraction(0))

    def is_empty(self) -> bool:
        return all(not edit.text().strip() for edit in self.edits.values())

    def problem(self) -> str:
        for name, edit in self.edits.items():
            try:
                edit.share()
            except ValueError as error:
                return f"{name}: {error}."
        return named_total_problem(self._named())

    def split_equally(self) -> None:
        if not self.edits:
            return
        self._fill_equal()
        self._edited()

    def _fill_equal(self) -> None:
        each = Fraction(1, len(self.edits)) if self.edits else Fraction(0)
        for edit in self.edits.values():
            edit.blockSignals(True)
            edit.set_share(each)
            edit.blockSignals(False)

    def _equal_toggled(self, checked: bool) -> None:
        if checked:
            self._fill_equal()
        self._lock_rows(checked)
        self._edited()

    def _lock_rows(self, locked: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(locked)
        self.equal_button.setEnabled(not locked)

    def _edited(self) -> None:
        self._show_total()
        self.changed.emit()

    def _show_total(self) -> None:
        total = self.total()
        self.total_label.setText(total_text(total))
        self.total_label.setStyleSheet("" if total == 1 else ERROR_STYLE)
