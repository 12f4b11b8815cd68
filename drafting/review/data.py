"""Data sharing: controller roles, a lawful basis that each party can actually rely on,
Article 26 arrangements, special-category data (a condition per controller) and impact
assessments, breach notice and onward transfers (GDPR terms, so the GDPR-specific rules
are declared for the systems where the GDPR or UK GDPR reaches a party)."""

from __future__ import annotations

from collections.abc import Iterator

from drafting.law import profile
from drafting.review.economics import long_date
from drafting.review.facts import EU_MEMBER_STATES
from drafting.review.findings import Finding, error, listing, note, warning
from drafting.review.rules import PRIVATE_BODIES, ReviewContext, rule
from drafting.review.systems import EU_SYSTEMS, GDPR_SYSTEMS, profile_of
from drafting.terms import AllianceModel, EntityType, Party, PartyRole
from drafting.terms.extras import ControllerRoles, LawfulBasis, NonPersonalDataLicence, TransferMechanism

#: A controller must tell the supervisory authority within 72 hours (GDPR Art. 33), so a
#: partner's notice to it must come sooner.
AUTHORITY_DEADLINE_HOURS = 72
#: The Article 9(2) condition that goes with each Article 6 basis, where one does: explicit
#: consent, vital interests, obligations in employment and social-security law, and
#: substantial public interest (for a public body only). Contract and legitimate interests
#: have no counterpart in Article 9.
_ARTICLE_9 = {
    LawfulBasis.CONSENT: "explicit consent (Article 9(2)(a))",
    LawfulBasis.VITAL_INTERESTS: "vital interests (Article 9(2)(c))",
    LawfulBasis.LEGAL_OBLIGATION: "obligations in employment and social-security law (Article 9(2)(b))",
    LawfulBasis.PUBLIC_TASK: "substantial public interest (Article 9(2)(g))",
}


@rule()
def roles_and_basis(ctx: ReviewContext) -> Iterator[Finding]:
    data = ctx.terms.data_sharing
    if data is None or not data.personal_data:
        return
    gdpr = bool(ctx.systems & GDPR_SYSTEMS)
    if data.roles is ControllerRoles.NONE:
        yield error(
            "data.roles-missing",
            "data_sharing.roles",
            "Personal data is shared, but the draft does not say who is responsible for it "
            "(separate controllers, joint controllers, or a controller and its processor). "
            "Data-protection law attaches different duties to each role.",
            "Choose the roles: separate controllers, joint controllers (with an Article 26 "
            "arrangement) or controller and processor (with Article 28 terms)."
            if gdpr
            else "Choose the roles: separate controllers, joint controllers, or a controller and "
            "the service provider that processes the data on its behalf.",
            clauses=ctx.draft.labels("data.roles"),
        )
    if data.lawful_basis is LawfulBasis.NONE:
        yield error(
            "data.lawful-basis-missing",
            "data_sharing.lawful_basis",
            "Personal data is shared with no lawful basis: each party's processing is then "
            "unlawful and can lead to fines."
            if gdpr
            else "Personal data is shared without saying on what ground each party may use it, "
            "which privacy laws and notices to individuals need.",
            "Choose the lawful basis for sharing (for example legitimate interests, contract or "
            "consent) and record the reasoning.",
            clauses=ctx.draft.labels("data.lawful_basis"),
        )


def _controllers(ctx: ReviewContext) -> list[Party]:
    data = ctx.terms.data_sharing
    parties = list(ctx.terms.parties)
    if data is not None and data.roles is ControllerRoles.CONTROLLER_PROCESSOR:
        # The recipient processes on the provider's behalf; only the provider is controller.
        controllers = [party for party in parties if party.role is not PartyRole.DATA_RECIPIENT]
        return controllers or parties
    return parties


