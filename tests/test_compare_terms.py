"""compare_terms: every changed field with its validation-style path, in plain words."""

from __future__ import annotations

import itertools

import pytest

from drafting.compare import ChangeKind, TermsChange, compare_terms
from drafting.terms import AgreementTerms
from drafting.validation import load_terms_file
from tests.compare_helpers import edited_terms, example_terms
from tests.support import example_paths


def base_terms() -> AgreementTerms:
    return example_terms("joint_venture_50_50")


def test_the_same_terms_have_no_changes() -> None:
    assert compare_terms(base_terms(), base_terms()) == ()


def test_a_changed_name_has_its_field_path() -> None:
    old = base_terms()
    new = edited_terms(old, lambda data: data["parties"][1].update(legal_name="Beta <R&D> AG {{ x }} \u05e9"))
    assert compare_terms(old, new) == (
        TermsChange(
            "parties[1].legal_name", old.parties[1].legal_name, "Beta <R&D> AG {{ x }} \u05e9", ChangeKind.CHANGED
        ),
    )
    assert (
        str(compare_terms(old, new)[0])
        == f"parties[1].legal_name: {old.parties[1].legal_name} -> Beta <R&D> AG {{{{ x }}}} \u05e9"
    )


def test_values_are_plain_words() -> None:
    old = edited_terms(base_terms(), lambda data: data["term"].update(effective_date=None, kind="fixed", end_date=None))

    def edit(data: dict) -> None:
        data["term"].update(effective_date="2027-01-01", kind="indefinite")
        data["competitors"] = not data["competitors"]

    new = edited_terms(old, edit)
    changes = {change.path: change for change in compare_terms(old, new)}
    assert changes["term.effective_date"] == TermsChange(
        "term.effective_date", "(none)", "2027-01-01", ChangeKind.ADDED
    )
    assert changes["term.kind"] == TermsChange("term.kind", "fixed", "indefinite", ChangeKind.CHANGED)
    assert {changes["competitors"].before, changes["competitors"].after} == {"yes", "no"}
    assert list(changes) == ["competitors", "term.effective_date", "term.kind"]  # the model's order


def test_a_list_that_grows_shows_the_added_entry_and_decimals_as_written() -> None:
    old = base_terms()
    entry = {
        "party": old.parties[0].short_name,
        "kind": "cash",
        "description": "Working capital",
        "value": {"amount": "1500.50", "currency": "EUR"},
    }
    new = edited_terms(old, lambda data: data["contributions"].append(entry))
    index = len(old.contributions)
    changes = compare_terms(old, new)
    assert [change.path for change in changes] == [
        f"contributions[{index}].party",
        f"contributions[{index}].kind",
        f"contributions[{index}].description",
        f"contributions[{index}].value.amount",
        f"contributions[{index}].value.currency",
        f"contributions[{index}].pricing",  # a default is a value too
    ]
    assert all(change.kind is ChangeKind.ADDED and change.before == "(none)" for change in changes)
    assert changes[3].after == "1500.50" and changes[1].after == "cash"
    # The other way round, the same entry is removed.
    removed = compare_terms(new, old)
    assert [(c.path, c.before, c.after, c.kind) for c in removed] == [
        (c.path, c.after, c.before, ChangeKind.REMOVED) for c in changes
    ]


def test_a_section_that_appears_lists_what_it_holds() -> None:
    old = edited_terms(base_terms(), lambda data: data.update(distributions=None))
    new = edited_terms(old, lambda data: data.update(distributions={"policy": "pro_rata"}))
    changes = compare_terms(old, new)
    assert changes and all(change.path.startswith("distributions.") for change in changes)
    assert TermsChange("distributions.policy", "(none)", "pro_rata", ChangeKind.ADDED) in changes


def test_an_empty_text_reads_as_empty() -> None:
    old = edited_terms(base_terms(), lambda data: data.update(background=""))
    new = edited_terms(old, lambda data: data.update(background="Line one\nline two"))
    assert compare_terms(old, new) == (TermsChange("background", "(empty)", "Line one\nline two", ChangeKind.CHANGED),)


@pytest.mark.parametrize(("first", "second"), list(itertools.combinations(example_paths(), 2))[:12])
def test_examples_compare_both_ways(first, second) -> None:
    old, new = load_terms_file(first), load_terms_file(second)
    forward, backward = compare_terms(old, new), compare_terms(new, old)
    assert forward, "two different examples must differ"
    assert {c.path for c in forward} == {c.path for c in backward}
    for change in forward:
        assert change.before != change.after
        assert change.path and " " not in change.path
