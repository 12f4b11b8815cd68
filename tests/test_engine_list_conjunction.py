"""List punctuation keeps the conjunction the template wrote: items a template joins
with "; or" stay alternatives whichever items a condition leaves out."""

from __future__ import annotations

from drafting.engine.markup import DraftClause, TextRun, parse_clause


def _endings(clause: DraftClause | None) -> list[str]:
    assert clause is not None
    endings = []
    for child in clause.children:
        assert isinstance(child, DraftClause)
        last = child.content[-1]
        assert isinstance(last, TextRun)
        endings.append(last.text)
    return endings


def test_a_written_or_is_kept_before_the_last_item() -> None:
    text = "It may end if:<sub>one;</sub><sub>two;</sub><sub>three; or</sub><sub>four.</sub>"
    assert _endings(parse_clause(text, "x")) == ["one;", "two;", "three; or", "four."]


def test_the_or_survives_when_the_item_that_carried_it_is_left_out() -> None:
    # The template wrote "; or" on the item before the last; a condition dropped the last.
    text = "It may end if:<sub>one;</sub><sub>two;</sub><sub>three; or</sub>"
    assert _endings(parse_clause(text, "x")) == ["one;", "two; or", "three."]


def test_without_a_written_conjunction_the_list_is_cumulative() -> None:
    text = "The Partner shall:<sub>one;</sub><sub>two;</sub><sub>three</sub>"
    assert _endings(parse_clause(text, "x")) == ["one;", "two; and", "three."]


def test_a_join_attribute_still_decides() -> None:
    text = 'It may end if:<sub join="or">one;</sub><sub>two; and</sub><sub>three.</sub>'
    assert _endings(parse_clause(text, "x")) == ["one;", "two; or", "three."]