@rule(party_types=PRIVATE_BODIES)
def public_task_private_party(ctx: ReviewContext) -> Iterator[Finding]:
    data = ctx.terms.data_sharing
    if data is None or not data.personal_data or data.lawful_basis is not LawfulBasis.PUBLIC_TASK:
        return
    names = [party.short_name for party in ctx.parties]
    yield warning(
        "data.public-task-private-party",
        "data_sharing.lawful_basis",
        f"The lawful basis in {ctx.draft.label('data.lawful_basis') or 'the agreement'} is a task "
        f"carried out in the public interest, but {listing(names)} "
        f"{'is not a public body' if len(names) == 1 else 'are not public bodies'}: a private "
        "organisation can rely on it only for a task the law gives it, so each of them needs a basis of its own.",
        "Choose a basis every party can rely on (legitimate interests, contract or consent), or "
        "confirm the statutory task each private party performs.",
        clauses=ctx.draft.labels("data.lawful_basis"),
        items=names,
    )


@rule(party_types={EntityType.PUBLIC_BODY}, legal_systems=GDPR_SYSTEMS)
def legitimate_interests_public_body(ctx: ReviewContext) -> Iterator[Finding]:
    data = ctx.terms.data_sharing
    if data is None or not data.personal_data or data.lawful_basis is not LawfulBasis.LEGITIMATE_INTERESTS:
        return
    names = [party.short_name for party in ctx.parties]
    yield warning(
        "data.legitimate-interests-public-body",
        "data_sharing.lawful_basis",
        f"The lawful basis in {ctx.draft.label('data.lawful_basis') or 'the agreement'} is legitimate "
        f"interests, which a public authority cannot use for processing in performing its tasks: "
        f"{listing(names)} needs another basis.",
        "Choose the public-task basis for the public body's processing, or a basis every party can rely on.",
        clauses=ctx.draft.labels("data.lawful_basis"),
        items=names,
    )


@rule(legal_systems=GDPR_SYSTEMS)
def joint_controllers(ctx: ReviewContext) -> Iterator[Finding]:
    data = ctx.terms.data_sharing
    if data is None or data.roles is not ControllerRoles.JOINT_CONTROLLERS or data.article_26_arrangement:
        return
    yield error(
        "data.article-26-missing",
        "data_sharing.article_26_arrangement",
        "The parties are joint controllers but have no Article 26 arrangement. The GDPR "
        "requires joint controllers to set out, in writing, who does what (notices, requests "
        "from individuals) and to make the essence of it available to the people concerned.",
        "Add an Article 26 arrangement: who gives privacy notices, who answers data-subject "
        "requests, who is the contact point, and who notifies breaches.",
        clauses=ctx.draft.labels("data.roles"),
    )


@rule(models={AllianceModel.DATA_SHARING}, legal_systems=GDPR_SYSTEMS)
def one_way_joint_controllers(ctx: ReviewContext) -> Iterator[Finding]:
    """Joint controllers where the data flow one way and the recipient may use them for no
    purpose of its own: on those terms the recipient is usually the provider's processor,
    and the label decides which GDPR regime (Article 26 or Article 28) the draft follows."""
    data = ctx.terms.data_sharing
    if data is None or not data.personal_data or data.roles is not ControllerRoles.JOINT_CONTROLLERS:
        return
    parties = ctx.terms.parties
    providers = [party.short_name for party in parties if party.role is PartyRole.DATA_PROVIDER]
    recipients = [party.short_name for party in parties if party.role is PartyRole.DATA_RECIPIENT]
    if not providers or not recipients or len(providers) + len(recipients) != len(parties):
        return
    # The prohibited uses bar every party from using the data for its own products or
    # services: the recipient then has no purpose of its own.
    barred = ctx.draft.label("data.prohibited_uses")
    roles = ctx.draft.label("data.roles") or "the roles clause"
    own = f" and {barred} bars {listing(recipients)} from using them for its own products or services" if barred else ""
    yield warning(
        "data.one-way-joint-controllers",
        "data_sharing.roles",
        f"{roles.capitalize()} makes the parties joint controllers, but the data flow one way only "
        f"({listing(providers)} to {listing(recipients)})"
        + own
        + f": a recipient that processes the data only for {listing(providers)}'s purpose is its processor, "
        "and mislabelled roles put the wrong GDPR duties (Article 26 instead of Article 28) in the agreement.",
        f"If {listing(recipients)} only processes the data on {listing(providers)}'s behalf, choose 'controller and "
        "processor' as the roles; keep joint controllers only if both decide the purposes and means, and record "
        "why in the drafting note.",
        clauses=ctx.draft.labels("data.roles", "data.prohibited_uses"),
        items=[*providers, *recipients],
    )


