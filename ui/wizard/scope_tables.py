"""The Scope page's lists: what each party undertakes, the dated milestones and the
measurable targets (KPIs). Each is a table of real widgets, one row per item; a row the
user left half-filled is reported in words instead of being dropped in silence."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QHeaderView, QLineEdit, QWidget

from drafting.terms.commercial import Kpi, Milestone, PartyObligation
from ui.widgets import PartyCombo
from ui.wizard.row_table import RowTable

_DATE_HINT = "yyyy-mm-dd"


def _date_edit(value: dt.date | None) -> QLineEdit:
    edit = QLineEdit(value.isoformat() if value else "")
    edit.setPlaceholderText(_DATE_HINT)
    return edit


def _date(text: str) -> dt.date | None:
    """The date typed (``2027-06-30``); None when empty; ValueError when not a date."""
    return dt.date.fromisoformat(text) if text else None


def _fit(table: RowTable[Any], *columns: int) -> None:
    """Party and date columns as wide as their content; the text columns take the rest."""
    header = table.table.horizontalHeader()
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def _texts(widgets: list[QWidget]) -> list[str]:
    return [widget.text().strip() for widget in widgets if isinstance(widget, QLineEdit)]


class ObligationsTable(RowTable[PartyObligation]):
    """One row per undertaking: which party, and what it undertakes."""

    columns = ("Party", "What it undertakes")
    noun = "Undertaking"
    fields = ("party", "description")

    def __init__(self) -> None:
        super().__init__(
            "What each party undertakes",
            "One row per promise, written as what the party will do, e.g. 'supply 2,000 units a month'. "
            "The agreement states each as that party's obligation.",
            "Add an undertaking",
            "Remove the selected undertaking",
        )
        _fit(self, 0)

    def make_row(self, item: PartyObligation | None) -> list[QWidget]:
        description = QLineEdit(item.description if item else "")
        description.setPlaceholderText("e.g. train the other party's sales staff before launch")
        return [PartyCombo(), description]

    def fill_party(self, combo: PartyCombo, item: PartyObligation, column: int) -> None:
        combo.set_value(item.party)

    def problem(self) -> str | None:
        for index, widgets in enumerate(self.rows, start=1):
            party = widgets[0]
            assert isinstance(party, PartyCombo)
            (description,) = _texts(widgets)
            if description and not party.value():
                return f"Undertaking {index}: choose the party that gives it."
        return None

    def items(self) -> tuple[PartyObligation, ...]:
        """The complete rows (an empty row is left out; a half row is reported by ``problem``)."""
        result = []
        for widgets in self.rows:
            party = widgets[0]
            assert isinstance(party, PartyCombo)
            (description,) = _texts(widgets)
            if party.value() and description:
                result.append(PartyObligation(party=party.value() or "", description=description))
        return tuple(result)


class MilestonesTable(RowTable[Milestone]):
    """One row per milestone: what is to be achieved, by whom, and by when."""

    columns = ("Milestone", "Responsible party", "Due date")
    noun = "Milestone"
    fields = ("description", "owner", "due")

    def __init__(self) -> None:
        super().__init__(
            "Milestones",
            "Steps with a date, e.g. 'first joint campaign live' by 2027-03-31, and the party that delivers each.",
            "Add a milestone",
            "Remove the selected milestone",
        )
        _fit(self, 1, 2)

    def make_row(self, item: Milestone | None) -> list[QWidget]:
        description = QLineEdit(item.description if item else "")
        description.setPlaceholderText("e.g. first Licensed Product launched in Germany")
        return [description, PartyCombo(), _date_edit(item.due if item else None)]

    def fill_party(self, combo: PartyCombo, item: Milestone, column: int) -> None:
        combo.set_value(item.owner)

    def _cells(self, widgets: list[QWidget]) -> tuple[str, str | None, str]:
        owner = widgets[1]
        assert isinstance(owner, PartyCombo)
        description, due = _texts(widgets)
        return description, owner.value(), due

    def problem(self) -> str | None:
        for index, widgets in enumerate(self.rows, start=1):
            description, owner, due = self._cells(widgets)
            if (description or due) and not owner:
                return f"Milestone {index}: choose the party responsible for it."
            if due and not description:
                return f"Milestone {index}: say what is to be achieved."
            try:
                _date(due)
            except ValueError:
                return f"Milestone {index}: write the due date as year-month-day, e.g. 2027-06-30."
        return None

    def items(self) -> tuple[Milestone, ...]:
        result = []
        for widgets in self.rows:
            description, owner, due = self._cells(widgets)
            if description and owner:
                try:
                    when = _date(due)
                except ValueError:
                    when = None  # reported by ``problem``; the page does not move on with it
                result.append(Milestone(description=description, owner=owner, due=when))
        return tuple(result)


class KpisTable(RowTable[Kpi]):
    """One row per measurable target: what is measured, the target, and when it is due."""

    columns = ("Measure", "Target", "By (date)")
    noun = "KPI"
    fields = ("metric", "target", "due")

    def __init__(self) -> None:
        super().__init__(
            "Key performance indicators",
            "Figures the parties will measure the alliance by, e.g. 'new customers' with the target '500'.",
            "Add a KPI",
            "Remove the selected KPI",
        )
        _fit(self, 2)

    def make_row(self, item: Kpi | None) -> list[QWidget]:
        metric = QLineEdit(item.metric if item else "")
        metric.setPlaceholderText("e.g. qualified leads passed on")
        target = QLineEdit(item.target if item else "")
        target.setPlaceholderText("e.g. 200 per quarter")
        return [metric, target, _date_edit(item.due if item else None)]

    def problem(self) -> str | None:
        for index, widgets in enumerate(self.rows, start=1):
            metric, target, due = _texts(widgets)
            if (metric or due) and not target:
                return f"KPI {index}: give the target figure."
            if (target or due) and not metric:
                return f"KPI {index}: say what is measured."
            try:
                _date(due)
            except ValueError:
                return f"KPI {index}: write the date as year-month-day, e.g. 2027-06-30."
        return None

    def items(self) -> tuple[Kpi, ...]:
        result = []
        for widgets in self.rows:
            metric, target, due = _texts(widgets)
            if metric and target:
                try:
                    when = _date(due)
                except ValueError:
                    when = None
                result.append(Kpi(metric=metric, target=target, due=when))
        return tuple(result)
