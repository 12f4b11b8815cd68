"""Page 2: the parties, any number of them, each on its own card."""

from __future__ import annotations

import re
from enum import Enum
from typing import Any

from email_validator import EmailNotValidError, validate_email
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout

from drafting.engine.company_forms import country_entity_labels
from drafting.law.suggest import profile_of_place
from drafting.terms import MAX_PARTIES, AgreementTerms, EntityType, Party, PartyRole, Signatory
from ui.widgets import EnumCombo, ErrorLine, add_row, humanize
from ui.wizard.base import TermsPage
from ui.wizard.page_index import PARTIES

GENERIC_ENTITY_LABELS: dict[Any, str] = {EntityType.LLC: "LLC", EntityType.LLP: "LLP"}
_PLACEHOLDER_NAME = re.compile(r"^(Party [A-Z]|Party \d+)$")
ROLE_HELP = "What this party does in the alliance; it decides the wording of its obligations."


def suggested_short_name(legal_name: str) -> str:
    """'Northwind Traders Ltd' -> 'Northwind': the usual defined term for a company."""
    for word in re.split(r"\s+", legal_name.strip()):
        cleaned = word.strip(".,;:()\"'")
        if cleaned:
            return cleaned
    return ""


class PartyCard(QGroupBox):
    """The fields of one party."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, number: int) -> None:
        super().__init__()
        self.short_is_auto = True
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.legal_name = QLineEdit()
        self.legal_name.setPlaceholderText("e.g. Northwind Traders Ltd")
        add_row(form, "&Legal name", self.legal_name, "The full registered name, exactly as on the company register.")
        self.legal_error = ErrorLine("legal name")
        form.addRow("", self.legal_error)
        self.short_name = QLineEdit()
        add_row(
            form,
            "S&hort name",
            self.short_name,
            "The name used throughout the agreement, e.g. 'Northwind'. Filled in from the legal name; "
            "each party needs its own.",
        )
        self.short_error = ErrorLine("short name")
        form.addRow("", self.short_error)
        self.role = EnumCombo(PartyRole)
        add_row(form, "&Role", self.role, ROLE_HELP)
        self.entity_type = EnumCombo(EntityType, GENERIC_ENTITY_LABELS)
        add_row(form, "Entity t&ype", self.entity_type, "The legal form of the party: company, LLP, university ...")
        self.jurisdiction = QLineEdit()
        self.jurisdiction.setPlaceholderText("e.g. England and Wales")
        add_row(form, "&Incorporated in", self.jurisdiction, "The country or state where the party is registered.")
        self.registration = QLineEdit()
        add_row(form, "Registration n&umber", self.registration, "The company number, if it has one (optional).")
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(56)
        add_row(form, "Registered &address", self.address, "Where formal notices are delivered.")
        self.email = QLineEdit()
        self.email.setPlaceholderText("legal@example.com")
        add_row(form, "Notice &e-mail", self.email, "The e-mail address for notices under the agreement.")
        self.email_error = ErrorLine("notice e-mail")
        form.addRow("", self.email_error)
        self.signatory_name = QLineEdit()
        add_row(form, "Si&gnatory", self.signatory_name, "The person who signs for this party (optional now).")
        self.signatory_title = QLineEdit()
        self.signatory_title.setPlaceholderText("e.g. Director")
        add_row(form, "Signatory &title", self.signatory_title, "The signatory's position, e.g. 'Director'.")
        self.parent_guarantor = QLineEdit()
        add_row(
            form,
            "Parent guarantor",
            self.parent_guarantor,
            "For a special-purpose or newly formed company: the parent that guarantees it. Leave empty otherwise.",
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.remove_button = QPushButton("Remove this party")
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.legal_name.textEdited.connect(self._follow_legal_name)
        self.short_name.textEdited.connect(self._short_name_typed)
        for edit in (self.legal_name, self.short_name, self.jurisdiction, self.registration, self.email):
            edit.textChanged.connect(self.changed)
        for edit in (self.signatory_name, self.signatory_title, self.parent_guarantor):
            edit.textChanged.connect(self.changed)
        self.address.textChanged.connect(self.changed)
        self.role.currentIndexChanged.connect(self.changed)
        self.entity_type.currentIndexChanged.connect(self.changed)
        self.jurisdiction.textChanged.connect(self._offer_country_forms)
        self._forms_country: str | None = None
        self.set_number(number)

    def _offer_country_forms(self) -> None:
        """The entity types the party's country has, by the names used there (UK: "Ltd or
        plc", Germany: "GmbH, UG or AG"); the type chosen stays chosen."""
        country = profile_of_place(self.jurisdiction.text())
        if country == self._forms_country:
            return
        self._forms_country = country
        labels = country_entity_labels(country)
        current = EntityType(str(self.entity_type.value().value))
        members: list[EntityType] = [EntityType(value) for value in labels] if labels else list(EntityType)
        if current not in members:
            members.append(current)  # a loaded choice the country does not usually have
        combo = self.entity_type
        combo.blockSignals(True)
        combo.clear()
        combo.members = list[Enum](members)
        for member in members:
            combo.addItem(labels.get(member.value) or GENERIC_ENTITY_LABELS.get(member) or humanize(member.value))
        combo.set_value(current)
        combo.blockSignals(False)

    def set_number(self, number: int) -> None:
        self.setTitle(f"Party {number}")
        self.remove_button.setAccessibleName(f"Remove party {number}")

    def _follow_legal_name(self, text: str) -> None:
        if self.short_is_auto:
            self.short_name.setText(suggested_short_name(text))

    def _short_name_typed(self, text: str) -> None:
        self.short_is_auto = not text

    def load(self, party: Party) -> None:
        self.legal_name.setText(party.legal_name)
        self.short_name.setText(party.short_name)
        self.short_is_auto = bool(_PLACEHOLDER_NAME.match(party.short_name)) or not party.legal_name
        self.role.set_value(party.role)
        self.entity_type.set_value(party.entity_type)
        self.jurisdiction.setText(party.jurisdiction)
        self.registration.setText(party.registration_number)
        self.address.setPlainText(party.address)
        self.email.setText(party.notice_email)
        self.signatory_name.setText(party.signatory.name)
        self.signatory_title.setText(party.signatory.title)
        self.parent_guarantor.setText(party.parent_guarantor)
        self._loaded = party

    def read(self) -> Party:
        base = getattr(self, "_loaded", None)
        values: dict[str, Any] = dict(base) if base is not None else {}
        values.update(
            legal_name=self.legal_name.text().strip(),
            short_name=self.short_name.text().strip(),
            role=self.role.value(),
            entity_type=self.entity_type.value(),
            jurisdiction=self.jurisdiction.text().strip(),
            registration_number=self.registration.text().strip(),
            address=self.address.toPlainText().strip(),
            notice_email=self.email.text().strip(),
            signatory=Signatory(name=self.signatory_name.text().strip(), title=self.signatory_title.text().strip()),
            parent_guarantor=self.parent_guarantor.text().strip(),
        )
        return Party.model_validate(values)