@rule(legal_systems=GDPR_SYSTEMS)
def special_category(ctx: ReviewContext) -> Iterator[Finding]:
    data = ctx.terms.data_sharing
    if data is None or not data.personal_data or not data.special_category:
        return
    clauses = ctx.draft.labels("data.special_category")
    if not data.dpia_completed:
        yield warning(
            "data.dpia-missing",
            "data_sharing.dpia_completed",
            "Special-category data (health, biometrics, ethnicity, beliefs...) is shared, but no "
            "data protection impact assessment (DPIA) is recorded. A DPIA is required for "
            "high-risk processing such as large-scale use of such data.",
            "Carry out a DPIA before sharing starts and record it.",
            clauses=clauses,
        )
    condition = _ARTICLE_9.get(data.lawful_basis)
    lacking = [
        party.short_name
        for party in _controllers(ctx)
        if condition is None
        or (data.lawful_basis is LawfulBasis.PUBLIC_TASK and party.entity_type is not EntityType.PUBLIC_BODY)
    ]
    if not lacking:
        return
    basis = data.lawful_basis.value.replace("_", " ")
    yield warning(
        "data.special-category-condition",
        "data_sharing.lawful_basis",
        f"Special-category data is shared ({clauses[0] if clauses else 'the data clause'}), and each "
        f"controller needs an Article 9 condition as well as its lawful basis; with the basis "
        f"'{basis}' none is available to {listing(lacking)}, so the clause forbids the very sharing it describes.",
        "Rely on explicit consent (choose consent as the lawful basis), or leave special-category "
        "data out of the sharing.",
        clauses=clauses,
        items=lacking,
    )


@rule()
def purpose_and_items(ctx: ReviewContext) -> Iterator[Finding]:
    data = ctx.terms.data_sharing
    if data is None:
        return
    clauses = ctx.draft.labels("data.shared_data")
    principle = (
        "purpose limitation is a GDPR principle"
        if ctx.systems & GDPR_SYSTEMS
        else "privacy laws expect the purpose to be stated"
    )
    if not data.purpose.strip():
        yield warning(
            "data.purpose-missing",
            "data_sharing.purpose",
            "The draft does not say what the shared data may be used for. Data shared for an "
            f"unstated purpose may be used for anything, and {principle}.",
            "State the purpose in one sentence, e.g. 'detecting payment fraud on the web shop'.",
            clauses=clauses,
        )
    if not data.data_items:
        yield warning(
            "data.items-missing",
            "data_sharing.data_items",
            "The draft does not list which data items are shared, so neither side knows what it may send or receive.",
            "List the data items (fields or categories) and keep the list as short as the purpose allows.",
            clauses=clauses,
        )


@rule(legal_systems=GDPR_SYSTEMS)
def breach_notice(ctx: ReviewContext) -> Iterator[Finding]:
    data = ctx.terms.data_sharing
    if data is None or not data.personal_data or data.breach_notice_hours < AUTHORITY_DEADLINE_HOURS:
        return
    yield warning(
        "data.breach-notice-slow",
        "data_sharing.breach_notice_hours",
        f"A party has {data.breach_notice_hours} hours to report a data breach to the other, but a "
        f"controller must tell the regulator within {AUTHORITY_DEADLINE_HOURS} hours of becoming "
        "aware of it. The notice would come too late to comply.",
        "Shorten the breach notice, to 24 or 48 hours.",
        clauses=ctx.draft.labels("data.obligations"),
    )


@rule(legal_systems=GDPR_SYSTEMS)
def onward_transfers(ctx: ReviewContext) -> Iterator[Finding]:
    data = ctx.terms.data_sharing
    if data is None or not data.personal_data or not data.onward_transfers:
        return
    yield note(
        "data.onward-transfers",
        "data_sharing.onward_transfers",
        "Onward transfers are allowed. Sending personal data outside the EEA or UK needs a "
        "safeguard such as an adequacy decision or standard contractual clauses.",
        "Say to whom data may be passed on and which transfer safeguard applies.",
        clauses=ctx.draft.labels("data.obligations"),
    )


