"""Data sharing: controller roles, lawful basis, Article 26 arrangements, special-category
data and impact assessments, breach notice and onward transfers (GDPR terms)."""

from __future__ import annotations

from collections.abc import Iterator

from drafting.review.findings import Finding, error, note, warning
from drafting.terms import AgreementTerms
from drafting.terms.extras import ControllerRoles, LawfulBasis, NonPersonalDataLicence

#: A controller must tell the supervisory authority within 72 hours (GDPR Art. 33), so a
#: partner's notice to it must come sooner.
AUTHORITY_DEADLINE_HOURS = 72


def roles_and_basis(terms: AgreementTerms) -> Iterator[Finding]:
    data = terms.data_sharing
    if data is None or not data.personal_data:
        return
    if data.roles is ControllerRoles.NONE:
        yield error(
            "data.roles-missing",
            "data_sharing.roles",
            "Personal data is shared, but the draft does not say who is responsible for it "
            "(separate controllers, joint controllers, or a controller and its processor). "
            "Data-protection law attaches different duties to each role.",
            "Choose the roles: separate controllers, joint controllers (with an Article 26 "
            "arrangement) or controller and processor (with Article 28 terms).",
        )
    if data.lawful_basis is LawfulBasis.NONE:
        yield error(
            "data.lawful-basis-missing",
            "data_sharing.lawful_basis",
            "Personal data is shared with no lawful basis. Under the GDPR processing without a "
            "lawful basis is unlawful and can lead to fines.",
            "Choose the lawful basis for sharing (for example legitimate interests, contract or "
            "consent) and record the reasoning.",
        )


def joint_controllers(terms: AgreementTerms) -> Iterator[Finding]:
    data = terms.data_sharing
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
    )


def special_category(terms: AgreementTerms) -> Iterator[Finding]:
    data = terms.data_sharing
    if data is None or not data.personal_data or not data.special_category:
        return
    if not data.dpia_completed:
        yield warning(
            "data.dpia-missing",
            "data_sharing.dpia_completed",
            "Special-category data (health, biometrics, ethnicity, beliefs...) is shared, but no "
            "data protection impact assessment (DPIA) is recorded. A DPIA is required for "
            "high-risk processing such as large-scale use of such data.",
            "Carry out a DPIA before sharing starts and record it.",
        )
    yield note(
        "data.article-9-condition",
        "data_sharing.special_category",
        "Special-category data needs an Article 9 condition (such as explicit consent or "
        "medical purposes) in addition to the lawful basis.",
        "Record the Article 9 condition that applies.",
    )


def purpose_and_items(terms: AgreementTerms) -> Iterator[Finding]:
    data = terms.data_sharing
    if data is None:
        return
    if not data.purpose.strip():
        yield warning(
            "data.purpose-missing",
            "data_sharing.purpose",
            "The draft does not say what the shared data may be used for. Data shared for an "
            "unstated purpose may be used for anything, and purpose limitation is a GDPR principle.",
            "State the purpose in one sentence, e.g. 'detecting payment fraud on the web shop'.",
        )
    if not data.data_items:
        yield warning(
            "data.items-missing",
            "data_sharing.data_items",
            "The draft does not list which data items are shared, so neither side knows what it may send or receive.",
            "List the data items (fields or categories) and keep the list as short as the purpose allows.",
        )


def breach_notice(terms: AgreementTerms) -> Iterator[Finding]:
    data = terms.data_sharing
    if data is None or not data.personal_data or data.breach_notice_hours < AUTHORITY_DEADLINE_HOURS:
        return
    yield warning(
        "data.breach-notice-slow",
        "data_sharing.breach_notice_hours",
        f"A party has {data.breach_notice_hours} hours to report a data breach to the other, but a "
        f"controller must tell the regulator within {AUTHORITY_DEADLINE_HOURS} hours of becoming "
        "aware of it. The notice would come too late to comply.",
        "Shorten the breach notice, to 24 or 48 hours.",
    )


def onward_transfers(terms: AgreementTerms) -> Iterator[Finding]:
    data = terms.data_sharing
    if data is None or not data.personal_data or not data.onward_transfers:
        return
    yield note(
        "data.onward-transfers",
        "data_sharing.onward_transfers",
        "Onward transfers are allowed. Sending personal data outside the EEA or UK needs a "
        "safeguard such as an adequacy decision or standard contractual clauses.",
        "Say to whom data may be passed on and which transfer safeguard applies.",
    )


def non_personal_licence(terms: AgreementTerms) -> Iterator[Finding]:
    data = terms.data_sharing
    if data is None or data.personal_data or data.non_personal_licence is not NonPersonalDataLicence.NONE:
        return
    yield note(
        "data.non-personal-licence",
        "data_sharing.non_personal_licence",
        "The shared data is not personal, but the draft sets no licence for using it.",
        "Consider a standard licence such as CDLA-Permissive-2.0 so that recipients know what they may do.",
    )


RULES = (
    roles_and_basis,
    joint_controllers,
    special_category,
    purpose_and_items,
    breach_notice,
    onward_transfers,
    non_personal_licence,
)
