"""Each legal form's officers and shareholder matters are in its own law's words: a German
AG's chief executive is the chair of its Vorstand, appointed by its supervisory board, never
a Polish prezes zarządu (a merge once copied one form's lines into another)."""

from __future__ import annotations

from drafting.engine.company_forms import load_forms
from drafting.terms.company import CompanyForm

#: Words of one company law that no form of another system may use.
_NATIVE = {"zarząd": {"sp_zoo", "sa"}, "Vorstand": {"ag"}, "Geschäftsführer": {"gmbh"}}


def test_officers_are_named_in_the_forms_own_law() -> None:
    for (form, _place), words in load_forms().items():
        text = " ".join((words.ceo, words.cfo, words.officers_appointed_by))
        for native, owners in _NATIVE.items():
            if native in text:
                assert form.value in owners, (form, text)


def test_a_german_ag_is_run_by_its_vorstand_appointed_by_the_supervisory_board() -> None:
    ag = next(words for (form, _place), words in load_forms().items() if form is CompanyForm.AG)
    assert "Vorstand" in ag.ceo and "Aufsichtsrat" in ag.officers_appointed_by