@rule()
def non_personal_licence(ctx: ReviewContext) -> Iterator[Finding]:
    data = ctx.terms.data_sharing
    if data is None or data.personal_data or data.non_personal_licence is not NonPersonalDataLicence.NONE:
        return
    yield note(
        "data.non-personal-licence",
        "data_sharing.non_personal_licence",
        "The shared data is not personal, but the draft sets no licence for using it.",
        "Consider a standard licence such as CDLA-Permissive-2.0 so that recipients know what they may do.",
        clauses=ctx.draft.labels("data.shared_data"),
    )


_EEA_NAMES = EU_MEMBER_STATES | {"norway", "iceland", "liechtenstein"}
_UK_MECHANISMS = {TransferMechanism.UK_IDTA, TransferMechanism.UK_ADDENDUM}


def _area(place: str) -> str:
    """'eea', 'uk' or 'third' for a party's home, as data-transfer law sees it."""
    lowered = place.casefold()
    profile = profile_of(place)
    if profile in EU_SYSTEMS or any(name in lowered for name in _EEA_NAMES):
        return "eea"
    if profile in {"ew", "sc"} or "northern ireland" in lowered:
        return "uk"
    return "third"


def _flows(ctx: ReviewContext) -> list[tuple[Party, Party]]:
    """Who sends shared data to whom: providers to recipients where the roles say so,
    else every party to every other."""
    parties = ctx.terms.parties
    providers = [p for p in parties if p.role is PartyRole.DATA_PROVIDER] or list(parties)
    recipients = [p for p in parties if p.role is PartyRole.DATA_RECIPIENT] or list(parties)
    return [(a, b) for a in providers for b in recipients if a.short_name != b.short_name]


@rule(models={AllianceModel.DATA_SHARING}, legal_systems=GDPR_SYSTEMS)
def transfers_per_flow(ctx: ReviewContext) -> Iterator[Finding]:
    data = ctx.terms.data_sharing
    if data is None or not data.personal_data:
        return
    listed = {(flow.exporter, flow.importer) for flow in data.transfers}
    uncovered = [
        f"{a.short_name} ({a.jurisdiction}) to {b.short_name} ({b.jurisdiction})"
        for a, b in _flows(ctx)
        if _area(a.jurisdiction) != "third"
        and _area(b.jurisdiction) == "third"
        and (a.short_name, b.short_name) not in listed
    ]
    if uncovered:
        yield warning(
            "data.transfer-without-safeguard",
            "data_sharing.transfers",
            f"Shared personal data goes from {listing(uncovered)}, outside the EEA and the UK, but the agreement "
            "names no safeguard for that flow, so the transfer would be unlawful.",
            "Add each flow to the international transfers with its safeguard: an adequacy decision, the EU "
            "standard contractual clauses or, from the UK, the IDTA or the UK Addendum.",
            clauses=ctx.draft.labels("data.transfers", "data.obligations"),
        )
    homes = {party.short_name: party.jurisdiction for party in ctx.terms.parties}
    wrong = []
    for flow in data.transfers:
        area = _area(homes.get(flow.exporter, ""))
        if flow.mechanism in _UK_MECHANISMS and area != "uk":
            wrong.append(
                f"{flow.exporter} to {flow.importer} (a UK instrument, but {flow.exporter} exports from "
                f"{homes.get(flow.exporter)})"
            )
        elif flow.mechanism is TransferMechanism.EU_SCCS and area == "uk":
            wrong.append(f"{flow.exporter} to {flow.importer} (the EU clauses alone do not cover a UK export)")
    if wrong:
        yield warning(
            "data.transfer-safeguard-mismatch",
            "data_sharing.transfers",
            f"{ctx.draft.label('data.transfers').capitalize()} names a safeguard that does not fit the exporter's "
            f"law for the flow from {listing(wrong)}.",
            "Use the EU standard contractual clauses for an export from the EEA, and the IDTA or the EU clauses "
            "with the UK Addendum for an export from the UK.",
            clauses=ctx.draft.labels("data.transfers"),
        )


#: Words in the purpose or data items that show criminal-offence data (fraud signals,
#: warning lists) or data read from a user's device.
_CRIMINAL_SIGNS = ("fraud", "chargeback", "criminal", "offence", "offense", "blacklist", "warning list")
_DEVICE_SIGNS = ("device", "fingerprint", "cookie", "browser")


