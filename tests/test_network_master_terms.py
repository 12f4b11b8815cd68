"""The partner network's master terms as a French distribution lawyer reads them: exit
rights follow the answers, the tail survives every exit but one for cause, triggers are
alternatives, and French mandatory law shapes notice and insolvency."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drafting.document import AgreementDocument, Table, body_text_lines, inline_text
from drafting.engine import assemble_agreement
from drafting.engine.network import assemble_accession, assemble_master
from drafting.terms import AgreementTerms
from drafting.validation import load_terms_file

ROOT = Path(__file__).resolve().parent.parent
SCENARIO = ROOT / "tests" / "scenarios" / "fr_partner_network.json"


def scenario(**changes: Any) -> AgreementTerms:
    terms = load_terms_file(SCENARIO)
    data = terms.model_dump(mode="json")
    for path, value in changes.items():
        *parents, leaf = path.split("__")
        target = data
        for key in parents:
            target = target[key]
        target[leaf] = value
    return AgreementTerms.model_validate(data)


def master_text(terms: AgreementTerms) -> str:
    return "\n".join(body_text_lines(assemble_master(terms, assemble_agreement)))


def test_no_cause_exit_of_the_platform_follows_the_answer() -> None:
    assert "without cause" not in master_text(scenario())
    text = master_text(scenario(termination__convenience={"allowed": True, "notice_days": 120, "fee": None}))
    assert "without cause by giving the Partner at least one hundred and twenty (120) days' written notice" in text
    # French law: the notice grows with the relationship (article L. 442-1 II).
    assert "article L. 442-1 II of the French Commercial Code" in text


def test_the_tail_is_lost_only_on_termination_for_breach_or_sanctions() -> None:
    text = master_text(scenario())
    tail = next(line for line in text.splitlines() if line.startswith("Tail after exit."))
    assert "However this Agreement ends, except where Voisinéo ends it for the Partner's breach under clause" in tail
    assert "because of sanctions under clause" in tail and "its heirs" in tail


def test_termination_triggers_are_alternatives() -> None:
    lines = master_text(scenario()).splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Termination by the Platform."))
    items = lines[start + 1 : start + 7]
    assert items[-2].endswith("; or") and items[-1].endswith(".")
    assert not any(item.endswith("; and") for item in items)


def test_insolvency_trigger_yields_to_book_vi_under_french_law() -> None:
    text = master_text(scenario())
    assert "Book VI of the French Commercial Code" in text and "personal insolvency order" not in text
    assert "personal insolvency order" not in master_text(scenario(governing_law={"profile": "ew", "other": ""}))


def test_change_of_control_force_majeure_and_wind_down_answers_are_drafted() -> None:
    text = master_text(scenario())
    assert "comes to control it" in text
    assert "material obligations for a continuous period of more than ninety (90) days" in text
    assert "orderly handover for ninety (90) days after the end" in text
    quiet = master_text(scenario(termination__change_of_control="notice"))
    assert "comes to control it" not in quiet


def test_terms_used_are_defined_and_unused_ones_are_not() -> None:
    text = master_text(scenario())
    assert "(the “Purpose”) is stated as follows: Grow the Voisinéo neighbourhood network" in text
    assert "(its duration being the “Term”)" in text
    assert "Expert" not in text and "professional body" not in text


def test_the_schedule_precedence_is_not_contradicted() -> None:
    text = master_text(scenario())
    assert "The Partner Schedule prevails over the Master Terms only for those variables" in text
    assert "the clauses prevail" not in text


def _notes(terms: AgreementTerms) -> dict[str, str]:
    document = assemble_master(terms, assemble_agreement)
    return {clause.id: clause.note.text for clause in document.iter_clauses() if clause.note is not None}


def test_the_lawyers_notes_count_the_whole_network() -> None:
    notes = _notes(scenario())
    assert notes["network_structure.contract"].startswith("12 partner(s) are listed")
    assert notes["network_appointment.territory"].startswith("8 of 12 partner(s) hold an exclusive territory")
    assert "partner's referral code" in notes["network_revenue.basis"]
    assert not any("&#39;" in text or "&amp;" in text for text in notes.values())


def test_the_vat_and_worker_status_notes_say_who_accounts_and_what_french_law_asks() -> None:
    notes = _notes(scenario())
    taxes = notes["network_revenue.taxes"]
    assert "Voisinéo accounts for that tax itself (reverse charge)" in taxes and "small-business scheme" in taxes
    assert "bear reverse-charge" not in taxes
    assert "article L. 8221-6 of the French Labour Code" in notes["network_accession.capacity"]
    assert "network_exit.platform_termination" not in notes


def _accession(terms: AgreementTerms, name: str) -> AgreementDocument:
    party = terms.party(name)
    assert terms.network is not None
    schedule = terms.network.schedule_for(name)
    assert schedule is not None
    return assemble_accession(terms, party, schedule, assemble_agreement)


def _schedule_rows(document: AgreementDocument) -> dict[str, str]:
    table = next(block for schedule in document.schedules for block in schedule.blocks if isinstance(block, Table))
    return {row[0]: row[1] for row in table.rows}


def test_the_accession_form_names_the_version_and_is_dated_on_acceptance() -> None:
    document = _accession(scenario(), "Namur Solidaire")
    text = "\n".join(body_text_lines(document))
    assert "Partner Network Terms dated 1 February 2027" in text
    assert "the date of its signature is the date of acceptance" in text
    assert document.cover.date_text == ""
    assert "every decision its articles of association or statutes require" in text
    assert "corporate action" not in text


def test_no_document_tells_a_partner_about_the_others() -> None:
    terms = scenario()
    for document in (assemble_master(terms, assemble_agreement), _accession(terms, "Lyon Quartiers")):
        recitals = " ".join(inline_text(recital.content) for recital in document.recitals)
        assert "twelve" not in recitals and "sole trader" not in recitals


def test_the_schedule_gives_notices_addresses_and_leaves_out_absent_special_terms() -> None:
    terms = scenario()
    rows = _schedule_rows(_accession(terms, "Namur Solidaire"))
    assert "Special terms" not in rows
    assert "Namur" in rows["Addresses for notices"]
    assert "Swiss francs" in _schedule_rows(_accession(terms, "Genève Voisins"))["Special terms"]
    master = master_text(terms)
    assert "set out at the beginning of this Agreement" not in master
    assert "the English version prevails" in master


def test_french_mandatory_points_on_payment_tax_authors_rights_and_jurisdiction() -> None:
    text = master_text(scenario())
    assert "fixed indemnity for recovery costs of forty euros (EUR 40)" in text
    assert "Voisinéo shall account for it itself" in text and "article 293 B" in text
    assert "rights of reproduction, representation and adaptation" in text and "L. 131-3" in text
    assert "article 48 of the French Code of Civil Procedure" in text
    english = master_text(scenario(governing_law={"profile": "ew", "other": ""}))
    assert "article 48" not in english and "L. 131-3" not in english
    assert "assigns to Voisinéo, as they arise, the Intellectual Property Rights" in english
