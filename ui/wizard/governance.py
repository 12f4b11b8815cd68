"""Page: who decides what, how often they meet, and how a deadlock is broken."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QSpinBox

from drafting.engine.blueprints import blueprint_for
from drafting.review.governance_drafted import body_answers
from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.governance import (
    BodyType,
    CastingVote,
    ChairRule,
    Deadlock,
    Governance,
    MeetingFrequency,
    Quorum,
    QuorumRule,
    TerminalMechanism,
    VotingBasis,
)
from ui.widgets import EnumCombo, PartyCombo, add_row, describe, group, help_line
from ui.wizard.base import TermsPage, updated
from ui.wizard.page_index import GOVERNANCE
from ui.wizard.reserved import ReservedMattersTable
from ui.wizard.seats import SeatsTable

BODY_LABELS = {
    BodyType.NONE: "No joint body: the parties' contacts talk directly",
    BodyType.BOARD: "Board of the joint venture company",
    BodyType.STEERING_COMMITTEE: "Joint steering committee",
    BodyType.GENERAL_ASSEMBLY: "General assembly of all members",
    BodyType.TECHNICAL_STEERING_COMMITTEE: "Technical steering committee",
}
VOTING_LABELS = {
    VotingBasis.PER_PARTY: "One vote per party",
    VotingBasis.PER_MEMBER: "One vote per seat",
    VotingBasis.WEIGHTED_BY_OWNERSHIP: "Weighted by ownership",
}
CASTING_LABELS = {
    CastingVote.NONE: "None (recommended for equal partners)",
    CastingVote.CHAIR: "The chair decides a tie",
    CastingVote.PARTY: "One named party decides a tie",
    CastingVote.INDEPENDENT: "An independent tie-breaker",
}
TERMINAL_LABELS = {
    TerminalMechanism.NONE: "Nothing further (the matter is simply not approved)",
    TerminalMechanism.INDEPENDENT_EXPERT: "An independent expert decides",
    TerminalMechanism.ARBITRATION: "Arbitration",
    TerminalMechanism.STATUS_QUO: "Status quo: carry on as before",
    TerminalMechanism.RUSSIAN_ROULETTE: "Shotgun: one names a price, the other buys or sells",
    TerminalMechanism.TEXAS_SHOOTOUT: "Texas shoot-out: sealed bids",
    TerminalMechanism.PUT_CALL_FMV: "Buy-out at fair market value",
    TerminalMechanism.THIRD_PARTY_SALE: "Sell the venture to a third party",
    TerminalMechanism.WINDING_UP: "Wind up the venture",
}
DEFAULT_RESERVED = (
    "changes to the constitution",
    "issuing new shares",
    "borrowing above the agreed limit",
    "approving the annual budget",
    "winding up",
)


def _days_or_none(none_text: str) -> QSpinBox:
    """Days, where 0 shows ``none_text`` and means "none" (the step or window is left out)."""
    box = QSpinBox()
    box.setRange(0, 365)
    box.setSuffix(" days")
    box.setSpecialValueText(none_text)
    return box


class GovernancePage(TermsPage):
    paths = GOVERNANCE.paths
    drafted_only = True

    def __init__(self) -> None:
        super().__init__(GOVERNANCE.title, GOVERNANCE.subtitle)
        self._governance = Governance()
        # An open-source project's host (set on load): it signs but has no seat.
        self._host = ""
        # Optional parts this type of agreement leaves out unless the user adds them
        # (from the type's blueprint); one checkbox each, off by default.
        self.modules_box, self.modules_form = group(
            "Optional parts",
            "Parts this kind of agreement does not usually have. Add one only if you need it.",
        )
        self.module_checks: dict[str, QCheckBox] = {}
        self._extra_modules: tuple[str, ...] = ()
        self.body_layout.addWidget(self.modules_box)
        box, form = group(
            "Decision-making body",
            "Equal seats and one vote per party suit equal partners; a casting vote hands control to one side.",
        )
        self.body_type = EnumCombo(BodyType, BODY_LABELS)  # type: ignore[arg-type]
        self.body_type_label = add_row(
            form, "&Joint body", self.body_type, "The group of people who take joint decisions for the alliance."
        )
        self.meetings = EnumCombo(MeetingFrequency)
        self.meetings_label = add_row(form, "&Meets", self.meetings, "How often the body meets. Quarterly is usual.")
        self.chair = EnumCombo(ChairRule, {ChairRule.PARTY: "Always one party"})
        self.chair_label = add_row(form, "C&hair", self.chair, "Who chairs meetings. Rotating each year is neutral.")
        self.chair_party = PartyCombo()
        self.chair_party_label = add_row(form, "Chair &party", self.chair_party, "The party that always chairs.")
        self.seats = SeatsTable("Each party's seats on the body; equal seats suit equal partners.")
        self.seats_label = add_row(form, "Seats", self.seats, "How many members each party appoints.")
        self.voting = EnumCombo(VotingBasis, VOTING_LABELS)  # type: ignore[arg-type]
        self.voting_label = add_row(form, "&Voting", self.voting, "How votes are counted.")
        self.quorum = EnumCombo(QuorumRule)
        self.quorum_label = add_row(
            form,
            "&Quorum",
            self.quorum,
            "Who must attend for a valid meeting. If a meeting lacks a quorum, the adjourned meeting may go ahead "
            "with those present, so no party can block decisions by staying away.",
        )
        self.casting = EnumCombo(CastingVote, CASTING_LABELS)  # type: ignore[arg-type]
        self.casting_label = add_row(form, "&Casting vote", self.casting, "Who breaks a tied vote, if anyone.")
        self.casting_party = PartyCombo()
        self.casting_party_label = add_row(
            form, "Casting vote p&arty", self.casting_party, "The party that breaks ties."
        )
        self.reserved = ReservedMattersTable()
        self.reserved_label = add_row(
            form,
            "&Unanimous matters",
            self.reserved,
            "Decisions that need every party's yes, one per row: the protection of a smaller party.",
        )
        form.addRow("", self.error_line("reserved", "reserved"))
        self.adjourned = QCheckBox("An inquorate meeting is adjourned and then needs fewer present")
        self.adjourned_label = add_row(
            form, "Adjourned meetings", self.adjourned, "Without it, a party can block decisions by staying away."
        )
        self.veto = _days_or_none("No veto window")
        self.veto_label = add_row(
            form, "Veto window", self.veto, "Days a member has to veto a decision that harms its work (consortia)."
        )
        self.body_layout.addWidget(box)
        self.decision_box = box

        self.deadlock_box, form = group(
            "Deadlock",
            "A ladder of steps when the parties cannot agree: statements, escalation to the chief executives, "
            "mediation, then a final mechanism.",
        )
        self.deadlock = QCheckBox("Include a &deadlock procedure")
        add_row(
            form,
            "Deadlock",
            self.deadlock,
            "Strongly advised for equal partners: without it a tie can freeze the alliance.",
        )
        self.terminal = EnumCombo(TerminalMechanism, TERMINAL_LABELS)  # type: ignore[arg-type]
        self.terminal_label = add_row(
            form,
            "Final s&tep",
            self.terminal,
            "What finally settles a deadlock. A forced buy-out at a price one side names "
            "(a shotgun) favours the richer party.",
        )
        self.escalation = _days_or_none("Step left out")
        self.escalation_label = add_row(
            form, "Escalation within", self.escalation, "The chief executives meet within this time."
        )
        self.mediation = _days_or_none("Step left out")
        self.mediation_label = add_row(form, "Mediation within", self.mediation, "Mediation must end within this time.")
        self.body_layout.addWidget(self.deadlock_box)
        self.body_layout.addStretch(1)
        self.watch(self.body_type, self.meetings, self.chair, self.chair_party, self.voting, self.quorum, self.casting)
        self.watch(self.casting_party, self.deadlock, self.terminal)
        self.reserved.changed.connect(self.edited)
        self.watch(self.adjourned, self.veto, self.escalation, self.mediation)
        self.seats.changed.connect(self.edited)
        for combo in (self.body_type, self.chair, self.casting):
            combo.currentIndexChanged.connect(self._show_dependent)
        self.deadlock.toggled.connect(self._show_dependent)

    def _apply_model(self, model: AllianceModel) -> None:
        while self.modules_form.rowCount():
            self.modules_form.removeRow(0)
        self.module_checks = {}
        blueprint = blueprint_for(model)
        for module in blueprint.optional:
            check = QCheckBox(f"Add {module.label[:1].lower()}{module.label[1:]}")
            describe(check, check.text(), module.help)
            self.modules_form.addRow(check)
            self.modules_form.addRow(help_line(module.help))
            check.toggled.connect(self._show_dependent)
            self.watch(check)
            self.module_checks[module.id] = check
        self.modules_box.setVisible(bool(blueprint.optional))

    def _governance_drafted(self) -> bool:
        """Whether this type's agreement has a governance article (in its outline, or
        through an optional module the user ticked)."""
        blueprint = blueprint_for(self.model)
        if "governance" in blueprint.sections or self._members_decide():
            return True
        return any(
            check.isChecked() and any(plan.section == "governance" for plan in module.articles)
            for module in blueprint.optional
            if (check := self.module_checks.get(module.id)) is not None
        )

    def _members_decide(self) -> bool:
        """The members decide in their own meetings (a members' agreement): no joint body,
        seats, chair or casting vote, but the voting basis, quorum and Consensus Matters."""
        return "decisions" in blueprint_for(self.model).sections

    def _show_dependent(self) -> None:
        drafted = self._governance_drafted()
        members = self._members_decide()
        # A body left from another type or an import, in a type that drafts none: its
        # drop-down stays in view so the user can set it to none (the review points here).
        leftover = (
            not drafted
            and not members
            and self.body_type.value() is not BodyType.NONE
            and bool(body_answers(self._governance))
        )
        self.decision_box.setVisible(drafted or leftover)
        has_body = drafted and (members or self.body_type.value() is not BodyType.NONE)
        for widget in (
            self.meetings, self.meetings_label, self.chair, self.chair_label, self.voting, self.voting_label,
            self.quorum, self.quorum_label, self.casting, self.casting_label, self.reserved, self.reserved_label,
            self.adjourned, self.adjourned_label, self.veto, self.veto_label, self.seats, self.seats_label,
        ):  # fmt: skip
            widget.setVisible(has_body)
        self.body_type.setVisible(not members)
        self.body_type_label.setVisible(not members)
        if members:
            for widget in (
                self.chair, self.chair_label, self.casting, self.casting_label, self.veto, self.veto_label,
                self.seats, self.seats_label,
            ):  # fmt: skip
                widget.setVisible(False)
        self.reserved_label.setText("&Consensus matters" if members else "&Unanimous matters")
        chair_party = has_body and not members and self.chair.value() is ChairRule.PARTY
        self.chair_party.setVisible(chair_party)
        self.chair_party_label.setVisible(chair_party)
        casting_party = has_body and not members and self.casting.value() is CastingVote.PARTY
        self.casting_party.setVisible(casting_party)
        self.casting_party_label.setVisible(casting_party)
        self.deadlock_box.setVisible(has_body and "deadlock" in blueprint_for(self.model).sections)
        for widget in (
            self.terminal, self.terminal_label, self.escalation, self.escalation_label, self.mediation,
            self.mediation_label,
        ):  # fmt: skip
            widget.setVisible(self.deadlock.isChecked())

    def _apply_parties(self, names: Sequence[str]) -> None:
        self.chair_party.set_parties(names)
        self.casting_party.set_parties(names)
        # An open-source project's host signs but is never a member: it has no seat row.
        self.seats.set_parties([name for name in names if name != self._host])

    def _load(self, terms: AgreementTerms) -> None:
        governance = self._governance = terms.governance
        project = terms.open_source if terms.model is AllianceModel.OPEN_SOURCE else None
        self._host = (project.host or "") if project is not None else ""
        self._apply_parties(self.party_names)
        self.body_type.set_value(governance.body)
        self.meetings.set_value(governance.meeting_frequency)
        self.chair.set_value(governance.chair)
        self.chair_party.set_value(governance.chair_party)
        self.voting.set_value(governance.voting_basis)
        self.seats.set_seats(governance.seats)
        self.quorum.set_value(governance.quorum.rule)
        self.casting.set_value(governance.casting_vote)
        self.casting_party.set_value(governance.casting_vote_party)
        self.reserved.load(governance.reserved_matters, terms.sharing.currency)
        self.deadlock.setChecked(governance.deadlock is not None)
        deadlock = governance.deadlock or Deadlock()
        self.terminal.set_value(deadlock.terminal)
        self.escalation.setValue(deadlock.escalation_days or 0)
        self.mediation.setValue(deadlock.mediation_days or 0)
        self.adjourned.setChecked(governance.quorum.adjourned_meeting_reduced)
        self.veto.setValue(governance.veto_window_days or 0)
        self._extra_modules = terms.extra_modules
        for module_id, check in self.module_checks.items():
            check.setChecked(module_id in terms.extra_modules)
        self._show_dependent()

    def read(self) -> dict[str, Any]:
        reserved = self.reserved.matters()
        chair = self.chair.value()
        casting = self.casting.value()
        deadlock = None
        if self.deadlock.isChecked():
            deadlock = updated(
                self._governance.deadlock or Deadlock(),
                terminal=self.terminal.value(),
                escalation_days=self.escalation.value() or None,
                mediation_days=self.mediation.value() or None,
            )
        governance: Governance = updated(
            self._governance,
            body=self.body_type.value(),
            meeting_frequency=self.meetings.value(),
            chair=chair,
            chair_party=self.chair_party.value() if chair is ChairRule.PARTY else None,
            voting_basis=self.voting.value(),
            seats=self.seats.seats(),
            quorum=updated(
                self._governance.quorum if self._governance else Quorum(),
                rule=self.quorum.value(),
                adjourned_meeting_reduced=self.adjourned.isChecked(),
            ),
            veto_window_days=self.veto.value() or None,
            casting_vote=casting,
            casting_vote_party=self.casting_party.value() if casting is CastingVote.PARTY else None,
            reserved_matters=reserved,
            deadlock=deadlock,
        )
        offered = set(self.module_checks)
        kept = [module for module in self._extra_modules if module not in offered]
        chosen = [module_id for module_id, check in self.module_checks.items() if check.isChecked()]
        return {"governance": governance, "extra_modules": tuple(kept + chosen)}

    def check(self) -> dict[str, str]:
        message = self.reserved.problem()
        return {"reserved": message} if message else {}