@rule()
def national_data_rules(ctx: ReviewContext) -> Iterator[Finding]:
    """The national rules the GDPR leaves to each system, for each system the deal touches
    (its law or a party's home), when the data shared show what they apply to."""
    data = ctx.terms.data_sharing
    if data is None or not data.personal_data:
        return
    said = " ".join((data.purpose, *data.data_items)).casefold()
    wanted = [
        (key, label)
        for key, label, signs in (
            ("criminal_data", "criminal-offence data (fraud signals)", _CRIMINAL_SIGNS),
            ("terminal_access", "information read from users' devices", _DEVICE_SIGNS),
        )
        if any(sign in said for sign in signs)
    ]
    for key, label in wanted:
        rules = [
            f"Under the law of {chosen.label}: {text}"
            for system in sorted(ctx.systems)
            if (chosen := profile(system)) is not None and (text := chosen.review.get(key, ""))
        ]
        if rules:
            yield note(
                f"data.national-{key.replace('_', '-')}",
                "data_sharing.data_items",
                f"The shared data include {label}. " + " ".join(rules),
                (
                    f"{ctx.draft.label('data.criminal_data').capitalize()} has each party record the ground it "
                    "relies on before the first disclosure; have a data-protection lawyer of that system confirm "
                    "which ground applies and whether a permit, consent or notice is needed before the data flow "
                    "starts."
                )
                if key == "criminal_data" and ctx.draft.has("data.criminal_data")
                else "Name the ground each party relies on in the data clause, and have a data-protection lawyer of "
                "that system confirm whether a permit, consent or notice is needed before the data flow starts.",
                # Offence data have their own clause where drafted (the national ground is named there).
                clauses=ctx.draft.labels(
                    *(("data.criminal_data",) if key == "criminal_data" else ()), "data.obligations", "data.shared_data"
                ),
            )


#: The words by which a milestone names the DPIA: the same test as the data obligations
#: clause (``clause_templates/data/obligations.j2``), which holds back the first transfer
#: while such a milestone is open.
_DPIA_WORDS = ("dpia", "impact assessment")


@rule(models={AllianceModel.DATA_SHARING})
def dpia_completed_but_open(ctx: ReviewContext) -> Iterator[Finding]:
    """The answers record the DPIA as completed while a milestone still has it to be signed
    off after the Effective Date: the two places contradict, and the draft follows the
    milestone (no Shared Data until sign-off)."""
    terms = ctx.terms
    data = terms.data_sharing
    if data is None or not data.dpia_completed or not ctx.draft.has("data.obligations"):
        return
    start = terms.term.effective_date
    open_ones = [
        (index, milestone)
        for index, milestone in enumerate(terms.scope.milestones)
        if any(word in milestone.description.lower() for word in _DPIA_WORDS)
        and (milestone.due is None or start is None or milestone.due >= start)
    ]
    if not open_ones:
        return
    index, milestone = open_ones[-1]  # the clause follows the last one, as here
    due = f", due {long_date(milestone.due)}" if milestone.due else ", with no date"
    if start is not None and milestone.due is not None:
        due += f", after the Effective Date of {long_date(start)}"
    clause = ctx.draft.clause("data.obligations")
    where = clause.label if clause is not None else "the data protection obligations"
    yield warning(
        "data.dpia-completed-but-open",
        "data_sharing.dpia_completed",
        f"The data-sharing answers record the DPIA as completed, but milestone {index + 1} of the scope, "
        f"'{milestone.description}' ({milestone.owner}{due}), still has it to be signed off; "
        f"{where} follows the milestone, so no Shared Data may be disclosed or received until all parties "
        "sign the DPIA off.",
        "If the DPIA is signed off, delete the milestone or date it before the Effective Date so that sharing "
        "can start at once; if it is not, untick 'DPIA completed' so that the answers say what the agreement does.",
        clauses=[where] if clause is not None else [],
        items=["DPIA completed: yes", f"milestone {index + 1}: {milestone.description}"],
    )


RULES = (
    national_data_rules,
    transfers_per_flow,
    roles_and_basis,
    public_task_private_party,
    legitimate_interests_public_body,
    joint_controllers,
    one_way_joint_controllers,
    special_category,
    purpose_and_items,
    breach_notice,
    onward_transfers,
    non_personal_licence,
    dpia_completed_but_open,
)
