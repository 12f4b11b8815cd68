"""The shared clauses every agreement type drafts, as the round-3 lawyer panels read them:
the dispute ladder says when proceedings may start. Each check runs over every example and
scenario, under its own law and under the laws whose lawyers raised the point."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from drafting.document import body_text_lines
from drafting.engine.wording import band_range
from drafting.law import NEUTRAL
from drafting.review.draft import DraftText
from drafting.review.engine import assemble_for_review
from drafting.terms import AgreementTerms
from drafting.terms.law import GoverningLaw

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted([*ROOT.joinpath("examples").glob("*.json"), *ROOT.joinpath("tests", "scenarios").glob("*.json")])
#: "" is the draft's own law; then the laws of the panels that raised the points.
LAWS = ("", "ew", "de", "ch", "nl", "be", "us_ny", "us_de")
CASES = [pytest.param(path, law, id=f"{path.stem}-{law or 'own'}") for path in SOURCES for law in LAWS]


@functools.cache
def terms_of(path: Path, law: str = "") -> AgreementTerms:
    terms = AgreementTerms.model_validate(json.loads(path.read_text(encoding="utf-8")))
    if law:
        other = "the United Arab Emirates" if law == NEUTRAL else ""
        terms = terms.model_copy(update={"governing_law": GoverningLaw(profile=law, other=other)})
    return terms


@functools.cache
def draft_of(path: Path, law: str = "") -> DraftText:
    draft = DraftText(assemble_for_review(terms_of(path, law)))
    assert draft.assembled, path.name
    return draft


# --- 1. The dispute ladder says when proceedings may start -----------------------------------
@pytest.mark.parametrize(("path", "law"), CASES)
def test_the_final_tier_says_when_proceedings_may_start(path: Path, law: str) -> None:
    draft, terms = draft_of(path, law), terms_of(path, law)
    final_id = "disputes.arbitration" if draft.has("disputes.arbitration") else "disputes.courts"
    final = draft.text(final_id)
    assert final, path.name
    # Neither "not resolved under clause 12.2 and clause 12.3" nor "Subject to clause 12.2":
    # both read optional mediation as a precondition and leave open when a party may start.
    assert "not resolved under" not in final
    assert not final.startswith("Subject to")
    negotiation, mediation = draft.has("disputes.negotiation"), draft.has("disputes.mediation")
    if not (negotiation or mediation):
        assert "may commence" not in final
        return
    # Two-party or many-party words, as the earlier tiers of the same ladder use them.
    many = "to the Dispute" in draft.text("disputes.negotiation") + draft.text("disputes.mediation")
    who = "to the Dispute may commence" if many else "Either Party may commence"
    proceedings = "arbitration" if final_id == "disputes.arbitration" else "court proceedings"
    waited = f"days after the notice of it{' under ' + draft.label('disputes.negotiation') if negotiation else ''}"
    match = re.search(rf"may commence {proceedings} if the Dispute is not resolved within \w+ \(\d+\) {waited}", final)
    assert match, final
    assert who in final
    if negotiation and terms.disputes.negotiation_days:
        assert f"({terms.disputes.negotiation_days}) days after the notice" in final
    if mediation:
        days = terms.disputes.mediation.days if terms.disputes.mediation else 0
        label = draft.label("disputes.mediation")
        assert f"has referred the Dispute to mediation under {label} before" in final
        assert f"({days}) days have passed since the mediator's appointment or {label} otherwise allows it" in final
        # Said once, in the mediation clause: mediation is a condition only once referred.
        article = draft.text("disputes")
        assert article.count("is not a condition of") == 1
        assert "unless a " in draft.text("disputes.mediation")


# --- 2. Returning Confidential Information leaves the rights that outlive the Agreement ------
#: What a drafted clause says when it grants a right a party keeps after the end: a perpetual
#: or irrevocable licence, a licence or access right that survives, a co-owned result.
KEPT_RIGHT = re.compile(
    r"(perpetual|irrevocabl)[^.;]*licen[cs]e|licen[cs]e[^.;]*(perpetual|irrevocabl)"
    r"|(licen[cs]e|access rights?)[^.;]*surviv|undivided shares",
    re.IGNORECASE,
)


@pytest.mark.parametrize(("path", "law"), CASES)
def test_the_return_duty_names_every_right_that_outlives_the_agreement(path: Path, law: str) -> None:
    draft = draft_of(path, law)
    returned = draft.text("effects.confidential_information")
    if not returned:
        return
    granting = [
        cid
        for cid in draft.ids("")
        if "." in cid
        and not cid.startswith(("effects.", "schedule.", "confidentiality.", "disputes.", "liability."))
        and not re.search(r"\.\d+$", cid)
        and KEPT_RIGHT.search(draft.text(cid))
    ]
    exception = returned.split("That duty does not extend to ", 1)
    if not granting:
        return
    assert len(exception) == 2, f"{path.name}: {granting} outlive the Agreement, the return duty keeps nothing"

    def named(cid: str) -> bool:
        return bool(re.search(rf"{re.escape(draft.label(cid))}\b(?!\.\d)", exception[1]))

    for cid in granting:
        # Named itself, or it leaves the right to a clause that is named ("are governed by
        # clause 7.4").
        view = draft.clause(cid)
        assert named(cid) or (view and any(named(ref) for ref in view.refers_to)), (path.name, cid, exception[1])
    assert "may keep and use them for that purpose only" in exception[1]


# --- 3. The indemnifying party may not settle on the indemnified party's back ----------------
@pytest.mark.parametrize(("path", "law"), CASES)
def test_neither_side_settles_an_indemnified_claim_alone(path: Path, law: str) -> None:
    draft = draft_of(path, law)
    procedure = draft.text("liability.indemnity_procedure")
    if not procedure:
        return
    # The Indemnified Party needs the other's consent, as before ...
    assert "not admit liability or settle the claim without the prior written consent of the Indemnifying" in procedure
    # ... and the Indemnifying Party needs the Indemnified Party's, save for a clean money settlement.
    assert (
        "does not settle the claim without the prior written consent of the Indemnified Party unless the settlement "
        "involves only the payment of money by the Indemnifying Party, includes a full and unconditional release of "
        "the Indemnified Party from all liability in respect of the claim and contains no admission of fault by the "
        "Indemnified Party"
    ) in procedure


# --- 4. The agreement is made on the last signature and takes effect on the Effective Date ---
@pytest.mark.parametrize(("path", "law"), CASES)
def test_the_opening_dates_the_agreement_by_its_signatures(path: Path, law: str) -> None:
    document = draft_of(path, law).document
    assert document is not None
    opening = document.cover.opening_line
    # Each signature block records its own date (and place): a fixed "is dated" would be a
    # second date of the agreement that they contradict.
    assert "is dated" not in opening
    lines = body_text_lines(document)
    if terms_of(path, law).term.effective_date is None:
        assert opening == "This Agreement takes effect on the date of the last signature below."
        return
    assert opening.startswith(
        "This Agreement is made on the date of the last signature below and takes effect on the Effective Date, "
    )
    # One definition of the Effective Date, giving the same date as the opening.
    definitions = [line for line in lines if line.startswith("\u201cEffective Date\u201d means ")]
    assert len(definitions) == 1, definitions
    date = definitions[0].removeprefix("\u201cEffective Date\u201d means ").rstrip(";.")
    assert f"the Effective Date, {date}" in opening


# --- 5. Each edge of a band belongs to one band only ------------------------------------------
_EDGE = r"(?:[A-Z]{3} [\d,.]+|[\w-]+ per ?cent) \([^)]*\)"
_BAND = re.compile(
    rf"^(?:for the part of the Shortfall )?(?:up to and including (?P<first>{_EDGE})"
    rf"|exceeding (?P<low>{_EDGE})(?: up to and including (?P<high>{_EDGE}))?)"
)


def test_band_words() -> None:
    assert band_range("", "USD 5") == "up to and including USD 5"
    assert band_range("USD 5", "USD 10") == "exceeding USD 5 up to and including USD 10"
    assert band_range("USD 10", "") == "exceeding USD 10"


@pytest.mark.parametrize(("path", "law"), CASES)
def test_bands_of_every_scale_meet_without_overlap(path: Path, law: str) -> None:
    document = draft_of(path, law).document
    assert document is not None
    lines = body_text_lines(document)
    # The old words left the edge amount in two bands ("from X up to Y", then "from Y").
    old = re.compile(
        r"^(?:from [A-Z]{3} [\d,.]+ \(.*\) up to |above [A-Z]{3} [\d,.]+ \(|for the part of the Shortfall above )"
    )
    assert not [line for line in lines if old.search(line)]
    previous_high = None
    for line in lines:
        found = _BAND.match(line)
        if found is None:
            previous_high = None
            continue
        if found["first"]:
            previous_high = found["first"]
            continue
        # A later band starts exactly where the one before it ends.
        if previous_high is not None:
            assert found["low"] == previous_high, line
        previous_high = found["high"]


# --- 6. The form of a variation, in the governing law's terms, and "writing" yields to it -----
#: What the variation clause says under each profile that has its own form; else the default.
VARIATION_FORM = {
    "ch": (
        "written form within the meaning of article 13 of the Swiss Code of Obligations",
        "qualified electronic signature within the meaning of article 14(2bis)",
        "for the purposes of article 16 of the Swiss Code of Obligations",
        "an exchange of e-mails does not satisfy it",
    ),
    "de": (
        "written form (Schriftform) within the meaning of section 126 of the German Civil Code",
        "qualified electronic signature (section 126a of the German Civil Code)",
        "an exchange of e-mails does not satisfy that form, and section 127(2) of the German Civil Code does not apply",
    ),
}
DEFAULT_FORM = ("in writing and signed by or on behalf of", "(an exchange of e-mails is not enough)")


@pytest.mark.parametrize(("path", "law"), CASES)
def test_a_variation_needs_the_laws_form_and_writing_yields_to_it(path: Path, law: str) -> None:
    draft, terms = draft_of(path, law), terms_of(path, law)
    variation = draft.text("general.variation_and_waiver")
    if not variation:
        return
    for phrase in VARIATION_FORM.get(terms.governing_law.profile, DEFAULT_FORM):
        assert phrase in variation, (phrase, variation)
    writing = [line for line in draft.text("definitions").splitlines() if line.startswith("\u201cwriting\u201d")]
    assert len(writing) == 1
    label = draft.label("general.variation_and_waiver")
    assert re.search(
        rf"except that an? (variation|amendment) of this Agreement needs the form set out in {label}\.", writing[0]
    )


# --- 7. German law keeps undisputed counterclaims and section 354a HGB ------------------------
SET_OFF_BAN = re.compile(r"without (?:any )?set-off", re.IGNORECASE)
SET_OFF_KEPT = "except with a counterclaim that is undisputed or has been finally determined by a court"


@pytest.mark.parametrize(("path", "law"), CASES)
def test_german_law_keeps_undisputed_counterclaims_and_section_354a(path: Path, law: str) -> None:
    draft, terms = draft_of(path, law), terms_of(path, law)
    german = terms.governing_law.profile == "de"
    bans = [cid for cid in draft.ids("") if "." in cid and SET_OFF_BAN.search(draft.text(cid))]
    for cid in bans:
        # Section 309 no. 3 BGB (through section 307 BGB between businesses) voids a blanket ban.
        assert (SET_OFF_KEPT in draft.text(cid)) is german, (cid, draft.text(cid))
    assignment = draft.text("general.assignment")
    if assignment:
        assert ("section 354a of the German Commercial Code" in assignment) is german
    if not german:
        assert not draft.contains("354a") and not draft.contains(SET_OFF_KEPT)


# --- 8. Belgian law: the carve-out reaches the fraud and gross fault of employees and agents ---
@pytest.mark.parametrize(("path", "law"), CASES)
def test_belgian_carve_out_reaches_employees_and_agents(path: Path, law: str) -> None:
    draft, terms = draft_of(path, law), terms_of(path, law)
    unlimited = draft.text("liability.unlimited")
    if not unlimited:
        return
    if terms.governing_law.profile != "be":
        assert "préposés" not in unlimited
        return
    # Article VI.91/3 of the Code of Economic Law: the party's own and its appointees'.
    agents = "whether its own or that of its employees and agents (aangestelden / préposés)"
    assert f"for fraud or intentional fault (opzettelijke fout / faute intentionnelle), {agents}" in unlimited
    assert f"for gross fault (zware fout / faute lourde), {agents}" in unlimited
    # The cap and the exclusion of losses yield to that clause.
    label = draft.label("liability.unlimited")
    for cid in ("liability.cap", "liability.excluded_losses"):
        if draft.text(cid):
            assert f"Subject to {label}" in draft.text(cid), cid


@pytest.mark.parametrize("forum", ["arbitration", "courts"])
def test_a_mediation_without_a_period_is_not_counted_in_zero_days(forum: str) -> None:
    data = json.loads(SOURCES[0].read_text(encoding="utf-8"))
    data["disputes"]["forum"] = forum
    data["disputes"]["mediation"] = {**(data["disputes"].get("mediation") or {"provider": "CEDR"}), "days": 0}
    data["disputes"]["courts"] = {"courts": "the courts of England and Wales", "exclusive": True}
    draft = DraftText(assemble_for_review(AgreementTerms.model_validate(data)))
    final = draft.text("disputes.arbitration" if forum == "arbitration" else "disputes.courts")
    assert "zero (0) days" not in final
    assert f"once that mediation has ended without a settlement or {draft.label('disputes.mediation')}" in final
