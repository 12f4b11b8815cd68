"""The terminal review tells a person which wizard page changes each answer: every answer a
finding of the labelled corpus names is asked on some page of the wizard (the same table the
pages themselves take their paths from), so no finding ends in a JSON path only."""

from __future__ import annotations

from tests.review_corpus.cases import CASES
from tests.review_corpus.run import findings
from ui.wizard.page_index import PAGES, page_for


def test_every_finding_of_the_corpus_names_a_wizard_page() -> None:
    orphans = {
        (case.name, found.rule_id, found.path)
        for case in CASES
        for found in findings(case)
        if found.path and page_for(found.path) is None
    }
    assert not orphans


def test_a_path_goes_to_the_first_page_that_asks_for_it() -> None:
    # The licence grant is asked on the deal page, the rest of the IP on its own page.
    titles = {path: getattr(page_for(path), "title", None) for path in ("ip.licence_grant.territory", "ip.foreground")}
    assert titles == {"ip.licence_grant.territory": "The deal", "ip.foreground": "Intellectual property"}
    assert getattr(page_for("parties[1].signatory.title"), "title", None) == "The parties"
    assert page_for("governance_x") is None
    assert len({page.title for page in PAGES}) == len(PAGES)