class PartiesPage(TermsPage):
    paths = PARTIES.paths

    def __init__(self) -> None:
        super().__init__(PARTIES.title, PARTIES.subtitle)
        self.add_help(
            "Give each party's full registered name; the short name is what the agreement calls it. "
            "Jurisdiction, address and notice e-mail are needed before the agreement is final."
        )
        self.cards: list[PartyCard] = []
        self.cards_layout = QVBoxLayout()
        self.body_layout.addLayout(self.cards_layout)
        self.count_error = self.error_line("count", "number of parties")
        self.body_layout.addWidget(self.count_error)
        row = QHBoxLayout()
        self.add_button = QPushButton("&Add a party")
        self.add_button.setAccessibleName("Add a party")
        self.add_button.setToolTip("Add another party to the agreement (up to 50).")
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.body_layout.addLayout(row)
        self.body_layout.addStretch(1)
        self.add_button.clicked.connect(self.add_party)
        self.original_names: list[str | None] = []

    def add_party(self) -> PartyCard:
        card = PartyCard(len(self.cards) + 1)
        card.changed.connect(self.edited)
        card.remove_requested.connect(self.remove_party)
        self.cards.append(card)
        self.original_names.append(None)
        self.cards_layout.addWidget(card)
        self._renumber()
        if not self._loading:
            card.short_name.setText(f"Party {chr(ord('A') + len(self.cards) - 1)}" if len(self.cards) <= 26 else "")
            card.legal_name.setFocus()
            self.edited()
        return card

    def remove_party(self, card: PartyCard) -> None:
        index = self.cards.index(card)
        self.cards.pop(index)
        self.original_names.pop(index)
        card.setParent(None)
        card.deleteLater()
        self._renumber()
        self.edited()

    def _renumber(self) -> None:
        for number, card in enumerate(self.cards, start=1):
            card.set_number(number)
            card.remove_button.setEnabled(len(self.cards) > 2)
        self.add_button.setEnabled(len(self.cards) < MAX_PARTIES)

    def _load(self, terms: AgreementTerms) -> None:
        # The cards are reused, not rebuilt: an undo step reloads the page, and the field
        # being edited must stay where the cursor is.
        for card in self.cards[len(terms.parties) :]:
            card.setParent(None)
            card.deleteLater()
        del self.cards[len(terms.parties) :]
        for index, party in enumerate(terms.parties):
            card = self.cards[index] if index < len(self.cards) else self.add_party()
            card.load(party)
        self._renumber()
        self.original_names = [party.short_name for party in terms.parties]

    def renames(self) -> dict[str, str]:
        """Short names changed since loading: old -> new (references follow the party)."""
        mapping: dict[str, str] = {}
        for original, card in zip(self.original_names, self.cards, strict=True):
            new = card.short_name.text().strip()
            if original and new and new != original:
                mapping[original] = new
        return mapping

    def accept_renames(self) -> None:
        self.original_names = [card.short_name.text().strip() for card in self.cards]

    def current_jurisdictions(self) -> list[str]:
        return [card.jurisdiction.text().strip() for card in self.cards if card.jurisdiction.text().strip()]

    def current_names(self) -> list[str]:
        return [card.short_name.text().strip() for card in self.cards if card.short_name.text().strip()]

    def read(self) -> dict[str, Any]:
        return {"parties": tuple(card.read() for card in self.cards)}

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if len(self.cards) < 2:
            problems["count"] = "An agreement needs at least two parties."
        seen: set[str] = set()
        for card in self.cards:
            legal = card.legal_name.text().strip()
            short = card.short_name.text().strip()
            legal_problem = "" if legal else "Enter the party's full registered name."
            short_problem = ""
            if not short:
                short_problem = "Enter the short name the agreement will use."
            elif short.casefold() in seen:
                short_problem = f"'{short}' is already used by another party; each party needs its own short name."
            seen.add(short.casefold())
            email = card.email.text().strip()
            email_problem = ""
            if email:
                try:
                    validate_email(email, check_deliverability=False)
                except EmailNotValidError:
                    email_problem = f"'{email}' is not an e-mail address."
            card.legal_error.show_problem(legal_problem)
            card.short_error.show_problem(short_problem)
            card.email_error.show_problem(email_problem)
            for key, message in (("legal", legal_problem), ("short", short_problem), ("email", email_problem)):
                if message:
                    problems[f"{key}:{id(card)}"] = message
        return problems
