"""Small building blocks every screen uses: labelled fields with help, red inline
error lines, enum and party pickers, money and percent inputs.

Every field made here carries its plain-language help three ways (tooltip, What's This
and accessible description) and an accessible name, so screen readers and keyboard
users get the same guidance as a mouse user.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from enum import Enum

from PySide6.QtCore import QEvent, QObject, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from drafting.terms import Money

HELP_STYLE = "color: palette(placeholder-text);"
ERROR_STYLE = "color: #b00020;"
_DECIMAL = QRegularExpression(r"^\s*\d{0,18}([.,]\d{0,2})?\s*$")
_CURRENCY = QRegularExpression(r"^[A-Za-z]{0,3}$")
#: Stamps each currency the user types, so the latest one can become the default elsewhere.
_TYPED = itertools.count(1)


def typed_stamp() -> int:
    return next(_TYPED)


def plain(label: str) -> str:
    """A label without its mnemonic marker: '&Legal name' -> 'Legal name'."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def literal(text: str) -> str:
    """User text for a label, button, group or tab title, shown as typed: "Bean & Co" must
    not turn its & into a mnemonic ("Bean _Co")."""
    return text.replace("&", "&&")


def describe(widget: QWidget, name: str, help_text: str) -> QWidget:
    widget.setAccessibleName(plain(name))
    widget.setAccessibleDescription(help_text)
    widget.setToolTip(help_text)
    widget.setWhatsThis(help_text)
    return widget


def add_row(form: QFormLayout, label: str, widget: QWidget, help_text: str) -> QLabel:
    """A form row whose label (with its & mnemonic) is the buddy of ``widget``, and its
    help shown as a line under it (not only as a tooltip a newcomer never finds)."""
    caption = QLabel(label)
    caption.setBuddy(widget)
    describe(widget, label, help_text)
    form.addRow(caption, widget)
    if help_text:
        form.addRow("", FieldHelp(widget, help_text))
    return caption


