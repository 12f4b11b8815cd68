"""A governing body the user set up that the agreement does not contain: a co-marketing,
data-sharing or equity alliance keeps governance out unless its optional committee is
added, so seats or a meeting rhythm the user chose would silently not be signed. Where the
type's precedent keeps the body out (``not_added`` in the blueprint: licensing, equity
alliance, distribution), the answers are merely unused: a note whose fix clears them.

Only answers the user actually gave count: seats, reserved matters, or a meeting frequency
other than the terms model's default. A body left at its defaults says nothing about what the user wants.
"""

from __future__ import annotations

from collections.abc import Iterator

from drafting.engine.blueprints import optional_modules
from drafting.review.findings import Finding, listing, note, warning
from drafting.review.rules import ReviewContext, rule
from drafting.terms.governance import BodyType, Governance

_DEFAULTS = Governance()
#: The clauses that draft a governing body or the members' own meetings.
_BODY_SECTIONS = ("governance", "decisions")


def body_answers(governance: Governance) -> list[str]:
    """What the user set about the body, in words ("seats (Acme 2, Beta 2)")."""
    given = []
    seats = [f"{entry.party} {entry.seats}" for entry in governance.seats if entry.seats > 0]
    if seats:
        given.append(f"seats ({', '.join(seats)})")
    if governance.meeting_frequency is not _DEFAULTS.meeting_frequency:
        given.append(f"{governance.meeting_frequency.value.replace('_', '-')} meetings")
    if governance.reserved_matters:
        matters = ", ".join(f"'{matter.matter}'" for matter in governance.reserved_matters)
        given.append(f"reserved matters ({matters})")
    return given


@rule()
def governance_not_drafted(ctx: ReviewContext) -> Iterator[Finding]:
    governance = ctx.terms.governance
    if not ctx.draft.assembled or governance.body is BodyType.NONE:
        return
    if any(ctx.draft.has(section) or ctx.draft.ids(f"{section}.") for section in _BODY_SECTIONS):
        return
    # Only a type that offers a committee (an optional module) lets the user set one up for
    # it; elsewhere the governance page is not shown and old answers are not the user's.
    module = next(
        (
            found
            for found in optional_modules(ctx.terms.model)
            if any(p.section == "governance" for p in found.articles)
        ),
        None,
    )
    given = body_answers(governance)
    if module is None or not given:
        return
    model = ctx.terms.model.value.replace("co_", "co-").replace("_", " ")
    body = governance.body.value.replace("_", " ")
    if module.not_added:
        # The type's precedent keeps the body out: the answers are not used (a note: nothing
        # in the signed text is at risk), and the fix leads with clearing them, never with
        # adding what the precedent advises against.
        instead = f", or {module.instead}" if module.instead else ""
        yield note(
            "governance.body-not-drafted",
            # The Governance page shows the body's drop-down while it holds such a leftover.
            "governance.body",
            f"You set up a {body} with {listing(given)}, but a {model} agreement has no {body}: "
            f"these answers are not used in the draft. {module.not_added}",
            f"Set the joint body to none on the Governance page{instead}; what the {body} was to decide is "
            "settled in the Agreement itself and changed only by a written amendment signed by the parties.",
            items=given,
        )
        return
    if module.set_aside:
        # The type runs without the body unless it is added (a campaign is run by its
        # marketing leads): the answers are set aside, a note naming why and the module.
        yield note(
            "governance.body-not-drafted",
            "extra_modules",
            f"You set up a {body} with {listing(given)}; this {model} agreement sets it aside and contains no "
            f"governance clause, so none of it is in the draft. {module.set_aside}",
            f"If the {body} is wanted, tick '{module.label}' under the optional parts of the Governance page, or "
            "agree it in a separate operating committee letter signed with the Agreement; otherwise set the body "
            "to none.",
            items=given,
        )
        return
    # A warning: seats and matters the user set up would not be signed (an instruction not
    # followed), as with every answer the agreement sets aside (``drafting.review.set_aside``).
    yield warning(
        "governance.body-not-drafted",
        "extra_modules",
        f"You set up a {body} with {listing(given)}, but this {model} agreement contains no governance "
        f"clause, so none of it would be signed: this type of agreement leaves a joint body out unless its "
        f"optional part '{module.label}' is added.",
        f"To have the {body} in the Agreement, tick '{module.label}' under the optional parts of the "
        "Governance page, or agree it in a separate operating committee letter "
        "signed with the Agreement; otherwise set the body to none.",
        items=given,
    )


RULES = (governance_not_drafted,)
