"""The signature page in the governing law's form.

The profile's ``[execution]`` table (``drafting.law.profiles.Execution``) says how the
agreement is signed: the opening statement ("IN WITNESS WHEREOF ...", "Made at ... in
two (2) originals", a Scottish testing clause), the words before each party's name,
the lines of each block (room to sign, name, title, seal, place and date, a witness)
and any witnesses to the whole agreement. This module turns that data into the
document model; the writers only lay the lines out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from drafting.document import DraftingNote, SignatureBlock, SignatureLine
from drafting.engine.company_forms import form_of_name, form_words_at
from drafting.engine.environment import ClauseEnvironment, clean_text
from drafting.engine.front import guarantor_term, guarantors
from drafting.engine.legal_system import LawView, render_profile_text
from drafting.law.spelling import respell
from drafting.law.suggest import profile_of_place
from drafting.terms import AgreementTerms, EntityType, Party

#: A line ending in this is room to sign above a rule.
SIGN_MARK = "___"
#: What a company's block says when the user has not named the signatory's office.
AUTHORISED_SIGNATORY = "Authorised signatory"


@dataclass(frozen=True, slots=True)
class SignaturePage:
    statement: str
    note: DraftingNote | None
    signatures: tuple[SignatureBlock, ...]
    witnesses: tuple[SignatureBlock, ...]


def _line(template: str, name: str, title: str) -> SignatureLine:
    text = template.replace("{name}", name).replace("{title}", title)
    if text.endswith(SIGN_MARK):
        return SignatureLine(text.removesuffix(SIGN_MARK).strip(), sign=True)
    return SignatureLine(text)


def _joint_signing(party: Party) -> tuple[str, str]:
    """The second signatory's office and the note that explains it, where the party's form
    (read from its legal name) under the law of its own home is usually represented by two
    people acting together (``company/forms.toml``: ``second_signatory``, ``signing_note``);
    ("", "") where one signature is usual or the form is unknown."""
    form = form_of_name(party.legal_name)
    if form is None:
        return "", ""
    words = form_words_at(form, party.jurisdiction, profile_of_place(party.jurisdiction) or "")
    note = words.signing_note.replace("{party}", clean_text(party.legal_name.strip()))
    return words.second_signatory, note


def _spelt(text: str, spelling: str) -> str:
    return respell(text, spelling) if text else text


def _plain(environment: ClauseEnvironment, view: LawView, key: str, source: str, context: Mapping[str, Any]) -> str:
    # Profile texts render in the clause sandbox (escaped); the page wants plain text.
    rendered = render_profile_text(environment, view.profile, key, source, context)
    return " ".join(Markup(rendered).unescape().split())


def signature_page(
    terms: AgreementTerms, view: LawView, environment: ClauseEnvironment, context: Mapping[str, Any]
) -> SignaturePage:
    """The statement, each party's block and the witnesses, as the law wants them."""
    execution = view.profile.execution
    blocks = []
    form_notes: list[str] = []
    for party in terms.parties:
        legal_name = clean_text(party.legal_name.strip() or party.short_name)
        individual = party.entity_type is EntityType.INDIVIDUAL
        # A natural person signs as themselves: their own name, no office.
        name = legal_name if individual else clean_text(party.signatory.name.strip())
        default_title = respell(AUTHORISED_SIGNATORY, view.spelling)
        title = "" if individual else clean_text(party.signatory.title.strip()) or default_title
        templates = execution.individual_lines if individual else execution.company_lines
        lines = [_line(template, name, title) for template in templates]
        second, form_note = ("", "") if individual else _joint_signing(party)
        # The form's words follow the governing law's spelling ("authorized" in a US draft).
        second, form_note = _spelt(second, view.spelling), _spelt(form_note, view.spelling)
        if second:
            # The second person signs on the same block, under the law's own lines.
            lines.extend(_line(template, "", second) for template in templates)
            form_notes.append(form_note)
        blocks.append(
            SignatureBlock(
                party_legal_name=legal_name,
                party_short_name=clean_text(party.short_name),
                signatory_name=name,
                signatory_title=title,
                individual=individual,
                lead=execution.individual if individual else execution.company,
                lines=tuple(lines),
            )
        )
    # A parent guarantor signs as a company, for the guarantee clause.
    for party, guarantor, _ in guarantors(terms):
        title = respell(AUTHORISED_SIGNATORY, view.spelling)
        blocks.append(
            SignatureBlock(
                party_legal_name=f"{guarantor} (as {guarantor_term(terms, party)})",
                party_short_name=guarantor_term(terms, party),
                signatory_name="",
                signatory_title=title,
                lead=execution.company,
                lines=tuple(_line(template, "", title) for template in execution.company_lines),
            )
        )
    witnesses = tuple(
        SignatureBlock(
            party_legal_name="",
            party_short_name="",
            signatory_name="",
            signatory_title="",
            individual=True,
            lead=f"Witness {number}",
            lines=tuple(_line(template, "", "") for template in execution.witness_lines),
        )
        for number in range(1, execution.witnesses + 1)
    )
    statement = _plain(environment, view, "execution:statement", execution.statement, context)
    note_text = _plain(environment, view, "execution:note", execution.note, context) if execution.note else ""
    note_text = " ".join(text for text in (note_text, *form_notes) if text)
    return SignaturePage(statement, DraftingNote(note_text) if note_text else None, tuple(blocks), witnesses)