class FitsWidth(QWidget):
    """A line of wrapping text whose height is the one its width needs. A form row sizes
    it by its size hint, and a word-wrapped label hints at a narrow, tall shape: the
    rows kept a gap of two or three empty lines above each short help line."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().sizeHint()
        width = self.width() if self.testAttribute(Qt.WidgetAttribute.WA_Resized) else hint.width() * 8
        return QSize(hint.width(), self.heightForWidth(max(width, 1)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the height the new width needs


class FieldHelp(FitsWidth):
    """The one plain line under a field saying what the choice means. It hides while its
    field is hidden (a field for another agreement type) and shows with it."""

    def __init__(self, field: QWidget, text: str) -> None:
        super().__init__()
        #: The field (or group of fields) this line explains.
        self.explains = field
        # A label inside a layout, not a bare label in the form: a form row sizes a bare
        # word-wrapped label by its preferred shape and leaves a gap above the text.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = help_line(text)
        layout.addWidget(self.label, 1)
        #: Set when another line (the glossary's) explains the field instead.
        self.retired = False
        if field.isHidden():  # never show(): without a parent yet, it would open as a window
            self.hide()
        _FollowField(field, self)

    def text(self) -> str:
        return self.label.text()

    def retire(self) -> None:
        self.retired = True
        self.hide()


class _FollowField(QObject):
    def __init__(self, field: QWidget, line: FieldHelp) -> None:
        super().__init__(line)
        self.line = line
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide) and isinstance(watched, QWidget):
            self.line.setHidden(watched.isHidden() or self.line.retired)
        return False


def explain(field: QWidget, text: str) -> FieldHelp:
    """A help line for a field placed outside a form (a table, a row of check boxes)."""
    if not field.toolTip():
        field.setToolTip(text)
    if not field.accessibleDescription():
        field.setAccessibleDescription(text)
    return FieldHelp(field, text)


class FitLabel(QLabel):
    """A word-wrapped label as tall as its width needs (see ``FitsWidth``): in a form row
    a plain one reserved two or three lines for a one-line text."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().sizeHint()
        if not self.wordWrap():
            return hint
        width = self.width() if self.testAttribute(Qt.WidgetAttribute.WA_Resized) else hint.width() * 8
        height = self.heightForWidth(max(width, 1))
        return QSize(hint.width(), height if height > 0 else hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


def help_line(text: str) -> QLabel:
    label = FitLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HELP_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ErrorLine(FitLabel):
    """A sentence under a field saying what it still needs; hidden while there is nothing
    to say. Grey guidance until the user has edited the page (a blank form is not a
    form full of mistakes), red from then on."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.urgent = False
        self.setStyleSheet(HELP_STYLE)
        self.setAccessibleName(f"Problem with {plain(name)}")
        self.hide()

    def show_problem(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))

    def set_urgent(self, urgent: bool) -> None:
        if urgent != self.urgent:
            self.urgent = urgent
            self.setStyleSheet(ERROR_STYLE if urgent else HELP_STYLE)


def plural(count: int, singular: str, plural_form: str = "") -> str:
    """ "1 point", "2 points", "3 errors": never "2 point(s)"."""
    return f"{count} {singular if count == 1 else plural_form or singular + 's'}"


def group(title: str, help_text: str) -> tuple[QGroupBox, QFormLayout]:
    """A titled group with its short visible help line and a form for the fields."""
    box = QGroupBox(title)
    outer = QVBoxLayout(box)
    outer.addWidget(help_line(help_text))
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    outer.addLayout(form)
    return box, form


#: Words shown in capitals whatever case a stored value has ("ICC", never "Icc").
# fmt: off
ACRONYMS = frozenset((
    "icc", "lcia", "siac", "hkiac", "scc", "dis", "nai", "cepani", "viac", "jcaa", "kcab", "aaa", "icdr", "jams",
    "cietac", "cedr", "cam", "ccbc", "wipo", "ip", "llc", "llp", "plc", "gmbh", "ag", "bv", "sas", "sarl", "ebitda",
    "gdpr", "eu", "uk", "us", "usa", "jv", "dpia",
))
# fmt: on


def humanize(value: str) -> str:
    """A stored value as words: "change_of_control" -> "Change of control", "ICC" -> "ICC"."""
    words = value.replace("_", " ").replace("-", " - ").split(" ")
    shown = [word.upper() if word.casefold() in ACRONYMS else word.lower() for word in words]
    text = " ".join(shown).replace(" - ", "-")
    return text[:1].upper() + text[1:]


class EnumCombo(QComboBox):
    """A drop-down over an enum. The members are kept here, not as item data: Qt turns a
    StrEnum member into a plain string on the way in."""

    def __init__(
        self, enum: type[Enum], labels: Mapping[Enum, str] | None = None, *, only: Iterable[Enum] = ()
    ) -> None:
        super().__init__()
        self.members: list[Enum] = list(only) or list(enum)
        for member in self.members:
            text = (labels or {}).get(member) or humanize(str(member.value))
            self.addItem(text, str(member.value))

    def value(self) -> Enum:
        return self.members[max(self.currentIndex(), 0)]

    def set_value(self, member: Enum) -> None:
        if member in self.members:
            self.setCurrentIndex(self.members.index(member))


class PartyCombo(QComboBox):
    """Pick a party by its short name; keeps the choice when the list of parties changes."""

    def __init__(self, *, allow_none: str = "") -> None:
        super().__init__()
        self._none_text = allow_none

    def set_parties(self, names: Sequence[str]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        if self._none_text:
            self.addItem(self._none_text, None)
        for name in names:
            self.addItem(name, name)
        self.blockSignals(False)
        self.set_value(current)
        if self.currentIndex() < 0 and self.count():
            self.setCurrentIndex(0)
            self.currentIndexChanged.emit(0)

    def value(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None

    def rename(self, renames: Mapping[str, str]) -> None:
        for index in range(self.count()):
            data = self.itemData(index)
            if isinstance(data, str) and data in renames:
                self.setItemData(index, renames[data])
                self.setItemText(index, renames[data])

    def set_value(self, name: str | None) -> None:
        index = self.findData(name) if name is not None else (0 if self._none_text else -1)
        if index >= 0:
            self.setCurrentIndex(index)


def parse_decimal(text: str) -> Decimal | None:
    """'1,5' or '1.50' -> Decimal; empty -> None; raises ValueError on anything else."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"'{text}' is not a number") from None


def decimal_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    return text


class NumberEdit(QLineEdit):
    """A line edit for a non-negative amount with at most two decimals."""

    def __init__(self, placeholder: str = "") -> None:
        super().__init__()
        self.setValidator(QRegularExpressionValidator(_DECIMAL, self))
        self.setPlaceholderText(placeholder)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def decimal(self) -> Decimal | None:
        return parse_decimal(self.text())

    def set_decimal(self, value: Decimal | None) -> None:
        self.setText(decimal_text(value))


class MoneyEdit(QWidget):
    """An amount and a three-letter currency; empty amount means "none"."""

    changed = Signal()

    def __init__(self, name: str, default_currency: str = "EUR") -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.amount = NumberEdit("none")
        self.currency = QLineEdit(default_currency)
        self.currency.setValidator(QRegularExpressionValidator(_CURRENCY, self.currency))
        self.currency.setMaximumWidth(60)
        self.amount.setAccessibleName(f"{plain(name)} amount")
        self.currency.setAccessibleName(f"{plain(name)} currency")
        self.currency.setToolTip("Three-letter currency code, e.g. EUR, USD, GBP.")
        layout.addWidget(self.amount, 1)
        layout.addWidget(self.currency)
        self.setFocusProxy(self.amount)
        self.amount.textChanged.connect(self.changed)
        self.currency.textChanged.connect(self.changed)
        #: When the user last typed this currency (0: never; the suggested one stands).
        self.typed_at = 0
        self.currency.textEdited.connect(self._currency_typed)

    def _currency_typed(self, text: str) -> None:
        self.typed_at = typed_stamp() if len(text) == 3 else 0

    def offer_currency(self, code: str) -> None:
        """Show ``code`` as this amount's currency unless the user chose one or gave an amount."""
        if self.typed_at or self.amount.text().strip() or self.currency.text() == code:
            return
        self.currency.blockSignals(True)
        self.currency.setText(code)
        self.currency.blockSignals(False)

    def money(self) -> Money | None:
        amount = self.amount.decimal()
        if amount is None:
            return None
        return Money(amount=amount, currency=self.currency.text() or "EUR")

    def set_money(self, money: Money | None, default_currency: str = "EUR") -> None:
        self.amount.set_decimal(money.amount if money else None)
        self.currency.setText(money.currency if money else default_currency)
